"""Grounding: turn an engine's notes into trusted items, each with verbatim evidence.

For every note, the evidence quote is located in the source (first inside the chunk, then anywhere
in the document's span). A quote that differs from the source only by whitespace, the width of
``,;:()!?``, digits and ``%``, or the kind of dash (``6.5-7%`` for ``6.5—7%``) still matches, and
the evidence is then the *source's* characters at their exact offsets, so
``doc.text[e.start:e.end] == e.text`` always holds.

Numbers are never taken from the claim: value, range, unit, qualifier, kind and direction come from
:func:`summarizer.numbers.find_quantities` run on the located evidence, and so does a result's split
into level and change (a claimed value the quote gives as 增长5.2% is the change). The claim only says
*which* number it means, and *whose* it is: the quote must give that number to the claimed indicator, as
read by :func:`summarizer.zh.naming.name_numbers` (地区生产总值增长7%左右,规上工业增加值增长8%左右
does not support 地区生产总值 8%) and judged by :mod:`summarizer.zh.claims`. When
the number occurs several times, the occurrence the quote gives to the claimed indicator is used.
The item's ``indicator`` is then the quote's own name for it, its ``canonical_indicator`` that
name's entry in the alias table.

A note whose quote is not found (``evidence_not_found``), whose number is not in its quote
(``number_not_in_evidence``) or whose quote gives the number to another indicator, or names none
(``indicator_mismatch``), is dropped with a :class:`~summarizer.models.SummaryWarning`.
"""

from __future__ import annotations

import math
from typing import cast

from ..ingest import Document
from ..ingest.script import Reading, fold_script, reading_of, without_readings
from ..notes import (
    ChunkNotes,
    PriorityNote,
    QualitativeNote,
    ResultNote,
    TargetNote,
)
from ..zh.claims import exact_name, supported_name
from ..zh.indicators import canonical_indicator, target_kind
from ..zh.naming import name_numbers
from ..models import (
    Direction,
    Evidence,
    Findings,
    Priority,
    QualitativeTarget,
    Result,
    SummaryWarning,
    Target,
)
from ..zh.numbers import RATE_UNITS, Quantity, find_quantities
from ..zh.tables import TableFigure, figures_named, without_bars
from ..text.quotes import locate

__all__ = ["ground_notes"]

def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=0, abs_tol=1e-9)


_Pick = tuple[int | None, ...]  # indexes into the quote's quantities of the claimed numbers


class _Attribution:
    """Which indicator a quote gives each of its numbers to, and whether a claim agrees."""

    def __init__(self, quote: str, qs: list[Quantity]) -> None:
        self.quote, self.qs = quote, qs
        self.namings = name_numbers(quote, qs)

    def _agree(self, claim: str, i: int, loose: bool) -> str | None:
        """The quote's name for the claim if it gives the ``i``-th number to it (or, for a change
        shared by a list of levels, to one of them)."""
        for k in (i, *self.namings[i].shared):
            found = supported_name(claim, self.namings[k]) if loose else exact_name(claim, self.namings[k].name)
            if found is not None:
                return found
        return None

    def _name(self, claim: str, pick: _Pick, loose: bool) -> str | None:
        """The quote's name for the claimed indicator if it gives every picked number to it."""
        names = [self._agree(claim, i, loose) for i in pick if i is not None]
        if any(name is None for name in names):
            return None
        return next((name for name in names if name), "")

    def choose(self, claim: str, picks: list[_Pick]) -> tuple[_Pick, str] | None:
        """The first pick the quote gives to the claimed indicator by name; else, if the quote
        gives no number to it by name, the first it gives to a looser spelling of it."""
        for loose in (False, True):
            if loose and any(exact_name(claim, n.name) is not None for n in self.namings):
                return None  # 旅游总收入270亿元,乡村旅游总收入增长15%: 旅游总收入 is not 15%
            for pick in picks:
                name = self._name(claim, pick, loose)
                if name is not None:
                    return pick, name
        return None

    def explain(self, claim: str, pick: _Pick) -> str:
        """What the quote says instead: ``the quote gives 8%左右 to 规模以上工业增加值``."""
        wrong = [i for i in pick if i is not None and self._name(claim, (i,), True) is None]
        i = (wrong or [j for j in pick if j is not None])[0]
        q, found = self.qs[i], self.namings[i].name
        said = f"the quote gives {self.quote[q.start : q.end]} to {found or 'no indicator it names'}"
        exact = [j for j, n in enumerate(self.namings) if exact_name(claim, n.name) is not None and j not in pick]
        if exact:
            j = exact[0]
            said += f" ({self.namings[j].name} is {self.quote[self.qs[j].start : self.qs[j].end]})"
        return said


