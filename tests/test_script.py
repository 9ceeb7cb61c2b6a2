"""The reading copy: traditional and variant characters folded to simplified, length kept."""

from __future__ import annotations

import pytest

from summarizer.ingest.script import fold_script, folding_table


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("地區生產總值增長5%左右", "地区生产总值增长5%左右"),  # traditional
        ("規上工業増加値", "规上工业增加值"),  # Japanese shinjitai 増 and 値
        ("糧食產量1.3萬億斤以上", "粮食产量1.3万亿斤以上"),
        ("城鎮調查失業率5.5%", "城镇调查失业率5.5%"),
    ],
)
def test_traditional_and_variant_characters_read_as_simplified(written: str, read: str) -> None:
    assert fold_script(written) == read


def test_simplified_text_is_left_as_it_is() -> None:
    # standard simplified characters that variant tables would change (研→硏, 欠→缺, 台→臺)
    text = "研究欠缺问题,台州市著名企业,居民收入增长6%"
    assert fold_script(text) == text


def test_the_copy_keeps_every_offset() -> None:
    text = "2024年國內生產總值增長5%,城鎮新增就業1200萬人以上。" * 300  # long: the cached path
    folded = fold_script(text)
    assert len(folded) == len(text)
    at = folded.index("城镇新增就业")
    assert text[at : at + 6] == "城鎮新增就業"


def test_every_mapping_is_one_character_to_one() -> None:
    table = folding_table()
    assert len(table) > 3000  # OpenCC's character tables, not a hand-written list
    assert all(0 <= k < 0x110000 and 0 <= v < 0x110000 for k, v in table.items())
    assert ord("増") in table and ord("研") not in table


def test_the_reading_drops_pinyin_readings_and_maps_back() -> None:
    from summarizer.ingest.script import reading_of, without_readings

    text = "某市實(shí)現(xiàn)財(cái)政總收入20億元(GDP)"
    reading = reading_of(text)
    assert reading.text == "某市实现财政总收入20亿元(GDP)"  # (GDP) has no tone mark: kept
    at = reading.text.index("财政总收入")
    start, end = reading.source_span(at, at + 5)
    assert text[start:end] == "財(cái)政總收入"
    assert without_readings(text[start:end]) == "財政總收入"
    assert reading.reading_offset(start) == at


def test_a_character_with_several_variant_forms_folds_to_its_simplified_one_and_stays_so() -> None:
    # 衛 is a Japanese variant of 衞 too, 連 an OpenCC key for 联 in a phrase: each reads as itself
    written = "連續三年並且衛生院戱﹔"
    assert fold_script(written) == "连续三年并且卫生院戏;"
    assert fold_script(fold_script(written)) == fold_script(written)  # a folded quote is found again
    table = folding_table()
    assert all(table.get(to, to) == to for to in table.values())


def test_a_pinyin_reading_with_a_space_before_its_bracket_is_dropped_too() -> None:
    from summarizer.ingest.script import reading_of

    text = "某縣社會(huì )消費品零售總額增長(cháng)6%"
    reading = reading_of(text)
    assert reading.text == "某县社会消费品零售总额增长6%"
    at = reading.text.index("总额增长")
    start, end = reading.source_span(at, at + 4)
    assert text[start:end] == "總額增長"  # a reading after the span's last character stays out


def test_toneless_pinyin_readings_said_twice_are_dropped_too() -> None:
    from summarizer.ingest.script import without_readings

    text = "地(di)区生(sheng)(sheng)产总值增(zeng)(zeng)长(zhang)7.6%,税(shui)占比(bi)达80%"
    assert without_readings(text) == "地区生产总值增长7.6%,税占比达80%"
    # not a unit, a name or a list mark in brackets
    assert without_readings("浓度(ug)下降,项目(a)和(GDP)") == "浓度(ug)下降,项目(a)和(GDP)"


def test_a_phrase_that_reads_otherwise_than_its_characters_is_read_as_opencc_reads_it() -> None:
    # 計畫 is Taiwan's 计划 (character by character 计画); a simplified 计画 is left as written
    written = "某縣115年度施政計畫,籌畫新建公園3處"
    folded = fold_script(written)
    assert folded == "某县115年度施政计划,筹划新建公园3处"
    assert len(folded) == len(written)
    assert fold_script(folded) == folded
    assert fold_script("计画与画面") == "计画与画面"
