#!/usr/bin/env bash
# Builds herdflow's aie-opt with AddressSanitizer + UndefinedBehaviorSanitizer
# (herdflow's code only; the MLIR wheel's libMLIR.so stays uninstrumented),
# warnings as errors, in build/asan, and runs the lit suite with it. Any
# sanitizer report aborts the tool (-fno-sanitize-recover=all), so a report
# is a failing test. Needs .venv (scripts/bootstrap.sh).
#
#   scripts/sanitize.sh            build (incremental) and run the lit suite
#   BUILD_DIR=...                  build directory (default: build/asan)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/asan}
python=.venv/bin/python
prefix=$("$python" -c 'import site; print(site.getsitepackages()[0])')

start=$(date +%s)
if [ ! -f "$build/build.ninja" ]; then
  PATH="$(dirname "$python"):$PATH" cmake -G Ninja -S . -B "$build" \
    -DCMAKE_PREFIX_PATH="$prefix" -DHERDFLOW_ENABLE_PYTHON=OFF \
    "-DHERDFLOW_SANITIZE=address;undefined" -DHERDFLOW_WERROR=ON >/dev/null
fi
PATH="$(dirname "$python"):$PATH" ninja -C "$build" aie-opt >/dev/null
printf '==> built %s/bin/aie-opt with ASan+UBSan in %s s\n' "$build" "$(( $(date +%s) - start ))" >&2
# Leaks are reported too (LeakSanitizer is part of ASan on Linux).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
HERDFLOW_TOOLS_DIR="$build/bin" HERDFLOW_LIT_EXEC_ROOT="$build/lit" \
  "$(dirname "$python")/lit" -q test
