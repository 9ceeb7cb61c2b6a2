"""Usage arithmetic, prices, token ceilings and the SQLite cache (no network)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import BudgetExceededError
from summarizer.llm.cache import Cached, ResponseCache, cache_key
from summarizer.llm.usage import Price, TokenBudget, estimate_tokens
from summarizer.models import Usage


def test_unknown_plus_known_stays_unknown() -> None:
    known = Usage(calls=1, attempts=2, prompt_tokens=10, completion_tokens=5, reasoning_tokens=0)
    unknown = Usage(calls=1, attempts=1, prompt_tokens=None, completion_tokens=None)
    total = known + unknown
    assert (total.calls, total.attempts) == (2, 3)
    assert total.prompt_tokens is None and total.completion_tokens is None
    assert total.reasoning_tokens == 0
    assert (known + known).total_tokens == 30


def test_cost_is_none_without_price_and_summed_with_one() -> None:
    price = Price(input_per_million=1.0, output_per_million=4.0)
    assert price.cost(1_000_000, 500_000) == pytest.approx(3.0)
    assert price.cost(None, 5) is None
    priced = Usage.empty(priced=True) + Usage(prompt_tokens=1, completion_tokens=1, cost=0.5)
    assert priced.cost == 0.5
    assert (Usage.empty(priced=False) + Usage(cost=None)).cost is None


def test_estimate_counts_cjk_heavier_than_ascii() -> None:
    assert estimate_tokens(["中文字符"]) > estimate_tokens(["abcd"])
    assert estimate_tokens(["a" * 400]) == 104


def test_budget_reserves_and_settles() -> None:
    budget = TokenBudget(per_document=100, per_run=150)
    held = budget.reserve("a", 40)
    assert budget.spent("a") == 40
    held.settle(70)
    assert budget.spent("a") == 70 and budget.spent() == 70
    with pytest.raises(BudgetExceededError, match="per document"):
        budget.reserve("a", 40)
    budget.reserve("b", 60).settle(None)  # unknown: the estimate stays charged
    assert budget.spent("b") == 60
    with pytest.raises(BudgetExceededError, match="per run"):
        budget.reserve("c", 30)


def test_cache_key_is_canonical_and_sensitive() -> None:
    assert cache_key(a=1, b=[1, "二"]) == cache_key(b=[1, "二"], a=1)
    assert cache_key(a=1) != cache_key(a=2)


def test_cache_round_trip_and_persistence(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "c.sqlite3"
    cache = ResponseCache(path)
    assert cache.get("k") is None
    cache.put("k", '{"x": 1}', {"prompt_tokens": 3})
    cache.put("t", '{"message": "cut"}', {"prompt_tokens": 4}, kind="truncated")
    cache.close()
    reopened = ResponseCache(path)
    assert reopened.get("k") == Cached("answer", '{"x": 1}', {"prompt_tokens": 3})
    assert reopened.get("t") == Cached("truncated", '{"message": "cut"}', {"prompt_tokens": 4})
    reopened.close()


def test_cache_is_safe_across_threads(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "c.sqlite3")

    def work(n: int) -> None:
        for i in range(20):
            cache.put(f"{n}-{i}", str(i), {})
            assert cache.get(f"{n}-{i}") == Cached("answer", str(i), {})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    count = sqlite3.connect(tmp_path / "c.sqlite3").execute("SELECT count(*) FROM answers")
    assert count.fetchone()[0] == 160


def _write_entries(path: str, prefix: str) -> None:
    cache = ResponseCache(Path(path))
    for i in range(20):
        cache.put(f"{prefix}{i}", "v", {})
    cache.close()


def test_cache_is_safe_across_processes(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite3")
    ResponseCache(Path(path)).close()
    fast = "fork" in multiprocessing.get_all_start_methods()  # spawn works too, only slower
    ctx: Any = multiprocessing.get_context("fork" if fast else "spawn")
    procs = [ctx.Process(target=_write_entries, args=(path, p)) for p in "ab"]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(30)
    assert [proc.exitcode for proc in procs] == [0, 0]
    count = sqlite3.connect(path).execute("SELECT count(*) FROM answers").fetchone()[0]
    assert count == 40


def test_unusable_cache_file_disables_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = ResponseCache(path)
    assert not cache.enabled
    cache.put("k", "v", {})
    assert cache.get("k") is None
