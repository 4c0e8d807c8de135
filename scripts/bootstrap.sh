#!/usr/bin/env bash
# Creates .venv and installs herdflow with its test dependencies, on a fresh
# machine. The pinned wheels (~370 MiB) are kept in a wheelhouse shared by
# all checkouts on the machine, so later runs install without downloading.
#
#   HERDFLOW_WHEELHOUSE  wheel cache (default: ~/.cache/herdflow/wheelhouse)
#   PYTHON               interpreter for the venv (default: python3)
set -euo pipefail
cd "$(dirname "$0")/.."

python_bin=${PYTHON:-python3}
wheelhouse=${HERDFLOW_WHEELHOUSE:-$HOME/.cache/herdflow/wheelhouse}
mkdir -p "$wheelhouse"

step() { printf '==> %s\n' "$*"; }

if [ ! -x .venv/bin/python ]; then
  step "creating .venv with $($python_bin --version)"
  "$python_bin" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --upgrade pip

# Build requirements come from pyproject.toml, the one place they are pinned.
requirements=$(mktemp)
trap 'rm -f "$requirements"' EXIT
python - "$requirements" <<'PY'
import sys, tomllib
with open("pyproject.toml", "rb") as f:
    project = tomllib.load(f)
reqs = project["build-system"]["requires"] + ["ninja", "cmake>=3.20"]
reqs += project["project"]["dependencies"]
for extra in ("test", "iree", "plot"):
    reqs += project["project"]["optional-dependencies"][extra]
open(sys.argv[1], "w").write("\n".join(reqs) + "\n")
PY

step "filling the wheelhouse $wheelhouse"
pip download -q -d "$wheelhouse" -r "$requirements"
step "installing build and test requirements"
pip install -q --no-index --find-links "$wheelhouse" -r "$requirements"
step "building and installing herdflow (CMake + Ninja; a few minutes on 2 cores)"
start=$(date +%s)
pip install -q --no-build-isolation --no-index --find-links "$wheelhouse" ".[test,iree,plot]"
step "herdflow installed in $(( $(date +%s) - start )) s"
