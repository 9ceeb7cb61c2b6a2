"""Token usage, cost and token ceilings.

``None`` always means *unknown* (the provider sent no usage, or a request timed out after the
provider may have charged for it); it is never silently turned into 0, and ``unknown + known`` stays
unknown. A cached answer costs nothing: it counts as a call and a cached call with zero tokens.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import BudgetExceededError
from ..models import Usage

__all__ = ["Price", "TokenBudget", "Reservation", "estimate_tokens", "error_usages"]


@dataclass(frozen=True)
class Price:
    """Price in any currency per million tokens (reasoning tokens are billed as output).

    ``cached_input_per_million`` is the price of prompt tokens the provider served from its
    prefix cache, when it bills them less; without it, or when the cached count is unknown, every
    prompt token is billed at ``input_per_million``. ``batch_discount`` is what a request costs
    through the provider's Batch API, as a share of the real-time price (0.5: half price, as at
    OpenAI, DashScope and Zhipu).
    """

    input_per_million: float
    output_per_million: float
    cached_input_per_million: float | None = None
    batch_discount: float = 0.5

    def for_batch(self) -> Price:
        """The prices of a request answered through the Batch API."""
        cached = self.cached_input_per_million
        return Price(
            self.input_per_million * self.batch_discount,
            self.output_per_million * self.batch_discount,
            None if cached is None else cached * self.batch_discount,
            batch_discount=1.0,
        )

    def cost(
        self, prompt_tokens: int | None, completion_tokens: int | None, cached_tokens: int | None = None
    ) -> float | None:
        """Cost of the given tokens, ``None`` if the prompt or completion count is unknown."""
        if prompt_tokens is None or completion_tokens is None:
            return None
        cached = cached_tokens if cached_tokens and self.cached_input_per_million is not None else 0
        fresh = (prompt_tokens - cached) * self.input_per_million
        reused = cached * (self.cached_input_per_million or 0.0)
        return (fresh + reused + completion_tokens * self.output_per_million) / 1_000_000


def error_usages(exc: BaseException) -> list[Usage]:
    """The usage a failed call reports (``LLMError.usage``), as a list to add to a total."""
    usage = getattr(exc, "usage", None)
    return [usage] if isinstance(usage, Usage) else []


def estimate_tokens(texts: Iterable[str]) -> int:
    """A deliberately rough, slightly pessimistic prompt-token estimate, no tokenizer needed.

    CJK characters count one token each (tiktoken's o200k gives ~0.7), everything else a quarter
    token per character, plus 4 tokens of framing per message.
    """
    total = 0.0
    for text in texts:
        cjk = len(_CJK.findall(text))  # a regex scan: a per-character loop costs ~1 ms per call
        total += cjk + (len(text) - cjk) / 4 + 4
    return math.ceil(total)


_CJK = re.compile("[\u2e80-\u9fff\uff00-\uffef]")


@dataclass
class Reservation:
    """Tokens held against the ceilings while a request is in flight; see :class:`TokenBudget`."""

    budget: TokenBudget
    key: str | None
    tokens: int
    settled: bool = False

    def settle(self, actual: int | None) -> None:
        """Replace the estimate by the tokens actually spent (``None``, unknown: keep it)."""
        if not self.settled:
            self.settled = True
            self.budget._adjust(self.key, (self.tokens if actual is None else actual) - self.tokens)


class TokenBudget:
    """Hard ceilings on tokens per document (``budget_key``) and per run.

    The check happens *before* each HTTP request: the tokens already spent (actual prompt plus
    completion tokens of finished requests; the estimate when the provider reported no usage) plus
    the reservations of requests in flight plus :func:`estimate_tokens` of the new prompt must stay
    within each ceiling, else :class:`~summarizer.errors.BudgetExceededError` is raised and nothing
    is sent. Completion tokens cannot be known in advance, so a single answer can overshoot a
    ceiling; the next request is then refused.
    """

    def __init__(self, *, per_document: int | None, per_run: int | None) -> None:
        self.per_document = per_document
        self.per_run = per_run
        self._spent: dict[str | None, int] = {}
        self._run = 0
        self._lock = threading.Lock()

    def spent(self, key: str | None = None) -> int:
        """Tokens charged or reserved so far for ``key`` (the whole run if ``key`` is None)."""
        with self._lock:
            return self._run if key is None else self._spent.get(key, 0)

    def reserve(self, key: str | None, tokens: int) -> Reservation:
        """Hold ``tokens`` for a request about to be sent, or raise BudgetExceededError."""
        with self._lock:
            if self.per_run is not None and self._run + tokens > self.per_run:
                raise BudgetExceededError(
                    f"token ceiling per run ({self.per_run}) would be crossed: "
                    f"{self._run} spent, next request ~{tokens}"
                )
            doc = self._spent.get(key, 0)
            limit = self.per_document if key is not None else None
            if limit is not None and doc + tokens > limit:
                raise BudgetExceededError(
                    f"token ceiling per document ({limit}) would be crossed for "
                    f"{key!r}: {doc} spent, next request ~{tokens}"
                )
            self._spent[key] = doc + tokens
            self._run += tokens
        return Reservation(self, key, tokens)

    def _adjust(self, key: str | None, delta: int) -> None:
        with self._lock:
            self._spent[key] = self._spent.get(key, 0) + delta
            self._run += delta
