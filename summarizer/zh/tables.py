"""The tables of a text, read as grids: each row's figures, named by the row and its column.

A statistics communiqué gives some figures as a table, pasted as one line per row, its cells
separated by ``|`` or by spaces::

    表1:2030年全区主要农产品产量            (a title, maybe)
    单位:吨                                 (the unit of every cell, maybe)
    产品名称 | 产量 |                         (the header: what each column measures)
    粮食 | 143972 |                         (a row: its name, then its cells)
    #稻谷 | 118787 |                        (# marks a part of the row before)
    按品种分 | |                             (a heading of the rows below: no figures)

    指标 绝对值(万元) 比上年增长(%)
    农林牧渔业 37554 4.0

A cell's words are in its row and its column: the figure is the row's name with the column's
measure (粮食 + 产量 → 粮食产量; where the column says none, the title's: 地区生产总值及其增长速度
makes 农林牧渔业 the industry's 增加值), its unit is the column's (or the table's), and a column of
changes (比上年增长(%)) gives the change of the level beside it. Read on a folded text
(:func:`summarizer.ingest.script.reading_of`), so a table in traditional characters reads alike;
offsets are the text's.

Only a grid is read: a header, then at least two rows with as many cells (or one more: a header
that leaves its corner blank); a column headed by a year (2029年 | 2030年) says no measure of its own
and is left alone, and so is a table with no header. Cells padded to width (鲜 菜) are read whole,
numbered groups (一、食品烟酒, 1、夏粮) by their names; a row of a place (北 京, 全国总计) is named with
what the title says the table measures (全国及各省粮食产量 → 北京粮食播种面积). A numbered table
(序号 | 实事项目名称 | 完成情况 | 占全年计划) is read without its numbers; a cell may carry its unit (110%),
and a row's name its plan (新增4000张养老床位 | 4385: what was done, in the plan's unit, named without
it). A table pasted one cell a line (指 标⏎涨 跌⏎居民消费价格⏎0.6⏎…) is read as the grid it was, when
its header says it is one (a corner over the rows' names, or a column's unit or change). A row is
quoted up to its last cell, without the bar that closes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..ingest.boilerplate import line_spans
from ..ingest.places import is_place_name
from ..ingest.script import reading_of
from .claims import exact_name
from .lexicon import alternation
from .naming import MEASURE_WORD
from .numbers import COUNT_UNITS

__all__ = ["TableFigure", "table_figures", "figures_named", "table_spans", "without_bars"]


@dataclass(frozen=True)
class TableFigure:
    """One figure of a table row: its name, level and change, and the row that quotes them."""

    name: str
    value: float | None
    unit: str
    change: float | None
    change_unit: str
    direction: str  # the change's: increase | decrease | ""
    start: int  # the row's span in the text
    end: int


@dataclass(frozen=True)
class _Column:
    measure: str  # the words the column adds to a row's name ('' for none)
    unit: str
    change: bool  # a column of changes (比上年增长(%))
    direction: str


_ROWS_AT_LEAST = 2
_CELL_SPACE = re.compile(r"[ \t\u3000]+")
_SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")  # (鲜 菜 | -0.7: a cell padded to width)
_NUMBER = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")
_PERCENT = "%％"  # (a cell may carry its unit: 110%)
_INDEX_HEADER = re.compile(r"^(?:序号|编号|序)$")  # (序号 | 实事项目名称 | …: a column that numbers the rows)
# A planned count in a row's name (新增4000张养老床位 | 4385: the plan, then what was done): the done
# figure's unit, no part of its name
_PLANNED_COUNT = re.compile(rf"\d+(?:\.\d+)?(?P<unit>{alternation(list(COUNT_UNITS))})")
_NAME_THEN_NUMBER = re.compile(rf"(.*[\u4e00-\u9fff)）])({_NUMBER.pattern})")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_EMPTY_CELL = re.compile(r"[-—–…/]*")
_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*(?P<unit>[^\s|,，;；、]{1,6})")
_UNIT_IN_CELL = re.compile(r"[(（](?:单位\s*[:：]\s*)?(?P<unit>[^()（）]{1,8})[)）]")
_CHANGE_HEADER = re.compile(r"增长|增速|增幅|增减|涨跌|涨幅|比上年|同比|±|(?P<fall>下降|降幅)")
_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}年?(?:度|末|底)?$")
# Header words that say which figure, not what it measures (绝对值, 本年实绩).
_GENERIC = re.compile(r"绝对[值数额量]|数值|总量|本年|本期|全年|累计|实绩|实际|完成(?:数|情况)?|(?:指)?标值|数量|合计|金额|指标名称|名称|^(?:计量)?单位$")  # (not 单位面积产量's)
_ROW_MARK = re.compile(r"^(?:#|＃|其中[:：]?|[一二三四五六七八九十]+、|\d{1,2}、|\s)+")  # (一、食品烟酒, 1、夏粮: groups numbered)
_IN_ALL_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:总计|合计)$")  # (全国总计: the nation's, in all)
_TITLE_LEAD = re.compile(r"^(?:表\s*\d+\s*[:：.、]?\s*)?(?:(?:19|20)\d{2}年(?:末|底)?)?(?:全[省市县区]|[\u4e00-\u9fff]{2,6}[省市县区](?=[\u4e00-\u9fff]{4}))?(?:主要)?")
_COUNTED_CHARS = (2, 8)
_SPACE_BEFORE_NIAN = re.compile(r"(?<=\d)\s+(?=年)")
_SPACES = re.compile(r"\s")
_TITLE_SCOPE = re.compile(r"^(?:全国|全省|全市)?(?:及|和)?各(?:省|市|县|区|地)(?:[(（][^)）]*[)）])?")  # (全国及各省(区、市))
_GDP = re.compile(r"(?:地区|国内|本地)?生产总值")


def table_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the tables in ``text``, header to last row: no sentence of the text's own."""
    return [span for span, _ in _tables(text)]


