"""The pipeline: from a path (or text, bytes, Document) to one :class:`ReportSummary` per report.

Every engine takes every report through the same stages::

    load, split_reports (ingest)      → the reports
    engine.jobs                       → extraction jobs (chunks; small reports packed together)
    engine.extract, one per job       → notes per chunk
    ground_notes, merge_parts         → the report's verified findings   (summarizer.verify)
    engine.reduce                     → overview and section summaries
                                      → ReportSummary

All jobs of a run start at once (an LLM engine's client bounds the requests in flight); each
report is grounded, merged and reduced as soon as the jobs serving it are done. The first error
that is not contained in a warning (a refused key, an endpoint that cannot be reached) cancels
everything else and is raised.

:func:`asummarize` is the implementation; :func:`summarize` runs it to completion.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import operator
import os
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union

from ._sync import blocking
from .engines import Engine, Extraction, Job, LLMEngine, RulesEngine
from .errors import ConfigError
from .ingest import Document, load, split_reports
from .ingest.reviewed import year_of_figures
from .ingest.source import ACCEPTED, Source as _Input, is_source
from .llm import LLMConfig
from .llm.deferred import AnswerDeferred
from .models import Findings, ReportSummary, SourceSpan, SummaryWarning
from .notes import ChunkNotes
from .text.chunking import Chunk
from .verify import ground_notes, merge_parts

__all__ = [
    "EngineChoice",
    "ProgressCallback",
    "Source",
    "resolve_engine",
    "llm_config",
    "load_reports",
    "run_reports",
    "asummarize",
    "summarize",
]

logger = logging.getLogger("summarizer.pipeline")

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_MIN_HAN_SHARE = 0.1
_ENDPOINT_SETTINGS = ("provider", "model", "base_url", "api_key")  # Chinese reports are mostly Han characters; English ones have none

EngineChoice = Literal["auto", "llm", "rules"]
ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)``; a step is one job extracted (a chunk, or several small
reports packed together) or one report reduced."""
Source = Union[_Input, Document]
"""One input: a path, bytes, a file object, a ``str`` (a path or the text, see
:func:`summarizer.load`) or a loaded :class:`Document` (``load(text=...)`` to say it is text)."""


def resolve_engine(engine: EngineChoice | Engine = "auto") -> Engine:
    """The engine to run: an :class:`Engine` as given, else one built from the environment.

    ``"rules"`` is the rules engine; ``"llm"`` and ``"auto"`` are as :func:`llm_config` says.
    For any other LLM setting, build the engine yourself:
    ``LLMEngine(LLMConfig.from_env(provider="deepseek"))``.
    """
    if isinstance(engine, Engine):
        return engine
    config = llm_config(engine)
    if config is None:
        return RulesEngine()
    logger.info("engine %s: using the LLM %s", engine, config)
    return LLMEngine(config)


def llm_config(engine: EngineChoice, **settings: Any) -> LLMConfig | None:
    """The endpoint an engine name asks for, from ``settings`` and the environment; ``None``
    for the rules engine.

    ``"rules"`` is ``None``. ``"llm"`` is :meth:`LLMConfig.from_env` (``settings`` passed on),
    and so is ``"auto"`` when the endpoint is named - ``provider``, ``model``, ``base_url`` or
    ``api_key`` given, or ``$SUMMARIZER_PROVIDER`` set: a setting given on purpose decides the
    engine, so its :class:`ConfigError` (unknown provider, its key missing) is raised, never
    answered with the rules engine. Otherwise ``"auto"`` is that endpoint when one is
    configured (a key in the environment), else ``None``.
    """
    if not isinstance(engine, str):
        raise TypeError(f"engine must be 'auto', 'llm', 'rules' or an Engine; got {type(engine).__name__}")
    if engine not in ("auto", "llm", "rules"):
        raise ConfigError(f"unknown engine {engine!r}; choose auto, llm or rules, or pass an Engine")
    if engine == "rules":
        return None
    named = any(settings.get(key) for key in _ENDPOINT_SETTINGS) or os.environ.get("SUMMARIZER_PROVIDER", "").strip()
    try:
        return LLMConfig.from_env(**settings)
    except ConfigError:
        if engine == "llm" or named:
            raise
        logger.info("engine auto: no LLM endpoint configured, using the rules engine")
        return None


