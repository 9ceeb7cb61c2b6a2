"""LLMConfig: presets, argument/environment precedence, key hygiene."""

from __future__ import annotations

from typing import Any

from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.llm import PRESETS, LLMConfig

SECRET = "sk-test-SECRET-1234567890"


def test_preset_fills_base_url_and_model_and_provider_key() -> None:
    config = LLMConfig.from_env(provider="deepseek", env={"DEEPSEEK_API_KEY": SECRET})
    assert config.base_url == "https://api.deepseek.com"
    assert config.model == "deepseek-chat"
    assert config.api_key == SECRET
    assert config.provider == "deepseek"


@pytest.mark.parametrize(
    ("provider", "base_url", "model"),
    [
        ("qwen", "https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus"),
        ("moonshot", "https://api.moonshot.cn/v1", "moonshot-v1-32k"),
        ("zhipu", "https://open.bigmodel.cn/api/paas/v4", "glm-4-flash"),
        ("openai", "https://api.openai.com/v1", "gpt-4o-mini"),
        ("llamacpp", "http://localhost:8080/v1", "default"),
    ],
)
def test_presets(provider: str, base_url: str, model: str) -> None:
    config = LLMConfig.from_env(provider=provider, env={"OPENAI_API_KEY": SECRET})
    assert (config.base_url, config.model) == (base_url, model)


def test_provider_specific_key_wins_over_openai_key() -> None:
    env = {"DASHSCOPE_API_KEY": "dash", "OPENAI_API_KEY": "oa"}
    assert LLMConfig.from_env(provider="qwen", env=env).api_key == "dash"


def test_arguments_win_over_environment() -> None:
    env = {
        "OPENAI_API_KEY": "env-key",
        "OPENAI_BASE_URL": "https://env.example/v1",
        "SUMMARIZER_MODEL": "env-model",
    }
    config = LLMConfig.from_env(
        base_url="https://arg.example/v1", api_key="arg-key", model="arg-model", env=env
    )
    assert (config.base_url, config.api_key, config.model) == (
        "https://arg.example/v1",
        "arg-key",
        "arg-model",
    )


def test_environment_endpoint_and_model() -> None:
    env = {
        "OPENAI_API_KEY": SECRET,
        "OPENAI_BASE_URL": "https://api.deepseek.com/",
        "SUMMARIZER_MODEL": "deepseek-reasoner",
    }
    config = LLMConfig.from_env(env=env)
    assert config.base_url == "https://api.deepseek.com"
    assert config.provider == "deepseek"  # guessed from the host
    assert config.model == "deepseek-reasoner"


def test_summarizer_provider_from_environment() -> None:
    config = LLMConfig.from_env(env={"SUMMARIZER_PROVIDER": "moonshot", "MOONSHOT_API_KEY": "m"})
    assert config.base_url == PRESETS["moonshot"].base_url


@pytest.mark.parametrize("provider", ["ollama", "vllm"])
def test_local_servers_need_no_key(provider: str) -> None:
    config = LLMConfig.from_env(provider=provider, env={})
    assert config.api_key
    assert config.base_url.startswith("http://localhost")


def test_localhost_base_url_needs_no_key() -> None:
    config = LLMConfig.from_env(base_url="http://127.0.0.1:8080/v1", model="llama", env={})
    assert config.api_key == "EMPTY"


def test_missing_key_is_a_config_error_naming_the_variable() -> None:
    with pytest.raises(ConfigError, match="DEEPSEEK_API_KEY"):
        LLMConfig.from_env(provider="deepseek", env={})
    assert not LLMConfig.is_configured(provider="deepseek", env={})
    assert LLMConfig.is_configured(provider="deepseek", env={"DEEPSEEK_API_KEY": "k"})


def test_custom_endpoint_without_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="SUMMARIZER_MODEL"):
        LLMConfig.from_env(base_url="https://llm.example/v1", env={"OPENAI_API_KEY": "k"})


def test_unknown_provider() -> None:
    with pytest.raises(ConfigError, match="unknown provider"):
        LLMConfig.from_env(provider="nope", env={"OPENAI_API_KEY": "k"})


