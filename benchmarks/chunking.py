"""Chunking speed and quality against peers, and the memory of chunking a large text.

Usage: ``python benchmarks/chunking.py [--repeat 9] [--budgets 512 2048] [--memory-mb 5]
[--baseline DIR]`` (the peers come with the ``bench`` extra: ``pip install -e '.[bench]'``).

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

Memory: the corpus is repeated to ``--memory-mb`` MB of UTF-8 and chunked once under
``tracemalloc``; the peak of what chunking allocates is reported as a multiple of the text's
size in memory (``sys.getsizeof``) and of its UTF-8 size.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from unittest import mock

import tiktoken

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.text.chunking import chunk  # noqa: E402
from summarizer.ingest import Document  # noqa: E402
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


def ours_with_sections(budget: int, chunk: Callable[..., list[Any]] = chunk, document: Any = Document) -> Chunker:
    def run(text: str) -> list[Span]:
        doc = document(text=text, start=0, end=len(text))
        outline.cache_clear()  # each round reads the headings afresh, as a first run does
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
    chunk = importlib.import_module(f"{spec.name}.chunking").chunk
    document = importlib.import_module(f"{spec.name}.documents").Document
    return {
        "baseline (str)": lambda budget: ours(budget, chunk),
        "baseline (Document)": lambda budget: ours_with_sections(budget, chunk, document),
    }


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

    # from_tiktoken_encoder looks the encoding up by name; hand it ours (offline, verified).
    with mock.patch.object(tiktoken, "get_encoding", get_encoding):
        splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
            encoding_name=ENCODING,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--budgets", type=int, nargs="+", default=[512, 2048])
    parser.add_argument("--memory-mb", type=float, default=5.0)
    parser.add_argument("--only", nargs="+", choices=list(CHUNKERS)[1:], help="chunkers to run (default: all)")
    parser.add_argument("--baseline", type=Path, help="a directory holding another summarizer package to compare")
    args = parser.parse_args()
    get_encoding(ENCODING)  # loading the ranks is not part of any timing
    chunkers = {name: CHUNKERS[name] for name in args.only or list(CHUNKERS)[1:]}
    if args.baseline:
        chunkers.update(baseline(args.baseline))
    speed_table(args.budgets, args.repeat, chunkers)
    memory_report(args.memory_mb, max(args.budgets))


if __name__ == "__main__":
    main()
