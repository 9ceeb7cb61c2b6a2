"""An HTML page that shows every figure of a summary in its source text.

- :func:`render_html`        one self-contained page: the summary beside the source text, every
                             evidence span highlighted at its offsets; several reports get a selector
- :func:`render_html_index`  a table of reports and their headline targets, linking to their pages
- :func:`write_html_files`   a page per report plus ``index.html`` in a directory

The page needs no network: CSS and a little JavaScript are inline (``assets/``) and Chinese is
drawn with the system's fonts. Its weight stays near its source's: the source text is written
once, cut at every span boundary into ``<span>``\\s whose ``data-i`` names the items they are
evidence for, and the summary lists carry only those item keys, never the quotes again. Every
piece of text is escaped; characters HTML does not allow (C0/C1 controls, noncharacters, lone
surrogates) are drawn as U+FFFD, one for one, so the offsets still hold.

Item keys, one letter per list: ``t`` targets (kind ``h`` when headline, else ``t``), ``r``
results, ``q`` qualitative targets, ``p`` priorities, ``o`` overview sentences, ``w`` warnings
whose dropped item's quote was found (kind ``x``), ``c`` the spans of other warnings (a chunk a
dropped item came from, a failed chunk), ``s`` sections (an anchor at their start only).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TypeAlias

from ..errors import InputError
from ..ingest import Document, load
from ..models import Evidence, ReportSummary, SummaryWarning, format_target_value
from .formats import _labels, _result_figure, report_stem, year_text

__all__ = ["SourceTexts", "DROPPED_CODES", "render_html", "render_html_index", "write_html_files"]

SourceTexts: TypeAlias = str | Document | Mapping[str, str | Document]
"""The text the offsets point into: one for every summary (a ``str`` or the loaded
:class:`Document`), or one per ``summary.source.path``."""

DROPPED_CODES = frozenset({
    "evidence_not_found", "number_not_in_evidence", "indicator_mismatch",  # grounding
    "invalid_items", "example_copied",  # validating an LLM answer (items that failed it)
})  # fmt: skip
"""Warning codes that stand for items dropped by grounding or validation (a warning that carries
the dropped item's quote counts as a dropped item whatever its code)."""

# Kinds in the order a span shared by several takes its colour from (assets/page.css); regions
# ("c") have no colour of their own.
_KINDS = ("h", "t", "r", "q", "p", "o", "x")
_ORDER = (*_KINDS, "c")
_KIND_NAMES = {
    "zh": {"h": "主要预期目标", "t": "其他目标", "r": "主要成绩", "q": "定性目标", "p": "重点任务",
           "o": "概要句", "x": "剔除项"},
    "en": {"h": "Headline targets", "t": "Other targets", "r": "Results", "q": "Qualitative targets",
           "p": "Priorities", "o": "Overview sentences", "x": "Dropped"},
}  # fmt: skip
_WORDS = {
    "zh": {"source": "原文", "dropped": "剔除项(未通过核验)", "reports": "份报告", "pick": "报告",
           "filter": "显示", "targets": "目标", "results": "成绩", "n": "#"},
    "en": {"source": "Source", "dropped": "Dropped items (failed verification)", "reports": " reports",
           "pick": "Report", "filter": "Show", "targets": "Targets", "results": "Results", "n": "#"},
}  # fmt: skip

# What HTML does not allow in text: controls other than tab, LF and FF; noncharacters; surrogates.
_NOT_IN_HTML = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)


def _text(text: str) -> str:
    """Escaped text content, one character for each character of ``text``."""
    return escape(_NOT_IN_HTML.sub("\ufffd", text), quote=False)


def _attr(text: str) -> str:
    return escape(_NOT_IN_HTML.sub("\ufffd", text), quote=True)


@cache
def _asset(name: str) -> str:
    return resources.files("summarizer.render").joinpath("assets", name).read_text(encoding="utf-8")


# ---- the source text of each summary ---------------------------------------------------------


def _as_text(value: str | Document) -> str:
    return value.text if isinstance(value, Document) else value


