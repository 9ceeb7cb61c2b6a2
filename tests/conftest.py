"""Shared pytest fixtures. Others may append fixtures below."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from scripted_server import ScriptedServer


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (``@pytest.mark.anyio``) run on asyncio only."""
    return "asyncio"


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A fresh :class:`scripted_server.ScriptedServer` on 127.0.0.1, closed after the test."""
    with ScriptedServer() as server:
        yield server
