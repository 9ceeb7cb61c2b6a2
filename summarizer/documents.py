"""Documents: load a report from a path, bytes or text, and split compilations.

:func:`load` turns raw input into a :class:`Document`:

1. **Extract or refuse**, by content: a PDF (``%PDF``), a ``.docx`` (a ZIP holding
   ``word/document.xml``) and a web page (``<!doctype html``/``<html`` first, or a ``.html``
   file that looks like HTML) are turned into plain text by :mod:`summarizer.readers` (optional
   extras ``pdf``, ``docx``, ``html``). Other binary signatures (PNG, other ZIPs, legacy
   ``.doc``, ...), NUL bytes, undecodable bytes and empty input each raise their own
   :class:`~summarizer.errors.InputError` subclass.
2. **Decode** in a fixed, deterministic order: byte-order marks (UTF-32, UTF-8, UTF-16), then strict
   UTF-8, then strict GB18030 (a superset of GBK and GB2312, so no narrower codec is ever used).
   A web page's bytes are the exception: they are decoded in the charset the page declares
   (``<meta charset>``, see :mod:`summarizer.readers`), as a browser would.
3. **Normalise once**: ``\\r\\n`` and ``\\r`` become ``\\n`` and stray U+FEFF marks are dropped; nothing
   else changes (no NFKC - it rewrites full-width punctuation). The result is :attr:`Document.text`,
   the coordinate system of every offset in the library. For a PDF, .docx or web page that is
   the *extracted* text, not the file's bytes.
4. **Strip boilerplate by span, never by moving text**: web spam lines, ``目录``, metadata tables
   (索引号/发布机构/成文日期 ...), stray ``|``/``-`` lines and navigation footers at the edges are left
   outside ``[Document.start, Document.end)``. Metadata tables are read before they are dropped.

:func:`split_reports` then cuts a file into its reports: a compilation of government work reports
yields one document per ``2023年XX市政府工作报告`` title; a scraped news digest yields one document
per dated news item; anything else yields itself. Every split document shares the source ``text``.

Boilerplate *inside* a report (between its first and last line) is kept in the span: a span is a
single contiguous range, and no known corpus file has spam in the middle of a report.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from . import readers
from .errors import BinaryInputError, DecodeError, EmptyInputError, InputError

__all__ = ["DocType", "Document", "load", "split_reports"]


class DocType(str, enum.Enum):
    """What kind of document a :class:`Document` is (values equal ``models.DocTypeName``)."""

    GOVERNMENT_WORK_REPORT = "government_work_report"
    WORK_SUMMARY_AND_PLAN = "work_summary_and_plan"
    NEWS_DIGEST = "news_digest"
    NEWS_ITEM = "news_item"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Document:
    """One report (or a whole file) as a kept span ``[start, end)`` of the shared source ``text``.

    ``text`` is the whole decoded source (``\n`` line ends) - for a PDF, .docx or web page the
    text extracted from it - shared by every document split from it, so all offsets in the
    library point into one coordinate system; it is left out of ``repr``. ``year`` is the year
    named in the title (``2023年XX市政府工作报告`` → 2023); ``plan_year`` the year its
    forward-looking targets are for (a government work report plans its own year;
    ``2022年工作总结和2023年工作思路`` plans 2023). ``date`` is the ISO date of a news item, or the
    成文日期 of a file that carries a metadata table. ``path`` is the file it came from, if any.
    """

    text: str = field(repr=False)
    start: int
    end: int
    title: str | None = None
    region: str | None = None
    year: int | None = None
    plan_year: int | None = None
    doc_type: DocType = DocType.UNKNOWN
    date: str | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end <= len(self.text):
            span = f"[{self.start}, {self.end})"
            raise ValueError(f"span {span} is outside the text (length {len(self.text)})")

    @property
    def body(self) -> str:
        """The document's own text, ``text[start:end]``."""
        return self.text[self.start : self.end]


