"""End to end against a real model: the CLI, a real OpenAI-compatible server, a short report.

Deselected by default (marker ``real_model``: the server takes ~6 minutes to build and a 1.1 GB
model to download the first time, and answers at CPU speed). Run it with::

    .venv/bin/python -m pytest -m real_model

It uses the server at ``$SUMMARIZER_TEST_LLM_URL`` if set; otherwise it starts
``$LOCAL_LLM_DIR/serve.sh`` (default: ``../shared/local-llm`` beside the repository; llama-cpp-python
with Qwen2.5-Coder-1.5B-Instruct, see that directory's README) on port 18556 and stops it after.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import main

pytestmark = pytest.mark.real_model

ROOT = Path(__file__).resolve().parent.parent
PORT = "18556"
# A short report of our own, in the forms real ones take: a review with results, a plan with a
# headline target passage.
REPORT = """2024年青石县政府工作报告
一、2023年工作回顾
过去一年,全县地区生产总值增长5.8%,规模以上工业增加值增长7.2%,城镇新增就业3200人。
二、2024年主要目标和重点工作
今年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%,城镇新增就业3000人以上。
重点抓好三方面工作:一是扩大有效投资,二是培育特色产业,三是办好民生实事。
"""


@pytest.fixture(scope="module")
def llm_url() -> Iterator[str]:
    given = os.environ.get("SUMMARIZER_TEST_LLM_URL")
    if given:
        yield given
        return
    scripts = Path(os.environ.get("LOCAL_LLM_DIR", ROOT.parent / "shared" / "local-llm"))
    if not (scripts / "serve.sh").is_file():
        pytest.skip(f"no real model server: set SUMMARIZER_TEST_LLM_URL or LOCAL_LLM_DIR ({scripts} has no serve.sh)")
    started = subprocess.run([str(scripts / "serve.sh"), PORT], capture_output=True, text=True, check=True,
                             start_new_session=True)  # fmt: skip
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(scripts / "serve.sh"), "stop", PORT], check=False)


def test_the_cli_summarises_a_short_report_with_a_real_model(llm_url: str, tmp_path: Path) -> None:
    report = tmp_path / "qingshi-2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    args = ["summarize", str(report), "--engine", "llm", "--provider", "llamacpp", "--base-url", llm_url,
            "--model", "qwen2.5-coder-1.5b", "--no-cache"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.stderr
    [summary] = json.loads(result.stdout)["reports"]
    assert not [w for w in summary["warnings"] if w["code"] == "chunk_failed"]
    assert summary["targets"], summary["warnings"]
    for item in summary["targets"] + summary["results"]:
        evidence = item["evidence"]
        assert REPORT[evidence["start"] : evidence["end"]] == evidence["text"]  # grounded, verbatim
    assert summary["usage"]["calls"] >= 1 and summary["engine"] == "llm"
