"""Loading (encodings, bad input, boilerplate, metadata) and splitting reports."""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer import render_json, render_markdown, summarize, targets_csv
from summarizer.engines.rules.reading import reading_plan_year
from summarizer.ingest import DocType, Document, load, split_reports
from summarizer.render import write_report_files
from summarizer.errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from summarizer.text.structure import parse_sections

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SAMPLE = "2023年温州市政府工作报告\r\n朱镕基、𠀀字,GDP增长6%左右;305.7亿元。\r\n各位代表:\r谢谢!\n"
EXPECTED = "2023年温州市政府工作报告\n朱镕基、𠀀字,GDP增长6%左右;305.7亿元。\n各位代表:\n谢谢!\n"

ENCODINGS = {
    "utf-8": SAMPLE.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
    "gb18030": SAMPLE.encode("gb18030"),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_every_encoding_round_trips_via_bytes_and_file(name: str, tmp_path: Path) -> None:
    data = ENCODINGS[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    for doc in (load(data), load(path), load(str(path))):
        assert doc.text == EXPECTED
        assert "\ufeff" not in doc.text and "\ufffd" not in doc.text
    assert load(path).path == str(path)


def test_gb18030_is_used_not_a_narrower_codec() -> None:
    # 𠀀 exists only in GB18030 (4-byte sequence): GBK/GB2312 would fail or lose it.
    data = "报告𠀀镕".encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gbk")
    assert load(data).text == "报告𠀀镕"


def test_text_is_kept_verbatim_apart_from_line_ends() -> None:
    text = "全角，标点：（一）ＡＢＣ１２３\r\n半角,(1)ABC"
    assert load(text).text == "全角，标点：（一）ＡＢＣ１２３\n半角,(1)ABC"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),  # not a .docx: no word/document.xml
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "legacy .doc.*save it as .docx"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        ("报告\x00正文".encode("utf-8"), "NUL"),
    ],
)
def test_binary_input_is_refused_naming_its_type(data: bytes, kind: str) -> None:
    with pytest.raises(BinaryInputError, match=kind):
        load(data)


def test_pdf_docx_and_html_go_to_the_readers() -> None:
    # The readers themselves are tested in test_readers.py; here only that load() hands them over.
    with pytest.raises(InputError, match="input is a PDF"):
        load(b"%PDF-1.7\n1 0 obj")
    assert load("<!DOCTYPE html><html><body><p>2023年工作报告</p></body></html>").text == "2023年工作报告"


def test_undecodable_bytes_raise_decode_error() -> None:
    with pytest.raises(DecodeError, match="GB18030"):
        load(b"\xff\xff\xfe\x80\x80 report")


def test_broken_utf16_after_bom_raises_decode_error() -> None:
    with pytest.raises(DecodeError):
        load(codecs.BOM_UTF16_LE + b"\x00\xd8a")  # lone high surrogate


def test_replacement_characters_are_refused() -> None:
    with pytest.raises(DecodeError, match="U\\+FFFD"):
        load("报告\ufffd正文")


@pytest.mark.parametrize("source", [b"", b"  \n\t\r\n", "", "   \n", codecs.BOM_UTF8, "|\n-\n目录\n"])
def test_empty_input_raises_empty_input_error(source: str | bytes) -> None:
    with pytest.raises(EmptyInputError):
        load(source)


def test_missing_path_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="file not found"):
        load(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="directory"):
        load(tmp_path)
    with pytest.raises(InputError, match="directory"):
        load(str(tmp_path))  # a directory's name is no report text either


def test_short_str_without_a_file_is_text() -> None:
    assert load("2023年工作报告").body == "2023年工作报告"


def test_spam_and_separators_fall_outside_the_kept_span() -> None:
    doc = load(CORPUS / "city-reports-2023.txt")
    assert doc.text.startswith("体制人的免费资料库")  # text itself is untouched
    assert doc.body.startswith("2023年彬州市政府工作报告\n")
    assert doc.body.endswith("为全面建设社会主义现代化新资兴而团结奋斗。")
    assert doc.doc_type is DocType.UNKNOWN


def test_metadata_table_is_read_and_left_out() -> None:
    doc = load(CORPUS / "jiaojiang-drc-2022.txt")
    assert doc.body.startswith("椒江区发展和改革局2022年工作总结和2023年工作思路\n")
    assert (doc.title, doc.region, doc.year, doc.plan_year, doc.date) == (
        "椒江区发展和改革局2022年工作总结和2023年工作思路",
        "椒江区",
        2022,
        2023,
        "2023-07-03",
    )
    assert doc.doc_type is DocType.WORK_SUMMARY_AND_PLAN
    assert split_reports(doc) == [doc]


def test_untitled_summary_takes_metadata_from_table_and_headings() -> None:
    doc = load(CORPUS / "wenzhou-etdz-2021.txt")
    assert doc.body.startswith("一、2021年工作总结\n")
    assert (doc.title, doc.region, doc.year, doc.plan_year, doc.date) == (
        None,
        "温州经济技术开发区",
        2021,
        2022,
        "2022-03-02",
    )
    assert doc.doc_type is DocType.WORK_SUMMARY_AND_PLAN


def test_half_year_summary_plans_for_the_same_year() -> None:
    doc = load(CORPUS / "wenzhou-drc-2023-h1.txt")
    assert doc.title == "温州市发展和改革委员会2023年上半年工作总结和下半年工作思路"
    assert (doc.region, doc.year, doc.plan_year) == ("温州市", 2023, 2023)
    assert doc.doc_type is DocType.WORK_SUMMARY_AND_PLAN
    assert doc.body.startswith("日前,温州发改委发布")  # the news-style lead is content


COMPILATION_REGIONS = [
    "彬州市", "高安市", "河源市", "乐昌市", "临沧市", "龙南市", "茂名市", "梅州市",
    "宁波市", "沁阳市", "汕尾市", "铜川市", "渭南市", "温州市", "咸阳市", "资兴市",
]  # fmt: skip


def test_compilation_splits_into_its_16_reports() -> None:
    doc = load(CORPUS / "city-reports-2023.txt")
    reports = split_reports(doc)
    assert [r.region for r in reports] == COMPILATION_REGIONS
    for report in reports:
        assert report.text is doc.text
        assert report.title == f"2023年{report.region}政府工作报告"
        assert report.body.startswith(report.title + "\n")
        assert (report.year, report.plan_year) == (2023, 2023)
        assert report.doc_type is DocType.GOVERNMENT_WORK_REPORT
        assert report.body == report.body.strip()
        assert not report.body.endswith("|")
    assert all(a.end < b.start for a, b in zip(reports, reports[1:]))
    # Spam, 目录 and the stray | lines lie between spans, never inside.
    gaps = [doc.text[a.end : b.start] for a, b in zip(reports, reports[1:])]
    assert gaps[13].strip(" \n|") == ""
    assert "|" in gaps[13]
    assert reports[0].start == doc.start


def test_one_line_report_is_split_at_its_title() -> None:
    wenzhou = split_reports(load(CORPUS / "city-reports-2023.txt"))[13]
    first, rest = wenzhou.body.split("\n", 1)
    assert first == "2023年温州市政府工作报告"
    assert "\n" not in rest and len(rest) > 17_000


@pytest.mark.parametrize(
    ("tag", "body", "region"),
    [("【乐清市招商】", "乐清政银联动。", "乐清市"), ("【温州招商】", "温州市举办推介会。", "温州市"),
     ("【投资温州】", "推介会在温州市举办。", "温州市"), ("【温州招商】", "推介会举办。", "温州"),
     ("【凉山招商】", "凉山彝族自治州推介。", "凉山彝族自治州"),
     ("【黔东南招商】", "黔东南苗族侗族自治州推介。", "黔东南苗族侗族自治州"), ("【招商快讯】", "某市推介。", None)],
)  # fmt: skip
def test_a_news_tag_names_the_item_region(tag: str, body: str, region: str | None) -> None:
    digest = f"{tag}标题一\n{body}\n2025-07-23\n【永嘉县招商】标题二\n正文。\n2025-07-22\n"
    first, second = split_reports(load(digest))
    assert (first.region, first.date, second.region) == (region, "2025-07-23", "永嘉县")


def test_news_digest_splits_into_dated_items() -> None:
    doc = load(CORPUS / "wenzhou-investment-news-2025.txt")
    assert doc.doc_type is DocType.NEWS_DIGEST
    assert not doc.body.endswith("企业入驻")  # navigation footer left out
    items = split_reports(doc)
    assert len(items) == 10
    assert [i.date for i in items] == ["2025-07-23"] * 7 + ["2025-07-22"] * 2 + ["2025-07-19"]
    assert items[0].title == "【温州招商】温州“一体一院”科创融合助力鞋业转型升级"
    # a tag's bare place is written out as the item writes it, to group with that place's reports
    assert [i.region for i in items[:-1]] == [
        "温州市", None, "温州市", "乐清市", "温州市", None, "永嘉县", "温州市", "温州市"
    ]  # the two untagged headlines name no region: their first words are not a tag
    assert [i.year for i in items[:-1]] == [2025] * 9  # a news item is of its date's year
    for item in items:
        assert item.title is not None and item.body.startswith(item.title)
        assert item.date is not None and item.date not in item.body[-12:]
    assert {i.doc_type for i in items[:-1]} == {DocType.NEWS_ITEM}
    report = items[-1]
    assert report.doc_type is DocType.GOVERNMENT_WORK_REPORT
    assert (report.region, report.year, report.plan_year) == ("温州市", 2017, 2017)
    assert report.body.endswith("谱写浙江新方位下温州发展的辉煌篇章而努力奋斗!")
    assert "点我投稿" not in doc.body


def test_single_text_report_yields_itself() -> None:
    doc = load("2023年某某县政府工作报告\n各位代表:\n一、2022年工作回顾\n全年增长6%。")
    assert split_reports(doc) == [doc]
    assert (doc.region, doc.year, doc.doc_type) == ("某某县", 2023, DocType.GOVERNMENT_WORK_REPORT)
    assert isinstance(doc, Document) and doc.path is None


def test_table_of_contents_entries_are_not_reports() -> None:
    text = (
        "目录\n2023年甲市政府工作报告\n2023年乙县政府工作报告\n\n"
        "2023年甲市政府工作报告\n各位代表:\n一、回顾\n增长6%。\n|\n"
        "2023年乙县政府工作报告\n各位代表:\n一、回顾\n增长7%。\n"
    )
    reports = split_reports(load(text))
    assert [(r.region, r.body.count("\n")) for r in reports] == [("甲市", 3), ("乙县", 3)]
    assert reports[0].body.endswith("增长6%。")


def test_splitting_is_idempotent_and_repr_omits_the_text() -> None:
    for report in split_reports(load(CORPUS / "city-reports-2023.txt"))[:3]:
        assert split_reports(report) == [report]
        assert "各位代表" not in repr(report)


def test_a_span_outside_the_text_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        Document("abc", 2, 5)


def test_a_government_sites_footer_lines_are_boilerplate() -> None:
    report = "2023年某某县政府工作报告\n各位代表:\n一、2022年工作回顾\n全年增长6%。"
    footer = "\n主办单位:某某县人民政府办公室\n浙ICP备12345678号-1 网站标识码:3303000001\n浙公网安备 33030202000001号"
    doc = load(report + footer)
    assert doc.body.endswith("全年增长6%。")


# --------------------------------------------------------------------------------------------
# A str is a path or a text, never silently the wrong one; file objects are read whole
# --------------------------------------------------------------------------------------------

