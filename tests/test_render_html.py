"""The evidence page: every figure shown in its source text, parsed back the way a browser reads it.

The pages are read with ``html.parser`` (what a span carries, where it sits in the source) and,
for well-formedness, with html5lib in strict mode (any HTML5 parse error fails). A screenshot
test renders a page in headless Chromium when ``chromium`` is installed and is skipped otherwise.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from scripted_server import Hit, Reply, ScriptedServer

import summarizer
from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.notes import ChunkNotes
from summarizer.models import (
    Evidence,
    Priority,
    QualitativeTarget,
    ReportSummary,
    Result,
    SectionSummary,
    SourceSpan,
    SummaryWarning,
    Target,
)
from summarizer.render import render_html, render_html_index, write_html_files

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
COMPILATION = CORPUS / "city-reports-2023.txt"

# Phrases of our own, in the forms reports use; a script tag and quotes that must stay text.
TEXT = (
    "2023年某市政府工作报告\n"
    "一、过去一年的工作\n"
    "全年完成生产总值326.3亿元、增长6.8%,经济运行稳中有进。\n"
    "二、今年的目标\n"
    "主要预期目标是:生产总值增长6.5—7%,城镇和农村居民人均可支配收入分别增长7%和8%左右。"
    '新建“<script>alert("x&y")</script>”产业园1个。\n'
    "三、重点工作\n"
    "(一)推动<b>项目</b>&投资\x0b提速\x01。\n"
)


def _ev(quote: str, text: str = TEXT) -> Evidence:
    start = text.index(quote)
    return Evidence(text=quote, start=start, end=start + len(quote))


def _target(indicator: str, value: float, quote: str, *, headline: bool = True, **kw: object) -> Target:
    return Target(indicator=indicator, canonical_indicator=indicator, value=value, unit="%", kind="growth",
                  year=2023, headline=headline, evidence=_ev(quote), **kw)  # type: ignore[arg-type]  # fmt: skip


INCOMES = "城镇和农村居民人均可支配收入分别增长7%和8%左右"
CHUNK = (TEXT.index("二、"), TEXT.index("三、"))


def _summary(path: str | None = "r.txt", language: str = "zh") -> ReportSummary:
    return ReportSummary(
        region="某市", year=2023, title="2023年某市<政府>工作报告", doc_type="government_work_report",
        source=SourceSpan(path=path, start=0, end=len(TEXT)), language=language, engine="rules",
        overview="全年完成生产总值326.3亿元、增长6.8%,经济运行稳中有进。",
        overview_evidence=[_ev("全年完成生产总值326.3亿元、增长6.8%,经济运行稳中有进。")],
        sections=[SectionSummary(title="一、过去一年的工作", path=["一、过去一年的工作"], start=TEXT.index("一、"),
                                 end=CHUNK[0], summary="回顾成绩。", extractive=True)],
        results=[Result(indicator="生产总值", canonical_indicator="地区生产总值", value=326.3, unit="亿元",
                        change=6.8, change_unit="%", direction="increase", period="2022年",
                        evidence=_ev("全年完成生产总值326.3亿元、增长6.8%"))],
        targets=[
            _target("生产总值", 6.5, "生产总值增长6.5—7%", value_max=7.0),
            _target("城镇居民人均可支配收入", 7, INCOMES),  # two targets share one quote
            _target("农村居民人均可支配收入", 8, INCOMES, qualifier="左右"),
            _target('“<script>”产业园', 1, '新建“<script>alert("x&y")</script>”产业园1个', headline=False),
        ],
        # crosses the end of one target's quote and the start of the next one's
        qualitative_targets=[QualitativeTarget(text="增长6.5—7%,城镇", evidence=_ev("增长6.5—7%,城镇"))],
        priorities=[Priority(title="推动<b>项目</b>&投资", evidence=_ev("(一)推动<b>项目</b>&投资\x0b提速\x01"))],
        warnings=[
            SummaryWarning(code="number_not_in_evidence", message="target 生产总值 8: number not in its evidence",
                           start=CHUNK[0], end=CHUNK[1], evidence=_ev("生产总值增长6.5—7%")),
            SummaryWarning(code="evidence_not_found", message="target A: quote not found <i>", start=CHUNK[0], end=CHUNK[1]),
            SummaryWarning(code="evidence_not_found", message="target B: quote not found", start=CHUNK[0], end=CHUNK[1]),
            SummaryWarning(code="reduce_failed", message="overview from the report's own sentences",
                           start=0, end=len(TEXT)),
        ],
    )  # fmt: skip


# ---- reading a page back -----------------------------------------------------------------------


@dataclass
class _Span:
    start: int
    end: int
    keys: list[str]
    classes: list[str]


@dataclass
class _Source:
    """One report's source pane: its text, spans and anchors, in source offsets."""

    start: int
    text: str = ""
    spans: list[_Span] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)

    def covered(self, key: str) -> list[_Span]:
        return [s for s in self.spans if key in s.keys]


