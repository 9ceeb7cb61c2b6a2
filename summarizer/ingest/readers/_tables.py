"""Tables as lines of text: an indicator table's rows as sentences, any other table's rows as
cells joined by `` | ``.

A table of indicators - a header row whose first cell names the rows (``指标``, ``项目`` or
nothing) and one of whose columns holds targets (``2023年目标``, ``预期目标``, ``计划``) - reads
row by row, each cell under its column's header. Joined with `` | `` the row
``生产总值 | 326.3亿元 | 增长7%左右`` loses its headers, and the number parser, reading left to
right, gives ``生产总值`` the first number it meets: last year's level. So each row of such a
table is written as one sentence of ``header：cell`` pairs, and a target cell also names its
row's indicator, the way a report's own text states a target::

    指标 | 2022年 | 2023年目标          (header row: not written, its words are in every sentence)
    生产总值 | 326.3亿元 | 增长7%左右  →  指标：生产总值；2022年：326.3亿元；2023年目标：生产总值增长7%左右。

A unit column (``单位``) is folded into the bare numbers of its row (``350`` → ``350亿元``).
Rows without an indicator (a merged sub-heading row) and every row of any other table are
joined by `` | `` as before. The sentences are the extracted text: offsets point into them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._common import row_line

__all__ = ["table_lines"]

_ROW_HEADER = re.compile(r"^(?:(?:主要)?(?:经济)?(?:指标|项目)(?:名称)?|名称|内容)?$")
_TARGET_HEADER = re.compile(r"目标|预期|计划|预计")
_UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
_BARE_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_SPACE = re.compile(r"\s+")


def table_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """The lines of a table given as its rows' cell texts (see the module docstring)."""
    cells = [[_SPACE.sub(" ", cell).strip() for cell in row] for row in rows]
    if _is_indicator_table(cells):
        header, body = cells[0], cells[1:]
        lines = [_sentence(header, row) if _is_data_row(row, header) else row_line(row) for row in body]
    else:
        lines = [row_line(row) for row in cells]
    return [line for line in lines if line.strip(" |")]


def _is_indicator_table(rows: list[list[str]]) -> bool:
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    header = rows[0]
    return _ROW_HEADER.match(header[0]) is not None and any(_TARGET_HEADER.search(h) for h in header[1:])


def _is_data_row(row: list[str], header: list[str]) -> bool:
    """A row of the grid (as many cells as the header) that names its indicator."""
    return len(row) == len(header) and bool(row[0]) and any(row[1:])


def _sentence(header: list[str], row: list[str]) -> str:
    indicator = row[0]
    unit = next((cell for h, cell in zip(header, row) if _UNIT_HEADER.match(h)), "")
    pairs = [f"{header[0]}：{indicator}" if header[0] else indicator]
    for name, cell in zip(header[1:], row[1:]):
        if not cell or _UNIT_HEADER.match(name):
            continue
        value = cell + unit if _BARE_NUMBER.match(cell) else cell
        pairs.append(f"{name}：{indicator}{value}" if _TARGET_HEADER.search(name) else f"{name}：{value}")
    return "；".join(pairs) + "。"
