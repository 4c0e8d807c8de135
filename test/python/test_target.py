"""The target descriptions: one definition, read identically by Python and C++."""

from __future__ import annotations

import copy
import json

import pytest

import herdflow
from herdflow import target as target_module
from herdflow.mlir._mlir_libs import _herdflow


@pytest.mark.parametrize("name", ["npu1", "npu4"])
def test_python_and_cpp_read_the_same_facts(name: str) -> None:
    cpp = json.loads(_herdflow.target_description_json(name))
    assert herdflow.get_target(name).to_json() == cpp


def test_one_definition() -> None:
    # The text the C++ library embedded is the file the package installed.
    assert _herdflow.target_descriptions_json() == target_module.targets_json_text()


def test_unknown_target() -> None:
    assert _herdflow.target_description_json("npu9") is None
    with pytest.raises(herdflow.TargetError, match="unknown target 'npu9' \\(known: npu1, npu4\\)"):
        herdflow.get_target("npu9")


def test_hardware_facts() -> None:
    npu1 = herdflow.get_target("npu1")
    assert herdflow.target_names() == ["npu1", "npu4"]
    assert (npu1.columns.value, npu1.core_rows.value, npu1.num_cores) == (4, 4, 16)
    assert npu1.l1_bytes.value == 64 * 1024
    assert npu1.memtile_bytes.value == 512 * 1024
    assert npu1.core_dma.max_wrap.value == 255
    assert npu1.memtile_dma.s2mm_channels.value == 6
    assert npu1.shim_dma.max_repeat.value == 63
    assert npu1.stream_bytes_per_cycle.value == 4
    assert npu1.macs_per_cycle["i32"].value == 16
    npu4 = herdflow.get_target("npu4")
    assert (npu4.columns.value, npu4.core_rows.value, npu4.num_cores) == (8, 4, 32)
    assert npu4.stream_bytes_per_cycle.value == 8
    for description in (npu1, npu4):
        for fact in (description.l1_bytes, description.clock_ghz, description.ddr_gbps):
            assert fact.source.startswith(("[S]", "[M]", "[D]"))


def test_pack_sizes_are_converted_to_mnk() -> None:
    npu1 = herdflow.get_target("npu1")
    # HARDWARE.md: bf16 4x8x4 (m x k x n) -> (m, n, k) = (4, 4, 8).
    assert npu1.intrinsic_mkn["bf16"].value == (4, 8, 4)
    assert npu1.pack_sizes("bf16") == (4, 4, 8)
    assert npu1.pack_sizes("i32") == (4, 4, 2)
    assert herdflow.get_target("npu4").pack_sizes("i16") == (4, 8, 4)
    with pytest.raises(herdflow.TargetError, match="no intrinsic for element type 'i4'"):
        npu1.pack_sizes("i4")


def test_malformed_description_is_refused() -> None:
    raw = json.loads(target_module.targets_json_text())["targets"]["npu1"]
    missing = copy.deepcopy(raw)
    del missing["coreDma"]["maxWrap"]
    with pytest.raises(target_module.TargetDescriptionError, match=r"missing targets\.npu1\.coreDma\.maxWrap"):
        target_module.parse_target("npu1", missing)
    bad_shape = copy.deepcopy(raw)
    bad_shape["intrinsicMKN"]["i8"]["value"] = [4, 8]
    with pytest.raises(target_module.TargetDescriptionError, match="three positive integers"):
        target_module.parse_target("npu1", bad_shape)
    no_source = copy.deepcopy(raw)
    no_source["l1"]["bytes"]["source"] = ""
    with pytest.raises(target_module.TargetDescriptionError, match="source must be a non-empty string"):
        target_module.parse_target("npu1", no_source)
    no_kind = copy.deepcopy(raw)
    del no_kind["model"]["kernelEfficiency"]["external"]
    with pytest.raises(target_module.TargetDescriptionError, match=r"kernelEfficiency: expected the kernel kinds"):
        target_module.parse_target("npu1", no_kind)
    no_type = copy.deepcopy(raw)
    del no_type["model"]["kernelEfficiency"]["direct"]["bf16"]
    with pytest.raises(target_module.TargetDescriptionError, match=r"direct: expected one efficiency per element"):
        target_module.parse_target("npu1", no_type)
    too_fast = copy.deepcopy(raw)
    too_fast["model"]["kernelEfficiency"]["external"]["i8"]["value"] = 1.5
    with pytest.raises(target_module.TargetDescriptionError, match=r"external\.i8\.value: expected a fraction"):
        target_module.parse_target("npu1", too_fast)


def test_python_fields_are_snake_case_and_json_keys_are_unchanged() -> None:
    # targets.json is shared with C++ and keeps its camelCase keys; the
    # Python dataclasses name every field in snake_case.
    from dataclasses import fields

    npu1 = herdflow.get_target("npu1")
    for obj in (npu1, npu1.core_dma, npu1.model):
        for field in fields(obj):
            assert field.name == field.name.lower(), field.name
    assert npu1.shim_dma.mm2s_channels.value == 2
    assert npu1.model.buffer_depth.value == 2
    assert set(npu1.model.kernel_efficiency) == {"direct", "external"}
    assert set(npu1.model.kernel_efficiency["direct"]) == set(npu1.macs_per_cycle)
    raw = json.loads(target_module.targets_json_text())["targets"]["npu1"]
    assert npu1.to_json() == raw