@dataclass
class _Entry:
    report: str
    key: str
    classes: list[str]
    href: str | None = None
    text: str = ""


class _Page(HTMLParser):
    """The parts of a page the tests look at, as a browser's parser reads them."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: dict[str, _Source] = {}
        self.entries: list[_Entry] = []
        self.scripts: list[str] = []
        self.urls: list[str] = []  # every href and src
        self.options: list[str] = []
        self._report = ""
        self._source: _Source | None = None
        self._span: _Span | None = None
        self._entry: _Entry | None = None
        self._entry_tag = ""
        self._script: list[str] | None = None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.urls += [a[k] for k in ("href", "src") if k in a]
        classes = a.get("class", "").split()
        if tag == "section" and "report" in classes:
            self._report = a["id"]
        elif tag == "div" and "text" in classes:
            self._source = self.sources[self._report] = _Source(int(a["data-start"]))
        elif self._source is not None and tag == "span":
            here = self._source.start + len(self._source.text)
            self._span = _Span(here, here, a["data-i"].split(), classes)
        elif self._source is not None and tag == "a":
            self._source.anchors[a["id"]] = self._source.start + len(self._source.text)
        elif "data-k" in a:
            self._entry = _Entry(self._report, a["data-k"], classes)
            self._entry_tag = tag
            self.entries.append(self._entry)
        elif tag == "a" and self._entry is not None and self._entry.href is None:
            self._entry.href = a["href"]
        elif tag == "script":
            self._script = []
        elif tag == "option":
            self.options.append(a["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._span is not None and self._source is not None:
            self._span.end = self._source.start + len(self._source.text)
            self._source.spans.append(self._span)
            self._span = None
        elif tag == "div" and self._source is not None:
            self._source = None
        elif tag == self._entry_tag and self._entry is not None:
            self._entry = None
        elif tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        elif self._source is not None:
            self._source.text += data
        if self._entry is not None:
            self._entry.text += data


def _drawn(text: str) -> str:
    """The text as the page draws it: characters HTML does not allow become U+FFFD, one for one."""
    return re.sub("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]", "\ufffd", text)


def _assert_item_shown(source: _Source, text: str, key: str, evidence: Evidence, href: str | None) -> None:
    """The spans carrying ``key`` cover exactly the evidence's offsets, and its link lands there."""
    spans = source.covered(key)
    assert spans, key
    assert (spans[0].start, spans[-1].end) == (evidence.start, evidence.end), key
    assert all(a.end == b.start for a, b in zip(spans, spans[1:])), f"{key}: spans with gaps"
    assert source.text[evidence.start - source.start : evidence.end - source.start] == _drawn(evidence.text)
    assert _drawn(text[evidence.start : evidence.end]) == _drawn(evidence.text)
    assert href is not None and source.anchors[href.removeprefix("#")] == evidence.start, key


