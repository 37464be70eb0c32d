#!/usr/bin/env python3
"""Benchmarks: asyncio-sandbox against CPython 3.11 (the reference runner).

Usage: bench/run.py [--binary PATH] [--python PY] [-n N] [PROGRAM.py ...]

Runs each benchmark program (default: bench/*.py except this script and the
tools, bench/programs/*.py, the suite of classic interpreter workloads
written here, plus the generated parse_10k, a 10,000-line program) under
`asyncio-sandbox run FILE` and under CPython 3.11 via
tests/reference/run_reference.py (virtual clock, random seeded with 0), N
times each (default 3), alternating, in the same run. Checks that both print
the same output, then prints a table: the median CPU time (user + sys) of
each and the ratio CPython/sandbox (above 1 = the sandbox is faster), the
same ratio of median wall times, peak RSS of each and the ratio
sandbox/CPython, and the sandbox's trace memory per event taken from
`asyncio-sandbox trace FILE --format stats` (n/a when that is not available).
Programs that import asyncio form the asyncio group, the others the plain
group; each group ends with the geometric means of its CPU-time speed-ups
and RSS ratios.  `run` records the trace (line events included) exactly as
an interactive run does, so the figures include trace recording.

The speed-up is taken from CPU time because the build machine is shared:
when other jobs hold the cores, a process waits for one, and its wall time
grows with the load of the moment, not with its own work (wall ratios of
the same binaries swung by 30% between runs). The load average is printed.

Not part of CI: timings depend on the machine and its load.
"""
import argparse
import json
import math
import os
import pathlib
import re
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
REFERENCE = ROOT / "tests" / "reference" / "run_reference.py"


