"""Loading: ``load(source)`` = read the source, then describe the whole file as a Document."""

from __future__ import annotations

import os

from ..errors import InputError
from .document import Document
from .source import ACCEPTED, Source, check_text, open_source, read_path, text_of
from .split import describe_file

__all__ = ["load"]


def load(
    source: Source | None = None,
    *,
    text: str | None = None,
    path: str | os.PathLike[str] | None = None,
) -> Document:
    """Load one input as a :class:`Document` (the whole file; see :func:`split_reports`).

    Give exactly one of:

    * ``source``: a path (``os.PathLike``), the file's ``bytes``, a file object (binary or
      text; read whole from where it stands, its ``name`` kept as the path), or a ``str``. A
      ``str`` is read as a path when it names an existing file. A one-line ``str`` that looks
      like a file name - a suffix such as ``.txt``, a ``/``, no space and no Chinese, or spaces
      around an existing file's name - but names none raises :class:`InputError` naming it
      (``load("report.txt ")`` is not summarised as the text ``"report.txt "``). Any other
      ``str`` is the report's text.
    * ``text=``: the report's text, never taken for a path.
    * ``path=``: a file's path, never taken for text.

    PDF, ``.docx`` and HTML input is read by :mod:`summarizer.ingest.readers`; the document's
    ``text`` and every offset are then those of the extracted text.

    Raises :class:`TypeError` for any other kind of argument, or none or several of them;
    :class:`BinaryInputError`, :class:`DecodeError`, :class:`EmptyInputError`,
    :class:`ReaderUnavailableError` (the format's optional reader is not installed),
    :class:`UnreadableDocumentError` (a damaged file, or a scanned PDF) or :class:`InputError`
    (a path that cannot be read). Errors about a file's content start with its path.
    """
    given = [name for name, value in (("source", source), ("text", text), ("path", path)) if value is not None]
    if len(given) != 1:
        raise TypeError(f"load() takes one of source, text= or path= ({ACCEPTED}); got {given or 'none'}")
    content: str | bytes
    name: str | None
    if text is not None:
        content, name = check_text(text), None
    elif path is not None:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"path= takes a str or os.PathLike; got {type(path).__name__}")
        content, name = read_path(path), os.fspath(path)
    else:
        content, name = open_source(source)
    try:
        return describe_file(text_of(content, name), name)
    except InputError as exc:
        if name is None or name in str(exc):
            raise
        raise type(exc)(f"{name}: {exc}") from exc