def _items(summary: ReportSummary) -> Iterable[tuple[str, Evidence]]:
    yield from ((f"o{i}", e) for i, e in enumerate(summary.overview_evidence))
    yield from ((f"t{i}", t.evidence) for i, t in enumerate(summary.targets))
    yield from ((f"r{i}", r.evidence) for i, r in enumerate(summary.results))
    yield from ((f"q{i}", q.evidence) for i, q in enumerate(summary.qualitative_targets))
    yield from ((f"p{i}", p.evidence) for i, p in enumerate(summary.priorities))
    yield from ((f"w{i}", w.evidence) for i, w in enumerate(summary.warnings) if w.evidence is not None)


def _assert_page_shows(page: str, summaries: Sequence[ReportSummary], text: str, ids: Sequence[str]) -> _Page:
    """Every item of every summary is drawn at its offsets, and its entry links to it."""
    parsed = _Page(page)
    for summary, rid in zip(summaries, ids, strict=True):
        source = parsed.sources[rid]
        assert source.start <= summary.source.start
        assert source.text == _drawn(text[source.start : source.start + len(source.text)])
        assert source.start + len(source.text) >= summary.source.end
        hrefs = {e.key: e.href for e in parsed.entries if e.report == rid}
        for key, evidence in _items(summary):
            _assert_item_shown(source, text, key, evidence, hrefs.get(key))
    return parsed


def _strict_html5(page: str) -> None:
    html5lib = pytest.importorskip("html5lib")
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


@pytest.fixture(scope="module")
def city_summaries() -> list[ReportSummary]:
    return summarizer.summarize(COMPILATION, engine="rules")


@pytest.fixture(scope="module")
def city_text() -> str:
    return summarizer.load(COMPILATION).text


# ---- the page shows every item in place --------------------------------------------------------


def test_every_item_is_drawn_at_its_offsets_and_linked() -> None:
    summary = _summary()
    page = _assert_page_shows(render_html([summary], TEXT), [summary], TEXT, ["r0"])
    source = page.sources["r0"]
    # shared quote: one span names both targets, marked as shared
    shared = source.covered("t1")
    assert shared == source.covered("t2") and all("m" in s.classes for s in shared)
    # partial overlap: the qualitative target's spans split at the target quotes' boundaries
    assert [sorted(s.keys) for s in source.covered("q0")] == [
        ["c0", "q0", "t0", "w0"], ["c0", "q0"], ["c0", "q0", "t1", "t2"]]  # fmt: skip
    # the result inside an overview sentence
    assert all("o0" in s.keys for s in source.covered("r0"))
    # a span takes its colour from its first kind: headline target before qualitative
    assert source.covered("q0")[0].classes[:2] == ["k-h", "k-q"]


def test_kinds_are_classes_of_spans_and_entries() -> None:
    page = _Page(render_html([_summary()], TEXT))
    kinds = {e.key: e.classes[0] for e in page.entries if e.key != "c0"}
    assert kinds == {"o0": "k-o", "t0": "k-h", "t1": "k-h", "t2": "k-h", "t3": "k-t", "r0": "k-r",
                     "q0": "k-q", "p0": "k-p", "w0": "k-x"}  # fmt: skip
    source = page.sources["r0"]
    for key, kind in kinds.items():
        assert all(kind in s.classes for s in source.covered(key)), key


def test_dropped_items_are_listed_with_their_spans() -> None:
    page = _Page(render_html([_summary()], TEXT))
    source = page.sources["r0"]
    # the dropped target's own quote is highlighted as dropped, over the kept target's span
    for dropped in source.covered("w0"):
        assert {"t0", "w0"} <= set(dropped.keys) and {"k-h", "k-x"} <= set(dropped.classes)
    # two items dropped in one chunk share its region, and both link to it
    region = source.covered("c0")
    assert (region[0].start, region[-1].end) == CHUNK
    assert source.anchors["r0-c0"] == CHUNK[0]
    not_found = [e for e in page.entries if e.key == "c0"]
    assert [e.href for e in not_found] == ["#r0-c0", "#r0-c0"]
    assert all("k-x" in e.classes for e in not_found)
    assert "quote not found <i>" in not_found[0].text  # the message, as text
    # a warning about the whole report is listed, with nothing to link to
    page_text = render_html([_summary()], TEXT)
    assert "reduce_failed" in page_text and "#r0-None" not in page_text


