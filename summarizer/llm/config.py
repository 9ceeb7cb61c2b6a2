"""Endpoint, key, model and call options, from arguments first, then the environment.

Precedence (first found wins):

* provider: ``provider=`` → ``$SUMMARIZER_PROVIDER`` → guessed from the base URL's host.
* base URL: ``base_url=`` → the preset of an explicitly passed ``provider=`` → ``$OPENAI_BASE_URL``
  → the preset of ``$SUMMARIZER_PROVIDER`` → OpenAI's.
* model: ``model=`` → ``$SUMMARIZER_MODEL`` → the provider's default model.
* key: ``api_key=`` → the provider's own variable (``DEEPSEEK_API_KEY``, ``DASHSCOPE_API_KEY``,
  ``MOONSHOT_API_KEY``, ``ZHIPUAI_API_KEY``) → ``$OPENAI_API_KEY`` → a placeholder for local servers
  (ollama, vllm, llamacpp, or any base URL on localhost), which need none.

The key is kept out of ``repr``/``str``, logs, the cache and error messages. The answer cache
lives in ``$SUMMARIZER_CACHE_DIR`` or the user cache dir unless ``cache_path``/``use_cache`` say
otherwise.

Local servers (a preset marked local, or any host on this machine) get what they can serve: one
request at a time (llama.cpp, llama-cpp-python and Ollama queue the rest, or interrupt the one
they are working on), smaller chunks, and a longer silence before a request counts as timed out
(a CPU reads a long prompt for minutes before its first token).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import platformdirs

from ..errors import ConfigError
from .usage import Price

__all__ = [
    "LLMConfig",
    "Preset",
    "BatchLimits",
    "PRESETS",
    "HOSTED_CHUNK_TOKENS",
    "LOCAL_CHUNK_TOKENS",
    "Strategy",
    "STRATEGIES",
    "default_cache_path",
]

Strategy = Literal["auto", "json_schema", "grammar", "json_object", "prompt"]
"""How the answer's JSON schema reaches the server: ``json_schema`` (OpenAI's strict
``response_format``; vLLM, Ollama and LM Studio constrain decoding to it), ``grammar``
(``{"type": "json_object", "schema": ...}``: llama.cpp's and llama-cpp-python's
schema-constrained decoding), ``json_object`` (any JSON; the schema goes in the instructions),
``prompt`` (instructions only). ``auto`` starts from the provider's best and steps down when the
server rejects one."""
STRATEGIES: tuple[Strategy, ...] = ("json_schema", "grammar", "json_object", "prompt")
"""The concrete strategies, best first: the order ``auto`` steps down in."""


@dataclass(frozen=True)
class BatchLimits:
    """What one request file of a provider's Batch API may hold."""

    max_requests: int = 50_000
    max_bytes: int = 100 * 2**20


@dataclass(frozen=True)
class Preset:
    """What a provider name fills in. ``batch``: the provider's Batch API limits (``None``: it has
    none; its requests can still be exported for ``vllm run-batch`` or a manual upload)."""

    base_url: str
    model: str
    key_env: str | None  # provider-specific key variable, checked before OPENAI_API_KEY
    local: bool = False  # local servers need no key
    strategy: Strategy = "json_object"  # the first strategy tried under "auto"
    chunk_tokens: int = 4096  # source tokens per extraction call, unless the caller says
    concurrency: int | None = None  # requests in flight; None: 1 for a local server, else 4
    batch: BatchLimits | None = None


PRESETS: Mapping[str, Preset] = {
    # Batch API limits per request file: OpenAI 50,000 requests and 200 MB; Zhipu 50,000 and
    # 100 MB; Moonshot 100 MB; DashScope's are not lower than the defaults. DeepSeek has none.
    "openai": Preset("https://api.openai.com/v1", "gpt-4o-mini", None, strategy="json_schema",
                     batch=BatchLimits(50_000, 200 * 2**20)),  # fmt: skip
    "deepseek": Preset("https://api.deepseek.com", "deepseek-chat", "DEEPSEEK_API_KEY"),
    "qwen": Preset(
        "https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus", "DASHSCOPE_API_KEY",
        batch=BatchLimits(),
    ),
    "moonshot": Preset("https://api.moonshot.cn/v1", "moonshot-v1-32k", "MOONSHOT_API_KEY",
                       batch=BatchLimits()),  # fmt: skip
    "zhipu": Preset("https://open.bigmodel.cn/api/paas/v4", "glm-4-flash", "ZHIPUAI_API_KEY",
                    batch=BatchLimits()),  # fmt: skip
    # Ollama and llama-server start with a 4096-token context unless told otherwise (Ollama cuts
    # a longer prompt silently), so their chunks stay small enough to leave room for the answer;
    # small local models also read a short chunk more carefully. Ollama's OpenAI endpoint turns a
    # json_schema response_format into its native `format` (constrained decoding).
    "ollama": Preset("http://localhost:11434/v1", "qwen2.5:7b", None, True, "json_schema", 1024),
    # vLLM batches concurrent requests and constrains decoding to a json_schema (guided decoding).
    "vllm": Preset("http://localhost:8000/v1", "default", None, True, "json_schema", 4096, 8),
    # llama.cpp's llama-server serves whatever model it was started with, whatever name is sent;
    # it and llama-cpp-python both build a grammar from {"type": "json_object", "schema": ...}
    # (llama-cpp-python answers a json_schema response_format with a 500).
    "llamacpp": Preset("http://localhost:8080/v1", "default", None, True, "grammar", 1024),
}
HOSTED_CHUNK_TOKENS, LOCAL_CHUNK_TOKENS = 4096, 1024
"""Chunk sizes for endpoints without a preset: any host, and one on this machine."""
HOSTED_TIMEOUT, LOCAL_TIMEOUT = 120.0, 600.0
"""Seconds of silence before a request counts as timed out, hosted and on this machine."""

