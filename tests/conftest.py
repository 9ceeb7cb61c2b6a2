"""Shared pytest fixtures. Others may append fixtures below."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from scripted_server import ScriptedServer


@pytest.fixture(autouse=True)
def _private_llm_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the user's real LLM answer cache."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path_factory.mktemp("llm-cache")))


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (``@pytest.mark.anyio``) run on asyncio only."""
    return "asyncio"


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A fresh :class:`scripted_server.ScriptedServer` on 127.0.0.1, closed after the test."""
    with ScriptedServer() as server:
        yield server
