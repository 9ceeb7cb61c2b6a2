"""Turn :class:`~summarizer.models.ReportSummary` objects into JSON, Markdown and CSV.

- :func:`render_json`      ``{"reports": [...]}``, one object per report, in input order
- :func:`render_markdown`  a readable page per report, every figure next to its verbatim quote
- :func:`targets_csv`      one row per target of every report (UTF-8, optional BOM for Excel)
- :func:`write_report_files` one file per report plus a combined ``targets.csv`` in a directory
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, get_args

from ..models import DocType, Evidence, ReportSummary, Result, Target
from ..models import format_number, format_target_value

__all__ = [
    "OutputFormat",
    "TARGET_CSV_COLUMNS",
    "render_json",
    "render_markdown",
    "targets_csv",
    "report_stem",
    "year_text",
    "write_report_files",
]

OutputFormat = Literal["json", "md", "csv"]

TARGET_CSV_COLUMNS = (
    "region", "year", "indicator", "canonical_indicator", "value", "value_max", "unit",
    "qualifier", "kind", "direction", "headline", "evidence", "evidence_start", "evidence_end",
)  # fmt: skip

_LABELS = {
    "zh": {
        "report": "报告", "region": "地区", "year": "年份", "plan_year": "目标年份", "type": "类型", "engine": "引擎",
        "source": "来源", "overview": "概要", "extract_note": "(摘自原文)",
        "sections": "各部分", "headline": "主要预期目标", "indicator": "指标",
        "target": "目标", "kind": "类别", "evidence": "原文", "other_targets": "其他目标",
        "results": "主要成绩", "qualitative": "定性目标", "priorities": "重点任务",
        "warnings": "提示", "usage": "用量", "decrease": "下降", "change": "增长",
    },
    "en": {
        "report": "Report", "region": "Region", "year": "Year", "plan_year": "targets for", "type": "Type",
        "engine": "Engine", "source": "Source", "overview": "Overview",
        "extract_note": "(extracted from the report)", "sections": "Sections",
        "headline": "Main expected targets", "indicator": "Indicator", "target": "Target",
        "kind": "Kind", "evidence": "Evidence", "other_targets": "Other targets",
        "results": "Results", "qualitative": "Qualitative targets",
        "priorities": "Priorities", "warnings": "Warnings", "usage": "Usage",
        "decrease": "down", "change": "change",
    },
}  # fmt: skip


def _summaries(value: object, function: str) -> Sequence[ReportSummary]:
    """``value`` when it is a list (or tuple) of ReportSummary; TypeError saying so otherwise."""
    if isinstance(value, ReportSummary):
        raise TypeError(f"{function}() takes a list of ReportSummary; for one, pass [summary]")
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise TypeError(f"{function}() takes a list of ReportSummary; got {type(value).__name__}")
    for item in value:
        if not isinstance(item, ReportSummary):
            raise TypeError(f"{function}() takes a list of ReportSummary; it holds a {type(item).__name__}")
    return value


def _summary(value: object, function: str) -> ReportSummary:
    if not isinstance(value, ReportSummary):
        hint = "; render each one: [render_markdown(s) for s in summaries]" if isinstance(value, (list, tuple)) else ""
        raise TypeError(f"{function}() takes one ReportSummary; got {type(value).__name__}{hint}")
    return value


def render_json(summaries: Sequence[ReportSummary]) -> str:
    """``{"reports": [ReportSummary, ...]}`` as indented UTF-8 JSON (Chinese left readable).

    ``summaries`` is a list, as :func:`summarizer.summarize` returns (one report: ``[summary]``);
    anything else raises :class:`TypeError`.
    """
    summaries = _summaries(summaries, "render_json")
    payload = {"reports": [s.model_dump(mode="json") for s in summaries]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _worded(label: str, figure: str, language: str) -> str:
    """``下降3%`` / ``down 3%``: a direction word before a figure (spaced in English)."""
    return f"{_labels(language)[label]}{' ' if language == 'en' else ''}{figure}"


def _labels(language: str) -> dict[str, str]:
    return _LABELS.get(language, _LABELS["zh"])


def _cell(text: str) -> str:
    """Make text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _quote(evidence: Evidence) -> str:
    return f"“{_cell(evidence.text)}” [{evidence.start}–{evidence.end}]"


