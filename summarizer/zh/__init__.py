"""Chinese figures: reading numbers, units and qualifiers (:mod:`.numbers`, with the word lists of
:mod:`.lexicon` in ``data/figures.toml``), what a name of an indicator means (:mod:`.indicators`,
the alias table ``data/indicators.toml``), what a text names each number (:mod:`.naming`) and
each cell of a table (:mod:`.tables`), and whether a claimed name is that one (:mod:`.claims`).

Both engines and grounding use this one parser, one table and one name reader, so a number means
the same thing wherever it is read. Texts are read in simplified characters
(:func:`summarizer.ingest.script.reading_of`).
"""

from __future__ import annotations

from .indicators import canonical_indicator
from .numbers import Quantity, find_quantities

__all__ = ["Quantity", "find_quantities", "canonical_indicator"]
