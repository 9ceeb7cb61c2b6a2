"""Blocking twins of async code: the library's one way to run a coroutine from sync code.

Every blocking API (``summarize``, ``LLMClient.structured``/``close``) is its async twin run to
completion here, and refuses to run inside a running event loop (where it would deadlock or
need a second loop) with a :class:`RuntimeError` naming the twin to ``await`` instead.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

__all__ = ["run_sync", "blocking"]

T = TypeVar("T")
P = ParamSpec("P")


def run_sync(
    coro: Coroutine[Any, Any, T], *, instead: str, runner: asyncio.Runner | None = None
) -> T:
    """Run ``coro`` to completion on ``runner`` (a fresh event loop when None).

    ``instead`` names the async twin for the error raised inside a running loop, e.g.
    ``"client.astructured"``; ``coro`` is then closed unstarted.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        box: list[T] = []
        kept = _kept(coro, box)
        runner.run(kept) if runner is not None else asyncio.run(kept)
        return box[0]
    coro.close()
    raise RuntimeError(
        f"a blocking call inside a running event loop; use `await {instead}(...)` instead"
    )


async def _kept(coro: Coroutine[Any, Any, T], box: list[T]) -> None:
    """Run ``coro``, keeping its result out of the task's: asyncio's runner, as it restores the
    SIGINT handler, formats the handler it set, whose repr holds the task and so the task's
    result (every summary of a run, at 4 ms a repr)."""
    box.append(await coro)


def blocking(function: Callable[P, Coroutine[Any, Any, T]]) -> Callable[P, T]:
    """The blocking twin of an async function (same parameters), each call on a fresh loop."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        return run_sync(function(*args, **kwargs), instead=function.__name__)

    return run
