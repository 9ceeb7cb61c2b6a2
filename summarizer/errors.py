"""One error tree for the whole library.

Every exception the library raises on purpose derives from :class:`SummarizerError`,
and is raised ``from`` the exception that caused it (when there is one)::

    SummarizerError
    ├── InputError                  the input is not a report we can read
    │   ├── EmptyInputError         empty or whitespace-only
    │   ├── BinaryInputError        NUL bytes, PNG/ZIP/legacy .doc/... signatures
    │   ├── DecodeError             bytes that no supported encoding decodes cleanly
    │   ├── ReaderUnavailableError  a PDF/.docx/HTML input whose optional reader is not installed
    │   ├── UnreadableDocumentError a PDF/.docx the parser cannot read (damaged, encrypted), or
    │   │                           a PDF without a text layer (a scan: needs OCR)
    │   └── LabelError              a label file (summarizer.evaluate) that breaks the label format
    │                               or does not fit its source text
    ├── ConfigError                 missing/invalid endpoint, key, model or option
    ├── TokenizerUnavailableError   no tiktoken encoding could be loaded (offline ranks missing)
    ├── LLMError                    a model call failed (carries attempts and usage)
    │   ├── TransientLLMError       408/409/429/5xx, timeouts, broken 200s - retried until the budget ends
    │   │   ├── RateLimitedError    429 whose Retry-After is longer than we are willing to wait
    │   │   └── UnreachableError    no connection (refused, DNS, TLS) - retried; aborts the whole batch
    │   │                           when no request of the run has reached the endpoint yet
    │   ├── AuthError               401/402/403: bad key or no balance - aborts the whole batch
    │   ├── RequestRejectedError    400/404/422: the request itself is wrong - never retried
    │   │   ├── InputTooLongError   400/413: the prompt does not fit the model's context - split the input
    │   │   └── UnsupportedParameterError  the server does not take one of the request's options
    │   │                           (response_format, temperature, stream_options) - negotiated away
    │   ├── ContentFilteredError    provider content filter or model refusal - never retried
    │   ├── TruncatedOutputError    finish_reason == "length" - split the input rather than re-ask
    │   └── OutputValidationError   no valid JSON for the schema after the bounded re-asks
    └── BudgetExceededError         a token ceiling (per document or per run) would be crossed

Backend (``openai``/``httpx``) exceptions are translated into this tree in exactly one place,
:func:`summarizer.llm.transport.translate_error`; document parsers' (pdfminer, python-docx, bs4)
in ``summarizer.ingest.readers``.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "SummarizerError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodeError",
    "ReaderUnavailableError",
    "UnreadableDocumentError",
    "LabelError",
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
]


class SummarizerError(Exception):
    """Root of every error this library raises on purpose."""


class InputError(SummarizerError):
    """The input cannot be read as a text report."""


class EmptyInputError(InputError):
    """The input is empty or holds only whitespace."""


class BinaryInputError(InputError):
    """The input is binary data (NUL bytes or a known binary file signature)."""


class DecodeError(InputError):
    """No supported encoding decodes the bytes cleanly: UTF-8, UTF-8/16 with BOM or GB18030
    for a text file; for a web page also the charset it declares (Big5, Shift_JIS, ...)."""


class ReaderUnavailableError(InputError):
    """The input is a PDF, .docx or HTML page and its optional reader is not installed.

    The message names the extra to install (``pip install 'summarizer[pdf]'``).
    """


class UnreadableDocumentError(InputError):
    """A PDF or .docx that its parser cannot read (damaged, encrypted), or a PDF with no text
    layer (a scanned document: it needs OCR first)."""


class LabelError(InputError):
    """A label file that cannot be read or breaks the label-file format."""


class ConfigError(SummarizerError):
    """Configuration is missing or invalid (endpoint, key, model, options)."""


class TokenizerUnavailableError(SummarizerError):
    """No tiktoken encoding could be loaded; the message says how to fix it."""


class LLMError(SummarizerError):
    """A model call failed.

    ``attempts`` is how many HTTP requests were made for this call (retries and re-asks
    included); ``usage`` is the token usage summed over them (a ``summarizer.llm.usage.Usage``,
    or ``None`` when nothing was recorded).
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        usage: Any = None,
        status_code: int | None = None,
        raw_output: str | None = None,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.usage = usage
        self.status_code = status_code
        self.raw_output = raw_output


class TransientLLMError(LLMError):
    """A failure worth retrying (rate limit, server error, timeout, connection, broken 200)."""


class RateLimitedError(TransientLLMError):
    """Rate limited, and the server asks for a longer wait than the configured cap.

    ``retry_after`` is the wait the server asked for, in seconds (``None`` if unknown).
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class UnreachableError(TransientLLMError):
    """No connection to the endpoint (refused, unknown host, TLS failure).

    Retried like any transient failure; when it outlasts the retries and no request of the run
    has reached the endpoint, the base URL is wrong or the server is down, and the batch stops
    (see :meth:`summarizer.llm.LLMClient.aborts_batch`).
    """


class AuthError(LLMError):
    """Bad key, no permission or no balance (401/402/403): nothing else in the batch can succeed."""


class RequestRejectedError(LLMError):
    """The server rejected the request as malformed (400/404/422); retrying cannot help."""


class InputTooLongError(RequestRejectedError):
    """The prompt (plus the room asked for the answer) exceeds the model's context window.

    Like a truncation, the caller resolves it by splitting the input, not by sending it again.
    """


class UnsupportedParameterError(RequestRejectedError):
    """The server rejects one of the request's options, named by ``param`` (``response_format``,
    ``temperature``, ``stream_options``): a 400 or 422 that names it, or a 5xx whose body names the
    structured-output field (llama-cpp-python answers an unknown ``response_format`` type with a 500).

    The client steps down to what the server takes (remembered for the run) instead of retrying;
    it reaches you only when there is nothing left to step down to (a forced ``strategy``).
    """

    def __init__(self, message: str, *, param: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.param = param


class ContentFilteredError(LLMError):
    """The provider's content filter blocked the request or the model refused."""


class TruncatedOutputError(LLMError):
    """The answer hit the completion token limit (``finish_reason == "length"``).

    ``reasoning_exhausted`` is true when reasoning tokens ate the whole budget.
    """

    def __init__(self, message: str, *, reasoning_exhausted: bool = False, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.reasoning_exhausted = reasoning_exhausted


class OutputValidationError(LLMError):
    """The model never produced JSON valid for the schema within the re-ask budget."""


class BudgetExceededError(SummarizerError):
    """A token ceiling (per document or per run) would be crossed by the next call."""
