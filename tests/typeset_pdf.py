"""Chinese text typeset as a PDF the way word processors lay it out, for the PDF reader's tests
and ``benchmarks/pdf_joining.py``.

:func:`typeset` puts a line of text per paragraph on A4 pages with reportlab (its built-in CID
font STSong-Light, no font file needed): a 2-em first-line indent, lines broken by reportlab's
CJK rule (``textsplit.wordSplit``: a character at a time; a mark that may not start a line hangs
in the right margin), a running header and a ``— N —`` page number on every page. ``ragged``
leaves each line as wide as its characters; ``justified`` spreads every line of a paragraph but
its last over the full measure by character spacing, as Word justifies Chinese text.
"""

from __future__ import annotations

import io
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.textsplit import wordSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

__all__ = ["HEADER", "Layout", "typeset"]

Layout = Literal["ragged", "justified"]
HEADER = "某某市人民政府文件"
FONT, SIZE, LEADING, INDENT, MARGIN = "STSong-Light", 12.0, 20.0, 24.0, 72.0


def typeset(text: str, layout: Layout, *, measure: float | None = None) -> bytes:
    """``text`` as a PDF, each non-blank line a paragraph (``measure``: the line width in points)."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    width, height = A4
    measure = measure or width - 2 * MARGIN
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    pages = 0

    def new_page() -> float:
        nonlocal pages
        if pages:
            canvas.showPage()
        pages += 1
        canvas.setFont(FONT, 9)
        canvas.drawString(MARGIN, height - 40, HEADER)
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(width / 2, 30, f"— {pages} —")
        return height - MARGIN

    y = new_page()
    for paragraph in (line.strip() for line in text.splitlines()):
        if not paragraph:
            continue
        lines = wordSplit(paragraph, [measure - INDENT, measure], FONT, SIZE)
        for i, (extra, line) in enumerate(lines):
            if y < MARGIN:
                y = new_page()
            words = canvas.beginText(MARGIN + (INDENT if i == 0 else 0), y)
            words.setFont(FONT, SIZE)
            if layout == "justified" and i < len(lines) - 1 and extra > 0 and len(line) > 1:
                words.setCharSpace(extra / (len(line) - 1))
            words.textOut(line)
            canvas.drawText(words)
            y -= LEADING
    canvas.save()
    return out.getvalue()
