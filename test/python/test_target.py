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
    with pytest.raises(KeyError, match="unknown target 'npu9' \\(known: npu1, npu4\\)"):
        herdflow.get_target("npu9")


def test_hardware_facts() -> None:
    npu1 = herdflow.get_target("npu1")
    assert herdflow.target_names() == ["npu1", "npu4"]
    assert (npu1.columns.value, npu1.coreRows.value, npu1.num_cores) == (4, 4, 16)
    assert npu1.l1Bytes.value == 64 * 1024
    assert npu1.memtileBytes.value == 512 * 1024
    assert npu1.coreDma.maxWrap.value == 255
    assert npu1.memtileDma.s2mmChannels.value == 6
    assert npu1.shimDma.maxRepeat.value == 63
    assert npu1.streamBytesPerCycle.value == 4
    assert npu1.macsPerCycle["i32"].value == 16
    npu4 = herdflow.get_target("npu4")
    assert (npu4.columns.value, npu4.coreRows.value, npu4.num_cores) == (8, 4, 32)
    assert npu4.streamBytesPerCycle.value == 8
    for description in (npu1, npu4):
        for fact in (description.l1Bytes, description.clockGHz, description.ddrGBps):
            assert fact.source.startswith(("[S]", "[M]", "[D]"))


def test_pack_sizes_are_converted_to_mnk() -> None:
    npu1 = herdflow.get_target("npu1")
    # HARDWARE.md: bf16 4x8x4 (m x k x n) -> (m, n, k) = (4, 4, 8).
    assert npu1.intrinsicMKN["bf16"].value == (4, 8, 4)
    assert npu1.pack_sizes("bf16") == (4, 4, 8)
    assert npu1.pack_sizes("i32") == (4, 4, 2)
    assert herdflow.get_target("npu4").pack_sizes("i16") == (4, 8, 4)
    with pytest.raises(KeyError, match="no intrinsic for element type 'i4'"):
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
