"""Structure: the heading hierarchy of a report as a tree of sections with exact offsets.

Heading levels are fixed by the marker, as Chinese official documents use them:

=====  ==========================================  ===========================================
level  marker                                      example
=====  ==========================================  ===========================================
0/1    an unnumbered heading line (see below)      ``2023年工作安排``
1      ``一、``                                     ``一、2022年工作回顾``
2      ``（一）`` or ``(一)``                        ``(二)实施倍增计划,推动工业转型走在前列``
3      ``1.`` / ``1、`` (not a decimal: ``1.5万``)   ``1.稳进提质作用显著。``
4      ``（1）`` or ``(1)``                          ``(1)加快园区建设。``
5      ``一是`` ``二是`` … and ``——`` lead-ins       ``一是强化顶层设计。`` / ``——旗帜鲜明讲政治。``
=====  ==========================================  ===========================================

Unnumbered heading lines (``2022年工作回顾``, ``2023年工作安排``) are the report's parts. Most
reports number their parts ``一、``, and then unnumbered lines do not occur or stand in for a part
(level 1). Some put ``一、`` items *inside* an unnumbered part (``2023年工作安排`` then
``一、以建好园区为重点…``): when a ``一、`` heading follows an unnumbered heading line, every
unnumbered heading line of the document is level 0, the parent of the ``一、`` headings after it.

A heading counts only where a heading can begin: at the start of a line, or - because some
reports are one long line - right after a sentence end (``。！？；：`` or their ASCII forms,
optionally followed by a closing quote and spaces). Numbers must also run plausibly: an inline
marker must be ``1`` or the successor of the previous marker of its level, so phrases such as
``一、二产业``, ``(2)`` in a sentence or an enumeration inside a sentence are not taken for
headings. ``——`` lead-ins and unnumbered heading lines count only at the start of a line.

A heading's title is the heading as written, up to (not including) its first sentence end, colon
or line end; inline headings also stop at whitespace (a one-line report separates its paragraphs
with spaces). A title with no such end within 60 characters is cut at its first comma, or at 60.

A section runs from its heading to the next heading of the same or a higher level (or the end of
the document), so the sections of one level tile their parent. Text before the first heading
belongs to no section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from ._scan import match_starts
from ..ingest import Document

__all__ = ["Section", "parse_sections", "iter_sections", "section_path_at", "bare_title"]


@dataclass(frozen=True)
class Section:
    """One heading and everything under it: ``[start, end)`` in ``Document.text``.

    ``level`` comes from the marker (table in the module docstring): 0 for an unnumbered part
    above ``一、`` headings, 1 ``一、``, 2 ``（一）``, 3 ``1.``, 4 ``（1）``, 5 ``一是``/``——``.
    """

    title: str
    level: int
    start: int
    heading_end: int
    end: int
    children: tuple[Section, ...] = ()


_NUMERAL = "一二三四五六七八九十"
# An unnumbered heading line: a run of 2 to 28 characters, then one of these words, then the line end.
_PART_WORDS = ("工作回顾", "工作安排", "工作计划", "目标任务", "工作任务", "重点工作", "主要目标")  # (“十四五”时期总体把握和主要目标)
_SHORTEST_RUN, _LONGEST_RUN, _WORD_LENGTH = 2, 28, 4
_HEADING = re.compile(
    rf"""
    (?:^|(?<=[。！？；!?;：:])|(?<=[。！？；!?;：:][”’」』"）)]))    # where a heading may begin
    [ \t\u3000]*
    (?:
        (?P<l1>(?P<n1>[{_NUMERAL}]{{1,3}})、)(?![{_NUMERAL}]+[、产])  # 一、 but not 一、二产业
      | (?P<l2>[（(](?P<n2>[{_NUMERAL}]{{1,3}})[)）])
      | (?P<l3>(?P<n3>\d{{1,2}})(?:、|[.．](?!\d)))                  # 1. / 1、 but not 1.5
      | (?P<l4>[（(](?P<n4>\d{{1,2}})[)）])
      | (?P<l5>(?P<n5>[{_NUMERAL}]{{1,3}})是)
      | (?P<lead>——)(?=[\u4e00-\u9fff“"])
      # (not ⏎和下半年工作计划: a title going on; not >政务公开>重点工作, a site's breadcrumb trail)
      | (?P<plain>(?![和及与暨])[^\s，,。；;：:、|>＞»›]{{{_SHORTEST_RUN},{_LONGEST_RUN}}}(?:{"|".join(_PART_WORDS)})(?=[ \t\u3000]*$))
    )
    """,
    re.MULTILINE | re.VERBOSE,
)
# _HEADING begins with lookbehinds, so finditer would try it at every character. It is tried
# only where it can match instead, found by fast scans: after a line end or sentence mark and an
# optional closing quote and spaces, a numbered marker or ——; and, for unnumbered heading lines,
# every position from which a run of up to 28 characters reaches a part word at a line end
# (found from the line feeds). The first scan is one pattern a mark, led by it (see
# summarizer._scan), and the lookahead turns most marks away (those followed by text) before
# the alternatives.
_HEADING_MARKS = "\n。！？；!?;：:"
_MARKED = {
    mark: re.compile(
        rf"{re.escape(mark)}(?=[”’」』\"）) \t\u3000{_NUMERAL}（(\d—])[”’」』\"）)]?[ \t\u3000]*"
        rf"(?:[{_NUMERAL}]{{1,3}}[、是]|[（(](?:[{_NUMERAL}]{{1,3}}|\d{{1,2}})[)）]|\d{{1,2}}[、.．]|——)"
    )
    for mark in _HEADING_MARKS
}
_PART_END = re.compile("(?:{})[ \t\u3000]*\n".format("|".join(_PART_WORDS)))  # (a line may end in spaces)
_CLOSERS, _SPACES = "”’」』\"）)", " \t\u3000"
_AFTER = frozenset(_HEADING_MARKS + _CLOSERS)  # what a heading may follow
_LEVELS = {"l1": 1, "l2": 2, "l3": 3, "l4": 4, "l5": 5, "lead": 5, "plain": 1}
_NUMBER_GROUP = {"l1": "n1", "l2": "n2", "l3": "n3", "l4": "n4", "l5": "n5"}
_DEEPEST = 5
_NO_NUMBERS = [0] * (_DEEPEST + 1)
_LINE_START_ONLY = {"lead", "plain"}
_TITLE_END = re.compile(r"[。！？；!?;：:\n]")
_INLINE_TITLE_END = re.compile(r"[。！？；!?;：:\s]")
_COMMA = re.compile(r"[，,]")
_MAX_TITLE = 60
_MAX_SKIP = 3  # a line-start heading may skip this many numbers (a heading lost in scraping)


class _Heading(NamedTuple):  # a tuple: made for every heading, so it should be cheap
    level: int
    start: int
    heading_end: int
    title: str
    part: bool = False  # an unnumbered heading line


@cache  # a few numerals, met again and again
def _numeral_value(numeral: str) -> int | None:
    """Chinese numeral 1-99 (``三`` → 3, ``十二`` → 12, ``二十`` → 20) or an Arabic one; ``None``
    for a run of numerals that is no number (``一二``, ``十十``)."""
    if numeral.isdigit():
        return int(numeral)
    tens, ten, units = numeral.rpartition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in tens:
        return None
    high = _NUMERAL.index(tens) + 1 if tens else int(bool(ten))
    return high * 10 + (_NUMERAL.index(units) + 1 if units else 0)


def _plausible(number: int, last: int, line_start: bool) -> bool:
    if number in (1, last + 1):
        return True
    return line_start and last < number <= last + _MAX_SKIP


def _at_line_start(text: str, pos: int, floor: int) -> bool:
    while pos > floor and text[pos - 1] in " \t\u3000":
        pos -= 1
    return pos == floor or text[pos - 1] == "\n"


def _title_end(text: str, start: int, end: int, inline: bool) -> int:
    """End of the heading text that begins at ``start`` (see the module docstring)."""
    limit = min(end, start + _MAX_TITLE)
    stop = (_INLINE_TITLE_END if inline else _TITLE_END).search(text, start + 1, limit)
    if stop is None and limit < end:
        stop = _COMMA.search(text, start + 1, limit)
    return stop.start() if stop else limit


def _candidates(text: str, lo: int, hi: int) -> list[int]:
    """Every offset in ``[lo, hi)`` where ``_HEADING`` can match (and a few where it cannot)."""
    found = {lo}  # a line start or not: _HEADING decides
    for mark in match_starts(_MARKED, text, max(lo - 1, 0), hi):
        after = mark + 1
        found.add(after + 1 if text[after] in _CLOSERS else after)
    word_starts = [end.start() for end in _PART_END.finditer(text, lo, hi)]
    last = hi
    while last > lo and text[last - 1] in _SPACES:
        last -= 1  # (spaces before the span's end)
    if text.endswith(_PART_WORDS, lo, last):  # _HEADING's "$" also matches at the span's end
        word_starts.append(last - _WORD_LENGTH)
    for word_start in word_starts:
        first = max(lo, word_start - _LONGEST_RUN)
        while first > lo and text[first - 1] in _SPACES:
            first -= 1
        found.update(p for p in range(first, word_start - _SHORTEST_RUN + 1) if text[p - 1] in _AFTER)
    return sorted(p for p in found if p < hi)


def _matches(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``_HEADING.finditer(text, lo, hi)``, without trying it where it cannot match."""
    resume = lo
    for pos in _candidates(text, lo, hi):
        if pos >= resume and (match := _HEADING.match(text, pos, hi)):
            resume = match.end()
            yield match


def _headings(doc: Document) -> Iterator[_Heading]:
    text, last_number = doc.text, [0] * (_DEEPEST + 1)  # by level
    for match in _matches(text, doc.start, doc.end):
        kind = match.lastgroup
        assert kind is not None
        start = match.start(kind)
        # Most headings follow a line feed: no call for them.
        line_start = text[start - 1] == "\n" if start > doc.start else True
        if not line_start and text[start - 1] in _SPACES:
            line_start = _at_line_start(text, start, doc.start)
        if not line_start and kind in _LINE_START_ONLY:
            continue
        level = _LEVELS[kind]
        if numeral := _NUMBER_GROUP.get(kind):
            number = _numeral_value(match.group(numeral))
            if number is None or not _plausible(number, last_number[level], line_start):
                continue
            last_number[level] = number
        if level < _DEEPEST:
            last_number[level + 1 :] = _NO_NUMBERS[level + 1 :]
        heading_end = _title_end(text, start, doc.end, inline=not line_start)
        yield _Heading(level, start, heading_end, text[start:heading_end], kind == "plain")


def _with_part_levels(headings: list[_Heading]) -> list[_Heading]:
    """Unnumbered heading lines become level 0 when a ``一、`` heading follows one of them."""
    first_part = next((i for i, h in enumerate(headings) if h.part), None)
    if first_part is None or not any(h.level == 1 and not h.part for h in headings[first_part:]):
        return headings
    return [h._replace(level=0) if h.part else h for h in headings]


class Outline(NamedTuple):
    """The sections of a document flat, in document order (the order of :func:`iter_sections`):
    what :func:`parse_sections` builds its tree from, and all the chunker needs (it makes no
    ``Section`` objects). ``ends[i]`` is the end of the section of ``headings[i]`` and
    ``parents[i]`` the index of the section around it (-1 for a top-level one)."""

    headings: Sequence[_Heading]
    ends: Sequence[int]
    parents: Sequence[int]


# A report's outline is needed by the chunker, the reduce step, the rules engine and its
# extractive summary: read once per document (a Document hashes by value, its text's hash is
# cached by Python), and kept for the few documents a run is working on.
_CACHED_DOCUMENTS = 64


@lru_cache(maxsize=_CACHED_DOCUMENTS)
def outline(doc: Document) -> Outline:
    """The sections of ``doc`` (within its span) as an :class:`Outline`."""
    headings = _with_part_levels(list(_headings(doc)))
    ends, parents = [doc.end] * len(headings), []
    open_sections: list[int] = []  # indices, outermost first; their levels rise
    for i, heading in enumerate(headings):
        # A section ends where the next heading of the same or a higher level starts.
        while open_sections and headings[open_sections[-1]].level >= heading.level:
            ends[open_sections.pop()] = heading.start
        parents.append(open_sections[-1] if open_sections else -1)
        open_sections.append(i)
    return Outline(tuple(headings), tuple(ends), tuple(parents))


@lru_cache(maxsize=_CACHED_DOCUMENTS)
def parse_sections(doc: Document) -> tuple[Section, ...]:
    """Top-level sections of ``doc`` (within its span), each with its nested children."""
    headings, ends, parents = outline(doc)
    # Built from the last section back, so that every section's children exist before it does.
    children: list[list[Section]] = [[] for _ in headings]  # each last first
    top: list[Section] = []
    for i in reversed(range(len(headings))):
        heading = headings[i]
        inner = tuple(reversed(children[i]))
        section = Section(heading.title, heading.level, heading.start, heading.heading_end, ends[i], inner)
        (children[parents[i]] if parents[i] >= 0 else top).append(section)
    return tuple(reversed(top))


def iter_sections(sections: Iterable[Section]) -> Iterator[Section]:
    """Every section, parents before their children, in document order."""
    for section in sections:
        yield section
        yield from iter_sections(section.children)


def section_path_at(sections: Sequence[Section], offset: int) -> tuple[str, ...]:
    """Titles of the sections containing ``offset``, outermost first (``()`` if none)."""
    path: list[str] = []
    level: Sequence[Section] = sections
    while True:
        inner = next((s for s in level if s.start <= offset < s.end), None)
        if inner is None:
            return tuple(path)
        path.append(inner.title)
        level = inner.children


def bare_title(section: Section) -> str:
    """The heading without its marker: ``(一)强化项目支撑`` → ``强化项目支撑``."""
    m = _HEADING.match(section.title)
    kind = m.lastgroup if m else None
    return section.title[m.end(kind) :] if m and kind and kind != "plain" else section.title
