"""Indicator names: the alias table (``data/indicators.toml``) and reading a name off a clause.

``canonical_indicator`` makes 生产总值 / 地区生产总值 / GDP, or 规上工业增加值 / 规工, compare as one.
``indicator_for`` reads the indicator a number belongs to from the words before it
(``地区生产总值增长7%`` → 地区生产总值), splitting shared phrasing such as
``城镇和农村居民人均可支配收入分别增长7%和8%`` into one name per number.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from summarizer.models import TargetKind
from summarizer.numbers import Quantity, clause_before, list_groups

__all__ = [
    "canonical_indicator",
    "indicator_kind",
    "normalize_name",
    "aliases_of",
    "indicator_phrase",
    "split_distributive",
    "indicator_for",
    "target_kind",
]

_PUNCT = re.compile(r"[\s\u3000,，;；:：()（）\[\]【】“”\"'‘’、。·.!！?？<>《》—\-]+")
_SCOPE_PREFIX = re.compile(r"^(?:全市|全区|全县|全年|今年|本市|全)")
_RATE_SUFFIX = re.compile(r"(?:增速|增幅|涨幅|增长率|增长|总量|水平)$")
# Words that end an indicator name: the verb (or adverb) that introduces its number.
_NAME_END = re.compile(
    r"增长|增速|增幅|涨幅|达到|控制在|保持在|稳定在|下降|降低|减少|提高|提升|分别|力争|确保|争取"
    r"|突破|超过|不低于|不少于|不超过|不高于|高于|快于|年均|同比|比上年|实现|完成|降至|降到|增至"
)
# A verb glued to the number: 比重达2.6%, 总额超100亿元, 收入均增长 (but not 人均).
_TRAILING_VERB = re.compile(r"(?:(?<!人)均|达|超|为)$")
_FILLER_PREFIX = re.compile(
    r"^(?:力争|力促|确保|争取|全年|今年|年内|完成|实现|预计|其中|累计|新建|建成|到\d{4}年(?:底|末)?)+"
)
_PAIR_PREFIXES = {"城乡": ("城镇", "农村")}
_SIDE_WORDS = ("城镇", "农村", "城市", "乡村", "城区", "农民")
_CONJ = re.compile(r"和|与|及|、")


@dataclass(frozen=True)
class _Entry:
    name: str
    spellings: tuple[str, ...]  # the canonical name first, then its aliases
    kind: TargetKind | None


@lru_cache(maxsize=1)
def _table() -> dict[str, _Entry]:
    """Normalised spelling → entry, from the packaged ``data/indicators.toml``."""
    raw = resources.files("summarizer").joinpath("data/indicators.toml").read_text(encoding="utf-8")
    table: dict[str, _Entry] = {}
    for item in tomllib.loads(raw)["indicator"]:
        entry = _Entry(item["name"], (item["name"], *item.get("aliases", [])), item.get("kind"))
        for spelling in entry.spellings:
            table[normalize_name(spelling)] = entry
    return table


def normalize_name(name: str) -> str:
    """Drop whitespace and punctuation (both widths) and lower-case ASCII: the lookup key."""
    return _PUNCT.sub("", name).lower()


def _lookup(name: str) -> _Entry | None:
    key = normalize_name(name)
    table = _table()
    if key in table:
        return table[key]
    trimmed = _RATE_SUFFIX.sub("", _SCOPE_PREFIX.sub("", key))
    return table.get(trimmed) if trimmed else None


def canonical_indicator(name: str) -> str:
    """The canonical name for ``name``; unknown names come back normalised (no spaces/punctuation)."""
    entry = _lookup(name)
    return entry.name if entry else _PUNCT.sub("", name)


def indicator_kind(name: str) -> TargetKind | None:
    """The kind a percentage on this indicator always has (居民消费价格 → growth), if fixed."""
    entry = _lookup(name)
    return entry.kind if entry else None


def aliases_of(name: str) -> list[str]:
    """Every spelling (canonical name included) that means the same indicator as ``name``."""
    entry = _lookup(name)
    return list(entry.spellings) if entry else [name]


def indicator_phrase(lead: str) -> str:
    """The indicator in the words before a number: ``确保全年固定资产投资增长`` → ``固定资产投资``."""
    text = lead.strip(" \u3000\n,，、;；:：")
    while True:
        text = _FILLER_PREFIX.sub("", text)
        m = _NAME_END.search(text)
        if m is None:
            break
        if m.start() > 0:
            text = text[: m.start()]
            break
        text = text[m.end() :]  # 力争增长…: a verb first, keep looking after it
    return _TRAILING_VERB.sub("", text).strip(" \u3000,，、的")


def split_distributive(name: str, n: int) -> list[str]:
    """One name per number for shared phrasing: ``城镇和农村居民人均可支配收入`` → 城镇…, 农村…."""
    if n < 2:
        return [name]
    for pair, sides in _PAIR_PREFIXES.items():
        if name.startswith(pair) and n == len(sides):
            return [side + name[len(pair) :] for side in sides]
    parts = [p for p in _CONJ.split(name) if p]
    if len(parts) != n:
        return [name] * n
    if all(p in _SIDE_WORDS for p in parts[:-1]):
        last = parts[-1]
        side = next((s for s in _SIDE_WORDS if last.startswith(s)), "")
        suffix = last[len(side) :]
        return [p + suffix for p in parts[:-1]] + [last]
    return parts


def indicator_for(text: str, quantities: list[Quantity], index: int) -> str:
    """The indicator the ``index``-th quantity of ``find_quantities(text)`` belongs to ('' if none)."""
    group = next(g for g in list_groups(text, quantities) if index in g)
    head = quantities[group[0]]
    previous_end = quantities[group[0] - 1].end if group[0] > 0 else 0
    lead = clause_before(text, head.start, previous_end)
    if len(group) == 1:
        # 项目实质性开工、到位投资8.5亿元: a single number belongs to the last listed item.
        return indicator_phrase(lead).rsplit("、", 1)[-1]
    # 地区生产总值增速、规上工业增加值增速分别达到…: split the names before cutting at the verb.
    region = _FILLER_PREFIX.sub("", lead.split("分别")[0].strip(" \u3000\n,，、;；:："))
    return indicator_phrase(split_distributive(region, len(group))[group.index(index)])


def target_kind(canonical: str, quantity: Quantity) -> TargetKind:
    """The quantity's parsed kind, unless its indicator fixes the kind of a bare percentage."""
    fixed = indicator_kind(canonical)
    if fixed and quantity.kind == "level" and quantity.unit == "%":
        return fixed
    return quantity.kind
