"""Chunking: cut a document into chunks of at most ``max_tokens`` tokens at the best boundaries.

Boundaries, best first: a section start (a heading of level 0 to 2: an unnumbered part, ``一、``
or ``（一）``), a paragraph end (a line feed, or a deeper heading such as ``1.`` or ``一是``), a
sentence end (``。！？；!?;`` with any closing quotes or brackets after it), a clause mark
(``，、：,:``, but not ``,`` or ``:`` between digits), a run of spaces, and as a last resort a cut
between two characters - never inside a number such as ``305.7亿元`` or ``6.5%``, nor before a
combining mark. A heading is never cut off from the first sentence of its section, unless the two together
take more than half the budget.

Packing is greedy: each chunk takes the latest boundary of the best kind that still fits and
leaves the chunk full enough for that kind (:data:`_MIN_FILL`), so chunks come out nearly full.
Token counts come from :class:`~summarizer.text.tokens.SpanCounter`: one tokenisation pass over the
document, then exact counts of candidate chunks from prefix sums plus two short edge pieces.
Every ``Chunk.n_tokens`` is the exact count of ``Chunk.text``, which is ``source[start:end]``;
without overlap, the chunks tile the document span exactly.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum

from ..ingest import Document
from ..errors import ConfigError
from .structure import Outline, outline
from .tokens import SpanCounter, TokenCounter, span_counter

__all__ = ["Chunk", "chunk"]


@dataclass(frozen=True)
class Chunk:
    """``text == source[start:end]``, ``n_tokens`` its exact token count."""

    index: int
    start: int
    end: int
    text: str
    n_tokens: int
    section_path: tuple[str, ...]


class _Kind(IntEnum):
    """Kinds of boundary, best first."""

    SECTION = 0
    PARAGRAPH = 1
    SENTENCE = 2
    CLAUSE = 3
    SPACE = 4  # not in the house style, but better than cutting a word or a run of characters


_KINDS = tuple(_Kind)
# A boundary of a kind is taken only if the chunk ending there is at least this full.
_MIN_FILL = {_Kind.SECTION: 0.8, _Kind.PARAGRAPH: 0.9, _Kind.SENTENCE: 0.1, _Kind.CLAUSE: 0.5, _Kind.SPACE: 0.5}
_MIN_FILLS = tuple(_MIN_FILL[kind] for kind in _KINDS)
# First look for sentence-or-better cuts in the last 20% of the budget (usually enough), then
# for any cut (``fine``: clause marks and spaces too) down to the lowest fill allowed.
_SCANS = ((0.8, False), (min(_MIN_FILL.values()), True))
_SLACK = 1.01  # estimates are a little off: try boundaries estimated up to 1% over the budget
_CLOSERS = r"”’」』）)\]》〉\""
# Ends with "\n" → paragraph. Spelt "[…][…]*", not "[…]+": the regex engine skips ahead to a
# character of a leading class fast, but tries a leading repeat at every position (twice as slow).
_SENTENCE_END = re.compile(rf"[\n。！？；!?;][\n。！？；!?;]*[{_CLOSERS}]*")
_CLAUSE = re.compile(r"[，、：]|(?<!\d)[,:]|[,:](?!\d)")
_SPACE = re.compile(r"[ \t\u3000]+")
# After a heading: skip its own end marks, then the first sentence (or line) of the section.
_FIRST_SENTENCE = re.compile(rf"[\s。！？；!?;：:]*[^\n。！？；!?;]*(?:[。！？；!?;]+[{_CLOSERS}]*|\n|\Z)")
# Spans a character cut must not enter: numbers with decimals, thousands, percent, magnitudes.
_NUMBER = re.compile(r"[+\-−]?\d+(?:[.,．]\d+)*(?:[%％‰]|[十百千万亿]*元?)")
_NUMBER_REACH = 48
_ZONE_MAX, _RUN_MAX = 0.5, 0.8  # of the budget: see _Structure
_SECTION_LEVEL = 2  # headings down to （一） start sections; deeper ones count as paragraph ends
_LEADING_SPACE = re.compile(r"\s*")
_LOOK_PAST = 16


def chunk(
    doc: Document | str,
    max_tokens: int = 2048,
    *,
    overlap: int = 0,
    counter: TokenCounter | None = None,
    encoding: str = "o200k_base",
) -> list[Chunk]:
    """Cut ``doc`` into chunks of at most ``max_tokens`` tokens (``counter`` or ``encoding``).

    For a ``str`` offsets are into that string and chunks carry no section path; for a
    :class:`Document` chunks cover ``[doc.start, doc.end)`` with offsets into ``doc.text``.
    ``overlap`` repeats up to that many tokens (whole sentences where possible) from the end of
    the previous chunk at the start of the next one.
    """
    if max_tokens < 1:
        raise ConfigError(f"max_tokens must be at least 1, got {max_tokens}")
    if not 0 <= overlap < max_tokens:
        raise ConfigError(f"overlap must be in [0, max_tokens), got {overlap} for max_tokens={max_tokens}")
    sections = Outline((), (), ())
    if isinstance(doc, str):
        text, start, end = doc, 0, len(doc)
    else:
        text, start, end, sections = doc.text, doc.start, doc.end, outline(doc)
    spans = span_counter(text, start, end, counter=counter, encoding=encoding)
    packer = _Packer(spans, max_tokens, overlap, _Structure(sections, spans, max_tokens))
    path_at, with_paths = packer.structure.path_at, bool(sections.headings)
    return [
        Chunk(i, s, e, text[s:e], n, path_at(_first_visible(text, s, e)) if with_paths else ())
        for i, (s, e, n) in enumerate(packer.pack())
    ]


def _first_visible(text: str, start: int, end: int) -> int:
    """The first non-whitespace offset in ``[start, end)`` (``start`` if there is none)."""
    if start < end and not text[start].isspace():  # the usual case; \s is str.isspace()
        return start
    visible = _LEADING_SPACE.match(text, start, end)
    return visible.end() if visible and visible.end() < end else start


class _Structure:
    """Where the section tree wants cuts (section starts) and forbids them (heading zones).

    A heading's zone runs from the heading to the end of its section's first sentence. A zone
    longer than half the budget is dropped (keeping it could force a worse cut). Zones overlap
    where headings follow each other; where such a run would leave a chunk no room to end
    (say a table of contents), its longest zones are dropped until it fits.
    """

    def __init__(self, sections: Outline, spans: SpanCounter, budget: int) -> None:
        headings, self._ends, self._paths = sections.headings, sections.ends, _paths(sections)
        # Parallel lists in document order, which is also the order of the starts.
        self.starts = [heading.start for heading in headings]
        self._kinds = [_Kind.SECTION if h.level <= _SECTION_LEVEL else _Kind.PARAGRAPH for h in headings]
        zones = _short_zones(sections, spans, budget * _ZONE_MAX)
        run_limit = budget * _RUN_MAX
        while True:
            runs = _overlapping_runs(zones)
            # A zone alone is short enough already (it passed the stricter test above).
            too_long = [run for run in runs if len(run) > 1 and not _at_most(spans, _reach(run), run_limit)]
            if not too_long:
                break
            for run in too_long:
                zones.remove(max(run, key=lambda zone: _size(spans, zone)))
        self._zones = [_reach(run) for run in runs]
        self._zone_starts = [start for start, _ in self._zones]
        self.has_zones = bool(self._zones)

    def path_at(self, offset: int) -> tuple[str, ...]:
        """``section_path_at(sections, offset)``: the sections tile their parents, so the last
        one starting at or before ``offset`` is the innermost one around it, if any is. (If that
        one ends before ``offset``, so do all around it: the heading that ends it starts later.)"""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self._paths[i] if i >= 0 and offset < self._ends[i] else ()

    def forbidden(self, pos: int) -> bool:
        """Whether a cut at ``pos`` would separate a heading from its section's first sentence."""
        i = bisect.bisect_right(self._zone_starts, pos) - 1
        return i >= 0 and self._zones[i][0] < pos < self._zones[i][1]

    def starts_in(self, lo: int, hi: int) -> tuple[list[int], list[int]]:
        """Heading starts in ``[lo, hi]``: of sections, and of deeper headings (paragraph ends)."""
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        if i == j:  # the usual case
            return [], []
        found = list(zip(self.starts[i:j], self._kinds[i:j]))
        sections = [pos for pos, kind in found if kind == _Kind.SECTION]
        return sections, [pos for pos, kind in found if kind != _Kind.SECTION]


