"""Extraction engines: each turns a span of a report into :class:`~summarizer.extract.notes.ChunkNotes`.

- :mod:`summarizer.extract.llm`   - one structured LLM call per chunk
  (:mod:`summarizer.extract.packing` lets short reports of one source share a call)
- :mod:`summarizer.extract.rules` - deterministic passes over the text (no model, no network)

Both produce the same shape; :mod:`summarizer.grounding` then finds every quote in the source
and parses every number from its quote, so neither engine's numbers are trusted as given.
"""

__all__: list[str] = []  # the engines are used from their modules