def _name(summary: ReportSummary, index: int) -> str:
    return summary.title or summary.region or f"report {index + 1}"


def _text_of(summary: ReportSummary, index: int, text: SourceTexts | None, loaded: dict[str, str]) -> str:
    """The text of one summary: the one given, the one given for its path, or its file's."""
    path = summary.source.path
    if isinstance(text, (str, Document)):
        return _as_text(text)
    if text is not None:
        if path is None or path not in text:
            known = sorted(text)
            raise InputError(f"no source text for {_name(summary, index)!r} (path {path!r}) among {known}")
        return _as_text(text[path])
    if path is None:
        raise InputError(
            f"{_name(summary, index)!r} was summarised from text, not a file: "
            "pass that text, render_html(summaries, text=...)"
        )
    if path not in loaded:
        loaded[path] = load(Path(path)).text
    return loaded[path]


def _evidences(summary: ReportSummary) -> Iterable[Evidence]:
    yield from summary.overview_evidence
    for items in (summary.targets, summary.results, summary.qualitative_targets, summary.priorities):
        yield from (item.evidence for item in items)
    yield from (w.evidence for w in summary.warnings if w.evidence is not None)


def _check(summary: ReportSummary, index: int, text: str) -> None:
    """The text is the one the summary's offsets point into, or an :class:`InputError` says so."""
    spans = [(summary.source.start, summary.source.end), *((s.start, s.end) for s in summary.sections)]
    spans += [(w.start, w.end) for w in summary.warnings if w.start is not None and w.end is not None]
    outside = [(a, b) for a, b in spans if not 0 <= a <= b <= len(text)]
    if outside:
        raise InputError(
            f"the source text of {_name(summary, index)!r} has {len(text)} characters but the "
            f"summary points to [{outside[0][0]}, {outside[0][1]}): not the text it was summarised from"
        )
    for e in _evidences(summary):
        if text[e.start : e.end] != e.text:
            raise InputError(
                f"the source text of {_name(summary, index)!r} does not match its summary: "
                f"evidence {e.text[:40]!r} at [{e.start}, {e.end}) reads {text[e.start : e.end][:40]!r} "
                "(was the file changed after it was summarised?)"
            )


def _resolve(summaries: Sequence[ReportSummary], text: SourceTexts | None) -> list[str]:
    """The source text of every summary, checked against its evidence."""
    loaded: dict[str, str] = {}
    texts = [_text_of(s, i, text, loaded) for i, s in enumerate(summaries)]
    for i, (summary, source) in enumerate(zip(summaries, texts)):
        _check(summary, i, source)
    return texts


# ---- items and their spans -------------------------------------------------------------------


@dataclass(frozen=True)
class _Mark:
    """A span of the source that is evidence for an item (``kind`` ``c``: a warning's region)."""

    key: str
    kind: str
    start: int
    end: int


def _is_dropped(w: SummaryWarning) -> bool:
    return w.evidence is not None or w.code in DROPPED_CODES


def _item_marks(s: ReportSummary) -> list[_Mark]:
    """A mark for every item's evidence; a target's kind says whether it is a headline target."""
    lists: list[tuple[str, Sequence[Evidence]]] = [
        ("o", s.overview_evidence),
        ("r", [r.evidence for r in s.results]),
        ("q", [q.evidence for q in s.qualitative_targets]),
        ("p", [p.evidence for p in s.priorities]),
    ]
    marks = [_Mark(f"t{i}", "h" if t.headline else "t", t.evidence.start, t.evidence.end)
             for i, t in enumerate(s.targets)]  # fmt: skip
    for letter, evidences in lists:
        marks += [_Mark(f"{letter}{i}", letter, e.start, e.end) for i, e in enumerate(evidences)]
    return marks


