#!/usr/bin/env bash
# Builds the libFuzzer target (clang, build-fuzz/) and fuzzes the engine.
#   tests/fuzz/run_fuzz.sh build          build only
#   tests/fuzz/run_fuzz.sh ci             build, then FUZZ_RUNS (100000) inputs
#                                         from the seeds with -seed=1 (the
#                                         same inputs every time); fails on
#                                         any crash, hang, leak or UB
#   tests/fuzz/run_fuzz.sh long [SECONDS] the long campaign (default 3600 s):
#                                         nice -n 19, one process, a corpus
#                                         kept in $FUZZ_WORK (default
#                                         build-fuzz/work) across runs
# Findings are written to $FUZZ_WORK/artifacts/; each becomes a file in
# tests/fuzz/regressions/ (see README.md).
set -euo pipefail
# The whole script is one { ... } block, parsed before it runs: a long
# campaign keeps its script open for hours, and bash reads a script as it
# goes, so an edit (a git merge) would otherwise change it mid-run.
{
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/build-fuzz"
jobs="${JOBS:-2}"
mode="${1:-ci}"
work="${FUZZ_WORK:-$build/work}"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ \
      -DSANDBOX_FUZZ=ON -DSANDBOX_BUILD_APP=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target fuzz_session
[[ "$mode" == build ]] && exit 0

# Seeds: every program the project has (scenarios, behaviour tests, the
# regressions) and shared/conformance when it sits beside the repository.
seeds="$work/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$work/corpus" "$work/artifacts"
cp "$root"/scenarios/*.py "$root"/tests/behaviour/*.py "$seeds"/
for f in "$root"/tests/errors/*.py; do cp "$f" "$seeds/errors_$(basename "$f")"; done
# The regressions are heavy (100,000-deep nesting): the long run starts from
# them; CI replays them in every build anyway (ctest fuzz_regressions).
[[ "$mode" == long ]] && { cp "$here"/regressions/* "$seeds"/ 2>/dev/null || true; }
if compgen -G "$root/../shared/conformance/*.py" >/dev/null; then
  for f in "$root"/../shared/conformance/*.py; do cp "$f" "$seeds/conformance_$(basename "$f")"; done
fi

# -timeout is wall-clock seconds per input; generous, since CI machines are
# shared (a hang is an input that never finishes: the budgets bound it to ~1 s).
# -entropic=0: libFuzzer 14's entropic schedule spent half of every input's
# time in InputCorpus::UpdateFeatureFrequency (perf; an input touches tens of
# thousands of counters); without it the same 3000 inputs take a fifth of the
# CPU time and reach the same coverage (README.md, "Throughput").
flags=(-dict="$here/python.dict" -max_len=4096 -timeout=60 -rss_limit_mb=2048
       -entropic=0 -artifact_prefix="$work/artifacts/" -print_final_stats=1)
# Leaks: the long run reports them unless FUZZ_LEAKS=0.  The CI run does not:
# the engine has no cycle collector yet, so a program whose exception
# traceback refers back to its own frames leaks that cycle
# (tests/fuzz/README.md, "Known"); every regression input is still replayed
# under LeakSanitizer by fuzz_regressions in the sanitizer build.
leaks="${FUZZ_LEAKS:-1}"
[[ "$mode" == ci ]] && leaks=0
# libFuzzer's own -detect_leaks too: with it on, every input whose mallocs and
# frees do not balance is run a second time to look for a leak.
flags+=(-detect_leaks="$leaks")
# A 32 MB quarantine (default 256) and 10-frame allocation stacks (default
# 30): inputs are small and short-lived, so a use-after-free is still caught,
# and the page faults of cycling 256 MB per few inputs were a tenth of the time.
export ASAN_OPTIONS="detect_leaks=$leaks:allocator_may_return_null=1:quarantine_size_mb=32:malloc_context_size=10"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Instrumented frames are several times larger: the compiler recursing to
# the symtable's depth limit (3000, as CPython) overflowed 8 MiB here, while
# Release needs under 2 MiB (regressions/crash_compile_deep_unary_under_limit.py).
# 64 MiB, as the asan stage of tests/run_all.sh.
ulimit -s 65536 || echo "run_fuzz.sh: could not raise the stack limit; deep nesting may overflow" >&2
case "$mode" in
  ci)
    # A fresh corpus each time: CI must not depend on an earlier run.
    rm -rf "$work/corpus" && mkdir -p "$work/corpus"
    log="$work/ci.log"
    # A fixed seed and a fixed number of inputs: the same inputs on every
    # run, so CI passes or fails on the code, not on luck.
    run=("$build/tests/fuzz/fuzz_session" "${flags[@]}" -seed=1 -runs="${FUZZ_RUNS:-100000}")
    ;;
  long)
    log="$work/long-$(date -u +%Y%m%dT%H%M%S).log"
    # -fork=1: one child process at a time that libFuzzer restarts after a
    # finding, so the campaign goes on and collects every finding.
    # A copy of the binary: -fork children exec it, and a rebuild of
    # build-fuzz during a long campaign must not swap it under them.
    cp "$build/tests/fuzz/fuzz_session" "$work/fuzz_session"
    run=(nice -n 19 "$work/fuzz_session" "${flags[@]}" -max_total_time="${2:-3600}"
         -fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1)
    ;;
  *)
    echo "usage: run_fuzz.sh build|ci|long [SECONDS]" >&2
    exit 2
    ;;
esac
set +e
"${run[@]}" "$work/corpus" "$seeds" >"$log" 2>&1
status=$?
set -e
# The log is long (one line per new coverage); show the end and the counts.
grep -vE "^#[0-9]+.*(NEW|REDUCE|pulse)" "$log" | tail -60
# The number of inputs run: the last status line's #N (-fork: the parent's
# sum over its children).
echo "run_fuzz.sh: $mode run exit $status; $(grep -oE "^#[0-9]+" "$log" | tail -1 | tr -d '#') inputs; log $log"
exit "$status"
}