ETDZ = CORPUS / "wenzhou-etdz-2021.txt"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("report.txt ", "did you mean 'report.txt'"),  # a stray space after an existing file
        (" report.txt", "did you mean 'report.txt'"),
        ("reportfile", "file not found: 'reportfile'"),  # no extension, no such file
        ("reports/2023", "file not found: 'reports/2023'"),
        ("2023年温州市政府工作报告.pdf", "file not found"),
        ("https://example.org/report.html", "web addresses are not fetched"),
    ],
)
def test_a_str_that_looks_like_a_missing_file_is_an_input_error_naming_it(
    name: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_text("2023年某某县政府工作报告\n全年增长6%。", "utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        load(name)
    with pytest.raises(InputError, match=re.escape(message)):
        summarize(name, engine="rules")


@pytest.mark.parametrize(
    "text", ["全市生产总值增长6.5%左右", "2023年工作报告", "This is an English sentence.", "GDP增长6.5%。"]
)
def test_a_one_line_report_is_text(text: str) -> None:
    assert load(text).body == text


def test_text_and_path_keywords_say_which_without_guessing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "甲.txt").write_text("2023年某某县政府工作报告\n全年增长6%。", "utf-8")
    assert load(text="甲.txt").body == "甲.txt"  # a file of that name exists, but text= is text
    assert load(path="甲.txt").region == "某某县"
    assert load(path=Path("甲.txt")).path == "甲.txt"
    with pytest.raises(InputError, match="file not found: 乙"):
        load(path="乙")
    [summary] = summarize(load(text="2023年某某县政府工作报告\n全年增长6%。"), engine="rules")
    assert summary.region == "某某县"


@pytest.mark.parametrize(
    "call",
    [
        lambda: load(),
        lambda: load("a", text="b"),
        lambda: load(text=b"bytes"),  # type: ignore[arg-type]
        lambda: load(path=3),  # type: ignore[arg-type]
        lambda: load(3),  # type: ignore[arg-type]
    ],
)
def test_load_says_what_it_takes(call: Callable[[], object]) -> None:
    with pytest.raises(TypeError, match="path|text"):
        call()


@pytest.mark.parametrize("mode", ["r", "rb"])
def test_file_objects_are_read_whole(mode: str) -> None:
    with open(ETDZ, mode, encoding=None if "b" in mode else "utf-8") as file:
        summaries = summarize(file, engine="rules")
    assert len(summaries) == 1  # not one "report" per line of the file
    assert summaries[0].region == "温州经济技术开发区"
    assert summaries[0].source.path == str(ETDZ)
    assert load(io.BytesIO(ETDZ.read_bytes())).text == load(ETDZ).text
    assert load(io.StringIO(ETDZ.read_text("utf-8"))).text == load(ETDZ).text


def test_errors_about_a_files_content_name_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError, match=f"^{re.escape(str(empty))}: input is empty"):
        load(empty)
    with pytest.raises(EmptyInputError, match="^input is empty"):
        load(b"")  # bytes have no name to give


# --------------------------------------------------------------------------------------------
# Public functions check their arguments
# --------------------------------------------------------------------------------------------


def test_summarize_names_what_it_accepts() -> None:
    with pytest.raises(TypeError, match="source must be a path .* got int"):
        summarize(123, engine="rules")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="each source must be .* got float"):
        summarize([ETDZ, 1.5], engine="rules")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="engine must be 'auto', 'llm', 'rules' or an Engine"):
        summarize(ETDZ, engine=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="progress must be a callable"):
        summarize(ETDZ, engine="rules", progress=5)  # type: ignore[arg-type]
    assert len(summarize((ETDZ, ETDZ), engine="rules")) == 2  # any iterable of sources


def test_split_reports_and_renderers_name_what_they_accept(tmp_path: Path) -> None:
    [summary] = summarize(ETDZ, engine="rules")
    with pytest.raises(TypeError, match="takes a Document, as load"):
        split_reports("2023年工作报告")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"render_json\(\) takes a list of ReportSummary; for one, pass \[summary\]"):
        render_json(summary)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"targets_csv\(\) takes a list of ReportSummary"):
        targets_csv(summary)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="it holds a str"):
        render_json(["x"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"render_markdown\(\) takes one ReportSummary; got list"):
        render_markdown([summary])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fmt must be one of json, md, csv; got 'pdf'"):
        write_report_files([summary], tmp_path, "pdf")  # type: ignore[arg-type]
    assert json.loads(render_json([summary]))["reports"][0]["region"] == "温州经济技术开发区"


def test_a_text_that_is_not_chinese_gets_a_warning() -> None:
    [summary] = summarize(load(text="This annual report describes growth of 6.5 percent."), engine="rules")
    assert [w.code for w in summary.warnings] == ["no_chinese_text"]
    [chinese] = summarize(ETDZ, engine="rules")
    assert "no_chinese_text" not in {w.code for w in chinese.warnings}
    page = render_markdown(summary)
    assert "no_chinese_text" in page and "类型: unknown" in page


# -- metadata from the body: excerpts, pasted reports, national reports, traditional characters --


@pytest.mark.parametrize(
    ("text", "region", "year", "doc_type"),
    [
        # a report pasted as one long line: the title is where the line starts
        ("某山县2023年政府工作报告各位代表:现在,我代表某山县人民政府向大会报告工作。一、2022年工作回顾"
         "全年生产总值增长5%。", "某山县", 2023, DocType.GOVERNMENT_WORK_REPORT),
        # a news excerpt: the place that presents the targets, the year they are for
        ("今年增长目标定了\n1月9日,某江市人大会议开幕。报告明确,2024年,某江市经济社会发展主要预期目标是:"
         "地区生产总值增长6%。", "某江市", 2024, DocType.UNKNOWN),
        # the speech line names the congress; a chain of places gives the innermost
        ("——2021年1月8日在某州市某园区第五届人民代表大会第一次会议上\n各位代表:\n一、2020年工作回顾\n"
         "全区生产总值增长3%。", "某园区", 2021, DocType.UNKNOWN),
        # no year with the targets: the year after the review
        ("一、2019年工作回顾\n过去一年,某河县生产总值增长4%。我代表某河县人民政府报告。", "某河县", 2020, DocType.UNKNOWN),
        # a national report: 全国, and the page's own date line rather than the site's header date
        ("2025年05月01日 星期四\n今年目标\n时间:2023-03-05 来源:某网\n国务院总理在政府工作报告中指出,今年发展"
         "主要预期目标是:国内生产总值增长5%左右。", "全国", 2023, DocType.GOVERNMENT_WORK_REPORT),
        # traditional characters: read like simplified ones, the region spelt in simplified
        ("2022年某門市政府工作報告\n各位代表:\n一、2021年工作回顧\n地區生產總值增長6%。", "某門市", 2022,
         DocType.GOVERNMENT_WORK_REPORT),
    ],
)  # fmt: skip
def test_region_year_and_type_are_read_from_the_body(
    text: str, region: str, year: int, doc_type: DocType
) -> None:
    doc = load(text)
    assert (doc.region, doc.year, doc.plan_year, doc.doc_type) == (region, year, year, doc_type)


def test_a_one_line_reports_title_is_its_own_start() -> None:
    doc = load("某山县2023年政府工作报告各位代表:现在,我代表县政府报告工作。")
    assert doc.title == "某山县2023年政府工作报告"


def test_a_traditional_title_and_its_region_are_quoted_as_written() -> None:
    doc = load("2022年某門市政府工作報告\n各位代表:\n地區生產總值增長6%。")
    assert doc.title == "2022年某門市政府工作報告"
    assert doc.region == "某門市"  # the name its readers know it by (the scorer folds the scripts)


def test_a_pinyin_reading_inside_a_region_is_no_part_of_it() -> None:
    doc = load("2023年某門(mén)市政府工作報告\n各位代表:\n地區生產總值增長6%。")
    assert doc.region == "某門市"


def test_a_plan_report_is_of_the_year_it_plans() -> None:
    doc = load("关于某州市某化区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告\n一、执行情况\n增长4%。")
    assert (doc.region, doc.year, doc.plan_year) == ("某化区", 2023, 2023)
    assert doc.doc_type is DocType.WORK_SUMMARY_AND_PLAN


def test_traditional_compilations_split_at_their_titles() -> None:
    text = "2023年甲市政府工作報告\n各位代表:\n增長6%。\n2023年乙縣政府工作報告\n各位代表:\n增長7%。\n"
    assert [r.region for r in split_reports(load(text))] == ["甲市", "乙縣"]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # only the bare name, and the county's own words (全县, 县委): the gazetteer's full name
        ("2024年主要预期目标是:全县生产总值增长6%。我们要把景谷建成生态强县,为全省作出景谷贡献。", "景谷傣族彝族自治县"),
        ("2023年德宏州人民政府工作报告\n各位代表:\n全州生产总值增长5%。", "德宏傣族景颇族自治州"),
        # several places named once each: none of them is the report's own
        ("2024年主要预期目标是:全县生产总值增长6%。宁陵、景谷两地来访,惠民生。", None),
        # no level of its own: the city named most, not the province a fair is named after once
        ("举办首届中国(江西)茶博会。芜湖造产品走向世界,设立芜湖创新日,芜湖独占三席。", "芜湖市"),
        # a page about a development zone: the zone by its own name, not its city
        ("洛阳经开区召开年度总结会\n会上,洛阳经开区管委会通报:全年洛阳经开区生产总值增长7%。", "洛阳经开区"),
        # a county's zone headed short, named in full below (not the places its investors came from)
        ("某宁经开区2030年 新增入园企业23家\n2030年,某宁经济开发区招商引资取得新突破。先后前往浙江、上海、重庆等地考察,"
         "引进上海某某公司。某宁经济开发区全年签约项目31个。", "某宁经济开发区"),
        # a zone's own page that names it bare: its city, named once as the one it serves, is not it
        ("高新区2030年工作情况汇报\n在市委领导下,高新区助力洛阳市获评先进,全市第一。", None),
        # a county of a one-character name, named once (its 示范县 holds another's name)
        ("我代表县人民政府向大会报告工作。全县争创省级示范县,向着幸福沛县稳步迈进。", "沛县"),
        # when nothing else names a place, the lead does
        # a news lead whose first place, named in full, is its subject and nothing else names one
        ("今年上半年以来,钟楼区各级各部门强力补短板,各项主要指标稳中有进。地区生产总值同比增长6.8%。", "钟楼区"),
        # a district name several cities bear, made one by its city's name right before it
        ("记者从西宁市城中区民生实事项目新闻发布会上获悉,确定民生实事项目12个。", "城中区"),
        # the place a county ranks in is not its own
        ("今年以来,固定资产投资增长7.9%,排赣州市第一。", None),
        # a photo's caption first, an official's title (商洛市委常委、镇安县委书记): who is in it, not where
        ("商洛市委常委、镇安县委书记某某(左)检查指导重大项目建设工作。\n镇安县人大代表观摩重点项目。县“两会”期间,镇安县代表审议报告。", "镇安县"),
        # 县委全会和县两会: 和 joins the county's own meetings, no 和县 (a county of that one-character name)
        ("县政府通报上半年工作,对标县委全会和县两会明确的工作任务,全力推进。", None),
        # a headline opening with a chain of places is the last one's (its city's first)
        ("上海市宝山区人民政府办公室关于印发2030年区政府实事项目的通知_区政府办公室文件_上海市宝山区人民政府门户网站\n各镇人民政府:现将实事印发给你们。", "宝山区"),
    ],
)
def test_a_place_named_only_bare_is_found_in_the_gazetteer(text: str, region: str | None) -> None:
    assert load(text).region == region


def test_a_speech_that_opens_with_the_year_it_reviews_is_of_the_year_after() -> None:
    # 向大会作政府工作报告,请予审议…。⏎2029年是…之年: the speech's review comes first
    doc = load("现在,我代表市人民政府,向大会作政府工作报告,请予审议,并请市政协委员提出意见。\n"
               "2029年是承前启后的关键之年,是经济回升向好的一年。全市生产总值增长5.1%。\n")  # fmt: skip
    assert doc.year == 2030


def test_an_address_heard_at_a_councils_year_end_session_is_of_the_year_after() -> None:
    # a county council's autumn session (a page dated 2029-11-20) hears the address on the next year;
    # its spring one, on its own year; a year named with the address wins
    assert load("某縣議會定期大會 縣長施政報告\n2029-11-20\n縣府推動觀光,旅客達到12萬人次。").year == 2030
    assert load("某縣議會定期大會 縣長施政報告\n2029-05-18\n縣府推動觀光,旅客達到12萬人次。").year == 2029
    assert load("2029年施政報告\n2029-11-25\n行政長官發表施政報告。").year == 2029


def test_a_work_report_titled_with_a_year_end_date_of_delivery_is_of_the_year_after() -> None:
    # …政府工作报告(2029年12月12日): heard at a new congress's first session, on the coming year
    doc = load("(某省)某某县人民政府工作报告(2029年12月12日)\n各位代表:\n一、过去五年工作回顾\n全县生产总值增长5%。\n")
    assert doc.year == 2030
    assert load("某某县人民政府工作报告(2030年1月10日)\n各位代表:\n一、2029年工作回顾\n全县生产总值增长5%。\n").year == 2030
    # (the date on a line of its own, 在…会议上 on the next)
    assert load("政府工作报告\n2029年12月15日\n在某某县第十七届人民代表大会第一次会议上\n各位代表:\n全县生产总值增长5%。\n").year == 2030