# --------------------------------------------------------------------------------------------
# Reading and decoding
# --------------------------------------------------------------------------------------------

# A str shorter than this, without newlines, is taken for a path when such a file exists.
_MAX_PATH_CHARS = 4096
_PATHLIKE_STR = re.compile(r"^[^\n]{0,4096}\.(?:txt|md|text|csv|docx?|pdf|html?|json)$", re.I)

# What readers.binary_format does not take (it takes PDF, .docx and HTML) and is no text either.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive (e.g. .xlsx/.pptx)"),
    (b"PK\x05\x06", "ZIP archive (e.g. .xlsx/.pptx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy .doc/.xls file: save it as .docx and load that"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_NEWLINES = re.compile(r"\r\n?")


def load(source: str | bytes | os.PathLike[str]) -> Document:
    """Load one input as a :class:`Document` (the whole file; see :func:`split_reports`).

    ``source`` is a path (``os.PathLike``), raw ``bytes``, or a ``str``. A ``str`` is read as a
    path only when it has no newline, is at most 4096 characters and names an existing file;
    a newline-free ``str`` that names an existing directory, or ends in a file extension such as
    ``.txt`` but names no file, raises :class:`InputError`; any other ``str`` is the text itself.

    PDF, ``.docx`` and HTML input (bytes, or a ``str`` that is a web page) is read by
    :mod:`summarizer.readers`; the document's ``text`` and every offset are then those of the
    extracted text.

    Raises :class:`BinaryInputError`, :class:`DecodeError`, :class:`EmptyInputError`,
    :class:`ReaderUnavailableError` (the format's optional reader is not installed),
    :class:`UnreadableDocumentError` (a damaged file, or a scanned PDF) or
    :class:`InputError` (unreadable path).
    """
    path: str | None = None
    raw: str | bytes
    if isinstance(source, bytes) or (isinstance(source, str) and not _is_path_str(source)):
        raw = source
    else:
        path = os.fspath(source)
        raw = _read_bytes(path)
    return _describe_file(_normalise(_text_of(raw, path)), path)


def _text_of(source: str | bytes, path: str | None) -> str:
    """The report's text: extracted from a PDF, .docx or web page, else the decoded input."""
    if isinstance(source, bytes):
        kind = readers.binary_format(source, path)
        if kind is not None:
            return readers.read_binary(kind, source)
        source = _decode(source)
    return readers.read_html(source) if readers.is_html(source, path) else source


def _is_path_str(source: str) -> bool:
    if "\n" in source or len(source) > _MAX_PATH_CHARS:
        return False
    if os.path.isfile(source):
        return True
    if os.path.isdir(source):
        raise InputError(f"is a directory, not a file: {source}")
    if _PATHLIKE_STR.match(source) and not re.search(r"[。，,；]", source):
        raise InputError(f"file not found: {source}")
    return False


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"file not found: {path}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"is a directory, not a file: {path}") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _decode(data: bytes) -> str:
    """Bytes to str: refuse binary, then BOMs, strict UTF-8, strict GB18030."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"input is binary data ({kind}), not a text report")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec)
    if b"\x00" in data:
        raise BinaryInputError(
            "input is binary data (contains NUL bytes), not a text report "
            "(UTF-16 text needs a byte-order mark)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _strict(data, "gb18030", tried="UTF-8 or GB18030")


def _strict(data: bytes, codec: str, *, tried: str | None = None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        what = tried or codec.upper()
        raise DecodeError(
            f"cannot decode input as {what} (bad byte at offset {exc.start}); "
            "supported: UTF-8, UTF-8/UTF-16 with BOM, GB18030/GBK/GB2312"
        ) from exc


def _normalise(text: str) -> str:
    """Line ends to ``\\n``, drop BOM characters, and refuse text that is not a report."""
    text = _NEWLINES.sub("\n", text).replace("\ufeff", "")
    if "\x00" in text:
        raise BinaryInputError("input is binary data (contains NUL characters), not a text report")
    if "\ufffd" in text:
        raise DecodeError(
            "input contains U+FFFD replacement characters: it was decoded with the wrong "
            "encoding before; pass the original bytes or file"
        )
    if not text.strip():
        raise EmptyInputError("input is empty or whitespace only")
    return text


# --------------------------------------------------------------------------------------------
# Lines and boilerplate
# --------------------------------------------------------------------------------------------

_SPAM = re.compile(
    r"www\.|https?://|微信|公众号|QQ群|资料库|点我投稿|请点击|扫码|扫一扫|版权所有|转载请注明"
    r"|ICP备|网站标识码|公网安备|^(?:主办|承办)单位",
    re.I,
)
_PUNCT_ONLY = re.compile(r"^[\s|\-–—_=*·•#~]*$")
_NAV_ITEM = re.compile(r"^-\s*\S{1,10}$")
_META_KEYS = (
    "信息索引号", "索引号", "主题分类", "体裁分类", "组配分类", "发布机构", "成文日期",
    "发文日期", "发布日期", "公开方式", "发文字号", "文号", "有效性",
)  # fmt: skip
_DATE_LINE = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$")


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(line_start, line_end)`` of each line in ``text[start:end]`` (without the newline)."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def _is_table_row(line: str) -> bool:
    return "|" in line and any(key in line for key in _META_KEYS)


def _is_boilerplate(line: str) -> bool:
    """Is this whole line web furniture rather than report text?"""
    stripped = line.strip()
    return (
        _PUNCT_ONLY.match(stripped) is not None
        or stripped == "目录"
        or _NAV_ITEM.match(stripped) is not None
        or _is_table_row(stripped)
        or (len(stripped) <= 200 and _SPAM.search(stripped) is not None)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past boilerplate lines at both edges (and edge whitespace or ``|``)."""
    kept = [(a, b) for a, b in _lines(text, start, end) if not _is_boilerplate(text[a:b])]
    if not kept:
        return start, start
    first, last = kept[0][0], kept[-1][1]
    while first < last and (text[first].isspace() or text[first] == "|"):
        first += 1
    while last > first and (text[last - 1].isspace() or text[last - 1] == "|"):
        last -= 1
    return first, last


def _read_table(text: str) -> dict[str, str]:
    """Key/value cells of pipe-separated metadata rows (``成文日期: | 2023-07-03 | ...``)."""
    fields: dict[str, str] = {}
    for a, b in _lines(text, 0, len(text)):
        line = text[a:b]
        if not _is_table_row(line):
            continue
        cells = [cell.strip().rstrip(":：").strip() for cell in line.split("|")]
        for key, value in zip(cells, cells[1:]):
            if key in _META_KEYS and value and value not in _META_KEYS:
                fields.setdefault(key, value)
    return fields


# --------------------------------------------------------------------------------------------
# Metadata: titles, regions, years
# --------------------------------------------------------------------------------------------

_CJK = r"[\u4e00-\u9fff]"
_REGION_SUFFIX = "(?:自治州|[省市区县旗盟])"
_REGION_PATTERN = rf"{_CJK}{{1,10}}?{_REGION_SUFFIX}"  # 彬州市, 椒江区; not 温州 of 温州市
_BARE_PLACE = re.compile(rf"{_CJK}{{2,4}}")  # 温州 in 【温州招商】
_TAG_WORDS = re.compile("招商|投资|新闻|资讯|动态|快讯")
_REGION = re.compile(_REGION_PATTERN)
_TAG = re.compile(r"^【([^】]*)】\s*")
_LEADING_YEAR = re.compile(r"^\s*\d{4}年")
_NUMBERED = re.compile(r"^[一二三四五六七八九十\d]+[、.．]|^[（(]")
_GWR_TITLE = re.compile(rf"^(?:【[^】]*】)?\s*(?:\d{{4}}年)?{_REGION_PATTERN}(?:人民)?政府工作报告$")
_TITLE_WORDS = re.compile(r"政府工作报告|工作总结|工作思路|工作计划|工作要点|工作安排")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_SUMMARY_YEAR = re.compile(r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作)?总结")
_PLAN_YEAR = re.compile(
    r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作思路|工作计划|工作安排|工作打算|工作要点)"
)
_HEADING_CHARS = 40  # lines up to this long may be headings such as "二、2022年工作思路"