_HOST_HINTS = {
    "deepseek.com": "deepseek",
    "dashscope.aliyuncs.com": "qwen",
    "moonshot.cn": "moonshot",
    "bigmodel.cn": "zhipu",
    "api.openai.com": "openai",
}
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}
_LOCAL_KEYS = {"ollama": "ollama"}  # what each local server expects as a dummy key


def default_cache_path() -> Path:
    """``$SUMMARIZER_CACHE_DIR/llm-cache.sqlite3``, else in the platform's user cache dir
    (e.g. ``~/.cache/summarizer/`` on Linux)."""
    directory = os.environ.get("SUMMARIZER_CACHE_DIR")
    base = Path(directory) if directory else platformdirs.user_cache_path("summarizer")
    return base / "llm-cache.sqlite3"


@dataclass(frozen=True)
class LLMConfig:
    """Everything an :class:`~summarizer.llm.LLMClient` needs. Build it with :meth:`from_env`.

    Retry knobs: ``max_attempts`` HTTP attempts per request, waits of exponential backoff with
    jitter between ``backoff_initial`` and ``backoff_max`` seconds (a server's ``Retry-After`` is
    honoured up to ``max_retry_wait``; longer fails fast), and no more than ``max_retry_time``
    seconds spent waiting between attempts. ``max_empty_retries`` bounds re-sends after empty
    content. ``strategy`` ``"auto"`` starts from the provider's best structured-output mode and
    falls back (see :data:`Strategy`).

    ``timeout`` is the silence, in seconds, after which a request counts as timed out: answers
    are streamed (``stream``), so a long answer that keeps coming never times out, and a request
    the server is still working on is never given up and sent again. ``None``: 600 s for a server
    on this machine, 120 s otherwise. ``concurrency`` is the number of requests in flight;
    ``None``: the preset's, else 1 for a server on this machine and 4 otherwise.
    """

    base_url: str
    api_key: str = field(repr=False)
    model: str
    provider: str | None = None
    strategy: Strategy = "auto"
    timeout: float | None = None
    temperature: float = 0.0
    max_output_tokens: int = 4096
    concurrency: int | None = None
    stream: bool = True
    max_attempts: int = 5
    max_reasks: int = 2
    max_empty_retries: int = 2
    max_retry_wait: float = 60.0
    max_retry_time: float = 600.0
    backoff_initial: float = 1.0
    backoff_max: float = 30.0
    cache_path: Path | None = field(default_factory=default_cache_path)
    use_cache: bool = True
    price: Price | None = None
    max_tokens_per_document: int | None = None
    max_tokens_per_run: int | None = None

    def __post_init__(self) -> None:
        if urlsplit(self.base_url).scheme not in ("http", "https"):
            raise ConfigError(f"base_url must be an http(s) URL, got {self.base_url!r}")
        if not self.model:
            raise ConfigError("no model configured")
        if not self.api_key:
            raise ConfigError("no API key configured")
        if self.strategy not in ("auto", *STRATEGIES):
            raise ConfigError(f"unknown strategy {self.strategy!r}")
        for name in ("concurrency", "max_attempts", "max_output_tokens"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1")
        for name in ("max_reasks", "max_empty_retries", "timeout", "max_retry_wait"):
            if getattr(self, name) is not None and getattr(self, name) < 0:
                raise ConfigError(f"{name} must not be negative")
        if self.cache_path is not None and not isinstance(self.cache_path, Path):
            object.__setattr__(self, "cache_path", Path(self.cache_path))  # a str path is fine too

    def __str__(self) -> str:
        return f"{self.model} at {self.base_url}"

    @property
    def preferred_strategy(self) -> Strategy:
        """The strategy tried first: the configured one, or the provider's best under "auto"."""
        if self.strategy != "auto":
            return self.strategy
        preset = PRESETS.get(self.provider or "")
        return preset.strategy if preset else "json_schema"

    @property
    def local(self) -> bool:
        """Whether the endpoint is a local server: as its preset says, else whether the host is
        this machine."""
        preset = PRESETS.get(self.provider or "")
        return preset.local if preset is not None else urlsplit(self.base_url).hostname in _LOCAL_HOSTS

    @property
    def chunk_tokens(self) -> int:
        """Source tokens per extraction call when the caller does not choose: the preset's, else
        :data:`HOSTED_CHUNK_TOKENS`, or :data:`LOCAL_CHUNK_TOKENS` for a server on this machine.

        Hosted APIs bill every call's instructions and schema (~700 tokens) again, so bigger
        chunks cost less per source token; local servers bill nothing, often have small context
        windows, and run small models that read a short chunk more carefully."""
        preset = PRESETS.get(self.provider or "")
        if preset is not None:
            return preset.chunk_tokens
        return LOCAL_CHUNK_TOKENS if self.local else HOSTED_CHUNK_TOKENS

    @property
    def batch_limits(self) -> BatchLimits | None:
        """The Batch API limits of this endpoint: the preset's (``None`` for a provider known to
        have no Batch API: DeepSeek, and the local servers, whose batches are exported for
        ``vllm run-batch``); for any other endpoint (a gateway, a compatible service) OpenAI's
        format with the default limits - one that has none says so at the first upload."""
        preset = PRESETS.get(self.provider or "")
        return preset.batch if preset is not None else BatchLimits()

    @property
    def max_in_flight(self) -> int:
        """Requests in flight at once: ``concurrency``, else the preset's, else 1 for a local
        server (it works on one request at a time) and 4 for a hosted API."""
        if self.concurrency is not None:
            return self.concurrency
        preset = PRESETS.get(self.provider or "")
        if preset is not None and preset.concurrency is not None:
            return preset.concurrency
        return 1 if self.local else 4

    @property
    def silence_timeout(self) -> float:
        """Seconds without a byte from the server before a request counts as timed out."""
        if self.timeout is not None:
            return self.timeout
        return LOCAL_TIMEOUT if self.local else HOSTED_TIMEOUT

    def replace(self, **changes: Any) -> LLMConfig:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(
        cls,
        *,
        provider: str | None = None,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        env: Mapping[str, str] | None = None,
        **overrides: Any,
    ) -> LLMConfig:
        """Resolve the endpoint from arguments, then ``env`` (default ``os.environ``).

        Raises :class:`~summarizer.errors.ConfigError` when the provider is unknown, or no key
        or model can be found; ``overrides`` set any other field (``concurrency=8``, ...).
        """
        env = os.environ if env is None else env
        explicit_provider = provider
        provider = (provider or env.get("SUMMARIZER_PROVIDER") or "").strip().lower() or None
        if provider is not None and provider not in PRESETS:
            raise ConfigError(f"unknown provider {provider!r}; choose one of {', '.join(PRESETS)}")
        base_url = (
            base_url
            or (PRESETS[provider].base_url if explicit_provider and provider else None)
            or env.get("OPENAI_BASE_URL")
            or PRESETS[provider or "openai"].base_url
        ).rstrip("/")
        provider = provider or _guess_provider(base_url)
        preset = PRESETS.get(provider or "")
        model = model or env.get("SUMMARIZER_MODEL") or (preset.model if preset else None)
        if not model:
            raise ConfigError(f"no model for {base_url}: set SUMMARIZER_MODEL or name one (model=, --model)")
        api_key = api_key or _key_from_env(preset, env) or _local_key(provider, base_url)
        if not api_key:
            wanted = " or ".join(v for v in (preset and preset.key_env, "OPENAI_API_KEY") if v)
            # Named by its variable only: the command line has no key option (keys stay out of
            # shell history); from Python, api_key= is in the signature.
            raise ConfigError(f"no API key for {base_url}: set {wanted}")
        return cls(base_url=base_url, api_key=api_key, model=model, provider=provider, **overrides)

    @classmethod
    def is_configured(cls, **endpoint: Any) -> bool:
        """Whether :meth:`from_env` would succeed with these arguments; never raises."""
        try:
            cls.from_env(**endpoint)
        except ConfigError:
            return False
        return True


def _guess_provider(base_url: str) -> str | None:
    host = urlsplit(base_url).hostname or ""
    return next((name for hint, name in _HOST_HINTS.items() if host.endswith(hint)), None)


def _key_from_env(preset: Preset | None, env: Mapping[str, str]) -> str | None:
    own = env.get(preset.key_env) if preset and preset.key_env else None
    return own or env.get("OPENAI_API_KEY") or None


def _local_key(provider: str | None, base_url: str) -> str | None:
    preset = PRESETS.get(provider or "")
    if (preset and preset.local) or urlsplit(base_url).hostname in _LOCAL_HOSTS:
        return _LOCAL_KEYS.get(provider or "", "EMPTY")
    return None