def _sources(source: object) -> list[Source]:
    """``source`` as a list of inputs; :class:`TypeError` naming what is accepted otherwise."""
    if is_source(source) or isinstance(source, Document):
        return [source]  # type: ignore[list-item]  # is_source checked the kind
    accepted = f"{ACCEPTED}, a Document, or a list of them"
    if not isinstance(source, Iterable) or isinstance(source, Mapping):
        raise TypeError(f"source must be {accepted}; got {type(source).__name__}")
    items = list(source)
    for item in items:
        if not (is_source(item) or isinstance(item, Document)):
            raise TypeError(f"each source must be {ACCEPTED} or a Document; got {type(item).__name__}")
    return items


def load_reports(source: Source | Iterable[Source]) -> list[Document]:
    """Every report of every source, in order (a compilation gives several)."""
    return [
        report
        for one in _sources(source)
        for report in split_reports(one if isinstance(one, Document) else load(one))
    ]


@dataclass
class _Progress:
    """Counts finished steps and reports them to the caller's callback."""

    total: int
    callback: ProgressCallback | None
    done: int = 0

    def step(self) -> None:
        self.done += 1
        if self.callback is not None:
            self.callback(self.done, self.total)


@dataclass
class _Run:
    """One run of one engine over a list of reports."""

    engine: Engine
    progress: _Progress

    async def run(self, docs: Sequence[Document], jobs: Sequence[Job]) -> list[ReportSummary | None]:
        """Every job starts at once; each report is finished as soon as its jobs are done
        (``None`` for a report whose answers are deferred, see :func:`run_reports`)."""
        try:
            async with asyncio.TaskGroup() as group:
                calls = [group.create_task(self.extract(job)) for job in jobs]
                reports = [group.create_task(self.report(i, doc, jobs, calls)) for i, doc in enumerate(docs)]
        except BaseExceptionGroup as failed:
            raise _first(failed) from None
        return [task.result() for task in reports]

    async def extract(self, job: Job) -> list[Extraction] | None:
        """One job's extraction, as each member's share of it (``None``: deferred)."""
        try:
            extraction = await self.engine.extract(job)
        except AnswerDeferred:
            extraction = None
        self.progress.step()
        return None if extraction is None else job.share(extraction)

    async def report(
        self,
        index: int,
        doc: Document,
        jobs: Sequence[Job],
        calls: Sequence[Awaitable[list[Extraction] | None]],
    ) -> ReportSummary | None:
        """Ground, merge and reduce the ``index``-th report once the jobs serving it are done."""
        extraction, deferred = Extraction(), False
        for job, call in zip(jobs, calls):
            member = job.serves(index)
            shares = None if member is None else await call
            if member is not None and shares is None:
                deferred = True
            elif member is not None and shares is not None:
                extraction.add(shares[member])
        if deferred:  # the report waits for its answers; its reduce would be made of half of them
            self.progress.step()
            return None
        grounded = [_ground(doc, piece, notes) for piece, notes in extraction.parts]
        findings = merge_parts(grounded, extraction.warnings)
        try:
            reduction = await self.engine.reduce(doc, extraction, findings)
        except AnswerDeferred:
            self.progress.step()
            return None
        self.progress.step()
        usages = extraction.usages + reduction.usages
        plans = bool(findings.targets or findings.qualitative_targets)
        year, plan_year = year_of_figures(doc.doc_type, doc.year, doc.plan_year, doc.figures_year, plans=plans)
        return ReportSummary(
            region=doc.region,
            year=year,
            plan_year=plan_year,
            title=doc.title,
            doc_type=doc.doc_type,
            source=SourceSpan(path=doc.path, start=doc.start, end=doc.end),
            language=self.engine.language,
            overview=reduction.overview,
            overview_evidence=reduction.overview_evidence,
            sections=reduction.sections,
            engine=self.engine.name,
            model=self.engine.model,
            usage=functools.reduce(operator.add, usages, self.engine.zero_usage()),
            **(findings.fields() | {"warnings": _text_warnings(doc) + findings.warnings + reduction.warnings}),
        )


