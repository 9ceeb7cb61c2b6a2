"""The :class:`Document`: one report (or a whole file) as a span of its decoded source text.

Every stage after ingest works on Documents; every offset in the library is an index into
:attr:`Document.text`, which all documents split from one file share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import DocType

__all__ = ["DocType", "Document", "sentence_start"]


@dataclass(frozen=True)
class Document:
    """One report (or a whole file) as a kept span ``[start, end)`` of the shared source ``text``.

    ``text`` is the whole decoded source (``\n`` line ends) - for a PDF, .docx or web page the
    text extracted from it - shared by every document split from it, so all offsets in the
    library point into one coordinate system; it is left out of ``repr``. ``year`` is the year
    named in the title (``2023年XX市政府工作报告`` → 2023); ``plan_year`` the year its
    forward-looking targets are for (a government work report plans its own year;
    ``2022年工作总结和2023年工作思路`` plans 2023); ``figures_year`` the year the figures of a page
    that tells figures only are for (:func:`.reviewed.figures_year`). ``date`` is the ISO date of
    a news item, or the 成文日期 of a file that carries a metadata table. ``path`` is the file it
    came from, if any.
    """

    text: str = field(repr=False)
    start: int
    end: int
    title: str | None = None
    region: str | None = None
    year: int | None = None
    plan_year: int | None = None
    doc_type: DocType = DocType.UNKNOWN
    figures_year: int | None = None
    date: str | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end <= len(self.text):
            span = f"[{self.start}, {self.end})"
            raise ValueError(f"span {span} is outside the text (length {len(self.text)})")

    @property
    def body(self) -> str:
        """The document's own text, ``text[start:end]``."""
        return self.text[self.start : self.end]


_SENTENCE_MARKS = "。！？!?\n"


def sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding ``text[at - 1]`` starts: just after the last sentence end before
    ``at``, or ``start`` when there is none since it."""
    return max(start, *(text.rfind(mark, start, at) + 1 for mark in _SENTENCE_MARKS))
