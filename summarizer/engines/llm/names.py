"""Names: an indicator the model wrote as a phrase becomes the name its quote gives the number.

Small models write the quote where the indicator's name belongs (Qwen2.5-1.5B: indicator
``规上工业增加值同比增长13.7%、全市第三`` for the quote of that text), and grounding, which checks that
the quote gives the number to the claimed indicator, rightly finds that phrase named nowhere. When
the claimed "name" holds a number itself, and the words before its first number contain the name
the quote attaches to the claimed number (:func:`~summarizer.zh.indicators.attached_indicator`),
that name is what the model meant: the claim is cut down to it. Anything else - a name without
digits, a phrase that starts with a number (``550兆瓦渔光互补、150兆瓦农光互补``, where the name of
150 comes after it), a phrase naming another indicator - is left for grounding to judge.
"""

from __future__ import annotations

import re
from typing import TypeVar

from ...notes import ChunkNotes, ResultNote, TargetNote
from ...zh.indicators import attached_indicator
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
    digit = _DIGIT.search(note.indicator)
    if number is None or digit is None:
        return note
    before = note.indicator[: digit.start()]  # the words before the phrase's first number
    quantities = find_quantities(note.evidence)
    for i, q in enumerate(quantities):
        if q.value == number:
            name = attached_indicator(note.evidence, quantities, i)[0]
            if name and name in before:
                return note.model_copy(update={"indicator": name})
    return note