def test_items_dropped_by_validating_an_llm_answer_are_dropped_items() -> None:
    invalid = SummaryWarning(code="invalid_items", message="2 targets dropped: value: Input should be a valid number",
                             start=CHUNK[0], end=CHUNK[1])  # fmt: skip
    failed = SummaryWarning(code="chunk_failed", message="chunk failed", start=0, end=CHUNK[0])
    summary = _summary().model_copy(update={"warnings": [invalid, failed]})
    page = _Page(render_html([summary], TEXT))
    classes = {e.key: e.classes for e in page.entries if e.key.startswith("c")}
    assert classes == {"c0": ["k-x"], "c1": ["k-w"]}  # dropped, and a warning that is not about an item
    region = page.sources["r0"].covered("c1")  # cut where items start and end inside it
    assert (region[0].start, region[-1].end) == (0, CHUNK[0]) and len(region) > 1


def test_sections_link_to_where_they_start() -> None:
    page = _Page(render_html([_summary()], TEXT))
    assert page.sources["r0"].anchors["r0-s0"] == TEXT.index("一、")
    assert "#r0-s0" in page.urls


# ---- safe and sturdy ---------------------------------------------------------------------------


def test_everything_is_escaped() -> None:
    page = render_html([_summary()], TEXT)
    parsed = _Page(page)
    # the report's <script> is text, not an element: the page's one script is its own
    assert parsed.scripts == [summarizer.render.html._asset("page.js")]
    assert '<script>alert("x&y")</script>' in parsed.sources["r0"].text
    assert "&lt;script&gt;alert(" in page and "<b>项目" not in page and "<政府>" not in page
    assert any("推动<b>项目</b>&投资" == e.text for e in parsed.entries)


def test_valid_html5() -> None:
    _strict_html5(render_html([_summary()], TEXT))
    _strict_html5(render_html([_summary(language="en")], TEXT))


def test_characters_html_does_not_allow_keep_their_offsets() -> None:
    summary = _summary()
    source = _Page(render_html([summary], TEXT)).sources["r0"]
    [priority] = source.covered("p0")
    assert source.text[priority.start - source.start : priority.end - source.start].endswith("投资\ufffd提速\ufffd")


def test_no_network_at_all() -> None:
    page = render_html([_summary()], TEXT)
    parsed = _Page(page)
    assert all(url.startswith("#") for url in parsed.urls), [u for u in parsed.urls if not u.startswith("#")]
    assert not re.search(r"@import|url\(|@font-face|<link|<iframe|<img|fetch\(|XMLHttpRequest", page)


def test_chinese_is_drawn_with_system_fonts() -> None:
    page = render_html([_summary()], TEXT)
    assert '<html lang="zh-CN">' in page
    for family in ("PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC"):
        assert f'"{family}"' in page


def test_page_is_readable_in_a_narrow_window() -> None:
    page = render_html([_summary()], TEXT)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    narrow = re.search(r"@media \(max-width: [^)]*\) \{(.*?)\n\}", page, re.S)
    assert narrow and ".report { display: block; }" in narrow.group(1)