def table_figures(text: str) -> list[TableFigure]:
    """Every figure of every table in ``text`` (a folded text), in order."""
    return [figure for _, figures in _tables(text) for figure in figures]


def figures_named(text: str, name: str) -> list[TableFigure]:
    """The figures of the tables in ``text`` (a folded text) that a claim's ``name`` names exactly,
    read as the rows are (鲜 果: a padded cell's name, its spaces no part of it)."""
    claimed = "".join(reading_of(name).text.split())
    return [f for f in table_figures(text) if exact_name(claimed, f.name) is not None]


@lru_cache(maxsize=8)
def _tables(text: str) -> tuple[tuple[tuple[int, int], tuple[TableFigure, ...]], ...]:
    lines = list(line_spans(text, 0, len(text)))
    out = []
    k = 0
    while k < len(lines):
        found = _table_at(text, lines, k) or _stacked_at(text, lines, k)
        if found is None:
            k += 1
            continue
        last, figures = found
        out.append(((lines[k][0], lines[last][1]), tuple(figures)))
        k = last + 1
    return tuple(out)


def _cells(line: str) -> list[str]:
    if "|" in line:
        cells = [_SPACED_HAN.sub("", c.strip()) for c in line.split("|")]
        while cells and not cells[-1]:
            cells.pop()  # (粮食 | 143972 |: the row's closing bar)
        if cells and not cells[0] and line.lstrip().startswith("|"):
            cells.pop(0)  # (| 粮 食 | 86616 | 7.9 |: a row opened by a bar too)
        return cells
    cells = _CELL_SPACE.split(line.strip())
    glued = _NAME_THEN_NUMBER.fullmatch(cells[0])  # (农林牧渔业37554 4.0: the reading drops the space)
    return [glued.group(1), glued.group(2), *cells[1:]] if glued else cells


def _is_number(cell: str) -> bool:
    return _NUMBER.fullmatch(cell.rstrip(_PERCENT)) is not None


def _is_row(cells: list[str], width: int) -> bool:
    """A row of a table ``width`` cells wide: a name, then numbers (or empty cells), one at least."""
    if len(cells) != width or _is_number(cells[0]) or not _HAN.search(cells[0]):
        return False
    rest = cells[1:]
    return any(_is_number(c) for c in rest) and all(_is_number(c) or _EMPTY_CELL.fullmatch(c) for c in rest)


