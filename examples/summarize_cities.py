"""Summarise every report of a compilation: one summary per city, and a cross-city comparison.

    python examples/summarize_cities.py --engine rules -o out/          # no API key needed
    python examples/summarize_cities.py --provider deepseek -o out/     # with DEEPSEEK_API_KEY set

Writes, under the output folder:
    cities/<region>.md, cities/<region>.json   one readable summary per city
    cities/<region>.html                        the summary beside the report, every figure
                                                highlighted in its source text
    index.html                                  the cities and their headline targets, each
                                                linking to its page, with the GDP chart
    targets.csv                                 every target of every city
    comparison.md                               headline targets side by side, with their spread
    gdp_targets.svg (and .png with a CJK font)  each city's GDP growth target

Progress and totals go to stderr; the list of files written goes to stdout.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))  # so `compare` imports when run as a script

import summarizer  # noqa: E402
from compare import city_name, comparison_markdown, gdp_chart  # noqa: E402
from summarizer.pipeline import llm_config  # noqa: E402

DEFAULT_INPUT = Path(__file__).resolve().parent / "data" / "city-reports-2023.txt"


def _safe_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_") or "report"


def write_outputs(
    summaries: list[summarizer.ReportSummary], out: Path, source: summarizer.Document
) -> list[Path]:
    """Every output file; ``source`` is the loaded input, the text the HTML pages show."""
    cities = out / "cities"
    cities.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    seen: set[str] = set()
    pages: list[str] = []
    for i, s in enumerate(summaries):
        stem = _safe_name(city_name(s, i))
        if stem in seen:  # two reports of one region (e.g. different years) must not overwrite
            stem = f"{stem}-{i + 1}"
        seen.add(stem)
        # The JSON has the shape `summarizer summarize -o DIR/` writes: {"reports": [one]}.
        for suffix, text in (
            (".md", summarizer.render_markdown(s)),
            (".json", summarizer.render_json([s])),
            (".html", summarizer.render_html([s], source)),
        ):
            path = cities / f"{stem}{suffix}"
            path.write_text(text, encoding="utf-8")
            written.append(path)
        pages.append(f"cities/{stem}.html")
    csv_path = out / "targets.csv"
    csv_path.write_text(summarizer.targets_csv(summaries), encoding="utf-8")
    comparison = out / "comparison.md"
    comparison.write_text(comparison_markdown(summaries), encoding="utf-8")
    written += [csv_path, comparison]
    charts = gdp_chart(summaries, out)
    index = out / "index.html"
    svg = next(p for p in charts if p.suffix == ".svg").read_text(encoding="utf-8")
    index.write_text(
        summarizer.render_html_index(summaries, pages, title="各城市主要预期目标", figure=svg), encoding="utf-8"
    )
    written.append(index)
    if not any(p.suffix == ".png" for p in charts):
        click.echo(
            "note: no CJK font found, so gdp_targets.png was skipped (the SVG has the chart); "
            "install one, e.g. `apt-get install fonts-noto-cjk`, to get the PNG too.",
            err=True,
        )
    return written + charts


@click.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=DEFAULT_INPUT)
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Output folder.")
@click.option("--engine", type=click.Choice(["auto", "llm", "rules"]), default="auto", show_default=True)
@click.option("--provider", type=click.Choice(list(summarizer.llm.PRESETS), case_sensitive=False),
              help="A provider preset; its key comes from its environment variable (see README).")
@click.option("--model", help="Model name (default: the provider's, or $SUMMARIZER_MODEL).")
@click.option("--base-url", help="Any OpenAI-compatible endpoint.")
@click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True)
@click.option("--quiet", is_flag=True, help="No progress output.")
def main(path: Path, out: Path, engine: str, provider: str | None, model: str | None,
         base_url: str | None, concurrency: int, quiet: bool) -> None:
    """Summarise every report in PATH (default: the bundled 2023 compilation) into OUT."""
    try:
        source = summarizer.load(path)  # kept: the HTML pages show this text
        summaries = summarizer.summarize(
            source, _engine(engine, provider=provider, model=model, base_url=base_url, concurrency=concurrency),
            progress=None if quiet else _progress,
        )
    except summarizer.SummarizerError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    for p in write_outputs(summaries, out, source):
        click.echo(p)
    _print_totals(summaries)


def _engine(name: str, **endpoint: str | int | None) -> summarizer.Engine:
    """The rules engine, or an LLM engine on the endpoint these options and the environment give
    (``auto``: the LLM when one is configured, or when --provider/--model/--base-url is given -
    then what it lacks, such as its key, is an error rather than a silent switch to rules)."""
    config = llm_config(name, **endpoint)  # type: ignore[arg-type]
    return summarizer.RulesEngine() if config is None else summarizer.LLMEngine(config)


def _progress(done: int, total: int) -> None:
    # A step is a chunk extracted or a report finished; redraw in place only on a terminal.
    if sys.stderr.isatty():
        click.echo(f"\rsummarising: {done}/{total} steps", err=True, nl=done == total)


def _print_totals(summaries: list[summarizer.ReportSummary]) -> None:
    targets = sum(len(s.targets) for s in summaries)
    engines = sorted({s.engine for s in summaries})
    calls = sum(s.usage.calls for s in summaries)
    tokens = [s.usage.prompt_tokens for s in summaries] + [s.usage.completion_tokens for s in summaries]
    token_text = "unknown" if any(t is None for t in tokens) else str(sum(t or 0 for t in tokens))
    costs = [s.usage.cost for s in summaries]
    if not calls:
        cost_text = "none"
    elif any(c is None for c in costs):
        cost_text = "unknown (no price table)"
    else:
        cost_text = f"{sum(c or 0 for c in costs):.4f}"
    click.echo(
        f"{len(summaries)} reports, {targets} targets, engine {'/'.join(engines)}, "
        f"{calls} model calls, {token_text} tokens, cost {cost_text}",
        err=True,
    )


if __name__ == "__main__":
    main()
