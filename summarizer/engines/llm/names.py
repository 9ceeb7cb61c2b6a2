"""Names: an indicator the model wrote as a phrase becomes the name its quote gives the number.

Small models write the quote where the indicator's name belongs (Qwen2.5-1.5B: indicator
``规上工业增加值同比增长13.7%、全市第三`` for the quote of that text), and grounding, which checks that
the quote gives the number to the claimed indicator, rightly finds that phrase named nowhere. When
the claimed "name" holds a number itself, and the words before its first number contain the name
the quote attaches to the claimed number (:func:`~summarizer.zh.naming.name_numbers`),
that name is what the model meant: the claim is cut down to it. Likewise a shared name the quote
splits (``城镇和农村居民人均可支配收入分别增长7%和8%``: the model claims the pair for 7%) becomes the
share the number belongs to (:func:`~summarizer.zh.naming.listed_names`), when the claim is
written in the quote (a claim the quote gives another name, 地区生产总值 for 规上工业增加值's 8%,
stays as it is). And a claim that is a piece of the quote holding the number as the quote writes
it (``推出32项营商环境举措`` for 32, ``550兆瓦渔光互补、150兆瓦农光互补项目协同`` for 150) is the phrase
around the number: the name the quote gives that number (营商环境举措, 农光互补项目协同发展) is meant.
Anything else - a claim not in the quote whose words before its first number do not hold the name,
a name the quote gives another number - is left for grounding.
"""

from __future__ import annotations

import re
from typing import TypeVar

from ...notes import ChunkNotes, ResultNote, TargetNote
from ...zh.naming import listed_names, name_numbers, split_shared_name
from ...zh.numbers import find_quantities

__all__ = ["named"]

_DIGIT = re.compile(r"[0-9０-９]")


def named(notes: ChunkNotes) -> tuple[ChunkNotes, int]:
    """The notes with phrase-like indicators cut to their names, and how many were cut."""
    targets = [_renamed(t, t.value) for t in notes.targets]
    results = [_renamed(r, r.change if r.value is None else r.value) for r in notes.results]
    changed = sum(a is not b for a, b in zip(notes.targets, targets))
    changed += sum(a is not b for a, b in zip(notes.results, results))
    return notes.model_copy(update={"targets": targets, "results": results}), changed


N = TypeVar("N", TargetNote, ResultNote)


def _renamed(note: N, number: float | None) -> N:
    if number is None:
        return note
    digit = _DIGIT.search(note.indicator)
    before = note.indicator[: digit.start()] if digit else None  # the words before its first number
    quantities = find_quantities(note.evidence)
    namings = name_numbers(note.evidence, quantities)
    for q, naming in zip(quantities, namings):
        if q.value != number:
            continue
        name = naming.name
        if not name or name == note.indicator:
            continue
        # one of the names a shared phrase of the quote stands for, the phrase being the claim
        shares = listed_names(note.indicator) or split_shared_name(note.indicator, 2)
        share = note.indicator in note.evidence and name in shares
        phrase = note.indicator in note.evidence and note.evidence[q.start : q.end] in note.indicator
        if (before is not None and name in before) or (before is None and share) or phrase:
            return note.model_copy(update={"indicator": name})
    return note