def _warning_marks(s: ReportSummary) -> tuple[list[_Mark], list[str | None]]:
    """Marks for the warnings, and the key each warning links to (``None``: the whole report)."""
    marks: list[_Mark] = []
    keys: list[str | None] = []
    regions: dict[tuple[int, int], str] = {}
    for i, w in enumerate(s.warnings):
        if w.evidence is not None:
            keys.append(f"w{i}")
            marks.append(_Mark(f"w{i}", "x", w.evidence.start, w.evidence.end))
        elif w.start is None or w.end is None or (w.start, w.end) == (s.source.start, s.source.end):
            keys.append(None)
        else:
            # Warnings about one chunk share its region (and hovering it names them all).
            if (w.start, w.end) not in regions:
                regions[w.start, w.end] = f"c{len(regions)}"
                marks.append(_Mark(regions[w.start, w.end], "c", w.start, w.end))
            keys.append(regions[w.start, w.end])
    return marks, keys


@dataclass(frozen=True)
class _Report:
    """One summary with its marks, and the key each warning links to."""

    summary: ReportSummary
    index: int  # in the summaries rendered together; the report's id is "r{index}"
    marks: list[_Mark]
    warning_keys: list[str | None]

    @classmethod
    def of(cls, summary: ReportSummary, index: int) -> _Report:
        warning_marks, keys = _warning_marks(summary)
        return cls(summary, index, _item_marks(summary) + warning_marks, keys)

    @property
    def prefix(self) -> str:
        return f"r{self.index}"

    @property
    def window(self) -> tuple[int, int]:
        """The part of the source shown: the report's span, widened to every mark."""
        starts = [self.summary.source.start, *(m.start for m in self.marks)]
        ends = [self.summary.source.end, *(m.end for m in self.marks)]
        return min(starts), max(ends)

    def href(self, key: str) -> str:
        return f"#{self.prefix}-{key}"


# ---- the source pane -------------------------------------------------------------------------


def _segment(piece: str, active: Iterable[_Mark]) -> str:
    marks = sorted(active, key=lambda m: m.kind == "c")  # items first, then the regions around them
    if not marks:
        return _text(piece)
    kinds = sorted({m.kind for m in marks}, key=_ORDER.index)
    classes = " ".join(f"k-{k}" for k in kinds)
    if sum(m.kind != "c" for m in marks) > 1:
        classes += " m"
    keys = " ".join(m.key for m in marks)
    return f'<span class="{classes}" data-i="{keys}">{_text(piece)}</span>'


def _source_html(text: str, report: _Report) -> str:
    """The window of the source, cut at every mark boundary; an anchor where each item starts."""
    lo, hi = report.window
    anchors: dict[int, list[str]] = {}
    for m in report.marks:
        anchors.setdefault(m.start, []).append(m.key)
    for i, section in enumerate(report.summary.sections):
        anchors.setdefault(min(max(section.start, lo), hi), []).append(f"s{i}")
    opening: dict[int, list[_Mark]] = {}
    closing: dict[int, list[_Mark]] = {}
    for m in report.marks:
        if m.end > m.start:
            opening.setdefault(m.start, []).append(m)
            closing.setdefault(m.end, []).append(m)
    cuts = sorted({lo, hi, *anchors, *opening, *closing})
    active: dict[str, _Mark] = {}
    out: list[str] = []
    for a, b in pairwise([*cuts, hi]):
        for m in closing.get(a, ()):
            del active[m.key]
        active.update((m.key, m) for m in opening.get(a, ()))
        out += (f'<a id="{report.prefix}-{key}"></a>' for key in anchors.get(a, ()))
        out.append(_segment(text[a:b], active.values()))
    return "".join(out)


# ---- the summary pane ------------------------------------------------------------------------


def _entry(report: _Report, key: str, kind: str, label: str, rest: str = "") -> str:
    """A list entry linking to its item's span: its label is the link, ``rest`` escaped after."""
    tail = f" {_text(rest)}" if rest else ""
    return f'<li class="k-{kind}" data-k="{key}"><a href="{report.href(key)}">{_text(label)}</a>{tail}</li>'


