"""Boilerplate: web furniture at a report's edges is left outside its span, never cut out.

Web spam lines, ``目录``, metadata tables (索引号/发布机构/成文日期 ...), stray ``|``/``-`` lines and
navigation footers at the edges are left outside ``[Document.start, Document.end)``; the text
itself is never changed. Metadata tables are read (:func:`read_table`) before they are dropped.

Boilerplate *inside* a report (between its first and last line) is kept in the span: a span is a
single contiguous range, and no known corpus file has spam in the middle of a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["DATE_LINE", "line_spans", "is_table_row", "trim", "read_table", "iso_date"]


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
_LINKS_HEAD = re.compile(
    r"^[ \t\u3000]*(?:相关新闻|相关阅读|相关文章|相关报道|相关链接|延伸阅读|推荐阅读|热门推荐|猜你喜欢|上一篇|下一篇)"
    r"[ \t\u3000]*(?:[:：>》]|$)",
    re.M,
)
_LINKS_TAIL_CHARS = 600  # a tail of links is a few headlines
DATE_LINE = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$")


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(line_start, line_end)`` of each line in ``text[start:end]`` (without the newline)."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


_TABLE_ROW_CHARS = 300  # a metadata row is short; a page pasted as one line that starts with one is not


def is_table_row(line: str) -> bool:
    return len(line) <= _TABLE_ROW_CHARS and "|" in line and any(key in line for key in _META_KEYS)


def _is_boilerplate(line: str) -> bool:
    """Is this whole line web furniture rather than report text?"""
    stripped = line.strip()
    return (
        _PUNCT_ONLY.match(stripped) is not None
        or stripped == "目录"
        or _NAV_ITEM.match(stripped) is not None
        or is_table_row(stripped)
        or (len(stripped) <= 200 and _SPAM.search(stripped) is not None)
    )


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past boilerplate lines at both edges (and edge whitespace or ``|``),
    and past a page's tail of links to other news (相关报道:, 下一篇:…)."""
    end = _links_tail(text, start, end)
    kept = [(a, b) for a, b in line_spans(text, start, end) if not _is_boilerplate(text[a:b])]
    if not kept:
        return start, start
    first, last = kept[0][0], kept[-1][1]
    while first < last and (text[first].isspace() or text[first] == "|"):
        first += 1
    while last > first and (text[last - 1].isspace() or text[last - 1] == "|"):
        last -= 1
    return first, last


def _links_tail(text: str, start: int, end: int) -> int:
    """Where a page's closing links to other news start (下一篇:某省政府工作报告 names another
    place's report), else ``end``: a marker line after the text, with little after it (a
    compilation of pages keeps its next report)."""
    for m in _LINKS_HEAD.finditer(text, start, end):
        if end - m.start() <= _LINKS_TAIL_CHARS and text[start : m.start()].strip():
            return m.start()
    return end


def read_table(text: str) -> dict[str, str]:
    """Key/value cells of pipe-separated metadata rows (``成文日期: | 2023-07-03 | ...``)."""
    fields: dict[str, str] = {}
    for a, b in line_spans(text, 0, len(text)):
        line = text[a:b]
        if not is_table_row(line):
            continue
        cells = [cell.strip().rstrip(":：").strip() for cell in line.split("|")]
        for key, value in zip(cells, cells[1:]):
            if key in _META_KEYS and value and value not in _META_KEYS:
                fields.setdefault(key, value)
    return fields

def iso_date(value: str) -> str | None:
    match = DATE_LINE.match(value)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"
