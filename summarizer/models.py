"""The public output contract: one :class:`ReportSummary` per report.

These are pydantic models because they cross the library's boundary (JSON out, JSON back in).
Inside the pipeline we use frozen dataclasses (``Document``, ``Section``, ``Chunk``).

Offsets
-------
Every ``start``/``end`` in this module is a ``[start, end)`` character offset into the *source
text*: the decoded input with line endings normalised to ``\\n`` (``summarizer.load(path).text``).
For a compilation of many reports, all reports share that one coordinate system, so
``source_text[e.start:e.end] == e.text`` holds for every :class:`Evidence`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Evidence",
    "SourceSpan",
    "Target",
    "Result",
    "QualitativeTarget",
    "Priority",
    "SectionSummary",
    "UsageReport",
    "SummaryWarning",
    "ReportSummary",
    "Qualifier",
    "TargetKind",
    "Direction",
    "DocTypeName",
    "EngineName",
]

Qualifier = Literal["左右", "以上", "以内", "以下", ""]
TargetKind = Literal["growth", "level", "relative"]
Direction = Literal["increase", "decrease", ""]
DocTypeName = Literal[
    "government_work_report", "work_summary_and_plan", "news_digest", "news_item", "unknown"
]
EngineName = Literal["llm", "rules"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Model):
    """A verbatim quote from the source: ``source_text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SourceSpan(_Model):
    """Where a report sits in its input."""

    path: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Target(_Model):
    """A forward-looking numeric target, parsed by code from its verbatim evidence."""

    indicator: str = Field(description="As written in the report, e.g. 规工 or 地区生产总值")
    canonical_indicator: str = Field(description="Normalised name, e.g. 地区生产总值 for GDP/生产总值")
    value: float
    value_max: float | None = Field(None, description="Upper bound of a range such as 6.5—7%")
    unit: str = Field(description="'%', '个百分点', '亿元', '万吨', '人' ...; '' when none")
    qualifier: Qualifier = ""
    kind: TargetKind
    direction: Direction = Field(
        "", description="'decrease' for 下降/降低/减少 targets; the value stays as written (positive)"
    )
    year: int | None = None
    headline: bool = Field(False, description="Stated among the year's main expected targets")
    evidence: Evidence


class Result(_Model):
    """A figure of the past period, e.g. 全年完成生产总值326.3亿元、增长6.8%."""

    indicator: str
    canonical_indicator: str
    value: float | None = Field(None, description="The level, e.g. 326.3 (None if only a change is given)")
    unit: str = ""
    change: float | None = Field(None, description="Growth/decline as written, e.g. 6.8")
    change_unit: str = Field("", description="'%' or '个百分点'")
    direction: Direction = ""
    period: str | None = Field(None, description="e.g. '2022年' or '上半年'")
    evidence: Evidence


class QualitativeTarget(_Model):
    """A non-numeric target, e.g. 居民收入增长与经济增长基本同步."""

    text: str
    indicator: str | None = None
    year: int | None = None
    headline: bool = False
    evidence: Evidence


class Priority(_Model):
    """A main task for the coming period."""

    title: str
    evidence: Evidence


class SectionSummary(_Model):
    """A top-level section of the report and what it says."""

    title: str
    path: list[str]
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    summary: str
    extractive: bool = Field(
        False, description="True when the summary is made of the report's own sentences"
    )


class UsageReport(_Model):
    """Model usage for one report (or a run). ``None`` means unknown, never zero."""

    calls: int = 0
    cached_calls: int = 0
    attempts: int = 0
    prompt_tokens: int | None = 0
    completion_tokens: int | None = 0
    reasoning_tokens: int | None = 0
    cost: float | None = None


class SummaryWarning(_Model):
    """Something that was dropped, failed or looks contradictory - never silently lost."""

    code: str = Field(
        description=(
            "evidence_not_found | number_not_in_evidence | indicator_mismatch | chunk_failed | "
            "contradiction | reduce_failed | reduce_truncated"
        )
    )
    message: str
    start: int | None = None
    end: int | None = None


class ReportSummary(_Model):
    """Everything the library knows about one report."""

    region: str | None = None
    year: int | None = None
    title: str | None = None
    doc_type: DocTypeName = "unknown"
    source: SourceSpan
    language: str = "zh"
    overview: str = ""
    overview_evidence: list[Evidence] = Field(
        default_factory=list,
        description="For extractive overviews (rules engine): the sentences it is made of",
    )
    sections: list[SectionSummary] = Field(default_factory=list)
    results: list[Result] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    qualitative_targets: list[QualitativeTarget] = Field(default_factory=list)
    priorities: list[Priority] = Field(default_factory=list)
    engine: EngineName
    model: str | None = None
    usage: UsageReport = Field(default_factory=UsageReport)
    warnings: list[SummaryWarning] = Field(default_factory=list)
