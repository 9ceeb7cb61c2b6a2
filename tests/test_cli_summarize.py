"""`summarizer summarize` as a user types it: outputs, stdout vs stderr, files, exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from scripted_server import Hit, Reply, ScriptedServer

from summarizer.cli import EXIT_CONFIG, EXIT_ERROR, EXIT_INPUT, main
from summarizer.notes import ChunkNotes

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
COMPILATION = str(CORPUS / "city-reports-2023.txt")
ETDZ = str(CORPUS / "wenzhou-etdz-2021.txt")
REGIONS = ["彬州市", "高安市", "河源市", "乐昌市", "临沧市", "龙南市", "茂名市", "梅州市",
           "宁波市", "沁阳市", "汕尾市", "铜川市", "渭南市", "温州市", "咸阳市", "资兴市"]  # fmt: skip
ENV_KEYS = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_PROVIDER",
            "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY", "MOONSHOT_API_KEY", "ZHIPUAI_API_KEY"]  # fmt: skip


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    """A runner with no LLM endpoint configured and the answer cache under tmp_path."""
    for name in ENV_KEYS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return CliRunner()


def _llm_env(server: ScriptedServer) -> dict[str, str]:
    return {"OPENAI_BASE_URL": server.base_url, "SUMMARIZER_MODEL": "scripted-model"}


def _answer(hit: Hit) -> Reply:
    """Extraction: one result per chunk that has the GDP sentence; reduce: a fixed overview."""
    messages = hit.json["messages"]
    if "文本块:\n" in messages[-1]["content"]:
        text = messages[-1]["content"].split("文本块:\n", 1)[1]
        notes: dict[str, list[Any]] = {k: [] for k in ChunkNotes.model_fields}
        if "核心区GDP同比增长8.9%" in text:
            notes["results"].append({"indicator": "核心区GDP", "value": None, "change": 8.9,
                                     "period": "2021年", "evidence": "核心区GDP同比增长8.9%"})  # fmt: skip
        return Reply.completion(json.dumps(notes, ensure_ascii=False))
    indexes = re.findall(r"^\[(\d+)\]", messages[-1]["content"], re.MULTILINE)
    sections = [{"index": int(i), "summary": "摘要"} for i in indexes]
    return Reply.completion(json.dumps({"overview": "概要", "sections": sections}, ensure_ascii=False))


def test_rules_json_to_stdout_messages_to_stderr(runner: CliRunner) -> None:
    result = runner.invoke(main, ["summarize", COMPILATION])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)["reports"]
    assert [r["region"] for r in reports] == REGIONS
    assert {r["engine"] for r in reports} == {"rules"}
    targets = sum(len(r["targets"]) for r in reports)
    assert result.stderr.splitlines() == [
        "engine: rules (no LLM endpoint configured)",
        f"16 report(s), {targets} targets (rules engine, no model calls)",
    ]


def test_quiet_prints_nothing_on_stderr(runner: CliRunner) -> None:
    result = runner.invoke(main, ["summarize", "--quiet", "--engine", "rules", ETDZ])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout)["reports"][0]["engine"] == "rules"


def test_output_directory_gets_one_file_per_report_and_targets_csv(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["summarize", "--format", "md", "-o", f"{out}/", ETDZ, COMPILATION])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["01-温州经济技术开发区-2021.md", "targets.csv"]
                           + [f"{i + 2:02d}-{r}-2023.md" for i, r in enumerate(REGIONS)])  # fmt: skip
    assert (out / "02-彬州市-2023.md").read_text("utf-8").startswith("# 2023年彬州市政府工作报告\n")
    rows = list(csv.DictReader(io.StringIO((out / "targets.csv").read_text("utf-8"))))
    assert {r["region"] for r in rows} >= {"彬州市", "宁波市"}
    assert f"wrote 18 files in {out}/" in result.stderr.splitlines()


def test_output_existing_directory_without_slash(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["summarize", "-o", str(tmp_path), ETDZ])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "01-温州经济技术开发区-2021.json").read_text("utf-8"))
    assert data["reports"][0]["region"] == "温州经济技术开发区"


def test_output_file_and_csv_with_bom(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "targets.csv"
    result = runner.invoke(main, ["summarize", "--format", "csv", "--bom", "-o", str(target), COMPILATION])
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfregion,year,indicator,canonical_indicator,value,value_max,unit,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    text = Path(COMPILATION).read_text("utf-8")
    assert rows and all(text[int(r["evidence_start"]) : int(r["evidence_end"])] == r["evidence"] for r in rows)
    assert f"wrote {target}" in result.stderr.splitlines()
    md = runner.invoke(main, ["summarize", "--format", "md", "-q", ETDZ])
    assert md.stdout.startswith("# 温州经济技术开发区\n")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["summarize", "missing.txt"], EXIT_INPUT, "error:"),
        (["summarize"], EXIT_INPUT, "Missing argument"),
        (["summarize", "--format", "pdf", ETDZ], EXIT_INPUT, "Invalid value"),
        (["summarize", "--engine", "llm", ETDZ], EXIT_CONFIG, "error: no API key"),
        (["summarize", "--provider", "nope", "--engine", "llm", ETDZ], EXIT_INPUT, "Invalid value for '--provider'"),
    ],
)
def test_exit_codes_for_bad_input_and_configuration(runner: CliRunner, args: list[str], code: int, message: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_output_folders_are_made_and_an_unwritable_output_is_refused_first(runner: CliRunner, tmp_path: Path) -> None:
    made = tmp_path / "missing" / "deeper" / "x.json"
    result = runner.invoke(main, ["summarize", "-q", "-o", str(made), ETDZ])
    assert result.exit_code == 0, result.output
    assert json.loads(made.read_text("utf-8"))["reports"][0]["region"] == "温州经济技术开发区"
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = runner.invoke(main, ["summarize", "-o", str(blocker / "x.json"), ETDZ])
    assert result.exit_code == EXIT_INPUT
    assert f"cannot make the folder {blocker}" in result.stderr
    assert "engine:" not in result.stderr  # refused before any work


def test_binary_input_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "x.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x01\x02")
    result = runner.invoke(main, ["summarize", str(binary)])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.splitlines()[-1] == f"error: {binary}: input is binary data (PNG image), not a text report"


def test_llm_engine_through_the_scripted_server(runner: CliRunner, scripted_server: ScriptedServer) -> None:
    scripted_server.responder = _answer
    args = ["summarize", "--language", "en", ETDZ]
    result = runner.invoke(main, args, env=_llm_env(scripted_server))
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)["reports"]
    assert (report["engine"], report["model"], report["overview"], report["language"]) == (
        "llm", "scripted-model", "概要", "en")  # fmt: skip
    assert [r["evidence"]["text"] for r in report["results"]] == ["核心区GDP同比增长8.9%"]
    calls = len(scripted_server.hits)
    assert "English" in scripted_server.hits[0].json["messages"][0]["content"]
    lines = result.stderr.splitlines()
    # a server on this machine gets the local chunk size unless told otherwise
    assert lines[0] == f"engine: llm (scripted-model at {scripted_server.base_url}, chunks of 1024 tokens)"
    assert lines[-1] == (f"1 report(s), 0 targets, {calls} calls (0 cached), "
                         f"{10 * calls} prompt + {5 * calls} completion tokens, cost unknown")  # fmt: skip
    # the same command again: every answer from the cache
    again = runner.invoke(main, args, env=_llm_env(scripted_server))
    assert again.exit_code == 0 and len(scripted_server.hits) == calls
    assert again.stderr.splitlines()[-1].startswith(f"1 report(s), 0 targets, {calls} calls ({calls} cached), 0 prompt")
    # --no-cache sends them again
    runner.invoke(main, [*args, "--no-cache"], env=_llm_env(scripted_server))
    assert len(scripted_server.hits) == 2 * calls


def test_auth_error_exits_3(runner: CliRunner, scripted_server: ScriptedServer) -> None:
    scripted_server.responder = lambda hit: Reply(401, {"error": {"message": "invalid api key"}})
    result = runner.invoke(main, ["summarize", "--engine", "llm", ETDZ], env=_llm_env(scripted_server))
    assert result.exit_code == EXIT_CONFIG
    assert result.stderr.splitlines()[-1].startswith("error: HTTP 401")
    assert result.stdout == ""


def test_failed_chunk_writes_output_and_exits_1(runner: CliRunner, scripted_server: ScriptedServer) -> None:
    def answer(hit: Hit) -> Reply:
        if "文本块:\n" in hit.json["messages"][-1]["content"]:
            return Reply(400, {"error": {"message": "this request is not acceptable"}})
        return _answer(hit)

    scripted_server.responder = answer
    result = runner.invoke(main, ["summarize", "--no-cache", ETDZ], env=_llm_env(scripted_server))
    assert result.exit_code == EXIT_ERROR
    [report] = json.loads(result.stdout)["reports"]
    failed = [w for w in report["warnings"] if w["code"] == "chunk_failed"]
    assert failed and all(w["start"] is not None for w in failed)
    assert result.stderr.splitlines()[-2:] == [
        f"warnings: {len(failed)} chunk_failed",
        f"error: {len(failed)} chunk(s) could not be summarised; the output's warnings say where",
    ]


def test_an_endpoint_that_cannot_be_reached_exits_3_at_once(runner: CliRunner) -> None:
    with ScriptedServer() as gone:
        env = _llm_env(gone)  # the port is closed when the command runs
    result = runner.invoke(main, ["summarize", "--engine", "llm", ETDZ], env=env)
    assert result.exit_code == EXIT_CONFIG
    assert result.stdout == ""  # no half-empty summary pretending to be one
    error, hint = result.stderr.splitlines()[-2:]
    assert error.startswith("error: ")
    assert hint.startswith(f"hint: nothing answers at {gone.base_url} on this machine: is the model server running")
