"""The section tree: heading levels, titles, offsets and its invariants on the real corpus."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from summarizer.text import structure
from summarizer.ingest import Document, load, split_reports
from summarizer.text.structure import Section, bare_title, iter_sections, parse_sections, section_path_at

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _all_documents() -> list[Document]:
    return [report for path in sorted(CORPUS.glob("*.txt")) for report in split_reports(load(path))]


def _compilation() -> list[Document]:
    return split_reports(load(CORPUS / "city-reports-2023.txt"))


def _titles(sections: tuple[Section, ...]) -> list[str]:
    return [s.title for s in sections]


def _check_tree(doc: Document, sections: tuple[Section, ...], lo: int, hi: int) -> None:
    previous_end = lo
    for s in sections:
        assert lo <= s.start < s.heading_end <= s.end <= hi
        assert s.start >= previous_end  # ordered, not overlapping
        assert doc.text[s.start : s.heading_end] == s.title
        assert all(child.level > s.level for child in s.children)
        _check_tree(doc, s.children, s.heading_end, s.end)
        previous_end = s.end


@pytest.mark.parametrize("doc", _all_documents(), ids=lambda d: (d.title or "untitled")[:16])
def test_tree_invariants_hold_on_every_corpus_document(doc: Document) -> None:
    sections = parse_sections(doc)
    assert sections, "every corpus document has headings"
    _check_tree(doc, sections, doc.start, doc.end)
    # Top-level sections tile the rest of the document after the first heading.
    assert sections[-1].end == doc.end
    assert all(a.end == b.start for a, b in zip(sections, sections[1:]))


def test_top_level_and_second_level_titles_of_a_report() -> None:
    binzhou = parse_sections(_compilation()[0])
    assert _titles(binzhou) == [
        "一、2022年工作回顾",
        "二、2023年工作思路和预期目标",
        "三、2023年重点工作",
        "四、持续加强政府自身建设",
    ]
    assert [s.level for s in binzhou] == [1, 1, 1, 1]
    assert _titles(binzhou[2].children)[:2] == [
        "(一)强化项目支撑,推动有效投资走在前列",
        "(二)实施倍增计划,推动工业转型走在前列",
    ]
    assert len(binzhou[2].children) == 8


def test_headings_inside_the_one_line_report_are_found() -> None:
    wenzhou = _compilation()[13]
    sections = parse_sections(wenzhou)
    assert _titles(sections) == [
        "一、2022年工作回顾",
        "二、2023年主要目标任务和重点工作",
        "三、全面加强政府自身建设",
    ]
    plan = sections[1].children
    assert len(plan) == 8
    assert plan[0].title == "(一)聚焦聚力稳进提质,推动经济持续回升向好"
    assert plan[7].title == "(八)聚焦聚力除险保安,迭代完善现代治理体系"


def test_unnumbered_heading_lines_are_level_one() -> None:
    shanwei = parse_sections(_compilation()[10])
    assert _titles(shanwei) == ["2022年工作回顾", "2023年目标任务", "2023年工作安排"]
    assert [s.level for s in shanwei] == [1, 1, 1]
    assert {c.level for c in shanwei[2].children} == {2}


def test_numbered_items_under_an_unnumbered_part_are_its_children() -> None:
    report = _compilation()[15]
    zixing = parse_sections(report)
    assert [(s.level, s.title) for s in zixing] == [(0, "市十八届人大一次会议以来主要工作回顾"), (0, "2023年工作安排")]
    review, plan = zixing
    assert [c.title for c in review.children][0] == "——稳住经济大盘,经济运行持续向好"
    assert {c.level for c in review.children} == {5}
    assert [(c.level, c.title[:2]) for c in plan.children] == [
        (1, n + "、") for n in "一二三四五六七八"
    ]
    assert plan.children[0].title == "一、以建好园区为重点,增强经济发展动能"
    assert plan.children[-1].title == "八、以共同富裕为目标,提升人民生活品质"
    assert plan.children[0].start > plan.heading_end
    assert plan.children[-1].end == plan.end == report.end


def test_unnumbered_parts_become_level_zero_only_when_numbered_items_follow() -> None:
    nested = load("2022年工作回顾\n一、稳增长\n(一)抓项目\n2023年工作安排\n一、促投资\n二、扩消费\n")
    assert [(s.level, s.title) for s in iter_sections(parse_sections(nested))] == [
        (0, "2022年工作回顾"),
        (1, "一、稳增长"),
        (2, "(一)抓项目"),
        (0, "2023年工作安排"),
        (1, "一、促投资"),
        (1, "二、扩消费"),
    ]
    # 一、 items before the unnumbered lines, none after: the lines stay level 1 siblings.
    flat = load("一、总体要求\n2023年工作安排\n(一)促投资\n")
    assert [(s.level, s.title) for s in parse_sections(flat)] == [(1, "一、总体要求"), (1, "2023年工作安排")]


def test_bracketed_arabic_numbers_are_level_four() -> None:
    doc = load(
        "一、总体\n(一)抓项目\n1.建园区\n（1）招商引资。新签约(2)个项目。(2)扩大投资。\n"
        "一是抓开工。二是抓投产。\n(3)优化服务\n2.强产业\n(1)育集群\n"
    )
    assert [(s.level, s.title) for s in iter_sections(parse_sections(doc))] == [
        (1, "一、总体"),
        (2, "(一)抓项目"),
        (3, "1.建园区"),
        (4, "（1）招商引资"),
        (4, "(2)扩大投资"),
        (5, "一是抓开工"),
        (5, "二是抓投产"),
        (4, "(3)优化服务"),
        (3, "2.强产业"),
        (4, "(1)育集群"),
    ]


def test_bracketed_arabic_numbers_out_of_sequence_or_mid_sentence_are_not_headings() -> None:
    doc = load("1.总体\n（1）第一项。(3)不算。投资(2)亿元,(2)也不算\n")
    assert [s.title for s in iter_sections(parse_sections(doc))] == ["1.总体", "（1）第一项"]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("一、2022年工作回顾\n", "2022年工作回顾"),
        ("（一）强化项目支撑\n", "强化项目支撑"),
        ("1.稳进提质作用显著。\n", "稳进提质作用显著"),
        ("(1)加快园区建设\n", "加快园区建设"),
        ("一是抓项目。\n", "抓项目"),
        ("——旗帜鲜明讲政治。\n", "旗帜鲜明讲政治"),
        ("2023年工作安排\n", "2023年工作安排"),
    ],
)
def test_bare_title_drops_the_marker(text: str, bare: str) -> None:
    (section,) = parse_sections(load(text))
    assert bare_title(section) == bare


def test_four_levels_nest_in_a_summary_and_plan() -> None:
    doc = load(CORPUS / "jiaojiang-drc-2022.txt")
    sections = parse_sections(doc)
    assert _titles(sections) == ["一、2022年主要工作", "二、2023年工作思路"]
    plan = sections[1]
    assert plan.children[1].title == "(二)聚焦项目扩投资,夯实发展支撑"
    item = plan.children[1].children[0]
    assert (item.level, item.title) == (3, "1.进一步打好项目会战")
    assert [(c.level, c.title) for c in item.children][:2] == [(5, "一是已谋划项目扩盘子"), (5, "二是已供地项目抢开工")]


def test_lead_ins_are_level_five() -> None:
    binzhou = parse_sections(_compilation()[0])
    government = binzhou[3]
    assert [c.title for c in government.children][0] == "——旗帜鲜明讲政治"
    assert {c.level for c in government.children} == {5}


SYNTHETIC = (
    "2023年某县政府工作报告\n"
    "各位代表:一、二产业融合,增长1.5万份。1.5万份资料已发。\n"
    "一、2022年工作回顾\n"
    "(一)稳住经济大盘。主要措施:一是抓项目。二是稳投资;三是促消费。\n"
    "1.抓好305.7亿元投资\n"
    "全年完成3.5亿元。2、扩大消费。\n"
    "（二）全角括号标题\n"
    "二、2023年工作安排\n"
)


def test_decimals_and_in_sentence_enumerations_are_not_headings() -> None:
    doc = load(SYNTHETIC)
    flat = [(s.level, s.title) for s in iter_sections(parse_sections(doc))]
    assert flat == [
        (1, "一、2022年工作回顾"),
        (2, "(一)稳住经济大盘"),
        (5, "一是抓项目"),
        (5, "二是稳投资"),
        (5, "三是促消费"),
        (3, "1.抓好305.7亿元投资"),
        (3, "2、扩大消费"),
        (2, "（二）全角括号标题"),
        (1, "二、2023年工作安排"),
    ]


def test_an_out_of_sequence_inline_marker_is_ignored() -> None:
    doc = load("一、总体\n工作很多。三是不算。一是算。二是也算。\n")
    assert [s.title for s in iter_sections(parse_sections(doc))] == ["一、总体", "一是算", "二是也算"]


def test_section_path_at_walks_from_the_outermost_section() -> None:
    doc = load(SYNTHETIC)
    sections = parse_sections(doc)
    offset = doc.text.index("全年完成3.5亿元")
    assert section_path_at(sections, offset) == ("一、2022年工作回顾", "(一)稳住经济大盘", "1.抓好305.7亿元投资")
    assert section_path_at(sections, 0) == ()
    assert section_path_at(sections, doc.text.index("2023年工作安排")) == ("二、2023年工作安排",)


def test_sections_stay_within_a_split_report() -> None:
    reports = _compilation()
    for report in reports[:3]:
        sections = parse_sections(report)
        assert sections[0].start >= report.start and sections[-1].end == report.end


def test_a_run_of_numerals_that_is_no_number_is_not_a_heading() -> None:
    doc = load("一、总体\n一二、不是标题\n二一、也不是\n二十十、更不是\n二、其次\n")
    assert [s.title for s in parse_sections(doc)] == ["一、总体", "二、其次"]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


# Pieces that make headings, near-headings and the marks around them, for random texts.
PIECES = [
    *structure._PART_WORDS, "2023年", "一、", "二、", "三、", "十", "二十一、", "（一）", "(二)", "1.", "2、",
    "3．", "（1）", "(2)", "一是", "二是", "——", "。", "！", "；", ";", "：", "”", "）", " ", "\u3000", "\n",
    "\n", "甲乙", "丙", "甲乙丙丁戊己庚辛壬癸子丑", "，", "、", "|",
]


def _corpus_documents() -> list[Document]:
    """Every corpus file, whole and split into its reports."""
    return [d for path in sorted(CORPUS.glob("*.txt")) for d in (load(path), *split_reports(load(path)))]


def _random_mixtures(rng: random.Random, n: int) -> list[Document]:
    """``n`` random mixtures of heading pieces, each with a span starting and ending anywhere."""
    docs = []
    for _ in range(n):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 40)))
        start = rng.randrange(len(text) + 1)
        docs.append(Document(text=text, start=start, end=rng.randrange(start, len(text) + 1)))
    return docs


def test_heading_search_tries_every_place_a_heading_can_match() -> None:
    """``_HEADING`` is tried only at candidate offsets; that finds exactly what trying it at
    every offset finds, on every corpus document (whole files and split reports) and on random
    mixtures of heading pieces, spans starting and ending anywhere."""
    docs = _corpus_documents()
    docs += [  # unnumbered heading lines around the shortest and longest runs allowed
        load(f"一、总体\n{before}{'甲' * run}{word}{after}")
        for before in ("", "\n", "。", "。”", "\n  ", "\n\u3000")
        for run in (1, 2, 27, 28, 29)
        for word in structure._PART_WORDS
        for after in ("", "\n", "乙")
    ]
    docs += _random_mixtures(random.Random(2), 3000)
    for doc in docs:
        every_offset = structure._HEADING.finditer(doc.text, doc.start, doc.end)
        assert _spans(structure._matches(doc.text, doc.start, doc.end)) == _spans(every_offset), doc.text[:80]


def test_the_outline_is_the_tree_flattened() -> None:
    """The chunker reads the sections as an ``Outline`` (flat lists) instead of the tree: the two
    agree on every section's heading, level, end and enclosing section, in document order."""
    docs = _corpus_documents() + _random_mixtures(random.Random(3), 2000)
    for doc in docs:
        tree: list[tuple[str, int, int, int, int, int]] = []

        def walk(sections: tuple[Section, ...], parent: int) -> None:
            for s in sections:
                tree.append((s.title, s.level, s.start, s.heading_end, s.end, parent))
                walk(s.children, len(tree) - 1)

        walk(parse_sections(doc), -1)
        headings, ends, parents = structure.outline(doc)
        flat = [(h.title, h.level, h.start, h.heading_end, end, parent) for h, end, parent in zip(headings, ends, parents)]
        assert flat == tree, doc.text[:80]