def test_a_communique_with_no_title_dated_in_spring_tells_the_year_before() -> None:
    # 某县统计局 (2030年3月20日) 一、综合 初步核算,全年…: the communiqué of 2029
    doc = load("某县统计局\n(2030年3月20日)\n一、综合\n初步核算,全年实现地区生产总值91.1亿元,比上年增长8.5%。\n")
    assert doc.year == 2029
    # (but a half-year's release dated in August is of its own year)
    assert load("某县统计局\n2030-08-20\n一、综合\n上半年,全县实现地区生产总值41.1亿元。\n").year == 2030
    # signed by the bureau and the national bureau's survey team, its sections not numbered; a 概览
    assert load("某省统计局 国家统计局某省调查总队 (2030年2月25日) 经济增长:初步核算,全年实现生产总值679亿元。").year == 2029
    text = ("某市2029年国民经济和社会发展概览\n\n来源:某市统计局 更新时间:2030-06-27 11:27:32\n\n"
            "初步核算,全年实现地区生产总值241亿元,比上年增长3.9%。\n\n2029年末全市常住人口337.05万人,比上年末减少0.42万人。\n")  # fmt: skip
    assert load(text).year == 2029


def test_a_pages_headline_year_wins_over_its_saved_date() -> None:
    doc = load("首页 » 聚焦某市两会 速览2021年十件实事\n作者 - 2025/5/14 19:23:00\n某市将办好十件实事。\n")
    assert doc.year == 2021


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2024年政府工作总体要求是:坚持稳中求进。全县生产总值增长6%。", 2024),
        ("回顾2023年,我们砥砺前行。全县生产总值增长5%。", 2024),
        ("2022年确定的预期目标全面完成。2023年及五年工作回顾\n全县生产总值增长5%。", 2024),
    ],
)
def test_the_plan_year_from_the_bodys_own_words(text: str, year: int) -> None:
    assert load(text).year == year


def test_a_page_pasted_as_one_line_is_not_taken_for_its_metadata_row() -> None:
    # A metadata row (索引号 | 发布机构 | ...) is boilerplate when it is a line of its own; a whole
    # page pasted without line breaks starts with one, and is the report.
    page = (
        "索引号: | 001-2023-0001 | 发布机构: | 某区发展和改革局 | 成文日期: | 2023-01-05 | "
        "某区发展和改革局2022年工作总结和2023年工作思路 一、2022年工作总结 全年完成地区生产总值"
        "500亿元,增长5%。" + "各项工作稳步推进。" * 30
    )
    doc = load(text=page)
    assert (doc.start, doc.end) == (0, len(page))
    with pytest.raises(EmptyInputError):
        load(text="索引号: | 001-2023-0001 | 发布机构: | 某区发展和改革局\n---\n")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # words before a bare suffix are no place (较好完成了区…届人大); the district head's line is
        ("较好完成了区五届人大三次会议确定的目标。\n坪山区区长 某某\n全区生产总值增长6%。", "坪山区"),
        # a page's sidebar links another place's congress once; the report names its own more often
        ("今日推荐:某省枣庄市市中区十三届人大四次会议开幕\n巨野县第十九届人民代表大会第四次会议开幕。"
         "巨野县县长代表县政府作报告。全县生产总值增长6%。", "巨野县"),
        # the speaker's government decides the level: the city's bare name, not a district's
        ("我代表市人民政府向大会报告工作。赤峰至天津班列开行,红山园区获评示范园区,赤峰国际陆港建成。"
         "全区第一,全市生产总值增长5%。", "赤峰市"),
        # a bare name that is a common word (大关 of 突破500亿元大关) names no place
        ("全县生产总值突破500亿元大关,稳居前列大关。泽州发展迈上新台阶,县委带领全县奋进。", "泽州县"),
        # a province called by its short name, in its own report (全省, 省委)
        ("全省生产总值增长5%。奋力开创现代化龙江新局面,建设六个龙江,省委坚强领导。", "黑龙江省"),
        # no level named as its own: a province named bare
        ("深入贯彻总书记视察甘肃重要讲话精神。生产总值增长5.5%左右。", "甘肃省"),
        # a page's source line
        ("来源:福州市人民政府办公厅\n今年主要预期目标是:地区生产总值增长5.5%左右。", "福州市"),
        # a title that names no place is no place (政府工作报告提出全市…)
        ("政府工作报告提出全市经济社会发展主要预期目标\n我代表市人民政府报告。对福建、福州工作的重要讲话精神。", "福州市"),
        # a county-level city names its prefecture's 市委 and work more often than itself
        ("落实郑州市委全会精神,按照市委部署,做好郑州工作,奋力书写中国式现代化建设荥阳实践。全市生产总值增长6%。", "荥阳市"),
        # a city's report writes its province's 篇章 too: only its own level's part is its own
        ("市委坚强领导,谱写中国式现代化山东篇章,全市奋力开创中国式现代化济南新实践,济南、青岛、青岛同行。", "济南市"),
    ],
)  # fmt: skip
def test_the_reports_own_place_from_its_body(text: str, region: str) -> None:
    assert load(text).region == region


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the national congress's session: the 14th sits from 2023
        ("国务院总理在十四届全国人大三次会议上作政府工作报告。国内生产总值增长5%左右。", 2025),
        ("第十三届全国人民代表大会第一次会议开幕。国内生产总值增长6.5%左右。", 2018),
        # the first year of a five-year plan, said but not written
        ("今年是“十五五”开局之年。全市生产总值增长5.5%左右。", 2026),
        ("奋力实现“十四五”良好开局。全市生产总值增长6%。", 2021),
        ("实现了“十四五”良好开局。", None),  # said of the past: no plan year
        # a year typeset with a space, and a year with its expected growth
        ("2023 年,全市生产总值增长7%。2024 年政府工作总体思路为:稳中求进。", 2024),
        ("初步统计2018年全市生产总值增长8%。2019年,某市地区生产总值预期增长7.5%。", 2019),
        ("新乡市2024年国民经济和社会发展计划\n一、主要目标\n生产总值增长6%。", 2024),
    ],
)  # fmt: skip
def test_the_plan_year_the_body_gives(text: str, year: int | None) -> None:
    assert load(text).year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("今年是全面贯彻党的二十大精神的开局之年。全市生产总值增长6%。", 2023),
        ("今年是新中国成立75周年。全县生产总值增长5.5%。", 2024),
        ("明年是新中国成立七十五周年,做好明年工作意义重大。", 2024),  # a plan for next year is of that year
        ("今年是中国共产党成立100周年。全区生产总值增长7%。", 2021),
        ("明年是“十五五”开局之年。", 2026),
        # [節錄自…口頭施政報告114年2月25日]: the page's date in the Republic's years (2025); 2030年将… is a
        # horizon the speech looks to, not the year it is of
        ("院長施政報告\n[節錄自立法院第11屆第3會期院長口頭施政報告114年2月25日]\n"
         "113年,我國經濟成長率達4.3%,國內生產毛額達25.4兆元。\n展望未來,2030年將是轉型關鍵,政府將持續投資。\n", 2025),
        # 2017-2018 年度財政預算案: the budget of the year starting in 2017
        ("2017-2018 年度財政預算案\n《財政預算案》推出的稅務和短期紓緩措施,可為本地生產總值提供1.1%的提振作用。\n", 2017),
        # 第十五届全国人大今(5)日召开第二次会议: the nation's congress dates the page (15th from 2028)
        ("第十五届全国人大今(5)日召开第二次会议,国务院总理在政府工作报告中指出,今年发展主要预期目标是国内生产总值增长5%左右。\n", 2029),
        # 宣佈2029-30年的財政預算案: the same, its year short and 年的 for 年度
        ("財政司司長今日宣佈2029-30年的財政預算案,將再次發放消費券,金額由五千元升至一萬元,首期發放HK$5000。\n", 2029),
        # 財政預算案2031︱…: the budget's own year, before the past years' figures it lists
        ("財政預算案2031︱「派糖」大縮水\n過去5年的一次性紓緩措施開支:\n2026/27年度:388.74億元\n2027/28年度:1118.04億元\n", 2031),
    ],
)  # fmt: skip
def test_the_year_a_body_gives_by_what_it_is(text: str, year: int) -> None:
    assert load(text).year == year


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a city's report that names a 县长工程 once speaks for the city, not a county
        ("全市生产总值增长6%,我市实施省市县长工程项目40个。我市苍南至瑞安段建成,苍南、苍南新城、温州湾、温州港、温州机场建设提速。", "温州市"),
        # where a news item was filed is no place it speaks of
        ("新华社北京3月5日电 今年主要预期目标是:生产总值增长5%左右。", None),
        # a common word that is a district's name too (道路桥梁 holds 路桥)
        ("全区完成道路桥梁建设,路桥养护到位,新建路桥12座。", None),
    ],
)  # fmt: skip
def test_bare_places_only_where_the_body_speaks_for_them(text: str, region: str | None) -> None:
    assert load(text).region == region


@pytest.mark.parametrize(
    ("text", "region", "year"),
    [
        # a two-character county's name after a word (在某县): the gazetteer's 叶县, 沛县 …
        ("——2024年1月9日在沛县第十八届人民代表大会第三次会议上\n各位代表:\n一、2023年工作回顾\n全县生产总值增长5%。",
         "沛县", 2024),
        # the paper that printed a page is not its place (浙江日报 on a 开发区's page)
        ("2024年03月01日\n浙江日报 数字报纸\n今日开发区\n2024年目标任务\n实现GDP增速6%以上。", None, 2024),
        # a year written beside 今年 (今(2024)年) is the plan year; a review said of a year as past
        ("报告又提出今(2025)年的各项预期目标,包括预期今年GDP增长6%。", None, 2025),
        ("我代表市人民政府向大会报告工作。\n2023年是全面贯彻党的二十大精神的开局之年。这一年,全市生产总值增长5%。",
         None, 2024),
        # what a report tells of a year as done; not a year it is about (2025年是…收官之年) or plans;
        # a sentence that delivers the report (…作政府工作报告时) is no title
        ("贵州省代省长作政府工作报告时介绍,2024年贵州省生产总值增长5.5%左右。聚焦今年,力争增长5%。", "贵州省", 2025),
        ("报告指出,2025年是“十四五”规划的收官之年。全县生产总值增长6%。", None, 2025),
        # a press conference is no date line (发布会上获悉,从2024年9月开始): the page's year is its own
        ("2025年3月4日,记者从某山区重点民生实事新闻发布会上获悉,从2024年9月开始征集,办好10件实事。", None, 2025),
        # 谈到2025年工作安排: a year talked about, not a horizon (到2035年)
        ("四川新闻网 2024年12月30日\n在谈到2025年工作安排时,省长说,全省生产总值增长5.5%以上。", None, 2025),
        # Hong Kong's and Macau's pages speak of their place as 全港/本澳, no suffix to read
        ("政府宣佈,2025年將在全港各區增設120個長者日間護理名額。", "香港特别行政区", 2025),
        ("2024年本澳本地生產總值按年上升8.8%。", "澳门特别行政区", 2024),
        # …or as 特區, and count in their own currency
        ("【某社訊】特區行政長官發表2026年財政年度施政報告。本地生產總值為3013.3億澳門元。", "澳门特别行政区", 2026),
        # a report's year told as done, though its sentence says 大事要事 and 各项目标任务 (done ones)
        ("某某县第十七届人民代表大会第四次会议隆重开幕。县长在报告中指出,2022年,全县上下办成了一系列大事要事,"
         "取得了一系列成绩,较好完成了县十七届人大三次会议确定的各项目标任务。", "某某县", 2023),
        # a division's name that is a common word too (城区 of 中心城区) names no place
        ("各位代表:\n现在,我代表区人民政府向大会报告工作。\n一、2025年工作回顾\n过去一年,一般公共预算收入达到23.7亿元,"
         "在全市唯一连续5年保持正增长。产业项目到位额完成63.2亿元,进取指数位居中心城区首位。", None, 2026),
        # a year's report card of one field (2024年我省招商引资成绩单出炉) reviews that year
        ("2024年我省招商引资成绩单出炉\n2月17日,记者获悉,2024年,全省招商引资签约项目3132个。", None, 2025),
        # Taiwan's cities and counties, which the gazetteer lacks, as the page writes them
        ("臺南市議會2022年定期會上午開議,市長向議會提出施政總報告。", "臺南市", 2022),
        # …and their year: a 施政計畫 (Taiwan's word for 计划) of 115年度 is 2026's
        ("某某縣政府115年度施政計畫\n一、年度施政目標\n推動社會住宅興建500戶。", None, 2026),
    ],
)  # fmt: skip
def test_more_pages_own_place_and_year(text: str, region: str | None, year: int) -> None:
    doc = load(text)
    assert (doc.region, doc.year) == (region, year)


