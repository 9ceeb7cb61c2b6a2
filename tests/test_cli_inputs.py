"""Inputs a user really gives, on the command line and through Python: several files with bad
ones among them, standard input, LLM settings that decide the engine, retries, broken pipes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from scripted_server import Hit, Reply, ScriptedServer

from summarizer import ConfigError, EmptyInputError, RulesEngine, summarize
from summarizer.cli import EXIT_CONFIG, EXIT_INPUT, main
from summarizer.pipeline import llm_config, resolve_engine

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ETDZ = CORPUS / "wenzhou-etdz-2021.txt"
ENV_KEYS = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_PROVIDER",
            "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY", "MOONSHOT_API_KEY", "ZHIPUAI_API_KEY"]  # fmt: skip


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A runner with no LLM endpoint configured."""
    for name in ENV_KEYS:
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


# --------------------------------------------------------------------------------------------
# Several inputs: each unreadable one is named and skipped, the others are written
# --------------------------------------------------------------------------------------------


def test_an_unreadable_input_among_several_is_named_skipped_and_the_rest_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    result = runner.invoke(main, ["summarize", str(ETDZ), str(empty), str(missing), "-o", f"{out}/"])
    assert result.exit_code == EXIT_INPUT
    lines = result.stderr.splitlines()
    assert f"error: {empty}: input is empty or whitespace only (skipped)" in lines
    assert f"error: file not found: {missing} (skipped)" in lines
    assert lines[-1] == f"error: 2 input(s) could not be read and were skipped: {empty}, {missing}"
    assert sorted(p.name for p in out.iterdir()) == ["01-温州经济技术开发区-2021.json", "targets.csv"]


def test_when_no_input_can_be_read_nothing_is_written(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["summarize", str(empty), "-o", str(out)])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.splitlines() == [f"error: {empty}: input is empty or whitespace only"]
    assert not out.exists()


def test_a_path_with_a_stray_space_is_a_missing_file_on_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["summarize", f"{ETDZ} "])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.strip() == f"error: file not found: {ETDZ}  (its name has spaces at the ends; did you mean '{ETDZ}'?)"
    assert result.stdout == ""


# --------------------------------------------------------------------------------------------
# Standard input
# --------------------------------------------------------------------------------------------


def test_a_dash_reads_standard_input(runner: CliRunner) -> None:
    data = ETDZ.read_bytes()
    result = runner.invoke(main, ["summarize", "-q", "-"], input=data)
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)["reports"]
    assert report["region"] == "温州经济技术开发区"
    split = runner.invoke(main, ["split", "-"], input=data)
    assert split.stdout.split("\t")[1] == "温州经济技术开发区"
    empty = runner.invoke(main, ["chunk", "-"], input=b"")
    assert empty.exit_code == EXIT_INPUT
    assert empty.stderr.strip() == "error: <stdin>: input is empty or whitespace only"


# --------------------------------------------------------------------------------------------
# Settings the user gave decide the engine
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "code", "message"),
    [
        (["--provider", "bogus"], {}, EXIT_INPUT, "Invalid value for '--provider': 'bogus' is not one of"),
        (["--provider", "deepseek"], {}, EXIT_CONFIG,
         "error: no API key for https://api.deepseek.com: set DEEPSEEK_API_KEY or OPENAI_API_KEY"),
        (["--base-url", "https://llm.example.org/v1"], {"OPENAI_API_KEY": "k"}, EXIT_CONFIG,
         "error: no model for https://llm.example.org/v1: set SUMMARIZER_MODEL or name one (model=, --model)"),
        (["--model", "gpt-4o"], {}, EXIT_CONFIG, "error: no API key for https://api.openai.com/v1"),
        ([], {"SUMMARIZER_PROVIDER": "deepsek"}, EXIT_CONFIG, "error: unknown provider 'deepsek'"),
        ([], {"SUMMARIZER_PROVIDER": "qwen"}, EXIT_CONFIG, "set DASHSCOPE_API_KEY"),
    ],
)  # fmt: skip
def test_llm_settings_given_decide_the_engine_under_auto(
    runner: CliRunner, args: list[str], env: dict[str, str], code: int, message: str
) -> None:
    result = runner.invoke(main, ["summarize", *args, str(ETDZ)], env=env)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "api_key=" not in result.stderr  # the command line has no such option
    assert result.stdout == "" and "engine:" not in result.stderr


def test_python_auto_engine_follows_the_same_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_KEYS:
        monkeypatch.delenv(name, raising=False)
    assert isinstance(resolve_engine("auto"), RulesEngine)  # nothing configured: rules
    assert llm_config("rules", provider="deepseek") is None
    with pytest.raises(ConfigError, match="DEEPSEEK_API_KEY"):
        llm_config("auto", provider="deepseek")
    monkeypatch.setenv("SUMMARIZER_PROVIDER", "deepsek")
    with pytest.raises(ConfigError, match="unknown provider 'deepsek'"):
        summarize(ETDZ)


def test_the_rules_engine_says_it_does_not_use_llm_options(runner: CliRunner) -> None:
    result = runner.invoke(main, ["summarize", "--engine", "rules", "--model", "m", str(ETDZ)])
    assert result.exit_code == 0
    assert "note: --provider, --model and --base-url are not used by --engine rules" in result.stderr


# --------------------------------------------------------------------------------------------
# Retry chatter only with -v
# --------------------------------------------------------------------------------------------


def test_retries_are_logged_only_with_verbose(runner: CliRunner, scripted_server: ScriptedServer) -> None:
    def flaky(hit: Hit) -> Reply:
        if len(scripted_server.hits) == 1:  # the run's first request fails once
            return Reply(503, {"error": {"message": "busy"}})
        return Reply.completion(json.dumps({"overview": "概要", "sections": []}, ensure_ascii=False))

    scripted_server.responder = flaky
    env = {"OPENAI_BASE_URL": scripted_server.base_url, "SUMMARIZER_MODEL": "m"}
    args = ["summarize", "--no-cache", "--concurrency", "1", str(ETDZ)]
    quiet = runner.invoke(main, args, env=env)
    assert len(scripted_server.hits) > 1  # the retry happened
    assert "attempt" not in quiet.stderr
    scripted_server.hits.clear()
    verbose = runner.invoke(main, [*args, "-v"], env=env)
    assert any(line.startswith("warning: attempt 1 failed") for line in verbose.stderr.splitlines())


# --------------------------------------------------------------------------------------------
# A reader that goes away
# --------------------------------------------------------------------------------------------


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    command = [sys.executable, "-m", "summarizer.cli", "chunk", "--json", str(CORPUS / "city-reports-2023.txt")]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(100)  # more than a pipe holds is still to come
        process.stdout.close()
        stderr = process.stderr.read()
        code = process.wait()
    assert (code, stderr) == (0, b"")


def test_python_names_the_unreadable_input_among_several(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError, match=f"^{re.escape(str(empty))}: "):
        summarize([ETDZ, empty], engine="rules")


def test_an_english_text_is_summarised_with_a_warning_said_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    english = tmp_path / "english.txt"
    english.write_text("This annual report describes growth of 6.5 percent.\nIt has no Chinese.\n", "utf-8")
    result = runner.invoke(main, ["summarize", "--format", "md", str(english)])
    assert result.exit_code == 0
    assert result.stdout.startswith("# english.txt\n")  # the file's name, not a bare "报告"
    assert "warnings: 1 no_chinese_text" in result.stderr.splitlines()
