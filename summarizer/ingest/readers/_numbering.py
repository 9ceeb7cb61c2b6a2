"""Word's automatic list numbers: the ``一、`` ``（一）`` ``1.`` that Word draws, not stores.

A paragraph in a Word list (``w:numPr`` on the paragraph, or on its style) holds only its own
text. Word draws its number from the list's level in ``word/numbering.xml``: the level's
``w:lvlText`` (``%1、``, ``（%1）``, ``%1.%2``) with each ``%n`` replaced by level n's counter,
written in level n's ``w:numFmt``. :class:`ListNumbers` counts as Word counts:

* counters belong to the abstract list (``w:abstractNum``): two lists (``w:num``) built on one
  continue each other's numbering, unless one restarts a level with ``w:startOverride``;
* a level starts at ``w:start`` and restarts whenever a higher level is used (``w:lvlRestart``
  narrows that to the levels above the one it names, and 0 means never);
* formats: decimal (also zero-padded, full-width and circled ``①``), Chinese counting
  (``一`` … ``十一`` … ``二十``) and its legal (``壹``) and traditional forms, ``甲乙丙``,
  ``子丑寅``, Latin letters and Roman numerals; ``none`` draws no number, and any other format
  is drawn as decimal. A bullet is kept when it is a character (``●``), left out when it is a
  symbol font's private glyph;
* the number is followed by the level's ``w:suff``: nothing, or for a tab or a space one space,
  except between two wide characters (``一、`` then ``坚持``), where CJK text has none.

Whatever numbering.xml holds, a paragraph gets a number or none; a malformed value is read as
its default, never raised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ._common import is_wide

__all__ = ["Element", "ListNumbers", "format_number"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9  # w:ilvl 0-8
_MAX_STYLE_DEPTH = 20  # w:basedOn chains are short; a cycle in a damaged file must end


class Element(Protocol):
    """The part of an lxml element that is read here (python-docx's oxml elements are ones)."""

    def find(self, path: str) -> Element | None: ...

    def findall(self, path: str) -> Sequence[Element]: ...

    def get(self, key: str) -> str | None: ...


# --------------------------------------------------------------------------------------------
# Number formats
# --------------------------------------------------------------------------------------------

_CJK_ZERO_DIGITS = "〇一二三四五六七八九"  # positional, as in 二〇二三
_CJK_DIGITS = "零一二三四五六七八九"  # counting, as in 一百零五
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_TRADITIONAL_DIGITS = "零壹貳參肆伍陸柒捌玖"
_CJK_UNITS, _LEGAL_UNITS = "十百千", "拾佰仟"
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _counted(n: int, digits: str = _CJK_DIGITS, units: str = _CJK_UNITS, *, bare_ten: bool = True) -> str:
    """``n`` (1-9999) in Chinese counting: 十二, 二十, 一百零五, 一千五百.

    ``bare_ten`` writes 10-19 as 十, 十一 (as headings are numbered), not 一十, 一十一; legal
    numbers keep the 壹 (壹拾).
    """
    if not 0 < n < 10000:
        return str(n)
    parts: list[str] = []
    gap = False  # a zero digit between two others is read 零, once: 一千零五
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            gap = bool(parts)
            continue
        if gap:
            parts.append(digits[0])
            gap = False
        parts.append(digits[digit] + (units[power - 1] if power else ""))
    text = "".join(parts)
    return text[1:] if bare_ten and 10 <= n < 20 else text


def _chinese_counting(n: int) -> str:
    # Word's chineseCounting counts up to 99 and writes larger numbers digit by digit (一〇五).
    return _counted(n) if 0 < n < 100 else _positional(n, _CJK_ZERO_DIGITS)


def _positional(n: int, digits: str) -> str:
    return "".join(digits[int(d)] for d in str(n)) if n >= 0 else str(n)


def _cyclic(symbols: str) -> Callable[[int], str]:
    """A fixed series (甲乙丙…, 子丑寅…): past its end, numbers are decimal."""
    return lambda n: symbols[n - 1] if 0 < n <= len(symbols) else str(n)


def _enclosed(first: int, count: int = 20) -> Callable[[int], str]:
    """Enclosed numbers (①, ⑴, ⒈) up to 20, decimal past that (as Word does)."""
    return lambda n: chr(first + n - 1) if 0 < n <= count else str(n)


def _letters(n: int) -> str:
    # Word repeats the letter past z: 27 is aa, 28 bb.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    parts: list[str] = []
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        parts.append(numeral * count)
    return "".join(parts)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: _positional(n, "０１２３４５６７８９"),
    "decimalEnclosedCircle": _enclosed(0x2460),
    "decimalEnclosedCircleChinese": _enclosed(0x2460),
    "decimalEnclosedParen": _enclosed(0x2474),
    "decimalEnclosedFullstop": _enclosed(0x2488),
    "chineseCounting": _chinese_counting,
    "chineseCountingThousand": _counted,
    "taiwaneseCounting": _chinese_counting,
    "taiwaneseCountingThousand": _counted,
    "ideographDigital": lambda n: _positional(n, _CJK_ZERO_DIGITS),
    "chineseLegalSimplified": lambda n: _counted(n, _LEGAL_DIGITS, _LEGAL_UNITS, bare_ten=False),
    "ideographLegalTraditional": lambda n: _counted(
        n, _LEGAL_TRADITIONAL_DIGITS, _LEGAL_UNITS, bare_ten=False
    ),
    "ideographTraditional": _cyclic(_STEMS),
    "ideographZodiac": _cyclic(_BRANCHES),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
    "none": lambda n: "",
}


