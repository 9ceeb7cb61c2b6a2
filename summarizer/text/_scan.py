"""Fast scans for several marks at once: one regex per mark, each led by its literal.

The regex engine skips ahead to a leading literal several times faster than to a character of
a leading class, so scanning for seven marks is faster as seven patterns, each starting with
its mark, than as one starting with a class of them. And a pattern whose literal a span lacks
is not run at all: ``str.find`` says so faster than a scan that finds nothing. Both the token
index (:mod:`summarizer.tokens`) and the heading search (:mod:`summarizer.structure`) scan so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["LiteralLed", "match_starts"]

# Patterns by the literal every match of theirs starts with ("" for a pattern led by none).
LiteralLed = Mapping[str, re.Pattern[str]]


def match_starts(patterns: LiteralLed, text: str, start: int, end: int) -> list[int]:
    """Where a match of each pattern in ``text[start:end]`` starts, pattern by pattern (not
    sorted across patterns)."""
    return [
        match.start()
        for literal, pattern in patterns.items()
        if text.find(literal, start, end) != -1
        for match in pattern.finditer(text, start, end)
    ]
