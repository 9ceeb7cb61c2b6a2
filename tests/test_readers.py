"""PDF, .docx and HTML input: load() extracts the report's text (summarizer.readers), offline.

The PDFs are written by hand below: a Chinese text layer in the standard CJK font STSong-Light,
not embedded (Type0, UniGB-UCS2-H, Adobe-GB1 - pdfminer ships that CMap), laid out the way
Chinese reports are: 16 pt lines wrapped mid-sentence, first lines indented two characters,
a running header and a page number footer on every page.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph
from typeset_pdf import HEADER, MARGIN, Layout, typeset

import summarizer.ingest.readers
from summarizer import summarize
from summarizer.cli import main
from summarizer.ingest import DocType, load, split_reports
from summarizer.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    ReaderUnavailableError,
    UnreadableDocumentError,
)
from summarizer.ingest.readers._numbering import format_number
from summarizer.ingest.readers._pdf import parse as pdf_lines
from summarizer.text.structure import iter_sections, parse_sections

FIXTURES = Path(__file__).parent / "fixtures" / "readers"

TITLE = "2023年温州市政府工作报告"
RESULTS = (
    "2022年，全市地区生产总值增长3.7%，一般公共预算收入完成305.7亿元，城乡居民人均可支配收入"
    "分别增长4.1%和6.6%，经济运行总体平稳、稳中有进。"
)
TARGETS = (
    "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值增长7%以上，"
    "固定资产投资增长10%，城镇调查失业率控制在5.5%以内。"
)
# 26 + 28 characters: fills its indented first line and its second line to the right edge, so
# only the heading rule keeps the unindented "1．" line after it apart from it.
FULL = "坚持项目为王，全力扩大有效投资，推动重大项目早开工早投产，加快建设现代化基础设施体系和城乡融合发展的新格局。"
EXPECTED_LINES = [
    TITLE,
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议。",
    "一、2022年工作回顾",
    RESULTS,
    "二、2023年工作安排",
    TARGETS,
    FULL,
    "1．扩大有效投资。",
    "指标 | 2023年目标",
    "地区生产总值 | 增长6.5%左右",
]

# --------------------------------------------------------------------------------------------
# A minimal PDF writer
# --------------------------------------------------------------------------------------------

SIZE, STEP, LEFT, RIGHT, PAGE_WIDTH = 16.0, 28.0, 72.0, 523.0, 595.0
_FONT = (
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H"
    " /DescendantFonts [4 0 R] >>"
)
_CID_FONT = (
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /FontDescriptor 5 0 R"
    " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] >>"
)
# An embedded-style subset font with Identity-H codes and no ToUnicode: glyphs without text.
_UNMAPPED_FONT = (
    "<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+SimSun /Encoding /Identity-H"
    " /DescendantFonts [4 0 R] >>"
)
_UNMAPPED_CID_FONT = (
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+SimSun /FontDescriptor 5 0 R"
    " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
)
_DESCRIPTOR = (
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
    " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
)


@dataclass(frozen=True)
class Text:
    x: float
    text: str
    size: float = SIZE


def _width(text: str, size: float) -> float:
    return sum(size * (0.5 if ord(char) < 0x7F else 1.0) for char in text)  # /W [1 95 500]


def _wrap(text: str, indent: float = 2 * SIZE) -> list[list[Text]]:
    """A paragraph as rows, the first indented: filled to the right edge as Word fills them,
    a CJK character at a time and a Latin word or number (``CFB``, ``6.5``) at a time."""
    rows, line, x = [], "", LEFT + indent
    for word in re.findall(r"[A-Za-z0-9.%]+|.", text):
        if line and x + _width(line + word, SIZE) > RIGHT:
            rows.append([Text(x, line)])
            line, x = "", LEFT
        line += word
    return [*rows, [Text(x, line)]]


def _report_rows() -> list[list[Text]]:
    title_x = (PAGE_WIDTH - _width(TITLE, 22)) / 2
    return [
        [Text(title_x, TITLE, 22)],
        *_wrap("各位代表："),
        *_wrap("现在，我代表市人民政府，向大会报告工作，请予审议。"),
        *_wrap("一、2022年工作回顾"),
        *_wrap(RESULTS),
        *_wrap("二、2023年工作安排"),
        *_wrap(TARGETS),
        *_wrap(FULL),
        *_wrap("1．扩大有效投资。", indent=0),
        [Text(LEFT, "指标"), Text(LEFT + 200, "2023年目标")],
        [Text(LEFT, "地区生产总值"), Text(LEFT + 200, "增长6.5%左右")],
    ]


def _show(x: float, y: float, text: Text, font: str = "/F1") -> str:
    return f"BT {font} {text.size:g} Tf {x:g} {y:g} Td <{text.text.encode('utf-16-be').hex()}> Tj ET"


def _page(rows: Sequence[list[Text]], footer: str | None, header: str | None) -> str:
    ops = [_show(t.x, 770 - i * STEP, t) for i, row in enumerate(rows) for t in row]
    if header:
        ops.append(_show(LEFT, 805, Text(LEFT, header, 10.5)))
    if footer:
        ops.append(_show((PAGE_WIDTH - _width(footer, 14)) / 2, 50, Text(0, footer, 14)))
    return "\n".join(ops)


def _paginate(rows: list[list[Text]], per_page: int, footer: str, header: str) -> list[str]:
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)]
    return [_page(page, footer.format(n=n), header) for n, page in enumerate(pages, 1)]


def _pdf(contents: Sequence[str], font: str = _FONT, cid_font: str = _CID_FONT) -> bytes:
    """A PDF whose pages draw ``contents`` (content streams) with font /F1."""
    n = len(contents)
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {n} >>"]
    objects += [font, cid_font, _DESCRIPTOR]
    for i, stream in enumerate(contents):
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            f" /Resources << /Font << /F1 3 0 R >> >> /Contents {7 + 2 * i} 0 R >>"
        )
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _report_pdf(footer: str = "— {n} —", per_page: int = 9) -> bytes:
    return _pdf(_paginate(_report_rows(), per_page, footer, header="温州市人民政府文件"))


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


def test_the_report_pdf_breaks_a_paragraph_across_its_pages() -> None:
    # The fixture itself: the targets paragraph starts on page 1 and ends on page 2 unindented.
    rows = _report_rows()
    first_on_page_2 = rows[9][0]
    assert first_on_page_2.x == LEFT and first_on_page_2.text in TARGETS
    assert not TARGETS.startswith(first_on_page_2.text)


@pytest.mark.parametrize("footer", ["— {n} —", "- {n} -", "－{n}－", "第{n}页", "第 {n} 页 共 2 页", "{n}"])
def test_pdf_paragraphs_are_joined_and_furniture_dropped(footer: str) -> None:
    doc = load(_report_pdf(footer))
    assert doc.text.split("\n") == EXPECTED_LINES  # header, footers gone; headings own lines
    assert (doc.title, doc.region, doc.year, doc.doc_type) == (
        TITLE, "温州市", 2023, DocType.GOVERNMENT_WORK_REPORT,
    )  # fmt: skip


def test_a_title_repeated_as_running_header_is_kept() -> None:
    rows = _report_rows()
    pages = [_page(rows[:9], "— 1 —", header=None), _page(rows[9:], "— 2 —", header=TITLE)]
    assert load(_pdf(pages)).text.split("\n") == EXPECTED_LINES


def test_pdf_loads_from_a_path_and_splits(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(_report_pdf())
    for source in (path, str(path)):
        doc = load(source)
        assert doc.path == str(path)
        [report] = split_reports(doc)
        assert report.body.startswith(TITLE + "\n各位代表：")


def test_pdf_targets_carry_offsets_into_the_extracted_text(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(_report_pdf())
    text = load(path).text
    [summary] = summarize(path, engine="rules")
    gdp = [t for t in summary.targets if t.canonical_indicator == "地区生产总值"]
    assert gdp and gdp[0].value == 6.5
    for target in summary.targets:
        assert text[target.evidence.start : target.evidence.end] == target.evidence.text


def test_layout_gaps_are_spaces_between_latin_words_only() -> None:
    # Tc widens the gaps between CJK glyphs (justification), TJ's -400 leaves a gap between two
    # Latin words; pdfminer infers a space in both. Only the second is one.
    def hexed(text: str) -> str:
        return "<" + text.encode("utf-16-be").hex() + ">"

    line = (
        f"BT /F1 16 Tf 3 Tc 72 770 Td {hexed('地区生产总值增长')} Tj"
        f" 0 Tc [{hexed('GDP')} -400 {hexed('growth')}] TJ ET"
    )
    assert load(_pdf([line])).text == "地区生产总值增长GDP growth"


# A report of our own phrases, typeset by reportlab as word processors do (tests/typeset_pdf.py).
TYPESET_PARAGRAPHS = [
    "2023年某某市政府工作报告",
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议。",
    "一、2022年工作回顾",
    "过去一年，全市上下攻坚克难，地区生产总值完成1234.5亿元、增长5.2%，一般公共预算收入"
    "完成98.7亿元，运用PPP、REITs、EOD等模式撬动社会资本，“13710”“1+10+N”工作体系全面落地，"
    "新签约亿元以上项目128个，其中10亿元以上项目23个，“迎亚运·讲文明·提品质”行动扎实开展。",
    "二、2023年工作安排",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值增长7%以上，"
    "固定资产投资增长10%，社会消费品零售总额增长8%左右，地方财政收入增长6%左右，城镇调查失业率"
    "控制在5.5%以内，居民人均可支配收入增长7%左右，居民收入增长与经济增长基本同步。",
    *[f"（{n}）抓好第{n}项重点工作。坚持项目为王，全力扩大有效投资，推动重大项目早开工、早投产、早见效，"
      "加快建设现代化基础设施体系，统筹推进城乡融合发展，持续擦亮“山水名城、幸福家园”城市品牌，"
      f"确保{goal}。" for n, goal in zip("一二三四五六七八九十", ["全年目标如期实现", "项目落地见效", "民生持续改善",
      "生态更加优美", "改革走深走实", "开放水平提升", "营商环境更优", "安全底线守牢", "作风明显转变", "各项任务完成"])],
]


@pytest.mark.parametrize("layout", ["ragged", "justified"])
def test_wrapped_lines_are_joined_in_ragged_and_justified_pdfs(layout: Layout) -> None:
    # At this measure lines hang a 、 or 。 in the right margin (reportlab's 避头尾).
    pdf = typeset("\n".join(TYPESET_PARAGRAPHS), layout, measure=321)
    rows = [row for page in pdf_lines(pdf) for row in page]
    assert len({row.page for row in rows}) >= 2  # page furniture on several pages to drop
    assert sum(row.x1 > MARGIN + 321 + 1 for row in rows) >= 3
    doc = load(pdf)
    assert doc.text.split("\n") == [p.replace("·", "") for p in TYPESET_PARAGRAPHS]  # STSong has no ·
    assert HEADER not in doc.text and "— 1 —" not in doc.text
    [report] = summarize(pdf, engine="rules")
    headline = [t for t in report.targets if t.headline]
    assert len(headline) == 7 and {t.canonical_indicator for t in headline} >= {"一般公共预算收入", "城镇调查失业率"}


def test_justification_spacing_is_no_word_space() -> None:
    # Justifying spreads every gap of a line by the same character spacing; between the
    # letters of PPP and REITs that is no space (a word space is wider than the usual gap).
    doc = load(typeset("\n".join(TYPESET_PARAGRAPHS), "justified"))
    assert "运用PPP、REITs、EOD等模式" in doc.text
    assert doc.text.split("\n") == [p.replace("·", "") for p in TYPESET_PARAGRAPHS]


def test_a_line_left_short_to_keep_a_quotation_whole_is_still_joined() -> None:
    # At this measure the ragged layout ends a line 4 ems short before “13710” (kept whole),
    # and starts another with a comma: neither stops the joining.
    pdf = typeset("\n".join(TYPESET_PARAGRAPHS[:5]), "ragged", measure=300)
    rows = [row for page in pdf_lines(pdf) for row in page]
    [short] = [a for a, b in zip(rows, rows[1:]) if b.text.startswith("“13710”") and b.x0 == MARGIN]
    assert short.x1 < MARGIN + 300 - 3 * 12
    assert any(row.text.startswith("，") for row in rows)
    assert TYPESET_PARAGRAPHS[4].replace("·", "") in load(pdf).text.split("\n")


def test_a_scanned_pdf_asks_for_ocr() -> None:
    scan = "q 451 0 0 640 72 100 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x80\x40\x40\x80 EI Q"
    with pytest.raises(UnreadableDocumentError, match="no text layer.*OCR"):
        load(_pdf([scan, scan]))


def test_a_pdf_without_unicode_mapping_asks_for_ocr() -> None:
    garbled = "BT /F1 16 Tf 72 770 Td <0F2A0B1300370C44> Tj ET"
    with pytest.raises(UnreadableDocumentError, match="no Unicode text.*OCR"):
        load(_pdf([garbled], _UNMAPPED_FONT, _UNMAPPED_CID_FONT))


def test_a_pdf_of_page_numbers_only_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        load(_pdf([_page([], "— 1 —", header=None)]))


def test_a_damaged_pdf_is_unreadable_from_its_cause() -> None:
    with pytest.raises(UnreadableDocumentError, match="input is a PDF that cannot be read") as info:
        load(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    assert info.value.__cause__ is not None


# --------------------------------------------------------------------------------------------
# .docx
# --------------------------------------------------------------------------------------------


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("2023年某市政府工作报告")
    document.add_paragraph("　　各位代表：")  # full-width indentation, as Chinese Word files have
    document.add_heading("一、2022年工作回顾", level=1)
    document.add_paragraph("　　全市地区生产总值增长6.5%左右，一般公共预算收入305.7亿元。")
    document.add_heading("（一）坚持稳中求进", level=2)
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("指标", "2023年目标"), ("地区生产总值", "增长6.5%左右"), ("", "")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("二、2023年工作安排")
    document.add_paragraph("主要预期目标是：\n规模以上工业增加值增长7%以上。")  # a manual line break
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_headings_and_table_rows_in_order(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(_docx())
    doc = load(path)
    assert doc.text.split("\n") == [
        "2023年某市政府工作报告",
        "各位代表：",
        "一、2022年工作回顾",
        "全市地区生产总值增长6.5%左右，一般公共预算收入305.7亿元。",
        "（一）坚持稳中求进",
        "指标：地区生产总值；2023年目标：地区生产总值增长6.5%左右。",  # an indicator table's row
        "二、2023年工作安排",
        "主要预期目标是：",
        "规模以上工业增加值增长7%以上。",
    ]
    [report] = split_reports(doc)
    assert (report.title, report.region, report.year, report.doc_type) == (
        "2023年某市政府工作报告", "某市", 2023, DocType.GOVERNMENT_WORK_REPORT,
    )  # fmt: skip


def _table_docx(*tables: Sequence[Sequence[str]]) -> bytes:
    """A work summary and plan whose plan section holds ``tables``."""
    document = docx.Document()
    for text in ("2022年某某县工作总结和2023年工作思路", "一、2022年工作总结", "全县生产总值增长6.8%。",
                 "二、2023年工作思路", "（一）主要目标"):  # fmt: skip
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    document.add_paragraph("（二）重点任务")
    document.add_paragraph("加快产业升级。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


INDICATORS = [
    ("指标", "2022年", "2023年目标"),
    ("生产总值", "326.3亿元", "增长7%左右"),
    ("一般公共预算收入", "增长5.1%", "增长6%"),
]


def test_docx_indicator_table_gives_targets_from_the_target_column(tmp_path: Path) -> None:
    data = _table_docx(INDICATORS, [("项目名称", "总投资"), ("滨海大道", "12亿元")])
    doc = load(data)
    lines = doc.text.split("\n")
    assert "指标：生产总值；2022年：326.3亿元；2023年目标：生产总值增长7%左右。" in lines
    assert "项目名称 | 总投资" in lines and "滨海大道 | 12亿元" in lines  # other tables keep their rows
    [summary] = summarize(data, engine="rules")
    targets = {(t.canonical_indicator, t.value, t.unit, t.qualifier, t.year) for t in summary.targets}
    assert targets == {("地区生产总值", 7.0, "%", "左右", 2023), ("一般公共预算收入", 6.0, "%", "", 2023)}
    for t in summary.targets:  # offsets point into the extracted text
        assert doc.text[t.evidence.start : t.evidence.end] == t.evidence.text
    path = tmp_path / "plan.docx"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["summarize", "-q", "--engine", "rules", "--format", "csv", str(path)])
    assert result.exit_code == 0, result.output
    assert "326.3" not in result.stdout  # last year's level is no target
    assert ",生产总值,地区生产总值,7,,%,左右,growth," in result.stdout


def test_indicator_table_unit_column_and_rows_without_an_indicator() -> None:
    rows = [("指标名称", "单位", "2022年实绩", "2023年预期目标"), ("一、经济发展", "", "", ""),
            ("生产总值", "亿元", "326.3", "350"), ("城镇调查失业率", "%", "5.2", "5.5以内")]  # fmt: skip
    lines = load(_table_docx(rows)).text.split("\n")
    assert "一、经济发展 |  |  | " in lines  # no indicator's row: a row line, as in other tables
    assert "指标名称：生产总值；2022年实绩：326.3亿元；2023年预期目标：生产总值350亿元。" in lines
    assert "指标名称：城镇调查失业率；2022年实绩：5.2%；2023年预期目标：城镇调查失业率5.5以内。" in lines


def test_docx_layout_table_is_read_as_paragraphs() -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.text = "2023年某市政府工作报告"
    cell.add_paragraph("今年的主要预期目标是：" + "地区生产总值增长6.5%左右，" * 20)
    merged = document.add_table(rows=1, cols=3)
    merged.rows[0].cells[0].merge(merged.rows[0].cells[1]).text = "发布机构："
    merged.rows[0].cells[2].text = "某市人民政府办公室"
    out = io.BytesIO()
    document.save(out)
    lines = load(out.getvalue()).text.split("\n")
    assert lines[0] == "2023年某市政府工作报告" and lines[1].startswith("今年的主要预期目标是：")
    assert lines[2] == "发布机构： | 某市人民政府办公室"  # a merged cell once, not per grid column


def test_other_zip_files_and_damaged_docx_are_refused() -> None:
    workbook = io.BytesIO()
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(BinaryInputError, match="ZIP archive"):
        load(workbook.getvalue())
    data = _docx()
    with pytest.raises(UnreadableDocumentError, match="input is a Word .docx file that cannot be read"):
        load(data.replace(b"word/document.xml", b"word/documenx.xml", 1))  # the part it names is gone


# Word list numbers: numbering.xml parts written through python-docx's oxml -------------------

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _level(ilvl: int, fmt: str, text: str, suffix: str = "", extra: str = "") -> str:
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""  # none: Word's default, a tab
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{suff}'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


# A government report's outline, as Chinese Word templates number it.
REPORT_LEVELS = (
    _level(0, "chineseCountingThousand", "%1、", "nothing"),
    _level(1, "chineseCountingThousand", "（%2）", "nothing"),
    _level(2, "decimal", "%3."),
)


class _ListDocument:
    """A python-docx document with lists of our own in its numbering part."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self._numbering = self.document.part.numbering_part.element

    def abstract(self, abstract_id: int, *levels: str) -> None:
        xml = f'<w:abstractNum {_W_NS} w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'
        self._numbering.insert(0, parse_xml(xml))  # abstractNums come before nums

    def num(self, num_id: int, abstract_id: int, overrides: str = "") -> None:
        xml = f'<w:num {_W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
        self._numbering.append(parse_xml(xml))

    def item(self, text: str, num_id: int | None = None, ilvl: int | None = 0, style: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph(text, style=style)
        if num_id is not None:
            level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
            num_pr = f'<w:numPr {_W_NS}>{level}<w:numId w:val="{num_id}"/></w:numPr>'
            paragraph._p.get_or_add_pPr().append(parse_xml(num_pr))
        return paragraph

    def lines(self) -> list[str]:
        out = io.BytesIO()
        self.document.save(out)
        return load(out.getvalue()).text.split("\n")


def test_docx_word_list_numbers_are_written_and_make_the_headings() -> None:
    words = _ListDocument()
    words.abstract(10, *REPORT_LEVELS)
    words.num(1, 10)
    words.item("2023年某市政府工作报告", num_id=None)
    words.item("各位代表：", num_id=None)
    for text, ilvl in [
        ("2022年工作回顾", 0), ("坚持稳中求进", 1), ("扩大有效投资", 1), ("2023年重大项目开工200个。", 2),
        ("实施重大项目500个以上。", 2), ("2023年工作安排", 0), ("全力扩大内需", 1),
    ]:  # fmt: skip
        words.item(text, 1, ilvl)
    out = io.BytesIO()
    words.document.save(out)
    doc = load(out.getvalue())
    assert doc.text.split("\n")[2:] == [
        "一、2022年工作回顾",
        "（一）坚持稳中求进",
        "（二）扩大有效投资",
        "1. 2023年重大项目开工200个。",  # a space after "1.", as Word's tab: not 1.2023
        "2. 实施重大项目500个以上。",
        "二、2023年工作安排",  # level 0 used: the levels below start again
        "（一）全力扩大内需",
    ]
    [report] = split_reports(doc)
    outline = [(s.level, s.title) for s in iter_sections(parse_sections(report))]
    assert outline == [
        (1, "一、2022年工作回顾"),
        (2, "（一）坚持稳中求进"),
        (2, "（二）扩大有效投资"),
        (3, "1. 2023年重大项目开工200个"),
        (3, "2. 实施重大项目500个以上"),
        (1, "二、2023年工作安排"),
        (2, "（一）全力扩大内需"),
    ]


def test_docx_lists_continue_restart_and_come_from_styles() -> None:
    words = _ListDocument()
    words.abstract(10, *REPORT_LEVELS)
    words.abstract(11, _level(0, "decimal", "%1、", "nothing"), _level(1, "decimal", "(%2)", "nothing", '<w:lvlRestart w:val="0"/>'))
    words.num(1, 10)
    words.num(2, 10)  # the same abstract list: continues list 1's numbering
    words.num(3, 10, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    words.num(4, 11)
    words.item("甲", 1)
    words.item("乙", 2)
    words.item("丙", 3)  # restarted by its override
    words.item("丁", 4, 1)
    words.item("戊", 4, 0)
    words.item("己", 4, 1)  # lvlRestart 0: level 1 never starts again
    words.item("列表样式", style="List Number")  # numbered by its style (the template's "%1.")
    words.item("列表样式二", style="List Number")
    words.item("不编号", num_id=0, style="List Number")  # numId 0 takes the style's list away
    words.item("副标题", style="Subtitle")  # a style whose numPr names a level but no list
    words.item("无此列表", num_id=99)
    assert words.lines() == [
        "一、甲", "二、乙", "一、丙", "(1)丁", "1、戊", "(2)己", "1. 列表样式", "2. 列表样式二", "不编号", "副标题", "无此列表",
    ]  # fmt: skip


def test_docx_heading_styles_linked_to_a_list_are_numbered() -> None:
    # Chinese templates link 标题 1/标题 2 to a multilevel list: the styles hold the numPr, and
    # the list's levels name the styles (w:pStyle), which is how a style without ilvl finds its level.
    words = _ListDocument()
    words.abstract(
        10,
        _level(0, "chineseCountingThousand", "%1、", "nothing", '<w:pStyle w:val="Heading1"/>'),
        _level(1, "chineseCountingThousand", "（%2）", "nothing", '<w:pStyle w:val="Heading2"/>'),
    )
    words.num(1, 10)
    for name in ("Heading 1", "Heading 2"):
        words.document.styles[name].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {_W_NS}><w:numId w:val="1"/></w:numPr>')
        )
    words.document.add_heading("2022年工作回顾", level=1)
    words.document.add_heading("坚持稳中求进", level=2)
    words.document.add_heading("扩大有效投资", level=2)
    words.document.add_heading("2023年工作安排", level=1)
    words.document.add_heading("全力扩大内需", level=2)
    assert words.lines() == ["一、2022年工作回顾", "（一）坚持稳中求进", "（二）扩大有效投资", "二、2023年工作安排", "（一）全力扩大内需"]


def test_docx_list_defined_by_a_list_style_is_numbered_from_the_style() -> None:
    # A list style (多级列表样式): the list paragraphs use holds no levels, only w:numStyleLink to
    # the style, whose own list has them; lists of one style count on together.
    words = _ListDocument()
    words.abstract(20, '<w:styleLink w:val="ReportOutline"/>', *REPORT_LEVELS)
    words.abstract(21, '<w:numStyleLink w:val="ReportOutline"/>')
    words.num(20, 20)
    words.num(21, 21)
    words.document.styles.element.append(parse_xml(
        f'<w:style {_W_NS} w:type="numbering" w:styleId="ReportOutline"><w:name w:val="Report Outline"/>'
        '<w:pPr><w:numPr><w:numId w:val="20"/></w:numPr></w:pPr></w:style>'
    ))  # fmt: skip
    words.item("2022年工作回顾", 21, 0)
    words.item("坚持稳中求进", 21, 1)
    words.item("2023年工作安排", 20, 0)
    assert words.lines() == ["一、2022年工作回顾", "（一）坚持稳中求进", "二、2023年工作安排"]


def test_docx_bullets_composite_and_unknown_formats() -> None:
    words = _ListDocument()
    words.abstract(10, _level(0, "bullet", "●"), _level(1, "bullet", "\uf0b7"))  # Symbol font's bullet
    words.abstract(11, _level(0, "decimal", "%1."), _level(1, "lowerLetter", "%1.%2", "space", "<w:isLgl/>"))
    words.abstract(12, _level(0, "chineseCountingThousand", "第%1章", "space"), _level(1, "fancyNewFormat", "%2)", "nothing"))
    for num_id in (10, 11, 12):
        words.num(num_id, num_id)
    words.item("项目一", 10, 0)
    words.item("项目二", 10, 1)
    words.item("总则", 11, 0)
    words.item("目的", 11, 1)  # isLgl: every number decimal, so "1.1" not "1.a"
    words.item("　　范围", 11, 1)  # the indent after a number is dropped
    words.item("总则", 12, 0)
    words.item("未知格式", 12, 1)
    assert words.lines() == ["● 项目一", "项目二", "1. 总则", "1.1 目的", "1.2 范围", "第一章总则", "1)未知格式"]


def test_docx_numbers_in_table_cells_and_a_file_without_numbering_part() -> None:
    words = _ListDocument()
    words.abstract(10, *REPORT_LEVELS)
    words.num(1, 10)
    cells = words.document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text = "地区生产总值"
    cells[0].paragraphs[0]._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {_W_NS}><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>'))
    cells[1].text = "增长6.5%左右"
    words.item("下一项", 1, 2)
    assert words.lines() == ["1. 地区生产总值 | 增长6.5%左右", "2. 下一项"]
    # Without numbering.xml (nothing to number with), the same paragraphs are read as they are.
    part = words.document.part
    [rel] = [r for r, rel in part.rels.items() if rel.reltype == RT.NUMBERING]
    part.drop_rel(rel)
    assert words.lines() == ["地区生产总值 | 增长6.5%左右", "下一项"]


@pytest.mark.parametrize(
    ("number", "fmt", "text"),
    [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"), (99, "chineseCounting", "九十九"), (105, "chineseCounting", "一〇五"),
        (10, "chineseCountingThousand", "十"), (19, "chineseCountingThousand", "十九"),
        (105, "chineseCountingThousand", "一百零五"), (110, "chineseCountingThousand", "一百一十"),
        (1500, "chineseCountingThousand", "一千五百"), (1005, "chineseCountingThousand", "一千零五"),
        (12, "chineseLegalSimplified", "壹拾贰"), (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "11"),
        (3, "ideographZodiac", "寅"), (2023, "ideographDigital", "二〇二三"), (3, "decimalEnclosedCircle", "③"),
        (21, "decimalEnclosedCircle", "21"), (3, "decimalEnclosedParen", "⑶"), (7, "decimalZero", "07"),
        (12, "decimalFullWidth", "１２"), (2, "lowerLetter", "b"), (28, "upperLetter", "BB"),
        (14, "upperRoman", "XIV"), (1994, "lowerRoman", "mcmxciv"), (0, "upperRoman", "0"),
        (5, "none", ""), (7, "hebrew2", "7"), (7, "", "7"),
    ],
)  # fmt: skip
def test_word_number_formats(number: int, fmt: str, text: str) -> None:
    assert format_number(number, fmt) == text


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

def test_html_page_gives_the_report_without_furniture() -> None:
    doc = load(FIXTURES / "gov-report.html")
    assert doc.body.split("\n") == [
        TITLE,
        "发布时间：2023-02-10 15:30 来源：市政府办公室 字号：大 中 小 打印",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
        "一、2022年工作回顾",
        "2022年，全市地区生产总值增长3.7%，一般公共预算收入完成305.7亿元，城乡居民人均可支配收入分别增长4.1%和6.6%。",
        "二、2023年工作安排",
        "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值增长7%以上。",
        "指标：地区生产总值；2023年目标：地区生产总值增长6.5%左右。",
        "指标：城镇调查失业率；2023年目标：城镇调查失业率5.5%以内。",
        "（一）全力扩大有效投资。",
        "实施重大项目500个以上。",
    ]
    for furniture in ("统计代码", "float", "首页", "当前位置", "分享到", "相关链接", "网站地图", "ICP备", "页脚脚本"):
        assert furniture not in doc.text
    # The metadata table above the title is read, then left outside the span like a text file's.
    assert doc.text.startswith("索引号： | 001008003/2023-0001 | 发布机构： | 温州市人民政府办公室\n")
    assert (doc.title, doc.region, doc.year, doc.date) == (TITLE, "温州市", 2023, "2023-02-10")


def test_html_is_recognised_by_content_in_any_supported_encoding(tmp_path: Path) -> None:
    page = (
        '<!-- saved page -->\n<HTML><head><meta charset="gb2312"><title>x</title></head>'
        "<body><p>2023年温州市政府工作报告</p><p>各位代表：</p></body></HTML>"
    )
    expected = "2023年温州市政府工作报告\n各位代表："
    assert load(page).text == expected  # a str that is a page
    assert load(page.encode("gb18030")).text == expected  # GB bytes, as many government sites serve
    fragment = tmp_path / "fragment.htm"  # no doctype, no <html>: the suffix and the tags tell
    fragment.write_text("<div><p>2023年温州市政府工作报告</p>\n<p>各位代表：</p></div>", "utf-8")
    assert load(fragment).text == expected
    assert load("<p>不是网页的文本</p>").text == "<p>不是网页的文本</p>"  # a str without doctype/<html>


def test_a_fragment_known_by_its_name_is_read_in_its_declared_charset(tmp_path: Path) -> None:
    fragment = tmp_path / "notice.html"  # no doctype, no <html>: only the name says it is a page
    fragment.write_bytes('<meta charset="big5"><div><p>臺北市政府施政報告</p></div>'.encode("cp950"))
    assert load(fragment).text == "臺北市政府施政報告"


def _web_page(head: str, body: str) -> str:
    return f"<!DOCTYPE html>\n<html><head>{head}<title>x</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("declaration", "body", "codec"),
    [
        # Taiwan: Big5 read as GB18030 decodes without an error, into nonsense.
        ('<meta charset="big5">', "臺北市政府施政報告：臺北市總預算", "cp950"),
        # Hong Kong: a Big5 page with HKSCS characters (嘅), beyond Microsoft's Big5.
        ('<meta http-equiv="Content-Type" content="text/html; charset=big5">', "香港特區政府嘅施政報告", "big5hkscs"),
        ('<meta charset="Shift_JIS">', "東京都の施政方針①", "cp932"),  # ① exists in Windows' Shift_JIS only
        ("<meta http-equiv='content-type' content='text/html;charset=euc-kr'>", "서울특별시 똠", "cp949"),
        ('<meta charset="gb2312">', "朱镕基总理的政府工作报告", "gb18030"),  # 镕: GBK, not GB2312
        ('<meta charset="gbk">', "㐀字在GB18030里", "gb18030"),  # 㐀: GB18030's four-byte range
        ('<meta charset="gb2312">', "已改用UTF-8的网站", "utf-8"),  # valid UTF-8 wins over an old meta
    ],
)
def test_html_bytes_are_decoded_in_the_charset_the_page_declares(declaration: str, body: str, codec: str) -> None:
    text = load(_web_page(declaration, body).encode(codec)).text
    assert text == body and "\ufffd" not in text


