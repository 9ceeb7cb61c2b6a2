"""Word ``.docx`` files (python-docx): body paragraphs and tables, in document order.

Page headers and footers are left out on purpose: they are page furniture (a running title,
the issuing office, page numbers), repeated on every page and no part of the report's text.
Footnotes, comments and text boxes are not part of the body and are left out too.

A data table is written a row per line, its cells joined by `` | ``, except a table of
indicators with a target column (``指标 | 2022年 | 2023年目标``): each of its rows becomes one
sentence of ``header：cell`` pairs in which a target cell names its row's indicator -
``指标：生产总值；2022年：326.3亿元；2023年目标：生产总值增长7%左右。`` - so the target is read from
the target column, for the indicator in the row header (see :mod:`._tables`). A table whose
cells hold running text or other tables is page layout: its cells are read as paragraphs.

Word's automatic list numbers are put back: a heading numbered by a Word list holds only its
title in the file, and Word draws its ``一、`` or ``（一）`` from numbering.xml. python-docx does
not draw them, so :mod:`._numbering` writes each one in front of its paragraph, counted as Word
counts - without them a report numbered that way would lose every heading.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from docx import Document as open_document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.part import XmlPart

from ._common import LAYOUT_CELL_CHARS
from ._numbering import Element, ListNumbers
from ._tables import table_lines

__all__ = ["Block", "parse", "text_of"]


# A paragraph's text, or a data table's rows of cell texts.
Block = str | tuple[tuple[str, ...], ...]


def parse(data: bytes) -> list[Block]:
    """Every body block of the document (all of python-docx's work happens here)."""
    document = open_document(io.BytesIO(data))
    numbers = ListNumbers(_numbering(document), document.styles.element)
    return list(_blocks(document.iter_inner_content(), numbers))


def _numbering(document: Document) -> Element | None:
    # Not document.part.numbering_part: for a file without numbering.xml it makes one.
    try:
        part = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING)
    except KeyError:
        return None
    return part.element if isinstance(part, XmlPart) else None


def _blocks(items: Iterator[Paragraph | Table], numbers: ListNumbers) -> Iterator[Block]:
    for item in items:
        if isinstance(item, Paragraph):
            yield _text(item, numbers)
        else:
            yield from _table(item, numbers)


def _text(paragraph: Paragraph, numbers: ListNumbers) -> str:
    return numbers.numbered(paragraph._p, paragraph.text)


def _table(table: Table, numbers: ListNumbers) -> Iterator[Block]:
    rows = [_distinct(row.cells) for row in table.rows]
    if any(_is_layout(cell) for cells in rows for cell in cells):
        for cells in rows:  # a table used for page layout: its cells are paragraphs
            for cell in cells:
                yield from _blocks(cell.iter_inner_content(), numbers)
        return
    # a cell's paragraphs may be numbered too
    yield tuple(tuple("\n".join(_text(p, numbers) for p in cell.paragraphs) for cell in cells) for cells in rows)


def _distinct(cells: list[_Cell]) -> list[_Cell]:
    # A cell merged across columns is returned once per grid column; keep it once.
    kept: list[_Cell] = []
    for cell in cells:
        if not kept or cell._tc is not kept[-1]._tc:
            kept.append(cell)
    return kept


def _is_layout(cell: _Cell) -> bool:
    return bool(cell.tables) or len(cell.text) > LAYOUT_CELL_CHARS


def text_of(blocks: list[Block]) -> str:
    """Paragraphs as lines (a manual line break inside one starts a new line); a data table's
    rows as lines - an indicator table's as sentences (see :mod:`._tables`)."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, tuple):
            lines.extend(table_lines(block))
        else:
            lines.extend(line.strip() for line in block.split("\n"))
    return "\n".join(line for line in lines if line.strip(" |"))
