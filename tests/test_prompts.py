"""Prompt files: parsing, placeholders, hashing, where they are found, and their worked examples."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.notes import ChunkNotes
from summarizer.engines.llm.prompts import (
    find_prompt_file,
    language_rule,
    load_prompt,
    parse_prompt,
    prompt_dirs,
)
from summarizer.engines.llm.reduce import CondenseAnswer, ReduceAnswer

ROOT = Path(__file__).resolve().parent.parent
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
NAMES = ["extract", "reduce", "condense"]


@pytest.mark.parametrize("name", NAMES)
def test_prompt_files_parse_with_version_and_hash(name: str) -> None:
    prompt = load_prompt(name)
    data = (ROOT / "prompts" / f"{name}.md").read_bytes()
    assert prompt.name == name
    assert re.match(rf"<!-- prompt: {name} · version: {prompt.version} · ", data.decode())
    assert prompt.sha256 == hashlib.sha256(data).hexdigest()
    assert prompt.system and prompt.user
    assert "{language_rule}" in prompt.system


def _extract_example() -> tuple[str, list[dict[str, object]]]:
    """The extraction prompt's worked example: its chunk, and the targets it gives (the other
    lists are left out, to keep the prompt sent with every call short; a results example taught
    Qwen2.5-1.5B to give every result the example's change)."""
    found = re.search(r"示例文本块:“(.*?)”\n示例答案中的 targets:(\[.*\])\s*$", load_prompt("extract").system, re.MULTILINE)
    assert found is not None
    return found.group(1), json.loads(found.group(2))


@pytest.mark.parametrize(("name", "model"), [("reduce", ReduceAnswer), ("condense", CondenseAnswer)])
def test_worked_example_is_valid_for_the_response_model(name: str, model: type) -> None:
    # The example answer in each prompt must stay in step with the schema the model is asked for.
    example = re.search(r"输出:(\{.*\})\s*$", load_prompt(name).system, re.MULTILINE)
    assert example is not None
    model.model_validate(json.loads(example.group(1)))


def test_extract_example_is_valid_for_the_response_model() -> None:
    _, targets = _extract_example()
    notes = ChunkNotes.model_validate({**ChunkNotes.empty().model_dump(), "targets": targets})
    assert [(t.indicator, t.value, t.value_max) for t in notes.targets] == [
        ("甲指标", 12, None), ("乙指标", 3.5, 4), ("丙收入", 6, None), ("丁收入", 7, None)]  # fmt: skip


def test_extract_example_quotes_are_verbatim_from_its_chunk() -> None:
    chunk, targets = _extract_example()
    quotes = [str(item["evidence"]) for item in targets]
    assert len(quotes) == 4 and all(q in chunk for q in quotes)