def _meta(doc: Document) -> list[tuple[str | None, str | None, int | None, int | None, DocType]]:
    return [(r.title, r.region, r.year, r.plan_year, r.doc_type) for r in split_reports(doc)]


@pytest.mark.parametrize(
    "name", ["city-reports-2023.txt", "jiaojiang-drc-2022.txt", "wenzhou-drc-2023-h1.txt", "wenzhou-etdz-2021.txt"]
)
def test_a_page_pasted_without_line_breaks_keeps_its_metadata(name: str) -> None:
    # issue 13: region, year, title and type found without line breaks, as with them: the
    # metadata row glued before the text, the title between sentences, the headings on their sections
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert _meta(load(text=text.replace("\n", ""))) == _meta(load(text=text))


def test_a_title_glued_into_a_sentence_is_no_title() -> None:
    flat = "我们认真落实2023年政府工作报告确定的各项任务," + "全市生产总值增长5%。" * 120
    assert load(text=flat).title is None


def test_a_plan_reports_title_glued_after_a_sites_path_is_its_title() -> None:
    body = "一、2022年经济运行情况 全县生产总值增长5.9%。二、2023年主要目标 生产总值增长6.5%左右。" * 4
    flat = "首页 > 规划计划 > 发展规划分享到:关于某安县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告 • 来源:县发改局 " + body
    doc = load(text=flat)
    assert doc.title == "关于某安县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告"
    assert (doc.region, doc.year, doc.doc_type) == ("某安县", 2023, DocType.WORK_SUMMARY_AND_PLAN)


def test_a_doc_type_reads_as_its_value() -> None:
    # The JSON contract says "work_summary_and_plan"; printed or formatted, so does the type.
    assert str(DocType.WORK_SUMMARY_AND_PLAN) == "work_summary_and_plan"
    assert f"{DocType.NEWS_ITEM}" == "news_item" and DocType("unknown") is DocType.UNKNOWN


def test_a_pages_closing_links_to_other_news_are_left_out() -> None:
    text = (
        "在沛县第十八届人民代表大会第五次会议上,县长作报告,今年全县生产总值增长6%。\n"
        "相关报道:\n安徽省政府工作报告全文发布\n安徽省政府工作报告解读\n"
    )
    doc = load(text)
    assert doc.region == "沛县" and doc.body.endswith("增长6%。")


def test_a_rank_in_the_province_is_no_scope_of_the_page() -> None:
    # a city's page ranks the city 全省第一 and compares with 全省平均: it speaks for the city
    text = (
        "日报讯 记者从江西省赣州市发展和改革工作会议上获悉:今年,赣州市聚焦项目建设。\n"
        "去年,赣州市生产总值增长6%,高于全省平均1个百分点;项目开工率稳居全省第一,投资完成率位居全省前列。\n"
    )
    assert load(text).region == "赣州市"


def test_a_speaker_at_his_countys_congress_names_no_place() -> None:
    # 某某在县十八届人大…: 在县 is where he spoke, no place's name
    doc = load("张某某在县十八届人大五次会议上作的政府工作报告(摘登)\n2029年工作回顾\n全县生产总值增长5%。")
    assert doc.region is None and doc.plan_year == 2030


def test_a_communiques_issuer_names_its_place() -> None:
    doc = load(
        "赣州市统计局\n国家统计局赣州调查队\n2030年3月\n2029年,全市生产总值增长5%。瑞金市增长6%,瑞金市工业投资增长9%。"
    )
    assert doc.region == "赣州市"


def test_a_place_ranked_in_is_not_the_pages_place() -> None:
    # 排某市第一: the city a county ranks in; 第十八届 is a congress's term, no rank
    text = "今年以来,全市固定资产投资增长7.9%,排赣州市第一;全市社会消费品零售总额增长9%。"
    assert load(text).region is None
    text = "——2030年1月18日在瑞金市第十八届\n人民代表大会第三次会议上\n各位代表:全市生产总值增长5%。"
    assert load(text).region == "瑞金市"


def test_a_deputys_vote_names_no_place() -> None:
    # 人大代表投票表决县政府…: 代表 is the deputies, and 投票表决县 no county; the gazetteer's 沛县
    # wins over a word ending in 县 named as often
    text = "(融媒体记者)在沛县第十八届人民代表大会第四次会议上,经县人大代表投票表决县政府2024年十件民生实事出炉。"
    assert load(text).region == "沛县"


@pytest.mark.parametrize(
    ("text", "region", "year"),
    [
        # a province's congress session, the year not written: its term's first session was 2023
        ("江西省第十四届人民代表大会第三次会议今天上午开幕。省长作报告,今年全省生产总值增长5%左右。", "江西省", 2025),
        ("天津市十八届人大二次会议召开,市长说,建议今年全市生产总值增长4.5%。", "天津市", 2024),
        # a session without its province's name is the report's own province's; a past session's
        # targets (…会议确定的目标) say no year of this report
        ("贵州省代省长在省十四届人大三次会议上作报告,今年全省生产总值增长5.5%左右。", "贵州省", 2025),
        ("山西省政府报告说,全面完成了省十四届人大一次会议确定的目标。", "山西省", None),
        # …before the year a review opens with, on a page without a date
        ("2019年,某地工业经济逐步回暖。\n1月12日,甘肃省第十三届人民代表大会第三次会议开幕,省长作政府工作报告。",
         "甘肃省", 2020),
        # a page's date says it better than a session (a session held out of turn moves the count)
        ("湖南省十三届人大六次会议开幕\n湘视新闻 2022-01-18 10:05\n今天上午,湖南省第十三届人民代表大会第六次会议开幕。",
         "湖南省", 2022),
        # a speech's date line written in Chinese numerals
        ("政府工作报告\n——二〇二四年一月十日在沛县第十八届人民代表大会第四次会议上\n各位代表:\n过去一年,全县生产总值增长5%。",
         "沛县", 2024),
        # a page that opens with a year told as done and then sets this year's targets: the year after
        ("据某台消息,2021年,某市地区生产总值预计增长6%。\n会议提出,今年预期目标是地区生产总值增长5%。", None, 2022),
        ("2023年,全区完成投资50亿元,增长8%。今年以来完成了年度目标的四成。", None, 2023),
        # a review 回顾了 and a review opener broken by a PDF's line end
        ("在全场掌声中,县长向大会作《政府工作报告》。县长首先回顾了2020年县人民政府工作。", None, 2021),
        ("2021 年是本届政府承前启后之年,也是极不平\n凡的一年。一年来,全区生产总值增长6%。", None, 2022),
        # the year the speech opens with after 请予审议 is its review's; a news page's is not
        ("现在,我代表市人民政府,向大会报告工作,请予审议。\n2024年是极为关键的一年。我们坚持稳中求进,全市生产总值增长5%。",
         None, 2025),
        # a news page's report card of a year is its review's
        ("一图读懂报告。这份成绩单,亮点纷呈!\n▎2024年\n——城镇新增就业30万人\n这些目标,鼓舞人心!\n——地区生产总值增长5%左右",
         None, 2025),
        ("■ 2023年成绩单\n全省生产总值增长6%。\n■ 目标\n全省生产总值增长5.5%。", None, 2024),
        ("会上,区长代表区人民政府向大会报告工作。\n2025年是“十四五”规划的收官之年,做好今年工作责任重大。", None, 2025),
        # …or its first heading, a review's (主要工作和成效 is none of the plan's 主要工作)
        ("政府工作报告\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2028年主要工作和成效\n"
         "2028年是攻坚之年,也是开局之年。全年生产总值增长3.1%。", None, 2029),
        # a year whose calling is told, then its outcome against what was expected, is over
        ("报告指出,2028年,是“十五五”规划开局之年。全省经济稳中向好,主要指标好于预期。全年生产总值增长4%。", None, 2029),
        # the year a news page tells of right after the report is introduced
        ("1月8日,某某区第十九届人民代表大会第四次会议开幕,区长作政府工作报告。2029年,某某区坚持固优补短,民生福祉持续增进。",
         "某某区", 2030),
        # a good start prepared for (为实现“十五五”良好开局奠定…基础) is next year's, not this one's
        ("1月7日,某某县2029年一季度重点项目集中开工活动举行。2029年,某某县计划实施重点项目76个,"
         "全面夺取收官之年新胜利,为实现“十六五”良好开局奠定坚实基础。", None, 2029),
        # a year told with what it faced is a review's opening (a year-end congress: the plan is next year's)
        ("政府工作报告\n——2028年12月22日在某某县第十八届人民代表大会第二次会议上\n各位代表:\n攻坚克难砥砺奋进\n"
         "2028年是本届政府的开局之年,面对复杂严峻的经济形势,全县生产总值增长7%。", "某某县", 2029),
        # a congress meeting in December hears the report on the year after, with no year told as done
        ("政府工作报告\n——2028年12月18日在某某区第十二届人民代表大会第一次会议上\n各位代表:\n"
         "过去五年,全区地区生产总值年均增长4.6%。", "某某区", 2029),
        ("政府工作报告\n——2029年1月18日在某某区第十二届人民代表大会第二次会议上\n各位代表:\n"
         "过去一年,全区地区生产总值增长4.6%。", "某某区", 2029),
        # a year's work told as 情况 is reviewed; the year whose work is to be done well is planned
        ("1月16日,某某市举行做好2029年经济工作新闻发布会,介绍2028年重点工作情况及2029年工作打算。", None, 2029),
        # a year whose economy is told to have kept moving forward steadily is over
        ("步履铿锵展新姿\n2028年,某某市坚持稳中求进工作总基调,全市经济社会发展稳中有进、稳中向好,地区生产总值增长8%。",
         None, 2029),
        # a year a report tells of as below or above what was expected is over
        ("省长在作政府工作报告时透露,2028年,预计全省生产总值增长4.2%左右,低于预期1.8个百分点。", None, 2029),
        # a year whose calling is quoted, then the answer the place handed in, is over
        # a congress examining the outline of a five-year plan meets in the plan's first year
        ("县十八届人大五次会议隆重开幕\n审查某某县国民经济和社会发展第十五个五年规划纲要草案等\n过去五年,全县生产总值年均增长5%。",
         None, 2026),
        ("“2028年是攻坚的关键一年。”某局负责人表示,全市上下攻坚克难,交出一份质量高的答卷。全市生产总值增长5%。",
         None, 2029),
    ],
)  # fmt: skip
def test_a_pages_year_from_its_congress_session_and_review(text: str, region: str | None, year: int | None) -> None:
    doc = load(text)
    assert (doc.region, doc.year) == (region, year)


def test_a_headline_naming_the_report_with_its_year_and_a_result_is_that_years() -> None:
    doc = load("2029年江苏政府工作报告“实打实” GDP增长7.8%\n2月6日,江苏省省长作政府工作报告,回顾了2028年工作。")
    assert (doc.region, doc.plan_year) == ("江苏省", 2029)


def test_a_heading_under_a_title_does_not_go_on_with_it() -> None:
    doc = load("某区2023年工作总结\n和谐社区建设工作安排\n一、全区生产总值增长5%。")
    assert doc.title == "某区2023年工作总结"


def test_a_plan_reports_title_broken_over_two_lines_is_one() -> None:
    text = (
        "关于2024年国民经济和社会发展计划执行情况\n与2025年国民经济和社会发展计划草案的报告\n"
        "——2025年1月8日在某县第十九届人民代表大会第四次会议上\n一、2024年计划执行情况\n全县生产总值增长6%。"
    )
    doc = load(text)
    assert doc.title == "关于2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告"
    assert (doc.year, doc.plan_year, doc.doc_type) == (2025, 2025, DocType.WORK_SUMMARY_AND_PLAN)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a page dated in the year it reviews: the year's preliminary figures say it is over
        ("发布时间:2029-12-30\n2029年,某某市经济稳中有进。初步核算,全市生产总值增长5.8%。\n", 2030),
        # a review's opening, on a page dated in the reviewed year
        ("时间:2029-12-28\n2029年是爬坡过坎之年。一年来,我们坚持稳字当头,全县生产总值增长6%。\n", 2030),
        # a report of 2030 recalls 2029's figures: still 2030 (2029 + 1)
        ("2030年某某市政府工作报告\n各位代表:\n2029年,初步预计全市生产总值增长6%。\n", 2030),
    ],
)
def test_a_reviewed_year_puts_the_report_in_the_year_after(text: str, year: int) -> None:
    doc = load(text)
    assert (doc.year, doc.plan_year) == (year, year)
    # the rules' reading goes by the same plan year
    assert reading_plan_year(doc, parse_sections(doc)) == year


