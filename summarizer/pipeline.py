"""The pipeline: from a path (or text, bytes, Document) to one :class:`ReportSummary` per report.

For the LLM engine, each report goes through the stages in order::

    split_reports → chunk → extract (one call per chunk) → ground → merge → reduce → ReportSummary

Small reports of one source (the items of a news digest) share extraction calls
(:mod:`summarizer.extract.packing`). All reports and all their chunks run concurrently through
one :class:`LLMClient`, whose semaphore bounds the requests in flight. The rules engine replaces
extract and reduce by :mod:`summarizer.extract.rules` (no model, no network) and keeps ground
and merge.

:func:`asummarize` is the implementation; :func:`summarize` runs it to completion.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import operator
import os
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar, Union

from ._sync import blocking
from .chunking import Chunk, chunk
from .documents import Document, load, split_reports
from .errors import ConfigError
from .extract.llm import ChunkExtraction, aextract_chunk
from .extract.notes import ChunkNotes
from .extract.packing import Job, plan_jobs
from .extract.rules import extract_notes
from .grounding import Grounded, ground_notes
from .llm import LLMClient, LLMConfig, Usage
from .merge import Merged, merge_parts
from .models import EngineName, ReportSummary, SourceSpan, UsageReport
from .prompts import language_rule
from .reduce import Reduction, areduce_llm, extractive_reduce
from .structure import parse_sections
from .tokens import TokenCounter, token_counter

__all__ = [
    "EngineChoice",
    "ProgressCallback",
    "Source",
    "resolve_engine",
    "load_reports",
    "rules_summary",
    "asummarize",
    "summarize",
]

logger = logging.getLogger("summarizer.pipeline")

EngineChoice = Literal["auto", "llm", "rules"]
ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)``; a step is one extraction call done (a chunk, or several
small reports packed together) or one report reduced (with the rules engine, one report
summarised)."""
Source = Union[str, bytes, "os.PathLike[str]", Document]

T = TypeVar("T")
_MIN_CHUNK_TOKENS = 128  # below this the prompt dwarfs the text it is about


def resolve_engine(
    engine: EngineChoice = "auto",
    *,
    config: LLMConfig | None = None,
    provider: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    concurrency: int = 4,
    use_cache: bool = True,
) -> tuple[EngineName, LLMConfig | None]:
    """Which engine runs, and the LLM configuration it uses.

    ``"auto"`` picks the LLM when an endpoint is configured (:meth:`LLMConfig.from_env` succeeds,
    or ``config`` is given), else the rules engine; ``"llm"`` raises :class:`ConfigError` when no
    endpoint is configured. A given ``config`` is used as is (the other LLM options are ignored).
    """
    if engine not in ("auto", "llm", "rules"):
        raise ConfigError(f"unknown engine {engine!r}; choose auto, llm or rules")
    if engine == "rules":
        return "rules", None
    if config is None:
        try:
            config = LLMConfig.from_env(
                provider=provider, model=model, base_url=base_url, api_key=api_key,
                concurrency=concurrency, use_cache=use_cache,
            )  # fmt: skip
        except ConfigError:
            if engine == "llm":
                raise
            logger.info("engine auto: no LLM endpoint configured, using the rules engine")
            return "rules", None
    logger.info("engine %s: using the LLM %s", engine, config)
    return "llm", config


def load_reports(source: Source | Sequence[Source]) -> list[Document]:
    """Every report of every source, in order (a compilation gives several)."""
    sources: list[Source] = (
        [source] if isinstance(source, (str, bytes, os.PathLike, Document)) else list(source)
    )
    return [
        report
        for one in sources
        for report in split_reports(one if isinstance(one, Document) else load(one))
    ]


async def _gather_all(awaitables: Iterable[Awaitable[T]]) -> list[T]:
    """Run concurrently and keep order; on the first failure, cancel the rest and raise it."""
    tasks = [asyncio.ensure_future(a) for a in awaitables]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


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


def _summary(
    doc: Document,
    merged: Merged,
    reduction: Reduction,
    *,
    engine: EngineName,
    language: str,
    model: str | None = None,
    usage: UsageReport | None = None,
) -> ReportSummary:
    """Assemble the public summary of one report."""
    return ReportSummary(
        region=doc.region,
        year=doc.year,
        title=doc.title,
        doc_type=doc.doc_type.value,
        source=SourceSpan(path=doc.path, start=doc.start, end=doc.end),
        language=language,
        overview=reduction.overview,
        overview_evidence=reduction.overview_evidence,
        sections=reduction.sections,
        results=merged.results,
        targets=merged.targets,
        qualitative_targets=merged.qualitative_targets,
        priorities=merged.priorities,
        engine=engine,
        model=model,
        usage=usage or UsageReport(),
        warnings=merged.warnings + reduction.warnings,
    )


