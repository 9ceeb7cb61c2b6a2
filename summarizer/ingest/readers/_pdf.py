"""PDF files (pdfminer.six): text lines with their positions, rebuilt into paragraphs.

A PDF holds positioned lines, not paragraphs; Chinese reports wrap mid-sentence, and a newline
inside a sentence would cut chunks and evidence quotes. So:

1. **Lines** (:func:`parse`): every text line pdfminer finds, with its box and its text from the
   glyphs. pdfminer's inferred spaces are kept only between Latin words or numbers (a gap
   between two CJK glyphs is justification, not a space); a glyph with no Unicode mapping
   (``(cid:12)``) is dropped, and a PDF made mostly of them is refused like a scan.
2. **Rows**: lines side by side on one baseline are one row, top to bottom (a single text
   column, as these reports are); several pieces in a row are table cells, joined by `` | ``.
3. **Furniture**: in the two rows at the top and bottom of each page, page numbers
   (``— 3 —``, ``- 3 -``, ``第3页``, ``3/10``) and rows no larger than the body text that repeat
   on at least half the pages (running headers and footers) are dropped.
4. **Paragraphs**: a row continues the previous one when it starts at the column's left edge
   (no first-line indent), is no table row and follows without an extra gap (also across a
   page break), and one of these holds: it starts with a mark no line may start with (``，``
   ``。`` ``”``: 避头尾); the previous row ended where it did because this one's first word
   would not fit after it (a justified line reaches the right edge of the text column; a ragged
   one stops short of it by less than a number or Latin word such as ``243.8`` or ``CFB``) and
   this one is no heading (``一、`` ``（一）`` ``1.`` ``（1）`` ``第一章``) after a sentence's end
   (after ``2.`` the row ``0、3.0版`` is a number cut by the wrap); or, in a document whose
   paragraphs start indented, the previous row stops mid-sentence and this one is no heading
   (a flush-left row is then no paragraph's start: the typesetter left the line short to keep
   a number, a Latin word or a quotation together). The column's right edge is where its full
   lines end - not the rightmost end, which a mark hanging in the margin moves out by a
   character (see :func:`_right_edge`). Everything else starts a new line. Joined lines meet
   with no space next to CJK text, and with one where the PDF has a space at the break or
   between two Latin words. Within a line, a gap is a word space only between Latin words and
   only when it is wider than the line's usual gap: justification spreads every gap alike.

A PDF whose pages hold no text at all is a scan: :class:`UnreadableDocumentError` says to OCR it.
"""

from __future__ import annotations

import io
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTAnno, LTChar, LTComponent, LTContainer, LTTextLine

from ...errors import UnreadableDocumentError
from ._common import CELL_SEPARATOR, is_wide

__all__ = ["Piece", "parse", "text_of"]

# all_texts: also lay out text inside form XObjects (some producers wrap whole pages in one).
_LAPARAMS = LAParams(all_texts=True)
_UNMAPPED = "(cid:"  # pdfminer's text for a glyph whose font has no Unicode mapping
_MAX_UNMAPPED_SHARE = 0.1
_SPACE_EMS = 0.15  # a gap this much wider than the line's usual one is a word space

_PAGE_NUMBER = re.compile(
    r"[\s\-－—–~·]*"
    r"(?:第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*[/／]\s*\d{1,4})?"
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)"
    r"[\s\-－—–~·]*",
    re.I,
)
_NUMERAL = "一二三四五六七八九十"
_HEADING = re.compile(
    rf"[{_NUMERAL}]{{1,3}}、|[（(][{_NUMERAL}\d]{{1,3}}[)）]|\d{{1,2}}(?:、|[.．](?!\d))"
    rf"|第[{_NUMERAL}\d]{{1,3}}[章节部分篇]"
)
# Closing and pause marks: no line may start with one (避头尾), so one may hang past the right
# edge instead, and a row that starts with one all the same is the previous row's continuation.
_CLOSING_MARKS = "[，。、；：！？）”’》」』〕】,.;:!?)\\]]"
_HANGING = re.compile(f"{_CLOSING_MARKS}$")
_CONTINUING = re.compile(_CLOSING_MARKS)
_EDGE_QUANTILE = 0.9  # of line ends, for the right edge (see _right_edge)
# A document indents its paragraphs when this many of its rows (and this share) start 1-3 ems in.
_FIRST_LINE_INDENT = (1.0, 3.0)
_MIN_INDENTED_ROWS, _MIN_INDENTED_SHARE = 3, 0.05
_SENTENCE_END = re.compile(r"[。！？；：!?;:][”’」』）)]*$")
# What a line break may not fall inside: a Latin word or number, with the opening marks before
# it and the closing punctuation after it that typesetting keeps with it (避头尾).
_FIRST_WORD = re.compile(r"[（“‘《「『(\[]*(?:[A-Za-z0-9.%‰]+|.)[，。、；：！？）”’》」』,.;:!?)\]]*")
_EDGE_ROWS = 2  # rows at each end of a page that may be furniture
_INDENT = 0.5  # ems past the left edge that make a first-line indent
_SLACK = 0.25  # ems of tolerance on a word's estimated width (Latin fonts are proportional)
_GAP = 1.6  # a vertical step this many times the usual one is a paragraph break