def format_number(n: int, fmt: str) -> str:
    """``n`` in Word's number format ``fmt`` (``w:numFmt``); decimal for a format not known."""
    return _FORMATS.get(fmt, str)(n)


# --------------------------------------------------------------------------------------------
# numbering.xml
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Level:
    """One level of a list: how its number is written and when it starts again."""

    fmt: str = "decimal"
    text: str = ""  # w:lvlText
    start: int = 1
    restart: int | None = None  # w:lvlRestart: 1-based level whose use restarts this one; 0 never
    legal: bool = False  # w:isLgl: every %n in decimal
    suffix: str = "tab"  # w:suff: tab, space or nothing
    style: str | None = None  # w:pStyle: the paragraph style that puts text at this level

    def restarts_after(self, used: int) -> bool:
        """Does using level ``used`` (0-based, above this one) start this level again?"""
        if self.restart is None:
            return True
        return used < self.restart  # 0 (never) is below every level


@dataclass(frozen=True)
class _List:
    """A ``w:num``: the abstract list it counts with, its levels, and the levels it restarts."""

    num_id: str
    counter: str  # the abstract list's id: lists built on one share its counters
    levels: dict[int, _Level]
    start_overrides: dict[int, int] = field(default_factory=dict)

    def level(self, ilvl: int) -> _Level:
        return self.levels.get(ilvl, _Level())

    def start(self, ilvl: int) -> int:
        return self.start_overrides.get(ilvl, self.level(ilvl).start)


def _val(element: Element | None, child: str) -> str | None:
    """``child``'s ``w:val`` (``None`` when ``element`` or ``child`` is missing)."""
    found = element.find(_W + child) if element is not None else None
    return found.get(_W + "val") if found is not None else None


def _optional_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:  # a damaged value reads as its default
        return None


def _int(value: str | None, default: int) -> int:
    number = _optional_int(value)
    return default if number is None else number


def _level(lvl: Element) -> _Level:
    legal = lvl.find(_W + "isLgl")
    return _Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        start=_int(_val(lvl, "start"), 1),
        restart=_optional_int(_val(lvl, "lvlRestart")),
        legal=legal is not None and legal.get(_W + "val") not in ("0", "false", "off"),
        suffix=_val(lvl, "suff") or "tab",
        style=_val(lvl, "pStyle"),
    )


def _levels(parent: Element) -> dict[int, _Level]:
    return {_int(lvl.get(_W + "ilvl"), 0): _level(lvl) for lvl in parent.findall(_W + "lvl")}


class _Styles:
    """The list a paragraph style puts its paragraphs in (through ``w:basedOn`` too)."""

    def __init__(self, styles: Element | None) -> None:
        self._by_id: dict[str, Element] = {}
        self.default: str | None = None  # the default paragraph style's id
        for style in styles.findall(_W + "style") if styles is not None else ():
            style_id = style.get(_W + "styleId")
            if style_id is None:
                continue
            self._by_id[style_id] = style
            if style.get(_W + "type") == "paragraph" and style.get(_W + "default") in ("1", "true"):
                self.default = style_id

    def num_pr(self, style_id: str | None) -> tuple[str | None, str | None]:
        """``(numId, ilvl)`` of the first style in the ``basedOn`` chain that sets a list."""
        for style in self._chain(style_id):
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                return _val(num_pr, "numId"), _val(num_pr, "ilvl")
        return None, None

    def _chain(self, style_id: str | None) -> Iterator[Element]:
        for _ in range(_MAX_STYLE_DEPTH):
            style = self._by_id.get(style_id) if style_id is not None else None
            if style is None:
                return
            yield style
            style_id = _val(style, "basedOn")