def test_html_xml_declaration_and_bom_name_the_charset() -> None:
    xhtml = '<?xml version="1.0" encoding="big5"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>臺灣</p></body></html>'
    assert load(xhtml.encode("cp950")).text == "臺灣"
    bom = codecs.BOM_UTF8 + _web_page('<meta charset="gbk">', "政府工作报告").encode("utf-8")
    assert load(bom).text == "政府工作报告"


def test_html_that_no_charset_decodes_is_a_decode_error() -> None:
    page = _web_page('<meta charset="big5">', "x").encode("ascii").replace(b"x", b"\xff\xfe\xff")
    with pytest.raises(DecodeError, match="declared charset big5, UTF-8 or GB18030"):
        load(page)
    # An undeclared page that is not GB18030 either: still refused, not decoded with U+FFFD.
    with pytest.raises(DecodeError, match="UTF-8 or GB18030"):
        load(_web_page("", "x").encode("ascii").replace(b"x", b"\xff\xfe\xff"))


def test_html_layout_tables_are_read_as_paragraphs_without_their_link_cells() -> None:
    # An older site: the page laid out by nested tables, a menu cell beside the report's cell.
    speech = "各位代表：现在，我代表市人民政府，向大会报告工作。" + "今年地区生产总值增长6.5%左右。" * 12
    page = (
        "<html><body><table><tr><td><a href='/'>首页</a> | <a href='/zwgk/'>政务公开</a></td></tr>"
        "<tr><td><table><tr><td><ul><li><a>通知公告</a></li><li><a>政策文件</a></li></ul></td>"
        f"<td><p><b>{TITLE}</b></p><p>{speech}</p><p>一、2022年工作回顾</p></td></tr></table></td></tr>"
        "</table></body></html>"
    )
    assert load(page.encode("gb18030")).text.split("\n") == [TITLE, speech, "一、2022年工作回顾"]