def _paths(sections: Outline) -> list[tuple[str, ...]]:
    """The title path of every section, outermost first."""
    paths: list[tuple[str, ...]] = []
    for heading, parent in zip(sections.headings, sections.parents):
        paths.append((*paths[parent], heading.title) if parent >= 0 else (heading.title,))
    return paths


def _short_zones(sections: Outline, spans: SpanCounter, limit: float) -> list[tuple[int, int]]:
    """The zones of ``sections`` (each from the heading to the end of the section's first
    sentence) estimated at no more than ``limit`` tokens, in order."""
    text, first_sentence = spans.text, _FIRST_SENTENCE.match  # bound once: called for every section
    zones = []
    for heading, end in zip(sections.headings, sections.ends):
        match = first_sentence(text, heading.heading_end, end)
        zone = (heading.start, match.end() if match else heading.heading_end)
        if _at_most(spans, zone, limit):
            zones.append(zone)
    return zones


def _size(spans: SpanCounter, span: tuple[int, int]) -> float:
    return spans.estimate(span[1]) - spans.estimate(span[0])


def _at_most(spans: SpanCounter, span: tuple[int, int], tokens: float) -> bool:
    """Whether ``span`` is estimated at no more than ``tokens``; most zones are short enough to
    tell from their length alone."""
    most = spans.tokens_per_character
    return (most is not None and (span[1] - span[0]) * most <= tokens) or _size(spans, span) <= tokens


