"""Readers: the plain text of a report published as a PDF, a Word ``.docx`` file or a web page.

:func:`summarizer.load` calls :func:`binary_format` on raw bytes and :func:`is_html` on decoded
text, then :func:`read_binary` / :func:`read_html` for what they recognise. A web page that
arrives as bytes is taken by :func:`binary_format` already, so that it is decoded in the
charset it declares (:mod:`._charset`), not guessed as a text file's. Each reader returns the
report as plain text in the shape of the library's text inputs:

* one paragraph per line, headings (``一、`` ``（一）`` ``1.``) on lines of their own;
* a table row per line, its cells joined by `` | `` (as in scraped metadata tables, so
  ``索引号 | ... | 成文日期 | ...`` rows are read and trimmed like those of a text file); in
  .docx and web pages a table of indicators with a target column gives a sentence per row
  instead, each cell after its header and each target after its indicator
  (``指标：生产总值；2022年：326.3亿元；2023年目标：生产总值增长7%左右。``, see :mod:`._tables`);
* nothing added but what a reader of the document sees: Word's automatic list numbers
  (``一、`` drawn from numbering.xml, see :mod:`._numbering`) are written out; no markup,
  captions or numbering the document does not show. What is left out is furniture - PDF and
  Word page headers, footers and page numbers; web navigation, scripts and footers.

That text, not the file's bytes, is :attr:`summarizer.Document.text`: every offset in the
library (spans, sections, chunks, evidence) points into it.

Each parser is an optional extra, imported only when a file of its kind arrives: ``pdf``
(pdfminer.six), ``docx`` (python-docx), ``html`` (beautifulsoup4). Without it the input raises
:class:`~summarizer.errors.ReaderUnavailableError` naming the ``pip install`` to run. Whatever a
parser raises on a damaged file becomes :class:`~summarizer.errors.UnreadableDocumentError` in
one place, :func:`_parsing`.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from ...errors import ReaderUnavailableError, SummarizerError, UnreadableDocumentError

__all__ = ["BinaryFormat", "Format", "binary_format", "is_html", "read_binary", "read_html"]

Format = Literal["pdf", "docx", "html"]
BinaryFormat = Format  # a format whose reader takes the bytes themselves

_WHAT: dict[Format, str] = {"pdf": "a PDF", "docx": "a Word .docx file", "html": "an HTML page"}

# After whitespace or a BOM (and an XML declaration or comments, as XHTML pages start), a
# doctype or the root element: the page announces itself.
_HTML_START = re.compile(
    r"[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
# A fragment saved as .html (no doctype, no <html>) still starts with a tag and holds common ones.
_HTML_TAG = re.compile(r"<(?:head|body|div|p|table|meta|title|h[1-6]|span|br)\b", re.I)
_HTML_SUFFIX = re.compile(r"\.html?$", re.I)
_SNIFF_CHARS = 4096


def binary_format(data: bytes, path: str | None = None) -> BinaryFormat | None:
    """``"pdf"``, ``"docx"`` or ``"html"`` when the bytes are one, else ``None``. By content,
    except that a fragment saved as ``.html`` (no doctype, no ``<html>``) is a web page only by
    its ``path``, as :func:`is_html` says."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and _holds_word_document(data):
        return "docx"
    if is_html(_ascii_head(data), path):
        return "html"
    return None


def _ascii_head(data: bytes) -> str:
    # Markup is ASCII in every charset a page can declare in it (UTF-8, GB, Big5, Shift_JIS...):
    # read as Latin-1, the head shows its tags whatever the charset.
    return data[:_SNIFF_CHARS].removeprefix(codecs.BOM_UTF8).decode("latin-1")


def _holds_word_document(data: bytes) -> bool:
    # A .docx is a ZIP with word/document.xml; .xlsx/.pptx and damaged archives are not.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def is_html(text: str, path: str | None = None) -> bool:
    """Is ``text`` a web page? (A doctype or ``<html>`` first; for a ``.html``/``.htm`` path,
    also a fragment that starts with a tag and holds common HTML tags.)"""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    if path is None or not _HTML_SUFFIX.search(path):
        return False
    return head.lstrip(" \t\r\n\ufeff").startswith("<") and _HTML_TAG.search(head) is not None


def read_binary(kind: BinaryFormat, data: bytes) -> str:
    """The text of a PDF, ``.docx`` file or web page (see the module docstring for its shape)."""
    if kind == "pdf":
        return _read_pdf(data)
    if kind == "html":
        return read_html(data)
    return _read_docx(data)


def read_html(page: str | bytes) -> str:
    """The text of a web page's report: its main content, without navigation or scripts.
    Bytes are decoded in the charset the page declares (see :mod:`._charset`)."""
    with _parsing("html"):
        from . import _charset, _html
    text = page if isinstance(page, str) else _charset.decode(page)
    with _parsing("html"):
        soup = _html.parse(text)
    return _html.text_of(soup)


def _read_pdf(data: bytes) -> str:
    with _parsing("pdf"):
        from . import _pdf

        pages = _pdf.parse(data)
    return _pdf.text_of(pages)


def _read_docx(data: bytes) -> str:
    with _parsing("docx"):
        from . import _docx

        blocks = _docx.parse(data)
    return _docx.text_of(blocks)


@contextmanager
def _parsing(kind: Format) -> Iterator[None]:
    """Import a format's reader and run its parser; translate what they raise (the one place).

    Only the import and the library's parse run inside: the layout code after it is ours, and
    a bug there should surface as itself, not as a damaged file.
    """
    what = _WHAT[kind]
    try:
        yield
    except ImportError as exc:
        raise ReaderUnavailableError(
            f"input is {what}; install the reader with: pip install 'summarizer[{kind}]'"
        ) from exc
    except SummarizerError:
        raise
    except Exception as exc:  # on malformed input parsers raise any built-in (KeyError, ...)
        detail = str(exc) or type(exc).__name__
        raise UnreadableDocumentError(
            f"input is {what} that cannot be read (damaged or encrypted?): {detail}"
        ) from exc
