"""The rules engine on held-out labelled sets, all sets and kinds pooled into one table.

Usage: ``python benchmarks/heldout.py DIR [DIR ...] [--misses]``

Each DIR holds ``NAME.txt`` + ``NAME.labels.json`` pairs, collected and labelled as
``benchmarks/labels/COLLECTING.md`` says (third-party text, so the sets live outside the
repository). It prints, loose match (``benchmarks/targets_accuracy.py``'s scoring): targets and
results precision / recall (n labelled), the headline passages apart, each script apart, and region,
year and both right per report. ``--misses`` lists every missed label and unmatched prediction (``*`` after
the tag when it is in a headline passage), and every report whose region or year is wrong, with its
source file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.targets_accuracy import pairs, run  # noqa: E402
from summarizer.evaluate import Counts, Evaluation, evaluate  # noqa: E402


def _pr(c: Counts) -> str:
    return f"P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} ({c.labelled} labelled, {c.predicted} predicted)"


def report(ev: Evaluation) -> str:
    """The pooled lines: targets, results, headline and per script; region and year."""
    lines = []
    for kind in ("target", "result"):
        lines.append(f"{kind}s  all         {_pr(ev.counts(kind))}")
        lines.append(f"{kind}s  headline    {_pr(ev.counts(kind, 'loose', 'headline', 'headline'))}")
        lines.append(f"{kind}s  other       {_pr(ev.counts(kind, 'loose', 'headline', 'other'))}")
        for script in ("simplified", "traditional"):
            c = ev.counts(kind, "loose", "script", script)
            if c.labelled or c.predicted:
                lines.append(f"{kind}s  {script:<11} {_pr(c)}")
    n = len(ev.reports)
    region = sum(c.region_ok for c in ev.reports)
    year = sum(c.year_ok for c in ev.reports)
    both = sum(c.region_ok and c.year_ok for c in ev.reports)
    lines.append(f"reports {n}: region {region}/{n}, year {year}/{n}, both {both}/{n}")
    return "\n".join(lines)


def misses(ev: Evaluation) -> str:
    """Every miss and spurious item, then every report with a wrong region or year."""
    lines = []
    for m in sorted(ev.misses, key=lambda m: (m.source, m.passage_start, m.spurious)):
        tag = ("spurious" if m.spurious else "missed  ") + ("*" if m.headline else " ")  # (* in a headline passage)
        change = "" if m.change is None else f" {m.change:+g}"
        lines.append(f"{m.source}: {tag} {m.item_type:<6} {m.indicator} {m.value} {m.unit}{change} « {m.text} »")
    for c in ev.reports:
        if not (c.region_ok and c.year_ok):
            lines.append(f"{c.source}: report {c.region} {c.year} → {c.predicted_region} {c.predicted_year}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path, metavar="DIR")
    ap.add_argument("--misses", action="store_true", help="list misses, spurious items and wrong reports")
    args = ap.parse_args(argv)
    found = [pair for d in args.dirs for pair in pairs(d)]
    if not found:
        print("no NAME.txt + NAME.labels.json pairs in the given directories", file=sys.stderr)
        return 2
    summaries, files = run(found)
    ev = evaluate(summaries, files)
    print(f"{len(files)} files in {len(args.dirs)} sets")
    print(report(ev))
    if args.misses:
        print(misses(ev))
    return 0


if __name__ == "__main__":
    sys.exit(main())
