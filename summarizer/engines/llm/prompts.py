"""Prompt files: find them, parse them, render them into chat messages, hash them.

Prompts live as Markdown files in the repository's top-level ``prompts/`` directory; the wheel
ships the same files as ``summarizer/prompts/`` (``pyproject.toml`` force-includes them). A file
looks like::

    <!-- prompt: extract · version: 1 · what it is for -->
    # system
    ...instructions and one worked example, with {placeholders}...
    # user
    ...{placeholders}...

Placeholders are ``{lowercase_name}``; JSON braces in the examples (``{"a": 1}``) are left alone.
The sha256 of the file's bytes is the prompt's version in the LLM cache key, so editing a prompt
invalidates exactly the answers it produced.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ...errors import ConfigError

__all__ = [
    "Prompt",
    "prompt_dirs",
    "find_prompt_file",
    "parse_prompt",
    "load_prompt",
    "language_rule",
    "MIN_EXAMPLE_STRING",
]

_VERSION = re.compile(r"^<!--.*?\bversion:\s*([^\s·]+)", re.DOTALL)
_SECTION = re.compile(r"^# (system|user)[ \t]*$", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_EXAMPLE = re.compile(r"^.*示例", re.MULTILINE)
_QUOTED = re.compile(r"“([^”]+)”")
_JSON_STRING = re.compile(r'"[a-z_]+":"([^"]+)"')
MIN_EXAMPLE_STRING = 8
"""Characters an answer's string must share with the worked example to count as a copy."""

_LANGUAGE_RULES = {
    "zh": "",  # the prompts are Chinese: so are the answers, unasked
    "en": (
        "summary、overview、title 等概括性文字用英文(English)写;"
        "evidence 仍逐字复制中文原文,indicator 保留原文中文名称。"
    ),
}


@dataclass(frozen=True)
class Prompt:
    """One parsed prompt file; ``sha256`` is the hash of the file's bytes."""

    name: str
    version: str
    system: str
    user: str
    sha256: str

    @property
    def example(self) -> str:
        """The worked example: the system text from the first line that says 示例 on."""
        found = _EXAMPLE.search(self.system)
        return self.system[found.start() :] if found else ""

    @property
    def example_strings(self) -> tuple[str, ...]:
        """The example's passages (in “”) and the strings of its answer (JSON values): what a
        model copying the example would write. Strings of fewer than
        :data:`MIN_EXAMPLE_STRING` characters are left out (too common to tell a copy)."""
        found = _QUOTED.findall(self.example) + _JSON_STRING.findall(self.example)
        return tuple(dict.fromkeys(f for f in found if len(f) >= MIN_EXAMPLE_STRING))

    def copies_example(self, text: str) -> bool:
        """Whether ``text`` (an answer's quote or prose) repeats a part of the worked example:
        one of its strings, or a piece of :data:`MIN_EXAMPLE_STRING` or more characters of it."""
        text = text.strip()
        if not text:
            return False
        return any(s in text or (len(text) >= MIN_EXAMPLE_STRING and text in s) for s in self.example_strings)

    def messages(self, **values: str) -> list[dict[str, str]]:
        """The chat messages with every ``{placeholder}`` filled in (all of them, and only them)."""
        names = set(_PLACEHOLDER.findall(self.system)) | set(_PLACEHOLDER.findall(self.user))
        if names != set(values):
            raise ConfigError(
                f"prompt {self.name!r} takes {sorted(names)}, got {sorted(values)}"
            )
        return [
            {"role": "system", "content": _fill(self.system, values)},
            {"role": "user", "content": _fill(self.user, values)},
        ]


def _fill(template: str, values: dict[str, str]) -> str:
    # One pass, so braces inside the values (report text) are never expanded.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def prompt_dirs() -> list[Traversable]:
    """Where prompts are looked for, in order: the installed package, then the source checkout."""
    return [
        resources.files("summarizer") / "prompts",
        Path(__file__).resolve().parents[3] / "prompts",
    ]


def find_prompt_file(name: str, dirs: Sequence[Traversable] | None = None) -> Traversable:
    """The first ``<name>.md`` found in ``dirs`` (default :func:`prompt_dirs`)."""
    searched = list(prompt_dirs() if dirs is None else dirs)
    for folder in searched:
        candidate = folder / f"{name}.md"
        if candidate.is_file():
            return candidate
    raise ConfigError(
        f"prompt {name!r} not found (looked in {', '.join(str(d) for d in searched)}); "
        "the installation is incomplete"
    )


def parse_prompt(name: str, data: bytes) -> Prompt:
    """Parse a prompt file's bytes (see the module docstring for the format)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"prompt {name!r} is not UTF-8 text; the installation is damaged") from exc
    version = _VERSION.match(text)
    parts = _SECTION.split(text)
    # split() gives [preamble, "system", body, "user", body]
    if version is None or parts[1::2] != ["system", "user"]:
        raise ConfigError(
            f"prompt {name!r} must start with a '<!-- ... version: N -->' line "
            "and have '# system' then '# user' sections"
        )
    return Prompt(
        name=name,
        version=version.group(1),
        system=parts[2].strip(),
        user=parts[4].strip(),
        sha256=hashlib.sha256(data).hexdigest(),
    )


@lru_cache(maxsize=None)
def load_prompt(name: str) -> Prompt:
    """Load and parse the prompt called ``name`` (cached for the life of the process)."""
    return parse_prompt(name, find_prompt_file(name).read_bytes())


def language_rule(language: str) -> str:
    """The instruction that makes a prompt write its prose in ``language`` ("zh" or "en")."""
    try:
        return _LANGUAGE_RULES[language]
    except KeyError as exc:
        raise ConfigError(
            f"unsupported language {language!r}; choose one of {sorted(_LANGUAGE_RULES)}"
        ) from exc