def _result_figure(result: Result, language: str) -> str:
    parts = []
    if result.value is not None:
        parts.append(f"{format_number(result.value)}{result.unit}")
    if result.change is not None:
        label = "decrease" if result.direction == "decrease" else "change"
        parts.append(_worded(label, f"{format_number(result.change)}{result.change_unit}", language))
    return ", ".join(parts)


def year_text(summary: ReportSummary, lab: dict[str, str]) -> str:
    """``年份: 2024`` — and the year its targets are for when that is another (a summary's)."""
    text = f"{lab['year']}: {summary.year or '—'}"
    if summary.plan_year is not None and summary.plan_year != summary.year:
        text += f" ({lab['plan_year']} {summary.plan_year})"
    return text


def _header(summary: ReportSummary, lab: dict[str, str]) -> list[str]:
    # Without a title or region, the file's name says more than the bare word "report".
    path_name = Path(summary.source.path).name if summary.source.path else None
    title = summary.title or summary.region or path_name or lab["report"]
    meta = [
        f"{lab['region']}: {summary.region or '—'}",
        year_text(summary, lab),
        f"{lab['type']}: {DocType(summary.doc_type).value}",
        f"{lab['engine']}: {summary.engine}" + (f" ({summary.model})" if summary.model else ""),
        f"{lab['source']}: {summary.source.path or '—'} [{summary.source.start}–{summary.source.end}]",
    ]
    return [f"# {title}", "", " · ".join(meta), ""]


def _overview(summary: ReportSummary, lab: dict[str, str]) -> list[str]:
    if not summary.overview:
        return []
    note = f" {lab['extract_note']}" if summary.overview_evidence else ""
    return [f"## {lab['overview']}{note}", "", summary.overview, ""]


def _sections(summary: ReportSummary, lab: dict[str, str]) -> list[str]:
    if not summary.sections:
        return []
    lines = [f"## {lab['sections']}", ""]
    for section in summary.sections:
        lines += [f"### {section.title}", "", section.summary, ""]
    return lines


def _headline_table(summary: ReportSummary, lab: dict[str, str]) -> list[str]:
    rows = [t for t in summary.targets if t.headline]
    if not rows:
        return []
    lines = [
        f"## {lab['headline']}",
        "",
        f"| {lab['indicator']} | {lab['target']} | {lab['kind']} | {lab['year']} | {lab['evidence']} |",
        "|---|---|---|---|---|",
    ]
    for t in rows:
        figure = format_target_value(t, summary.language)
        lines.append(
            f"| {_cell(t.indicator)} | {_cell(figure)} | {t.kind} | {t.year or ''} | {_quote(t.evidence)} |"
        )
    return [*lines, ""]


def _bullets(title: str, items: Sequence[str]) -> list[str]:
    return [f"## {title}", "", *(f"- {item}" for item in items), ""] if items else []


def _other_targets(summary: ReportSummary) -> list[str]:
    return [
        f"{t.indicator}: {format_target_value(t, summary.language)} ({t.kind}"
        + (f", {t.year}" if t.year else "")
        + f") — {_quote(t.evidence)}"
        for t in summary.targets
        if not t.headline
    ]


def _results(summary: ReportSummary) -> list[str]:
    return [
        f"{r.indicator}: {_result_figure(r, summary.language)}"
        + (f" ({r.period})" if r.period else "")
        + f" — {_quote(r.evidence)}"
        for r in summary.results
    ]


def _quoted(text: str, evidence: Evidence) -> str:
    return f"{text} — {_quote(evidence)}"


def _warnings(summary: ReportSummary) -> list[str]:
    return [
        f"[{w.code}] {w.message}" + (f" [{w.start}–{w.end}]" if w.start is not None else "")
        for w in summary.warnings
    ]