@pytest.mark.parametrize(
    ("text", "region", "year"),
    [
        # a sentence naming the report's parts is no review title: its review year is the one
        # before 回顾, not the plan year after it
        ("1月9日下午,某河县第九届人民代表大会第三次会议开幕。\n县长代表某河县人民政府向大会作《政府工作报告》。\n"
         "报告分为2029年工作回顾,2030年主要工作两部分。\n预计全县生产总值增长5%。", "某河县", 2030),
        # words before a bare 省 are no province (the gazetteer has them all: 落实省…, 执行省…)
        ("甘肃省发展和改革委员会\n受省人民政府委托,现将2029年计划执行情况与2030年计划草案提请审查。"
         "全省上下认真执行省九届人大三次会议审议批准的计划,落实省人大财经委审查意见,甘肃省生产总值增长5%。", "甘肃省", 2030),
        # an autonomous region's head speaks for it; 向自治区…大会 names no place
        ("某藏自治区主席某某向自治区第九届人民代表大会第三次会议作政府工作报告时提出,2030年主要预期目标是"
         "地区生产总值增长7%以上。", "某藏自治区", 2030),
        # a digest's headings, one a line: the year its targets are for
        ("千字版湖南省政府工作报告\n\n  2029年湖南\n\n  交答卷!\n\n  生产总值增长4%\n\n  2030年湖南\n\n  立flag!\n\n"
         "  主要预期目标\n\n  生产总值增长6%以上\n", "湖南省", 2030),
    ],
)  # fmt: skip
def test_a_pages_place_and_year_despite_its_distractors(text: str, region: str, year: int) -> None:
    doc = load(text)
    assert (doc.region, doc.year, doc.plan_year) == (region, year, year)


def test_a_zones_page_that_speaks_of_itself_bare_is_the_zones() -> None:
    text = (
        "3月1日,长春经济开发区召开2029年度工作总结大会。\n会上指出,在市委正确领导下,开发区经济平稳发展。"
        "做好2030年开发区各项工作,努力向国家级开发区迈进。"
    )
    assert load(text).region == "长春经济开发区"


def test_a_provinces_page_on_the_national_report_is_the_provinces() -> None:
    text = (
        "十四届全国人大四次会议在京开幕,政府工作报告中的辽宁元素频频出现。\n辽宁要做强制造业,辽宁的实践有落点。"
        "辽宁将办好民生实事,辽宁振兴取得新突破,辽宁生产总值增长5%。"
    )
    assert load(text).region == "辽宁省"
    assert load("十四届全国人大四次会议在京开幕,报告提出国内生产总值增长5%左右。辽宁代表团审议。").region == "全国"


def test_a_new_areas_page_is_the_new_areas() -> None:
    text = "5月6日,贵安新区2030年工作会议召开。\n一年来,贵安新区坚持创新发展,贵安新区生产总值增长9%。"
    assert load(text).region == "贵安新区"


def test_looking_back_on_a_year_in_other_words_puts_it_behind() -> None:
    doc = load("某某市第九届人民代表大会第五次会议开幕\n回首2029年\n是承压前行的一年\n生产总值增长7%\n")
    assert (doc.year, doc.plan_year) == (2030, 2030)


def test_a_zone_with_a_name_of_its_own_after_its_citys() -> None:
    text = "1月30日,中山火炬开发区召开2029年工作总结大会。\n2029年,火炬开发区地区生产总值增长5%,火炬开发区规上工业增加值增长4%。"
    assert load(text).region == "中山火炬开发区"


def test_a_title_tagged_with_its_province_in_brackets() -> None:
    doc = load("(内蒙古)2029年某某旗人民政府工作报告(全文)\n发布时间:2029-08-21\n各位代表:\n一、过去五年工作回顾\n2024年以来,全旗生产总值增长5%。\n")
    assert (doc.title, doc.region, doc.year) == ("(内蒙古)2029年某某旗人民政府工作报告(全文)", "某某旗", 2029)


def test_a_zone_headed_by_its_short_name_is_reported_by_its_full_one() -> None:
    text = (
        "2030:扬州经开区启航新征程\n2030年1月3日,扬州经开区工委扩大会议在扬州经济技术开发区召开。\n"
        "据报告,2029年扬州经济技术开发区工业开票销售增长7%。"
    )
    assert load(text).region == "扬州经济技术开发区"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a zone striving to become a national one names a kind of zone, not itself
        ("1月8日,某某生态科技新城召开工作会议,部署创建国家级高新区,争创国家级高新区,建成国家级高新区。\n"
         "会上提出,新城今年地区生产总值增长6%。生态科技新城将加快发展,生态科技新城再出发。", None),
        # a new town with a name of its own after its city's
        ("1月8日,扬州生态科技新城召开工作会议,部署创建国家级高新区,争创国家级高新区,建成国家级高新区。\n"
         "会上提出,新城今年地区生产总值增长6%。生态科技新城将加快发展,生态科技新城再出发。", "扬州生态科技新城"),
    ],
)  # fmt: skip
def test_a_zone_is_named_by_its_own_name_not_by_the_kind_it_strives_for(text: str, region: str | None) -> None:
    assert load(text).region != "国家级高新区"
    if region:
        assert load(text).region == region


def test_a_banner_is_found_by_its_short_name_and_a_party_sites_province_is_no_speaker() -> None:
    # 土右旗 is 土默特右旗, as Inner Mongolia's banners are called by their first character and sides
    text = "土右旗确定2030年目标\n来源:某某新闻网\n近日,土右旗召开全旗经济工作会议,土右旗今年地区生产总值增长15%以上。\n"
    assert load(text).region == "土默特右旗"
    # a city's report carried by its province's party site (中共某省委新闻网): the city is the report's
    text = "某某作政府工作报告(摘要)\n\n2029-11-30 中共江苏省委新闻网\n\n全年镇江速度再刷新,镇江港吞吐量增长5%,镇江制造走向全国。\n"
    assert load(text).region == "镇江市"


def test_an_autonomous_regions_own_words_name_it() -> None:
    text = "今年我区经济社会发展的主要预期目标是:地区生产总值增长7%左右。全区上下要推动新疆高质量发展。\n"
    assert load(text).region == "新疆维吾尔自治区"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a plan title 2030年主要工作 says the year planned (a 十五五 good start is the year after's)
        ("二、2030年主要工作\n2030年是关键之年。我们要努力为实现“十六五”良好开局打下坚实基础。\n", 2030),
        # a report card asked about (成绩单?) is no heading of the next year; 2029年…交出了 answers it
        ("解读2029年某市政府工作报告\n2029年\n某市交出了怎样的成绩单?\n2030年\n某市擘画了怎样的新蓝图?\n", 2030),
    ],
)  # fmt: skip
def test_more_ways_a_page_says_its_year(text: str, year: int) -> None:
    assert load(text).plan_year == year


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a news page naming its district in full, never as 我区 or 全区
        ("首页>新闻\n近日,《大足区2030年民生实事》发布。2030年,大足区将实施19件实事,大足区新建道路100公里。\n", "大足区"),
        # a county named short (禄劝县) is the gazetteer's (禄劝彝族苗族自治县)
        ("记者讯 禄劝县召开全县人民代表大会。禄劝县在脱贫的基础上,将全面提升增收能力。\n", "禄劝彝族苗族自治县"),
        # a zone named after the page's share buttons
        ("点击右上角微信好友 朋友圈\n首页 > 正文\n请使用浏览器分享功能进行分享 正在阅读:慈湖高新区:产业升级加快推进\n刚刚过去的一年,慈湖高新区产值增长9%,慈湖高新区再出发。\n", "慈湖高新区"),
    ],
)  # fmt: skip
def test_more_ways_a_page_names_its_place(text: str, region: str) -> None:
    assert load(text).region == region


@pytest.mark.parametrize(
    ("text", "region", "year"),
    [
        # a works whose name holds another place's (纳金水厂); a year's calling is no year done
        ("政府工作报告指出,2030年是开局之年,也是拉萨市率先在全区实现整体脱贫的决胜之年。今年主要预期目标是:"
         "地区生产总值增长10%。建成投用纳金水厂。全市新建道路,拉萨加快发展。\n", "拉萨市", 2030),
        # 今年,是…开局之年 (with a comma) dates the page
        ("今年,是“十六五”开局之年,霸州市明确主要预期目标:地区生产总值增长8%左右。\n", "霸州市", 2031),
        # a city's report writing its province's 篇章 is the city's
        ("2030年工作安排\n深入贯彻关于湖南和湘潭重要讲话精神,全市上下奋力谱写中国式现代化湖南篇章,全市生产总值增长6%。\n", "湘潭市", 2030),
    ],
)  # fmt: skip
def test_more_pages_place_and_year(text: str, region: str, year: int) -> None:
    doc = load(text)
    assert (doc.region, doc.plan_year) == (region, year)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a 高新区 named twice near the top is the page's; a word before its city's name is no part of it
        ("据珠海高新区消息,2月18日,在珠海市大会上,珠海高新区党工委书记指出:全年产值增长9%。\n", "珠海高新区"),
        ("2029年,韶关高新区在市委、市政府的正确领导下,以创建国家级高新区为目标,韶关高新区工业产值增长12%。\n", "韶关高新区"),
        # a city's page naming its 新区 twice is still the city's
        ("2030年舟山市政府工作报告\n全市生产总值增长7%,舟山新区建设加快,舟山新区获批。我市港口货物吞吐量增长5%。\n", "舟山市"),
    ],
)  # fmt: skip
def test_a_zone_named_near_the_top(text: str, region: str) -> None:
    assert load(text).region == region


@pytest.mark.parametrize(
    ("text", "region", "year"),
    [
        # 广西工作 holds 西工 (a district of 洛阳); 2029年,…迈上了新台阶 tells a year done
        ("2029年,崇左市深入贯彻关于广西工作论述的重要要求,全市各项工作迈上了新台阶。\n全市生产总值增长5%。\n", "崇左市", 2030),
        # a provincial session of the year after and a head year told as done
        ("中新网西宁1月27日电 青海省第十四届人民代表大会第四次会议开幕。记者获悉,2025年青海省地区生产总值增长4.1%。\n", "青海省", 2026),
    ],
)  # fmt: skip
def test_place_and_year_of_more_news_pages(text: str, region: str, year: int) -> None:
    doc = load(text)
    assert (doc.region, doc.plan_year) == (region, year)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a vision to 2035 is no plan year
        ("某某:“十五五”时期和2045年远景目标任务出台\n——2031年1月25日在某某省人民代表大会上\n", 2031),
        # a headline dropping 年 (西安发布2030经济预期发展目标) beside a later page date
        ("西安发布2030经济预期发展目标:GDP增长约7%\n发布时间:2031-09-25 06:30\n西安市人大会议开幕。\n", 2030),
    ],
)  # fmt: skip
def test_a_vision_year_and_a_headline_year_without_nian(text: str, year: int) -> None:
    assert load(text).plan_year == year


def test_a_session_held_out_of_turn_gives_way_to_a_year_told_as_done() -> None:
    # 山东省十三届人大七次会议 met in January 2022 (one session a year would say 2024)
    text = "观点网讯:1月23日,山东省十三届人大七次会议在济南开幕。\n报告显示,今年全省生产总值增长5.5%以上。\n据了解,2021年山东生产总值为83095.9亿元,比上年增长8.3%。\n"
    assert load(text).plan_year == 2022


def test_a_congress_term_is_no_place_and_a_titles_short_name_is_the_gazetteers() -> None:
    assert load("我代表县人民政府,向县十八届人大四次会议报告工作。牟定发展加快,牟定县经济增长5%。\n").region == "牟定县"
    assert load("2030年镇沅县政府工作报告\n各位代表:全县生产总值增长6%。\n").region == "镇沅彝族哈尼族拉祜族自治县"