def test_a_60000_character_report_weighs_at_most_3x_its_text(
    city_summaries: list[ReportSummary], city_text: str
) -> None:
    """Five city reports (about 70,000 characters) taken as one report with every item the rules
    engine finds in them (close to 1,000), and 100 dropped items."""
    five = city_summaries[:5]
    results = [r for s in five for r in s.results]
    big = ReportSummary(
        region="五市", source=SourceSpan(path=None, start=five[0].source.start, end=five[-1].source.end),
        engine="rules", overview_evidence=[e for s in five for e in s.overview_evidence],
        targets=[t for s in five for t in s.targets], results=results,
        qualitative_targets=[q for s in five for q in s.qualitative_targets],
        priorities=[p for s in five for p in s.priorities],
        warnings=[SummaryWarning(code="number_not_in_evidence", message=f"target {r.indicator}: number not in "
                                 f"its evidence {r.evidence.text!r}", start=r.evidence.start, end=r.evidence.end,
                                 evidence=r.evidence) for r in results[:100]],
    )  # fmt: skip
    source = city_text[big.source.start : big.source.end]
    items = sum(1 for _ in _items(big))
    assert len(source) >= 60_000 and items >= 900
    page = render_html([big], city_text)
    _assert_page_shows(page, [big], city_text, ["r0"])
    # What a page weighs is its bytes: 2.0x here (markup is ASCII, the report's text 3 bytes a
    # character, so in characters the same page is 3.4x the text).
    assert len(page.encode()) <= 3 * len(source.encode())


# ---- compilations ------------------------------------------------------------------------------


def test_a_compilation_is_one_page_with_a_report_selector(
    city_summaries: list[ReportSummary], city_text: str
) -> None:
    page = render_html(city_summaries, city_text)
    ids = [f"r{i}" for i in range(len(city_summaries))]
    parsed = _assert_page_shows(page, city_summaries, city_text, ids)
    assert parsed.options == ids
    assert page.count('<section class="report"') == 16 and page.count(" hidden>") == 15
    assert len(page.encode()) <= 3 * len(city_text.encode())
    _strict_html5(page)


def test_a_page_per_report_and_an_index(city_summaries: list[ReportSummary], city_text: str, tmp_path: Path) -> None:
    doc = summarizer.load(COMPILATION)
    written = write_html_files(city_summaries, tmp_path / "site", doc)
    pages, index = written[:-1], written[-1]
    assert index.name == "index.html" and len(pages) == 16
    links = _Page(index.read_text(encoding="utf-8")).urls
    assert links == [p.name for p in pages]
    for i, (summary, path) in enumerate(zip(city_summaries, pages)):
        page = path.read_text(encoding="utf-8")
        _assert_page_shows(page, [summary], city_text, [f"r{i}"])  # ids as in the one-page compilation
        own = city_text[summary.source.start : summary.source.end]
        assert len(page.encode()) <= 3 * len(own.encode()), path.name
    assert "7%左右" in index.read_text(encoding="utf-8")  # 彬州市's GDP target in the table


def test_index_inlines_a_figure_and_escapes_the_rest() -> None:
    svg = ('<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg xmlns="http://www.w3.org/2000/svg">'
           '<metadata><rdf:RDF xmlns:rdf="x"></rdf:RDF></metadata><text>图</text></svg>')  # as matplotlib writes it
    page = render_html_index([_summary()], ['a"b.html'], title="<标题>", figure=svg)
    assert '<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg"><text>图</text></svg></figure>' in page
    assert "&lt;标题&gt;" in page and 'href="a&quot;b.html"' in page and "<政府>" not in page
    _strict_html5(page)


# ---- where the text comes from -----------------------------------------------------------------


def test_text_from_the_source_path_a_document_or_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    summary = _summary(path=str(path))
    by_path = render_html([summary])
    assert by_path == render_html([summary], summarizer.load(path))
    assert by_path == render_html([summary], {str(path): TEXT})


def test_a_summary_of_a_str_needs_its_text() -> None:
    with pytest.raises(InputError, match=r"summarised from text.*text=\.\.\."):
        render_html([_summary(path=None)])
    with pytest.raises(InputError, match="no source text for"):
        render_html([_summary(path="a.txt")], {"b.txt": TEXT})