def _text_warnings(doc: Document) -> list[SummaryWarning]:
    """``no_chinese_text`` when the report is hardly Chinese: both engines read Chinese reports,
    and an English text would otherwise come back as an empty summary with nothing said."""
    body = doc.body
    letters = len("".join(body.split()))  # the characters that are no whitespace
    if len(_HAN.findall(body)) >= _MIN_HAN_SHARE * letters:
        return []
    return [SummaryWarning(
        code="no_chinese_text",
        message="the text is hardly Chinese: this library reads Chinese reports, so little or nothing was found",
        start=doc.start, end=doc.end,
    )]  # fmt: skip


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The error a task group failed with (tasks cancelled because of it are not in the group)."""
    first = group.exceptions[0]
    return _first(first) if isinstance(first, BaseExceptionGroup) else first


def _ground(doc: Document, piece: Chunk, notes: ChunkNotes) -> Findings:
    return ground_notes(notes, doc, start=piece.start, end=piece.end, default_year=doc.plan_year)


async def run_reports(
    docs: Sequence[Document], engine: Engine, progress: ProgressCallback | None = None
) -> list[ReportSummary | None]:
    """Every report of ``docs`` through ``engine``, in order; ``None`` for a report that needed
    an answer its model will give later (:class:`~summarizer.llm.deferred.AnswerDeferred`, a batch
    run): the caller runs it again once the answers are in."""
    jobs = engine.jobs(docs)
    return await _Run(engine, _Progress(len(jobs) + len(docs), progress)).run(docs, jobs)


async def asummarize(
    source: Source | Iterable[Source],
    engine: EngineChoice | Engine = "auto",
    *,
    progress: ProgressCallback | None = None,
) -> list[ReportSummary]:
    """Summarise every report in ``source``: a path, a ``str`` (a path or the report's text, told
    apart as :func:`summarizer.load` says), bytes, a file object, a :class:`Document`, or a
    list of them. To say which a ``str`` is, pass ``pathlib.Path(p)`` or ``load(text=s)``.

    Returns one :class:`ReportSummary` per report, in input order. ``engine`` is an
    :class:`~summarizer.engines.Engine` or a name (see :func:`resolve_engine`); an engine built
    here from a name is closed at the end, one you pass stays open for you to reuse.

    Raises :class:`TypeError` for a ``source``, ``engine`` or ``progress`` of the wrong kind,
    :class:`~summarizer.errors.InputError` for an unreadable input, :class:`ConfigError`
    for a bad configuration and :class:`~summarizer.errors.AuthError` when the endpoint refuses
    the key, or :class:`~summarizer.errors.UnreachableError` when it cannot be reached at all (the
    whole batch stops); any other failure of a model call is reported in the summary's
    ``warnings``.
    """
    sources = _sources(source)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a callable progress(done, total) or None; got {type(progress).__name__}")
    chosen = resolve_engine(engine)
    try:
        summaries = await run_reports(load_reports(sources), chosen, progress)
    finally:
        if chosen is not engine:
            await chosen.aclose()
    done = [s for s in summaries if s is not None]
    if len(done) < len(summaries):
        raise ConfigError("the engine's model defers its answers (a batch model): use `summarizer batch`")
    return done


summarize = blocking(asummarize)
summarize.__name__ = summarize.__qualname__ = "summarize"
summarize.__doc__ = """Blocking :func:`asummarize` (same arguments, same result).

Summarise every report in ``source`` (a path, a ``str`` that is a path or the text, bytes, a
file object, a Document, or a list of them) and return one :class:`ReportSummary` per report, in input order. In async code (or a notebook with
a running event loop) use ``await asummarize(...)`` instead.
"""
