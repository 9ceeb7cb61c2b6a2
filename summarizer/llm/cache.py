"""A content-addressed SQLite cache of call outcomes (never pay twice).

The key is the SHA-256 of the canonical JSON of everything that determines the answer (see
:func:`cache_key`); the API key is never part of it. Each row is one outcome of a call, by
``kind``: ``"answer"`` (JSON that passed validation) or ``"truncated"`` (the answer hit the token
limit: the caller splits the input, and a re-run must reach the same split without paying for
the truncated request again). Which outcomes are worth storing is the client's decision. Each row
is written in its own transaction, in WAL mode with a busy timeout, so several threads or
processes can share one file and a run killed halfway keeps everything finished so far.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

__all__ = ["Cached", "Outcome", "ResponseCache", "cache_key"]

logger = logging.getLogger("summarizer.llm")

Outcome = Literal["answer", "truncated"]

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