def test_a_text_that_does_not_match_is_refused() -> None:
    with pytest.raises(InputError, match="does not match its summary"):
        render_html([_summary()], TEXT.replace("生产总值", "地区总值"))
    with pytest.raises(InputError, match="not the text it was summarised from"):
        render_html([_summary()], TEXT[:50])


def test_summarize_a_str_then_render_it() -> None:
    text = "2023年某县政府工作报告\n主要预期目标是:地区生产总值增长6%左右,固定资产投资增长8%。\n"
    summaries = summarizer.summarize(text, engine="rules")
    assert summaries[0].targets
    _assert_page_shows(render_html(summaries, text), summaries, text, ["r0"])


# ---- the command line --------------------------------------------------------------------------


def test_cli_format_html_to_stdout_and_to_a_directory(tmp_path: Path) -> None:
    runner = CliRunner()
    path = CORPUS / "wenzhou-drc-2023-h1.txt"
    result = runner.invoke(main, ["summarize", "--engine", "rules", "--format", "html", str(path)])
    assert result.exit_code == 0, result.output
    summaries = summarizer.summarize(path, engine="rules")
    _assert_page_shows(result.stdout, summaries, summarizer.load(path).text, ["r0"])
    out = tmp_path / "site"
    result = runner.invoke(main, ["summarize", "-q", "--engine", "rules", "--format", "html", "-o", f"{out}/",
                                  str(COMPILATION)])  # fmt: skip
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 18 and names[0] == "01-彬州市-2023.html"
    assert names[-2:] == ["index.html", "targets.csv"]


def _llm_answer(hit: Hit) -> Reply:
    """Extraction: one good result, one whose number is not in its quote, one quote not in the text."""
    content = hit.json["messages"][-1]["content"]
    if "文本块:\n" not in content:
        indexes = re.findall(r"^\[(\d+)\]", content, re.MULTILINE)
        reduce = {"overview": "概要", "sections": [{"index": int(i), "summary": "摘要"} for i in indexes]}
        return Reply.completion(json.dumps(reduce, ensure_ascii=False))
    notes: dict[str, list[object]] = {k: [] for k in ChunkNotes.model_fields}
    if "核心区GDP同比增长8.9%" in content:
        result = {"indicator": "核心区GDP", "value": None, "change": 8.9, "period": "2021年"}
        notes["results"] = [
            {**result, "evidence": "核心区GDP同比增长8.9%"},
            {**result, "indicator": "规上工业增加值", "change": 99, "evidence": "规上工业增加值同比增长13.7%"},
            {**result, "indicator": "某指标", "change": 5, "evidence": "这句话原文里没有5%"},
        ]
    return Reply.completion(json.dumps(notes, ensure_ascii=False))