def rules_summary(doc: Document) -> ReportSummary:
    """The rules engine on one report: deterministic notes, grounded, merged, extractive prose."""
    notes = extract_notes(doc)
    grounded = ground_notes(notes, doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    return _summary(doc, merge_parts([grounded]), extractive_reduce(doc), engine="rules", language="zh")


@dataclass
class _LLMRun:
    """One batch of reports through one client."""

    client: LLMClient
    language: str
    max_tokens_per_chunk: int
    progress: _Progress
    counter: TokenCounter = field(default_factory=token_counter)

    async def run(self, docs: Sequence[Document], jobs: Sequence[Job]) -> list[ReportSummary]:
        """Every job's call starts at once (the client bounds how many are in flight); each
        report is reduced as soon as the jobs serving it are done."""
        calls = [asyncio.ensure_future(self.extract(job)) for job in jobs]
        try:
            return await _gather_all(self.report(i, doc, jobs, calls) for i, doc in enumerate(docs))
        finally:
            for call in calls:
                call.cancel()
            await asyncio.gather(*calls, return_exceptions=True)

    async def extract(self, job: Job) -> list[ChunkExtraction]:
        """One job's call, as each member's share of it."""
        first = job.members[0].doc
        result = await aextract_chunk(
            self.client, job.doc, job.piece, language=self.language, budget_key=_budget_key(first),
            context=job.context,
        )  # fmt: skip
        self.progress.step()
        return job.share(result)

    async def report(
        self,
        index: int,
        doc: Document,
        jobs: Sequence[Job],
        calls: Sequence[Awaitable[list[ChunkExtraction]]],
    ) -> ReportSummary:
        """Ground, merge and reduce the ``index``-th report once the calls serving it are done."""
        extraction = ChunkExtraction()
        for job, call in zip(jobs, calls):
            member = job.serves(index)
            if member is not None:
                extraction.add((await call)[member])
        grounded = [_ground(doc, piece, notes) for piece, notes in extraction.parts]
        merged = merge_parts(grounded, extraction.warnings)
        reduction = await areduce_llm(
            self.client, doc, parse_sections(doc), extraction.parts, merged,
            language=self.language, budget=2 * self.max_tokens_per_chunk,
            counter=self.counter, budget_key=_budget_key(doc),
        )  # fmt: skip
        self.progress.step()
        usages = extraction.usages + reduction.usages
        usage = functools.reduce(operator.add, usages, Usage.empty(self.client.config.price))
        return _summary(
            doc, merged, reduction, engine="llm", language=self.language,
            model=self.client.config.model, usage=usage.to_report(),
        )  # fmt: skip


def _budget_key(doc: Document) -> str:
    return f"{doc.path or '<text>'}#{doc.start}"


def _ground(doc: Document, piece: Chunk, notes: ChunkNotes) -> Grounded:
    return ground_notes(notes, doc, start=piece.start, end=piece.end, default_year=doc.plan_year)


async def asummarize(
    source: Source | Sequence[Source],
    *,
    engine: EngineChoice = "auto",
    model: str | None = None,
    provider: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    language: str = "zh",
    max_tokens_per_chunk: int | None = None,
    concurrency: int = 4,
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
    config: LLMConfig | None = None,
) -> list[ReportSummary]:
    """Summarise every report in ``source`` (a path, text, bytes, Document, or a list of them).

    Returns one :class:`ReportSummary` per report, in input order. See :func:`resolve_engine`
    for how ``engine="auto"`` chooses. Raises :class:`~summarizer.errors.InputError` for an
    unreadable input, :class:`ConfigError` for a bad configuration and
    :class:`~summarizer.errors.AuthError` when the endpoint refuses the key, or
    :class:`~summarizer.errors.UnreachableError` when it cannot be reached at all (the whole
    batch stops); any other failure of a model call is reported in the summary's ``warnings``.
    ``max_tokens_per_chunk`` defaults to the endpoint's :attr:`LLMConfig.chunk_tokens` (4096 for
    hosted APIs, 2048 for local servers).
    """
    language_rule(language)  # an unsupported language is a ConfigError before any work
    if max_tokens_per_chunk is not None and max_tokens_per_chunk < _MIN_CHUNK_TOKENS:
        raise ConfigError(f"max_tokens_per_chunk must be at least {_MIN_CHUNK_TOKENS}")
    chosen, llm_config = resolve_engine(
        engine, config=config, provider=provider, model=model, base_url=base_url,
        api_key=api_key, concurrency=concurrency, use_cache=use_cache,
    )  # fmt: skip
    docs = load_reports(source)
    if chosen == "rules" or llm_config is None:
        if language != "zh":
            logger.warning("the rules engine quotes the report; language=%r is ignored", language)
        steps = _Progress(len(docs), progress)
        summaries = []
        for doc in docs:
            summaries.append(rules_summary(doc))
            steps.step()
        return summaries
    chunk_tokens = max_tokens_per_chunk or llm_config.chunk_tokens
    counter = token_counter()
    jobs = plan_jobs([(doc, chunk(doc, chunk_tokens)) for doc in docs], chunk_tokens, counter)
    steps = _Progress(len(jobs) + len(docs), progress)
    async with LLMClient(llm_config) as client:
        return await _LLMRun(client, language, chunk_tokens, steps, counter).run(docs, jobs)


summarize = blocking(asummarize)
summarize.__name__ = summarize.__qualname__ = "summarize"
summarize.__doc__ = """Blocking :func:`asummarize` (same arguments, same result).

Summarise every report in ``source`` (a path, text, bytes, Document, or a list of them) and
return one :class:`ReportSummary` per report, in input order. In async code (or a notebook with
a running event loop) use ``await asummarize(...)`` instead.
"""
