"""Grounding: turn an engine's notes into trusted items, each with verbatim evidence.

For every note, the evidence quote is located in the source (first inside the chunk, then anywhere
in the document's span). A quote that differs from the source only by whitespace, the width of
``,;:()!?``, digits and ``%``, or the kind of dash (``6.5-7%`` for ``6.5—7%``) still matches, and the evidence is then the *source's* characters at their
exact offsets, so ``doc.text[e.start:e.end] == e.text`` always holds.

Numbers are never taken from the claim: value, range, unit, qualifier, kind and direction come from
:func:`summarizer.numbers.find_quantities` run on the located evidence. The claim only says *which*
number it means; a note whose quote is not found, or whose number is not in its quote, is dropped
with a :class:`~summarizer.models.SummaryWarning`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from summarizer.documents import Document
from summarizer.extract.notes import (
    ChunkNotes,
    PriorityNote,
    QualitativeNote,
    ResultNote,
    TargetNote,
)
from summarizer.indicators import (
    aliases_of,
    canonical_indicator,
    indicator_for,
    normalize_name,
    target_kind,
)
from summarizer.models import (
    Evidence,
    Priority,
    QualitativeTarget,
    Result,
    SummaryWarning,
    Target,
)
from summarizer.numbers import RATE_UNITS, Quantity, find_quantities, normalize_width

__all__ = ["Grounded", "ground_notes", "locate"]

# Width and look-alike variants a model tends to "correct" when it copies a quote.
_WIDTH_PUNCT = str.maketrans(",;:()!?\"“”—－–~～", "，；：（）！？＂＂＂-----")


@dataclass(frozen=True)
class Grounded:
    """The notes of one chunk that survived grounding, and why the others did not."""

    targets: list[Target] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    qualitative_targets: list[QualitativeTarget] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)
    warnings: list[SummaryWarning] = field(default_factory=list)


def _fold(ch: str) -> str:
    return normalize_width(ch).translate(_WIDTH_PUNCT)


def _folded(text: str, lo: int, hi: int) -> tuple[str, list[int]]:
    """``text[lo:hi]`` without whitespace and width differences, with each kept char's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    for i in range(lo, hi):
        if not text[i].isspace():
            chars.append(_fold(text[i]))
            offsets.append(i)
    return "".join(chars), offsets


def locate(quote: str, text: str, spans: list[tuple[int, int]]) -> Evidence | None:
    """Find ``quote`` in ``text``, trying each ``[lo, hi)`` span in turn; exact before tolerant."""
    quote = quote.strip()
    if not quote:
        return None
    for lo, hi in spans:
        at = text.find(quote, lo, hi)
        if at >= 0:
            return Evidence(text=quote, start=at, end=at + len(quote))
    needle = "".join(_fold(c) for c in quote if not c.isspace())
    for lo, hi in spans:
        hay, offsets = _folded(text, lo, hi)
        at = hay.find(needle)
        if at >= 0:
            start, end = offsets[at], offsets[at + len(needle) - 1] + 1
            return Evidence(text=text[start:end], start=start, end=end)
    return None


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=0, abs_tol=1e-9)


def _indicator(claim: str, quote: str, quantities: list[Quantity], index: int) -> str:
    """The claim's name if the quote has it (or a spelling of it); else the quote's own words."""
    folded = normalize_name(quote)
    if normalize_name(claim) and normalize_name(claim) in folded:
        return claim
    derived = indicator_for(quote, quantities, index)
    if derived and canonical_indicator(derived) == canonical_indicator(claim):
        return derived
    spelled = [a for a in aliases_of(claim) if normalize_name(a) in folded]
    if spelled:
        return max(spelled, key=len)
    return derived or claim


def _pick(candidates: list[int], claim: str, quote: str, quantities: list[Quantity]) -> int:
    """Among equal numbers, prefer the one whose own indicator is the claimed one."""
    wanted = canonical_indicator(claim)
    for i in candidates:
        if canonical_indicator(indicator_for(quote, quantities, i)) == wanted:
            return i
    return candidates[0]