def test_items_dropped_by_grounding_in_an_llm_run(
    scripted_server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripted_server.responder = _llm_answer
    for name in ("OPENAI_API_KEY", "SUMMARIZER_PROVIDER", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    env = {"OPENAI_BASE_URL": scripted_server.base_url, "SUMMARIZER_MODEL": "scripted-model"}
    path, out = CORPUS / "wenzhou-etdz-2021.txt", tmp_path / "page.html"
    # small chunks, so the chunk of the quote that is not found is a part of the report
    args = ["summarize", "-q", "--engine", "llm", "--max-tokens-per-chunk", "256", str(path)]
    result = CliRunner().invoke(main, [*args, "--format", "html", "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    # the same run as JSON (answered from the cache) says what was dropped
    as_json = CliRunner().invoke(main, args, env=env)
    [summary] = [ReportSummary.model_validate(r) for r in json.loads(as_json.stdout)["reports"]]
    codes = [w.code for w in summary.warnings]
    assert codes == ["number_not_in_evidence", "evidence_not_found"]
    page = _assert_page_shows(out.read_text(encoding="utf-8"), [summary], summarizer.load(path).text, ["r0"])
    dropped = {e.key: e for e in page.entries if "k-x" in e.classes}
    assert set(dropped) == {"w0", "c0"}
    source = page.sources["r0"]
    assert "".join(source.text[s.start - source.start : s.end - source.start] for s in source.covered("w0")) == (
        "规上工业增加值同比增长13.7%")  # fmt: skip
    chunk = source.covered("c0")
    assert (chunk[0].start, chunk[-1].end) == (summary.warnings[1].start, summary.warnings[1].end)
    assert [s.keys for s in source.covered("r0")] == [["r0", "c0"]]  # the kept result, in that chunk


# ---- in a browser ------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"
)


def _chromium(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={tmp_path / 'profile'}", *args, url]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@needs_chromium
def test_browser_selects_the_linked_item(city_summaries: list[ReportSummary], city_text: str, tmp_path: Path) -> None:
    """The page's script as a browser runs it: a link to an item of the third report shows that
    report alone and marks the item's spans and entry."""
    page = tmp_path / "all.html"
    page.write_text(render_html(city_summaries, city_text), encoding="utf-8")
    dom = _chromium(f"{page.as_uri()}#r2-t0", tmp_path, "--dump-dom").stdout
    sections = re.findall(r'<section class="report" id="(r\d+)"( hidden(?:="")?)?>', dom)
    assert [rid for rid, hidden in sections if not hidden] == ["r2"]
    third = dom[dom.index('id="r2"') : dom.index('id="r3"')]
    assert re.search(r'<span class="k-h[^"]* on" data-i="[^"]*\bt0\b', third)
    assert re.search(r'<tr class="k-h on" data-k="t0">', third)


@needs_chromium
def test_screenshot_shows_an_item_in_its_source(
    city_summaries: list[ReportSummary], city_text: str, tmp_path: Path
) -> None:
    """A screenshot of a link to a headline target: the source pane (the right three fifths) shows
    headline-target highlights, and the marked span's red outline."""
    image = pytest.importorskip("matplotlib.image")
    page = tmp_path / "binzhou.html"
    page.write_text(render_html(city_summaries[:1], city_text), encoding="utf-8")
    shot = tmp_path / "shot.png"
    _chromium(f"{page.as_uri()}#r0-t0", tmp_path, "--window-size=1400,900", f"--screenshot={shot}")
    pixels = (image.imread(shot)[:, :, :3] * 255).round().astype(int)
    assert pixels.shape[:2] == (900, 1400)
    source_pane = pixels[:, 600:]
    assert (source_pane == (0xFF, 0xC8, 0x57)).all(axis=2).sum() > 2000  # --col-h
    assert (source_pane == (0xD0, 0x31, 0x2D)).all(axis=2).sum() > 100  # .text .on outline


@needs_chromium
def test_narrow_window_scrolls_down_not_sideways(
    city_summaries: list[ReportSummary], city_text: str, tmp_path: Path
) -> None:
    """In a narrow window (500 pixels, headless Chromium's least) the summary and the source
    stack, and nothing is wider than the window."""
    page = tmp_path / "binzhou.html"
    measure = (
        "<script>const box = (s) => document.querySelector(s).getBoundingClientRect();"
        "document.title = `${document.documentElement.scrollWidth} ${innerWidth} "
        "${box('.src').top >= box('.sum').bottom}`</script>"
    )
    page.write_text(render_html(city_summaries[:1], city_text).replace("</body>", measure + "</body>"),
                    encoding="utf-8")  # fmt: skip
    dom = _chromium(page.as_uri(), tmp_path, "--window-size=500,900", "--dump-dom").stdout
    found = re.search(r"<title>(\d+) (\d+) (true|false)</title>", dom)
    assert found, dom[:500]
    scroll_width, width, stacked = int(found[1]), int(found[2]), found[3] == "true"
    assert width == 500 and scroll_width <= width and stacked
