"""A batch run's durable state: one SQLite file in the state folder.

Everything a later ``status`` or ``collect`` needs is here, so a user can submit, close the laptop
and collect the next day, and a crash or Ctrl-C at any point loses nothing:

- ``meta``: the run's settings (endpoint, model, options — never the API key) and its inputs;
- ``requests``: every request the run has needed, by its key (the ``custom_id`` of its batch
  line), with its body, its state (``pending`` → ``submitted`` → ``answered`` | ``failed``), the
  batch it went in, how often it was tried, and the provider's answer or error;
- ``parts``: the requests of each file about to be uploaded, recorded before the upload, so that
  a batch created just before a crash is recognised (by the run id and part in its metadata) and
  adopted instead of being created twice;
- ``batches``: every batch created, with its provider id, files and last known status.

Each change is one transaction (WAL mode, busy timeout), so two processes (a ``status`` while a
``collect --wait`` runs) can share the file.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import ConfigError

__all__ = ["BatchRecord", "RequestState", "BatchState", "STATE_FILE"]

STATE_FILE = "batch-state.sqlite3"
_VERSION = "1"
RequestState = Literal["pending", "submitted", "answered", "failed"]

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS requests (
        key TEXT PRIMARY KEY, body TEXT NOT NULL, state TEXT NOT NULL, batch_id TEXT,
        tries INTEGER NOT NULL DEFAULT 0, answer TEXT, error TEXT, updated REAL NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS parts (part TEXT PRIMARY KEY, keys TEXT NOT NULL, created REAL NOT NULL)",
    """CREATE TABLE IF NOT EXISTS batches (
        id TEXT PRIMARY KEY, part TEXT NOT NULL, input_file_id TEXT NOT NULL, requests INTEGER NOT NULL,
        status TEXT NOT NULL, output_file_id TEXT, error_file_id TEXT, collected INTEGER NOT NULL DEFAULT 0,
        created REAL NOT NULL)""",
)
_TERMINAL = ("completed", "failed", "expired", "cancelled")


@dataclass(frozen=True)
class BatchRecord:
    """One batch as last seen: ``collected`` once its output and errors are in ``requests``."""

    id: str
    part: str
    input_file_id: str
    requests: int
    status: str
    output_file_id: str | None
    error_file_id: str | None
    collected: bool

    @property
    def finished(self) -> bool:
        """The provider will not change it any more."""
        return self.status in _TERMINAL


class BatchState:
    """The state file of one batch run. Open it with :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(path, timeout=30.0)
        self._conn.execute("PRAGMA journal_mode=WAL")
        with self._conn:
            for statement in _SCHEMA:
                self._conn.execute(statement)

    @classmethod
    def create(cls, folder: Path, settings: Mapping[str, Any], inputs: Sequence[str]) -> BatchState:
        """A new run in ``folder`` (made if missing); refuses a folder that already holds one."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / STATE_FILE
        if path.exists():
            raise ConfigError(
                f"{folder} already holds a batch run; collect it, or choose another --state folder"
            )
        state = cls(path)
        with state._conn:
            state._conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("version", _VERSION), ("created", str(time.time())), ("run_id", uuid.uuid4().hex),
                 ("settings", json.dumps(dict(settings), ensure_ascii=False, sort_keys=True)),
                 ("inputs", json.dumps(list(inputs), ensure_ascii=False))],
            )  # fmt: skip
        return state

    @classmethod
    def open(cls, folder: Path) -> BatchState:
        """The run in ``folder``; :class:`ConfigError` when there is none."""
        path = folder / STATE_FILE
        if not path.is_file():
            raise ConfigError(f"no batch run in {folder} (expected {STATE_FILE}; start one with batch submit)")
        state = cls(path)
        version = state._meta("version")
        if version != _VERSION:
            state.close()
            raise ConfigError(f"{path} was written by another version of summarizer (state {version!r})")
        return state

    def close(self) -> None:
        self._conn.close()

    # ------------------------------------------------------------------ the run

    @property
    def settings(self) -> dict[str, Any]:
        return dict(json.loads(self._meta("settings") or "{}"))

    @property
    def run_id(self) -> str:
        """This run's id: written into each batch's metadata, so a batch created just before a
        crash (and never recorded here) is found and adopted rather than created twice."""
        return self._meta("run_id") or ""

    @property
    def inputs(self) -> list[str]:
        return list(json.loads(self._meta("inputs") or "[]"))

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # ------------------------------------------------------------------ requests

    def need(self, bodies: Mapping[str, Mapping[str, Any]]) -> int:
        """Record requests the run needs; a request already known keeps its state. Returns how
        many are new."""
        now = time.time()
        with self._transaction() as conn:
            before = conn.total_changes
            conn.executemany(
                "INSERT OR IGNORE INTO requests (key, body, state, updated) VALUES (?, ?, 'pending', ?)",
                [(key, json.dumps(body, ensure_ascii=False), now) for key, body in bodies.items()],
            )
            return conn.total_changes - before

    def requests(self, *states: RequestState) -> dict[str, dict[str, Any]]:
        """Bodies of the requests in these states (all when none is given), in the order they were
        first needed."""
        query = "SELECT key, body FROM requests"
        if states:
            query += f" WHERE state IN ({','.join('?' * len(states))})"
        rows = self._conn.execute(query + " ORDER BY rowid", states).fetchall()
        return {key: json.loads(body) for key, body in rows}

    def pending(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """The pending requests' keys and bodies, one at a time (thousands of reports' bodies are
        not held in memory at once)."""
        keys = [k for (k,) in self._conn.execute("SELECT key FROM requests WHERE state = 'pending' ORDER BY rowid")]
        for key in keys:  # read body by body: the caller changes rows as it goes
            (body,) = self._conn.execute("SELECT body FROM requests WHERE key = ?", (key,)).fetchone()
            yield key, json.loads(body)

    def counts(self) -> dict[str, int]:
        """How many requests are in each state."""
        rows = self._conn.execute("SELECT state, COUNT(*) FROM requests GROUP BY state").fetchall()
        return {state: n for state, n in rows}

    def answer(self, key: str) -> dict[str, Any] | None:
        """The provider's response body for a request, if it has been answered."""
        row = self._conn.execute(
            "SELECT answer FROM requests WHERE key = ? AND state = 'answered'", (key,)
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def failures(self) -> dict[str, tuple[int, str]]:
        """Failed requests: ``key → (tries, last error)``."""
        rows = self._conn.execute("SELECT key, tries, error FROM requests WHERE state = 'failed'").fetchall()
        return {key: (tries, error or "") for key, tries, error in rows}

    def answered(self, answers: Mapping[str, Mapping[str, Any]]) -> None:
        """Store response bodies (a later answer for the same key replaces an earlier one)."""
        with self._transaction() as conn:
            conn.executemany(
                "UPDATE requests SET state = 'answered', answer = ?, error = NULL, updated = ? WHERE key = ?",
                [(json.dumps(body, ensure_ascii=False), time.time(), key) for key, body in answers.items()],
            )

    def failed(self, errors: Mapping[str, str]) -> None:
        """These requests came back failed (``key → error``); an answered one stays answered."""
        with self._transaction() as conn:
            conn.executemany(
                "UPDATE requests SET state = 'failed', error = ?, updated = ? WHERE key = ? AND state != 'answered'",
                [(error, time.time(), key) for key, error in errors.items()],
            )

    def retry(self, keys: Iterable[str]) -> None:
        """Failed requests go back to ``pending`` for another try."""
        with self._transaction() as conn:
            conn.executemany(
                "UPDATE requests SET state = 'pending', updated = ? WHERE key = ? AND state = 'failed'",
                [(time.time(), key) for key in keys],
            )

    # ------------------------------------------------------------------ batches

    def plan_part(self, part: str, keys: Sequence[str]) -> None:
        """The requests of a file about to be uploaded as batch ``part``."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO parts (part, keys, created) VALUES (?, ?, ?)",
                (part, json.dumps(list(keys)), time.time()),
            )

    def unbatched_parts(self) -> dict[str, list[str]]:
        """Parts planned but not recorded as a batch (a crash came between the two)."""
        rows = self._conn.execute(
            "SELECT part, keys FROM parts WHERE part NOT IN (SELECT part FROM batches) ORDER BY created"
        ).fetchall()
        return {part: json.loads(keys) for part, keys in rows}

    def drop_part(self, part: str) -> None:
        """Forget a planned part that never became a batch (its requests stay pending)."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM parts WHERE part = ?", (part,))

    def add_batch(self, batch_id: str, part: str, input_file_id: str, status: str) -> None:
        """A batch was created for a planned part: record it and mark its requests submitted."""
        row = self._conn.execute("SELECT keys FROM parts WHERE part = ?", (part,)).fetchone()
        keys: list[str] = json.loads(row[0]) if row else []
        now = time.time()
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO batches (id, part, input_file_id, requests, status, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (batch_id, part, input_file_id, len(keys), status, now),
            )
            conn.executemany(
                "UPDATE requests SET state = 'submitted', batch_id = ?, tries = tries + 1, updated = ?"
                " WHERE key = ?",
                [(batch_id, now, key) for key in keys],
            )

    def update_batch(
        self, batch_id: str, status: str, output_file_id: str | None, error_file_id: str | None
    ) -> None:
        with self._transaction() as conn:
            conn.execute(
                "UPDATE batches SET status = ?, output_file_id = ?, error_file_id = ? WHERE id = ?",
                (status, output_file_id, error_file_id, batch_id),
            )

    def collected(self, batch_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE batches SET collected = 1 WHERE id = ?", (batch_id,))

    def batches(self) -> list[BatchRecord]:
        rows = self._conn.execute(
            "SELECT id, part, input_file_id, requests, status, output_file_id, error_file_id, collected"
            " FROM batches ORDER BY created, rowid"
        ).fetchall()
        return [
            BatchRecord(id_, part, file_id, n, status, output, errors, bool(collected))
            for id_, part, file_id, n, status, output, errors, collected in rows
        ]

    def keys_of(self, batch_id: str) -> list[str]:
        rows = self._conn.execute("SELECT key FROM requests WHERE batch_id = ? ORDER BY rowid", (batch_id,))
        return [key for (key,) in rows]

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._conn:
            yield self._conn
