"""What an extraction engine says about one chunk: quotes and claims, nothing trusted yet.

This is the LLM's ``response_model`` (so it is a pydantic model, strict-schema friendly: every
field required, nullable instead of optional) and also what the rules engine produces.
Every ``evidence`` must be a verbatim quote from the chunk; grounding locates it in the source and
re-parses numbers from it, dropping claims the quote does not support.

The fields carry no pydantic descriptions and the classes no docstrings: pydantic would put both
in the JSON schema, which is sent (and billed) with every call, and ``prompts/extract.md``
already explains every field (``tests/test_pipeline.py`` checks that it names them all).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = [
    "SectionNote",
    "ResultNote",
    "TargetNote",
    "QualitativeNote",
    "PriorityNote",
    "ChunkNotes",
]


class _Note(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SectionNote(_Note):
    title: str  # the (sub)section's heading as written
    summary: str  # its gist, a sentence or two


class ResultNote(_Note):
    indicator: str  # as written, e.g. 地区生产总值
    value: float | None  # the figure as written
    change: float | None  # growth / decline rate as written
    period: str | None  # e.g. 2022年, 上半年
    evidence: str  # verbatim quote that contains the figure


class TargetNote(_Note):
    indicator: str  # as written, e.g. 规上工业增加值
    value: float  # the target as written (lower bound of a range)
    value_max: float | None  # upper bound of a range: 7 in 6.5—7%
    year: int | None  # the year the target is for
    headline: bool  # one of the year's main expected targets (主要预期目标)
    evidence: str  # verbatim quote that contains the number


class QualitativeNote(_Note):
    text: str  # the target, no number
    headline: bool
    evidence: str


class PriorityNote(_Note):
    title: str  # a short title for the task
    evidence: str


class ChunkNotes(_Note):
    sections: list[SectionNote]
    results: list[ResultNote]
    targets: list[TargetNote]
    qualitative_targets: list[QualitativeNote]
    priorities: list[PriorityNote]

    @classmethod
    def empty(cls) -> "ChunkNotes":
        return cls(sections=[], results=[], targets=[], qualitative_targets=[], priorities=[])
