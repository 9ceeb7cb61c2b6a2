"""How well the PDF reader puts wrapped lines back together, on PDFs made from the bundled reports.

Usage: ``python benchmarks/pdf_joining.py [--code DIR] [--files NAME ...]``

Each report file in ``tests/fixtures/corpus/`` is typeset with reportlab (``tests/typeset_pdf.py``:
its built-in CID font STSong-Light, no font file needed) in two layouts - ragged-right and
justified - on A4 pages with a 2-em first-line indent, marks hanging in the right margin, a
running header and a ``— N —`` page number, then read back with ``summarizer.load``. The
source's lines are the paragraphs the reader should give back.

For every line break in the extracted text, the script finds where it falls in the source (the
two agree character for character once white space is ignored; the script checks it):

* **inside a sentence**: a break inside a source paragraph whose previous character ends no
  sentence (``地方财政收入增长⏎6%左右``) - the issue's measure, as a share of all breaks;
* **inside a paragraph**: any break inside a source paragraph (also after a ``。``);
* **paragraphs run together**: a source paragraph end with no break in the output;
* **furniture kept**: running headers and page numbers that reached the text.

It also compares the rules engine's targets on the PDF with those on the text file
(canonical indicator, value, qualifier, year, headline flag): a break inside the headline
targets passage ends it early, and the targets after the break lose their headline flag.

``--code DIR`` measures the summarizer package of another checkout (e.g. the main branch) with
this same script, for before/after figures.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from typeset_pdf import HEADER, typeset  # noqa: E402
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
_SENTENCE_END = "。！？；：!?;:"
_CLOSING = "”’」』）)"
_PAGE_NUMBER = re.compile(r"— \d+ —")


@dataclass(frozen=True)
class Score:
    breaks: int = 0
    inside_sentence: int = 0
    inside_paragraph: int = 0
    run_together: int = 0
    paragraph_ends: int = 0
    furniture: int = 0
    mismatched: int = 0  # files whose extracted characters differ from the source's
    targets: int = 0
    targets_kept: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values())))


def _dense(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def _ends_sentence(before: str) -> bool:
    return before.rstrip(_CLOSING)[-1:] in _SENTENCE_END


def score_breaks(source: str, extracted: str) -> Score:
    """Where the extracted text's line breaks fall in the source's paragraphs."""
    paragraphs = [_dense(line) for line in source.splitlines() if line.strip()]
    dense = "".join(paragraphs)
    ends, position = set(), 0
    for paragraph in paragraphs[:-1]:
        position += len(paragraph)
        ends.add(position)
    furniture = sum(line.strip() == HEADER or _PAGE_NUMBER.fullmatch(line.strip()) is not None for line in extracted.splitlines())
    breaks, position = [], 0
    for ch in extracted:
        if ch == "\n":
            breaks.append(position)
        elif not ch.isspace():
            position += 1
    got = _dense(extracted)
    if got != dense:  # glyphs the font lacks (·) or furniture: map positions past them
        to_source = _positions(got, dense)
        breaks = [to_source[p - 1] + 1 if p else 0 for p in breaks]  # just after the character before
    inside = [p for p in breaks if p not in ends]
    return Score(
        breaks=len(breaks),
        inside_sentence=sum(not _ends_sentence(dense[:p]) for p in inside),
        inside_paragraph=len(inside),
        run_together=len(ends - set(breaks)),
        paragraph_ends=len(ends),
        furniture=furniture,
        mismatched=int(got != dense),
    )


def _positions(got: str, source: str) -> list[int]:
    """For each character of ``got``, its position in ``source``. ``got``
    is ``source`` less some characters (glyphs the font lacks, such as ·), so a walk finds them."""
    mapping, j = [], 0
    for char in got:
        while j < len(source) and source[j] != char:
            j += 1
        mapping.append(j)
        j += 1
    return mapping


def score_targets(summarizer: object, source: str, pdf: bytes) -> Score:
    """Targets of the rules engine on the text that the PDF still gives, headline flags included."""

    def keys(doc_source: object) -> Counter[tuple[object, ...]]:
        reports = summarizer.summarize(doc_source, engine="rules")  # type: ignore[attr-defined]
        return Counter(
            (r.region, t.canonical_indicator, t.value, t.value_max, t.qualifier, t.year, t.headline)
            for r in reports
            for t in r.targets
        )

    expected = keys(source)  # a str of many lines is text, in every version of load
    found = keys(pdf)
    return Score(targets=sum(expected.values()), targets_kept=sum((expected & found).values()))


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "0/0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose summarizer package to measure")
    parser.add_argument("--files", nargs="*", default=None, help="corpus file names (default: all)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    import summarizer

    files = [CORPUS / name for name in args.files] if args.files else sorted(CORPUS.glob("*.txt"))
    print(f"code: {Path(summarizer.__file__).parent}")
    for layout in ("ragged", "justified"):
        total = Score()
        started = time.perf_counter()
        for path in files:
            source = path.read_text("utf-8")
            pdf = typeset(source, layout)
            extracted = summarizer.load(pdf).text
            score = score_breaks(source, extracted) + score_targets(summarizer, source, pdf)
            total += score
            print(
                f"  {layout:9} {path.name:34} breaks inside sentences {_share(score.inside_sentence, score.breaks)}, "
                f"run together {score.run_together}, targets kept {_share(score.targets_kept, score.targets)}"
                + (" (characters differ from the source)" if score.mismatched else "")
            )
        print(
            f"{layout}: breaks inside sentences {_share(total.inside_sentence, total.breaks)}; "
            f"inside paragraphs {_share(total.inside_paragraph, total.breaks)}; "
            f"paragraphs run together {_share(total.run_together, total.paragraph_ends)}; "
            f"furniture kept {total.furniture}; files whose characters differ {total.mismatched}; "
            f"rules targets kept {_share(total.targets_kept, total.targets)} "
            f"({time.perf_counter() - started:.0f} s)"
        )


if __name__ == "__main__":
    main()
