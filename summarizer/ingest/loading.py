"""Loading: ``load(source)`` = read the source, then describe the whole file as a Document."""

from __future__ import annotations

import os

from .document import Document
from .source import read_source
from .split import describe_file

__all__ = ["load"]


def load(source: str | bytes | os.PathLike[str]) -> Document:
    """Load one input as a :class:`Document` (the whole file; see :func:`split_reports`).

    ``source`` is a path (``os.PathLike``), raw ``bytes``, or a ``str``. A ``str`` is read as a
    path only when it has no newline, is at most 4096 characters and names an existing file;
    a newline-free ``str`` that names an existing directory, or ends in a file extension such as
    ``.txt`` but names no file, raises :class:`InputError`; any other ``str`` is the text itself.

    PDF, ``.docx`` and HTML input (bytes, or a ``str`` that is a web page) is read by
    :mod:`summarizer.ingest.readers`; the document's ``text`` and every offset are then those of the
    extracted text.

    Raises :class:`BinaryInputError`, :class:`DecodeError`, :class:`EmptyInputError`,
    :class:`ReaderUnavailableError` (the format's optional reader is not installed),
    :class:`UnreadableDocumentError` (a damaged file, or a scanned PDF) or
    :class:`InputError` (unreadable path).
    """
    text, path = read_source(source)
    return describe_file(text, path)