def _bundled_texts() -> list[Path]:
    return sorted([*(ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"), *(ROOT / "examples" / "data").glob("*.txt")])


@pytest.mark.parametrize("name", NAMES)
def test_worked_examples_are_fictional_so_a_copy_never_grounds(name: str) -> None:
    # Every example is about 示例县 and its 甲/乙/丙 items: no report says any of it, so a model that
    # copies the example gets quotes that cannot be found (and notes that copy it are dropped
    # before grounding, see test_pipeline's example-copy test).
    prompt = load_prompt(name)
    strings = prompt.example_strings
    assert strings and "示例县" in prompt.example and "虚构" in prompt.example
    texts = _bundled_texts()
    assert len(texts) >= 5
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert "示例县" not in text and not [s for s in strings if s in text], path


def test_copies_of_the_example_are_recognised_and_real_quotes_are_not() -> None:
    prompt = load_prompt("extract")
    chunk, targets = _extract_example()
    assert all(prompt.copies_example(str(t["evidence"])) for t in targets)
    assert prompt.copies_example(chunk) and prompt.copies_example("乙指标3.5—4万吨以上")
    real = ["地区生产总值增长6.5—7%", "城乡居民收入分别增长6%和7%", "主要预期目标是", "规模以上工业增加值增长8%左右"]
    assert not [q for q in real if prompt.copies_example(q)]


def test_messages_fill_every_placeholder_once_and_leave_json_braces() -> None:
    prompt = load_prompt("extract")
    messages = prompt.messages(context="背景X", chunk="含{context}和{\"a\":1}的原文", language_rule="规则Y")
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "规则Y" in messages[0]["content"]
    assert 'targets:[{"indicator":"甲指标",' in messages[0]["content"]  # the example's JSON is untouched
    # values are inserted verbatim, never expanded again
    assert messages[1]["content"] == "背景:背景X\n文本块:\n含{context}和{\"a\":1}的原文"


@pytest.mark.parametrize("name", NAMES)
def test_the_fixed_part_of_every_prompt_comes_first(name: str) -> None:
    # Provider prefix caches (and llama.cpp's own) serve a prompt's unchanged beginning again:
    # everything but the request's own material is in the system message, before it.
    prompt = load_prompt(name)
    assert not _PLACEHOLDER.findall(prompt.system.replace("{language_rule}", ""))
    user_fixed = prompt.user.split("{", 1)[0]
    assert len(user_fixed) < 10  # a label at most ("背景:")


def test_the_fixed_prompt_stays_within_the_cost_guard() -> None:
    # The pipeline's prompt tokens ÷ source tokens must stay <= 1.5 at hosted chunk sizes
    # (benchmarks/pipeline.py measures it: 4096-token chunks). A chunk's call carries the fixed
    # instructions and the schema once; reduce calls add about 0.12 on the corpus. So the fixed
    # part may take up to (1.5 - 1 - 0.12) x 4096 tokens; it is kept well below, since clarity for
    # small models is paid for by every call.
    from summarizer.llm.config import HOSTED_CHUNK_TOKENS
    from summarizer.llm.schema import strict_schema
    from summarizer.text.tokens import token_counter

    count = token_counter()
    fixed = count(load_prompt("extract").system) + count(json.dumps(strict_schema(ChunkNotes), separators=(",", ":")))
    assert fixed <= (1.5 - 1 - 0.12) * HOSTED_CHUNK_TOKENS
    assert fixed <= 1100  # today ~900: growing past this deserves a look at benchmarks/pipeline.py


def test_messages_require_exactly_the_prompt_placeholders() -> None:
    prompt = load_prompt("reduce")
    with pytest.raises(ConfigError, match="takes"):
        prompt.messages(material="x")
    with pytest.raises(ConfigError, match="takes"):
        prompt.messages(material="x", language_rule="y", extra="z")


def test_parse_prompt_rejects_a_file_without_version_or_sections() -> None:
    with pytest.raises(ConfigError):
        parse_prompt("bad", "# system\nhi\n# user\nthere\n".encode())
    with pytest.raises(ConfigError):
        parse_prompt("bad", "<!-- prompt: bad · version: 2 -->\n# user\nonly\n".encode())
    with pytest.raises(ConfigError, match="not UTF-8"):
        parse_prompt("bad", "<!-- prompt: bad · version: 2 -->\n# system\nS\n# user\nU\n".encode("utf-16"))
    ok = parse_prompt("ok", "<!-- prompt: ok · version: 2b -->\n# system\nS {x}\n# user\nU\n".encode())
    assert (ok.version, ok.system, ok.user) == ("2b", "S {x}", "U")


def test_prompt_dirs_prefer_the_installed_package_then_the_checkout() -> None:
    packaged, checkout = prompt_dirs()
    assert str(packaged).endswith(str(Path("summarizer") / "prompts"))
    assert Path(str(checkout)) == ROOT / "prompts"
    # In this source checkout the prompts are found in the repository's prompts/ directory.
    assert Path(str(find_prompt_file("extract"))) == ROOT / "prompts" / "extract.md"


def test_find_prompt_file_takes_the_first_directory_that_has_it(tmp_path: Path) -> None:
    first, second = tmp_path / "pkg", tmp_path / "repo"
    first.mkdir()
    second.mkdir()
    (second / "p.md").write_text("second")
    assert find_prompt_file("p", [first, second]).read_text() == "second"
    (first / "p.md").write_text("first")
    assert find_prompt_file("p", [first, second]).read_text() == "first"
    with pytest.raises(ConfigError, match="not found"):
        find_prompt_file("missing", [first, second])


def test_wheel_ships_the_prompts_where_the_loader_looks_first() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    force = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["prompts"] == "summarizer/prompts"
    assert "prompts" in pyproject["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_language_rule() -> None:
    assert "English" in language_rule("en")
    assert language_rule("zh") == ""  # Chinese prompts get Chinese answers unasked
    with pytest.raises(ConfigError, match="unsupported language"):
        language_rule("fr")


def test_an_installed_layout_finds_the_packaged_prompts(tmp_path: Path) -> None:
    # What the wheel installs: summarizer/ with prompts/ inside it, and no repository around it.
    site = tmp_path / "site"
    shutil.copytree(ROOT / "summarizer", site / "summarizer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "prompts", site / "summarizer" / "prompts")
    code = "from summarizer.engines.llm.prompts import find_prompt_file, load_prompt; " \
           "print(find_prompt_file('extract')); print(load_prompt('extract').sha256)"  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(site)},
                         capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    assert out == [str(site / "summarizer" / "prompts" / "extract.md"), load_prompt("extract").sha256]