def measure_with_rss(argv, cwd):
    """Run argv once: (wall seconds, peak RSS KiB, exit status, stdout, stderr,
    CPU seconds).

    Reaps the child itself with wait4 so that its own peak RSS is known.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out_chunks, err_chunks = [], []
    # Read both pipes to the end without letting Popen reap the child.
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, out_chunks)
    sel.register(proc.stderr, selectors.EVENT_READ, err_chunks)
    open_pipes = 2
    while open_pipes:
        for key, _ in sel.select():
            data = os.read(key.fileobj.fileno(), 1 << 16)
            if data:
                key.data.append(data)
            else:
                sel.unregister(key.fileobj)
                open_pipes -= 1
    _, wait_status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(wait_status)
    return (wall, usage.ru_maxrss, proc.returncode,
            b"".join(out_chunks).decode("utf-8", "backslashreplace"),
            b"".join(err_chunks).decode("utf-8", "backslashreplace"),
            usage.ru_utime + usage.ru_stime)


# Scripts in bench/ that drive the app or a live server: tools, not programs.
TOOLS = {"run.py", "soak_live.py", "ui_live.py", "gen_parse_program.py"}
# Benchmarks written at run time into a temporary folder: parse_10k is a
# 10,000-line program (gen_parse_program.py) that measures reading, parsing
# and compiling more than running.
GENERATED = {"parse_10k.py": [HERE / "gen_parse_program.py", "10000"]}
# A benchmark is long module-level work by design: no module step budget
# (the CLI's default now; said explicitly so older builds measure the same).
NO_BUDGET = ["--module-step-budget", "0"]


def trace_bytes_per_event(binary, program):
    """Ask the sandbox for trace statistics; None when it cannot say.

    Accepts `key: value` / `key=value` lines or one JSON object, with
    bytes_per_event, or events plus trace_bytes/memory_bytes/bytes.
    """
    try:
        r = subprocess.run([binary, "trace", *NO_BUDGET, program.name, "--format", "stats"], cwd=program.parent,
                           capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if r.returncode != 0:
        return None
    fields = {}
    try:
        obj = json.loads(r.stdout)
        if isinstance(obj, dict):
            fields = {str(k).lower(): v for k, v in obj.items()}
    except ValueError:
        for line in r.stdout.splitlines():
            m = re.match(r"\s*([A-Za-z_ ]+?)\s*[:=]\s*([0-9.]+)", line)
            if m:
                fields[m.group(1).strip().lower().replace(" ", "_")] = m.group(2)
    try:
        if "bytes_per_event" in fields:
            return float(fields["bytes_per_event"])
        events = float(fields.get("events") or fields.get("event_count"))
        size = float(fields.get("trace_bytes") or fields.get("memory_bytes") or fields.get("bytes"))
        return size / events if events else None
    except (TypeError, ValueError):
        return None


def fmt_kib(k):
    return "n/a" if k is None else ("%.1f MiB" % (k / 1024.0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=str(ROOT / "build" / "asyncio-sandbox"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", type=int, default=3, help="runs of each (median is reported)")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    binary = str(pathlib.Path(args.binary).resolve())
    # Time the interpreter itself, not a version-manager shim in front of it.
    args.python = subprocess.run([args.python, "-c", "import sys; print(sys.executable)"],
                                 capture_output=True, text=True).stdout.strip() or args.python
    gen_dir = pathlib.Path(tempfile.mkdtemp(prefix="sandbox-bench-"))
    for name, argv in GENERATED.items():
        subprocess.run([sys.executable, str(argv[0]), str(gen_dir / name), *argv[1:]], check=True)
    programs = [(gen_dir / p if p in GENERATED else pathlib.Path(p)).resolve() for p in args.programs] or \
        sorted(p for p in HERE.glob("*.py") if p.name not in TOOLS) + sorted((HERE / "programs").glob("*.py")) + \
        sorted(gen_dir.glob("*.py"))
    if not os.path.exists(binary):
        print("no sandbox binary at %s (build it, or pass --binary)" % binary)
        return 2

    rows = []
    mismatches = 0
    load_start = os.getloadavg()[0]
    for p in programs:
        print("running %s ..." % p.name, file=sys.stderr, flush=True)
        sb, ref = [], []
        for _ in range(args.n):
            sb.append(measure_with_rss([binary, "run", *NO_BUDGET, p.name], p.parent))
            ref.append(measure_with_rss([args.python, str(REFERENCE), p.name], p.parent))
        same = all(s[2] == 0 and s[3] == ref[0][3] for s in sb) and all(r[2] == 0 for r in ref)
        if not same:
            mismatches += 1
            bad = next(s for s in sb if s[2] != 0 or s[3] != ref[0][3])
            print("MISMATCH %s: sandbox exit %s, stdout %r... CPython %r..." % (
                p.name, bad[2], bad[3][:200], ref[0][3][:200]), file=sys.stderr)
            if bad[4].strip():
                print("  sandbox stderr: " + bad[4].strip().splitlines()[-1][:200], file=sys.stderr)
        sb_wall = statistics.median(s[0] for s in sb)
        ref_wall = statistics.median(r[0] for r in ref)
        sb_cpu = statistics.median(s[5] for s in sb)
        ref_cpu = statistics.median(r[5] for r in ref)
        sb_rss = max(s[1] for s in sb)
        ref_rss = max(r[1] for r in ref)
        bpe = trace_bytes_per_event(binary, p)
        rows.append((p.stem + (" (aio)" if "import asyncio" in p.read_text() else ""), "yes" if same else "NO", ref_cpu, sb_cpu, ref_cpu / sb_cpu if sb_cpu else 0,
                     ref_wall / sb_wall if sb_wall else 0,
                     ref_rss, sb_rss, sb_rss / ref_rss if ref_rss else 0, bpe))

    head = ("program", "same", "CPython cpu s", "sandbox cpu s", "speed-up", "wall speed-up", "CPython RSS",
            "sandbox RSS", "RSS ratio", "trace B/event")
    table = [head] + [(r[0], r[1], "%.2f" % r[2], "%.2f" % r[3], "%.2fx" % r[4], "%.2fx" % r[5], fmt_kib(r[6]),
                       fmt_kib(r[7]), "%.2f" % r[8], "n/a" if r[9] is None else "%.1f" % r[9])
                      for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    print("median of %d runs; speed-up = CPython CPU time / sandbox CPU time (wall: the same with wall "
          "time); RSS ratio = sandbox / CPython; load average %.1f at the start, %.1f at the end"
          % (args.n, load_start, os.getloadavg()[0]))
    print("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in table[1:]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
    print()
    for group, pick in (("plain", lambda r: not r[0].endswith("(aio)")), ("asyncio", lambda r: r[0].endswith("(aio)"))):
        sel = [r for r in rows if pick(r) and r[4] > 0 and r[8] > 0]
        if not sel:
            continue
        gm_speed = math.exp(sum(math.log(r[4]) for r in sel) / len(sel))
        gm_rss = math.exp(sum(math.log(r[8]) for r in sel) / len(sel))
        slowest = min(sel, key=lambda r: r[4])
        print("%s (%d programs): geometric mean speed-up %.2fx, RSS ratio %.2f; slowest %s %.2fx"
              % (group, len(sel), gm_speed, gm_rss, slowest[0], slowest[4]))
    shutil.rmtree(gen_dir, ignore_errors=True)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
