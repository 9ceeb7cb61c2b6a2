"""Stage 3, engines: what turns a report's chunks into notes, and its findings into prose.

:mod:`.base` defines the :class:`Engine` type; :mod:`.rules` and :mod:`.llm` are the two engines.
"""

from __future__ import annotations

from .base import Engine, Extraction, Job, Member, Reduction
from .llm import LLMEngine
from .rules import RulesEngine

__all__ = ["Engine", "Extraction", "Job", "Member", "Reduction", "LLMEngine", "RulesEngine"]
