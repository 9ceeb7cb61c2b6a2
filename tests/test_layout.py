"""The package's layout follows the data flow: a module imports only from stages before its own.

A newcomer reads the packages in this order and never meets a name from further down.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"

# In data-flow order; a module may import from its own stage and any stage before it.
STAGES = [
    ("errors", "models", "_sync"),  # the error tree, the output contract, the sync bridge
    ("ingest",),
    ("text",),
    ("zh",),
    ("notes",),
    ("llm",),
    ("engines",),
    ("verify",),
    ("pipeline",),
    ("batch",),
    ("render",),
    ("evaluate", "testing"),
    ("cli", "__init__", "__main__"),
]
RANK = {name: i for i, names in enumerate(STAGES) for name in names}


def _stage(module: str) -> str:
    """``summarizer.text.chunking`` → ``text``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def _imports(path: Path, name: str) -> list[str]:
    """The ``summarizer`` modules the file of module ``name`` imports (relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                found.append(".".join(base + ([node.module] if node.module else [])))
            elif node.module and node.module.startswith("summarizer"):
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("summarizer")]
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def test_every_top_level_module_has_a_stage() -> None:
    tops = {_stage(_module_name(p)) if _module_name(p) != "summarizer" else "__init__" for p in MODULES}
    assert tops <= set(RANK), f"give these a place in STAGES: {sorted(tops - set(RANK))}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_with_the_data_flow(path: Path) -> None:
    name = _module_name(path)
    own = RANK[_stage(name) if name != "summarizer" else "__init__"]
    later = [m for m in _imports(path, name) if m != "summarizer" and RANK[_stage(m)] > own]
    assert not later, f"{name} imports from later stages: {later}"


def test_the_check_catches_a_backward_import(tmp_path: Path) -> None:
    """The check itself: an import from a later stage is seen (not a test that cannot fail)."""
    probe = tmp_path / "probe.py"
    probe.write_text("from ..pipeline import summarize\nfrom .quotes import locate\n", encoding="utf-8")
    found = _imports(probe, "summarizer.text.probe")
    assert found == ["summarizer.pipeline", "summarizer.text.quotes"]
    assert [m for m in found if RANK[_stage(m)] > RANK["text"]] == ["summarizer.pipeline"]


def test_the_rules_engine_never_loads_the_openai_sdk() -> None:
    # The SDK takes ~0.4 s to import, a fifth of a CLI run over a 16-report compilation: only a
    # call to an endpoint may load it.
    script = (
        "import sys, summarizer, summarizer.cli\n"
        "summarizer.summarize(summarizer.load(text='一、2024年工作安排\\n地区生产总值增长5%左右。'), engine='rules')\n"
        "print('openai' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    lazy = "import sys, summarizer.llm as llm\nllm.OpenAICompatible\nprint('openai' in sys.modules)\n"
    assert subprocess.run([sys.executable, "-c", lazy], capture_output=True, text=True, check=True).stdout.strip() == "True"