class _Grounder:
    def __init__(self, doc: Document, start: int, end: int, default_year: int | None) -> None:
        self.doc = doc
        self.spans = [(start, end), (doc.start, doc.end)]
        self.chunk = (start, end)
        self.default_year = default_year
        self.out = Grounded()

    def _warn(self, code: str, message: str) -> None:
        self.out.warnings.append(
            SummaryWarning(code=code, message=message, start=self.chunk[0], end=self.chunk[1])
        )

    def _evidence(self, quote: str, what: str) -> Evidence | None:
        found = locate(quote, self.doc.text, self.spans)
        if found is None:
            self._warn("evidence_not_found", f"{what}: quote not found in the source: {quote[:60]!r}")
        return found

    def target(self, note: TargetNote) -> None:
        what = f"target {note.indicator} {note.value:g}"
        ev = self._evidence(note.evidence, what)
        if ev is None:
            return
        qs = find_quantities(ev.text)
        hits = [
            i
            for i, q in enumerate(qs)
            if _same(q.value, note.value)
            and (note.value_max is None or _same(q.value_max, note.value_max))
        ]
        if not hits:
            self._warn("number_not_in_evidence", f"{what}: number not in its evidence {ev.text!r}")
            return
        i = _pick(hits, note.indicator, ev.text, qs)
        q = qs[i]
        indicator = _indicator(note.indicator, ev.text, qs, i)
        canonical = canonical_indicator(indicator)
        self.out.targets.append(
            Target(
                indicator=indicator,
                canonical_indicator=canonical,
                value=q.value,
                value_max=q.value_max,
                unit=q.unit,
                qualifier=q.qualifier,
                kind=target_kind(canonical, q),
                direction=q.direction,
                year=note.year or self.default_year,
                headline=note.headline,
                evidence=ev,
            )
        )

    def result(self, note: ResultNote) -> None:
        what = f"result {note.indicator} {note.value} / {note.change}"
        ev = self._evidence(note.evidence, what)
        if ev is None:
            return
        qs = find_quantities(ev.text)
        change = self._find(qs, note.change, lambda q: q.unit in RATE_UNITS, taken=None)
        value = self._find(qs, note.value, lambda q: True, taken=change)
        missing = (note.change is not None and change is None) or (
            note.value is not None and value is None
        )
        if missing or (change is None and value is None):
            self._warn("number_not_in_evidence", f"{what}: number not in its evidence {ev.text!r}")
            return
        anchor = next(i for i in (value, change) if i is not None)
        indicator = _indicator(note.indicator, ev.text, qs, anchor)
        self.out.results.append(
            Result(
                indicator=indicator,
                canonical_indicator=canonical_indicator(indicator),
                value=qs[value].value if value is not None else None,
                unit=qs[value].unit if value is not None else "",
                change=qs[change].value if change is not None else None,
                change_unit=qs[change].unit if change is not None else "",
                direction=qs[change].direction if change is not None else "",
                period=note.period,
                evidence=ev,
            )
        )

    @staticmethod
    def _find(
        qs: list[Quantity], number: float | None, ok: Callable[[Quantity], bool], taken: int | None
    ) -> int | None:
        if number is None:
            return None
        hits = [i for i, q in enumerate(qs) if _same(q.value, number) and ok(q) and i != taken]
        return hits[0] if hits else None

    def qualitative(self, note: QualitativeNote) -> None:
        ev = self._evidence(note.evidence, f"qualitative target {note.text[:30]}")
        if ev is not None:
            self.out.qualitative_targets.append(
                QualitativeTarget(
                    text=note.text, year=self.default_year, headline=note.headline, evidence=ev
                )
            )

    def priority(self, note: PriorityNote) -> None:
        ev = self._evidence(note.evidence, f"priority {note.title[:30]}")
        if ev is not None:
            self.out.priorities.append(Priority(title=note.title, evidence=ev))


def ground_notes(
    notes: ChunkNotes,
    doc: Document,
    *,
    start: int,
    end: int,
    default_year: int | None = None,
) -> Grounded:
    """Ground one chunk's notes: locate every quote, re-parse every number, drop what fails."""
    g = _Grounder(doc, start, end, default_year)
    for t in notes.targets:
        g.target(t)
    for r in notes.results:
        g.result(r)
    for q in notes.qualitative_targets:
        g.qualitative(q)
    for p in notes.priorities:
        g.priority(p)
    return g.out
