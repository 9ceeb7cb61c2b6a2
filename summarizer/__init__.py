"""summarizer: structured, verifiable summaries of Chinese local-government reports.

The data flow, one package per stage (read them in this order)::

    ingest/     load() / split_reports()       path, bytes or str -> Document(s) with metadata
    text/       parse_sections() / chunk()     the heading tree; token-budgeted chunks, exact offsets
    zh/         find_quantities()              Chinese numbers, units, qualifiers; indicator names
    notes       ChunkNotes                     what an engine says about a chunk (quotes + claims)
    llm/        LLMClient                      the model layer (any OpenAI-compatible endpoint)
    engines/    RulesEngine | LLMEngine        chunks -> notes; findings -> overview and sections
    verify/     ground_notes() / merge_parts() quotes found in the source, numbers parsed by code
    pipeline    summarize()                    one ReportSummary per report (models)
    render/     render_markdown() / render_json() / targets_csv() / render_html()

Modules import only from those above them in this list (``errors`` and ``models`` from anywhere).
"""

from __future__ import annotations

from .engines import Engine, LLMEngine, RulesEngine
from .ingest import Document, load, split_reports
from .text.chunking import Chunk, chunk
from .errors import (
    AuthError,
    BinaryInputError,
    BudgetExceededError,
    ConfigError,
    ContentFilteredError,
    DecodeError,
    EmptyInputError,
    InputError,
    LLMError,
    ReaderUnavailableError,
    UnreadableDocumentError,
    OutputValidationError,
    RateLimitedError,
    UnreachableError,
    RequestRejectedError,
    InputTooLongError,
    UnsupportedParameterError,
    SummarizerError,
    TokenizerUnavailableError,
    TransientLLMError,
    TruncatedOutputError,
)
from .verify.grounding import ground_notes
from .zh.indicators import canonical_indicator
from .llm import LLMClient, LLMConfig, Price
from .models import (
    DocType,
    Findings,
    Evidence,
    Priority,
    QualitativeTarget,
    ReportSummary,
    Result,
    SectionSummary,
    SourceSpan,
    SummaryWarning,
    Target,
    Usage,
)
from .zh.numbers import Quantity, find_quantities
from .pipeline import asummarize, summarize
from .render import render_html, render_html_index, render_json, render_markdown, targets_csv
from .text.structure import Section, iter_sections, parse_sections, section_path_at
from .text.tokens import get_encoding, token_counter

__version__ = "0.1.0"

__all__ = [
    # pipeline
    "summarize",
    "asummarize",
    "Engine",
    "RulesEngine",
    "LLMEngine",
    "render_markdown",
    "render_json",
    "render_html",
    "render_html_index",
    "targets_csv",
    # stages
    "load",
    "split_reports",
    "Document",
    "DocType",
    "parse_sections",
    "iter_sections",
    "section_path_at",
    "Section",
    "chunk",
    "Chunk",
    "get_encoding",
    "token_counter",
    "find_quantities",
    "Quantity",
    "canonical_indicator",
    "ground_notes",
    # model layer
    "LLMClient",
    "LLMConfig",
    "Price",
    "Usage",
    # output models
    "ReportSummary",
    "Target",
    "Result",
    "QualitativeTarget",
    "Priority",
    "SectionSummary",
    "Evidence",
    "SourceSpan",
    "SummaryWarning",
    "Findings",
    # errors
    "SummarizerError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodeError",
    "ReaderUnavailableError",
    "UnreadableDocumentError",
    "ConfigError",
    "TokenizerUnavailableError",
    "LLMError",
    "TransientLLMError",
    "RateLimitedError",
    "UnreachableError",
    "AuthError",
    "RequestRejectedError",
    "InputTooLongError",
    "UnsupportedParameterError",
    "ContentFilteredError",
    "TruncatedOutputError",
    "OutputValidationError",
    "BudgetExceededError",
    "__version__",
]
