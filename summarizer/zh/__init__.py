"""Chinese figures: reading numbers, units and qualifiers (:mod:`.numbers`), and naming what they
measure (:mod:`.indicators`, with the alias table ``data/indicators.toml``).

Both engines and grounding use this one parser and one table, so a number means the same thing
wherever it is read.
"""

from __future__ import annotations

from .indicators import canonical_indicator
from .numbers import Quantity, find_quantities

__all__ = ["Quantity", "find_quantities", "canonical_indicator"]
