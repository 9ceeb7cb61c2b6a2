"""The word lists of Chinese figures, from ``data/figures.toml``: units, bounds written around a
number, and so on. One place for every list the rules read, so a unit or a verb is added once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError

__all__ = ["Lexicon", "lexicon", "alternation"]

_FILE = "data/figures.toml"


@dataclass(frozen=True)
class Lexicon:
    rate_units: tuple[str, ...]  # 增长6%, 提高1.5个百分点, 增长2倍
    count_units: tuple[str, ...]  # 个, 家, 万人 …: a count may name what follows it
    other_units: tuple[str, ...]
    per_units: tuple[str, ...]  # 390公斤/亩: what a unit is counted per, after a slash
    above: tuple[str, ...]  # bounds before a number: 不低于 → 以上
    within: tuple[str, ...]  # 不超过 → 以内
    about: tuple[str, ...]  # 约 → 左右
    above_after: tuple[str, ...]  # 1000多件, 4000余万元 → 以上
    name_fillers: tuple[str, ...]  # 全年, 积极 …: not part of a name
    object_verbs: tuple[str, ...]  # 实施, 引进 …: their object is the name
    counted_end: tuple[str, ...]  # where the name of what a count counts ends
    deed_adverbs: tuple[str, ...]  # 顺利, 相继 …: between what is counted and what it did
    kept_nouns: tuple[str, ...]  # 建成区: nouns that start like a verb, kept whole
    package_nouns: tuple[str, ...]  # 措施, 政策, 奖: a count of these is no figure
    honours: tuple[str, ...]  # 获评, 入选: an honour is no figure
    issued: tuple[str, ...]  # 出台, 印发: a count of 条 issued so is a package's articles
    attribute_before: tuple[str, ...]  # 年产 …: the number describes what follows
    scope_before: tuple[str, ...]  # 聚焦, 围绕 …: the number sizes a set worked on
    oversight: tuple[str, ...]  # 对60户企业监测调度: a set watched over, not worked on
    place_nouns: tuple[str, ...]  # 惠及21个镇街: the places reached, a scope
    attribute_units: tuple[str, ...]  # 千伏, 米 before a noun: an attribute

    @property
    def units(self) -> tuple[str, ...]:
        return self.rate_units + self.count_units + self.other_units


# A magnitude before a unit makes one unit with it (1.35亿千瓦, 2万眼机井), as a label writes it.
_MAGNITUDES = ("万", "亿")


def _magnified(units: tuple[str, ...], bases: tuple[str, ...], magnitudes: tuple[str, ...] = _MAGNITUDES) -> tuple[str, ...]:
    """``units`` and each of ``bases`` with a magnitude before it: 眼 → 万眼, 亿眼; 千瓦 → 万千瓦, 亿千瓦."""
    bare = tuple(b for b in bases if not b.startswith(("万", "亿", "兆")))
    return tuple(dict.fromkeys(units + tuple(m + b for b in bare for m in magnitudes)))


def _words(table: dict[str, object], key: str) -> tuple[str, ...]:
    words = table[key]
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ValueError(f"{key} must be a list of words")
    return tuple(dict.fromkeys(words))  # as written, without repeats


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged word lists; a damaged file is a :class:`ConfigError` naming it."""
    try:
        raw = resources.files("summarizer.zh").joinpath(_FILE).read_text(encoding="utf-8")
        data = tomllib.loads(raw)
        units, bounds, names, not_items = data["units"], data["bounds"], data["names"], data["not_items"]
        return Lexicon(
            rate_units=_words(units, "rate"),
            count_units=_magnified(_words(units, "count"), _words(units, "count")),
            # (万亿: 2.6万亿元, 1.2万亿千瓦时; a count is not that large; 千亿, 千万: 9千亿元大关, 超3千万元)
            other_units=_magnified(_words(units, "other"), _words(units, "magnified"), ("万", "亿", "万亿", "千亿", "千万")),
            per_units=_words(units, "per"),
            above=_words(bounds, "above"),
            within=_words(bounds, "within"),
            about=_words(bounds, "about"),
            above_after=_words(bounds, "above_after"),
            name_fillers=_words(names, "fillers"),
            object_verbs=_words(names, "object_verbs"),
            counted_end=_words(names, "counted_end"),
            deed_adverbs=_words(names, "deed_adverbs"),
            kept_nouns=_words(names, "kept_nouns"),
            package_nouns=_words(not_items, "counted"),
            honours=_words(not_items, "honours"),
            issued=_words(not_items, "issued"),
            attribute_before=_words(not_items, "attribute_before"),
            scope_before=_words(not_items, "scope_before"),
            oversight=_words(not_items, "oversight"),
            place_nouns=_words(not_items, "place_nouns"),
            attribute_units=_words(not_items, "attribute_units"),
        )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"summarizer/{_FILE} is damaged ({exc!r}); reinstall summarizer") from exc


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first (so 万亿元 wins over 万亿, 个百分点 over 个)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
