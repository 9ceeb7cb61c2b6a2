"""Command line: ``summarizer split``, ``summarizer chunk`` and ``summarizer summarize``.

A thin shell over the library: results go to stdout, messages to stderr. Errors the library
raises on purpose become one line on stderr and an exit code - never a traceback:

* ``0`` success
* ``1`` a library error (model call, tokenizer, budget), or (``summarize``) some chunks could
  not be summarised: the output is still written and its warnings say where
* ``2`` an input cannot be read as a report (missing file, binary, undecodable, empty), or a
  usage error in the command line itself (an unknown ``--provider``, an ``-o`` that cannot be
  written). ``summarize`` with several inputs names each unreadable one on stderr, skips it and
  still writes the others, then exits 2
* ``3`` (``summarize``) authentication or configuration error: bad key, no balance, an LLM
  setting given without what it needs (``--provider deepseek`` and no ``DEEPSEEK_API_KEY``), an
  endpoint that cannot be reached

``-`` as a path reads standard input. When the reader of stdout goes away (``| head``), the
command stops quietly with exit code 0: the reader had all it asked for.

Each command is a function below its own header; ``summarize`` is built from small steps
(:func:`_output_target`, :func:`_build_engine`, :func:`_read_inputs`, :func:`_write_output`), so
an option or an output format is added in one place.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import shutil
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import urlsplit

import click

from . import __version__
from ._sync import run_sync
from .engines import Engine, LLMEngine, RulesEngine
from .evaluate import (
    check_label_sources,
    evaluate,
    evaluation_to_dict,
    format_table,
    load_label_file,
    load_predictions,
)
from .errors import (
    AuthError,
    ConfigError,
    InputError,
    LabelError,
    SummarizerError,
    UnreachableError,
)
from .ingest import Document, load, split_reports
from .llm import PRESETS, Activity, LLMConfig
from .models import ReportSummary
from .pipeline import EngineChoice, ProgressCallback, asummarize, llm_config
from .render import OutputFormat, render_json, render_markdown, targets_csv, write_report_files
from .render import render_html, write_html_files
from .text.chunking import chunk as chunk_document
from .text.structure import Section, iter_sections, parse_sections

if TYPE_CHECKING:  # the batch commands import it when run: it loads the openai SDK (~0.4 s)
    from .batch import BatchRun, Progress

__all__ = ["main", "reporting_errors", "EXIT_OK", "EXIT_ERROR", "EXIT_INPUT", "EXIT_CONFIG"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INPUT = 2
EXIT_CONFIG = 3

_EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 library error; 2 unreadable input or bad usage; "
    "3 (summarize) authentication or configuration error."
)
_STDIN = "-"
_PREVIEW_CHARS = 24


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn a :class:`SummarizerError` into one stderr line and its exit code (for every command)."""
    try:
        yield
    except InputError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_INPUT) from exc
    except SummarizerError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_ERROR) from exc


def _read(path: str) -> Document:
    """One input as a Document: ``-`` is standard input, anything else a file name (never
    taken for report text)."""
    if path == _STDIN:
        # Its bytes, named as Python names standard input (test runners swap in unnamed ones).
        return load(SimpleNamespace(read=sys.stdin.buffer.read, name="<stdin>"))
    return load(path=path)


def _load_documents(path: str) -> list[Document]:
    return split_reports(_read(path))


def _document_record(index: int, doc: Document) -> dict[str, Any]:
    return {
        "index": index,
        "title": doc.title,
        "region": doc.region,
        "year": doc.year,
        "plan_year": doc.plan_year,
        "doc_type": doc.doc_type.value,
        "date": doc.date,
        "start": doc.start,
        "end": doc.end,
        "chars": doc.end - doc.start,
    }


def _section_record(section: Section) -> dict[str, Any]:
    return {
        "title": section.title,
        "level": section.level,
        "start": section.start,
        "end": section.end,
        "children": [_section_record(child) for child in section.children],
    }


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _PREVIEW_CHARS else flat[:_PREVIEW_CHARS] + "…"


def _dash(value: object) -> str:
    return "-" if value is None else str(value)


def _echo_json(value: object) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


