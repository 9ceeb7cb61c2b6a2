"""The batch run's state file: durable, shareable, and never confused with another run."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.batch.state import STATE_FILE, BatchState
from summarizer.errors import ConfigError

BODY = {"model": "m", "messages": [{"role": "user", "content": "报告"}]}


def test_a_run_survives_closing_and_reopening(tmp_path: Path) -> None:
    state = BatchState.create(tmp_path / "run", {"model": "m", "provider": "openai"}, ["a.txt", "b.txt"])
    assert state.need({"k1": BODY, "k2": BODY}) == 2
    assert state.need({"k1": BODY, "k3": BODY}) == 1  # k1 is known: it keeps its state
    state.plan_part("p1", ["k1", "k2"])
    assert state.unbatched_parts() == {"p1": ["k1", "k2"]}
    state.add_batch("batch-1", "p1", "file-1", "validating")
    assert state.unbatched_parts() == {}
    run_id = state.run_id
    state.close()  # as if the process ended here

    again = BatchState.open(tmp_path / "run")
    assert again.run_id == run_id and len(run_id) == 32
    assert again.settings == {"model": "m", "provider": "openai"}
    assert again.inputs == ["a.txt", "b.txt"]
    assert again.counts() == {"submitted": 2, "pending": 1}
    assert list(again.requests("pending")) == ["k3"]
    [batch] = again.batches()
    assert (batch.id, batch.requests, batch.status, batch.finished, batch.collected) == (
        "batch-1", 2, "validating", False, False)  # fmt: skip
    assert again.keys_of("batch-1") == ["k1", "k2"]


def test_answers_failures_and_retries(tmp_path: Path) -> None:
    state = BatchState.create(tmp_path, {}, [])
    state.need({"k1": BODY, "k2": BODY, "k3": BODY})
    state.plan_part("p", ["k1", "k2", "k3"])
    state.add_batch("b", "p", "f", "in_progress")
    state.answered({"k1": {"choices": []}})
    state.failed({"k2": "HTTP 400: bad request", "k1": "late error"})  # k1 stays answered
    assert (state.answer("k1"), state.answer("k2"), state.answer("nope")) == ({"choices": []}, None, None)
    assert state.failures() == {"k2": (1, "HTTP 400: bad request")}
    state.retry(["k2", "k1"])
    assert state.counts() == {"answered": 1, "pending": 1, "submitted": 1}
    state.plan_part("p2", ["k2"])
    state.add_batch("b2", "p2", "f2", "validating")
    state.failed({"k2": "again"})
    assert state.failures() == {"k2": (2, "again")}  # tries count every submission
    state.update_batch("b", "completed", "out-1", None)
    state.collected("b")
    first = state.batches()[0]
    assert (first.status, first.output_file_id, first.finished, first.collected) == ("completed", "out-1", True, True)


def test_a_part_planned_but_never_batched_can_be_dropped(tmp_path: Path) -> None:
    state = BatchState.create(tmp_path, {}, [])
    state.need({"k": BODY})
    state.plan_part("p", ["k"])  # ... and the process died before the batch was created
    state.drop_part("p")
    assert state.unbatched_parts() == {} and state.counts() == {"pending": 1}


def test_no_run_and_a_second_run_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no batch run"):
        BatchState.open(tmp_path)
    BatchState.create(tmp_path, {}, []).close()
    assert (tmp_path / STATE_FILE).is_file()
    with pytest.raises(ConfigError, match="already holds a batch run"):
        BatchState.create(tmp_path, {}, [])


def test_two_handles_on_one_file_see_each_others_changes(tmp_path: Path) -> None:
    writer = BatchState.create(tmp_path, {}, [])
    reader = BatchState.open(tmp_path)  # a `status` while a `collect --wait` runs
    writer.need({"k": BODY})
    assert reader.counts() == {"pending": 1}
