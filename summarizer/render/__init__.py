"""Output: JSON, Markdown, CSV and HTML renderings of :class:`~summarizer.models.ReportSummary`."""

from __future__ import annotations

from .formats import (
    TARGET_CSV_COLUMNS,
    OutputFormat,
    render_json,
    render_markdown,
    report_stem,
    targets_csv,
    write_report_files,
)
from .html import DROPPED_CODES, SourceTexts, render_html, render_html_index, write_html_files

__all__ = [
    "OutputFormat",
    "TARGET_CSV_COLUMNS",
    "render_json",
    "render_markdown",
    "targets_csv",
    "report_stem",
    "write_report_files",
    "SourceTexts",
    "DROPPED_CODES",
    "render_html",
    "render_html_index",
    "write_html_files",
]
