"""Finding a quote in the text it claims to come from, at exact offsets.

Models (and people) copy quotes imperfectly: they "correct" full-width punctuation, digits and
dashes, and drop or add spaces. :func:`locate` finds a quote exactly if it can and tolerantly if
it must, and always returns the *source's* characters at their offsets, so
``text[e.start:e.end] == e.text`` holds for every :class:`~summarizer.models.Evidence`.
"""

from __future__ import annotations

import re

from ..models import Evidence

__all__ = ["normalize_width", "locate", "letters_and_digits"]

# (℅, "care of", is typed for % on some county pages: 增长15℅)
_WIDTH = str.maketrans("０１２３４５６７８９％．℅", "0123456789%.%")
# Width and look-alike variants a model tends to "correct" when it copies a quote.
_WIDTH_PUNCT = str.maketrans(",;:()!?\"“”—－–~～", "，；：（）！？＂＂＂-----")


def normalize_width(text: str) -> str:
    """Map full-width digits, ``％``, ``℅`` and ``．`` to ASCII; same length, so offsets are unchanged."""
    return text.translate(_WIDTH)


def _fold(ch: str) -> str:
    return normalize_width(ch).translate(_WIDTH_PUNCT)


def _folded(text: str, lo: int, hi: int) -> tuple[str, list[int]]:
    """``text[lo:hi]`` without whitespace and width differences, with each kept char's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    for i in range(lo, hi):
        if not text[i].isspace():
            chars.append(_fold(text[i]))
            offsets.append(i)
    return "".join(chars), offsets


def locate(quote: str, text: str, spans: list[tuple[int, int]]) -> Evidence | None:
    """Find ``quote`` in ``text``, trying each ``[lo, hi)`` span in turn; exact before tolerant."""
    quote = quote.strip()
    if not quote:
        return None
    for lo, hi in spans:
        at = text.find(quote, lo, hi)
        if at >= 0:
            return Evidence(text=quote, start=at, end=at + len(quote))
    needle = "".join(_fold(c) for c in quote if not c.isspace())
    for lo, hi in spans:
        hay, offsets = _folded(text, lo, hi)
        at = hay.find(needle)
        if at >= 0:
            start, end = offsets[at], offsets[at + len(needle) - 1] + 1
            return Evidence(text=text[start:end], start=start, end=end)
    return None


def letters_and_digits(text: str) -> str:
    """``text`` without spaces and punctuation: two quotes that differ only there are one."""
    return re.sub(r"\W+", "", text)