def _is_group(cells: list[str]) -> bool:
    """A heading of the rows below (按城乡分 | |, 分产业 | -- | --): a name, no figures."""
    return bool(cells) and not _is_number(cells[0]) and all(_EMPTY_CELL.fullmatch(c) for c in cells[1:])


def _table_at(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, list[TableFigure]] | None:
    """The table whose header is line ``k``: its last line and its figures, or ``None``."""
    header = _cells(text[slice(*lines[k])])
    indexed = bool(header) and _INDEX_HEADER.match(header[0]) is not None
    header = header[1:] if indexed else header
    if len(header) < 2 or any(_is_number(c) for c in header) or not _HAN.search("".join(header)):
        return None
    if k + 1 < len(lines) and _is_row(_row_cells(text, lines[k + 1], indexed), len(header) + 1):
        header = ["", *header]  # (播种面积 | 总产量 over 全年粮食 | 113340.5 | 62143.5: the corner left blank)
    rows: list[tuple[int, list[str]]] = []
    for j in range(k + 1, len(lines)):
        cells = _row_cells(text, lines[j], indexed)
        if rows and _is_group(cells):
            continue  # (按城乡分 | |: a heading of the rows below, no figures)
        if not _is_row(cells, len(header)):
            break
        rows.append((j, cells))
    if len(rows) < _ROWS_AT_LEAST:
        return None
    title, unit = _title_and_unit(text, lines, k)
    columns = [_column(cell, unit) for cell in header[1:]]
    figures = [f for j, cells in rows for f in _row_figures(cells, columns, title, without_bars(text, lines[j]))]
    return rows[-1][0], figures


def _row_cells(text: str, line: tuple[int, int], indexed: bool) -> list[str]:
    """A row's cells, without the number of a numbered table's row (1 | 新增…床位 | 4385)."""
    cells = _cells(text[slice(*line)])
    return cells[1:] if indexed and cells and _is_number(cells[0]) else cells


# A table pasted one cell a line, blank lines between or not (指 标⏎⏎全市⏎⏎居民消费价格(%)⏎⏎0.6⏎⏎衣着⏎⏎1.9):
# its header's cells (with a corner over the rows' names, or a column's unit or change), then rows of
# a name and as many numbers as the header has columns.
_STACKED_CELL_CHARS = 20
_STACKED_HEADER_CELLS = 5
_CORNER = re.compile(r"指标(?:名称)?|项目|名称|类别|分类")  # (the header's cell over the rows' names)
_WHOLE_PLACE = ("全市", "全县", "全省", "全区")
_CHANGE_TITLE = re.compile(r"涨跌|增减|增长速度|增速|增幅")  # (2030年居民消费价格比上年涨跌幅度: a table of changes)


def _stacked_cells(text: str, lines: list[tuple[int, int]], k: int) -> list[tuple[int, str]]:
    """The short lines from line ``k`` on, as ``(line index, cell)``, blank ones (and bars) skipped,
    up to the first line too long to be a cell."""
    out = []
    for j in range(k, len(lines)):
        cell = _SPACED_HAN.sub("", text[slice(*lines[j])].strip(" |\t\u3000"))
        if len(cell) > _STACKED_CELL_CHARS or "|" in cell:
            break
        if cell:
            out.append((j, cell))
    return out


