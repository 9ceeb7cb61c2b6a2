"""Offline tiktoken encodings and exact span counts (summarizer.text.tokens)."""

from __future__ import annotations

import ast
import gzip
import os
import random
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tiktoken
from tiktoken_ext import openai_public

from summarizer.text import tokens
from summarizer.errors import TokenizerUnavailableError
from summarizer.text.tokens import get_encoding, span_counter, token_counter

LIBRARY = Path(tokens.__file__).resolve().parents[1]

CORPUS = sorted((Path(__file__).parent / "fixtures" / "corpus").glob("*.txt"))
# Everything the pre-tokeniser treats differently: letters, digits, CJK and ASCII punctuation,
# spaces before words, runs of spaces and newlines, "/", apostrophes, combining marks, emoji.
MIXED = (
    "2023年全年完成生产总值326.3亿元、增长6.8%。It's 10:30 a.m.; we're here!\n\n"
    "  一、总体要求\n（一）稳增长.主要目标是:GDP增长7%左右,CPI 3%/年。\u3000\u3000新任务：\n"
    "/path/to\n\t“引号”里的话！？ e\u0301te\u0301 👍🏽 ①②③ Ⅷ 123456789,000.5\r\n"
)


@pytest.fixture()
def fresh_encodings() -> Iterator[None]:
    """Forget loaded encodings before and after a test that tampers with loading."""
    tokens._load.cache_clear()
    yield
    tokens._load.cache_clear()


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Any attempt to open a connection fails, and tiktoken's cache directory is empty."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("o200k_base", "hello world", [24912, 2375]),
        ("cl100k_base", "hello world", [15339, 1917]),
        ("o200k_base", "hello world 你好，世界。", [24912, 2375, 220, 177519, 979, 28428, 788]),
    ],
)
def test_local_encodings_give_tiktokens_token_ids(name: str, text: str, expected: list[int]) -> None:
    assert get_encoding(name).encode_ordinary(text) == expected
    assert token_counter(name)(text) == len(expected)


def test_encodings_load_without_network_or_side_effects(no_network: None, fresh_encodings: None) -> None:
    environment, loader = dict(os.environ), openai_public.load_tiktoken_bpe
    assert get_encoding("o200k_base").name == "o200k_base"
    assert get_encoding() is get_encoding("o200k_base")  # cached however it is called
    assert get_encoding("cl100k_base").name == "cl100k_base"
    assert not any(Path(os.environ["TIKTOKEN_CACHE_DIR"]).iterdir())  # nothing written to tiktoken's cache
    assert dict(os.environ) == environment and openai_public.load_tiktoken_bpe is loader


@pytest.mark.parametrize("name", sorted(tokens._SHIPPED))
def test_shipped_definitions_are_tiktokens(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pattern, special tokens and rank-file hash as tiktoken's own constructor has them (its
    rank loader replaced, here in the test only, by one that notes what it was asked for)."""
    asked: list[tuple[str, str | None]] = []

    def note(blobpath: str, expected_hash: str | None = None) -> dict[bytes, int]:
        asked.append((blobpath, expected_hash))
        return {}

    monkeypatch.setattr(openai_public, "load_tiktoken_bpe", note)
    spec = openai_public.ENCODING_CONSTRUCTORS[name]()
    ours = tokens._SHIPPED[name]
    assert (spec["pat_str"], spec["special_tokens"]) == (ours.pat_str, ours.special_tokens)
    [(blobpath, expected_hash)] = asked
    assert blobpath.endswith(f"/{name}.tiktoken") and expected_hash == ours.sha256


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # bpe-openai's own use of importlib.resources
@pytest.mark.parametrize("name", sorted(tokens._SHIPPED))
def test_shipped_definitions_and_ranks_are_bpe_openais(name: str) -> None:
    from bpe_openai import registry  # slow: parses every rank file it ships

    spec = registry.ENCODING_CONSTRUCTORS[name]()
    ours = tokens._SHIPPED[name]
    assert (spec["pat_str"], spec["special_tokens"]) == (ours.pat_str, ours.special_tokens)
    path = tokens._shipped_file(f"{name}.tiktoken.gz")
    assert path is not None and tokens._verified_ranks(path, ours.sha256) == spec["mergeable_ranks"]


def test_library_code_uses_no_mock_and_no_private_tiktoken_attribute() -> None:
    enc = get_encoding()
    private = {n for n in [*vars(enc), *dir(tiktoken.Encoding)] if n.startswith("_") and not n.endswith("__")}
    assert {"_core_bpe", "_pat_str"} <= private
    for path in LIBRARY.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [alias.name for alias in node.names] + [getattr(node, "module", None) or ""]
                assert not any(m.split(".")[0] == "unittest" for m in modules), path
            if isinstance(node, ast.Attribute):
                assert node.attr not in private, f"{path}:{node.lineno} reads {node.attr}"


def test_a_shipped_encoding_whose_file_is_missing_needs_tiktoken(
    no_network: None, fresh_encodings: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the local file the encoding comes from tiktoken (network or cache), or not at all."""
    monkeypatch.setattr(tokens, "_shipped_file", lambda filename: None)
    with pytest.raises(TokenizerUnavailableError, match="TIKTOKEN_CACHE_DIR"):
        get_encoding("o200k_base")


