"""The blocking twins of async code (summarizer._sync)."""

from __future__ import annotations

import asyncio
import inspect
import warnings

import pytest

from summarizer._sync import blocking, run_sync


async def add(a: int, b: int = 1) -> int:
    """Add."""
    await asyncio.sleep(0)
    return a + b


def test_blocking_twin_keeps_the_signature_and_runs_on_a_fresh_loop() -> None:
    add_now = blocking(add)
    assert add_now(2, b=3) == 5
    assert (add_now.__name__, add_now.__doc__) == ("add", "Add.")
    assert inspect.signature(add_now) == inspect.signature(add)


def test_a_runner_keeps_its_loop_between_calls() -> None:
    async def loop_id() -> int:
        return id(asyncio.get_running_loop())

    with asyncio.Runner() as runner:
        first = run_sync(loop_id(), instead="loop_id", runner=runner)
        assert run_sync(loop_id(), instead="loop_id", runner=runner) == first


@pytest.mark.anyio
async def test_refused_inside_a_running_loop_naming_the_async_twin() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the refused coroutine is closed, never left un-awaited
        with pytest.raises(RuntimeError, match=r"await add\(\.\.\.\)"):
            blocking(add)(1)
        with pytest.raises(RuntimeError, match=r"await client\.astructured"):
            run_sync(add(1), instead="client.astructured", runner=asyncio.Runner())