def _stacked_at(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, list[TableFigure]] | None:
    """The table stacked one cell a line whose header starts at line ``k``: its last line and its
    figures, or ``None``."""
    cells = _stacked_cells(text, lines, k)
    if not cells or cells[0][0] != k:
        return None
    first_number = next((i for i, (_, c) in enumerate(cells) if _is_number(c)), None)
    if first_number is None or not 2 <= first_number <= _STACKED_HEADER_CELLS:
        return None
    header = [c for _, c in cells[: first_number - 1]]
    cornered = _CORNER.fullmatch(header[0]) is not None
    if not cornered and not any(_UNIT_IN_CELL.search(h) or h.endswith(tuple(_PERCENT)) or _CHANGE_HEADER.search(h) for h in header):
        return None  # (a list numbered on lines of their own, 新建…⏎⏎6⏎⏎完成…⏎⏎7: no header, no table)
    words = header[1:] if cornered else header
    width = len(words) + 1
    rows = []
    for i in range(first_number - 1, len(cells) - width + 1, width):
        row = [c for _, c in cells[i : i + width]]
        if not _is_row(row, width):
            break
        rows.append((cells[i][0], cells[i + width - 1][0], row))
    if not words or len(rows) < _ROWS_AT_LEAST:
        return None
    title, unit = _title_and_unit(text, lines, k)
    columns = [_stacked_column(w, unit, title) for w in words]
    figures = []
    for first, last, (name, *values) in rows:
        said = _UNIT_IN_CELL.search(name)  # (居民消费价格(%) | 0.6: the row says its unit)
        named_columns = [replace(c, unit=said.group("unit")) if said and not c.unit else c for c in columns]
        span = (lines[first][0], without_bars(text, lines[last])[1])
        figures += _row_figures([_UNIT_IN_CELL.sub("", name), *values], named_columns, title, span)
    return rows[-1][1], figures


def _stacked_column(words: str, table_unit: str, title: str) -> _Column:
    """A stacked table's column: as a grid's (:func:`_column`), but a column of a place (全市) says
    no measure, and is a column of changes under a title of changes (…比上年涨跌幅度)."""
    column = _column(words, table_unit)
    if column.change or not (is_place_name(column.measure) or column.measure in _WHOLE_PLACE):
        return column
    if _CHANGE_TITLE.search(title):
        return _Column("", column.unit or "%", True, "increase")
    return _Column("", column.unit, False, "")


def without_bars(text: str, line: tuple[int, int]) -> tuple[int, int]:
    """A row's span without the bars and spaces that close it (粮食 | 143972 |: up to 143972), as
    a row is quoted (and a document's last line may end before its closing bar); grounding cuts a
    quote of a row so too."""
    start, end = line
    return start, start + len(text[start:end].rstrip(" |\t\u3000"))


def _title_and_unit(text: str, lines: list[tuple[int, int]], k: int) -> tuple[str, str]:
    """The table's title and unit, from the (up to three) lines before its header."""
    title, unit = "", ""
    for j in range(k - 1, max(-1, k - 4), -1):
        line = text[slice(*lines[j])].strip(" |\t\u3000")
        said = _UNIT_LINE.match(line) or _UNIT_IN_CELL.search(line)
        if said and not unit:
            unit = said.group("unit")
        if line and not _UNIT_LINE.match(line) and not title:
            title = line
    return title, unit


def _column(header: str, table_unit: str) -> _Column:
    said = _UNIT_IN_CELL.search(header)
    words = _UNIT_IN_CELL.sub("", header).strip()
    if not said and words.endswith(tuple(_PERCENT)):  # (比重%: the column's unit, written after its words)
        return _column(f"{words[:-1]}(%)", table_unit)
    change = _CHANGE_HEADER.search(words)
    if change:
        unit = said.group("unit") if said else "%"
        return _Column("", "个百分点" if "百分点" in unit else unit, True, "decrease" if change.group("fall") else "increase")
    if _YEAR_HEADER.match(words):
        return _Column("", "", False, "")  # (a year's column: which year, not what)
    return _Column(_GENERIC.sub("", words), said.group("unit") if said else table_unit, False, "")


