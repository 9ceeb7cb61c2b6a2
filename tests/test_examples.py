"""The analyst's first run: examples/summarize_cities.py with the rules engine, as the README says."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_render_html import _assert_page_shows

import summarizer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LABELS = Path(__file__).parent / "fixtures" / "labels"


def _gdp_label(label: dict[str, object]) -> str | None:
    """The hand-labelled GDP growth cell (e.g. "7%左右") of one city, if its report states one."""
    for t in label["targets"]:  # type: ignore[attr-defined]
        if t["canonical_indicator"] == "地区生产总值" and t["kind"] == "growth":
            number = f"{t['value']:g}" + (f"—{t['value_max']:g}" if t["value_max"] is not None else "")
            return f"{number}{t['unit']}{t['qualifier']}"
    return None


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("cities")
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / "summarize_cities.py"), "--engine", "rules", "-o", str(out)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return out, proc


def test_writes_one_summary_per_city(run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, proc = run
    mds = sorted(p.stem for p in (out / "cities").glob("*.md"))
    assert len(mds) == 16 and "彬州市" in mds and "资兴市" in mds
    data = json.loads((out / "cities" / "彬州市.json").read_text(encoding="utf-8"))
    [report] = data["reports"]  # the shape `summarizer summarize -o DIR/` writes
    assert report["region"] == "彬州市" and report["engine"] == "rules" and report["targets"]
    md = (out / "cities" / "彬州市.md").read_text(encoding="utf-8")
    assert "彬州市" in md and "7%左右" in md
    # stdout lists the files, stderr carries the totals
    assert str(out / "targets.csv") in proc.stdout
    assert "16 reports" in proc.stderr


def test_targets_csv_has_every_city(run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, _ = run
    rows = list(csv.DictReader(io.StringIO((out / "targets.csv").read_text(encoding="utf-8"))))
    assert {r["region"] for r in rows} >= {"彬州市", "宁波市", "资兴市"}
    for column in ("indicator", "canonical_indicator", "value", "value_max", "unit", "qualifier",
                   "kind", "headline", "evidence"):  # fmt: skip
        assert column in rows[0]


def test_comparison_has_gdp_for_every_city_that_states_one(
    run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = run
    table = (out / "comparison.md").read_text(encoding="utf-8")
    header = next(line for line in table.splitlines() if line.startswith("| 城市"))
    gdp_col = [c.strip() for c in header.strip("|").split("|")].index("地区生产总值")
    rows = {
        cells[0]: cells
        for line in table.splitlines()
        if line.startswith("| ") and not line.startswith("| 城市")
        for cells in [[c.strip() for c in line.strip("|").split("|")]]
    }
    checked = 0
    for label_file in sorted(LABELS.glob("*.json")):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        expected = _gdp_label(label)
        if expected is None:
            continue
        assert rows[label["region"]][gdp_col] == expected, label["region"]
        checked += 1
    assert checked >= 8


def test_chart_svg_keeps_chinese_text_as_text(run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, proc = run
    svg = (out / "gdp_targets.svg").read_text(encoding="utf-8")
    assert "彬州市" in svg and "地区生产总值增长目标" in svg  # text, not glyph paths
    # The PNG needs a CJK font; without one the script says which package to install.
    assert (out / "gdp_targets.png").exists() or "fonts-noto-cjk" in proc.stderr


def test_html_pages_and_an_index_with_the_chart(run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, _ = run
    pages = sorted((out / "cities").glob("*.html"))
    assert len(pages) == 16
    index = (out / "index.html").read_text(encoding="utf-8")
    assert sorted(re.findall(r'<a href="([^"]+)"', index)) == sorted(f"cities/{p.name}" for p in pages)
    assert "<svg" in index and "各城市GDP增长目标" in index  # the chart, inline
    row = index[index.index('href="cities/彬州市.html"') :]
    assert "生产总值 7%左右" in row[: row.index("</tr>")]
    # the city's page shows every item of its summary at its offsets
    [record] = json.loads((out / "cities" / "彬州市.json").read_text(encoding="utf-8"))["reports"]
    summary = summarizer.ReportSummary.model_validate(record)
    text = summarizer.load(EXAMPLES / "data" / "city-reports-2023.txt").text
    _assert_page_shows((out / "cities" / "彬州市.html").read_text(encoding="utf-8"), [summary], text, ["r0"])


def test_quickstart_runs() -> None:
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "温州市" in proc.stdout and "targets" in proc.stdout


def test_an_llm_setting_without_its_key_is_an_error_not_a_silent_switch(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and not k.startswith("SUMMARIZER_")}
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / "summarize_cities.py"), "--provider", "deepseek", "-o", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=env,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "DEEPSEEK_API_KEY" in proc.stderr
    assert not (tmp_path / "cities").exists()
