"""Re-quoting: a figure whose quote misses it is quoted again from where the chunk writes it.

Small models get the indicator and the number right and quote the wrong sentence: Qwen2.5-1.5B
gave 林分改造 3.74 the quote ``实施绿美茂名生态建设“六大行动”,推深做实林长制。`` (the sentence before
``林分改造3.74万亩``), or quoted ``地方一般公共预算收入增长8%左右`` where the report says ``增长8%``.
Grounding drops such a claim (the number is not in the quote, or the quote is not in the source).
When the chunk writes the claimed indicator, word for word, followed in the same clause by the
claimed number (in the same sentence by a result's level and change), and does so in one place
only, that clause is the quote: the claim is kept with
it, and grounding checks it like any other. A table's row is quoted so too: a claim whose name
and numbers are one row's figure (:mod:`summarizer.zh.tables`; the model wrote ``粮食产量143972吨``
for ``粮食 | 143972 | 2.1``) takes that row as its quote. Anything less certain is left to
grounding to drop.
"""

from __future__ import annotations

import re
from typing import TypeVar

from ...ingest import Document
from ...ingest.script import reading_of
from ...notes import ChunkNotes, ResultNote, TargetNote
from ...text.chunking import Chunk
from ...text.quotes import locate
from ...zh.numbers import find_quantities
from ...zh.tables import figures_named

__all__ = ["requoted"]

N = TypeVar("N", TargetNote, ResultNote)

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_END = re.compile(r"[。；;！？!?,，\n]")
_REACH = 32  # characters after the indicator in which its numbers must come


def requoted(notes: ChunkNotes, doc: Document, piece: Chunk) -> tuple[ChunkNotes, int]:
    """The notes with quotes that miss their number replaced where the chunk is certain, and how
    many were."""
    targets = [_fixed(t, (t.value,), doc, piece) for t in notes.targets]
    results = [_fixed(r, (r.value, r.change), doc, piece) for r in notes.results]
    count = sum(a is not b for a, b in zip(notes.targets, targets))
    count += sum(a is not b for a, b in zip(notes.results, results))
    return notes.model_copy(update={"targets": targets, "results": results}), count


def _fixed(note: N, numbers: tuple[float | None, ...], doc: Document, piece: Chunk) -> N:
    claimed = [n for n in numbers if n is not None]
    if not claimed or not note.indicator.strip():
        return note
    found = locate(note.evidence, doc.text, [(piece.start, piece.end)])
    if found is not None and all(_holds(found.text, n) for n in claimed):
        return note  # the quote is there and holds the numbers
    row = _table_row(note.indicator, claimed, doc, piece)
    if row is not None:
        return note.model_copy(update={"evidence": row})
    places = {_clause(doc.text, at, note.indicator, claimed, piece.end) for at in _starts(doc.text, note.indicator, piece)}
    places.discard(None)
    return note.model_copy(update={"evidence": places.pop()}) if len(places) == 1 else note


def _table_row(name: str, numbers: list[float], doc: Document, piece: Chunk) -> str | None:
    """The row of a table in the chunk (:mod:`summarizer.zh.tables`) whose figure the claim is (its
    name and numbers), when exactly one is: small models quote a row as a sentence of their own
    (粮食产量143972吨 for ``粮食 | 143972 | 2.1``)."""
    source = reading_of(doc.text)
    rows = set()
    for f in figures_named(source.text, name):  # (as grounding reads them)
        start, end = source.source_span(f.start, f.end)
        cells = [abs(x) for x in (f.value, f.change) if x is not None]
        if piece.start <= start and end <= piece.end and all(abs(n) in cells for n in numbers):
            rows.add(doc.text[start:end])
    return rows.pop() if len(rows) == 1 else None


def _starts(text: str, name: str, piece: Chunk) -> list[int]:
    out, at = [], text.find(name, piece.start, piece.end)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + 1, piece.end)
    return out


def _clause(text: str, at: int, name: str, numbers: list[float], end: int) -> str | None:
    """From the indicator at ``at`` to the last claimed number within reach: in its clause for
    one number, in its sentence for a level and its change (地方财政收入21.1亿元,增长94.4%)."""
    limit = min(end, at + len(name) + _REACH)
    stop = (_CLAUSE_END if len(numbers) == 1 else _SENTENCE_END).search(text, at, limit)
    window = text[at : stop.start() if stop else limit]
    quantities = find_quantities(window)
    ends = [next((q.end for q in quantities if q.value == n), None) for n in numbers]
    if any(e is None for e in ends):
        return None
    return window[: max(e for e in ends if e is not None)]


def _holds(quote: str, number: float) -> bool:
    return any(q.value == number for q in find_quantities(quote))
