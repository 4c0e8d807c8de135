"""Writes a two-layer MLP as an ONNX model: y = relu(relu(x W1 + b1) W2 + b2),
f32, 128 rows, the weights and biases as inputs. The README's worked example
takes it through iree-import-onnx and iree-compile's dispatches to one AIR
program per dispatch (each matmul with its bias and relu fused in L1).

    python examples/onnx_mlp/make_mlp.py mlp.onnx
"""

from __future__ import annotations

import sys

import onnx
from onnx import TensorProto, helper


def mlp_model(rows: int = 128, inputs: int = 256, hidden: int = 128, outputs: int = 64) -> onnx.ModelProto:
    def tensor(name: str, shape: list[int]) -> onnx.ValueInfoProto:
        return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)

    nodes = [helper.make_node("MatMul", ["x", "w1"], ["m1"]), helper.make_node("Add", ["m1", "b1"], ["a1"]),
             helper.make_node("Relu", ["a1"], ["h"]), helper.make_node("MatMul", ["h", "w2"], ["m2"]),
             helper.make_node("Add", ["m2", "b2"], ["a2"]), helper.make_node("Relu", ["a2"], ["y"])]
    graph = helper.make_graph(
        nodes, "mlp",
        [tensor("x", [rows, inputs]), tensor("w1", [inputs, hidden]), tensor("b1", [hidden]),
         tensor("w2", [hidden, outputs]), tensor("b2", [outputs])],
        [tensor("y", [rows, outputs])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    return model


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_mlp.py OUT.onnx")
    onnx.save(mlp_model(), sys.argv[1])
