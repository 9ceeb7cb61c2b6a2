"""A web page's bytes as text, in the charset the page declares.

The first of these that decodes the whole page strictly is its text:

1. UTF-8 (after a byte-order mark or not), whatever the page declares: text in a legacy
   charset is practically never valid UTF-8, while sites that moved to UTF-8 often kept their
   old ``<meta charset="gb2312">``;
2. the charset the page declares - ``<meta charset>``, ``<meta http-equiv="Content-Type">`` or
   an XML declaration (beautifulsoup4's ``EncodingDetector`` finds it) - read with the codec
   browsers use for that label, never a narrower one: GB2312 and GBK as GB18030, Big5 as
   Microsoft's Big5 (cp950) and then Big5-HKSCS, Shift_JIS as cp932, EUC-KR as cp949,
   ISO-8859-1 and ASCII as windows-1252;
3. GB18030, as for a text file without a declaration.

When none does, :class:`~summarizer.errors.DecodeError`: bytes are never replaced by U+FFFD.
(A page with a UTF-16 or UTF-32 byte-order mark is decoded by its mark before it gets here.)
"""

from __future__ import annotations

import codecs

from bs4.dammit import EncodingDetector

from ...errors import DecodeError

__all__ = ["decode"]

# The codecs to try for a declared charset (by Python's name for it): the superset browsers
# decode the label with, and for Big5 both of its supersets, Taiwan's and Hong Kong's.
_SUPERSETS: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "big5": ("cp950", "big5hkscs"),
    "cp950": ("cp950", "big5hkscs"),
    "big5hkscs": ("big5hkscs", "cp950"),
    "shift_jis": ("cp932",),
    "euc_kr": ("cp949",),
    "iso8859-1": ("cp1252",),
    "ascii": ("cp1252",),
    # A page cannot declare UTF-16/32 in markup it must be read to find: the label is wrong.
    "utf-16": (), "utf-16-le": (), "utf-16-be": (), "utf-32": (), "utf-32-le": (), "utf-32-be": (),
}  # fmt: skip
# Labels browsers know and Python does not.
_ALIASES = {"x-gbk": "gbk", "windows-31j": "cp932", "x-sjis": "cp932", "x-x-big5": "big5", "cn-big5": "big5"}


def decode(data: bytes) -> str:
    """The page's text (see the module docstring for the order of charsets tried)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    for codec in _codecs(declared):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):  # LookupError: a label naming no text codec
            continue
    tried = f"its declared charset {declared}, UTF-8 or GB18030" if declared else "UTF-8 or GB18030"
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"cannot decode the web page as {tried} (bad byte at offset {exc.start})") from exc


def _codecs(label: str | None) -> tuple[str, ...]:
    """The codecs that read a page declaring ``label`` (none for a label that names none)."""
    if label is None:
        return ()
    label = label.strip().lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name
    except LookupError:
        return ()
    return _SUPERSETS.get(name, (name,))