def _usage(summary: ReportSummary) -> list[str]:
    if summary.engine != "llm":
        return []
    u = summary.usage
    cost = "—" if u.cost is None else f"{u.cost:.4f}"
    return [
        f"calls {u.calls} (cached {u.cached_calls}), prompt tokens {u.prompt_tokens}, "
        f"completion tokens {u.completion_tokens}, cost {cost}"
    ]


def render_markdown(summary: ReportSummary) -> str:
    """A readable Markdown page for one report: metadata, overview, sections, figures with
    quotes, warnings. :class:`TypeError` for anything but one ReportSummary."""
    summary = _summary(summary, "render_markdown")
    lab = _labels(summary.language)
    lines = [
        *_header(summary, lab),
        *_overview(summary, lab),
        *_sections(summary, lab),
        *_headline_table(summary, lab),
        *_bullets(lab["other_targets"], _other_targets(summary)),
        *_bullets(lab["results"], _results(summary)),
        *_bullets(lab["qualitative"], [_quoted(q.text, q.evidence) for q in summary.qualitative_targets]),
        *_bullets(lab["priorities"], [_quoted(t.title, t.evidence) for t in summary.priorities]),
        *_bullets(lab["warnings"], _warnings(summary)),
        *_bullets(lab["usage"], _usage(summary)),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def _csv_row(summary: ReportSummary, t: Target) -> list[object]:
    return [
        summary.region or "", t.year if t.year is not None else "", t.indicator,
        t.canonical_indicator, format_number(t.value), "" if t.value_max is None else format_number(t.value_max),
        t.unit, t.qualifier, t.kind, t.direction, "true" if t.headline else "false",
        t.evidence.text, t.evidence.start, t.evidence.end,
    ]  # fmt: skip


def targets_csv(summaries: Sequence[ReportSummary], *, bom: bool = False) -> str:
    """Every target of every report as CSV (columns :data:`TARGET_CSV_COLUMNS`).

    ``bom=True`` prefixes a UTF-8 byte-order mark so Excel opens the Chinese text correctly.
    ``summaries`` is a list (one report: ``[summary]``); anything else raises :class:`TypeError`.
    """
    summaries = _summaries(summaries, "targets_csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(TARGET_CSV_COLUMNS)
    for summary in summaries:
        writer.writerows(_csv_row(summary, t) for t in summary.targets)
    return ("\ufeff" if bom else "") + buffer.getvalue()


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')


def report_stem(summary: ReportSummary, index: int) -> str:
    """A safe, readable file stem for one report: ``03-彬州市-2023``."""
    name = summary.region or summary.title or "report"
    name = _UNSAFE.sub("_", name).strip("._") or "report"
    year = f"-{summary.year}" if summary.year else ""
    return f"{index + 1:02d}-{name[:60]}{year}"


def write_report_files(
    summaries: Sequence[ReportSummary], directory: Path, fmt: OutputFormat, *, bom: bool = False
) -> list[Path]:
    """Write one file per report (JSON or Markdown) plus a combined ``targets.csv``.

    With ``fmt="csv"`` only the combined ``targets.csv`` is written. Returns the paths written.
    :class:`TypeError` for summaries that are not a list of ReportSummary, :class:`ValueError`
    for a format other than ``json``, ``md`` or ``csv``.
    """
    summaries = _summaries(summaries, "write_report_files")
    if fmt not in get_args(OutputFormat):
        raise ValueError(f"fmt must be one of {', '.join(get_args(OutputFormat))}; got {fmt!r}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt != "csv":
        for index, summary in enumerate(summaries):
            body = render_json([summary]) if fmt == "json" else render_markdown(summary)
            path = directory / f"{report_stem(summary, index)}.{fmt}"
            path.write_text(body, encoding="utf-8")
            written.append(path)
    csv_path = directory / "targets.csv"
    csv_path.write_text(targets_csv(summaries, bom=bom), encoding="utf-8", newline="")
    written.append(csv_path)
    return written
