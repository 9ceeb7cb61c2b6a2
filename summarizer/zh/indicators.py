"""The alias table (``data/indicators.toml``): what a name of an indicator means.

:func:`canonical_indicator` makes 生产总值 / 地区生产总值 / GDP, or 规上工业增加值 / 规工, compare as
one; :func:`same_indicator` tells whether two names are one indicator (the table's, or the same
words but for scope and rate words: 全市…, …增速). Names are compared in simplified characters.
Reading a name off a text is :mod:`.naming`'s job; judging a claimed name, :mod:`.claims`'.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import get_args

from ..errors import ConfigError
from ..ingest.script import reading_of
from ..models import TargetKind
from .numbers import Quantity

__all__ = [
    "canonical_indicator",
    "is_known_indicator",
    "spellings_of",
    "fixed_kind",
    "target_kind",
    "lookup_key",
    "indicator_key",
    "same_indicator",
    "RATE_SUFFIX",
]

_PUNCT = re.compile(r"[\s\u3000,，;；:：()（）\[\]【】“”\"'‘’、。·.!！?？<>《》—\-]+")
_SCOPE_PREFIX = re.compile(r"^(?:全市|全区|全县|全年|今年|本市|全)")
RATE_SUFFIX = re.compile(r"(?:增速|增幅|涨幅|增长率|增长|总量|水平)$")  # …增速 names the rate of …


_TABLE_FILE = "data/indicators.toml"


@dataclass(frozen=True)
class _Entry:
    name: str
    spellings: tuple[str, ...]  # the canonical name first, then its aliases
    kind: TargetKind | None


@lru_cache(maxsize=1)
def _table() -> dict[str, _Entry]:
    """Normalised spelling → entry, from the packaged ``data/indicators.toml``."""
    try:
        raw = resources.files("summarizer.zh").joinpath(_TABLE_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read summarizer/{_TABLE_FILE} ({exc}); reinstall summarizer") from exc
    return _parse_table(raw)


def _parse_table(raw: str) -> dict[str, _Entry]:
    """The indicator table from its TOML text; a damaged one is a :class:`ConfigError` that
    names the file (a broken installation), not a bare TOML or key error from deep inside."""
    table: dict[str, _Entry] = {}
    try:
        for item in tomllib.loads(raw)["indicator"]:
            kind = item.get("kind")
            if kind not in (None, *get_args(TargetKind)):
                raise ValueError(f"unknown kind {kind!r} for {item['name']!r}")
            entry = _Entry(str(item["name"]), (str(item["name"]), *map(str, item.get("aliases", []))), kind)
            for spelling in entry.spellings:
                table[lookup_key(spelling)] = entry
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"summarizer/{_TABLE_FILE} is damaged ({exc!r}); reinstall summarizer") from exc
    return table


@lru_cache(maxsize=8192)  # names repeat: every clause's lead is looked up while it is read
def lookup_key(name: str) -> str:
    """Drop whitespace and punctuation (both widths), read traditional characters as simplified
    and lower-case ASCII: the lookup key (國內生產總值 finds 国内生产总值)."""
    return _PUNCT.sub("", reading_of(name).text).lower()


@lru_cache(maxsize=8192)  # grounding asks it of every claim against every name of its quote
def _lookup(name: str) -> _Entry | None:
    key = lookup_key(name)
    table = _table()
    if key in table:
        return table[key]
    trimmed = RATE_SUFFIX.sub("", _SCOPE_PREFIX.sub("", key))
    return table.get(trimmed) if trimmed else None


def canonical_indicator(name: str) -> str:
    """The canonical name for ``name``; unknown names come back normalised (no spaces or
    punctuation, simplified characters: 財政總收入 → 财政总收入)."""
    entry = _lookup(name)
    return entry.name if entry else _PUNCT.sub("", reading_of(name).text)


def is_known_indicator(name: str) -> bool:
    """Whether ``name`` is a spelling of an indicator in the alias table."""
    return _lookup(name) is not None


def fixed_kind(name: str) -> TargetKind | None:
    """The kind a percentage on this indicator always has (居民消费价格 → growth), if fixed."""
    entry = _lookup(name)
    return entry.kind if entry else None


def spellings_of(name: str) -> list[str]:
    """Every spelling (canonical name included) that means the same indicator as ``name``."""
    entry = _lookup(name)
    return list(entry.spellings) if entry else [name]


@lru_cache(maxsize=8192)
def indicator_key(name: str) -> str:
    """The words of a name that tell indicators apart: no scope (全市…) or rate (…增速) words."""
    key = lookup_key(name)
    return RATE_SUFFIX.sub("", _SCOPE_PREFIX.sub("", key)) or key


def same_indicator(claim: str, found: str) -> bool:
    """Whether two names are one indicator: the same entry of the table, or (neither in it, or
    one of them not) the same words but for scope and rate words."""
    claimed, named = _lookup(claim), _lookup(found)
    if claimed and named:
        return claimed.name == named.name
    return bool(found) and indicator_key(claim) == indicator_key(found)


def target_kind(canonical: str, quantity: Quantity) -> TargetKind:
    """The quantity's parsed kind, unless its indicator fixes the kind of a bare percentage."""
    fixed = fixed_kind(canonical)
    if fixed and quantity.kind == "level" and quantity.unit == "%":
        return fixed
    return quantity.kind
