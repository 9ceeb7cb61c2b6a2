"""summarizer: structured, verifiable summaries of Chinese local-government reports."""

from __future__ import annotations

from .errors import *  # noqa: F401,F403 - the error tree is part of the public API
from .errors import __all__ as _error_names
from .models import (
    Evidence,
    Priority,
    QualitativeTarget,
    ReportSummary,
    Result,
    SectionSummary,
    SourceSpan,
    SummaryWarning,
    Target,
    UsageReport,
)

__version__ = "0.1.0"

__all__ = [
    *_error_names,
    "Evidence",
    "Priority",
    "QualitativeTarget",
    "ReportSummary",
    "Result",
    "SectionSummary",
    "SourceSpan",
    "SummaryWarning",
    "Target",
    "UsageReport",
    "__version__",
]
