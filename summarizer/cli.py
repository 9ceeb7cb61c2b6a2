"""Command line: ``summarizer split``, ``summarizer chunk`` (and ``summarizer summarize``).

A thin shell over the library: results go to stdout, messages to stderr. Errors the library
raises on purpose become one line on stderr and an exit code - never a traceback:

* ``0`` success
* ``1`` a library error (model call, configuration, tokenizer, budget)
* ``2`` the input cannot be read as a text report (missing file, binary, undecodable, empty),
  or a usage error in the command line itself
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__
from .documents import Document, load, split_reports
from .errors import InputError, SummarizerError
from .structure import Section, iter_sections, parse_sections

__all__ = ["main", "reporting_errors", "EXIT_OK", "EXIT_ERROR", "EXIT_INPUT"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INPUT = 2

_EXIT_CODES_HELP = "Exit codes: 0 success, 1 library error, 2 unreadable input or bad usage."
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


def _load_documents(path: str) -> list[Document]:
    # Path(...) so the argument is always a file name, never taken for report text.
    return split_reports(load(Path(path)))


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


@click.group(epilog=_EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="summarizer")
def main() -> None:
    """Structured, verifiable summaries of Chinese local-government reports."""


@main.command(epilog=_EXIT_CODES_HELP)
@click.argument("path", type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of one line per document.")
@click.option("--sections", is_flag=True, help="Also show each document's heading tree.")
def split(path: str, as_json: bool, sections: bool) -> None:
    """Show the reports (or news items) found in PATH.

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
    """Cut each report in PATH into chunks of at most --max-tokens tokens.

    One tab-separated line per chunk: report.chunk index, start-end (character offsets into the
    decoded file), tokens, section path, preview. --json adds each chunk's full text.
    """
    # Imported here, not at the top: loading the BPE ranks is only worth it for this command.
    from .chunking import chunk as chunk_document

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
# The `summarize` command (owned by the pipeline, summarizer/pipeline.py) goes here: decorate it
# with @main.command(epilog=_EXIT_CODES_HELP) and wrap its body in `with reporting_errors():`.


if __name__ == "__main__":
    main()