class _Commands(click.Group):
    """The command group; a reader of stdout that goes away ends the command quietly."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `summarizer split big.txt | head`: head had what it wanted. Point stdout at
            # /dev/null so the interpreter's last flush does not fail again, and exit 0.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(EXIT_OK) from None


@click.group(cls=_Commands, epilog=_EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="summarizer")
def main() -> None:
    """Structured, verifiable summaries of Chinese local-government reports."""


@main.command(epilog=_EXIT_CODES_HELP)
@click.argument("path", type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of one line per document.")
@click.option("--sections", is_flag=True, help="Also show each document's heading tree.")
def split(path: str, as_json: bool, sections: bool) -> None:
    """Show the reports (or news items) found in PATH (- for standard input).

    One tab-separated line per document: index, region, year, type, start-end (character
    offsets into the decoded file), title. --sections adds the heading tree, indented by level.
    """
    with reporting_errors():
        docs = _load_documents(path)
    if as_json:
        records = [_document_record(i, doc) for i, doc in enumerate(docs)]
        if sections:
            for record, doc in zip(records, docs):
                record["sections"] = [_section_record(s) for s in parse_sections(doc)]
        _echo_json({"documents": records})
        return
    for i, doc in enumerate(docs):
        fields = (i, doc.region, doc.year, doc.doc_type.value, f"{doc.start}-{doc.end}", doc.title)
        click.echo("\t".join(_dash(field) for field in fields))
        if sections:
            for section in iter_sections(parse_sections(doc)):
                click.echo(f"{'  ' * section.level}{section.title}\t{section.start}-{section.end}")


@main.command(epilog=_EXIT_CODES_HELP)
@click.argument("path", type=click.Path(dir_okay=True, path_type=str))
@click.option("--max-tokens", type=click.IntRange(min=1), default=2048, show_default=True,
              help="Token budget per chunk.")  # fmt: skip
@click.option("--overlap", type=click.IntRange(min=0), default=0, show_default=True,
              help="Tokens repeated from the end of the previous chunk.")  # fmt: skip
@click.option("--encoding", default="o200k_base", show_default=True, help="tiktoken encoding.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (with chunk texts) instead of lines.")
def chunk(path: str, max_tokens: int, overlap: int, encoding: str, as_json: bool) -> None:
    """Cut each report in PATH (- for standard input) into chunks of at most --max-tokens tokens.

    One tab-separated line per chunk: report.chunk index, start-end (character offsets into the
    decoded file), tokens, section path, preview. --json adds each chunk's full text.
    """
    if overlap >= max_tokens:  # a usage error (exit 2), like --max-tokens 0
        raise click.BadParameter(f"must be less than --max-tokens ({max_tokens})", param_hint="'--overlap'")
    with reporting_errors():
        docs = _load_documents(path)
        chunked = [
            chunk_document(doc, max_tokens, overlap=overlap, encoding=encoding) for doc in docs
        ]
    if as_json:
        records = []
        for i, (doc, chunks) in enumerate(zip(docs, chunked)):
            record = _document_record(i, doc)
            record["chunks"] = [
                {"index": c.index, "start": c.start, "end": c.end, "n_tokens": c.n_tokens,
                 "section_path": list(c.section_path), "text": c.text}  # fmt: skip
                for c in chunks
            ]
            records.append(record)
        _echo_json({"documents": records})
        return
    for i, chunks in enumerate(chunked):
        for c in chunks:
            path_text = " > ".join(c.section_path) or "-"
            click.echo(f"{i}.{c.index}\t{c.start}-{c.end}\t{c.n_tokens}\t{path_text}\t{_preview(c.text)}")


# ---- summarize -------------------------------------------------------------------------------
_SUMMARIZE_EXIT_HELP = (
    "Exit codes: 0 success; 1 failure (a library error, or some chunks could not be summarised: "
    "the output is still written and its warnings say where); 2 bad usage, or an input that "
    "cannot be read (each is named on stderr and skipped; the others are still written); "
    "3 authentication or configuration error (bad key, no balance, an LLM setting without the "
    "key or model it needs, an endpoint that cannot be reached)."
)


@contextmanager
def _config_errors(engine: Engine | None = None) -> Iterator[None]:
    """Authentication and configuration errors: one stderr line (and a hint) and exit code 3."""
    try:
        yield
    except (AuthError, UnreachableError, ConfigError) as exc:
        click.echo(f"error: {exc}", err=True)
        if isinstance(exc, UnreachableError) and isinstance(engine, LLMEngine):
            click.echo(_unreachable_hint(engine.config.base_url), err=True)
        raise click.exceptions.Exit(EXIT_CONFIG) from exc


def _unreachable_hint(base_url: str) -> str:
    host = urlsplit(base_url).hostname or ""
    if not _is_local(host):
        return f"hint: nothing answered at {base_url}; check --base-url / OPENAI_BASE_URL and the network"
    return (
        f"hint: nothing answers at {base_url} on this machine: is the model server running "
        "(`ollama serve`, llama-server, vLLM) and on that port?"
    )


def _is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


class _RetryChatter(logging.Filter):
    """Drops the model layer's per-attempt retry notices (shown with -v only): an endpoint that
    is down would otherwise print a line per attempt before the one error that matters."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.module != "retry"


