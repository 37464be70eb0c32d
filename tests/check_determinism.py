#!/usr/bin/env python3
"""Determinism: every program gives a byte-identical trace on every run,
whatever the locale, time zone, environment size, working directory or
address-space layout.

Runs `BINARY trace --format jsonl` RUNS times per program (and `--format text`
TEXT_RUNS times), each run under the next environment of VARIANTS in turn, and
compares trace, stderr and exit status with the first run's.

Usage: check_determinism.py BINARY DIR_OR_PROGRAM... [--runs N] [--text-runs N]
       [--runs-others N] [--text-runs-others N] [--full DIR]... [--jobs N]
Folders are searched for *.py.  With --full DIR (repeatable), only programs in
those folders get --runs/--text-runs runs and the others --runs-others /
--text-runs-others (fewer runs keep the test short; the text trace is a
function of the same events as jsonl).  Runs go in parallel (--jobs, default nproc).

Environment: DETERMINISM_MAX_RUNS=N caps every count above at N (the ASan
stage of tests/run_all.sh sets it: an instrumented run is several times
slower, and a few variants still compare different heap layouts).
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

# Each variant changes what a careless engine could read: locale (number and
# string formatting, collation), time zone (anything that reads local time),
# the size of the environment (shifts the initial stack, hence addresses),
# the working directory, and ASLR (on by default; `setarch -R` turns it off
# for one variant so on and off are compared).
BIG_ENV = {"SANDBOX_PAD_%04d" % i: "x" * (i % 97) for i in range(600)}
VARIANTS = [
    {"name": "C/UTC", "env": {"LANG": "C", "LC_ALL": "C", "TZ": "UTC"}},
    {"name": "zh_CN/Shanghai", "env": {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "TZ": "Asia/Shanghai"}},
    {"name": "big-env", "env": dict(BIG_ENV, LANG="en_US.UTF-8", TZ="America/New_York")},
    {"name": "other-cwd", "env": {"LANG": "C.UTF-8", "TZ": "Australia/Lord_Howe"}, "cwd": True},
    {"name": "tiny-env", "env": None},
    {"name": "no-aslr", "env": {"LC_ALL": "de_DE.UTF-8", "TZ": "Europe/Berlin"}, "no_aslr": True},
    {"name": "perturb", "env": {"MALLOC_PERTURB_": "165", "LC_NUMERIC": "fr_FR.UTF-8", "TZ": "Pacific/Kiritimati"}},
]


def variant_env(v):
    if v["env"] is None:  # a minimal environment: PATH (and the sanitizers' settings) only
        keep = {k: x for k, x in os.environ.items() if k.endswith("SAN_OPTIONS")}
        return dict(keep, PATH=os.environ.get("PATH", "/usr/bin:/bin"))
    env = {k: x for k, x in os.environ.items() if not k.startswith(("LC_", "LANG", "TZ"))}
    env.update(v["env"])
    return env



def imports_siblings(program):
    """True when the program imports a package that sits beside it."""
    siblings = {d.name for d in program.parent.iterdir() if d.is_dir() and not d.name.startswith((".", "__"))}
    text = program.read_text(encoding="utf-8")
    return any(re.search(r"^\s*(from|import)\s+%s\b|__import__\([\"']%s\b" % (re.escape(name), re.escape(name)),
                         text, re.M) for name in siblings)

def run_once(binary, program, fmt, v, setarch):
    """One run; returns (trace bytes, stderr bytes, exit status)."""
    cmd = [binary, "trace", "--format", fmt, program.name]
    if v.get("no_aslr") and setarch:
        cmd = [setarch, os.uname().machine, "-R"] + cmd
    tmp = None
    cwd = program.parent
    if v.get("cwd") and not imports_siblings(program):
        # Same file name in another folder: tracebacks name the file as given.
        # (Programs importing modules beside them stay: CPython prints those
        # modules' absolute paths, so their output depends on the folder.)
        tmp = tempfile.mkdtemp(prefix="determinism-")
        cwd = pathlib.Path(tmp) / "deeper" / "folder"
        cwd.mkdir(parents=True)
        shutil.copyfile(program, cwd / program.name)
    try:
        p = subprocess.run(cmd, cwd=cwd, env=variant_env(v), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=300)
        return p.stdout, p.stderr, p.returncode
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def first_diff(a, b):
    la, lb = a.split(b"\n"), b.split(b"\n")
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return "line %d: %r vs %r" % (i + 1, x[:160], y[:160])
    return "length %d vs %d lines" % (len(la), len(lb))


def check_program(binary, program, runs, text_runs, setarch):
    """Returns a list of failure messages (empty = deterministic)."""
    fails = []
    for fmt, n in (("jsonl", runs), ("text", text_runs)):
        first = None
        for i in range(n):
            v = VARIANTS[i % len(VARIANTS)]
            got = run_once(binary, program, fmt, v, setarch)
            if first is None:
                first = got
                # No trace is right only for a program that does not compile
                # (the error is on stderr, and compared like the trace).
                if got[0] == b"" and got[1] == b"":
                    fails.append("%s %s: no trace and no error (exit %d)" % (program.name, fmt, got[2]))
                    break
                continue
            if got != first:
                what = ("trace " + first_diff(first[0], got[0]) if got[0] != first[0] else
                        "stderr " + first_diff(first[1], got[1]) if got[1] != first[1] else
                        "exit %d vs %d" % (first[2], got[2]))
                fails.append("%s %s run %d (%s) differs from run 1 (%s): %s" %
                             (program.name, fmt, i + 1, v["name"], VARIANTS[0]["name"], what))
                break
    return fails


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--text-runs", type=int, default=20)
    ap.add_argument("--text-runs-others", type=int, default=None)
    ap.add_argument("--runs-others", type=int, default=None)
    ap.add_argument("--full", action="append", default=[])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    cap = int(os.environ.get("DETERMINISM_MAX_RUNS", "0") or 0)
    if cap > 0:
        for k in ("runs", "text_runs", "runs_others", "text_runs_others"):
            if getattr(a, k) is not None:
                setattr(a, k, min(getattr(a, k), cap))
    start = time.monotonic()
    binary = str(pathlib.Path(a.binary).resolve())
    programs = []
    for p in map(pathlib.Path, a.paths):
        if p.is_dir():
            programs += sorted(p.glob("*.py"))
        elif p.exists():
            programs.append(p)
    programs = [p.resolve() for p in programs]
    if not programs:
        print("determinism: no programs found")
        return 1
    setarch = shutil.which("setarch")
    full = [pathlib.Path(d).resolve() for d in a.full]

    def runs(p):
        if a.runs_others is None or not full or p.parent in full:
            return a.runs
        return a.runs_others

    def text_runs(p):
        if a.text_runs_others is None or not full or p.parent in full:
            return a.text_runs
        return a.text_runs_others

    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        results = pool.map(lambda p: check_program(binary, p, runs(p), text_runs(p), setarch), programs)
        for p, fails in zip(programs, results):
            for f in fails:
                print("FAIL " + f)
            if fails:
                failed.append(p.name)
    total = sum(runs(p) + text_runs(p) for p in programs)
    print("determinism: %d runs over %d programs, %d variants, %.0f s%s%s" %
          (total, len(programs), len(VARIANTS), time.monotonic() - start,
           " (DETERMINISM_MAX_RUNS=%d)" % cap if cap > 0 else "",
           "" if setarch else " (no setarch: ASLR stays on)"))
    print("determinism: %d passed, %d failed" % (len(programs) - len(failed), len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