@dataclass(frozen=True)
class Piece:
    """One text line as pdfminer found it: page index, box (PDF points, y upwards), text, em."""

    page: int
    x0: float
    x1: float
    bottom: float
    top: float
    text: str
    em: float
    space_before: bool = False  # the line's own text starts or ends with a space
    space_after: bool = False
    unmapped: int = 0  # glyphs dropped for want of a Unicode mapping


@dataclass(frozen=True)
class _Row:
    page: int
    x0: float
    x1: float
    top: float
    text: str
    em: float
    cells: int
    space_before: bool
    space_after: bool


@dataclass(frozen=True)
class _Column:
    left: float
    right: float
    step: float
    indented: bool  # paragraphs start with a first-line indent (so flush-left rows continue)


# --------------------------------------------------------------------------------------------
# 1. Lines (pdfminer's part)
# --------------------------------------------------------------------------------------------


def parse(data: bytes) -> list[list[Piece]]:
    """The text lines of each page (all of pdfminer's work happens here)."""
    pages = []
    for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=_LAPARAMS)):
        pages.append([piece for line in _text_lines(page) if (piece := _piece(number, line))])
    return pages


def _text_lines(item: LTComponent) -> Iterator[LTTextLine]:
    if isinstance(item, LTTextLine):
        yield item
    elif isinstance(item, LTContainer):
        for child in item:
            yield from _text_lines(child)


def _piece(page: int, line: LTTextLine) -> Piece | None:
    glyphs = [item for item in line if isinstance(item, (LTChar, LTAnno))]
    raw = _line_text(glyphs)
    text = raw.strip()
    unmapped = sum(isinstance(g, LTChar) and g.get_text().startswith(_UNMAPPED) for g in glyphs)
    if not text and not unmapped:
        return None
    em = max((g.width for g in glyphs if isinstance(g, LTChar)), default=line.height)
    before, after = raw[:1].isspace(), raw[-1:].isspace()
    return Piece(page, line.x0, line.x1, line.y0, line.y1, text, em, before, after, unmapped)


def _line_text(glyphs: list[LTChar | LTAnno]) -> str:
    texts = [g.get_text() for g in glyphs]
    usual = _usual_gap(glyphs)
    out: list[str] = []
    for i, (glyph, text) in enumerate(zip(glyphs, texts)):
        if isinstance(glyph, LTAnno):  # a space pdfminer inferred from a gap, or the line end
            after = texts[i + 1] if i + 1 < len(texts) else ""
            wide = _gap(glyphs, i) > usual + _SPACE_EMS * _em_at(glyphs, i)
            if text == " " and out and wide and _gap_is_space(out[-1], after):
                out.append(" ")
        elif not text.startswith(_UNMAPPED):
            out.append(text)
    return "".join(out)


def _gap(glyphs: list[LTChar | LTAnno], i: int) -> float:
    """The white space between the glyphs around ``glyphs[i]`` (0 if one of them is missing)."""
    before, after = glyphs[i - 1] if i else None, glyphs[i + 1] if i + 1 < len(glyphs) else None
    if isinstance(before, LTChar) and isinstance(after, LTChar):
        return float(after.x0 - before.x1)
    return 0.0


def _em_at(glyphs: list[LTChar | LTAnno], i: int) -> float:
    before = glyphs[i - 1] if i else None
    return float(before.size) if isinstance(before, LTChar) else 0.0


