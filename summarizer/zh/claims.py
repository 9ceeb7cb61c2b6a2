"""Judging a claimed indicator against a text: is the claim the one the text gives the number to?

Grounding asks it of every note (an LLM's or the rules engine's): the quote must give the claimed
number to the claimed indicator, as :func:`~.naming.name_numbers` reads it (地区生产总值增长7%左右,
规上工业增加值增长8%左右 does not support 地区生产总值 8%). :func:`exact_name` accepts only the
same indicator; :func:`supported_name` also a looser spelling the text supports.
"""

from __future__ import annotations

from .indicators import indicator_key, is_known_indicator, lookup_key, same_indicator, spellings_of
from .naming import Naming, listed_names

__all__ = ["exact_name", "supported_name"]


def exact_name(claim: str, found: str) -> str | None:
    """The text's name for a claimed indicator that is exactly the one the text names: ``found``
    when it is the same indicator (:func:`~.indicators.same_indicator`: ``GDP`` / 地区生产总值,
    ``规工`` / 规上工业增加值, 全市… / …增速), or the one of the names a shared phrase stands for
    that the claim is (``城镇和农村居民人均可支配收入均增长7.5%`` gives 7.5% to 城镇居民人均可支配收入,
    so named, and to 农村居民人均可支配收入); ``None`` otherwise."""
    if same_indicator(claim, found):
        return found
    return next((name for name in listed_names(found, pairs=True) if same_indicator(claim, name)), None)


def supported_name(claim: str, naming: Naming) -> str | None:
    """The indicator as the text writes it, if a claimed indicator is the one the text gives the
    number to; ``None`` if the text gives it to another (or to none).

    Besides an exact match (:func:`exact_name`), the text may spell the claim in the number's own
    words where the name reader cut it short (``经济增长7%`` for 地区生产总值), and a free-form claim
    (not in the alias table) may leave out leading words of the text's name (``技改投资`` for
    工业技改投资). Nothing else: a claim that adds words to the text's name (``乡村旅游总收入`` for
    旅游总收入) is not supported by it, a table indicator is not a narrower one (固定资产投资 is not
    工业固定资产投资, 居民人均可支配收入 is not 城镇和农村居民人均可支配收入), and two different
    indicators of the table never agree (工业增加值 is not 规模以上工业增加值)."""
    found = naming.name
    exact = exact_name(claim, found)
    if exact is not None:
        return exact
    claimed, named = is_known_indicator(claim), bool(found) and is_known_indicator(found)
    if claimed and named:
        return None
    c, f = indicator_key(claim), indicator_key(found)
    if c and f.endswith(c) and not claimed and not listed_names(found, pairs=True):
        return found
    words = lookup_key(naming.words)
    spelled = [a for a in spellings_of(claim) if f in lookup_key(a) and lookup_key(a) in words]
    return max(spelled, key=len) if spelled else None
