"""Stage 1, ingest: a path, bytes or text → :class:`Document` s with region, year, title and type.

Read the modules in this order: :mod:`.document` (the type), :mod:`.source` (path or text,
decoding, :mod:`.readers` for PDF/Word/web pages), :mod:`.boilerplate` (what is left outside a
report's span), :mod:`.reviewed` (the years a text tells as over), :mod:`.metadata` (title,
region, year, type), :mod:`.split` (compilations and digests into reports), :mod:`.loading`
(``load``).
"""

from __future__ import annotations

from .document import DocType, Document
from .loading import load
from .split import split_reports

__all__ = ["DocType", "Document", "load", "split_reports"]