def _list(title: str, entries: list[str], ordered: bool = False) -> str:
    if not entries:
        return ""
    tag = "ol" if ordered else "ul"
    return f"<h3>{_text(title)} <small>({len(entries)})</small></h3><{tag}>{''.join(entries)}</{tag}>"


def _overview(report: _Report, lab: dict[str, str]) -> str:
    s = report.summary
    if s.overview_evidence:
        entries = [_entry(report, f"o{i}", "o", e.text) for i, e in enumerate(s.overview_evidence)]
        return _list(f"{lab['overview']} {lab['extract_note']}", entries, ordered=True)
    if not s.overview:
        return ""
    paragraphs = "".join(f"<p>{_text(p)}</p>" for p in s.overview.split("\n") if p.strip())
    return f"<h3>{_text(lab['overview'])}</h3>{paragraphs}"


def _headline_table(report: _Report, lab: dict[str, str]) -> str:
    s = report.summary
    rows = [
        f'<tr class="k-h" data-k="t{i}"><td><a href="{report.href(f"t{i}")}">{_text(t.indicator)}</a></td>'
        f"<td>{_text(format_target_value(t, s.language))}</td><td>{t.kind}</td><td>{t.year or ''}</td></tr>"
        for i, t in enumerate(s.targets)
        if t.headline
    ]
    if not rows:
        return ""
    head = "".join(f"<th>{_text(lab[k])}</th>" for k in ("indicator", "target", "kind", "year"))
    return (
        f"<h3>{_text(lab['headline'])} <small>({len(rows)})</small></h3>"
        f'<div class="tw"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _items(report: _Report, lab: dict[str, str]) -> str:
    s, language = report.summary, report.summary.language
    others = [
        _entry(report, f"t{i}", "t", t.indicator, f"{format_target_value(t, language)} ({t.kind}"
               + (f", {t.year})" if t.year else ")"))
        for i, t in enumerate(s.targets)
        if not t.headline
    ]  # fmt: skip
    results = [
        _entry(report, f"r{i}", "r", r.indicator, _result_figure(r, language) + (f" ({r.period})" if r.period else ""))
        for i, r in enumerate(s.results)
    ]  # fmt: skip
    qualitative = [_entry(report, f"q{i}", "q", q.text) for i, q in enumerate(s.qualitative_targets)]
    priorities = [_entry(report, f"p{i}", "p", p.title) for i, p in enumerate(s.priorities)]
    return (
        _list(lab["other_targets"], others)
        + _list(lab["results"], results)
        + _list(lab["qualitative"], qualitative)
        + _list(lab["priorities"], priorities)
    )


def _warning_entry(report: _Report, w: SummaryWarning, key: str | None) -> str:
    kind = "x" if _is_dropped(w) else "w"
    if key is None:
        return f'<li class="k-{kind}"><b>{_text(w.code)}</b> {_text(w.message)}</li>'
    return _entry(report, key, kind, w.code, w.message)


def _warnings(report: _Report, lab: dict[str, str], words: dict[str, str]) -> str:
    warnings = list(zip(report.summary.warnings, report.warning_keys))
    dropped = [_warning_entry(report, w, key) for w, key in warnings if _is_dropped(w)]
    other = [_warning_entry(report, w, key) for w, key in warnings if not _is_dropped(w)]
    return _list(words["dropped"], dropped) + _list(lab["warnings"], other)


def _sections(report: _Report, lab: dict[str, str]) -> str:
    sections = report.summary.sections
    if not sections:
        return ""
    body = "".join(
        f'<dt><a href="{report.href(f"s{i}")}">{_text(sec.title)}</a></dt><dd>{_text(sec.summary)}</dd>'
        for i, sec in enumerate(sections)
    )
    return f"<details><summary>{_text(lab['sections'])} ({len(sections)})</summary><dl>{body}</dl></details>"


def _meta(summary: ReportSummary, lab: dict[str, str]) -> str:
    parts = [
        f"{lab['region']}: {summary.region or '—'}",
        year_text(summary, lab),
        f"{lab['type']}: {summary.doc_type.value}",
        f"{lab['engine']}: {summary.engine}" + (f" ({summary.model})" if summary.model else ""),
    ]
    u = summary.usage
    if summary.engine == "llm":
        cost = "—" if u.cost is None else f"{u.cost:.4f}"
        parts.append(f"{lab['usage']}: {u.calls} calls ({u.cached_calls} cached), "
                     f"{u.prompt_tokens}+{u.completion_tokens} tokens, cost {cost}")  # fmt: skip
    return f'<p class="meta">{_text(" · ".join(parts))}</p>'


def _summary_pane(report: _Report, heading: bool) -> str:
    s = report.summary
    lab, words = _labels(s.language), _words(s.language)
    lang = ' lang="en"' if s.language == "en" else ""
    title = f"<h2>{_text(_name(s, report.index))}</h2>" if heading else ""
    return (
        f'<div class="sum"{lang}>{title}{_meta(s, lab)}{_overview(report, lab)}'
        f"{_headline_table(report, lab)}{_items(report, lab)}{_warnings(report, lab, words)}"
        f"{_sections(report, lab)}</div>"
    )


def _report_section(report: _Report, text: str, *, heading: bool, hidden: bool) -> str:
    s = report.summary
    lo, hi = report.window
    words = _words(s.language)
    where = f"{s.source.path or ''} [{lo}–{hi})".strip()
    return (
        f'<section class="report" id="{report.prefix}"{" hidden" if hidden else ""}>'
        f"{_summary_pane(report, heading)}"
        f'<div class="src"><h3>{_text(words["source"])} <small>{_text(where)}</small></h3>'
        f'<div class="text" data-start="{lo}">{_source_html(text, report)}</div></div></section>'
    )


# ---- pages -----------------------------------------------------------------------------------


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["zh"])


