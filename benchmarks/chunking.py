"""Chunking speed and quality against peers, and the memory of chunking a large text.

Usage: ``python benchmarks/chunking.py [--repeat 9] [--budgets 512 2048] [--memory-mb 5]
[--baseline DIR [--check]]`` (the peers come with the ``bench`` extra: ``pip install -e '.[bench]'``).

Every file of ``tests/fixtures/corpus`` is chunked, at each budget, by:

- ``summarizer (str)`` - :func:`summarizer.chunk` on the plain text;
- ``summarizer (Document)`` - the same text as a :class:`Document`, the way the pipeline and the
  CLI chunk: section starts, the heading rule and section paths in play, section parsing
  included in the time;
- with ``--baseline DIR``, both again with the ``summarizer`` package found in ``DIR`` (say an
  older commit: ``git archive REV summarizer | tar -x -C DIR``), to compare in one run;
- ``semchunk``, chonkie's ``RecursiveChunker`` (Chinese rules) and langchain's
  ``RecursiveCharacterTextSplitter.from_tiktoken_encoder`` (Chinese separators);
- ``tiktoken pass`` - one plain ``encode_ordinary`` over the same text: the floor.

Every peer gets the same offline ``o200k_base`` encoding. Times are in CPU time of this process
(other processes do not count, but on a small shared machine they still slow it down through
shared caches, so runs vary by 10% or more). Each round runs every chunker and the tiktoken
pass once over the whole corpus, in an order rotated from round to round, each with fresh
chunker objects (no memo carries over), garbage collected before and not during its run (as
timeit does). The table gives the best time of ``--repeat`` rounds and its ratio to the best
tiktoken pass; the spread column gives the lowest, median and highest ratio of a chunker's
time to the tiktoken pass *of the same round*, which cancels load that lasts a round. Quality columns are
computed afterwards with the same encoding: chunks, largest chunk, chunks over the budget, mean
fill, share of chunks (but each file's last) ending at a sentence or line end, and whether every
chunk's offsets give back its text exactly.

``--check`` (with ``--baseline``) runs no timing: it compares the chunks of the two packages,
``(start, end, n_tokens, section_path)`` of every chunk, on every corpus file as a str, as a
Document and as its split reports, at budgets 128 to 4096 with and without overlap (plus cl100k
and an injected counter), and on random texts as a str and as whole and partial Documents; it
lists the first differences and exits with status 1 if there are any.

Memory: the corpus is repeated to ``--memory-mb`` MB of UTF-8 and chunked once under
``tracemalloc``; the peak of what chunking allocates is reported as a multiple of the text's
size in memory (``sys.getsizeof``) and of its UTF-8 size.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import importlib.util
import random
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.text.chunking import chunk  # noqa: E402
from summarizer.ingest import Document, load, split_reports  # noqa: E402
from summarizer.text.structure import outline  # noqa: E402
from summarizer.text.tokens import get_encoding  # noqa: E402

CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))
ENCODING = "o200k_base"
SENTENCE_OR_LINE_END = re.compile(r"(?:[。！？；!?;][”’」』）)\]》〉\"]*|\n)[ \t\u3000]*$")
ZH_SENTENCE_MARKS = ["。", "！", "？", "；", "!", "?", ";"]
ZH_CLAUSE_MARKS = ["，", "、", "：", ",", ":"]

HEADER = (
    "| chunker | time | ÷ tiktoken pass | same-round ratios: min / median / max | chunks | max tokens "
    "| over budget | mean fill | sentence/line end | offsets exact |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
)

Span = tuple[int, int, str]  # start, end, chunk text
Chunker = Callable[[str], list[Span]]


def ours(budget: int, chunk: Callable[..., list[Any]] = chunk) -> Chunker:
    return lambda text: [(c.start, c.end, c.text) for c in chunk(text, budget, encoding=ENCODING)]


def ours_with_sections(
    budget: int,
    chunk: Callable[..., list[Any]] = chunk,
    document: Any = Document,
    forget_outlines: Callable[[], None] = outline.cache_clear,
) -> Chunker:
    def run(text: str) -> list[Span]:
        doc = document(text=text, start=0, end=len(text))
        forget_outlines()  # each round reads the headings afresh, as a first run does
        return [(c.start, c.end, c.text) for c in chunk(doc, budget, encoding=ENCODING)]

    return run


def baseline(directory: Path) -> dict[str, Callable[[int], Chunker]]:
    """Our two rows again, with the ``summarizer`` package in ``directory``."""
    spec = importlib.util.spec_from_file_location(
        "summarizer_baseline", directory / "summarizer" / "__init__.py",
        submodule_search_locations=[str(directory / "summarizer")],
    )  # fmt: skip
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = package
    spec.loader.exec_module(package)
    chunk, document, forget_outlines = baseline_functions(spec.name)
    return {
        "baseline (str)": lambda budget: ours(budget, chunk),
        "baseline (Document)": lambda budget: ours_with_sections(budget, chunk, document, forget_outlines),
    }


def baseline_functions(package: str) -> tuple[Callable[..., list[Any]], Any, Callable[[], None]]:
    """``chunk``, ``Document`` and the outline cache's clear (if it has one) of the imported
    package, in the layout of its time."""
    try:  # since aa56abe: text/ and ingest/
        chunk = importlib.import_module(f"{package}.text.chunking").chunk
        document = importlib.import_module(f"{package}.ingest").Document
        structure = importlib.import_module(f"{package}.text.structure")
    except ModuleNotFoundError:
        chunk = importlib.import_module(f"{package}.chunking").chunk
        document = importlib.import_module(f"{package}.documents").Document
        structure = importlib.import_module(f"{package}.structure")
    return chunk, document, getattr(getattr(structure, "outline", None), "cache_clear", lambda: None)


def semchunk_chunker(budget: int) -> Chunker:
    from semchunk.semchunk import chunkerify  # the package re-exports it without declaring so

    chunker = chunkerify(get_encoding(ENCODING), budget)

    def run(text: str) -> list[Span]:
        # One str with offsets=True gives one list of texts and one of (start, end) pairs.
        texts, offsets = cast(tuple[list[str], list[tuple[int, int]]], chunker(text, offsets=True))
        return [(s, e, t) for t, (s, e) in zip(texts, offsets)]

    return run


def chonkie_chunker(budget: int) -> Chunker:
    from chonkie import RecursiveChunker
    from chonkie.tokenizer import TokenizerProtocol
    from chonkie.types import RecursiveLevel, RecursiveRules

    rules = RecursiveRules(
        levels=[
            RecursiveLevel(delimiters=["\n"]),
            RecursiveLevel(delimiters=ZH_SENTENCE_MARKS),
            RecursiveLevel(delimiters=ZH_CLAUSE_MARKS),
            RecursiveLevel(),
        ]
    )
    # chonkie recognises a tiktoken Encoding at run time (its protocol names a tokenize method
    # that Encoding lacks, and that chonkie's tiktoken adapter supplies).
    encoding = cast(TokenizerProtocol, get_encoding(ENCODING))
    chunker = RecursiveChunker(tokenizer=encoding, chunk_size=budget, rules=rules)
    return lambda text: [(c.start_index, c.end_index, c.text) for c in chunker.chunk(text)]


def langchain_chunker(budget: int) -> Chunker:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    # What from_tiktoken_encoder sets up, with our (offline, verified) encoding instead of one it
    # would look up by name.
    encode = get_encoding(ENCODING).encode_ordinary
    splitter = RecursiveCharacterTextSplitter(
        length_function=lambda text: len(encode(text)),
        chunk_size=budget,
        chunk_overlap=0,
        separators=["\n\n", "\n", *ZH_SENTENCE_MARKS, *ZH_CLAUSE_MARKS, ""],
        keep_separator="end",
        add_start_index=True,
    )

    def run(text: str) -> list[Span]:
        docs = splitter.create_documents([text])
        spans = [(d.metadata["start_index"], d.page_content) for d in docs]
        return [(s, s + len(t), t) for s, t in spans]

    return run


def tiktoken_pass(budget: int) -> Chunker:
    encode = get_encoding(ENCODING).encode_ordinary

    def run(text: str) -> list[Span]:
        encode(text)
        return []

    return run


CHUNKERS: dict[str, Callable[[int], Chunker]] = {
    "tiktoken pass": tiktoken_pass,
    "summarizer (str)": ours,
    "summarizer (Document)": ours_with_sections,
    "semchunk": semchunk_chunker,
    "chonkie Recursive": chonkie_chunker,
    "langchain Recursive": langchain_chunker,
}


@dataclass
class Timing:
    seconds: list[float]  # one per round
    outputs: list[list[Span]]  # of the last round


def timings(
    makers: dict[str, Callable[[int], Chunker]], budget: int, texts: Sequence[str], repeat: int
) -> dict[str, Timing]:
    """Every chunker's time in each round; rounds interleave the chunkers, in a rotating order."""
    found = {name: Timing([], []) for name in makers}
    names = list(makers)
    for round_ in range(repeat):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            run = makers[name](budget)  # fresh objects: no memo carries over from the previous run
            gc.collect()  # as timeit does: no collection of someone else's garbage mid-run
            gc.disable()
            try:
                started = time.process_time()
                found[name].outputs = [run(text) for text in texts]
                found[name].seconds.append(time.process_time() - started)
            finally:
                gc.enable()
    return found