def _row_figures(
    cells: list[str], columns: list[_Column], title: str, span: tuple[int, int]
) -> list[TableFigure]:
    """The figures of a row: one per column of levels, with the column of changes after it."""
    name = _IN_ALL_END.sub("", _ROW_MARK.sub("", cells[0]).strip())
    planned = _PLANNED_COUNT.search(name)
    name = name[: planned.start()] + name[planned.end() :] if planned else name
    out: list[TableFigure] = []
    for j, (cell, heading) in enumerate(zip(cells[1:], columns)):
        unit = "%" if cell.endswith(tuple(_PERCENT)) else heading.unit or (planned.group("unit") if planned else "")
        column = replace(heading, unit=unit)  # (the cell's own unit, else the column's, else the plan's)
        if column.change or not _is_number(cell) or not (column.measure or column.unit):
            continue
        nxt = j + 1
        change = cells[nxt + 1] if nxt < len(columns) and columns[nxt].change else ""
        out.append(_figure(name, column, cell, change, columns[nxt] if change else None, title, span))
    if not out:  # a row of changes only (比上年增长(%))
        for cell, column in zip(cells[1:], columns):
            if column.change and _is_number(cell):
                out.append(_figure(name, _Column("", "", False, ""), "", cell, column, title, span))
    return out


def _figure(
    name: str, column: _Column, level: str, change: str, changes: _Column | None, title: str, span: tuple[int, int]
) -> TableFigure:
    rate = _number(change) if change and _is_number(change) else None
    return TableFigure(
        name=_named(name, column.measure, title),
        value=_number(level) if level else None,
        unit=column.unit,
        change=rate,
        change_unit=changes.unit if changes and rate is not None else "",
        direction=("decrease" if rate < 0 else changes.direction) if changes and rate is not None else "",
        start=span[0],
        end=span[1],
    )


def _named(row: str, measure: str, title: str) -> str:
    """The row's name with the column's measure, else the title's (主要农产品产量: 粮食产量); in a
    table of the product (地区生产总值及其增长速度), an industry's row is its 增加值."""
    counted = _parts_counted(title) if measure else ""
    if counted and counted not in row + measure and not row.endswith(counted[-2:]):
        return row + counted + measure  # (城镇 | 217319 under 户籍人口数及构成's 年末数: 城镇户籍人口年末数)
    measure = measure or _title_measure(title)
    if not measure or measure in row:
        return row
    if row == "全国" or is_place_name(row):
        row += _title_subject(title, measure)  # (北京 | 104.5 under 各省粮食产量's 播种面积: 北京粮食播种面积)
    if _GDP.fullmatch(measure):
        return row if _GDP.search(row) else row + "增加值"
    return row + measure


def _title_subject(title: str, measure: str) -> str:
    """What a table of places measures, as its title says it (2030年全国及各省粮食产量 → 粮食), ''
    when the column's ``measure`` says it already or the title says nothing more."""
    title = _SPACE_BEFORE_NIAN.sub("", title)  # (表 2 2015 年…: a typeset title's spaces)
    words = _TITLE_SCOPE.sub("", _SPACES.sub("", _TITLE_LEAD.sub("", title)))
    said = MEASURE_WORD.search(words)
    subject = words[: said.start()] if said else ""
    return subject if _COUNTED_CHARS[0] <= len(subject) <= _COUNTED_CHARS[1] and subject not in measure else ""


def _title_measure(title: str) -> str:
    head = re.split(r"及其?|和", title)[0]  # 地区生产总值及其增长速度: the figure, not its change
    gdp = _GDP.search(head)
    found = gdp or MEASURE_WORD.search(head)
    if found:
        return found.group()
    return _counted_in_title(head)


def _counted_in_title(head: str) -> str:
    """What a title's head counts (2022年年末常住人口数 → 年末常住人口: its rows are its parts), or ''."""
    counted = _TITLE_LEAD.sub("", head).removesuffix("数")
    return counted if _COUNTED_CHARS[0] <= len(counted) <= _COUNTED_CHARS[1] and counted.isalpha() else ""


def _parts_counted(title: str) -> str:
    """What a table of a whole's parts counts, when its title says so (2021年末户籍人口数及构成情况 →
    户籍人口; 年末 is when, no part of it), so a row of one part (城镇, 0-17岁) under a column of
    its own measure (年末数, 比重) is that part's; '' for any other title."""
    head, parts, _ = title.partition("构成")
    return _counted_in_title(re.sub(r"及其?$", "", head)).removeprefix("年末") if parts else ""


def _number(cell: str) -> float:
    return float(cell.rstrip(_PERCENT).replace(",", "").replace("−", "-"))