def _legend(language: str) -> str:
    names = _KIND_NAMES.get(language, _KIND_NAMES["zh"])
    boxes = "".join(
        f'<label class="k-{k}"><input type="checkbox" value="{k}" checked> {_text(names[k])}</label>'
        for k in _KINDS
    )
    return f'<div class="legend" role="group" aria-label="{_attr(_words(language)["filter"])}">{boxes}</div>'


def _page(title: str, header: str, body: str, *, script: bool = True) -> str:
    js = f"<script>{_asset('page.js')}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_text(title)}</title><style>{_asset('page.css')}</style>"
        # Without JavaScript every report is shown, one after the other.
        "<noscript><style>.report[hidden]{display:grid}@media (max-width:50em){.report[hidden]{display:block}}"
        "</style></noscript></head>"
        f"<body><header><h1>{_text(title)}</h1>{header}</header>{body}{js}</body></html>\n"
    )


def _picker(summaries: Sequence[ReportSummary], language: str) -> str:
    options = "".join(
        f'<option value="r{i}">{i + 1:02d} {_text(_name(s, i))}</option>' for i, s in enumerate(summaries)
    )
    label = _text(_words(language)["pick"])
    return f'<label>{label} <select id="pick">{options}</select></label>'


def _render_page(
    summaries: Sequence[ReportSummary], texts: Sequence[str], indices: Sequence[int], title: str | None
) -> str:
    """The page of ``summaries`` (their ``indices`` in the whole list give their ids)."""
    language = summaries[0].language if summaries else "zh"
    several = len(summaries) > 1
    reports = [_Report.of(s, i) for s, i in zip(summaries, indices)]
    body = "".join(
        _report_section(r, t, heading=several, hidden=several and n > 0)
        for n, (r, t) in enumerate(zip(reports, texts))
    )
    if title is None:
        title = _name(summaries[0], indices[0]) if len(summaries) == 1 else _compilation_title(summaries, language)
    header = (_picker(summaries, language) if several else "") + _legend(language)
    return _page(title, header, body)


def _compilation_title(summaries: Sequence[ReportSummary], language: str) -> str:
    paths = {s.source.path for s in summaries if s.source.path}
    where = f" — {', '.join(sorted(os.path.basename(p) for p in paths))}" if paths else ""
    return f"{len(summaries)}{_words(language)['reports']}{where}"