def spread(timing: Timing, floor: Timing) -> str:
    """Lowest, median and highest ratio to the tiktoken pass of the same round."""
    ratios = sorted(ours / theirs for ours, theirs in zip(timing.seconds, floor.seconds))
    return f"{ratios[0]:.2f} / {statistics.median(ratios):.2f} / {ratios[-1]:.2f}"


def quality(outputs: list[list[Span]], texts: Sequence[str], budget: int) -> str:
    count = get_encoding(ENCODING).encode_ordinary
    spans = [span for out in outputs for span in out]
    if not spans:
        return "| - | - | - | - | - | - |"
    sizes = [len(count(t)) for _, _, t in spans]
    inner = [t for out in outputs for _, _, t in out[:-1]]
    ended = sum(1 for t in inner if SENTENCE_OR_LINE_END.search(t)) / max(1, len(inner))
    exact = all(text[s:e] == t for text, out in zip(texts, outputs) for s, e, t in out)
    over = sum(1 for n in sizes if n > budget)
    fill = sum(sizes) / len(sizes) / budget
    return f"| {len(spans)} | {max(sizes)} | {over} | {fill:.1%} | {ended:.1%} | {'yes' if exact else 'NO'} |"


def speed_table(
    budgets: Sequence[int], repeat: int, chunkers: dict[str, Callable[[int], Chunker]]
) -> None:
    texts = [path.read_text(encoding="utf-8") for path in CORPUS]
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"corpus: {len(texts)} files, {size / 1e6:.2f} MB UTF-8, best of {repeat} rounds\n")
    for budget in budgets:
        print(f"### budget {budget} tokens\n")
        print(HEADER)
        makers: dict[str, Callable[[int], Chunker]] = {"tiktoken pass": tiktoken_pass}
        for name, make in chunkers.items():
            try:
                make(budget)
                makers[name] = make
            except ImportError as exc:
                print(f"| {name} | not installed ({exc.name}) |")
        results = timings(makers, budget, texts, repeat)
        floor = results["tiktoken pass"]
        for name, timing in results.items():
            best = min(timing.seconds)
            print(
                f"| {name} | {best * 1000:.1f} ms | {best / min(floor.seconds):.2f} | {spread(timing, floor)} "
                + quality(timing.outputs, texts, budget)
            )
        print()