def _hits(qs: list[Quantity], number: float | None) -> list[int | None]:
    """Where a claimed number occurs (``[None]`` when nothing was claimed, ``[]`` when it is absent);
    which of them is the level and which the change, the quote says (:func:`_roles`)."""
    if number is None:
        return [None]
    return [i for i, q in enumerate(qs) if _same(q.value, number)]


def _as_written(name: str, view: Reading, quote: str) -> str:
    """The quote's own characters for a name read on its reading (國內生產總值, not 国内生产总值;
    財政 of 財(cái)政), also for a name the quote does not write in one piece (城鎮… of 城鎮、農村…)
    or in its order (重點項目完成投資 of 完成重點項目投資)."""
    at = view.text.find(name) if name else -1
    if at >= 0:
        start, end = view.source_span(at, at + len(name))
        return without_readings(quote[start:end])
    # each character where the quote writes it, in order where it can be (城鎮居民… of 城鎮、農村居民…),
    # else where it is (a word the name puts elsewhere); a character the quote lacks stays as read
    written, pos = [], 0
    for ch in name:
        found = view.text.find(ch, pos)
        found = found if found >= 0 else view.text.find(ch)
        if found < 0:
            written.append(ch)
            continue
        start, end = view.source_span(found, found + 1)
        written.append(without_readings(quote[start:end]))
        pos = found + 1
    return "".join(written)


def _direction(qs: list[Quantity], value: int | None, change: int | None) -> Direction:
    """The change's direction; without a change, a level reached by a rise or fall has its
    direction (占比提高到41.9%), a plain level or a comparison none."""
    if change is not None:
        return qs[change].direction
    if value is not None and qs[value].kind == "level":
        return qs[value].direction
    return ""


def _roles(qs: list[Quantity], value: int | None, change: int | None) -> _Pick | None:
    """The claimed numbers as the quote's level and change: a model may give 增长5.2% as the
    value or 326.3亿元 as the change, and the quote's words decide (a gap, 高于全国0.9个百分点,
    may be either, as the claim says); ``None`` when the change is not a rate."""
    kind = [qs[i].kind if i is not None else None for i in (value, change)]
    if kind[0] == "growth" and kind[1] in (None, "level"):
        value, change = change, value
    elif kind == [None, "level"]:
        value, change = change, None
    if change is not None and qs[change].unit not in RATE_UNITS:
        return None
    return value, change


def _unit_as_written(q: Quantity, view: Reading, quote: str) -> str:
    """The quote's own characters for a quantity's unit (萬人 in a traditional report, where the
    parser reads 万人); a unit written once for a list (1.74個、3.22個百分點) as the list writes it."""
    start, end = view.source_span(q.start, q.end)
    written = without_readings(quote[start:end])
    at = fold_script(written).rfind(q.unit) if q.unit else -1
    if at >= 0:
        return written[at : at + len(q.unit)]
    later = view.text.find(q.unit, q.end) if q.unit else -1
    if later < 0:
        return q.unit
    start, end = view.source_span(later, later + len(q.unit))
    written = without_readings(quote[start:end])
    return written if len(written) == len(q.unit) else q.unit