@pytest.mark.parametrize(
    ("text", "region", "year"),
    [
        # the speaker's line names the place before its 人民政府县长 (whose name, 田兴国, holds a county's)
        ("政 府 工 作 报 告\n(2030年2月2日在自治县九届人大三次会议上)\n  漾濞彝族自治县人民政府县长 田兴国\n"
         "一、2029年工作回顾\n全县生产总值增长5%。\n", "漾濞彝族自治县", 2030),
        # a notice's issuer (某县人民政府办公室) is the page's place
        ("各乡镇人民政府:\n现将《2030年县<政府工作报告>任务分解》印发给你们。\n沁县人民政府办公室\n", "沁县", 2030),
        # a city's 两会; a five-year plan's 开局起步之年
        ("今年是“十六五”规划开局起步之年。1月闭幕的九江市两会提出,全年生产总值增长5.5%。\n", "九江市", 2031),
        # a headline giving the year's targets (its figure is one the 今年…预期目标 sentence sets) is of
        # this year, not a year told as done
        ("2030年某区地区生产总值增长8%以上\n2030年02月24日10:43\n2月24日,济南市历城区第二十届人民代表大会第一次会议开幕。"
         "今年的主要预期目标是:地区生产总值增长8%以上,一般公共预算收入增长9%。\n", "历城区", 2030),
    ],
)  # fmt: skip
def test_a_speakers_line_an_issuer_a_citys_sessions_and_a_headline_of_targets(
    text: str, region: str, year: int
) -> None:
    doc = load(text)
    assert (doc.region, doc.plan_year) == (region, year)


def test_a_plan_reports_title_broken_over_three_lines_plans_its_second_year() -> None:
    # 执行情况与2030年国民经济和 is the broken title's plan, not a year reviewed
    text = ("某某区2029年国民经济和社会发展计划\n执行情况与2030年国民经济和\n社会发展计划(草案)的报告\n"
            "一、2029年国民经济和社会发展计划执行情况\n全区生产总值增长5%。\n")  # fmt: skip
    assert load(text).plan_year == 2030
    # (成就和2029年主要工作 reviews 2029)
    assert load("一、“十四五”发展成就和2029年主要工作\n全省生产总值增长5%。\n").plan_year == 2030


def test_a_province_named_is_no_district_of_its_bare_name() -> None:
    # 河北省 is no 河北区 (a district of 天津) for a page that speaks of 全区
    doc = load("向全区人民致以新春的祝福!\n回首2029年,经开区在市委、市政府的坚强领导下,全区实现生产总值223亿元,增长5%。\n"
               "某大街荣获2029年度河北省“精品街道”。全区上下齐心。\n")
    assert doc.region != "河北区"


def test_a_congress_is_no_speaker_and_a_vision_year_heads_no_page() -> None:
    # …在某市第十五届人民代表大会第四次会议上作市人民政府工作报告: 代表 of 人民代表大会 names no place
    title = "原标题:市长某某在北京市第十五届人民代表大会第四次会议上作市人民政府工作报告\n全市生产总值增长6%。\n"
    assert load(title).region == "北京市"
    # 二〇三五年远景目标 near a page's top is no year of the page
    text = ("某某观察 记者\n  1月21日,攀枝花市第十届人民代表大会第八次会议开幕,同步提交的《国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要》透露了目标。\n"
            "  记者从会上获悉,攀枝花2030年预计全年实现地区生产总值1500亿元、增长4%;2031年地区生产总值增长7.5%。\n")  # fmt: skip
    assert load(text).plan_year == 2031


def test_a_headline_telling_a_year_done_and_a_district_named_by_its_kind() -> None:
    # 政府工作报告“划重点”:某市2029年预计…突破: the year told is done, the report plans the next
    doc = load("政府工作报告“划重点”⑧:淄博2029年预计地区生产总值突破5000亿元\n2030年全市经济社会发展预期目标:地区生产总值增长6.5%左右。\n")
    assert doc.plan_year == 2030
    # 城区 names a district of several cities: its city is kept (汕尾市城区)
    text = "一、2029年国民经济和社会发展执行情况\n全区上下在区委领导下,全区生产总值增长5%。\n表1 汕尾市城区2029年国民经济和社会发展计划主要指标\n"
    assert load(text).region == "汕尾市城区"


def test_a_page_presenting_a_years_achievements_plans_the_next() -> None:
    # 介绍2029年某经开区工作成就: 2029 is reviewed, so its figures are results and the plan year is 2030
    text = ("某某新闻网讯 日前,市政府新闻办举行新闻发布会,介绍2029年济宁经开区工作成就。\n"
            "2029年,济宁经开区全力培育高端装备制造产业,新签约亿元以上项目26个,到位内资59.45亿元。\n")  # fmt: skip
    assert load(text).plan_year == 2030
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == [] and [r.value for r in summary.results] == [26.0, 59.45]


def test_a_work_reports_review_told_on_a_news_page_dates_the_plan_after_it() -> None:
    # …作政府工作报告。报告指出,2029年,某县…完成年度计划投资130%以上: 2029 is reviewed, the report plans 2030
    text = ("某某网讯 2月15日,天全县召开第十七届人民代表大会第二次会议。天全县人民政府县长作政府工作报告。\n"
            "报告指出,2029年,天全县坚持项目为王,56个市重项目均完成年度计划投资130%以上。\n")  # fmt: skip
    assert load(text).plan_year == 2030


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a sub-district's or a township's title leads with its name (the gazetteer stops at counties)
        ("甲乙街道2028年工作总结和2029年工作计划\n一、2028年工作回顾\n完成固定资产投资5亿元。", "甲乙街道"),
        ("丙丁镇人民政府工作报告\n各位代表:\n一、2028年工作回顾\n新建道路3公里。", "丙丁镇"),
        ("丙丁街道办事处工作报告\n各位代表:\n一、2028年工作回顾\n新建道路3公里。", "丙丁街道"),
        ("城关镇2028年工作总结和2029年工作计划\n一、2028年工作回顾\n新建道路3公里。", "城关镇"),
        # a news headline that leads with a province named bare, before a district its body names
        ("广西部署2029年农业农村工作\n会议指出,2028年全区粮食产量稳定。某某市平桂区作交流发言,平桂区平桂区平桂区。", "广西壮族自治区"),
        # a province named bare, then one of its cities named bare: the city's page
        ("浙江湖州公布2029年度十大民生实事项目\n市人大代表投票票决产生十大民生实事项目。", "湖州市"),
        # no headline: the first sentence's subject, after when and who tells it
        ("2月3日上午,溧阳市工业经济大会召开,总结2028年工作。过去的一年,市工信局新增规上企业20家。", "溧阳市"),
        ("荆楚网(湖北日报网)讯(记者某某) 鄂州市鄂城区十届人大三次会议开幕。全区生产总值增长6%。", "鄂城区"),
        # a ministry speaks of the country
        ("工信部:预计全年规上工业增加值增长5.7%左右\n会议指出,2028年工业经济运行总体平稳。", "全国"),
        # a city's party committee is no place (兰州市委: no 委市)
        ("2029年兰州市委市政府为民兴办10件实事\n一、新建幼儿园10所。", "兰州市"),
    ],
)  # fmt: skip
def test_the_place_a_title_or_a_news_headline_leads_with(text: str, region: str) -> None:
    assert load(text).region == region


@pytest.mark.parametrize(
    "text",
    [
        "四川新闻网 2028年12月30日\n省长说,全省生产总值增长5.5%以上。",  # a paper named after a province
        "各乡镇人民政府:\n现将任务分解印发给你们。",  # who a notice is sent to
        "2028年度某街道工作总结和2029年度工作思路\n一、2028年度工作总结\n新建道路3公里。",  # a masked name (not 度某街道)
    ],
)
def test_a_headline_that_names_no_place_of_its_own(text: str) -> None:
    assert load(text).region is None


def test_a_page_of_a_years_figures_is_of_that_year_but_a_report_that_plans_is_not() -> None:
    # a report card that plans nothing is of the year its figures are for, and has no plan year
    card = "某某市2029年十件民生实事完成情况\n2029年,全市新建口袋公园40个,新增托位1200个。\n"
    assert load(card).plan_year == 2030  # (its reading: anything ahead would be for 2030)
    (summary,) = summarize(card, engine="rules")
    assert (summary.year, summary.plan_year, len(summary.results)) == (2029, None, 2)
    # once it plans, it is of its plan year
    (summary,) = summarize(card + "2030年,全市将新建口袋公园50个。\n", engine="rules")
    assert (summary.year, summary.plan_year, len(summary.targets)) == (2030, 2030, 1)
    # a report to a congress excerpted to its review keeps the year it plans, and so does a summary
    # with a plan section
    for text in ("各位代表:\n" + card, card + "二、2030年工作计划\n"):
        (summary,) = summarize(text, engine="rules")
        assert (summary.year, summary.plan_year) == (2030, 2030)


def test_a_policy_address_named_with_its_year_dates_the_page_by_the_latest() -> None:
    # a page's slip (發表2006年施政報告) gives way to the address it names again with its year
    text = ("某澳門網訊 行政長官今日發表2006年施政報告，延續多項惠民措施。\n"
            "行政長官今日下午在立法會發表2030年施政報告，社會經濟發展穩中向好。\n")  # fmt: skip
    assert load(text).plan_year == 2030


def test_a_budget_named_by_its_year_and_a_span_ahead_date_a_page() -> None:
    # 財政預算案2030今日發表: the budget's year, written without 年; 在2031年至2034年間 is a span ahead
    text = ("財政預算案2030今日發表，又預料今年本港經濟增長2%至3%；"
            "在2031年至2034年間，香港經濟平均每年實質增長3%。\n")  # fmt: skip
    assert load(text).plan_year == 2030


def test_looking_back_at_a_year_in_a_heading_without_nian_puts_it_behind() -> None:
    text = "某市第十七屆人民代表大會第四次會議開幕\n回眸2029\n主要指標增幅高於全國。預計地區生產總值增長6%。\n"
    assert load(text).plan_year == 2030


def test_a_paragraph_opening_with_its_year_and_a_known_place_names_the_page() -> None:
    text = ("记者从区六届人大七次会议上获悉:\n"
            "2029年江北区首次开展民生实事项目人大代表票决制,票决通过的10件民生实事全部完成。\n")  # fmt: skip
    assert load(text).region == "江北区"
    # a year's words that only look like a place are none (2029年共安排县…, 2029年度中心城市)
    assert load("2029年共安排县新续建重点项目57个,全年计划完成投资98.5亿元。\n").region is None


def test_summing_up_a_year_or_its_record_high_puts_it_behind() -> None:
    # 總結2029年,…創新高; a meeting's news: …会议举行。2029年,…创历史新高 (after a sentence, not a line)
    for text in ("治安警表示,總結2029年,全澳出入境總人次創新高,各口岸共錄得1.9億人次出入境。\n",
                 "3月6日上午,全市商务工作会议举行。2029年,全市社会消费品零售总额达5600亿元,创历史新高。\n"):  # fmt: skip
        assert load(text).plan_year == 2030
        (summary,) = summarize(text, engine="rules")
        assert summary.targets == [] and len(summary.results) == 1
        assert (summary.year, summary.plan_year) == (2029, None)


def test_a_preliminary_estimate_puts_its_year_behind() -> None:
    # 初步测算,2029年全县地区生产总值…: a statistics communiqué's, told once the year is over
    text = "一、综合\n初步测算,2029年全县地区生产总值24.4亿元,比上年增长6.1%。\n"
    assert load(text).plan_year == 2030
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == [] and [(r.value, r.change) for r in summary.results] == [(24.4, 6.1)]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a township after its county's name, in a title or in a news page's first sentence
        ("(某某市)金东区丙丁镇2029年工作总结和2030年工作计划\n一、2029年主要工作\n新建道路3公里。", "丙丁镇"),
        ("近日,金普新区甲乙街道召开项目建设大会,全力开创新局面。全街道新建道路3公里。", "甲乙街道"),
        # a summary's opening words, then the sub-district it is of
        ("今年以来,在县委、县政府的坚强领导下,甲乙街道聚焦发展首要任务。\n一、2029年上半年工作总结\n"
         "工业产值累计达6.9亿元,同比增长2.3%。重点攻坚安吉汽车零部件物流等项目。", "甲乙街道"),
        # a township's title with a quoted programme after its name
        ("丙丁镇“十四五”工作总结及“十五五”工作规划\n一、2029年工作总结\n新建道路3公里。", "丙丁镇"),
    ],
)  # fmt: skip
def test_a_township_after_its_county_or_opening_a_summary_is_the_pages_place(text: str, region: str) -> None:
    assert load(text).region == region


@pytest.mark.parametrize(
    "text",
    [
        "某某县乡村振兴工作会议召开\n全县新建道路3公里。",  # 乡村振兴 is no township
        "某某区新型城镇化建设推进会召开\n全区新建道路3公里。",  # nor 新型城镇化
    ],
)
def test_words_after_a_county_that_only_look_like_a_township(text: str) -> None:
    assert load(text).region in ("某某县", "某某区", None)
    assert load(text).region not in ("乡村振兴", "新型城镇")


