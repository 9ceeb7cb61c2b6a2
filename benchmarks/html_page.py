"""The evidence page (``render_html``): its weight, and how fast a browser opens it.

Usage: ``python benchmarks/html_page.py [--rounds 9]``

Three pages of the bundled compilation (rules engine):

- one city's page (彬州市, 11,804 characters);
- five city reports taken as one report of about 73,000 characters, with all their items and each
  result also dropped once (a warning carrying its quote): the issue's "60,000-character report
  with hundreds of items";
- the whole compilation on one page (16 reports, 237,601 characters).

Printed for each: the page's bytes ÷ its source text's bytes (target ≤ 3), spans and items;
``render_html`` time ÷ ``render_json`` time for the same summaries (best of 5, same process);
and, when Debian's ``chromium`` is installed, the time to load and lay out the page ÷ the time for
the same text in a bare ``<pre>`` page (median of interleaved rounds; each is
``performance.now()`` after a forced layout at the load event, read back with ``--dump-dom``).
"""

from __future__ import annotations

import argparse
import html
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import summarizer  # noqa: E402
from summarizer.models import ReportSummary, SourceSpan, SummaryWarning  # noqa: E402

COMPILATION = ROOT / "tests" / "fixtures" / "corpus" / "city-reports-2023.txt"
_TIMER = (
    "<script>addEventListener('load', () => { document.body.offsetHeight;"
    " document.title = 'T' + performance.now().toFixed(1); });</script>"
)


def as_one_report(parts: list[ReportSummary]) -> ReportSummary:
    """Several reports' items as one report spanning them all; each result also dropped once."""
    lists = ("overview_evidence", "targets", "results", "qualitative_targets", "priorities")
    dropped = [
        SummaryWarning(code="number_not_in_evidence", message=f"result {r.indicator}: number not in its "
                       f"evidence {r.evidence.text!r}", start=r.evidence.start, end=r.evidence.end, evidence=r.evidence)
        for s in parts for r in s.results
    ]  # fmt: skip
    span = SourceSpan(path=parts[0].source.path, start=parts[0].source.start, end=parts[-1].source.end)
    merged = {name: [item for s in parts for item in getattr(s, name)] for name in lists}
    return parts[0].model_copy(update={"source": span, "warnings": dropped, **merged})


def best_time(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def load_ms(chromium: str, page: Path, profile: Path) -> float:
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
               "--dump-dom", page.as_uri()]  # fmt: skip
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120).stdout
    start = dom.index("<title>T") + len("<title>T")
    return float(dom[start : dom.index("</title>", start)])


def browser_ratio(chromium: str, page: str, source: str, rounds: int, work: Path) -> tuple[float, float, float]:
    """Median load time of the page and of the bare text (ms), and their ratio."""
    timed = work / "page.html"
    timed.write_text(page.replace("</body>", _TIMER + "</body>"), encoding="utf-8")
    bare = work / "bare.html"
    bare.write_text(
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>bare</title></head>'
        f"<body><pre style=\"white-space: pre-wrap\">{html.escape(source)}</pre>{_TIMER}</body></html>",
        encoding="utf-8",
    )
    page_ms, bare_ms = [], []
    for _ in range(rounds):  # interleaved, so both see the same load on the shared machine
        page_ms.append(load_ms(chromium, timed, work / "profile"))
        bare_ms.append(load_ms(chromium, bare, work / "profile"))
    a, b = statistics.median(page_ms), statistics.median(bare_ms)
    return a, b, a / b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9, help="browser loads of each page (interleaved)")
    args = parser.parse_args()
    doc = summarizer.load(COMPILATION)
    summaries = summarizer.summarize(doc, engine="rules")
    cases = [
        ("one city (彬州市)", [summaries[0]]),
        ("five cities as one report", [as_one_report(summaries[:5])]),
        ("the compilation, one page", summaries),
    ]
    chromium = shutil.which("chromium")
    print("| page | source chars | items | spans | page ÷ source bytes | render_html ÷ render_json | "
          "browser load ÷ bare text (median ms) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, group in cases:
            source = doc.text[group[0].source.start : group[-1].source.end]
            page = summarizer.render_html(group, doc)
            items = sum(len(s.targets) + len(s.results) + len(s.qualitative_targets) + len(s.priorities)
                        + len(s.overview_evidence) + len(s.warnings) for s in group)  # fmt: skip
            speed = best_time(lambda: summarizer.render_html(group, doc)) / best_time(
                lambda: summarizer.render_json(group)
            )
            browser = "– (no chromium)"
            if chromium:
                a, b, ratio = browser_ratio(chromium, page, source, args.rounds, Path(tmp))
                browser = f"{ratio:.2f} ({a:.0f} / {b:.0f})"
            weight = len(page.encode()) / len(source.encode())
            print(f"| {name} | {len(source):,} | {items} | {page.count('<span ')} | {weight:.2f} | "
                  f"{speed:.2f} | {browser} |")  # fmt: skip


if __name__ == "__main__":
    main()
