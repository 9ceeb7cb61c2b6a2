"""A batch run, step by step: what to send, what came back, which reports are done.

Every step (:meth:`BatchRun.step`) does the same four things, so ``submit``, ``status`` and
``collect`` are the same loop stopped at different places, and running it twice is harmless:

1. **Adopt** a batch created just before a crash (found by the run id in its metadata).
2. **Collect** every batch that has finished: its answers and failures go into the state; a
   failed line is tried again (in the next batch, or in real time) until ``max_tries``; a
   request the provider rejected (4xx) is not.
3. **Run the pipeline** over every report with a :class:`~.model.BatchModel`: requests with an
   answer get it (validated, salvaged, re-asked, cached, split on truncation, grounded, merged
   and reduced exactly as in real time); the others are recorded. A report whose requests all
   have answers is done; the others wait.
4. **Submit** the recorded requests: in files within the provider's limits, uploaded and
   started as batches; or, for a run without a Batch API (``vllm run-batch``, a manual upload),
   written as request files in the state folder for the user to run.

A report needs two rounds at most in the normal case: its extraction calls, then its overview
call (``reduce``), which is made of the extraction answers. Re-asks (an answer that did not
validate) and the halves of a truncated chunk add rounds. ``reduce="realtime"`` makes the
overview calls at once instead (one per report, small), and ``retry="realtime"`` retries failed
lines at once instead of in a follow-up batch.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..engines import LLMEngine
from ..errors import ConfigError
from ..ingest import Document
from ..llm import LLMClient, LLMConfig
from ..llm.batches import BatchAPI
from ..llm.transport import OpenAICompatible
from ..models import ReportSummary
from ..pipeline import load_reports, run_reports
from .lines import Results, read_results, request_files
from .model import BatchModel
from .state import BatchRecord, BatchState

__all__ = ["BatchOptions", "Progress", "BatchRun", "REDUCE_NAMES", "describe"]

logger = logging.getLogger("summarizer.batch")

REDUCE_NAMES = frozenset({"ReduceAnswer", "CondenseAnswer"})
"""The requests of the overview step (prompts/reduce.md and condense.md)."""
_FINAL_STATUS = ("HTTP 400", "HTTP 401", "HTTP 403", "HTTP 404", "HTTP 413", "HTTP 422")
"""Failures a new try of the same request cannot mend."""
Mode = Literal["api", "export"]


@dataclass(frozen=True)
class BatchOptions:
    """How a batch run is made; stored with the run, so every later step follows them.

    ``mode``: ``"api"`` sends batches through the provider's Batch API; ``"export"`` writes
    request files to run anywhere (``vllm run-batch``) and reads results files back.
    ``reduce``: the overview calls as a second batch round (the default: half price, and the
    user has accepted the batch's wait already) or in real time. ``retry``: failed lines in a
    follow-up batch or in real time; each request is tried at most ``max_tries`` times.
    """

    mode: Mode = "api"
    reduce: Literal["batch", "realtime"] = "batch"
    retry: Literal["batch", "realtime"] = "batch"
    max_tries: int = 3
    language: str = "zh"
    chunk_tokens: int | None = None

    def __post_init__(self) -> None:
        if self.mode not in ("api", "export") or self.reduce not in ("batch", "realtime") or self.retry not in (
            "batch", "realtime",
        ):  # fmt: skip
            raise ConfigError(f"invalid batch options: {self}")
        if self.max_tries < 1:
            raise ConfigError("max_tries must be at least 1")


@dataclass(frozen=True)
class Progress:
    """Where a run stands after a step: every report (``None`` while it waits), every batch,
    the requests by state, and what this step sent or wrote."""

    docs: list[Document]
    summaries: list[ReportSummary | None]
    batches: list[BatchRecord]
    requests: dict[str, int]
    submitted: list[str] = field(default_factory=list)
    exported: list[Path] = field(default_factory=list)

    @property
    def done(self) -> bool:
        """Every report has its summary."""
        return all(s is not None for s in self.summaries)

    @property
    def running(self) -> list[BatchRecord]:
        """Batches the provider is still working on, or request files not answered yet."""
        return [b for b in self.batches if not b.collected]

    @property
    def failed(self) -> list[int]:
        """Reports done, but with chunks that failed for good."""
        return [i for i, s in enumerate(self.summaries) if s and any(w.code == "chunk_failed" for w in s.warnings)]


class BatchRun:
    """One batch run in its state folder; see the module docstring. Use :meth:`start` or
    :meth:`resume`, then :meth:`step` (and :meth:`close`)."""

    def __init__(self, state: BatchState, config: LLMConfig, options: BatchOptions) -> None:
        self.state = state
        self.config = config
        self.options = options
        self.folder = state.path.parent
        self._api = BatchAPI(config) if options.mode == "api" else None

    @classmethod
    def start(
        cls, folder: Path, sources: Sequence[str | Path], config: LLMConfig, options: BatchOptions
    ) -> BatchRun:
        """A new run over ``sources`` (paths; read again at every step)."""
        if options.mode == "api" and config.batch_limits is None:
            raise ConfigError(
                f"{config.provider or config.base_url} has no Batch API: use `summarizer batch export` "
                "(e.g. for vllm run-batch) or real-time `summarizer summarize`"
            )
        paths = [str(Path(p).resolve()) for p in sources]
        load_reports(paths)  # unreadable inputs fail now, before anything is recorded
        settings = {"provider": config.provider, "base_url": config.base_url, "model": config.model,
                    "strategy": config.strategy, "max_output_tokens": config.max_output_tokens,
                    "temperature": config.temperature, "options": options.__dict__}  # fmt: skip
        return cls(BatchState.create(folder, settings, paths), config, options)

    @classmethod
    def resume(cls, folder: Path, config: LLMConfig | None = None, **endpoint: Any) -> BatchRun:
        """The run in ``folder``; ``config`` (default: its endpoint from the environment, for
        the key) must name the endpoint and model it was started with."""
        state = BatchState.open(folder)
        settings = state.settings
        options = BatchOptions(**settings["options"])
        if config is None:
            config = _config_of(settings, options.mode, **endpoint)
        if (config.base_url, config.model) != (settings["base_url"], settings["model"]):
            state.close()
            raise ConfigError(
                f"the run in {folder} was started with {settings['model']} at {settings['base_url']}, "
                f"not {config.model} at {config.base_url}"
            )
        return cls(state, config, options)

    async def close(self) -> None:
        if self._api is not None:
            await self._api.aclose()
        self.state.close()

    async def step(self, *, submit: bool = True, results: Sequence[bytes] = ()) -> Progress:
        """One step (module docstring); ``results``: result files produced elsewhere."""
        await self._adopt()
        for data in results:
            self._take(read_results(data))
        await self._collect()
        docs = load_reports(self.state.inputs)
        summaries = await self._run(docs)
        submitted: list[str] = []
        exported: list[Path] = []
        if submit:
            submitted, exported = await self._submit()
        return Progress(docs, summaries, self.state.batches(), self.state.counts(), submitted, exported)

    async def wait(self, poll_interval: float = 60.0, timeout: float | None = None) -> Progress:
        """Step until every report is done, or nothing more can happen without the user (a
        request file to run), or ``timeout`` seconds have passed."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            progress = await self.step()
            waiting_on_provider = any(not b.id.startswith(_EXPORTED) for b in progress.running)
            if progress.done or not waiting_on_provider:
                return progress
            if deadline is not None and loop.time() + poll_interval > deadline:
                return progress
            await asyncio.sleep(poll_interval)

    # ------------------------------------------------------------------ the steps

    async def _adopt(self) -> None:
        """Parts planned before a crash: adopt the batch the provider has for one, else drop it
        (its requests are still pending and go out again)."""
        orphans = self.state.unbatched_parts()
        if not orphans or self._api is None:
            return
        known = {b.metadata.get("part"): b for b in await self._api.of_run(self.state.run_id)}
        for part in orphans:
            found = known.get(part)
            if found is not None:
                self.state.add_batch(found.id, part, "", found.status)
            else:
                self.state.drop_part(part)

    async def _collect(self) -> None:
        """Every finished batch's answers and failures into the state; failed lines queued again."""
        for batch in self.state.batches():
            if batch.collected or self._api is None or batch.id.startswith(_EXPORTED):
                continue
            info = await self._api.retrieve(batch.id)
            self.state.update_batch(batch.id, info.status, info.output_file_id, info.error_file_id)
            if info.status not in ("completed", "failed", "expired", "cancelled"):
                continue
            found = Results()
            for file_id in (info.output_file_id, info.error_file_id):
                if file_id:
                    found.add(read_results(await self._api.content(file_id)))
            why = f"batch {info.status}" + (f": {'; '.join(info.errors)}" if info.errors else "")
            missing = {k: why for k in self.state.keys_of(batch.id) if k not in found.answers and k not in found.failures}
            found.failures.update(missing)
            self._take(found)
            self.state.collected(batch.id)
        self._settle_exports()

    def _take(self, found: Results) -> None:
        """Store answers and failures; a failure another try may mend goes back to pending."""
        if found.unreadable:
            logger.warning("%d result line(s) could not be read", found.unreadable)
        known = set(self.state.requests())
        self.state.answered({k: v for k, v in found.answers.items() if k in known})
        self.state.failed({k: v for k, v in found.failures.items() if k in known})
        if self.options.retry == "batch":
            tries = self.state.failures()
            self.state.retry(k for k, (n, why) in tries.items() if n < self.options.max_tries and _mendable(why))

    def _settle_exports(self) -> None:
        """A request file counts as collected once each of its requests has a result."""
        open_keys = set(self.state.requests("submitted"))
        for batch in self.state.batches():
            if batch.id.startswith(_EXPORTED) and not batch.collected:
                if not open_keys.intersection(self.state.keys_of(batch.id)):
                    self.state.update_batch(batch.id, "completed", None, None)
                    self.state.collected(batch.id)

    async def _run(self, docs: list[Document]) -> list[ReportSummary | None]:
        """The pipeline over every report, answered from the batches so far.

        The state is the run's record of answers, so the answer cache is written (a later
        ``summarize`` of the same reports with the same settings makes no calls) but not read:
        a cached answer would count as a free call, and the run's usage is what the batches
        billed."""
        failed = self.state.failures()
        realtime_keys = frozenset(
            k for k, (tries, why) in failed.items()
            if self.options.retry == "realtime" and tries < self.options.max_tries and _mendable(why)
        )  # fmt: skip
        failures = {k: why for k, (_, why) in failed.items() if k not in realtime_keys}
        wants_realtime = self.options.reduce == "realtime" or bool(realtime_keys)
        realtime = OpenAICompatible(self.config) if wants_realtime else None
        model = BatchModel(
            self.config, self.state.answer, failures, realtime=realtime,
            realtime_names=REDUCE_NAMES if self.options.reduce == "realtime" else frozenset(),
            realtime_keys=realtime_keys, record=self.state.need,
        )  # fmt: skip
        client = LLMClient(self.config, model=model, replay=False)
        engine = LLMEngine(self.config, language=self.options.language,
                           chunk_tokens=self.options.chunk_tokens, client=client)  # fmt: skip
        summaries: list[ReportSummary | None] = []
        try:
            # A slice of reports at a time: the pipeline starts every job of its reports at once,
            # and thousands of reports' prompts need not be in memory together.
            for start in range(0, len(docs), _SLICE):
                summaries += await run_reports(docs[start : start + _SLICE], engine)
        finally:
            model.flush()
            await client.aclose()
            if realtime is not None:
                await realtime.aclose()
        return summaries

    async def _submit(self) -> tuple[list[str], list[Path]]:
        """Send the pending requests (or write them to a request file)."""
        submitted: list[str] = []
        exported: list[Path] = []
        limits = self.config.batch_limits if self._api else None
        for keys, lines in request_files(self.state.pending(), limits):
            part = uuid.uuid4().hex[:12]
            self.state.plan_part(part, keys)
            if self._api is None:
                path = self.folder / f"requests-{len(self.state.batches()) + 1}.jsonl"
                path.write_bytes(lines)
                self.state.add_batch(f"{_EXPORTED}{path.name}", part, str(path), "exported")
                exported.append(path)
                continue
            file_id = await self._api.upload(f"summarizer-{part}.jsonl", lines)
            info = await self._api.create(file_id, self.state.run_id, part)
            self.state.add_batch(info.id, part, file_id, info.status)
            submitted.append(info.id)
        return submitted, exported


_SLICE = 64
_EXPORTED = "file:"
"""The id prefix of a request file written for the user (an ``export`` run's 'batch')."""


def _mendable(why: str) -> bool:
    return not why.startswith(_FINAL_STATUS)


def _config_of(settings: dict[str, Any], mode: Mode, **endpoint: Any) -> LLMConfig:
    """The run's endpoint from its stored settings (the key from the environment). An export
    run needs no key (nothing is sent), unless it answers something in real time."""
    overrides = {"strategy": settings["strategy"], "max_output_tokens": settings["max_output_tokens"],
                 "temperature": settings["temperature"], **endpoint}  # fmt: skip
    named = {"provider": settings["provider"], "base_url": settings["base_url"], "model": settings["model"]}
    try:
        return LLMConfig.from_env(**named, **overrides)
    except ConfigError:
        options = settings["options"]
        if mode != "export" or "realtime" in (options.get("reduce"), options.get("retry")):
            raise
        return LLMConfig.from_env(**named, api_key="unused: export run", **overrides)


def describe(progress: Progress) -> dict[str, Any]:
    """The progress as plain data (``batch status --json``)."""
    return {
        "reports": [
            {"path": d.path, "title": d.title, "region": d.region,
             "state": "waiting" if s is None else ("failed" if any(w.code == "chunk_failed" for w in s.warnings) else "done")}
            for d, s in zip(progress.docs, progress.summaries)
        ],  # fmt: skip
        "batches": [b.__dict__ for b in progress.batches],
        "requests": progress.requests,
    }