def _usual_gap(glyphs: list[LTChar | LTAnno]) -> float:
    """The line's usual gap between glyphs: justification's character spacing (Tc), which
    widens every gap of a line alike; a space is a gap wider than that by a space's width."""
    chars = [g for g in glyphs if isinstance(g, LTChar)]
    gaps = [b.x0 - a.x1 for a, b in zip(chars, chars[1:])]
    return float(statistics.median(gaps)) if gaps else 0.0


def _gap_is_space(before: str, after: str) -> bool:
    """Is a gap pdfminer found between two glyphs a space? Between Latin words or numbers."""
    a, b = before[-1:], after[:1]
    latin = a.isascii() and b.isascii() and a.isalnum() and b.isalnum()
    return latin and not (a.isdigit() and b.isdigit())  # 10 000: a thousands gap, one number


# --------------------------------------------------------------------------------------------
# 2-4. Rows, furniture, paragraphs (ours)
# --------------------------------------------------------------------------------------------


def text_of(pages: list[list[Piece]]) -> str:
    """The document's text: one paragraph, heading or table row per line."""
    _check_text_layer([piece for pieces in pages for piece in pieces])
    rows = _without_furniture([_rows([p for p in pieces if p.text]) for pieces in pages])
    return "\n".join(_paragraphs(rows)) if rows else ""  # only page numbers: load() says empty


def _check_text_layer(pieces: list[Piece]) -> None:
    """Refuse a scan (no text) and a PDF whose fonts give most glyphs no Unicode text."""
    unmapped = sum(p.unmapped for p in pieces)
    if not pieces:
        reason = "has no text layer (a scanned document?)"
    elif unmapped > _MAX_UNMAPPED_SHARE * (unmapped + sum(len(p.text) for p in pieces)):
        reason = "has fonts that map its glyphs to no Unicode text"
    else:
        return
    raise UnreadableDocumentError(
        f"the PDF {reason}: its text cannot be extracted; it needs OCR first "
        "(e.g. ocrmypdf --force-ocr), then load the OCR'd PDF"
    )


def _rows(pieces: list[Piece]) -> list[_Row]:
    """Pieces grouped by baseline, top to bottom; pieces side by side are joined as cells."""
    rows: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.top, p.x0)):
        if rows and _same_row(rows[-1][0], piece):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [_row(sorted(row, key=lambda p: p.x0)) for row in rows]


def _same_row(a: Piece, b: Piece) -> bool:
    middle_a, middle_b = (a.top + a.bottom) / 2, (b.top + b.bottom) / 2
    return abs(middle_a - middle_b) < min(a.top - a.bottom, b.top - b.bottom) / 2


def _row(pieces: list[Piece]) -> _Row:
    first, last = pieces[0], pieces[-1]
    return _Row(
        page=first.page,
        x0=first.x0,
        x1=max(p.x1 for p in pieces),
        top=max(p.top for p in pieces),
        text=CELL_SEPARATOR.join(p.text for p in pieces),
        em=max(p.em for p in pieces),
        cells=len(pieces),
        space_before=first.space_before,
        space_after=last.space_after,
    )


def _without_furniture(pages: list[list[_Row]]) -> list[_Row]:
    """All rows but page numbers and running headers/footers at the page edges.

    A repeated row larger than the body text is kept: a title that a running header repeats
    in small print on the later pages.
    """
    repeated = _repeated_edges(pages)
    body_em = statistics.median(row.em for rows in pages for row in rows) if any(pages) else 0.0
    kept = []
    for rows in pages:
        for index, row in enumerate(rows):
            edge = index < _EDGE_ROWS or index >= len(rows) - _EDGE_ROWS
            header = _shape(row.text) in repeated and row.em <= body_em
            if not (edge and (header or _PAGE_NUMBER.fullmatch(row.text))):
                kept.append(row)
    return kept


def _repeated_edges(pages: list[list[_Row]]) -> set[str]:
    """Shapes of edge rows found on at least two pages and half of them (running headers)."""
    counts = Counter(shape for rows in pages for shape in {_shape(r.text) for r in _edges(rows)})
    return {shape for shape, n in counts.items() if n >= 2 and 2 * n >= len(pages)}


