"""What the readers share: table rows as lines, and which characters are wide (CJK)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["CELL_SEPARATOR", "LAYOUT_CELL_CHARS", "is_wide", "row_line"]

# The separator of scraped metadata tables in the text corpus, so documents.py reads both alike.
CELL_SEPARATOR = " | "
# A cell longer than this holds running text, not a value: the table is page layout, and its
# cells are read as paragraphs (a one-line "row" holding a whole report would defeat chunking).
LAYOUT_CELL_CHARS = 200
_LINE_BREAK = re.compile(r"\s*\n\s*")  # a cell's paragraphs share its line


def is_wide(char: str) -> bool:
    """Is ``char`` a wide (CJK, full-width) character? Between two of them no space belongs."""
    return unicodedata.east_asian_width(char) in ("W", "F", "H")


def row_line(cells: Iterable[str]) -> str:
    """One table row as one line; empty cells are kept so columns stay paired (key | value)."""
    return CELL_SEPARATOR.join(_LINE_BREAK.sub(" ", cell).strip() for cell in cells)