def test_html_source_line_breaks_vanish_between_cjk_but_not_between_words() -> None:
    page = "<html><body><p>完成<b>305.7</b>亿元，\n    城乡居民收入\n增长6.6%，GDP\ngrew 6.6%.</p></body></html>"
    assert load(page).text == "完成305.7亿元，城乡居民收入增长6.6%，GDP grew 6.6%."


# --------------------------------------------------------------------------------------------
# Missing extras, and the CLI
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "library", "reader", "what"),
    [
        ("pdf", "pdfminer", "_pdf", "a PDF"),
        ("docx", "docx", "_docx", "a Word .docx file"),
        ("html", "bs4", "_html", "an HTML page"),
    ],
)
def test_a_missing_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, extra: str, library: str, reader: str, what: str
) -> None:
    inputs = {"pdf": _report_pdf(), "docx": _docx(), "html": "<!doctype html><p>2023年</p>".encode()}
    data = inputs[extra]
    # As if the extra were not installed: importing the library (any of its modules) fails,
    # and the reader module must be imported afresh.
    for name in [n for n in sys.modules if n == library or n.startswith(library + ".")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, library, None)
    monkeypatch.delitem(sys.modules, f"summarizer.ingest.readers.{reader}", raising=False)
    monkeypatch.delattr(summarizer.ingest.readers, reader, raising=False)
    with pytest.raises(ReaderUnavailableError) as info:
        load(data)
    assert str(info.value) == f"input is {what}; install the reader with: pip install 'summarizer[{extra}]'"
    assert isinstance(info.value.__cause__, ImportError)


def test_cli_splits_and_chunks_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(_report_pdf())
    runner = CliRunner()
    result = runner.invoke(main, ["split", str(path)])
    assert result.exit_code == 0, result.output
    index, region, year, doc_type, _span, title = result.stdout.strip().split("\t")
    assert (index, region, year, doc_type, title) == ("0", "温州市", "2023", "government_work_report", TITLE)
    result = runner.invoke(main, ["chunk", str(path), "--max-tokens", "64"])
    assert result.exit_code == 0, result.output
    assert "\t一、2022年工作回顾\t2022年，全市地区生产总值" in result.stdout  # chunked by section
