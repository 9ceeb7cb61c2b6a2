"""Headline-target accuracy of the rules engine against hand labels.

Usage: ``python benchmarks/targets_accuracy.py``

The labels in ``tests/fixtures/labels/*.json`` were typed by hand from each report's main expected
targets passage (主要预期目标) in ``tests/fixtures/corpus/city-reports-2023.txt``. Each label file says
whether the report was used while tuning the rules (``"split": "tuned"``) or kept out of tuning
(``"held_out"``: its output was not looked at until the rules were frozen).

A predicted headline target matches a label when value, value_max, unit, qualifier and canonical
indicator are all equal (each label matches at most once). Kind agreement is reported separately, as
is the share of targets whose evidence is verbatim in the source (``text[start:end] == evidence``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.ingest import Document, load, split_reports  # noqa: E402
from summarizer.engines.rules import extract_notes  # noqa: E402
from summarizer.verify.grounding import ground_notes  # noqa: E402
from summarizer.models import Target  # noqa: E402

LABELS = ROOT / "tests" / "fixtures" / "labels"
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "city-reports-2023.txt"

Key = tuple[str, float, float | None, str, str]


@dataclass(frozen=True)
class ReportScore:
    region: str
    split: str
    labelled: int
    predicted: int
    matched: int
    kind_agree: int
    verbatim: int
    missed: list[Key]
    spurious: list[Key]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _key(canonical: str, value: float, value_max: float | None, unit: str, qualifier: str) -> Key:
    return (canonical, round(value, 6), None if value_max is None else round(value_max, 6), unit, qualifier)


def headline_targets(doc: Document) -> list[Target]:
    """What the rules engine reports as headline targets, after grounding."""
    grounded = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.year)
    return [t for t in grounded.targets if t.headline]


def score_report(doc: Document, label: dict[str, object]) -> ReportScore:
    wanted = label["targets"]
    assert isinstance(wanted, list)
    gold = Counter(
        _key(t["canonical_indicator"], t["value"], t["value_max"], t["unit"], t["qualifier"]) for t in wanted
    )
    gold_kind = {
        _key(t["canonical_indicator"], t["value"], t["value_max"], t["unit"], t["qualifier"]): t["kind"]
        for t in wanted
    }
    got = headline_targets(doc)
    remaining = Counter(gold)
    matched = kind_agree = 0
    spurious: list[Key] = []
    for t in got:
        k = _key(t.canonical_indicator, t.value, t.value_max, t.unit, t.qualifier)
        if remaining[k] > 0:
            remaining[k] -= 1
            matched += 1
            kind_agree += gold_kind[k] == t.kind
        else:
            spurious.append(k)
    verbatim = sum(doc.text[t.evidence.start : t.evidence.end] == t.evidence.text for t in got)
    return ReportScore(
        region=str(label["region"]), split=str(label["split"]), labelled=len(wanted), predicted=len(got),
        matched=matched, kind_agree=kind_agree, verbatim=verbatim,
        missed=list(remaining.elements()), spurious=spurious,
    )


def score_all() -> list[ReportScore]:
    """Score every labelled report of the corpus."""
    reports = {d.region: d for d in split_reports(load(CORPUS))}
    scores = []
    for path in sorted(LABELS.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        scores.append(score_report(reports[label["region"]], label))
    return scores


def pooled(scores: list[ReportScore]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1."""
    m = sum(s.matched for s in scores)
    p = m / max(1, sum(s.predicted for s in scores))
    r = m / max(1, sum(s.labelled for s in scores))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    scores = score_all()
    print(f"{'report':<8} {'split':<9} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'kind':>5}")
    for s in scores:
        print(
            f"{s.region:<8} {s.split:<9} {s.labelled:>4} {s.predicted:>4} "
            f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.kind_agree:>2}/{s.matched:<2}"
        )
        for k in s.missed:
            print(f"    missed   {k}")
        for k in s.spurious:
            print(f"    spurious {k}")
    for split in ("tuned", "held_out"):
        part = [s for s in scores if s.split == split]
        p, r, f = pooled(part)
        names = ", ".join(s.region for s in part)
        print(f"{split:<9} P={p:.3f} R={r:.3f} F1={f:.3f}  ({names})")
    p, r, f = pooled(scores)
    total = sum(s.predicted for s in scores)
    verbatim = sum(s.verbatim for s in scores)
    print(f"overall   P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"verbatim evidence: {verbatim}/{total} = {verbatim / max(1, total):.3f}")


if __name__ == "__main__":
    main()
