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

import enum
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Evidence",
    "SourceSpan",
    "Target",
    "Result",
    "QualitativeTarget",
    "Priority",
    "SectionSummary",
    "Usage",
    "SummaryWarning",
    "Findings",
    "ReportSummary",
    "Qualifier",
    "TargetKind",
    "Direction",
    "DocType",
    "EngineName",
    "format_number",
    "format_target_value",
]

Qualifier = Literal["左右", "以上", "以内", "以下", ""]
TargetKind = Literal["growth", "level", "relative"]
Direction = Literal["increase", "decrease", ""]
EngineName = Literal["llm", "rules"]


class DocType(enum.StrEnum):
    """What kind of document a report is; the value is what JSON output says."""

    GOVERNMENT_WORK_REPORT = "government_work_report"
    WORK_SUMMARY_AND_PLAN = "work_summary_and_plan"
    NEWS_DIGEST = "news_digest"
    NEWS_ITEM = "news_item"
    UNKNOWN = "unknown"


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


class Usage(_Model):
    """Model usage of one call, a report or a run; add them with ``+``. ``None`` means unknown.

    ``calls`` counts logical structured calls (cached ones included), ``cached_calls`` those
    answered from the answer cache, ``attempts`` the HTTP requests made (retries and re-asks
    included). A token count is ``None`` when a provider sent no usage, or a request timed out
    after the provider may have charged for it; it is never silently 0, and ``unknown + known``
    stays unknown. ``cached_prompt_tokens`` are the prompt tokens the provider says it served
    from its prefix cache (``prompt_tokens_details.cached_tokens``, DeepSeek's
    ``prompt_cache_hit_tokens``), part of ``prompt_tokens``; ``None`` when it does not say.
    ``cost`` is ``None`` when no price is configured or a token count is unknown.
    """

    calls: int = 0
    cached_calls: int = 0
    attempts: int = 0
    prompt_tokens: int | None = 0
    completion_tokens: int | None = 0
    reasoning_tokens: int | None = 0
    cached_prompt_tokens: int | None = 0
    cost: float | None = None

    @classmethod
    def empty(cls, *, priced: bool, calls: int = 0, cached_calls: int = 0) -> Usage:
        """Zero tokens (known), and a cost of 0.0 when ``priced`` or ``None`` when not."""
        return cls(calls=calls, cached_calls=cached_calls, cost=0.0 if priced else None)

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            cached_calls=self.cached_calls + other.cached_calls,
            attempts=self.attempts + other.attempts,
            prompt_tokens=_add(self.prompt_tokens, other.prompt_tokens),
            completion_tokens=_add(self.completion_tokens, other.completion_tokens),
            reasoning_tokens=_add(self.reasoning_tokens, other.reasoning_tokens),
            cached_prompt_tokens=_add(self.cached_prompt_tokens, other.cached_prompt_tokens),
            cost=_add(self.cost, other.cost),
        )

    @property
    def total_tokens(self) -> int | None:
        """Prompt plus completion tokens (``None`` if either is unknown)."""
        return _add(self.prompt_tokens, self.completion_tokens)


N = TypeVar("N", int, float)


def _add(a: N | None, b: N | None) -> N | None:
    return None if a is None or b is None else a + b


class SummaryWarning(_Model):
    """Something that was dropped, failed or looks contradictory - never silently lost.

    ``start``/``end`` is the span the warning is about (the chunk a dropped item came from, a
    failed chunk, the report). ``evidence`` is the dropped item's own quote when it was found in
    the source (``number_not_in_evidence``, ``indicator_mismatch``), so it can be shown in place.
    """

    code: str = Field(
        description=(
            "evidence_not_found | number_not_in_evidence | indicator_mismatch | chunk_failed | "
            "chunk_truncated | invalid_items | example_copied | requoted | indicators_renamed | items_moved | "
            "contradiction | reduce_failed | "
            "reduce_truncated"
        )
    )
    message: str
    start: int | None = None
    end: int | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Findings:
    """The verified items of a chunk or a report, and the warnings about what was dropped.

    What grounding makes of one chunk's notes and what merge makes of a report's chunks; a
    :class:`ReportSummary` carries the same fields (:meth:`fields`).
    """

    targets: list[Target] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    qualitative_targets: list[QualitativeTarget] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)
    warnings: list[SummaryWarning] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        """The items as keyword arguments of :class:`ReportSummary`."""
        return {
            "targets": self.targets,
            "results": self.results,
            "qualitative_targets": self.qualitative_targets,
            "priorities": self.priorities,
            "warnings": self.warnings,
        }


class ReportSummary(_Model):
    """Everything the library knows about one report."""

    region: str | None = None
    year: int | None = None
    plan_year: int | None = Field(
        default=None,
        description="The year the report's targets are for: a government work report's own year, the year after "
        "a summary's (2024年工作总结和2025年工作思路 → 2025)",
    )
    title: str | None = None
    doc_type: DocType = DocType.UNKNOWN
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
    usage: Usage = Field(default_factory=Usage)
    warnings: list[SummaryWarning] = Field(default_factory=list)


_DECREASE_WORD = {"zh": "下降", "en": "down "}


def format_number(value: float) -> str:
    """7.0 → "7", 6.5 → "6.5" (no float noise)."""
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def format_target_value(target: Target, language: str = "zh") -> str:
    """A target's figure as a reader writes it: ``6.5—7%``, ``下降3%以内``, ``5.5%左右``."""
    figure = format_number(target.value)
    if target.value_max is not None:
        figure += f"—{format_number(target.value_max)}"
    figure += f"{target.unit}{target.qualifier}"
    if target.direction != "decrease":
        return figure
    return _DECREASE_WORD.get(language, _DECREASE_WORD["zh"]) + figure