_Layout = Literal["compilation", "digest", "single"]


@dataclass(frozen=True)
class _Meta:
    title: str | None = None
    region: str | None = None
    year: int | None = None
    plan_year: int | None = None
    doc_type: DocType = DocType.UNKNOWN


def _region_of(name: str) -> str | None:
    """Leading place name of ``name`` (``温州市发展和改革委员会`` → ``温州市``)."""
    match = _REGION.match(_LEADING_YEAR.sub("", _TAG.sub("", name)))
    return match.group() if match else None


def _title_meta(title: str) -> _Meta:
    years = [int(y) for y in _YEAR.findall(title)]
    year = years[0] if years else None
    region = _region_of(title)
    if "政府工作报告" in title:
        return _Meta(title, region, year, year, DocType.GOVERNMENT_WORK_REPORT)
    if "总结" in title and re.search("思路|计划|安排|打算|要点", title):
        if len(years) > 1:
            plan_year = years[-1]
        elif year is not None and "下半年" in title:
            plan_year = year
        elif year is not None and "明年" in title:
            plan_year = year + 1
        else:
            plan_year = None
        return _Meta(title, region, year, plan_year, DocType.WORK_SUMMARY_AND_PLAN)
    return _Meta(title, region, year)


def _body_meta(headings: str, table: dict[str, str]) -> _Meta:
    """Fallback metadata from short lines (``一、2021年工作总结`` ...) and the metadata table."""
    summary, plan = _SUMMARY_YEAR.search(headings), _PLAN_YEAR.search(headings)
    region = _region_of(table.get("发布机构", ""))
    if summary and plan:
        year, plan_year = int(summary.group(1)), int(plan.group(1))
        return _Meta(None, region, year, plan_year, DocType.WORK_SUMMARY_AND_PLAN)
    return _Meta(None, region)


