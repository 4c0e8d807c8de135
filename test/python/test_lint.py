"""python/herdflow is clean under ruff and mypy, with the settings of
pyproject.toml ([tool.ruff], [tool.mypy]). Both tools are in the ``test``
extra, which scripts/bootstrap.sh installs: a missing tool fails here."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=600)


def test_the_linters_are_in_the_test_extra() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    pinned = {req.split("==")[0] for req in project["project"]["optional-dependencies"]["test"]}
    assert {"ruff", "mypy"} <= pinned
    assert project["tool"]["mypy"]["files"] == ["python/herdflow"]


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", "python/herdflow")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing(tmp_path: Path) -> None:
    result = _run("mypy", "--cache-dir", str(tmp_path / "mypy-cache"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
