"""Word ``.docx`` files (python-docx): body paragraphs and tables, in document order.

Page headers and footers, footnotes, comments and text boxes are not part of the body and are
left out. Word's automatic list numbering is not text in the file either: a heading numbered by
a list style comes out without its ``一、`` (nothing is invented to replace it).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from docx import Document as open_document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ._common import LAYOUT_CELL_CHARS, row_line

__all__ = ["Block", "parse", "text_of"]


# A paragraph's text, or a table row's cell texts.
Block = str | tuple[str, ...]


def parse(data: bytes) -> list[Block]:
    """Every body block of the document (all of python-docx's work happens here)."""
    document = open_document(io.BytesIO(data))
    return list(_blocks(document.iter_inner_content()))


def _blocks(items: Iterator[Paragraph | Table]) -> Iterator[Block]:
    for item in items:
        if isinstance(item, Paragraph):
            yield item.text
        else:
            yield from _table(item)


def _table(table: Table) -> Iterator[Block]:
    rows = [_distinct(row.cells) for row in table.rows]
    if any(_is_layout(cell) for cells in rows for cell in cells):
        for cells in rows:  # a table used for page layout: its cells are paragraphs
            for cell in cells:
                yield from _blocks(cell.iter_inner_content())
        return
    for cells in rows:
        yield tuple(cell.text for cell in cells)


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
    """Paragraphs as lines (a manual line break inside one starts a new line), rows as lines."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, tuple):
            lines.append(row_line(block))
        else:
            lines.extend(line.strip() for line in block.split("\n"))
    return "\n".join(line for line in lines if line.strip(" |"))