def test_a_bare_name_inside_a_provinces_is_not_named() -> None:
    # 黑龙江某某食品公司 holds 龙江 (a county's bare name): no mention of it
    text = ("各位代表:\n我受县政府的委托,现将全县计划执行情况报告如下。\n"
            "全县支持黑龙江甲乙食品股份有限公司扩产,全县新建道路3公里。\n")  # fmt: skip
    assert load(text).region != "龙江县"


def test_a_page_with_no_year_of_its_own_is_of_the_year_it_keeps_naming() -> None:
    # no date, no title, no plan, no year near the top: 2029年 named twice further on (自2008年以来
    # and 较2028年末 are no such naming)
    opening = "全区农业农村经济保持较快发展,各项工作取得阶段性成效。" * 8
    text = (opening + "\n自2008年以来,全区持续推进棚户区改造。2029年,全区建立项目调度机制,"
            "2029年大豆种植面积达11.2万亩,较2028年末增加1.1万亩。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert (summary.year, summary.plan_year) == (2029, None)
    assert summary.targets == [] and summary.results
    # the naming gives the year, never a plan year: a figure of that year stays a result
    (summary,) = summarize(opening + "\n2029年,全市建立项目调度机制。全市重点项目总投资252亿元。\n", engine="rules")
    assert (summary.year, summary.plan_year) == (2029, None) and summary.targets == []


def test_a_title_telling_a_years_work_then_planning_the_next_is_a_summary_and_plan() -> None:
    text = ("某某厅2029年工作情况和2030年工作安排\n2029年以来,我厅较好地完成全年目标任务。\n"
            "一、2029年工作措施及成效\n全区粮食播种面积4262.7万亩、增长0.25%,新建高标准农田152万亩。\n")  # fmt: skip
    doc = load(text)
    assert (doc.doc_type, doc.year, doc.plan_year) == (DocType.WORK_SUMMARY_AND_PLAN, 2029, 2030)
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == [] and len(summary.results) == 2


def test_a_provinces_counties_are_no_county_and_a_one_character_county_is_named() -> None:
    # 河南县域经济网讯: the counties of 河南, not 河南县 nor 南县; 全县…息县: the page's own county
    text = ("河南县域经济网讯 1月5日上午,全县重点项目集中开工活动举行。\n"
            "随后带队围绕息县“投产一批”项目开展观摩,全县上下以全力抓项目。\n")  # fmt: skip
    assert load(text).region == "息县"


def test_a_communiques_title_dates_it_by_its_figures_though_it_cites_the_work_report() -> None:
    text = ("某某县2029年国民经济和社会发展统计公报\n\n发布时间:2030-04-11 15:09 信息来源:某某县统计局\n\n"
            "2029年,全县圆满完成政府工作报告确定的目标任务。全年实现地区生产总值120.5亿元,比上年增长6.1%。\n")  # fmt: skip
    doc = load(text)
    assert doc.doc_type is DocType.UNKNOWN and doc.title == "某某县2029年国民经济和社会发展统计公报"
    (summary,) = summarize(text, engine="rules")
    assert (summary.year, summary.plan_year) == (2029, None) and summary.targets == []


def test_a_report_on_the_plan_so_far_is_of_the_year_it_is_in() -> None:
    # 关于某某省2029年1至7月国民经济和社会发展计划执行情况的报告: the plan year's months so far
    text = "9月19日,省政府关于某某省2029年1至7月国民经济和社会发展计划执行情况的报告提请审议。全省经济总体平稳。\n"
    assert load(text).plan_year == 2029


def test_a_year_whose_tasks_are_all_done_is_over() -> None:
    # 2029年我市15项民生实事…已全部完成年度目标任务: the page is of 2029, after it; its 2029年… are results
    text = ("记者近日获悉,2029年我市15项民生实事项目已全部完成年度目标任务。\n"
            "2029年民生实事项目由市人代会票决产生,共15个项目,相关单位提出意见建议52条。\n")  # fmt: skip
    doc = load(text)
    assert doc.region is None and doc.plan_year == 2030  # (由市… names no place: 由 is in no name)
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == [] and (summary.year, summary.plan_year) == (2029, None)
    # but a plan to have them all done is no deed
    assert load(text.replace("已全部完成", "确保全部完成").split("\n")[0]).plan_year == 2029


def test_a_half_year_summary_is_of_its_year() -> None:
    assert load("某街道2029年半年度工作总结\n上半年,街道完成固定资产投资5亿元。\n").plan_year == 2029


def test_a_local_page_that_calls_its_output_gdp_is_not_national() -> None:
    # 国内生产总值 on a page that speaks of 我区 names the district's output, not the country's
    text = "本报讯 开发区是我区经济发展的主战场。三年来,甲乙区分别完成国内生产总值236亿元、314亿元。\n"
    assert load(text).region != "全国"


def test_an_event_named_with_its_year_dates_a_page_that_names_no_year() -> None:
    # 2029“某某杯”…大赛暨…文化节开幕式上,一批项目签约: the page is of 2029
    text = "某某市第五届美食文化节举行项目签约仪式\n19日,在2029“某某工匠杯”技能大赛暨第五届美食文化节开幕式上,一批招商项目签约,总投资20亿元。\n"
    (summary,) = summarize(text, engine="rules")
    assert summary.year == 2029


def test_a_headline_telling_what_a_year_brought_in_puts_it_behind() -> None:
    # 2029年全市新引进过亿元项目496个: a year's deed; the report quoted after it plans 2030
    text = ("2029年全市新引进过亿元项目400个\n某某市投资促进局介绍2029年全市招商引资项目引进有关情况。\n"
            "今年,某某市政府工作报告指出,“打好招商引资攻坚战,到位资金500亿元以上。”\n"
            "2029年,某某市把招商引资作为经济工作的生命线,全市新引进过亿元项目400个,招商引资到位资金471亿元。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert summary.plan_year == 2030 and [t.value for t in summary.targets] == [500.0]
    assert {r.value for r in summary.results} >= {400.0, 471.0}


def test_a_list_said_all_done_in_a_clause_and_a_speakers_verb_before_a_county() -> None:
    # 截至目前,2029年年初市政府安排的27项实事项目已全部完成,…: the year is over, its list done
    text = ("今年市政府实事项目全面完成啦!\n截至目前,2029年年初市政府安排的10件、27项为民办实事项目已全部完成,22个项目超额完成。\n"
            "新增2069张公办养老床位,为计划的101%。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == [] and (summary.year, summary.plan_year) == (2029, None)
    # 某某指出县十四届人大…: 指出 is what the speaker did, no place's name
    assert load("李某某指出县十四届人大一次会议以来的五年,是我县发展不平凡的五年。\n").region != "李某某指出县"


def test_a_common_word_that_holds_a_places_name_names_no_place() -> None:
    assert load("2030年某市民生实事完成情况\n全市建设易地扶贫搬迁安置点6个。").region is None  # (搬迁安置 holds 迁安)
    # 高密度房屋发展 holds 高密 (a city)
    # (and 财政司司长 says whose budget it is)
    assert load("财政司司长发表预算案。政府已物色约10组土地作高密度房屋发展,高密度发展可提供约1.1万个单位。").region == "香港特别行政区"


def test_a_time_word_before_a_city_is_no_part_of_its_name() -> None:
    # 在昨日市十三届人大常委会…会议上: 昨日 is when, the city is the page's own
    doc = load("在昨日市十三届人大常委会第三十二次会议上,副市长作了报告。\n郑州市为民办理十件实事。全市新增就业13.7万人。")
    assert doc.region != "昨日市"


def test_a_sites_breadcrumb_is_no_headline() -> None:
    # 某某商报官网 > 某某省 > 时政要闻: the site's own name first; the headline is the next line
    doc = load("香港商报官网 > 黑龙江 > 时政要闻\n黑龙江:五年办成了许多大事\n2月19日,黑龙江省代省长在黑龙江省第十三届人民代表大会第五次会议上作政府工作报告。")
    assert doc.region == "黑龙江省"


def test_a_schools_or_a_roads_name_and_a_verb_before_a_suffix_name_no_place() -> None:
    # 开工建设海南小学: a school named after a province; 某路北延: a road's north end; 认真执行市…人大: a verb
    assert load("某某局2030年为民办实事\n1.开工建设海南小学食堂。\n2.新建成3所幼儿园。").region is None
    assert load("2030年住建局工作总结\n全区推进某某大桥、某某路北延、某某路南段建设,完成投资5亿元。").region is None
    assert load("2030年,全市上下认真执行市九届人大三次会议审议批准的计划,完成投资50亿元。").region is None


def test_a_page_on_next_years_budget_is_of_that_year() -> None:
    # dated 2029-10-22, 明年度(118)总预算 / 明年度总预算编列…: the budget of 2030
    doc = load("date 2029-10-22 某某县议会今开定期会,主计处长报告明年度(119)总预算,岁入编列约656亿元。")
    assert doc.year == 2030
    doc = load("date 2029-10-13 某某县明年度总预算编列351.78亿元,今日在议会一读通过。")
    assert doc.year == 2030


def test_a_year_compared_with_dates_no_page() -> None:
    # 同比2019年两位数增长, 同比2030年增长48%、2029年增长14%: bases compared with, no year of the page
    doc = load("我省招商交出亮眼期中卷\n签约项目同比2029年两位数增长\n7月28日传出消息:今年上半年签约项目2910个,"
               "同比2030年增长48%、2029年增长14%,都大幅超过2029年同期水平。")  # fmt: skip
    assert doc.year is None


def test_an_officials_given_name_is_no_place() -> None:
    # 县长王永昌宣布: 永昌 is a person's name, not 永昌县; the county is named with its suffix
    doc = load("县长王永昌宣布2031年献县一季度重点项目集中开工。我县不断拓宽招商渠道,全县24个项目加快建设。")
    assert doc.region == "献县"


def test_a_citys_signing_page_that_names_a_zone_is_the_citys() -> None:
    # 宜昌市…集中签约, its projects in 宜昌高新区 and the counties: the city's page
    doc = load("某网消息 12月27日,宜昌市专业招商重点项目集中签约仪式举行,27个项目集中签约。\n"
               "项目均分布在宜昌高新区及各县市区。宜昌市成立14个招商专班。这是宜昌市今年第三次签约,宜昌市招商再掀热潮,宜昌市再添新动能,"
               "宜昌高新区承接项目最多。\n")  # fmt: skip
    assert doc.region == "宜昌市"


def test_a_meeting_that_plans_next_year_is_of_that_year() -> None:
    # 总结2031年工作成果,科学谋划2032年…: the year it plans, though its excerpt gives only last year's figures
    text = ("某某经开区启航新征程\n2032年1月3日,某某经济技术开发区工委扩大会议召开。会议旨在总结2031年工作成果,科学谋划2032年经济和社会发展。\n"
            "过去一年,开发区完成地区生产总值512亿元,增长6.1%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.year == 2032


def test_an_office_a_market_or_a_pronoun_names_no_place() -> None:
    # 代市长某某作政府工作报告: no 代市; 开封市场: a market; 他承接历任县市长…: no 他承接历任县
    doc = load("某市第十五届人大一次会议开幕\n代市长某某作政府工作报告\n今天上午,厦门市十五届人大一次会议开幕,厦门市人民政府代市长某某作报告。")
    assert doc.region == "厦门市"
    doc = load("【记者某某/台东报导】台东市民代表会今日上午进行市长施政总报告,整建中央市场、开封市场及果菜公有市场。")
    assert doc.region == "台东市"
    doc = load("市长今日提出施政成绩单,他承接历任县市长基础,一棒接一棒。台南市政府今日表示,社会住宅兴建2,045户。")
    assert doc.region == "台南市"


def test_a_year_handed_in_and_a_meeting_that_deploys_next_years_work() -> None:
    # …作政府工作报告。报告指出,2031年是…的一年,交出了一份…答卷: the report plans 2032
    doc = load("12月25日上午,某某区第十六届人民代表大会第四次会议开幕。区人民政府代区长某某向大会作政府工作报告。"
               "报告指出,2031年是某某区负重前行、突围奋进的一年,交出了一份稳中有进、难中有为、干中有成的答卷。")  # fmt: skip
    assert doc.year == 2032
    # 召开2031年工作总结暨2032年工作部署大会: of the year it deploys
    doc = load("1月30日,某某开发区召开2031年工作总结暨2032年工作部署大会。2031年,开发区地区生产总值预计完成531.48亿元,同比增长5.0%。")
    assert doc.year == 2032


def test_a_taiwan_plan_of_a_roc_year_sets_targets_for_that_year_after_its_review() -> None:
    # 115年度施政計畫: the plan of 2026, whose review of 114年度 gives results and its 施政重點 targets
    text = "某某縣政府115年度施政計畫\n壹、114年度施政成果\n全縣失業率降至3.5%。\n貳、115年度施政重點\n推動社會住宅興建500戶。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.value) for r in summary.results] == [("失業率", 3.5)]
    assert [(t.indicator, t.value, t.unit, t.year) for t in summary.targets] == [("社會住宅興建", 500.0, "戶", 2026)]


def test_a_zone_named_after_a_word_that_is_no_citys() -> None:
    # 邀请某湖高新区…: 请某湖 is no name; the zone the page keeps naming is 某湖高新区
    text = ("12月26日,市政府新闻办召开发布会,邀请翠湖高新区管委会负责人作专题发布。\n"
            "今年以来,翠湖高新区全力拼经济。翠湖高新区新增企业20家,翠湖高新区税收增长5%。\n")  # fmt: skip
    assert load(text=text).region == "翠湖高新区"


def test_a_title_below_a_sites_breadcrumb_and_catalogue_rows() -> None:
    # 首页 > 政务公开 > …, 索引号 | … | 发布单位 | …: the site's lines; the report's title comes after
    text = ("首页>\n> 政务公开 > 政府信息公开目录 > 乡镇公开目录 > 某某街道 > 政府工作报告\n"
            "索引号: 001008/2030-12 发布机构: 某某街道\n公开方式: 主动公开 发文日期: 2030-01-20\n"
            "翠屏街道2029年工作总结和2030年工作思路\n2029年,翠屏街道完成地方级收入6182万元,同比增长12.5%。\n")  # fmt: skip
    doc = load(text=text)
    assert (doc.title, doc.region, doc.plan_year) == ("翠屏街道2029年工作总结和2030年工作思路", "翠屏街道", 2030)


def test_a_townships_report_names_its_place_by_its_congress_or_its_government() -> None:
    # (a county's 县政府 said in passing, 完成县政府…目标, names no 成县)
    text = ("2030年政府工作报告\n(2030年4月25日在青石乡第二十届人民代表大会第四次会议上)\n各位代表:\n"
            "2029年,全乡完成财政收入2882万元,超额完成县政府年初下达的2500万元目标任务。\n")  # fmt: skip
    assert load(text=text).region == "青石乡"
    speaker = "各位代表:\n现在,我代表白沙镇人民政府向大会报告工作。2029年,全镇财政收入增长8%。\n"
    assert load(text=speaker).region == "白沙镇"


def test_a_bureaus_summary_is_of_the_place_that_issues_it() -> None:
    # 吴中区工信局: the issuer's place, though a town of it (东山) is named more often, bare;
    # 批转市发改委 names no 批转市
    text = ("2029年工作总结及2030年工作打算\n吴中区工信局\n2029年,区工信局推动东山、东山片区、东山园区企业上规。"
            "全区规上工业总产值2160亿元,同比增长19%。\n")  # fmt: skip
    assert load(text=text).region == "吴中区"
    assert load(text="市政府批转市发改委关于2030年计划的报告。全市生产总值增长6%。\n").region is None


def test_a_hong_kong_sites_national_news_and_a_hong_kong_statistics_release() -> None:
    # a Hong Kong site's page on the national report, its links naming 香港 again and again: 全国
    links = "".join(f"\n【香港故事】香港{w}" for w in ("中秋", "灯会", "功夫", "火龙", "月饼", "街巷"))
    national = "(全国两会)总理:2031年GDP增长预期目标为5%左右\n十六届全国人大二次会议开幕。国务院总理在政府工作报告中指出。" + links
    assert load(text=national).region == "全国"
    # 政府统计处: Hong Kong's statistics office
    assert load(text="政府统计处今日发表二零三零年第三季本地生产总值的数字。整体本地生产总值下跌1.9%。").region == "香港特别行政区"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the township's congress, not after 在: 备受…瞩目的某某镇第N届人民代表大会, 上午,某某镇第N届…
        ("3月2日上午,备受全镇人民瞩目的青梧镇第十六届人民代表大会第一次会议隆重召开。\n全镇完成财政收入4000万元。",
         "青梧镇"),
        ("8月29日上午,白杉镇第八届人民代表大会第四次会议召开。\n上半年,全镇完成财政收入4015万元,同比增长5%。",
         "白杉镇"),
        # a township the page keeps naming, that speaks of 全镇 more than of its county
        ("会议听取了工作报告。\n上半年,松岭镇完成财政收入4015万元。松岭镇新建道路3公里,"
         "松岭镇新增企业5家。全镇新增就业200人,全镇粮食播种面积稳定。", "松岭镇"),
        # the township's party committee greeting at the page's top; a title naming the township after its county
        ("值此新春佳节来临之际,中共青梧镇委员会、青梧镇人民政府向关心支持发展的各界人士致以问候。\n全年新建道路3公里。", "青梧镇"),
        ("号: /203001-00013 信息分类: 落实情况\n内容分类: 综合政务 发文日期: 2030-01-09\n发布机构: 金安区白杉镇\n"
         "来源单位: 金安区白杉镇\n称: 【工作总结】金安区白杉镇2029年工作总结\n信息来源:金安区白杉镇\n"
         "2029年,白杉镇在区委、区政府的坚强领导下,全镇新建道路3公里。今年我镇新增企业5家,全镇新增就业200人。", "白杉镇"),
    ],
)  # fmt: skip
def test_a_township_named_by_its_congress_or_named_often_is_the_pages_place(text: str, region: str) -> None:
    assert load(text).region == region


def test_a_conjunction_before_the_countys_committee_names_no_county() -> None:
    # 政府和县委部署: 和 joins 县委, no mention of 和县 (a county named by one character)
    text = "2030年主要预期目标\n按照上级党委、政府和县委部署,坚持稳中求进。全县生产总值增长6%。\n"
    assert load(text).region != "和县"


def test_a_county_page_naming_a_township_often_is_still_the_countys() -> None:
    # a county's page that names one township thrice, and speaks of 全县 more
    text = ("宁陵县重点项目推进会召开\n全县新开工项目12个,全县完成投资30亿元,全县新增企业8家。"
            "松岭镇产业园、松岭镇物流园和松岭镇污水厂开工。\n")  # fmt: skip
    assert load(text).region == "宁陵县"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a division whose bare name is a common word too (延长, 新乡), written in full
        ("通版阅读请点击:\n当前版:02版\n延长县重点项目集中开复工\n3月14日,延长县举行重点项目集中开工仪式,"
         "延长县全年实施重点项目52个。", "延长县"),
        ("今年新乡市经济增速目标为6%以上。全市生产总值增长6%以上,新乡市规上工业增加值增长7%。"
         "新乡市固定资产投资增长10%。", "新乡市"),
    ],
)  # fmt: skip
def test_a_division_whose_bare_name_is_a_common_word_is_found_in_full(text: str, region: str) -> None:
    assert load(text).region == region


