"""Reading a source: a path, bytes, a file object or text → the text every offset points into.

1. **Path or text** (:func:`open_source`): ``os.PathLike`` is a path, ``bytes`` the file's
   content, a file object (anything with ``read()``, binary or text) is read whole. A ``str`` is
   the one ambiguous kind, told apart by :func:`_is_path_str`: it is a path when it names a file;
   a one-line ``str`` that *looks like* a path (see :func:`_looks_like_path`) but names none is an
   :class:`~summarizer.errors.InputError` naming it - never summarised as if it were the report's
   text; any other ``str`` is the text. ``load(text=...)`` and ``load(path=...)`` say which
   without guessing.
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
from collections.abc import Callable
from pathlib import Path
from typing import IO, Union

from ..errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from . import readers

__all__ = ["Source", "ACCEPTED", "is_source", "open_source", "check_text", "read_path", "text_of"]

Source = Union[str, bytes, bytearray, "os.PathLike[str]", IO[str], IO[bytes]]
"""What :func:`summarizer.load` reads: a path, the file's bytes, a file object, or a ``str``."""
ACCEPTED = "a path (str or os.PathLike), bytes, a file object, or the report's text (str)"

# A str longer than this, or with a line break, is always text.
_MAX_PATH_CHARS = 4096
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A file suffix: .txt, .docx, .html, .pdf ... (letters, maybe digits; not a number like 6.5).
_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}$")
# Punctuation that ends or splits a Chinese sentence is never part of a file name we expect.
_SENTENCE_MARK = re.compile(r"[。，；：！？、]")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)

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


def is_source(value: object) -> bool:
    """Is ``value`` one source :func:`open_source` reads (not a list of them)?"""
    return isinstance(value, (str, bytes, bytearray, os.PathLike)) or _is_file(value)


def _is_file(value: object) -> bool:
    return callable(getattr(value, "read", None))


def open_source(source: object) -> tuple[str | bytes, str | None]:
    """The content of ``source`` (a ``str`` of text, or bytes) and the path it came from, if any.

    Raises :class:`TypeError` for anything but the kinds in :data:`ACCEPTED`, and
    :class:`InputError` for a path that cannot be read or a ``str`` that looks like a path to a
    file that does not exist.
    """
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), None
    if isinstance(source, str):
        return (read_path(source), source) if _is_path_str(source) else (source, None)
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        if not isinstance(path, str):
            raise TypeError(f"a path must be a str path, not {type(path).__name__}")
        return read_path(path), path
    if _is_file(source):
        return _read_file(source)
    raise TypeError(f"expected {ACCEPTED}; got {type(source).__name__}")


def check_text(text: object) -> str:
    """``text`` itself, when it is a ``str`` (for ``load(text=...)``, which never reads a file)."""
    if not isinstance(text, str):
        raise TypeError(f"text= takes the report's text as a str; got {type(text).__name__}")
    return text


def _read_file(file: object) -> tuple[str | bytes, str | None]:
    """A file object read whole (from where it stands), and its name when it has a path one."""
    read: Callable[[], object] = getattr(file, "read")
    try:
        content = read()
    except (OSError, ValueError) as exc:  # closed, not readable, not decodable as opened
        raise InputError(f"cannot read the file object: {exc}") from exc
    if isinstance(content, bytearray):
        content = bytes(content)
    if not isinstance(content, (str, bytes)):
        raise TypeError(f"a file object's read() must return str or bytes; got {type(content).__name__}")
    name = getattr(file, "name", None)
    return content, name if isinstance(name, str) else None


def text_of(content: str | bytes, path: str | None) -> str:
    """The normalised text of the content: extracted from a PDF, .docx or web page, else the
    decoded input (see the module docstring)."""
    return _normalise(_extracted(content, path))


def _extracted(source: str | bytes, path: str | None) -> str:
    if isinstance(source, bytes):
        kind = readers.binary_format(source, path)
        if kind is not None:
            return readers.read_binary(kind, source)
        source = _decode(source)
    return readers.read_html(source) if readers.is_html(source, path) else source


def _is_path_str(source: str) -> bool:
    """Is this ``str`` a path? Yes when it names a file; an error when it names a directory or
    looks like a path (:func:`_looks_like_path`) to nothing; otherwise it is text."""
    if "\n" in source or "\r" in source or len(source) > _MAX_PATH_CHARS or not source.strip():
        return False
    if os.path.isfile(source):
        return True
    if os.path.isdir(source):
        raise InputError(f"is a directory, not a file: {source}")
    if _looks_like_path(source):
        raise InputError(_not_found(source))
    return False


def _looks_like_path(line: str) -> bool:
    """A one-line ``str`` a user meant as a file name, not as a report.

    Without CJK characters, a line with a file suffix, a path separator or no inner space is a
    name (``report.txt``, ``reports/2023``, ``report``; a Chinese report is never that), and so
    is one whose stripped form names a file. With CJK characters, only a suffix and no sentence
    punctuation make one (``2023年温州市政府工作报告.pdf``): ``全市生产总值增长6.5%`` is a report.
    """
    name = line.strip()
    if name != line and os.path.exists(name):
        return True
    suffix = _SUFFIX.search(name) is not None
    if _CJK.search(name):
        return suffix and not _SENTENCE_MARK.search(name)
    return suffix or "/" in name or "\\" in name or not re.search(r"\s", name)


def _not_found(name: str) -> str:
    message = f"file not found: {name!r}"
    if _URL.match(name):
        return f"{message} (web addresses are not fetched: save the page and pass the file)"
    return message + (_near_miss(name) or " (to summarise the string itself, pass it as load(text=...))")


def _near_miss(name: str) -> str:
    """A hint when ``name`` misses a file only by spaces at its ends (an invisible typo)."""
    if name.strip() != name and os.path.exists(name.strip()):
        return f" (its name has spaces at the ends; did you mean {name.strip()!r}?)"
    return ""


def read_path(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``; :class:`InputError` naming it when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"file not found: {os.fspath(path)}{_near_miss(os.fspath(path))}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"is a directory, not a file: {os.fspath(path)}") from exc
    except OSError as exc:
        raise InputError(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from exc


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
