"""A content-addressed SQLite cache of call outcomes (never pay twice), and their replay.

The key is the SHA-256 of the canonical JSON of everything that determines the answer (see
:func:`cache_key`); the API key is never part of it. Each row is one outcome of a call, by
``kind``: ``"answer"`` (JSON that passed validation), ``"partial"`` (an answer that passed after
invalid items were dropped, with the count and reasons of the dropped, so a re-run warns the
same) or ``"truncated"`` (the answer was cut short: the caller splits the input, and a re-run
must reach the same split without paying for the truncated request again). Which outcomes are
worth storing is the client's decision; :class:`CallCache` stores and replays them. Each row is
written in its own transaction, in WAL mode with a busy timeout, so several threads or processes
can share one file and a run killed halfway keeps everything finished so far.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from ..errors import TruncatedOutputError
from ..models import Usage
from .config import LLMConfig
from .model import Request
from .structured import Answer, Dropped

__all__ = ["Cached", "Outcome", "ResponseCache", "CallCache", "cache_key"]

logger = logging.getLogger("summarizer.llm")

T = TypeVar("T", bound=BaseModel)

Outcome = Literal["answer", "partial", "truncated"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    usage TEXT NOT NULL,
    created REAL NOT NULL,
    kind TEXT NOT NULL DEFAULT 'answer'
)
"""
# Files written before outcomes had kinds hold answers only.
_ADD_KIND = "ALTER TABLE answers ADD COLUMN kind TEXT NOT NULL DEFAULT 'answer'"


@dataclass(frozen=True)
class Cached:
    """One stored outcome: its kind, its JSON and the usage of the call that produced it."""

    kind: str
    value: str
    usage: dict[str, Any]


def cache_key(**parts: Any) -> str:
    """SHA-256 of the canonical (sorted-keys, compact, UTF-8) JSON of ``parts``."""
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


class ResponseCache:
    """The answers table in one SQLite file. Methods are blocking and thread-safe.

    A file that cannot be opened (corrupt, unwritable) disables the cache with a warning rather
    than failing the run.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=30.0, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            with conn:
                conn.execute(_SCHEMA)
                _add_kind_column(conn)
            self._conn = conn
        except (OSError, sqlite3.Error) as exc:
            logger.warning("LLM cache at %s disabled: %s", path, exc)

    @property
    def enabled(self) -> bool:
        """False when the file could not be opened."""
        return self._conn is not None

    def get(self, key: str) -> Cached | None:
        """The stored outcome, or None."""
        if self._conn is None:
            return None
        try:
            with self._lock:
                row = self._conn.execute(
                    "SELECT kind, value, usage FROM answers WHERE key = ?", (key,)
                ).fetchone()
        except sqlite3.Error as exc:
            logger.warning("LLM cache read failed (%s); calling the model", exc)
            return None
        return None if row is None else Cached(row[0], row[1], json.loads(row[2]))

    def put(self, key: str, value: str, usage: dict[str, Any], kind: Outcome = "answer") -> None:
        """Store an outcome atomically (last writer wins for the same key)."""
        if self._conn is None:
            return
        try:
            with self._lock, self._conn:
                self._conn.execute(
                    "INSERT OR REPLACE INTO answers (key, value, usage, created, kind)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (key, value, json.dumps(usage), time.time(), kind),
                )
        except sqlite3.Error as exc:  # losing a cache entry must not lose the answer itself
            logger.warning("LLM cache write failed: %s", exc)

    def close(self) -> None:
        """Close the connection; later calls behave as a disabled cache."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _add_kind_column(conn: sqlite3.Connection) -> None:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(answers)")}
    if "kind" in columns:
        return
    try:
        conn.execute(_ADD_KIND)
    except sqlite3.OperationalError:  # another process added it first
        if "kind" not in {row[1] for row in conn.execute("PRAGMA table_info(answers)")}:
            raise


class CallCache:
    """The outcomes of one endpoint's structured calls, by request (off when the config says so).

    :meth:`replay` gives back what :meth:`store` and :meth:`store_truncation` kept: the answer
    with the items dropped from it, or the truncation as the error the first request raised.
    """

    def __init__(self, config: LLMConfig) -> None:
        self.config = config
        self._db = ResponseCache(config.cache_path) if config.use_cache and config.cache_path else None

    def key(self, request: Request, prompt_version: str) -> str:
        """Everything that determines the answer. The configured strategy (not the one reached
        by stepping down) so that a re-run of an "auto" client finds its answers before
        probing the endpoint again."""
        return cache_key(
            base_url=self.config.base_url,
            model=self.config.model,
            messages=list(request.messages),
            schema=request.schema,
            bounds=dict(request.bounds),
            prompt_version=prompt_version,
            temperature=self.config.temperature,
            max_tokens=request.max_tokens,
            strategy=self.config.strategy,
        )

    async def replay(self, key: str, model: type[T], usage: Usage) -> Answer[T] | None:
        """The stored answer for ``key``; a stored truncation is raised again (``attempts=0``
        and ``usage``); None when there is nothing usable (nothing stored, or the answer model
        or the record changed without a prompt_version bump)."""
        found = None if self._db is None else await asyncio.to_thread(self._db.get, key)
        if found is None:
            return None
        try:
            outcome = _decode(found, model, usage)
        except (ValueError, KeyError, TypeError):  # incl. ValidationError
            return None
        if isinstance(outcome, TruncatedOutputError):
            raise outcome
        return outcome

    async def store(self, key: str, answer: Answer[T], usage: Usage) -> None:
        """Keep a validated answer (and what was dropped from it)."""
        if not answer.dropped:
            await self._put(key, "answer", answer.value.model_dump_json(), usage)
            return
        record = {"value": answer.value.model_dump(mode="json"),
                  "dropped": [dataclasses.asdict(d) for d in answer.dropped]}  # fmt: skip
        await self._put(key, "partial", json.dumps(record, ensure_ascii=False), usage)

    async def store_truncation(self, key: str, err: TruncatedOutputError, usage: Usage) -> None:
        """Keep a truncation: a property of the request (``max_tokens`` is in the key) that the
        caller resolves by splitting the input."""
        record = {"message": str(err), "reasoning_exhausted": err.reasoning_exhausted,
                  "raw_output": err.raw_output}  # fmt: skip
        await self._put(key, "truncated", json.dumps(record, ensure_ascii=False), usage)

    def close(self) -> None:
        """Close the file (later calls behave as a disabled cache)."""
        if self._db is not None:
            self._db.close()

    async def _put(self, key: str, kind: Outcome, value: str, usage: Usage) -> None:
        if self._db is not None:
            await asyncio.to_thread(self._db.put, key, value, usage.model_dump(), kind)


def _decode(found: Cached, model: type[T], usage: Usage) -> Answer[T] | TruncatedOutputError | None:
    if found.kind == "answer":
        return Answer(model.model_validate_json(found.value))
    if found.kind == "partial":
        record = json.loads(found.value)
        dropped = tuple(Dropped(**d) for d in record["dropped"])
        return Answer(model.model_validate(record["value"]), dropped)
    if found.kind == "truncated":
        data = json.loads(found.value)
        return TruncatedOutputError(
            str(data["message"]),
            reasoning_exhausted=bool(data["reasoning_exhausted"]),
            raw_output=data["raw_output"],
            attempts=0,
            usage=usage,
        )
    return None  # written by a newer version