def _find_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of a title line among the first three lines of ``[start, end)``."""
    for n, (a, b) in enumerate(_lines(text, start, end)):
        line = text[a:b].strip()
        if n >= 3:
            break
        short = len(line) <= 60 and "。" not in line
        if short and not _NUMBERED.match(line) and _TITLE_WORDS.search(line):
            return a, b
    return None


def _meta_for(text: str, start: int, end: int, table: dict[str, str]) -> _Meta:
    title_span = _find_title(text, start, end)
    title_meta = _title_meta(text[slice(*title_span)].strip()) if title_span else _Meta()
    short_lines = (text[a:b] for a, b in _lines(text, start, end) if b - a <= _HEADING_CHARS)
    body_meta = _body_meta("\n".join(short_lines), table)
    return _Meta(
        title=title_meta.title,
        region=title_meta.region or body_meta.region,
        year=title_meta.year or body_meta.year,
        plan_year=title_meta.plan_year or body_meta.plan_year,
        doc_type=(
            title_meta.doc_type if title_meta.doc_type is not DocType.UNKNOWN else body_meta.doc_type
        ),
    )


def _iso_date(value: str) -> str | None:
    match = _DATE_LINE.match(value)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


# --------------------------------------------------------------------------------------------
# Whole files and splitting
# --------------------------------------------------------------------------------------------


def _describe_file(text: str, path: str | None) -> Document:
    """The whole file as one document: a container for a compilation/digest, else the report."""
    start, end = _trim(text, 0, len(text))
    if start == end:
        raise EmptyInputError("input holds only boilerplate (navigation, adverts, separators)")
    doc = Document(text, start, end, path=path)
    layout, _ = _layout(doc)
    if layout == "compilation":
        return doc
    if layout == "digest":
        return replace(doc, doc_type=DocType.NEWS_DIGEST)
    table = _read_table(text[:start])
    meta = _meta_for(text, start, end, table)
    date = _iso_date(table.get("成文日期", "")) or _iso_date(table.get("发布日期", ""))
    return _with_meta(doc, start, end, meta, date=date)


def _layout(doc: Document) -> tuple[_Layout, list[tuple[int, int]]]:
    """``("compilation", title lines)``, ``("digest", date lines)`` or ``("single", [])``."""
    lines = list(_lines(doc.text, doc.start, doc.end))
    titles = [(a, b) for a, b in lines if _GWR_TITLE.match(doc.text[a:b].strip())]
    if len(titles) > 1:
        return "compilation", titles
    dates = [(a, b) for a, b in lines if _DATE_LINE.match(doc.text[a:b])]
    if len(dates) > 1:
        return "digest", dates
    return "single", []


def split_reports(doc: Document) -> list[Document]:
    """Split ``doc`` into its reports (compilation) or news items (digest); otherwise ``[doc]``.

    Every returned document shares ``doc.text``; its span starts at its title line and excludes
    separators and boilerplate between reports. News items carry their ISO ``date``; the span of
    a news item is its title and body (the date line is left out).
    """
    layout, marks = _layout(doc)
    if layout == "compilation":
        return _split_compilation(doc, [start for start, _ in marks])
    if layout == "digest":
        return _split_digest(doc, marks)
    return [doc]


def _split_compilation(doc: Document, starts: list[int]) -> list[Document]:
    """Each report runs from its title line to the next title, less boilerplate at its edges."""
    reports = []
    for start, next_start in zip(starts, [*starts[1:], doc.end]):
        a, b = _trim(doc.text, start, next_start)
        if "\n" not in doc.text[a:b]:
            continue  # a title with no report under it: a table of contents entry
        meta = _meta_for(doc.text, a, b, {})
        reports.append(_with_meta(doc, a, b, meta))
    return reports


def _split_digest(doc: Document, dates: list[tuple[int, int]]) -> list[Document]:
    """Each news item is the non-boilerplate text before its date line."""
    items = []
    previous = doc.start
    for date_start, date_end in dates:
        a, b = _trim(doc.text, previous, date_start)
        previous = date_end
        if a == b:
            continue
        first_line_end = doc.text.find("\n", a, b)
        title = doc.text[a : b if first_line_end < 0 else first_line_end].strip()
        meta = _title_meta(title)
        date = _iso_date(doc.text[date_start:date_end])
        if meta.doc_type is DocType.UNKNOWN:
            tag = _TAG.match(title)  # 【乐清市招商】 names the region; a headline's start does not
            region = _tag_region(tag.group(1), doc.text[a:b]) if tag else None
            year = meta.year or (int(date[:4]) if date else None)  # a news item is of its day
            meta = replace(meta, doc_type=DocType.NEWS_ITEM, region=region, year=year)
        items.append(_with_meta(doc, a, b, meta, date=date))
    return items


def _tag_region(tag: str, text: str) -> str | None:
    """The place a news item's tag names: 【乐清市招商】 → 乐清市; a bare 【温州招商】 → 温州市
    when the item itself writes it so (otherwise 温州 as written), so that items group with the
    reports of the same place."""
    place = _TAG_WORDS.sub("", tag)
    region = _region_of(place)
    if region is not None or not _BARE_PLACE.fullmatch(place):
        return region
    # peoples' names may come between: 凉山彝族自治州, 黔东南苗族侗族自治州
    written = re.search(rf"{re.escape(place)}(?:{_CJK}{{1,3}}?族)*{_REGION_SUFFIX}", text)
    return written.group() if written else place


def _with_meta(
    doc: Document, start: int, end: int, meta: _Meta, *, date: str | None = None
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
        date=date,
        path=doc.path,
    )