def _reach(run: list[tuple[int, int]]) -> tuple[int, int]:
    """From the first zone's start to the farthest end of the run."""
    return run[0] if len(run) == 1 else (run[0][0], max(end for _, end in run))


def _overlapping_runs(zones: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``zones`` grouped into runs of overlapping intervals, in order."""
    runs: list[list[tuple[int, int]]] = []
    reach = -1
    for zone in sorted(zones):
        if runs and zone[0] < reach:
            runs[-1].append(zone)
            reach = max(reach, zone[1])
        else:
            runs.append([zone])
            reach = zone[1]
    return runs


class _Packer:
    """Greedy packing of ``spans.text[spans.start:spans.end]`` into budget-sized chunks."""

    def __init__(self, spans: SpanCounter, budget: int, overlap: int, structure: _Structure) -> None:
        self.spans, self.text, self.budget, self.overlap = spans, spans.text, budget, overlap
        self.structure = structure
        self.total = spans.estimate(spans.end)
        # Respect heading zones first; give up on them only when nothing else fits.
        self.heading_rules = (True, False) if structure.has_zones else (False,)

    def pack(self) -> Iterator[tuple[int, int, int]]:
        """``(start, end, n_tokens)`` of each chunk, in order."""
        start, floor = self.spans.start, self.spans.start
        while floor < self.spans.end:
            end, n_tokens = self._end_of_chunk(start, floor)
            if n_tokens > self.budget and start < floor:  # the overlap left no room: drop it
                start = floor
                end, n_tokens = self._end_of_chunk(start, floor)
            if n_tokens > self.budget:
                raise ConfigError(f"max_tokens={self.budget} cannot hold the character at offset {floor}")
            yield start, end, n_tokens
            start, floor = self._next_start(start, end) if self.overlap else end, end

    def _end_of_chunk(self, start: int, floor: int) -> tuple[int, int]:
        """The best end after ``floor`` for a chunk starting at ``start``, with its count."""
        spans, budget = self.spans, self.budget
        base = spans.estimate(start)
        if self.total - base <= budget * _SLACK:
            n_tokens = spans.count(start, spans.end)
            if n_tokens <= budget:
                return spans.end, n_tokens
        limit = min(spans.end, spans.position(base + budget * _SLACK) + 1)
        for respect_headings in self.heading_rules:
            for fill, fine in _SCANS:
                lo = max(floor, spans.position(base + budget * fill))
                found = self._best_cut(self._boundaries(lo, limit, fine), start, floor, base, fill, respect_headings)
                if found is not None:
                    return found
        return self._character_cut(start, floor, limit)

    def _boundaries(self, lo: int, hi: int, fine: bool) -> list[list[int]]:
        """Candidate cuts in ``(lo, hi]``, one increasing list per :class:`_Kind` in order, each
        with the cuts of that kind and of the better kinds (a paragraph end is a sentence end
        too). Clause marks and spaces come only if ``fine``; without them their lists would
        repeat the sentence list, so they are left out."""
        text = self.text
        # Read a little past ``hi`` so that closing quotes after a sentence end stay with it.
        ends = [match.end() for match in _SENTENCE_END.finditer(text, lo, hi + _LOOK_PAST)]
        del ends[bisect.bisect_right(ends, hi) :]
        paragraphs = [pos for pos in ends if text[pos - 1] == "\n"]
        sections, deeper = self.structure.starts_in(lo + 1, hi)
        if sections or deeper:
            paragraphs = sorted(sections + deeper + paragraphs)
            ends = sorted(sections + deeper + ends)
        pools = [sections, paragraphs, ends]
        if fine:
            clauses = sorted(ends + [m.end() for m in _CLAUSE.finditer(text, lo, hi + 1) if m.end() <= hi])
            spaces = [m.end() for m in _SPACE.finditer(text, lo, hi + 1) if m.end() <= hi]
            pools += [clauses, sorted(clauses + spaces)]
        return pools

    def _best_cut(
        self,
        pools: list[list[int]],
        start: int,
        floor: int,
        base: float,
        scanned_from: float,
        respect_headings: bool,
    ) -> tuple[int, int] | None:
        """The latest cut of the best kind that fits and fills the chunk enough for that kind.

        ``pools`` holds the cuts from fill ``scanned_from`` to the budget's estimated end, by
        kind (see :meth:`_boundaries`).
        """
        spans, budget, forbidden = self.spans, self.budget, self.structure.forbidden
        for min_fill, pool in zip(_MIN_FILLS, pools):
            least = base + budget * min_fill if min_fill > scanned_from else None
            for pos in reversed(pool):
                if pos <= floor or (least is not None and spans.estimate(pos) < least):
                    break
                if respect_headings and forbidden(pos):
                    continue
                n_tokens = spans.count(start, pos)
                if n_tokens <= budget:
                    return pos, n_tokens
        return None

    def _character_cut(self, start: int, floor: int, limit: int) -> tuple[int, int]:
        """The last resort: the longest fitting prefix, cut between two safe characters."""
        lo, hi = floor + 1, max(limit, floor + 1)
        while lo < hi:  # largest end in [floor + 1, limit] that fits (counts grow with the end)
            mid = (lo + hi + 1) // 2
            if self.spans.count(start, mid) <= self.budget:
                lo = mid
            else:
                hi = mid - 1
        end = self._safe_character_cut(lo, floor + 1)
        return end, self.spans.count(start, end)

    def _safe_character_cut(self, pos: int, least: int) -> int:
        """``pos`` moved back, not below ``least``, out of any number and off combining marks."""
        text = self.text
        for number in _NUMBER.finditer(text, max(least, pos - _NUMBER_REACH), min(len(text), pos + _NUMBER_REACH)):
            if number.start() < pos < number.end() and number.start() >= least:
                pos = number.start()
                break
        while pos > least and pos < len(text) and unicodedata.combining(text[pos]):
            pos -= 1
        return pos

    def _next_start(self, start: int, end: int) -> int:
        """Where the chunk after ``[start, end)`` starts: ``end`` minus up to ``overlap`` tokens."""
        if not self.overlap or end >= self.spans.end:
            return end
        lo = max(start, self.spans.position(self.spans.estimate(end) - self.overlap * _SLACK) - 1)
        for fine in (False, True):
            # Earliest first: the longest overlap that fits.
            for pos in self._boundaries(lo, end - 1, fine)[-1]:  # the last pool holds them all
                if self.spans.count(pos, end) <= self.overlap:
                    return pos
        return end
