#!/usr/bin/env bash
# Configure, build (Release) and run every test: unit, behaviour, oracle,
# conformance (when ../shared/conformance exists), scenario list and UI tests.
# UI tests need a display: without one we run ctest under xvfb-run.
#   tests/run_all.sh            (env: BUILD_DIR, JOBS, CMAKE_ARGS)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
jobs="${JOBS:-$(nproc)}"

# shellcheck disable=SC2086  # CMAKE_ARGS is a list of words on purpose
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-}
cmake --build "$build" -j "$jobs"

cd "$build"
ctest_cmd=(ctest --output-on-failure -j "$jobs")
if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1920x1080x24" "${ctest_cmd[@]}"
else
  "${ctest_cmd[@]}"
fi
