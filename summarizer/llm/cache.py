"""A content-addressed SQLite cache of validated answers (never pay twice).

The key is the SHA-256 of the canonical JSON of everything that determines the answer (see
:func:`cache_key`); the API key is never part of it. Only answers that passed validation are
stored, each in its own transaction, in WAL mode with a busy timeout, so several threads or
processes can share one file and a run killed halfway keeps everything finished so far.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

__all__ = ["ResponseCache", "cache_key"]

logger = logging.getLogger("summarizer.llm")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    usage TEXT NOT NULL,
    created REAL NOT NULL
)
"""


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
            self._conn = conn
        except (OSError, sqlite3.Error) as exc:
            logger.warning("LLM cache at %s disabled: %s", path, exc)

    @property
    def enabled(self) -> bool:
        """False when the file could not be opened."""
        return self._conn is not None

    def get(self, key: str) -> tuple[str, dict[str, Any]] | None:
        """The stored answer JSON and its original usage, or None."""
        if self._conn is None:
            return None
        try:
            with self._lock:
                row = self._conn.execute(
                    "SELECT value, usage FROM answers WHERE key = ?", (key,)
                ).fetchone()
        except sqlite3.Error as exc:
            logger.warning("LLM cache read failed (%s); calling the model", exc)
            return None
        return None if row is None else (row[0], json.loads(row[1]))

    def put(self, key: str, value: str, usage: dict[str, Any]) -> None:
        """Store a validated answer atomically (last writer wins for the same key)."""
        if self._conn is None:
            return
        try:
            with self._lock, self._conn:
                self._conn.execute(
                    "INSERT OR REPLACE INTO answers (key, value, usage, created)"
                    " VALUES (?, ?, ?, ?)",
                    (key, value, json.dumps(usage), time.time()),
                )
        except sqlite3.Error as exc:  # losing a cache entry must not lose the answer itself
            logger.warning("LLM cache write failed: %s", exc)

    def close(self) -> None:
        """Close the connection; later calls behave as a disabled cache."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