def _edges(rows: list[_Row]) -> list[_Row]:
    return rows[:_EDGE_ROWS] + rows[_EDGE_ROWS:][-_EDGE_ROWS:]


def _shape(text: str) -> str:
    # Page numbers and dates vary from page to page; the rest of a running header does not.
    return re.sub(r"\d+", "#", "".join(text.split()))


def _paragraphs(rows: list[_Row]) -> Iterator[str]:
    column = _column(rows)
    text = ""
    for previous, row in zip([None, *rows], rows):
        if previous is not None and _continues(previous, row, column):
            text += _glue(previous, row) + row.text
            continue
        if text:
            yield text
        text = row.text
    if text:
        yield text


def _column(rows: list[_Row]) -> _Column:
    """The text column's left and right edges and its usual line step, from the rows."""
    body = [row for row in rows if row.cells == 1] or rows
    # The leftmost start shared by two rows: continuation lines start there, indented first
    # lines and centred titles to its right (one stray row further left does not move it).
    starts = Counter(round(row.x0) for row in body)
    left = min((x for x, n in starts.items() if n > 1), default=min(starts))
    steps = [a.top - b.top for a, b in zip(rows, rows[1:]) if a.page == b.page and a.top > b.top]
    step = statistics.median(steps) if steps else math.inf  # no two rows on a page: no gap test
    indents = sum(_FIRST_LINE_INDENT[0] <= (row.x0 - left) / row.em <= _FIRST_LINE_INDENT[1] for row in body)
    indented = indents >= max(_MIN_INDENTED_ROWS, _MIN_INDENTED_SHARE * len(body))
    return _Column(left, _right_edge(body), step, indented)


def _right_edge(rows: list[_Row]) -> float:
    """Where the column's full lines end.

    Not where the rightmost line ends: a mark that may not start a line (``，`` ``。`` ``”``)
    hangs in the right margin when the line is full (避头尾), a character past the edge, and
    measured from there every other line would look a character short - none would be joined.
    So lines ending in such a mark are left out, and of the others a high quantile is taken
    rather than the maximum, so one overlong line (a wide formula, a long URL) moves nothing.
    Justified lines all end at the edge; ragged ones end within a word of it.
    """
    ends = sorted(row.x1 for row in rows if not _HANGING.search(row.text)) or sorted(row.x1 for row in rows)
    return ends[min(len(ends) - 1, int(_EDGE_QUANTILE * len(ends)))]


def _continues(previous: _Row, row: _Row, column: _Column) -> bool:
    """Is ``row`` the next line of ``previous``'s paragraph?

    Only a flush-left row of one cell that follows without an extra gap can be. It is when it
    starts with a mark no line may start with; when ``previous`` is full (its first word would
    not have fitted after it) unless ``row`` is a heading after a sentence's end; and, in a
    document whose paragraphs start indented, when ``previous`` stops mid-sentence and ``row``
    is no heading: there a flush-left row is no paragraph's start, and a typesetter leaves a
    line short to keep a number, a Latin word or a quotation in marks together.
    """
    if not (
        previous.cells == row.cells == 1
        and row.x0 - column.left <= _INDENT * row.em
        and (row.page != previous.page or previous.top - row.top <= _GAP * column.step)
    ):
        return False
    if _CONTINUING.match(row.text):
        return True
    heading = _HEADING.match(row.text) is not None
    ends_sentence = _SENTENCE_END.search(previous.text) is not None
    if column.right - previous.x1 < _first_word_width(row):
        return not (heading and ends_sentence)
    return column.indented and not ends_sentence and not heading


def _first_word_width(row: _Row) -> float:
    """About how wide the row's first unbreakable word is (CJK 1 em, Latin and digits 1/2 em)."""
    match = _FIRST_WORD.match(row.text)
    word = match.group() if match else row.text[:1]
    return row.em * (sum(1.0 if is_wide(char) else 0.5 for char in word) + _SLACK)


def _glue(previous: _Row, row: _Row) -> str:
    """What joins two lines of a paragraph: nothing next to CJK text; a space where the PDF has
    one at the break, or between two Latin words (producers that leave that space out)."""
    a, b = previous.text[-1], row.text[0]
    if is_wide(a) or is_wide(b):
        return ""
    if previous.space_after or row.space_before:
        return " "
    return " " if a.isascii() and b.isascii() and a.isalpha() and b.isalpha() else ""
