"""summarizer: structured, verifiable summaries of Chinese local-government reports.

The data flow, one module per stage (read them in this order)::

    documents   load() / split_reports()      path, bytes or str -> Document(s) with metadata
    structure   parse_sections()               the 一、/（一）/1./（1）/一是 heading tree
    chunking    chunk()                        token-budgeted chunks with exact offsets (tokens.py)
    extract/    llm.py | rules.py              chunk -> ChunkNotes (quotes + claims)
    grounding   ground_notes()                 quotes found in the source, numbers parsed by code
    merge, reduce                              one ReportSummary per report
    render      render_markdown() / render_json() / targets_csv()

``summarize()`` (pipeline.py) runs them all; ``summarizer.llm`` is the model layer.
"""

from __future__ import annotations

from .chunking import Chunk, chunk
from .documents import Document, DocType, load, split_reports
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
    SummarizerError,
    TokenizerUnavailableError,
    TransientLLMError,
    TruncatedOutputError,
)
from .grounding import ground_notes
from .indicators import canonical_indicator
from .llm import LLMClient, LLMConfig, Price, Usage
from .models import (
    Evidence,
    Priority,
    QualitativeTarget,
    ReportSummary,
    Result,
    SectionSummary,
    SourceSpan,
    SummaryWarning,
    Target,
    UsageReport,
)
from .numbers import Quantity, find_quantities
from .pipeline import asummarize, summarize
from .render import render_json, render_markdown, targets_csv
from .structure import Section, iter_sections, parse_sections, section_path_at
from .tokens import get_encoding, token_counter

__version__ = "0.1.0"

__all__ = [
    # pipeline
    "summarize",
    "asummarize",
    "render_markdown",
    "render_json",
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
    "UsageReport",
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
    "ContentFilteredError",
    "TruncatedOutputError",
    "OutputValidationError",
    "BudgetExceededError",
    "__version__",
]
