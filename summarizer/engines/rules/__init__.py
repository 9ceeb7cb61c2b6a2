"""The rules engine: deterministic notes and extractive prose from a report's text alone.

No model and no network: :mod:`.reading` finds the report's plan part and headline passage,
:mod:`.extract` reads targets, results, qualitative targets and priorities off the text, and
:mod:`.extractive` writes the overview and section summaries from the report's own sentences.
Its notes are grounded and merged by the pipeline exactly like a model's.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...ingest import Document
from ...models import Findings
from ...text.chunking import Chunk
from ..base import Engine, Extraction, Job, Reduction
from .extract import extract_notes
from .extractive import extractive_reduce

__all__ = ["RulesEngine", "extract_notes", "extractive_reduce"]


class RulesEngine(Engine):
    """Reads each report whole: one job per report, whose piece is the report's span.

    The rules need the whole report at once (where its plan part starts decides whether a figure
    is a target or a result), and there is no prompt to keep within a token budget: the pieces
    carry no token count (``n_tokens`` 0, read by nothing on this engine's path), so no tokenizer
    is loaded (loading o200k_base's ranks took 0.57 s of a 1.5 s CLI run on the corpus).
    """

    name = "rules"

    def jobs(self, reports: Sequence[Document]) -> list[Job]:
        return [Job.single(i, doc, self._whole(doc)) for i, doc in enumerate(reports)]

    async def extract(self, job: Job) -> Extraction:
        return Extraction(parts=[(job.piece, extract_notes(job.doc))])

    async def reduce(self, report: Document, extraction: Extraction, findings: Findings) -> Reduction:
        return extractive_reduce(report)

    def _whole(self, doc: Document) -> Chunk:
        return Chunk(0, doc.start, doc.end, doc.body, 0, ())