def test_invalid_values_are_config_errors() -> None:
    with pytest.raises(ConfigError):
        LLMConfig(base_url="ftp://x", api_key="k", model="m")
    with pytest.raises(ConfigError):
        LLMConfig(base_url="http://x", api_key="k", model="m", concurrency=0)


def test_key_never_in_repr_or_str() -> None:
    config = LLMConfig.from_env(provider="openai", env={"OPENAI_API_KEY": SECRET})
    assert SECRET not in repr(config)
    assert SECRET not in str(config)
    assert "gpt-4o-mini" in repr(config)


def test_default_cache_path_follows_summarizer_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    config = LLMConfig(base_url="http://localhost:1/v1", api_key="k", model="m")
    assert config.cache_path == tmp_path / "llm-cache.sqlite3"
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR")
    config = LLMConfig(base_url="http://localhost:1/v1", api_key="k", model="m")
    assert config.cache_path is not None and "summarizer" in str(config.cache_path)


def test_a_str_cache_path_is_taken_as_a_path(tmp_path: Path) -> None:
    path = str(tmp_path / "c.db")
    config = LLMConfig(base_url="http://localhost:1/v1", api_key="k", model="m", cache_path=path)  # type: ignore[arg-type]
    assert config.cache_path == tmp_path / "c.db"


def test_overrides_and_preferred_strategy() -> None:
    config = LLMConfig.from_env(provider="deepseek", env={"OPENAI_API_KEY": "k"}, concurrency=7)
    assert config.concurrency == 7
    assert config.preferred_strategy == "json_object"
    assert config.replace(strategy="prompt").preferred_strategy == "prompt"
    openai_config = LLMConfig.from_env(provider="openai", env={"OPENAI_API_KEY": "k"})
    assert openai_config.preferred_strategy == "json_schema"


@pytest.mark.parametrize(
    ("endpoint", "chunk_tokens"),
    [
        ({"provider": "deepseek"}, 4096),
        ({"provider": "openai"}, 4096),
        ({"provider": "vllm"}, 4096),
        # a 4096-token context by default, small models: short chunks
        ({"provider": "ollama"}, 1024),
        ({"provider": "llamacpp"}, 1024),
        ({"base_url": "https://llm.example.com/v1", "model": "m"}, 4096),  # hosted, no preset
        ({"base_url": "http://127.0.0.1:9000/v1", "model": "m"}, 1024),  # this machine, no preset
    ],
)
def test_chunk_size_follows_the_endpoint(endpoint: dict[str, str], chunk_tokens: int) -> None:
    config = LLMConfig.from_env(**endpoint, env={"OPENAI_API_KEY": SECRET, "DEEPSEEK_API_KEY": SECRET})
    assert config.chunk_tokens == chunk_tokens


@pytest.mark.parametrize(
    ("endpoint", "in_flight", "silence"),
    [
        ({"provider": "deepseek"}, 4, 120.0),
        ({"provider": "vllm"}, 8, 600.0),  # batches concurrent requests
        ({"provider": "llamacpp"}, 1, 600.0),  # one request at a time; a CPU reads slowly
        ({"provider": "ollama"}, 1, 600.0),
        ({"base_url": "http://localhost:1234/v1", "model": "m"}, 1, 600.0),  # LM Studio, say
        ({"base_url": "https://llm.example.com/v1", "model": "m"}, 4, 120.0),
        ({"provider": "llamacpp", "concurrency": 2, "timeout": 30.0}, 2, 30.0),  # asked for
    ],
)
def test_a_local_server_gets_what_it_can_serve(endpoint: dict[str, Any], in_flight: int, silence: float) -> None:
    config = LLMConfig.from_env(**endpoint, env={"OPENAI_API_KEY": SECRET, "DEEPSEEK_API_KEY": SECRET})
    assert (config.max_in_flight, config.silence_timeout) == (in_flight, silence)


def test_the_llamacpp_preset_asks_for_a_grammar() -> None:
    config = LLMConfig.from_env(provider="llamacpp", env={})
    assert config.preferred_strategy == "grammar" and config.local
