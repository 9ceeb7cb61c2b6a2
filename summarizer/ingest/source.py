"""Reading a source: a path, bytes or text → the normalised text every offset points into.

1. **Path or text**: a ``str`` is a path only when it names a file (see :func:`read_source`).
2. **Extract or refuse**, by content: a PDF (``%PDF``), a ``.docx`` (a ZIP holding
   ``word/document.xml``) and a web page (``<!doctype html``/``<html`` first, or a ``.html``
   file that looks like HTML) are turned into plain text by :mod:`.readers` (optional extras
   ``pdf``, ``docx``, ``html``). Other binary signatures (PNG, other ZIPs, legacy ``.doc``, ...),
   NUL bytes, undecodable bytes and empty input each raise their own
   :class:`~summarizer.errors.InputError` subclass.
3. **Decode** in a fixed, deterministic order: byte-order marks (UTF-32, UTF-8, UTF-16), then strict
   UTF-8, then strict GB18030 (a superset of GBK and GB2312, so no narrower codec is ever used).
   A web page's bytes are the exception: they are decoded in the charset the page declares
   (``<meta charset>``, see :mod:`.readers`), as a browser would.
4. **Normalise once**: ``\\r\\n`` and ``\\r`` become ``\\n`` and stray U+FEFF marks are dropped; nothing
   else changes (no NFKC - it rewrites full-width punctuation). The result is
   :attr:`~summarizer.ingest.document.Document.text`, the coordinate system of every offset in the
   library. For a PDF, .docx or web page that is the *extracted* text, not the file's bytes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from . import readers

__all__ = ["read_source"]


# A str shorter than this, without newlines, is taken for a path when such a file exists.
_MAX_PATH_CHARS = 4096
_PATHLIKE_STR = re.compile(r"^[^\n]{0,4096}\.(?:txt|md|text|csv|docx?|pdf|html?|json)$", re.I)

# What readers.binary_format does not take (it takes PDF, .docx and HTML) and is no text either.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive (e.g. .xlsx/.pptx)"),
    (b"PK\x05\x06", "ZIP archive (e.g. .xlsx/.pptx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy .doc/.xls file: save it as .docx and load that"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_NEWLINES = re.compile(r"\r\n?")


def read_source(source: str | bytes | os.PathLike[str]) -> tuple[str, str | None]:
    """The normalised text of ``source``, and the path it was read from (None for bytes or text).

    See :func:`summarizer.load` for how a ``str`` is told from a path and what is raised.
    """
    path: str | None = None
    raw: str | bytes
    if isinstance(source, bytes) or (isinstance(source, str) and not _is_path_str(source)):
        raw = source
    else:
        path = os.fspath(source)
        raw = _read_bytes(path)
    return _normalise(_text_of(raw, path)), path


def _text_of(source: str | bytes, path: str | None) -> str:
    """The report's text: extracted from a PDF, .docx or web page, else the decoded input."""
    if isinstance(source, bytes):
        kind = readers.binary_format(source, path)
        if kind is not None:
            return readers.read_binary(kind, source)
        source = _decode(source)
    return readers.read_html(source) if readers.is_html(source, path) else source


def _is_path_str(source: str) -> bool:
    if "\n" in source or len(source) > _MAX_PATH_CHARS:
        return False
    if os.path.isfile(source):
        return True
    if os.path.isdir(source):
        raise InputError(f"is a directory, not a file: {source}")
    if _PATHLIKE_STR.match(source) and not re.search(r"[。，,；]", source):
        raise InputError(f"file not found: {source}")
    return False


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"file not found: {path}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"is a directory, not a file: {path}") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _decode(data: bytes) -> str:
    """Bytes to str: refuse binary, then BOMs, strict UTF-8, strict GB18030."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"input is binary data ({kind}), not a text report")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec)
    if b"\x00" in data:
        raise BinaryInputError(
            "input is binary data (contains NUL bytes), not a text report "
            "(UTF-16 text needs a byte-order mark)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _strict(data, "gb18030", tried="UTF-8 or GB18030")


def _strict(data: bytes, codec: str, *, tried: str | None = None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        what = tried or codec.upper()
        raise DecodeError(
            f"cannot decode input as {what} (bad byte at offset {exc.start}); "
            "supported: UTF-8, UTF-8/UTF-16 with BOM, GB18030/GBK/GB2312"
        ) from exc


def _normalise(text: str) -> str:
    """Line ends to ``\\n``, drop BOM characters, and refuse text that is not a report."""
    text = _NEWLINES.sub("\n", text).replace("\ufeff", "")
    if "\x00" in text:
        raise BinaryInputError("input is binary data (contains NUL characters), not a text report")
    if "\ufffd" in text:
        raise DecodeError(
            "input contains U+FFFD replacement characters: it was decoded with the wrong "
            "encoding before; pass the original bytes or file"
        )
    if not text.strip():
        raise EmptyInputError("input is empty or whitespace only")
    return text
