"""Chunking invariants over the whole corpus, plus the edge cases (summarizer.chunking)."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

from summarizer.text.chunking import Chunk, chunk
from summarizer.ingest import Document, load, split_reports
from summarizer.errors import ConfigError
from summarizer.text.structure import iter_sections, parse_sections, section_path_at
from summarizer.text.tokens import SpanCounter, get_encoding, token_counter

CORPUS = sorted((Path(__file__).parent / "fixtures" / "corpus").glob("*.txt"))
BUDGETS = (128, 512, 2048)
count = token_counter()

# Independent of the chunker's own rules: what a reader calls a sentence or line end.
SENTENCE_OR_LINE_END = re.compile(r"(?:[。！？；!?;][”’」』）)\]》〉\"]*|\n)[ \t\u3000]*$")
FIRST_SENTENCE = re.compile(r"[\s。！？；!?;：:]*[^\n。！？；!?;]*(?:[。！？；!?;]|\n|$)")
NUMBER = re.compile(r"\d+(?:\.\d+)?(?:%|亿元)?")
# Letters, marks, digits, spaces, CRLF, astral characters, combining marks and emoji.
MIXTURE = [*"我们的发展经济在则年度工作是", *"。，；！？：、“”（）《》", *"abcXYZ '’/-", *"0123456789.%"]
MIXTURE += ["\n", "\n\n", "\u3000", "\t", "𠀀", "e\u0301", "👍🏽", "\r\n"]

# sha256 (first 16 hex digits) of the corpus's chunks, (start, end, n_tokens, section_path) of
# each, as made at commit aa56abe, before the token counter went public-API only. What the
# counter does to go fast must never change a chunk; a deliberate change of the chunking rules
# shows up here too, and then updates these (after `benchmarks/chunking.py --baseline DIR
# --check` has shown which chunks moved, and why).
CORPUS_CHUNKS = {
    ("str", 128): "ec0602cbfbdbd3b9",
    ("str", 256): "739be0c4a17a8170",
    ("str", 512): "9238a0f7bdaf5c73",
    ("str", 1024): "26c58b579241027c",
    ("str", 2048): "66b137464d29feb6",
    ("str", 4096): "538880f54bbf601a",
    ("Document", 128): "dc765f7a698de079",
    ("Document", 256): "0277d1231fcfa51c",
    ("Document", 512): "1fe7e4ec7ca9314c",
    ("Document", 1024): "62d58fd0fa44c004",
    ("Document", 2048): "9f7b5ee5fe3175a8",
    ("Document", 4096): "6d37e1b4ca0d7c55",
}
RANDOM_CHUNKS = "4bbe51b426ecfa8f"  # of random_runs(), at aa56abe too


@cache
def corpus_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def reports() -> tuple[Document, ...]:
    return tuple(report for path in CORPUS for report in split_reports(load(path)))


def mixture(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(MIXTURE) for _ in range(size))


def as_source(text: str, mode: str) -> str | Document:
    return text if mode == "str" else Document(text=text, start=0, end=len(text))


def chunk_digest(runs: Sequence[Sequence[Chunk]]) -> str:
    found = [[(c.start, c.end, c.n_tokens, c.section_path) for c in chunks] for chunks in runs]
    return hashlib.sha256("".join(map(repr, found)).encode()).hexdigest()[:16]


def random_runs() -> list[list[Chunk]]:
    """Random mixtures as str and as Document, cut at small budgets with and without overlap."""
    rng = random.Random(2024)
    runs = []
    for _ in range(40):
        text = mixture(rng, rng.randrange(1, 3000))
        for budget, overlap in ((16, 0), (64, 0), (64, 8), (300, 0)):
            for mode in ("str", "Document"):
                runs.append(chunk(as_source(text, mode), budget, overlap=overlap))
    return runs


def one_line_text(size: int = 300_000) -> str:
    """The corpus's sentences on a single line, repeated up to ``size`` characters."""
    flat = "".join(corpus_text(path).replace("\n", "") for path in CORPUS)
    return (flat * (size // len(flat) + 1))[:size]


def assert_invariants(source: str, start: int, end: int, chunks: Sequence[Chunk], budget: int) -> None:
    """Budget, exact counts and offsets, and overlap-free chunks that tile ``[start, end)``."""
    assert chunks, "a non-empty span yields chunks"
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert chunks[0].start == start and chunks[-1].end == end
    for before, after in zip(chunks, chunks[1:]):
        assert before.end == after.start
    for c in chunks:
        assert source[c.start : c.end] == c.text
        assert c.n_tokens == count(c.text) <= budget


def badly_ended(chunks: Sequence[Chunk], section_starts: frozenset[int] = frozenset()) -> list[Chunk]:
    """Chunks (but the last, which ends with the text) ending neither at a sentence or line end
    nor at a section start."""
    return [c for c in chunks[:-1] if not (SENTENCE_OR_LINE_END.search(c.text) or c.end in section_starts)]


@pytest.mark.parametrize("budget", BUDGETS)
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_corpus_file_invariants(path: Path, budget: int) -> None:
    text = corpus_text(path)
    chunks = chunk(text, budget)
    assert_invariants(text, 0, len(text), chunks, budget)
    assert len(badly_ended(chunks)) <= max(1, 0.05 * len(chunks))
    assert all(c.section_path == () for c in chunks)


@pytest.mark.parametrize("budget", BUDGETS)
def test_every_report_of_the_split_compilations(budget: int) -> None:
    for doc in reports():
        assert_invariants(doc.text, doc.start, doc.end, chunk(doc, budget), budget)


@pytest.mark.parametrize("budget", BUDGETS)
def test_95_percent_of_chunks_end_at_a_sentence_or_line_end(budget: int) -> None:
    total = bad = 0
    for path in CORPUS:
        chunks = chunk(corpus_text(path), budget)
        total, bad = total + len(chunks), bad + len(badly_ended(chunks))
    for doc in reports():
        chunks = chunk(doc, budget)
        starts = frozenset(s.start for s in iter_sections(parse_sections(doc)))
        total, bad = total + len(chunks), bad + len(badly_ended(chunks, starts))
    assert bad <= 0.05 * total


@pytest.mark.parametrize("budget", BUDGETS)
def test_headings_stay_with_their_first_sentence(budget: int) -> None:
    checked = 0
    for doc in reports():
        cuts = {c.end for c in chunk(doc, budget)}
        for section in iter_sections(parse_sections(doc)):
            first = FIRST_SENTENCE.match(doc.text, section.heading_end, section.end)
            assert first is not None
            zone = doc.text[section.start : first.end()]
            if count(zone) > 0.4 * budget:  # the chunker may not be able to keep these together
                continue
            checked += 1
            inside = [cut for cut in cuts if section.start < cut < first.end()]
            assert not inside, (section.title, zone)
    assert checked > 100


def test_mean_fill_at_2048_is_at_least_90_percent() -> None:
    chunks = [c for path in CORPUS for c in chunk(corpus_text(path), 2048)]
    assert sum(c.n_tokens for c in chunks) / len(chunks) >= 0.9 * 2048


def test_section_paths_name_the_enclosing_headings() -> None:
    doc = load(CORPUS[[p.stem for p in CORPUS].index("wenzhou-drc-2023-h1")])
    chunks = chunk(doc, 256)
    assert any(len(c.section_path) >= 2 for c in chunks)
    for c in chunks:
        if c.section_path:
            assert all(doc.text.find(title) != -1 for title in c.section_path)
            assert doc.text.rfind(c.section_path[-1], 0, c.end) != -1  # the heading comes before


def test_section_paths_are_those_of_the_first_visible_character() -> None:
    for doc in reports():
        sections = parse_sections(doc)
        for c in chunk(doc, 256):
            visible = c.start + len(c.text) - len(c.text.lstrip()) if c.text.strip() else c.start
            assert c.section_path == section_path_at(sections, visible)


@pytest.mark.parametrize("budget", (512, 2048))
def test_one_line_300k_characters(budget: int) -> None:
    text = one_line_text()
    assert "\n" not in text and len(text) == 300_000
    chunks = chunk(text, budget)
    assert_invariants(text, 0, len(text), chunks, budget)
    assert len(badly_ended(chunks)) <= 0.05 * len(chunks)


def test_text_without_any_boundary_is_cut_between_characters_but_never_in_a_number() -> None:
    text = "全年完成地区生产总值305.7亿元同比增长6.5%其中工业增加值12345.67亿元" * 150
    chunks = chunk(text, 64)
    assert_invariants(text, 0, len(text), chunks, 64)
    assert min(c.n_tokens for c in chunks[:-1]) >= 48  # still packed
    numbers = [(m.start(), m.end()) for m in NUMBER.finditer(text)]
    for c in chunks[:-1]:
        assert not any(s < c.end < e for s, e in numbers), text[c.end - 10 : c.end + 10]


def test_text_without_punctuation_is_cut_at_spaces_before_anything_else() -> None:
    text = "the quick brown fox jumps over the lazy dog " * 400
    chunks = chunk(text, 100)
    assert_invariants(text, 0, len(text), chunks, 100)
    assert all(c.text.endswith(" ") for c in chunks)


def test_ascii_thousands_and_times_are_not_clause_boundaries() -> None:
    text = ("收入12,345,678元,会议10:30开始," * 40).strip(",")
    for c in chunk(text, 40)[:-1]:
        assert not (text[c.end - 1] in ",:" and text[c.end].isdigit() and text[c.end - 2].isdigit())


@pytest.mark.parametrize("overlap", (32, 100))
def test_overlap_repeats_whole_sentences_within_the_budget(overlap: int) -> None:
    text = corpus_text(CORPUS[-2])
    chunks = chunk(text, 512, overlap=overlap)
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    overlapping = 0
    for before, after in zip(chunks, chunks[1:]):
        assert text[after.start : after.end] == after.text
        assert after.n_tokens == count(after.text) <= 512
        assert before.start < after.start <= before.end < after.end  # progress, no gaps
        if after.start < before.end:
            overlapping += 1
            assert count(text[after.start : before.end]) <= overlap
            assert SENTENCE_OR_LINE_END.search(text[: after.start]) or text[after.start - 1] in "，、：,:"
    assert overlapping >= 0.8 * (len(chunks) - 1)


def test_injected_counter_is_honoured() -> None:
    text = corpus_text(CORPUS[-1])
    chunks = chunk(text, 100, counter=len)
    assert all(c.n_tokens == len(c.text) <= 100 for c in chunks)
    assert "".join(c.text for c in chunks) == text
    assert sum(len(c.text) for c in chunks) / len(chunks) >= 50  # packed by characters, not tokens
    assert max(c.n_tokens for c in chunks) > count(max((c.text for c in chunks), key=len))


def test_document_chunks_cover_only_the_documents_span() -> None:
    doc = reports()[3]
    chunks = chunk(doc, 512)
    assert chunks[0].start == doc.start and chunks[-1].end == doc.end
    assert all(doc.text[c.start : c.end] == c.text for c in chunks)


def test_small_inputs() -> None:
    assert chunk("", 10) == []
    [only] = chunk("你好。", 10)
    assert (only.start, only.end, only.text, only.n_tokens) == (0, 3, "你好。", count("你好。"))


def test_a_budget_too_small_for_one_character_is_a_config_error() -> None:
    rare = "𠀀"  # one character, several byte-level tokens
    assert count(rare) > 1
    with pytest.raises(ConfigError, match="cannot hold"):
        chunk(rare * 3, 1)


@pytest.mark.parametrize(("budget", "overlap"), [(0, 0), (100, 100), (100, -1)])
def test_bad_budgets_are_config_errors(budget: int, overlap: int) -> None:
    with pytest.raises(ConfigError):
        chunk("文本。", budget, overlap=overlap)


@pytest.mark.parametrize("encoding", ["o200k_base", "cl100k_base"])
def test_random_mixtures_keep_every_invariant(encoding: str) -> None:
    encode = get_encoding(encoding).encode_ordinary
    rng = random.Random(encoding)
    for _ in range(60):
        text = mixture(rng, rng.randrange(1, 2500))
        budget = rng.choice([16, 40, 100, 300])
        overlap = rng.choice([0, 0, budget // 4])
        chunks = chunk(text, budget, overlap=overlap, encoding=encoding)
        assert chunks[0].start == 0 and chunks[-1].end == len(text)
        for before, after in zip(chunks, chunks[1:]):
            assert before.start < after.start <= before.end < after.end
            assert overlap or after.start == before.end
        for c in chunks:
            assert text[c.start : c.end] == c.text
            assert c.n_tokens == len(encode(c.text)) <= budget


@pytest.mark.parametrize("budget", (128, 256, 512, 1024, 2048, 4096))
@pytest.mark.parametrize("mode", ["str", "Document"])
def test_corpus_chunks_are_unchanged(mode: str, budget: int) -> None:
    runs = [chunk(as_source(corpus_text(path), mode), budget) for path in CORPUS]
    assert chunk_digest(runs) == CORPUS_CHUNKS[mode, budget]


def test_random_texts_chunks_are_unchanged() -> None:
    assert chunk_digest(random_runs()) == RANDOM_CHUNKS


def test_chunks_are_those_of_counting_every_span_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The span counter's shortcuts (prefix sums, edge pieces, memos) choose the same chunks as
    encoding every candidate span in full."""
    texts = [corpus_text(path) for path in CORPUS] + [mixture(random.Random(i), 3000) for i in range(10)]
    sources = [as_source(text, mode) for text in texts for mode in ("str", "Document")]
    fast = [chunk(source, 512) for source in sources] + random_runs()
    encode = get_encoding("o200k_base").encode_ordinary
    monkeypatch.setattr(SpanCounter, "count", lambda self, a, b: len(encode(self.text[a:b])))
    direct = [chunk(source, 512) for source in sources] + random_runs()
    assert direct == fast