class _Formatter(logging.Formatter):
    """``warning: message``, like the command's own ``error:`` lines."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


@contextmanager
def _stderr_logging(verbose: bool) -> Iterator[None]:
    """The library's log records on stderr while a command runs: warnings (without the retry
    chatter) by default, everything from INFO up with ``-v``."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    if not verbose:
        handler.setLevel(logging.WARNING)
        handler.addFilter(_RetryChatter())
    logger = logging.getLogger("summarizer")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


class _ProgressBar:
    """A progress bar on stderr, opened at the first step (when the total is known); for the
    LLM engine its label says how many model calls are in flight (:meth:`activity`)."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._shown = 0
        self._label = "summarizing"

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            click.echo("\r\033[K", err=True, nl=False)  # the activity line the bar replaces
            self._bar = click.progressbar(length=total, label=self._label, file=sys.stderr)
            self._bar.__enter__()
        self._bar.update(done - self._shown)
        self._shown = done

    def activity(self, now: Activity) -> None:
        """Show the model calls in flight, waiting and done (a slow local model's first chunk
        takes minutes: the bar alone would not move)."""
        self._label = f"summarizing ({now.in_flight} call(s) in flight, {now.waiting} waiting, {now.finished} done)"
        if self._bar is None:
            click.echo(f"\r\033[K{self._label}", err=True, nl=False)
        else:
            self._bar.label = self._label
            self._bar.render_progress()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _build_engine(
    asked: str, *, language: str, chunk_tokens: int | None, **endpoint: Any
) -> Engine:
    """The engine the options ask for (see :func:`summarizer.pipeline.llm_config`): ``auto`` is
    the LLM when an endpoint is configured, else the rules engine - but an LLM option given on
    the command line (``--provider``, ``--model``, ``--base-url``) always means the LLM, and
    what it lacks is a :class:`ConfigError`."""
    config = llm_config(cast(EngineChoice, asked), **endpoint)
    if config is None:
        return RulesEngine()
    return LLMEngine(config, language=language, chunk_tokens=chunk_tokens)


@dataclass(frozen=True)
class _Output:
    """Where results go: stdout (``path`` None), one file, or a directory of files."""

    path: Path | None = None
    directory: bool = False


def _output_target(output: str | None) -> _Output:
    """Check ``-o`` before any work (and make its folders), so a run is never lost to a typo."""
    if output is None:
        return _Output()
    path = Path(output)
    directory = output.endswith(("/", os.sep)) or path.is_dir()
    folder = path if directory else path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.BadParameter(f"cannot make the folder {folder}: {exc.strerror or exc}", param_hint="'-o'") from exc
    if not os.access(folder, os.W_OK) or (path.exists() and not directory and not os.access(path, os.W_OK)):
        raise click.BadParameter(f"cannot write {output}: permission denied", param_hint="'-o'")
    return _Output(path, directory)


def _read_inputs(paths: Sequence[str]) -> tuple[list[Document], list[str]]:
    """Each input that can be read, and the names of those that cannot (each said on stderr)."""
    docs: list[Document] = []
    failed: list[str] = []
    for path in paths:
        try:
            docs.append(_read(path))
        except InputError as exc:  # the message names the file
            click.echo(f"error: {exc} (skipped)" if len(paths) > 1 else f"error: {exc}", err=True)
            failed.append(path)
    return docs, failed


async def _summarize(
    docs: Sequence[Document], engine: Engine, progress: ProgressCallback | None
) -> list[ReportSummary]:
    if isinstance(engine, LLMEngine) and isinstance(progress, _ProgressBar):
        engine.client.on_activity = progress.activity
    async with engine:  # closed on the loop its connections belong to
        return await asummarize(docs, engine, progress=progress)


def _engine_line(asked: str, engine: Engine) -> str:
    if isinstance(engine, LLMEngine):
        return f"engine: llm ({engine.config}, chunks of {engine.chunk_tokens} tokens)"
    return "engine: rules (no LLM endpoint configured)" if asked == "auto" else "engine: rules"


def _total(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(v or 0 for v in values)


def _totals_line(summaries: list[ReportSummary]) -> str:
    """One line of totals: reports, targets, and for the LLM engine calls, tokens and cost."""
    head = f"{len(summaries)} report(s), {sum(len(s.targets) for s in summaries)} targets"
    if not summaries or summaries[0].engine != "llm":
        return f"{head} (rules engine, no model calls)"
    usages = [s.usage for s in summaries]
    costs = [u.cost for u in usages]
    cost = None if None in costs else sum(c for c in costs if c is not None)
    return (
        f"{head}, {sum(u.calls for u in usages)} calls ({sum(u.cached_calls for u in usages)} cached), "
        f"{_dash(_total([u.prompt_tokens for u in usages]))} prompt + "
        f"{_dash(_total([u.completion_tokens for u in usages]))} completion tokens, "
        f"cost {'unknown' if cost is None else f'{cost:.4f}'}"
    )


_Format = OutputFormat | Literal["html"]


def _render(summaries: list[ReportSummary], fmt: _Format, bom: bool, sources: Mapping[str, Document]) -> str:
    if fmt == "html":
        return render_html(summaries, sources)
    if fmt == "json":
        return render_json(summaries)
    if fmt == "csv":
        return targets_csv(summaries, bom=bom)
    return "\n---\n\n".join(render_markdown(s) for s in summaries)


def _write_output(
    summaries: list[ReportSummary], fmt: _Format, output: _Output, bom: bool,
    sources: Mapping[str, Document],
) -> list[str]:  # fmt: skip
    """Write to stdout, a file, or (a directory) one file per report; returns paths written."""
    if output.path is None:
        click.echo(_render(summaries, fmt, bom, sources), nl=False)
        return []
    try:
        if output.directory:
            if fmt == "html":  # a page per report and index.html, with the combined targets.csv
                pages = write_html_files(summaries, output.path, sources)
                return [str(p) for p in pages + write_report_files(summaries, output.path, "csv", bom=bom)]
            return [str(p) for p in write_report_files(summaries, output.path, fmt, bom=bom)]
        output.path.write_text(_render(summaries, fmt, bom, sources), encoding="utf-8", newline="")
    except OSError as exc:
        click.echo(f"error: cannot write {output.path}: {exc.strerror or exc}", err=True)
        raise click.exceptions.Exit(EXIT_ERROR) from exc
    return [str(output.path)]


@main.command("summarize", epilog=_SUMMARIZE_EXIT_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--engine", type=click.Choice(["auto", "llm", "rules"]), default="auto", show_default=True,
              help="auto: the LLM when an endpoint is configured (or --provider, --model or "
              "--base-url is given), else the built-in rules engine.")
@click.option("--format", "fmt", type=click.Choice(["json", "md", "csv", "html"]), default="json", show_default=True,
              help="json: {\"reports\": [...]}; md: readable pages; csv: the targets of every report; "
              "html: a self-contained page showing every figure in its source text (-o DIR/: a page "
              "per report and index.html).")
@click.option("-o", "--output", help="Write to this file (its folders are made); to a directory "
              "(existing, or ending with /): one file per report plus a combined targets.csv. "
              "Default: stdout.")
@click.option("--provider", type=click.Choice(list(PRESETS), case_sensitive=False),
              help="Provider preset (its key comes from its environment variable, see README).")
@click.option("--model", help="Model name (default: $SUMMARIZER_MODEL or the provider's default).")
@click.option("--base-url", help="OpenAI-compatible endpoint (default: $OPENAI_BASE_URL or the provider's).")
@click.option("--max-tokens-per-chunk", type=click.IntRange(min=128),
              help="Token budget of each chunk sent to the model (default: 4096 for hosted APIs, "
              "1024 for local servers).")
@click.option("--concurrency", type=click.IntRange(min=1),
              help="Model requests in flight at once (default: 4 for hosted APIs, 1 for a local server).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the answer cache.")
@click.option("--language", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the overview and section summaries (quotes stay verbatim).")
@click.option("--bom", is_flag=True, help="Start CSV output with a UTF-8 BOM (for Excel).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, engine line or totals on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="Also log each model call's retries and the engine's choices.")
def summarize_command(
    paths: tuple[str, ...], engine: str, fmt: str, output: str | None, provider: str | None,
    model: str | None, base_url: str | None, max_tokens_per_chunk: int | None, concurrency: int | None,
    no_cache: bool, language: str, bom: bool, quiet: bool, verbose: bool,
) -> None:  # fmt: skip
    """Summarise the reports in PATH... (- for standard input; a compilation gives one summary
    per report).

    Results go to stdout (or -o); the engine used, a progress bar (on a terminal) and the totals
    (reports, targets, calls, tokens, cost) go to stderr. An input that cannot be read is named
    on stderr and skipped; the others are still summarised and written, and the exit code is 2.
    """
    def say(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    target = _output_target(output)
    with _stderr_logging(verbose), _config_errors():
        chosen = _build_engine(
            engine, language=language, chunk_tokens=max_tokens_per_chunk, provider=provider,
            model=model, base_url=base_url, concurrency=concurrency, use_cache=not no_cache,
        )  # fmt: skip
    docs, unreadable = _read_inputs(paths)
    if not docs:
        raise click.exceptions.Exit(EXIT_INPUT)
    say(_engine_line(engine, chosen))
    if isinstance(chosen, RulesEngine) and (provider or model or base_url):
        say("note: --provider, --model and --base-url are not used by --engine rules")
    bar = _ProgressBar() if not quiet and sys.stderr.isatty() else None
    with _stderr_logging(verbose), reporting_errors(), _config_errors(chosen):
        try:
            summaries = run_sync(_summarize(docs, chosen, bar), instead="asummarize")
        finally:
            if bar is not None:
                bar.close()
    sources = {doc.path: doc for doc in docs if doc.path is not None}
    written = _write_output(summaries, cast(_Format, fmt), target, bom, sources)
    if written:
        say(f"wrote {written[0]}" if len(written) == 1 else f"wrote {len(written)} files in {output}")
    say(_totals_line(summaries))
    _exit_for(summaries, unreadable, say)


def _exit_for(summaries: list[ReportSummary], unreadable: list[str], say: Any) -> None:
    """Warnings, and the exit code of a run whose output is written: 2 when an input could not
    be read, 1 when a chunk could not be summarised, else 0."""
    codes = Counter(w.code for s in summaries for w in s.warnings)
    if codes:
        say("warnings: " + ", ".join(f"{n} {code}" for code, n in codes.most_common()))
    failed = codes["chunk_failed"]
    if failed:
        click.echo(f"error: {failed} chunk(s) could not be summarised; the output's warnings say where",
                   err=True)  # fmt: skip
    if unreadable:
        click.echo(f"error: {len(unreadable)} input(s) could not be read and were skipped: {', '.join(unreadable)}",
                   err=True)  # fmt: skip
        raise click.exceptions.Exit(EXIT_INPUT)
    if failed:
        raise click.exceptions.Exit(EXIT_ERROR)


# --------------------------------------------------------------------------- batch

EXIT_PENDING = 4
_BATCH_EXIT_HELP = (
    "Exit codes: 0 every report done (and written); 1 some reports failed for good (named on "
    "stderr; the others are written); 2 bad usage or an unreadable input; 3 authentication or "
    "configuration error; 4 batches still running or request files to run (nothing is lost: run "
    "collect again later)."
)
_llm_options = [
    click.option("--provider", type=click.Choice(list(PRESETS), case_sensitive=False),
                 help="Provider preset (its key comes from its environment variable, see README)."),
    click.option("--model", help="Model name (default: $SUMMARIZER_MODEL or the provider's default)."),
    click.option("--base-url", help="OpenAI-compatible endpoint (default: $OPENAI_BASE_URL or the provider's)."),
    click.option("--max-tokens-per-chunk", type=click.IntRange(min=128), help="Token budget of each chunk."),
    click.option("--language", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
                 help="Language of the overview and section summaries."),
    click.option("--reduce", "reduce_mode", type=click.Choice(["batch", "realtime"]), default="batch",
                 show_default=True, help="Overview calls as a second batch round (half price) or at once."),
    click.option("--retry", "retry_mode", type=click.Choice(["batch", "realtime"]), default="batch",
                 show_default=True, help="Failed requests again in a follow-up batch, or at once."),
    click.option("--max-tries", type=click.IntRange(min=1), default=3, show_default=True,
                 help="Tries per request before its chunk counts as failed."),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the answer cache."),
]  # fmt: skip


def _with_llm_options(command: Any) -> Any:
    for option in reversed(_llm_options):
        command = option(command)
    return command


def _start_run(
    paths: Sequence[str], state: str, mode: str, provider: str | None, model: str | None,
    base_url: str | None, max_tokens_per_chunk: int | None, language: str, reduce_mode: str,
    retry_mode: str, max_tries: int, no_cache: bool,
) -> BatchRun:  # fmt: skip
    from .batch import BatchOptions, BatchRun

    config = LLMConfig.from_env(provider=provider, model=model, base_url=base_url, use_cache=not no_cache)
    options = BatchOptions(mode=cast(Any, mode), reduce=cast(Any, reduce_mode), retry=cast(Any, retry_mode),
                           max_tries=max_tries, language=language, chunk_tokens=max_tokens_per_chunk)  # fmt: skip
    return BatchRun.start(Path(state), paths, config, options)


def _step(run: BatchRun, **kwargs: Any) -> Progress:
    async def go() -> Progress:
        try:
            if kwargs.pop("wait", False):
                return await run.wait(**kwargs)
            return await run.step(**kwargs)
        finally:
            await run.close()

    return run_sync(go(), instead="BatchRun.step")


def _progress_lines(progress: Progress) -> list[str]:
    done = sum(s is not None for s in progress.summaries)
    counts = ", ".join(f"{n} {state}" for state, n in sorted(progress.requests.items()))
    lines = [f"reports: {done} of {len(progress.summaries)} done; requests: {counts or 'none'}"]
    for b in progress.batches:
        where = b.input_file_id if b.id.startswith("file:") else b.id
        lines.append(f"  {where}: {b.status}, {b.requests} request(s){'' if b.collected else ' (open)'}")
    return lines


@main.group("batch")
def batch_group() -> None:
    """Thousands of reports at batch prices: a provider's Batch API (submit, then collect the
    next day), or request files for `vllm run-batch` on your own GPUs (export)."""


@batch_group.command("submit", epilog=_BATCH_EXIT_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--state", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder for the run's state (made if missing; must not hold another run).")
@_with_llm_options
def batch_submit(paths: tuple[str, ...], state: str, **options: Any) -> None:
    """Send the first requests of PATH... as batches, and return at once."""
    with reporting_errors(), _config_errors():
        progress = _step(_start_run(paths, state, "api", **options))
    for line in _progress_lines(progress):
        click.echo(line, err=True)
    click.echo(f"collect with: summarizer batch collect --state {state} [--wait] -o OUT", err=True)


@batch_group.command("export", epilog=_BATCH_EXIT_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=str),
              help="The request file to write (JSONL, one request per line).")
@click.option("--state", type=click.Path(file_okay=False, path_type=str),
              help="Folder for the run's state (default: OUTPUT.state).")
@_with_llm_options
def batch_export(paths: tuple[str, ...], output: str, state: str | None, **options: Any) -> None:
    """Write the first requests of PATH... to a file, for `vllm run-batch` or a manual upload;
    read the results back with `batch collect --results`."""
    folder = state or f"{output}.state"
    with reporting_errors(), _config_errors():
        progress = _step(_start_run(paths, folder, "export", **options))
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    if progress.exported:  # round one's request file, where the user asked for it
        shutil.copyfile(progress.exported[0], target)
    click.echo(f"wrote {output}; then: summarizer batch collect --state {folder} --results RESULTS.jsonl", err=True)


@batch_group.command("status", epilog=_BATCH_EXIT_HELP)
@click.option("--state", required=True, type=click.Path(file_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (reports, batches, requests).")
def batch_status(state: str, as_json: bool) -> None:
    """How a run stands: each batch, and each report (done, waiting, failed)."""
    from .batch import BatchRun, describe

    with reporting_errors(), _config_errors():
        progress = _step(BatchRun.resume(Path(state)), submit=False)
    if as_json:
        _echo_json(describe(progress))
        return
    for line in _progress_lines(progress):
        click.echo(line)
    for report in describe(progress)["reports"]:
        click.echo(f"  {report['state']:8} {report['title'] or report['region'] or report['path']}")


@batch_group.command("collect", epilog=_BATCH_EXIT_HELP)
@click.option("--state", required=True, type=click.Path(file_okay=False, path_type=str))
@click.option("--wait", is_flag=True, help="Poll until every report is done (or only you can go on).")
@click.option("--poll-interval", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Seconds between polls with --wait.")
@click.option("--results", "results", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="A results file produced elsewhere (vllm run-batch, a manual download); repeatable.")
@click.option("-o", "--output", help="Write the summaries here (a file, or a directory ending with /).")
@click.option("--format", "fmt", type=click.Choice(["json", "md", "csv", "html"]), default="json", show_default=True)
@click.option("--bom", is_flag=True, help="Start CSV output with a UTF-8 BOM (for Excel).")
def batch_collect(
    state: str, wait: bool, poll_interval: float, results: tuple[str, ...], output: str | None, fmt: str, bom: bool
) -> None:  # fmt: skip
    """Take in what the batches answered, send the next round, and write every report once all
    are done."""
    from .batch import BatchRun

    target = _output_target(output)
    data = [Path(p).read_bytes() for p in results]
    with reporting_errors(), _config_errors():
        run = BatchRun.resume(Path(state))
        progress = _step(run, wait=True, poll_interval=poll_interval) if wait else _step(run, results=data)
    for line in _progress_lines(progress):
        click.echo(line, err=True)
    for path in progress.exported:
        click.echo(f"next requests in {path}: run them (e.g. vllm run-batch -i {path} -o RESULTS.jsonl) and collect "
                   "again with --results", err=True)  # fmt: skip
    if not progress.done:
        click.echo("not done yet: run collect again later", err=True)
        raise click.exceptions.Exit(EXIT_PENDING)
    summaries = [s for s in progress.summaries if s is not None]
    sources = {doc.path: doc for doc in progress.docs if doc.path is not None}
    written = _write_output(summaries, cast(_Format, fmt), target, bom, sources)
    if written:
        click.echo(f"wrote {written[0]}" if len(written) == 1 else f"wrote {len(written)} files in {output}", err=True)
    click.echo(_totals_line(summaries), err=True)
    if progress.failed:
        names = ", ".join(progress.docs[i].title or progress.docs[i].path or str(i) for i in progress.failed)
        click.echo(f"error: {len(progress.failed)} report(s) failed for good: {names}", err=True)
        raise click.exceptions.Exit(EXIT_ERROR)


if __name__ == "__main__":
    main()


@main.command("eval", epilog=_EXIT_CODES_HELP)
@click.argument("output", type=click.Path(dir_okay=False, path_type=str))
@click.argument("labels", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of a table.")
def eval_command(output: str, labels: tuple[str, ...], as_json: bool) -> None:
    """Score OUTPUT (the JSON of `summarizer summarize`) against LABELS files.

    Precision, recall and F1 of targets and results, loose and strict, overall and per label-file
    kind/level/script, passage type and headline passages; region and year accuracy per report.
    Passages whose text is not the source's text[start:end] (when the source file named in OUTPUT
    exists) make the labels unreadable (exit 2).
    """
    with reporting_errors():
        predictions = load_predictions(output)
        files = [load_label_file(path) for path in labels]
        problems = check_label_sources(predictions, files)
        if problems:
            raise LabelError("labels do not fit their source: " + "; ".join(problems[:3]))
    scores = evaluate(predictions, files)
    if as_json:
        _echo_json(evaluation_to_dict(scores))
    else:
        click.echo(format_table(scores))
