"""The README's quick start, runnable as is: summarise a report with the rules engine (no key needed)."""

from pathlib import Path

import summarizer

report = Path(__file__).parent / "data" / "wenzhou-drc-2023-h1.txt"
summaries = summarizer.summarize(report, engine="rules")  # engine="llm" with OPENAI_API_KEY etc. set

for s in summaries:
    print(s.region, s.year, s.doc_type, f"{len(s.targets)} targets")
    for t in s.targets[:5]:
        print(f"  {t.canonical_indicator}: {t.value}{t.unit}{t.qualifier}  « {t.evidence.text} »")
    print(summarizer.render_markdown(s)[:300])
