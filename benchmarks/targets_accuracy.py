"""Accuracy of the rules engine's targets and results against hand labels.

Usage: ``python benchmarks/targets_accuracy.py [--extra DIR ...] [--misses]``

Runs the rules engine on the bundled texts (``examples/data/*.txt``) and on every ``NAME.txt`` of
each ``--extra`` directory that has a ``NAME.labels.json`` beside it (e.g. ``/work/data/heldout/dev``),
and scores it with :mod:`summarizer.evaluate` against the label files (the shared label-file format:
``examples/labels/*.labels.json`` for the bundled texts). One table per label-file kind (city,
drc_plan, ...): targets and results, loose and strict, overall, per passage type and for headline
passages (the year's 主要预期目标) versus the rest; then region and year per report.

It keeps the older headline check too: the headline targets the engine reports for the 16 city
reports against ``tests/fixtures/labels/*.json`` (typed from each 主要预期目标 passage, split into
reports used while tuning the rules and reports held out), matched on canonical indicator, value,
value_max, unit and qualifier. Its F1 must stay 1.000: the script exits 1 when it does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import summarizer  # noqa: E402
from summarizer.evaluate import (  # noqa: E402
    LabelFile,
    check_label_text,
    evaluate,
    format_table,
    load_label_file,
)

DATA = ROOT / "examples" / "data"
LABELS = ROOT / "examples" / "labels"
HEADLINE_LABELS = ROOT / "tests" / "fixtures" / "labels"
CITY = DATA / "city-reports-2023.txt"

Key = tuple[str, float, float | None, str, str]


def _key(canonical: str, value: float, value_max: float | None, unit: str, qualifier: str) -> Key:
    return (canonical, round(value, 6), None if value_max is None else round(value_max, 6), unit, qualifier)


def pairs(directory: Path, labels: Path | None = None) -> list[tuple[Path, Path]]:
    """(text, label file) pairs: NAME.txt with NAME.labels.json in ``labels`` (default: beside it)."""
    out = []
    for text in sorted(directory.glob("*.txt")):
        label = (labels or directory) / f"{text.stem}.labels.json"
        if label.is_file():
            out.append((text, label))
    return out


def run(pairs_: list[tuple[Path, Path]]) -> tuple[list[summarizer.ReportSummary], list[LabelFile]]:
    """Summarise each text with the rules engine and read its labels (checked against the text)."""
    summaries: list[summarizer.ReportSummary] = []
    files: list[LabelFile] = []
    for text, label in pairs_:
        lf = load_label_file(label)
        problems = check_label_text(lf, summarizer.load(text).text)
        if problems:
            raise SystemExit(f"{label}: " + "; ".join(problems[:3]))
        summaries += summarizer.summarize(text, engine="rules")
        files.append(lf)
    return summaries, files


@dataclass(frozen=True)
class ReportScore:
    """The older check for one report: its headline targets against tests/fixtures/labels."""

    region: str
    split: str
    labelled: int
    predicted: int
    matched: int
    verbatim: int
    missed: list[Key]
    spurious: list[Key]


def score_all(summaries: list[summarizer.ReportSummary] | None = None) -> list[ReportScore]:
    """Score the headline targets of each city report (the rules engine's when none are given)."""
    if summaries is None:
        summaries = summarizer.summarize(CITY, engine="rules")
    text = summarizer.load(CITY).text
    by_region = {s.region: s for s in summaries if s.source.path and Path(s.source.path).name == CITY.name}
    scores = []
    for path in sorted(HEADLINE_LABELS.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        remaining = Counter(
            _key(t["canonical_indicator"], t["value"], t["value_max"], t["unit"], t["qualifier"])
            for t in label["targets"]
        )
        got = [t for t in by_region[label["region"]].targets if t.headline]
        spurious = []
        for t in got:
            k = _key(t.canonical_indicator, t.value, t.value_max, t.unit, t.qualifier)
            if remaining[k] > 0:
                remaining[k] -= 1
            else:
                spurious.append(k)
        missed = list(remaining.elements())
        verbatim = sum(text[t.evidence.start : t.evidence.end] == t.evidence.text for t in got)
        scores.append(
            ReportScore(
                region=label["region"], split=label["split"], labelled=len(label["targets"]),
                predicted=len(got), matched=len(got) - len(spurious), verbatim=verbatim,
                missed=missed, spurious=spurious,
            )
        )
    return scores


def pooled(scores: list[ReportScore]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1."""
    m = sum(s.matched for s in scores)
    p = m / max(1, sum(s.predicted for s in scores))
    r = m / max(1, sum(s.labelled for s in scores))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def headline_check(summaries: list[summarizer.ReportSummary]) -> float:
    """Print the older check per split and overall; returns the overall F1."""
    scores = score_all(summaries)
    for s in scores:
        for k in s.missed:
            print(f"    {s.region} missed   {k}")
        for k in s.spurious:
            print(f"    {s.region} spurious {k}")
    for split in ("tuned", "held_out"):
        p, r, f = pooled([s for s in scores if s.split == split])
        print(f"  {split:<9} P={p:.3f} R={r:.3f} F1={f:.3f}")
    p, r, f = pooled(scores)
    verbatim, total = sum(s.verbatim for s in scores), sum(s.predicted for s in scores)
    print(f"  overall   P={p:.3f} R={r:.3f} F1={f:.3f}; verbatim evidence {verbatim}/{total}")
    return f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extra", action="append", default=[], type=Path, metavar="DIR",
                    help="a directory of NAME.txt + NAME.labels.json pairs (repeatable)")
    ap.add_argument("--misses", action="store_true", help="list missed labels and unmatched predictions")
    args = ap.parse_args(argv)

    summaries, files = run(pairs(DATA, LABELS))
    sets = [("bundled", summaries, files)]
    for directory in args.extra:
        found = pairs(directory)
        if not found:
            print(f"(no NAME.txt + NAME.labels.json pairs in {directory})")
            continue
        sets.append((str(directory), *run(found)))

    for name, preds, lfs in sets:
        for kind in sorted({lf.kind for lf in lfs}):
            chosen = [lf for lf in lfs if lf.kind == kind]
            ev = evaluate(preds, chosen)
            sources = ", ".join(lf.source for lf in chosen)
            print(f"\n== {name}: kind={kind} ({sources})")
            print(format_table(ev))
            if args.misses:
                for m in ev.misses:
                    tag = "spurious" if m.spurious else "missed  "
                    print(f"    {tag} {m.item_type:<6} {m.indicator} {m.value} {m.unit} {m.change} « {m.text} »")

    print("\n== headline targets of the 16 city reports (tests/fixtures/labels, older check)")
    f1 = headline_check(summaries)
    return 0 if f1 == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