def test_special_tokens_are_counted_as_text() -> None:
    assert token_counter()("<|endoftext|>") > 1


def test_rank_file_with_wrong_sha256_is_refused(monkeypatch: pytest.MonkeyPatch, fresh_encodings: None) -> None:
    real = gzip.decompress
    monkeypatch.setattr(gzip, "decompress", lambda data: real(data) + b"x")
    with pytest.raises(TokenizerUnavailableError, match="sha256"):
        get_encoding("cl100k_base")


def test_unknown_encoding_offline_says_how_to_fix(no_network: None) -> None:
    with pytest.raises(TokenizerUnavailableError, match="bpe-openai") as caught:
        get_encoding("r50k_base")
    assert "TIKTOKEN_CACHE_DIR" in str(caught.value)
    with pytest.raises(TokenizerUnavailableError):
        get_encoding("no_such_encoding")


def _random_spans(text: str, n: int, seed: int) -> Iterator[tuple[int, int]]:
    rng = random.Random(seed)
    marks = [i + 1 for i, ch in enumerate(text) if ch in "。，；\n"] or [0]
    for _ in range(n):
        a = rng.choice(marks) if rng.random() < 0.6 else rng.randrange(len(text))
        yield a, min(len(text), a + rng.randrange(1, 2500))


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_span_counts_are_exact_on_the_corpus(name: str, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    encode = get_encoding(name).encode_ordinary
    spans = span_counter(text, encoding=name)
    assert spans.prefix[-1] == len(encode(text))
    for a, b in _random_spans(text, 400, seed=len(text)):
        assert spans.count(a, b) == len(encode(text[a:b])), (a, b)


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_span_counts_are_exact_on_mixed_scripts(name: str) -> None:
    text = MIXED * 20
    encode = get_encoding(name).encode_ordinary
    spans = span_counter(text, 7, len(text) - 5, encoding=name)
    for a in range(7, len(text) - 5, 3):
        for b in (a, a + 1, a + 17, a + 160, len(text) - 5):
            b = min(b, len(text) - 5)
            assert spans.count(a, b) == len(encode(text[a:b])), (a, b)


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_spans_starting_right_after_a_mark_are_exact(name: str) -> None:
    """The one-mark pre-tokens (``。在`` in cl100k is a single token, for example)."""
    rng = random.Random(7)
    letters = "在则我们的发展经济建设年度工作是不了人有和中大为上个国以要他时来用们生到作地于出就分对成会可"
    words = ["The", "information", "Government", "s", "ing", "International", "abcdefghijklmnopqrstuvwxyz"]
    marks = ["。", "，", "；", "！", "？", "：", "、", "。”", "！」", "”。", "（", "《", ")", "]", '"', "’", "!", "?", ";"]

    def after() -> str:
        return rng.choice(words) if rng.random() < 0.2 else "".join(rng.choices(letters, k=rng.randrange(1, 9)))

    text = "".join(rng.choice(marks) + after() for _ in range(3000))
    encode = get_encoding(name).encode_ordinary
    spans = span_counter(text, encoding=name)
    starts = [i + 1 for i, ch in enumerate(text) if not ch.isalpha()]
    for a in starts[::3]:
        for b in (a + 5, a + 40, a + 300):
            assert spans.count(a, b) == len(encode(text[a:b])), (name, text[a - 2 : a + 5])


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_spans_starting_right_after_a_line_feed_are_exact(name: str) -> None:
    """A line feed ends every pre-token that takes it in, but o200k's punctuation ones take a
    ``/`` after it too (``。\\n/``) and spaces after it form their own pre-token: edges that an
    index built on such assumptions would get wrong."""
    rng = random.Random(11)
    leads = ["。", "。\n", "”。\n", ".\n", "安排\n", "12\n", " \n", "\n\n", "。\r\n", "——\n", "我们"]
    after = ["(一)", "（二）", "/路径", "/path", "/a", "//", " 我们", "\u3000我", "\n一、", "2023年", "——全", "It's", "'s", "我们将", "e\u0301"]
    text = "".join(rng.choice(leads) + rng.choice(after) + "推进工作。" for _ in range(2000))
    encode = get_encoding(name).encode_ordinary
    spans = span_counter(text, encoding=name)
    starts = [i + 1 for i, ch in enumerate(text) if ch in "\r\n"]
    assert len(starts) > 1000
    for a in starts:
        for b in (a + 3, a + 30):
            assert spans.count(a, b) == len(encode(text[a:b])), (name, text[a - 3 : a + 5])


def test_span_counter_with_an_injected_counter_counts_spans_directly() -> None:
    calls: list[str] = []

    def count(text: str) -> int:
        calls.append(text)
        return len(text)

    spans = span_counter(MIXED, counter=count)
    calls.clear()
    assert spans.count(3, 50) == 47
    assert calls == [MIXED[3:50]]


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_counts_and_estimates_are_bounded_by_length(name: str) -> None:
    text = MIXED * 10 + "𠀀\ud800👍🏽" * 50 + CORPUS[0].read_text(encoding="utf-8")[:5000]
    spans = span_counter(text, encoding=name)
    most = spans.tokens_per_character
    assert most is not None and span_counter(text, counter=len).tokens_per_character is None
    for a, b in _random_spans(text, 300, seed=3):
        assert spans.count(a, b) <= most * (b - a)
        assert spans.estimate(b) - spans.estimate(a) <= most * (b - a) + 1e-9


def test_estimates_are_monotone_and_invert_to_positions() -> None:
    text = CORPUS[0].read_text(encoding="utf-8")[:20000]
    spans = span_counter(text)
    estimates = [spans.estimate(pos) for pos in range(0, len(text), 97)]
    assert estimates == sorted(estimates)
    for tokens_wanted in (0, 100, 1000, 5000):
        pos = spans.position(tokens_wanted)
        assert abs(spans.estimate(pos) - tokens_wanted) < 30


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_a_span_starting_at_a_sentence_mark_is_indexed_from_that_mark(name: str) -> None:
    text = "我们要发展经济。推进建设；坚持改革!继续努力。" * 3
    encode = get_encoding(name).encode_ordinary
    for start in [i for i, ch in enumerate(text) if ch in "。；!"][:6]:
        spans = span_counter(text, start, len(text) - 2, encoding=name)
        assert spans.cuts[0] == start and spans.cuts[1] > start
        assert spans.prefix[-1] == len(encode(text[start : len(text) - 2]))
        for b in range(start, len(text) - 2, 5):
            assert spans.count(start, b) == len(encode(text[start:b]))


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_spans_starting_after_a_run_of_marks_inside_a_piece_are_exact(name: str) -> None:
    """A chunk ending at ``”。`` ends inside a piece, and the next one starts there."""
    rng = random.Random(13)
    before = ["提升", "50%", "工程 ", "\n", "a/", "12", "It", "‘", "e\u0301", "——"]
    runs = ["”。", "。”", "”；", "%;", "!”", "」。", "）。", "）)", "”。”", "。。"]
    after = ["发挥", "我们", "It's", "abc", "e\u0301", "一、", "'s", "“新”"]
    text = "".join(rng.choice(before) + rng.choice(runs) + rng.choice(after) + "推进工作。" for _ in range(2000))
    encode = get_encoding(name).encode_ordinary
    spans = span_counter(text, encoding=name)
    ends = [m.end() for m in re.finditer("|".join(map(re.escape, runs)), text)]
    for b in ends:
        a = max(0, b - 40)
        assert spans.count(a, b) == len(encode(text[a:b])), (name, text[a:b])
        assert spans.count(b, b + 25) == len(encode(text[b : b + 25])), (name, text[b - 4 : b + 6])
