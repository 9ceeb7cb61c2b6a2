"""The LLM engine: a model reads each chunk, code checks every figure it reports.

:mod:`.prompts` loads the prompt files; :mod:`.extract` sends one chunk and splits it when the
answer does not fit; :mod:`.packing` lets small reports of one source share a call;
:mod:`.reduce` writes the overview and section summaries from the verified findings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...errors import ConfigError
from ...ingest import Document
from ...llm import LLMClient, LLMConfig
from ...models import Findings, Usage
from ...text.chunking import chunk
from ...text.structure import parse_sections
from ...text.tokens import token_counter
from ..base import Engine, Extraction, Job, Reduction
from .extract import aextract_chunk
from .packing import plan_jobs
from .prompts import language_rule
from .reduce import areduce_llm

__all__ = ["LLMEngine", "MIN_CHUNK_TOKENS"]

MIN_CHUNK_TOKENS = 128  # below this the prompt dwarfs the text it is about


class LLMEngine(Engine):
    """Extraction and prose by a model behind ``config`` (see :class:`~summarizer.llm.LLMConfig`).

    ``language`` is the language of the overview and section summaries (``zh`` or ``en``);
    ``chunk_tokens`` the source tokens per extraction call (default: the endpoint's
    :attr:`LLMConfig.chunk_tokens`). Pass ``client`` to share one :class:`LLMClient` (its cache,
    budgets and usage) between runs; the engine then leaves it open.
    """

    name = "llm"

    def __init__(
        self,
        config: LLMConfig,
        *,
        language: str = "zh",
        chunk_tokens: int | None = None,
        client: LLMClient | None = None,
    ) -> None:
        language_rule(language)  # an unsupported language is a ConfigError before any work
        if chunk_tokens is not None and chunk_tokens < MIN_CHUNK_TOKENS:
            raise ConfigError(f"chunk_tokens must be at least {MIN_CHUNK_TOKENS}")
        self.config = config
        self.model = config.model
        self.language = language
        self.chunk_tokens = chunk_tokens or config.chunk_tokens
        self.client = client or LLMClient(config)
        self._owns_client = client is None
        self._counter = token_counter()

    def __repr__(self) -> str:
        return f"LLMEngine({self.config!r}, language={self.language!r}, chunk_tokens={self.chunk_tokens})"

    def jobs(self, reports: Sequence[Document]) -> list[Job]:
        chunked = [(doc, chunk(doc, self.chunk_tokens)) for doc in reports]
        return plan_jobs(chunked, self.chunk_tokens, self._counter)

    async def extract(self, job: Job) -> Extraction:
        return await aextract_chunk(
            self.client, job.doc, job.piece, language=self.language,
            budget_key=_budget_key(job.members[0].doc), context=job.context,
        )  # fmt: skip

    async def reduce(self, report: Document, extraction: Extraction, findings: Findings) -> Reduction:
        return await areduce_llm(
            self.client, report, parse_sections(report), extraction.parts, findings,
            language=self.language, budget=2 * self.chunk_tokens, counter=self._counter,
            budget_key=_budget_key(report),
        )  # fmt: skip

    def zero_usage(self) -> Usage:
        return Usage.empty(priced=self.config.price is not None)

    async def aclose(self) -> None:
        if self._owns_client:
            await self.client.aclose()


def _budget_key(doc: Document) -> str:
    """The name a report's token ceiling is kept under (``LLMConfig.max_tokens_per_document``)."""
    return f"{doc.path or '<text>'}#{doc.start}"
