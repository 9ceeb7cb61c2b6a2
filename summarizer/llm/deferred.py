"""A model that will answer later: the signal a batch run is built on.

A model behind a provider's Batch API cannot answer now. It records the request (to send it in a
batch) and raises :class:`AnswerDeferred`; everything above it lets the signal through untouched —
it is no :class:`~summarizer.errors.LLMError`, so no retry, re-ask or chunk-failure handling
catches it — and the pipeline sets the report that needed the answer aside as not ready yet. Run
again once the batch has answered, the same request finds its answer and the report completes.
"""

from __future__ import annotations

__all__ = ["AnswerDeferred"]


class AnswerDeferred(Exception):
    """The answer to this request will come later (``key`` names the request)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"answer deferred: {key}")
        self.key = key
