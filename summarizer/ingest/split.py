"""Splitting: a file's text → its reports.

:func:`describe_file` makes the whole file one document (its edges trimmed, its metadata read
unless it holds several reports); :func:`split_reports` then cuts it into its reports: a
compilation of government work reports yields one document per ``2023年XX市政府工作报告`` title; a
scraped news digest yields one document per dated news item; anything else yields itself.
Every split document shares the source ``text``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from ..errors import EmptyInputError
from .boilerplate import DATE_LINE, iso_date, line_spans, read_table, trim
from .document import DocType, Document
from .metadata import GWR_TITLE, TAG, Meta, glued_titles, is_flat, meta_for, tag_region, title_meta
from .script import Reading, fold_script, reading_of
from .sections import place_sections, wire_items

__all__ = ["describe_file", "split_reports"]

_Layout = Literal["compilation", "digest", "single"]
_CONTENTS_ENTRY = 200  # characters: a title with less under it, on one line, lists a report


def describe_file(text: str, path: str | None) -> Document:
    """The whole file as one document: a container for a compilation/digest, else the report."""
    start, end = trim(text, 0, len(text))
    if start == end:
        raise EmptyInputError("input holds only boilerplate (navigation, adverts, separators)")
    doc = Document(text, start, end, path=path)
    layout, _ = _layout(doc)
    if layout == "compilation":
        return doc
    if layout == "digest":
        return replace(doc, doc_type=DocType.NEWS_DIGEST)
    table = read_table(text[:start])
    meta = meta_for(text, start, end, table)
    date = iso_date(table.get("成文日期", "")) or iso_date(table.get("发布日期", ""))
    return _with_meta(doc, start, end, meta, date=date)


def _layout(doc: Document) -> tuple[_Layout, list[tuple[int, int]]]:
    """``("compilation", title lines)``, ``("digest", date lines)`` or ``("single", [])``."""
    lines = list(line_spans(doc.text, doc.start, doc.end))
    reading = fold_script(doc.text)  # 政府工作報告 titles a report too
    titles = [(a, b) for a, b in lines if GWR_TITLE.match(reading[a:b].strip())]
    if len(titles) < 2 and is_flat(reading, doc.start, doc.end):  # pasted without line breaks
        titles = glued_titles(reading, doc.start, doc.end)
    if len(titles) > 1:
        return "compilation", titles
    dates = [(a, b) for a, b in lines if DATE_LINE.match(doc.text[a:b])]
    if len(dates) > 1:
        return "digest", dates
    return "single", []


def split_reports(doc: Document) -> list[Document]:
    """Split ``doc`` into its reports (compilation) or news items (digest); otherwise ``[doc]``.

    Every returned document shares ``doc.text``; its span starts at its title line and excludes
    separators and boilerplate between reports. News items carry their ISO ``date``; the span of
    a news item is its title and body (the date line is left out).

    Raises :class:`TypeError` for anything but a Document (``split_reports(load(source))``).
    """
    if not isinstance(doc, Document):
        raise TypeError(f"split_reports() takes a Document, as load() returns; got {type(doc).__name__}")
    layout, marks = _layout(doc)
    if layout == "compilation":
        return _split_compilation(doc, [start for start, _ in marks])
    if layout == "digest":
        return _split_digest(doc, marks)
    return _split_page(doc)


def _split_compilation(doc: Document, starts: list[int]) -> list[Document]:
    """Each report runs from its title line to the next title, less boilerplate at its edges."""
    reports = []
    for start, next_start in zip(starts, [*starts[1:], doc.end]):
        a, b = trim(doc.text, start, next_start)
        if "\n" not in doc.text[a:b] and b - a < _CONTENTS_ENTRY:
            continue  # a title with no report under it: a table of contents entry
        meta = meta_for(doc.text, a, b, {})
        reports.append(_with_meta(doc, a, b, meta))
    return reports


def _split_page(doc: Document) -> list[Document]:
    """A page of several wire items yields each (:func:`.sections.wire_items`), and an item (or the
    page) that tells several places' reports in turn yields one report a place."""
    reading = reading_of(doc.text)  # read without pinyin readings: 廣(guǎng)州 names 广州
    starts = [_source(reading, a) for a in wire_items(reading.text, *_in_reading(reading, doc.start, doc.end))]
    ends = [*starts[1:], doc.end]
    items = [_part(doc, a, b, first=i == 0) for i, (a, b) in enumerate(zip(starts, ends))] or [doc]
    out = []
    for item in items:
        found = place_sections(reading.text, *_in_reading(reading, item.start, item.end))
        out += _split_places(item, [(_source(reading, a), place) for a, place in found]) if found else [item]
    return out


def _in_reading(reading: Reading, start: int, end: int) -> tuple[int, int]:
    return reading.reading_offset(start), reading.reading_offset(end)


def _source(reading: Reading, at: int) -> int:
    return reading.source_span(at, at)[0]


def _split_places(doc: Document, sections: list[tuple[int, str]]) -> list[Document]:
    """Each place's section of a page that tells several places' reports in turn is a report of
    that place (:mod:`.sections`); the first runs from the page's start."""
    starts = [doc.start, *(a for a, _ in sections[1:])]
    ends = [*starts[1:], doc.end]
    return [
        _part(doc, start, end, first=i == 0, region=place)
        for i, (start, end, (_, place)) in enumerate(zip(starts, ends, sections))
    ]


def _part(doc: Document, start: int, end: int, *, first: bool, region: str | None = None) -> Document:
    """The part ``[start, end)`` of ``doc`` as a report of its own; what its own sentences do
    not date is of ``doc``'s year."""
    a, b = trim(doc.text, start, end)
    # a later part is read alone: the dates of the parts before it are not its own
    meta = meta_for(doc.text, a, b, {}) if first else meta_for(doc.text[a:b], 0, b - a, {})
    year = meta.year or doc.year
    doc_type = doc.doc_type if meta.doc_type is DocType.UNKNOWN else meta.doc_type
    plan_year = meta.plan_year or doc.plan_year or year
    meta = replace(meta, region=region or meta.region, year=year, plan_year=plan_year, doc_type=doc_type)
    return _with_meta(doc, a, b, meta, date=doc.date)


def _split_digest(doc: Document, dates: list[tuple[int, int]]) -> list[Document]:
    """Each news item is the non-boilerplate text before its date line."""
    items = []
    previous = doc.start
    for date_start, date_end in dates:
        a, b = trim(doc.text, previous, date_start)
        previous = date_end
        if a == b:
            continue
        first_line_end = doc.text.find("\n", a, b)
        title = doc.text[a : b if first_line_end < 0 else first_line_end].strip()
        meta = replace(title_meta(fold_script(title)), title=title)
        date = iso_date(doc.text[date_start:date_end])
        if meta.doc_type is DocType.UNKNOWN:
            tag = TAG.match(title)  # 【乐清市招商】 names the region; a headline's start does not
            region = tag_region(fold_script(tag.group(1)), fold_script(doc.text[a:b])) if tag else None
            year = meta.year or (int(date[:4]) if date else None)  # a news item is of its day
            meta = replace(meta, doc_type=DocType.NEWS_ITEM, region=region, year=year)
        items.append(_with_meta(doc, a, b, meta, date=date))
    return items


def _with_meta(
    doc: Document, start: int, end: int, meta: Meta, *, date: str | None = None
) -> Document:
    return Document(
        doc.text,
        start,
        end,
        title=meta.title,
        region=meta.region,
        year=meta.year,
        plan_year=meta.plan_year,
        doc_type=meta.doc_type,
        figures_year=meta.figures_year,
        date=date,
        path=doc.path,
    )