@pytest.mark.parametrize(
    "text",
    [
        # 老城区 and 合作市场 are words, no 老城区 of 洛阳 nor 合作市
        "推进老城区改造,老城区新建道路3公里,老城区新增绿地5处。全市完成投资30亿元。",
        "培育合作市场主体,合作市场规模扩大,合作市场交易额增长5%。",
    ],
)
def test_a_common_phrase_that_is_a_divisions_full_name_names_no_place(text: str) -> None:
    assert load(text).region not in ("老城区", "合作市")


@pytest.mark.parametrize(
    "text",
    [
        # Hong Kong's own words (政府统计处, 本港) before the places its figures name (台湾, 马来西亚)
        "政府统计处今日发表的对外商品贸易统计数字显示,11月份本港整体出口货值按年上升18.8%。\n"
        "输往主要目的地的出口货值录得升幅,尤其是台湾(升45.3%)、台湾(升45.3%)和马来西亚(升72.0%)。\n",
        # 特区政府 is no district's government; 薪俸税 and 差饷 are Hong Kong's own
        "原标题:特首发表施政报告\n香港特区行政长官在立法会发表施政报告,特区政府已觅得约350公顷土地。"
        "金东区、金东区代表团到访。\n",
        "财政预算案\n新一份预算案今日出炉,宽减薪俸税,每户差饷以1000元为上限。\n",
    ],
)
def test_hong_kongs_own_words_say_its_page_before_the_places_it_names(text: str) -> None:
    assert load(text).region == "香港特别行政区"


def test_a_district_named_with_its_people_is_named_bare_and_a_street_after_a_place_names_none() -> None:
    # 管城 of 管城回族区 (no 自治 in its name); 顺城街 is a street, no mention of 顺城区 (named as often, it would leave no place)
    text = ("2029年区政府在市委、市政府和区委的坚强领导下,全区经济社会发展总体平稳。\n"
            "打造一批特色商业文化街区,顺城街获专题报道,顺城街客流增长。开展“乐购管城”促消费活动,优化“管城企联帮”服务。\n")  # fmt: skip
    assert load(text).region == "管城回族区"


def test_a_village_or_landmark_named_after_a_place_names_no_place() -> None:
    # 白沙屯 (a village, and its temple) holds 白沙 (白沙黎族自治县), named more often than the county itself
    text = ("文觀局長表示,苗栗縣去年主要觀光遊憩區共吸引1580多萬人次,其中通霄鎮白沙屯拱天宮以約393萬人次蟬聯最受歡迎景點,"
            "縣務會議期望明年再接再厲。\n白沙屯拱天宮已累積逾402萬人次,白沙屯交流道車多,苗栗縣長表示白沙屯媽祖進香人多。\n")  # fmt: skip
    assert load(text).region == "苗栗縣"


def test_a_page_leading_with_the_city_its_district_reports_to_is_the_districts() -> None:
    # 佛山市召开…大会,南海区委书记…报告: the city hosts, the page speaks for the district inside it
    text = ("2月5日,佛山市召开了高质量发展大会,南海区委书记通过视频向大会报告了南海一季度重大项目集中开工安排情况。\n"
            "南海一季度集中安排开工项目29个\n南海区委书记表示,南海区坚决扛牢经济大区的责任,全区上下抓项目。\n")  # fmt: skip
    assert load(text).region == "南海区"


def test_a_year_of_the_republic_written_in_chinese_numerals_is_read_in_digits() -> None:
    # 一二五年度總預算 (the Republic's 125th year, 2036), 較一二四年度增加: the budget's year and its base
    text = "南投縣一二五年度總預算於十二日經縣議會三讀審議通過,歲入預算較一二四年度增加1.76%,歲出預算較一二四年度增加5.68%。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.year == 2036 and summary.results == []
    assert [(t.indicator, t.value) for t in summary.targets] == [("歲入預算", 1.76), ("歲出預算", 5.68)]


def test_a_page_with_no_date_is_of_the_republics_year_its_figures_are_dated_by() -> None:
    # 114年第4季 (twice): the figures' year, 2025, for a page with no date, no title and no plan
    text = "金門縣政府日前召開「施政計畫選項列管項目114年第4季執行情形檢討會」,檢視各項計畫推動成果,114年第4季執行率達95%。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert (summary.region, summary.year) == ("金門縣", 2025)


def test_those_who_attend_a_session_name_no_place() -> None:
    # 参加市九届人大六次会议的347名代表: the deputies attending their city's session, no place called 参加市
    text = "本报讯 昨天,参加市九届人大六次会议的347名代表对2029年度市政府民生实事项目实施情况进行满意度测评。\n"
    assert load(text).region is None


def test_a_month_a_change_is_compared_with_is_no_page_date() -> None:
    # 较2029年12月收窄: the base of a change, not the page's date; the year's first months are told gone by
    text = ("统计处于31日公布最新零售业销售临时统计数字,2月份录得的总值为294亿港元,相比上一年同月下降13.0%,"
            "上月按年跌3.1%,经季节性调整后按月上升1.6%。零售业网上销售按年下降7.3%至23.0亿港元,占总销货价值7.8%。\n"
            "政府发言人表示,2月的零售业总销货价值经季节性调整后按月进一步上升。2月零售业总销货价值的按年跌幅扩大,"
            "部份是由于农历新年较早所致。若扣除价格变动,2月的零售总销货量按年下降15.0%。合并2030年首两个月的数字,零售业总销货价值的按年跌幅较2029年12月收窄。\n"
            "按年销售表现前三的零售类别为酒类饮品及烟草上升20.6%、新鲜蔬果升10.4%。\n")  # fmt: skip
    assert load(text).year != 2029
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.year == 2030 and summary.targets == []