def memory_report(megabytes: float, budget: int) -> None:
    corpus = "".join(path.read_text(encoding="utf-8") for path in CORPUS)
    utf8 = len(corpus.encode("utf-8"))
    text = corpus * max(1, round(megabytes * 1e6 / utf8))
    in_memory, utf8 = sys.getsizeof(text), len(text.encode("utf-8"))
    encode = get_encoding(ENCODING).encode_ordinary
    started = time.perf_counter()
    encode(text)
    floor = time.perf_counter() - started
    started = time.perf_counter()
    chunks = chunk(text, budget)
    seconds = time.perf_counter() - started
    del chunks
    tracemalloc.start()
    chunks = chunk(text, budget)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"### memory: {utf8 / 1e6:.1f} MB of UTF-8 text ({len(text):,} characters, "
          f"{in_memory / 1e6:.1f} MB as str), budget {budget}\n")  # fmt: skip
    print(f"- time {seconds:.2f} s = {seconds / floor:.2f} × one tiktoken pass ({floor:.2f} s), {len(chunks)} chunks")
    print(f"- peak allocated while chunking: {peak / 1e6:.1f} MB = {peak / in_memory:.2f} × the str, "
          f"{peak / utf8:.2f} × its UTF-8")  # fmt: skip
    print("  (the chunks' own texts, one copy of the text, are part of that peak)")


CHECK_BUDGETS = (128, 256, 512, 1024, 2048, 4096)
# Random texts: corpus sentences, headings of every level, marks, digits, Latin, spaces, CRLF,
# astral characters, combining marks and emoji, in random order.
FUZZ_PARTS = [
    *"我们的发展经济在则年度工作是", *"。，；！？：、“”（）《》", *"abcXYZ '’/-", *"0123456789.%",
    "\n", "\n\n", "\u3000", "\t", "𠀀", "e\u0301", "👍🏽", "\r\n", "”。", "$j",
    "\n一、", "\n（二）", "\n(三)", "\n1.", "\n2、", "\n（1）", "\n一是", "\n——", "\n2023年工作安排\n",
]