class ListNumbers:
    """The numbers of a document's list paragraphs, in document order (see the module)."""

    def __init__(self, numbering: Element | None, styles: Element | None) -> None:
        self._styles = _Styles(styles)
        self._lists: dict[str, _List] = {}
        if numbering is not None:
            self._read_lists(numbering)
        self._counts: dict[str, list[int | None]] = {}  # per abstract list, per level
        self._begun: set[str] = set()  # lists whose start overrides have been applied

    def _read_lists(self, numbering: Element) -> None:
        abstracts = {
            abstract.get(_W + "abstractNumId") or "": abstract
            for abstract in numbering.findall(_W + "abstractNum")
        }
        nums = {num.get(_W + "numId") or "": num for num in numbering.findall(_W + "num")}
        for num_id, num in nums.items():
            abstract_id = self._linked(_val(num, "abstractNumId"), abstracts, nums)
            abstract = abstracts.get(abstract_id or "")
            if abstract is not None and abstract_id is not None:
                self._lists[num_id] = _list(num_id, abstract_id, abstract, num)

    def _linked(
        self, abstract_id: str | None, abstracts: dict[str, Element], nums: dict[str, Element]
    ) -> str | None:
        """The abstract list that holds the levels: one defined by a list style
        (``w:numStyleLink``) is the abstract list of that style's own ``w:num``."""
        link = _val(abstracts.get(abstract_id or ""), "numStyleLink")
        if link is None:
            return abstract_id
        num_id, _ = self._styles.num_pr(link)
        return _val(nums.get(num_id or ""), "abstractNumId") or abstract_id

    def numbered(self, paragraph: Element, text: str) -> str:
        """``text`` (the paragraph's own) behind the number Word draws for ``paragraph``."""
        found = self._list_of(paragraph)
        if found is None:
            return text
        numbers, ilvl = found
        label = self._advance(numbers, ilvl)
        return _joined(label, numbers.level(ilvl).suffix, text) if label else text

    def _list_of(self, paragraph: Element) -> tuple[_List, int] | None:
        """The list and level of ``paragraph``, from its own ``w:numPr`` or its style's."""
        p_pr = paragraph.find(_W + "pPr")
        style_id = _val(p_pr, "pStyle") or self._styles.default
        num_pr = p_pr.find(_W + "numPr") if p_pr is not None else None
        style_num, style_ilvl = self._styles.num_pr(style_id)
        numbers = self._lists.get(_val(num_pr, "numId") or style_num or "")  # numId 0: none
        if numbers is None:
            return None
        ilvl = _optional_int(_val(num_pr, "ilvl") or style_ilvl)
        if ilvl is None:  # a style that names no level is on the level that names the style
            ilvl = next((i for i, lv in numbers.levels.items() if lv.style == style_id), 0)
        return numbers, min(max(ilvl, 0), _LEVELS - 1)

    def _advance(self, numbers: _List, ilvl: int) -> str:
        """Count one more at ``ilvl``, restart the levels below, and write the number."""
        counts = self._counts.setdefault(numbers.counter, [None] * _LEVELS)
        if numbers.num_id not in self._begun:
            self._begun.add(numbers.num_id)
            for restarted in numbers.start_overrides:
                counts[restarted] = None
        current = counts[ilvl]
        counts[ilvl] = numbers.start(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            if numbers.level(deeper).restarts_after(ilvl):
                counts[deeper] = None
        return _label(numbers, ilvl, counts)


def _list(num_id: str, abstract_id: str, abstract: Element, num: Element) -> _List:
    levels = _levels(abstract)
    overrides: dict[int, int] = {}
    for override in num.findall(_W + "lvlOverride"):
        ilvl = _int(override.get(_W + "ilvl"), 0)
        redefined = override.find(_W + "lvl")
        if redefined is not None:
            levels[ilvl] = _level(redefined)
        start = _optional_int(_val(override, "startOverride"))
        if start is not None:
            overrides[ilvl] = start
    return _List(num_id, abstract_id, levels, overrides)


_PLACEHOLDER = re.compile(r"%([1-9])")


def _label(numbers: _List, ilvl: int, counts: list[int | None]) -> str:
    """The level's ``w:lvlText`` with every ``%n`` replaced by level n's number."""
    level = numbers.level(ilvl)
    if level.fmt == "bullet":
        return _bullet(level.text)

    def number(match: re.Match[str]) -> str:
        shown = int(match.group(1)) - 1
        value = counts[shown]
        fmt = numbers.level(shown).fmt
        if level.legal and fmt != "none":
            fmt = "decimal"
        return format_number(numbers.start(shown) if value is None else value, fmt)

    return _PLACEHOLDER.sub(number, level.text)


def _bullet(text: str) -> str:
    # A symbol font's bullet (Symbol, Wingdings) is a private-use code point: no text at all.
    printable = all(unicodedata.category(char)[0] not in "CZ" for char in text)
    return text if printable else ""


def _joined(label: str, suffix: str, text: str) -> str:
    text = text.lstrip(" \t\u3000")  # an indent after the number is no text
    if suffix == "nothing" or (text and is_wide(label[-1]) and is_wide(text[0])):
        return label + text
    return f"{label} {text}"