class _Grounder:
    def __init__(self, doc: Document, start: int, end: int, default_year: int | None) -> None:
        self.doc = doc
        self.spans = [(start, end), (doc.start, doc.end)]
        self.chunk = (start, end)
        self.default_year = default_year
        self.out = Findings()

    def _warn(self, code: str, message: str, evidence: Evidence | None = None) -> None:
        self.out.warnings.append(
            SummaryWarning(
                code=code, message=message, start=self.chunk[0], end=self.chunk[1], evidence=evidence
            )
        )

    def _evidence(self, quote: str, what: str) -> Evidence | None:
        """The quote's place in the source, found on the readings of both (folded characters, no
        pinyin readings: a quote in simplified characters of a traditional report is found too),
        and the source's own characters there."""
        source = reading_of(self.doc.text)
        spans = [(source.reading_offset(a), source.reading_offset(b)) for a, b in self.spans]
        found = locate(reading_of(quote).text, source.text, spans)
        if found is None:
            self._warn("evidence_not_found", f"{what}: quote not found in the source: {quote[:60]!r}")
            return None
        start, end = source.source_span(found.start, found.end)
        return Evidence(text=self.doc.text[start:end], start=start, end=end)

    def _attribute(
        self, claim: str, what: str, ev: Evidence, qs: list[Quantity], picks: list[_Pick]
    ) -> tuple[_Pick, str] | None:
        """The first choice of the claimed numbers that the quote gives to the claimed indicator
        (a number may occur several times), and the quote's name for it; ``None`` with a warning."""
        if not picks:
            self._warn("number_not_in_evidence", f"{what}: number not in its evidence {ev.text!r}", ev)
            return None
        view = reading_of(ev.text)  # names are read in simplified characters
        attribution = _Attribution(view.text, qs)
        claimed = reading_of(claim).text
        chosen = attribution.choose(claimed, picks)
        if chosen is None:
            said = attribution.explain(claimed, picks[0])
            self._warn("indicator_mismatch", f"{what}: {said} in {ev.text!r}", ev)
            return None
        pick, name = chosen
        return pick, _as_written(name, view, ev.text)

    def target(self, note: TargetNote) -> None:
        what = f"target {note.indicator} {note.value:g}"
        ev = self._evidence(note.evidence, what)
        if ev is None:
            return
        view = reading_of(ev.text)
        qs = find_quantities(view.text)
        hits: list[_Pick] = [
            (i,)
            for i, q in enumerate(qs)
            if _same(q.value, note.value)
            and (note.value_max is None or _same(q.value_max, note.value_max))
        ]
        attributed = self._attribute(note.indicator, what, ev, qs, hits)
        if attributed is None:
            return
        (i,), indicator = attributed
        assert i is not None
        q = qs[i]
        canonical = canonical_indicator(indicator)
        self.out.targets.append(
            Target(
                indicator=indicator,
                canonical_indicator=canonical,
                value=q.value,
                value_max=q.value_max,
                unit=_unit_as_written(q, view, ev.text),
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
        cell = self._table_figure(note, ev)
        if cell is not None:
            self.out.results.append(self._from_table(cell, note, ev))
            return
        view = reading_of(ev.text)
        qs = find_quantities(view.text)
        values = _hits(qs, note.value)
        changes = _hits(qs, note.change)
        picks: list[_Pick] = []
        if note.value is not None or note.change is not None:
            roles = (_roles(qs, v, c) for v in values for c in changes if v != c or v is None)
            picks = list(dict.fromkeys(pick for pick in roles if pick is not None))
        attributed = self._attribute(note.indicator, what, ev, qs, picks)
        if attributed is None:
            return
        (value, change), indicator = attributed
        self.out.results.append(
            Result(
                indicator=indicator,
                canonical_indicator=canonical_indicator(indicator),
                value=qs[value].value if value is not None else None,
                unit=_unit_as_written(qs[value], view, ev.text) if value is not None else "",
                change=qs[change].value if change is not None else None,
                change_unit=_unit_as_written(qs[change], view, ev.text) if change is not None else "",
                direction=_direction(qs, value, change),
                period=note.period,
                evidence=ev,
            )
        )

    def _table_figure(self, note: ResultNote, ev: Evidence) -> TableFigure | None:
        """The figure of a table row the quote is (:mod:`summarizer.zh.tables`) that the claim names,
        with the claimed numbers: a row's cells are named by its column, which the quote leaves out."""
        source = reading_of(self.doc.text)
        start, end = without_bars(self.doc.text, (ev.start, ev.end))  # (油料 | 15240 |: the row's closing bar is no cell)
        a, b = source.reading_offset(start), source.reading_offset(end)
        inside = (f for f in figures_named(source.text, note.indicator) if f.start <= a and b <= f.end)
        return next((f for f in inside if _claims_row(f, note)), None)

    def _from_table(self, f: TableFigure, note: ResultNote, ev: Evidence) -> Result:
        indicator = _as_written(f.name, reading_of(ev.text), ev.text)
        return Result(
            indicator=indicator,
            canonical_indicator=canonical_indicator(indicator),
            value=f.value,
            unit=f.unit if f.value is not None else "",
            change=f.change,
            change_unit=f.change_unit,
            direction=cast(Direction, f.direction),
            period=note.period,
            evidence=ev,
        )

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
) -> Findings:
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


def _claims_row(f: TableFigure, note: ResultNote) -> bool:
    """Whether a claim's numbers are a table figure's: its level and change, or, for a row of
    changes only (食品烟酒 | -0.4), that change claimed as the value."""
    if f.value is None and note.change is None and note.value is not None:
        return _same(f.change, note.value)
    return (note.value is None or _same(f.value, note.value)) and (note.change is None or _same(f.change, note.change))
