"""Stage 2, text: a report's structure, its tokens, and its chunks with exact offsets.

Read in this order: :mod:`.structure` (the heading tree), :mod:`.tokens` (tiktoken, offline ranks,
counting spans), :mod:`.chunking` (token-budgeted chunks along the structure), and
:mod:`.quotes` (finding a quoted passage in the text again).
"""

from __future__ import annotations

from .chunking import Chunk, chunk
from .quotes import locate
from .structure import Section, iter_sections, outline, parse_sections, section_path_at
from .tokens import TokenCounter, get_encoding, token_counter

__all__ = [
    "Chunk",
    "chunk",
    "locate",
    "Section",
    "iter_sections",
    "outline",
    "parse_sections",
    "section_path_at",
    "TokenCounter",
    "get_encoding",
    "token_counter",
]