def render_html(
    summaries: Sequence[ReportSummary], text: SourceTexts | None = None, *, title: str | None = None
) -> str:
    """One self-contained HTML page: each summary beside its source text, every evidence span
    highlighted at its offsets; several summaries get a report selector.

    ``text`` is what the offsets point into (``summarizer.load(path).text``): a ``str`` or the
    loaded :class:`~summarizer.ingest.Document` for every summary, or a mapping from
    ``summary.source.path`` to it. Without it each ``summary.source.path`` is loaded again.
    Raises :class:`~summarizer.errors.InputError` when a text cannot be had (a summary of a
    ``str`` has no path) or does not match the summary's evidence.
    """
    texts = _resolve(summaries, text)
    return _render_page(summaries, texts, range(len(summaries)), title)


def _headline_cell(summary: ReportSummary) -> str:
    targets = [t for t in summary.targets if t.headline]
    return "；".join(f"{t.indicator} {format_target_value(t, summary.language)}" for t in targets)


_SVG_METADATA = re.compile(r"<metadata\b.*?</metadata>", re.S)


def _index_row(i: int, s: ReportSummary, href: str) -> str:
    """A report's row: its region linking to its page (the title on hover), its headline targets."""
    counts = (len(s.targets), len(s.results), sum(map(_is_dropped, s.warnings)))
    return (
        f'<tr><td>{i + 1}</td><td><a href="{_attr(href)}" title="{_attr(_name(s, i))}">'
        f"{_text(s.region or _name(s, i))}</a></td>"
        f"<td>{s.plan_year or s.year or ''}</td><td>{_text(_headline_cell(s))}</td>"  # the targets' year
        + "".join(f"<td>{n}</td>" for n in counts) + f"<td>{s.doc_type.value}</td></tr>"
    )


def render_html_index(
    summaries: Sequence[ReportSummary],
    hrefs: Sequence[str],
    *,
    title: str | None = None,
    figure: str | None = None,
) -> str:
    """A page with a table of the reports and their headline targets, each linking to its page
    (``hrefs``, one per summary, as written).

    ``figure`` is an SVG document shown below the table (e.g. a chart of the targets); it is
    inlined from its ``<svg`` tag on, as trusted markup, without its ``<metadata>`` (matplotlib
    puts RDF there, which HTML does not allow). Everything else is escaped.
    """
    language = summaries[0].language if summaries else "zh"
    lab, words = _labels(language), _words(language)
    head = "".join(f"<th>{_text(h)}</th>" for h in (
        words["n"], lab["report"], lab["year"], lab["headline"], words["targets"], words["results"],
        _KIND_NAMES.get(language, _KIND_NAMES["zh"])["x"], lab["type"],
    ))  # fmt: skip
    rows = "".join(_index_row(i, s, href) for i, (s, href) in enumerate(zip(summaries, hrefs, strict=True)))
    chart = ""
    if figure is not None and "<svg" in figure:
        svg = _SVG_METADATA.sub("", figure[figure.index("<svg") :])
        chart = f'<figure class="chart">{svg}</figure>'
    table = f'<div class="tw"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    body = f'<main class="index">{table}{chart}</main>'
    return _page(title or _compilation_title(summaries, language), "", body, script=False)


def write_html_files(
    summaries: Sequence[ReportSummary], directory: Path, text: SourceTexts | None = None
) -> list[Path]:
    """Write a page per report (``NN-region-year.html``) and an ``index.html`` linking them.

    ``text`` as for :func:`render_html`; each source is loaded once. Returns the paths written.
    """
    texts = _resolve(summaries, text)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for i, (summary, source) in enumerate(zip(summaries, texts)):
        path = directory / f"{report_stem(summary, i)}.html"
        path.write_text(_render_page([summary], [source], [i], None), encoding="utf-8")
        written.append(path)
    index = directory / "index.html"
    index.write_text(render_html_index(summaries, [p.name for p in written]), encoding="utf-8")
    return [*written, index]
