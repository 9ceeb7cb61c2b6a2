"""Stage 4, verify: engines' notes become trusted items (:mod:`.grounding`), one set per report
(:mod:`.merge`)."""

from __future__ import annotations

from .grounding import ground_notes
from .merge import merge_parts

__all__ = ["ground_notes", "merge_parts"]