@dataclass(frozen=True)
class Case:
    """One call of ``chunk``: on ``text`` (a str) or on a Document of ``text[start:end]``."""

    label: str
    text: str
    budget: int
    span: tuple[int, int] | None = None  # a Document of this span; None: the str itself
    options: dict[str, Any] = field(default_factory=dict)

    def run(self, chunk: Callable[..., list[Any]], document: Any) -> list[Any]:
        """``(start, end, n_tokens, section_path)`` of every chunk, or the error raised."""
        source = self.text if self.span is None else document(text=self.text, start=self.span[0], end=self.span[1])
        try:
            return [(c.start, c.end, c.n_tokens, c.section_path) for c in chunk(source, self.budget, **self.options)]
        except Exception as exc:  # the same error on both sides is the same outcome
            return [repr(exc)]


def check_cases(fuzzed: int = 300) -> Iterator[Case]:
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        for budget in CHECK_BUDGETS:
            for overlap in (0, 64):
                options = {"overlap": overlap}
                yield Case(f"{path.stem} str {budget}/{overlap}", text, budget, None, options)
                yield Case(f"{path.stem} Document {budget}/{overlap}", text, budget, (0, len(text)), options)
        for report in split_reports(load(path)):
            for budget in (128, 512, 2048):
                yield Case(f"{path.stem} report at {report.start} {budget}", text, budget, (report.start, report.end))
        yield Case(f"{path.stem} cl100k 512", text, 512, None, {"encoding": "cl100k_base"})
        yield Case(f"{path.stem} Document cl100k 512", text, 512, (0, len(text)), {"encoding": "cl100k_base"})
        yield Case(f"{path.stem} injected counter 512", text, 512, None, {"counter": len})
    rng = random.Random(10)
    sentences = [s for path in CORPUS for s in re.findall(r"[^。\n]*[。\n]", path.read_text(encoding="utf-8"))]
    for i in range(fuzzed):
        parts = [rng.choice(sentences) if rng.random() < 0.3 else rng.choice(FUZZ_PARTS) for _ in range(rng.randrange(1, 800))]
        text = "".join(parts)
        a = rng.randrange(len(text))
        b = rng.randrange(a, len(text) + 1)
        for budget in (16, 64, 512):
            for overlap in (0, 8):
                options = {"overlap": overlap, "encoding": rng.choice(["o200k_base", "o200k_base", "cl100k_base"])}
                for span in (None, (0, len(text)), (a, b)):
                    yield Case(f"random text {i} {span} {budget}/{overlap}", text, budget, span, options)


def run_check(directory: Path) -> bool:
    """Whether ``summarizer`` here and the one in ``directory`` chunk every case alike."""
    baseline(directory)  # imports it as summarizer_baseline
    their_chunk, their_document, _ = baseline_functions("summarizer_baseline")
    cases = chunks = 0
    differing: list[str] = []
    digest = hashlib.sha256()
    for case in check_cases():
        before, after = case.run(their_chunk, their_document), case.run(chunk, Document)
        cases, chunks = cases + 1, chunks + len(after)
        digest.update(repr(after).encode())
        if before != after:
            first = next((i for i, (x, y) in enumerate(zip(before, after)) if x != y), min(len(before), len(after)))
            differing.append(f"{case.label}: chunk {first}: {before[first : first + 1]} -> {after[first : first + 1]}")
    print(f"check: {cases} cases, {chunks} chunks, {len(differing)} cases differ (digest {digest.hexdigest()[:16]})")
    for line in differing[:20]:
        print("  " + line)
    return not differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--budgets", type=int, nargs="+", default=[512, 2048])
    parser.add_argument("--memory-mb", type=float, default=5.0)
    parser.add_argument("--only", nargs="+", choices=list(CHUNKERS)[1:], help="chunkers to run (default: all)")
    parser.add_argument("--baseline", type=Path, help="a directory holding another summarizer package to compare")
    parser.add_argument("--check", action="store_true", help="with --baseline: compare chunks instead of timing")
    args = parser.parse_args()
    if args.check:
        if not args.baseline:
            parser.error("--check needs --baseline")
        sys.exit(0 if run_check(args.baseline) else 1)
    get_encoding(ENCODING)  # loading the ranks is not part of any timing
    chunkers = {name: CHUNKERS[name] for name in args.only or list(CHUNKERS)[1:]}
    if args.baseline:
        chunkers.update(baseline(args.baseline))
    speed_table(args.budgets, args.repeat, chunkers)
    memory_report(args.memory_mb, max(args.budgets))


if __name__ == "__main__":
    main()
