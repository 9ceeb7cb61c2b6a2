"""What an extraction engine says about one chunk: quotes and claims, nothing trusted yet.

This is the LLM's ``response_model`` (so it is a pydantic model, strict-schema friendly: every
field required, nullable instead of optional) and also what the rules engine produces.
Every ``evidence`` must be a verbatim quote from the chunk; grounding locates it in the source and
re-parses numbers from it, dropping claims the quote does not support.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

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
    title: str = Field(description="小节标题(原文)")
    summary: str = Field(description="该小节要点,一两句话")


class ResultNote(_Note):
    indicator: str = Field(description="指标名称,按原文写法,如 地区生产总值")
    value: float | None = Field(description="数值(原文中的数字),没有则为 null")
    change: float | None = Field(description="增长/下降幅度(原文中的数字),没有则为 null")
    period: str | None = Field(description="时期,如 2022年、上半年;不明确则为 null")
    evidence: str = Field(description="原文逐字引文,必须包含该数字")


class TargetNote(_Note):
    indicator: str = Field(description="指标名称,按原文写法,如 规上工业增加值")
    value: float = Field(description="目标数值(原文中的数字)")
    value_max: float | None = Field(description="区间上限,如 6.5—7% 中的 7;不是区间则为 null")
    year: int | None = Field(description="目标年份;不明确则为 null")
    headline: bool = Field(description="是否属于当年主要预期目标")
    evidence: str = Field(description="原文逐字引文,必须包含该数字")


class QualitativeNote(_Note):
    text: str = Field(description="目标内容")
    headline: bool = Field(description="是否属于当年主要预期目标")
    evidence: str = Field(description="原文逐字引文")


class PriorityNote(_Note):
    title: str = Field(description="重点任务的简短标题")
    evidence: str = Field(description="原文逐字引文")


class ChunkNotes(_Note):
    sections: list[SectionNote]
    results: list[ResultNote]
    targets: list[TargetNote]
    qualitative_targets: list[QualitativeNote]
    priorities: list[PriorityNote]

    @classmethod
    def empty(cls) -> "ChunkNotes":
        return cls(sections=[], results=[], targets=[], qualitative_targets=[], priorities=[])
