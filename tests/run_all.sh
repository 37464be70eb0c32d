#!/usr/bin/env bash
# Configure, build and run every test, three times over:
#   release  build/        Release, exactly the build users get; every ctest
#                          entry (unit, behaviour, oracle, conformance when
#                          ../shared/conformance exists, determinism, fuzz
#                          regressions, scenario list, UI and screenshots)
#   asan     build-asan/   the same suite under AddressSanitizer +
#                          UndefinedBehaviorSanitizer (SANDBOX_SANITIZE=ON);
#                          any memory error or UB fails the test
#   fuzz     build-fuzz/   clang + libFuzzer (SANDBOX_FUZZ=ON): a bounded
#                          fuzz run over the seed corpus, FUZZ_RUNS inputs
#                          with a fixed seed (tests/fuzz/README.md)
# By default (and in CI) all three run, in that order (about 45 minutes from
# a clean checkout and an empty ccache on 2 cores); STAGES picks some.
# UI tests need a display: without one we run ctest under xvfb-run.
#   tests/run_all.sh            (env: STAGES="release asan fuzz", BUILD_DIR,
#                                JOBS, CMAKE_ARGS, FUZZ_RUNS)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${JOBS:-$(nproc)}"
stages="${STAGES:-release asan fuzz}"

run_ctest() {  # run_ctest BUILD_DIR [extra ctest arguments]
  local build="$1"; shift
  local ctest_cmd=(ctest --output-on-failure -j "$jobs" "$@")
  if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null 2>&1; then
    (cd "$build" && xvfb-run -a -s "-screen 0 1920x1080x24" "${ctest_cmd[@]}")
  else
    (cd "$build" && "${ctest_cmd[@]}")
  fi
}

stage_release() {
  local build="${BUILD_DIR:-$root/build}"
  # shellcheck disable=SC2086  # CMAKE_ARGS is a list of words on purpose
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-}
  cmake --build "$build" -j "$jobs"
  run_ctest "$build"
}

stage_asan() {
  local build="$root/build-asan"
  # shellcheck disable=SC2086
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSANDBOX_SANITIZE=ON ${CMAKE_ARGS:-}
  cmake --build "$build" -j "$jobs"
  # Instrumented frames are several times larger: Python recursion that passes
  # through native code (__eq__, __repr__, sort keys) reaches the recursion
  # limit of 1000 at a C depth that overflows the default 8 MiB stack.
  ulimit -s 65536 || echo "run_all.sh: could not raise the stack limit; deep-recursion tests may overflow" >&2
  # Memory errors, UB and leaks fail a test (-fno-sanitize-recover; a leak
  # report on stderr fails the comparison with CPython, and LSan's exit
  # status fails the unit tests).  The cycle collector (engine/vm/gc.h) frees
  # what programs leave in reference cycles; tests/lsan.supp lists only
  # system libraries of the UI tests.  LSan works under xvfb-run here (it
  # needs ptrace of its own threads, which the CI container allows).
  # The determinism test runs scenarios 20 times and the others 8; instrumented runs are
  # several times slower, and three variants (C, zh_CN, a big environment)
  # still compare different heap layouts (tests/check_determinism.py).
  # determinism_limits is left to the release stage: it runs the memory-limit
  # programs (hundreds of MiB each) many times, about 9 minutes in Release and
  # several times that instrumented; the limits entry still runs them here once.
  DETERMINISM_MAX_RUNS="${DETERMINISM_MAX_RUNS:-3}" \
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
  LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    run_ctest "$build" -E '^determinism_limits$'
}

stage_fuzz() {
  if ! command -v clang++ >/dev/null 2>&1; then
    echo "run_all.sh: clang++ not found: the fuzz stage needs it (.ci/setup installs it)" >&2
    return 1
  fi
  FUZZ_RUNS="${FUZZ_RUNS:-100000}" JOBS="$jobs" "$root/tests/fuzz/run_fuzz.sh" ci
}

for stage in $stages; do
  echo "== run_all.sh: stage $stage"
  start=$(date +%s)
  "stage_$stage"
  echo "== run_all.sh: stage $stage passed in $(( $(date +%s) - start )) s"
done
