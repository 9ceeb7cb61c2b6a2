"""The LLM extraction engine: one structured call per chunk → :class:`ChunkNotes`.

Each chunk is sent with its report's title, region, years and section path (``prompts/extract.md``).
The prompt's sha256 is the call's ``prompt_version``, so editing the prompt invalidates the cache.
The answer may take at most :func:`output_cap` tokens, in proportion to the chunk: an answer far
longer than its chunk could justify is a model going on, and is cut off like any other.

What comes back is checked before grounding sees it: items the answer model's validation
dropped are counted in an ``invalid_items`` warning; notes that copy the prompt's worked example
are dropped with an ``example_copied`` warning (the example is fictional, so a copy could not
ground anyway; this makes sure of it); quotes that miss their figure are replaced by the clause
where the chunk writes the indicator with it, when there is one such clause (:mod:`.requote`,
``requoted``); indicators the model wrote as phrases with their numbers
are cut to the names their quotes give the numbers (:mod:`.names`, ``indicators_renamed``); and
targets and results filed under the wrong list are placed by where the report puts their quotes
(:mod:`.placement`, ``items_moved``).

Failures are contained per chunk:

- a truncated answer (:class:`TruncatedOutputError`: the token limit, or a runaway the transport
  stopped) means the chunk holds more items than one answer can carry, and
  :class:`InputTooLongError` that the prompt does not fit the model's context: either way the
  chunk is re-chunked with half the token budget and each piece retried, at most ``max_splits``
  levels deep (the LLM layer caches the truncation itself, so a re-run reaches the same split
  without a call). A piece that cannot be split further keeps the complete items of its cut
  answer, with a ``chunk_truncated`` warning;
- an error that dooms the whole batch (:meth:`LLMClient.aborts_batch`: a refused key or balance,
  an endpoint never reached) is re-raised;
- any other :class:`LLMError` (or a token ceiling) becomes a ``chunk_failed`` warning with the
  chunk's span, and the rest of the report carries on.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import re
from dataclasses import replace

from ...errors import BudgetExceededError, InputTooLongError, LLMError, TruncatedOutputError
from ...ingest import Document
from ...llm import LLMClient
from ...llm.structured import Dropped, salvage_partial
from ...llm.usage import error_usages
from ...models import SummaryWarning
from ...notes import ChunkNotes
from ...text.chunking import Chunk, chunk
from ..base import Extraction
from .names import named
from .placement import placed
from .requote import requoted
from .prompts import Prompt, language_rule, load_prompt

__all__ = [
    "chunk_context",
    "build_messages",
    "split_chunk",
    "output_cap",
    "NOTE_BOUNDS",
    "without_example_copies",
    "aextract_chunk",
]

_PROMPT = "extract"
_MIN_SPLIT_TOKENS = 64  # a half smaller than this is not worth a call of its own


def _heading(title: str) -> str:
    """A heading cut to its first clause (at most 16 characters): enough to say where we are."""
    return re.split(r"[,，。;；:：]", title, maxsplit=1)[0][:16]


def chunk_context(doc: Document, piece: Chunk) -> str:
    """The short context sent with a chunk: which report, which target year, which section.

    The target year is left out when it is the only year in the title (2023年XX市政府工作报告);
    of the section path, the outermost heading (review or plan?) and the innermost are kept.
    """
    title = doc.title or "(无标题)"
    path = [_heading(h) for h in piece.section_path]
    fields = [
        title,
        f"地区:{doc.region}" if doc.region and doc.region not in title else "",
        f"目标年份:{doc.plan_year}"
        if doc.plan_year and re.findall(r"(?:19|20)\d\d", title) != [str(doc.plan_year)]
        else "",
        f"小节:{' > '.join(path if len(path) <= 2 else (path[0], path[-1]))}" if path else "",
    ]
    return ";".join(f for f in fields if f)


def build_messages(
    doc: Document, piece: Chunk, *, language: str = "zh", context: str | None = None
) -> list[dict[str, str]]:
    """The chat messages for one chunk (``prompts/extract.md``); ``context`` replaces the
    :func:`chunk_context` line (a packed chunk of several reports says so instead)."""
    return load_prompt(_PROMPT).messages(
        context=context or chunk_context(doc, piece), chunk=piece.text, language_rule=language_rule(language)
    )


def split_chunk(doc: Document, piece: Chunk) -> list[Chunk]:
    """Cut ``piece`` in two at a good boundary (offsets stay absolute in ``doc.text``).

    The chunker re-cuts the span with half the token budget, so the cut falls on a sentence or
    clause boundary; of its boundaries, the one that best balances the two halves' tokens wins.
    Returns ``[]`` when the chunk is too small to split or has no boundary inside.
    """
    if piece.n_tokens < 2 * _MIN_SPLIT_TOKENS:
        return []
    pieces = chunk(doc.text[piece.start : piece.end], max_tokens=math.ceil(piece.n_tokens / 2))
    if len(pieces) < 2:
        return []
    before = list(itertools.accumulate(p.n_tokens for p in pieces))
    total = before[-1]
    cut = min(range(1, len(pieces)), key=lambda i: abs(total - 2 * before[i - 1]))
    bounds = [(piece.start, piece.start + pieces[cut].start), (piece.start + pieces[cut].start, piece.end)]
    tokens = [before[cut - 1], total - before[cut - 1]]
    return [
        replace(piece, start=a, end=b, text=doc.text[a:b], n_tokens=n)
        for (a, b), n in zip(bounds, tokens)
    ]


NOTE_BOUNDS = {
    "summary": 40, "title": 30, "evidence": 60, "indicator": 24, "text": 50,
    "sections": 8, "results": 12, "targets": 16, "qualitative_targets": 6, "priorities": 8,
}  # fmt: skip
"""Length limits of an extraction answer that a grammar-decoding local server holds the model to
(characters of each string, items of each list): the prompt asks for a 30-character summary and a
quote of at most 40, but Qwen2.5-1.5B copies whole paragraphs into both, at two tokens a second
on a busy CPU. Generous beside what the prompt asks; never checked on the answer."""


def output_cap(chunk_tokens: int, limit: int) -> int:
    """The answer tokens a chunk of ``chunk_tokens`` may take: 1,024 and one per source token, at
    most ``limit``. A short headline passage needs three or four answer tokens a source token (a
    target is ~45 tokens of JSON for ~12 of text), a whole plan chunk about 0.7 (38 targets in
    4,096 tokens): an answer past this is a model going on, and is split like any truncation."""
    return min(limit, 1024 + chunk_tokens)


def _warning(code: str, piece: Chunk, message: str) -> SummaryWarning:
    return SummaryWarning(code=code, message=message, start=piece.start, end=piece.end)


def _failed(piece: Chunk, exc: Exception) -> SummaryWarning:
    message = f"chunk [{piece.start}, {piece.end}) was not extracted: {type(exc).__name__}: {exc}"
    return _warning("chunk_failed", piece, message)


def _invalid(piece: Chunk, dropped: tuple[Dropped, ...]) -> list[SummaryWarning]:
    """One warning for the items validation dropped from the answer, counted by field and reason."""
    lost = [d for d in dropped if d.reason != "cut off"]
    if not lost:
        return []
    count = sum(d.count for d in lost)
    why = "; ".join(f"{d.count} {d.field} ({d.reason})" for d in lost)
    return [_warning("invalid_items", piece, f"{count} item(s) of the model's answer were invalid and dropped: {why}")]


def without_example_copies(notes: ChunkNotes, prompt: Prompt) -> tuple[ChunkNotes, int]:
    """The notes without those whose quote repeats the prompt's worked example, and how many
    were dropped."""
    kept = {
        "results": [n for n in notes.results if not prompt.copies_example(n.evidence)],
        "targets": [n for n in notes.targets if not prompt.copies_example(n.evidence)],
        "qualitative_targets": [n for n in notes.qualitative_targets if not prompt.copies_example(n.evidence)],
        "priorities": [n for n in notes.priorities if not prompt.copies_example(n.evidence)],
        "sections": [n for n in notes.sections if not prompt.copies_example(n.summary)],
    }
    clean = notes.model_copy(update=kept)
    return clean, _count(notes) - _count(clean)


def _checked(
    notes: ChunkNotes, dropped: tuple[Dropped, ...], doc: Document, piece: Chunk, packed: bool
) -> tuple[ChunkNotes, list[SummaryWarning]]:
    """The answer without example copies, each figure in the list its place in the report says
    (not for a chunk shared by several reports), and warnings for everything left out or moved."""
    notes, copied = without_example_copies(notes, load_prompt(_PROMPT))
    warnings = _invalid(piece, dropped)
    if copied:
        warnings.append(_warning("example_copied", piece, f"{copied} item(s) copying the prompt's worked example were dropped"))
    notes, requotes = requoted(notes, doc, piece)
    if requotes:
        warnings.append(_warning("requoted", piece, f"{requotes} quote(s) that missed their figure were replaced by "
                                 "the clause where the chunk writes the indicator with it"))
    notes, renamed = named(notes)
    if renamed:
        warnings.append(_warning("indicators_renamed", piece, f"{renamed} indicator(s) the model wrote as a "
                                 "phrase with its numbers were cut to the name the quote gives the number"))
    if not packed:
        notes, moves = placed(notes, doc, piece)
        if moves.total:
            warnings.append(_warning("items_moved", piece, moves.describe()))
    return notes, warnings


def _count(notes: ChunkNotes) -> int:
    return sum(len(getattr(notes, name)) for name in ChunkNotes.model_fields)


def _leftovers(doc: Document, piece: Chunk, exc: Exception, packed: bool) -> Extraction:
    """What a piece that cannot be split further still gives: the complete items of its cut
    answer (with a ``chunk_truncated`` warning), else a ``chunk_failed`` warning."""
    raw = exc.raw_output if isinstance(exc, TruncatedOutputError) else None
    salvaged = salvage_partial(raw, ChunkNotes) if raw else None
    kept = salvaged.value if salvaged is not None else ChunkNotes.empty()
    count = _count(kept)
    if salvaged is None or not count:
        return Extraction(warnings=[_failed(piece, exc)])
    notes, warnings = _checked(kept, salvaged.dropped, doc, piece, packed)
    message = (f"chunk [{piece.start}, {piece.end}) was only partly extracted ({exc}); kept the {count} "
               "complete item(s) of the answer so far, the rest of the chunk may hold more")  # fmt: skip
    return Extraction(parts=[(piece, notes)], warnings=[_warning("chunk_truncated", piece, message), *warnings])


async def aextract_chunk(
    client: LLMClient,
    doc: Document,
    piece: Chunk,
    *,
    language: str = "zh",
    max_splits: int = 2,
    budget_key: str | None = None,
    context: str | None = None,
) -> Extraction:
    """Extract one chunk; split and retry when it is too much for one call; contain every
    failure but those that abort the batch. ``context`` replaces the chunk's context line, in
    the halves of a split too."""
    try:
        result = await client.astructured(
            build_messages(doc, piece, language=language, context=context),
            ChunkNotes,
            prompt_version=load_prompt(_PROMPT).sha256,
            max_output_tokens=output_cap(piece.n_tokens, client.config.max_output_tokens),
            budget_key=budget_key,
            bounds=NOTE_BOUNDS,
        )
    except (TruncatedOutputError, InputTooLongError) as exc:
        halves = split_chunk(doc, piece) if max_splits > 0 else []
        out = Extraction(usages=error_usages(exc))
        if not halves:
            out.add(_leftovers(doc, piece, exc, context is not None))
        for sub in await asyncio.gather(
            *(aextract_chunk(client, doc, h, language=language, max_splits=max_splits - 1,
                             budget_key=budget_key, context=context) for h in halves)
        ):  # fmt: skip
            out.add(sub)
        return out
    except (LLMError, BudgetExceededError) as exc:
        if client.aborts_batch(exc):
            raise
        return Extraction(warnings=[_failed(piece, exc)], usages=error_usages(exc))
    notes, warnings = _checked(result.value, result.dropped, doc, piece, context is not None)
    return Extraction(parts=[(piece, notes)], warnings=warnings, usages=[result.usage])
