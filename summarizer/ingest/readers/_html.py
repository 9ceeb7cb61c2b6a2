"""Web pages (beautifulsoup4 on Python's own ``html.parser``): the report, not the page around it.

Government pages wrap a report in site furniture. Before reading, this removes:

1. what is never report text: ``<head>``, scripts, styles, frames, form controls, ``<nav>``,
   ``<aside>``, hidden elements, ARIA navigation/banner/contentinfo/search regions, and
   elements whose class or id is a furniture name (``nav``, ``menu``, ``breadcrumb``,
   ``footer``, ``copyright``, ``share``, ``sidebar`` ...);
2. link lists: a block whose text is mostly link text (menus, breadcrumbs, 相关链接, 分享到),
   unless it holds an ``<h1>``/``<h2>`` (a title that links to its own page).

Then it reads ``<main>`` (or ``role="main"``, or the page's only ``<article>``; else ``<body>``,
less its ``<header>``/``<footer>``): block elements and ``<br>`` end lines; a data table gives
one line per row, its cells joined by `` | `` (a table of indicators with a target column gives a
sentence per row, as a .docx table does: see :mod:`._tables`); a table whose cells hold running text or other
tables is page layout, and its cells are read as paragraphs. Whitespace collapses as a browser
collapses it: a run becomes one space, except a source line break between two CJK characters,
which is no space at all (CSS Text 3's segment-break rule) - ``完成305.7亿元，⏎城乡`` stays one
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, PreformattedString, Tag

from ._common import LAYOUT_CELL_CHARS, is_wide
from ._tables import table_lines

__all__ = ["parse", "text_of"]

_NEVER_TEXT = (
    "head", "script", "style", "noscript", "template", "iframe", "frame", "object", "embed",
    "svg", "canvas", "audio", "video", "map", "button", "select", "textarea", "input", "nav",
    "aside", "dialog",
)  # fmt: skip
_FURNITURE_NAMES = frozenset(
    {"nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "foot",
     "copyright", "share", "sidebar", "toolbar"}
)  # fmt: skip
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LINK_LIST_TAGS = ("div", "ul", "ol", "dl", "table", "td", "section", "p")  # td: layout tables
_LINK_SHARE = 0.5  # a block whose text is at least this much link text is a link list
_BLOCK = frozenset(
    {"address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
     "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
     "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)  # fmt: skip
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's white space; U+3000 and &nbsp; are text


def parse(text: str) -> BeautifulSoup:
    """The page's tree (beautifulsoup4's part)."""
    return BeautifulSoup(text, "html.parser")


def text_of(soup: BeautifulSoup) -> str:
    """The report on the page, a paragraph, heading or table row per line."""
    _remove(soup.find_all(_is_furniture))
    root = _main(soup)
    if root.name in ("body", "[document]"):  # no <main>: the site's own header and footer
        _remove(root.find_all(("header", "footer")))
    _drop_link_lists(root)
    return "\n".join(_lines(root))


def _remove(tags: Iterable[Tag]) -> None:
    for tag in tags:
        if not tag.decomposed:  # not already gone with an enclosing tag
            tag.decompose()


def _is_furniture(tag: Tag) -> bool:
    if tag.name in _NEVER_TEXT or tag.has_attr("hidden"):
        return True
    names = {*tag.get_attribute_list("class"), *tag.get_attribute_list("id")}
    return (
        not _FURNITURE_NAMES.isdisjoint(name.lower() for name in names if name)
        or str(tag.get("role", "")).lower() in _FURNITURE_ROLES
        or str(tag.get("aria-hidden", "")).lower() == "true"
        or _HIDDEN_STYLE.search(str(tag.get("style", ""))) is not None
    )


def _main(soup: BeautifulSoup) -> Tag:
    """The element that holds the page's content."""
    articles = soup.find_all("article")
    for candidate in (
        soup.find("main"),
        soup.find(role="main"),
        articles[0] if len(articles) == 1 else None,
        soup.body,
    ):
        if isinstance(candidate, Tag):
            return candidate
    return soup


def _drop_link_lists(root: Tag) -> None:
    for tag in root.find_all(_LINK_LIST_TAGS):
        if tag.decomposed or tag.find(("h1", "h2")) is not None:
            continue
        text = _chars(tag)
        links = sum(_chars(link) for link in tag.find_all("a"))
        if text and links >= _LINK_SHARE * text:
            tag.decompose()


def _chars(tag: Tag) -> int:
    return sum(len("".join(string.split())) for string in tag.strings)


def _lines(root: Tag) -> list[str]:
    reader = _LineReader()
    reader.visit(root)
    reader.end_line()
    return reader.lines


class _LineReader:
    """Walks a tree, gathering inline text into lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._parts: list[str] = []

    def visit(self, node: PageElement) -> None:
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):  # comments, doctypes, CDATA
                self._parts.append(str(node))
        elif isinstance(node, Tag):
            self._visit_tag(node)

    def _visit_tag(self, tag: Tag) -> None:
        if tag.name == "br":
            self.end_line()
        elif tag.name == "table" and not _is_layout(tag):
            self.end_line()
            self.lines.extend(_table_lines(tag))
        elif tag.name in _BLOCK:
            self.end_line()
            self._visit_children(tag)
            self.end_line()
        else:
            self._visit_children(tag)

    def _visit_children(self, tag: Tag) -> None:
        for child in tag.children:
            self.visit(child)

    def end_line(self) -> None:
        line = _collapse("".join(self._parts))
        self._parts = []
        if line:
            self.lines.append(line)


def _rows(table: Tag) -> list[list[Tag]]:
    """The cells of each row of ``table`` itself (not of tables nested in it)."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    return [tr.find_all(("td", "th"), recursive=False) for tr in rows]


def _is_layout(table: Tag) -> bool:
    return any(
        cell.find("table") is not None or _chars(cell) > LAYOUT_CELL_CHARS
        for row in _rows(table)
        for cell in row
    )


def _table_lines(table: Tag) -> list[str]:
    captions = table.find_all("caption", recursive=False)
    lines = [line for caption in captions for line in _lines(caption)]
    return lines + table_lines([["\n".join(_lines(cell)) for cell in cells] for cells in _rows(table)])


def _collapse(text: str) -> str:
    """HTML white space as a browser shows it (see the module docstring), edges stripped."""

    def space(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        line_break = "\n" in match.group() or "\r" in match.group()
        return "" if line_break and before and after and is_wide(before) and is_wide(after) else " "

    return _HTML_SPACE.sub(space, text).strip()
