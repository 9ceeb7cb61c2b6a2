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
    above: tuple[str, ...]  # bounds before a number: 不低于 → 以上
    within: tuple[str, ...]  # 不超过 → 以内
    about: tuple[str, ...]  # 约 → 左右
    above_after: tuple[str, ...]  # 1000多件, 4000余万元 → 以上

    @property
    def units(self) -> tuple[str, ...]:
        return self.rate_units + self.count_units + self.other_units


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
        units, bounds = data["units"], data["bounds"]
        return Lexicon(
            rate_units=_words(units, "rate"),
            count_units=_words(units, "count"),
            other_units=_words(units, "other"),
            above=_words(bounds, "above"),
            within=_words(bounds, "within"),
            about=_words(bounds, "about"),
            above_after=_words(bounds, "above_after"),
        )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"summarizer/{_FILE} is damaged ({exc!r}); reinstall summarizer") from exc


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first (so 万亿元 wins over 万亿, 个百分点 over 个)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
