#!/usr/bin/env python3
"""Limits test: programs in tests/errors/limits/ that exhaust a resource are
run by `asyncio-sandbox run` with small limits; each must end promptly with
the expected exit status and last stderr line (Python's own error where
CPython has one, else `RuntimeError: sandbox limit: ...`), without using
much memory.

Usage: check_limits.py BINARY
"""
import pathlib
import resource
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent / "limits"
MAX_RSS_KB = 1024 * 1024  # no run may come near a gigabyte
TIMEOUT = 60

# program, flags, exit status, first stdout line (or None), last stderr line
CASES = [
    ("task_never_yields.py", ["--step-budget", "1000000"], 1, None,
     "RuntimeError: sandbox limit: task 'Task-2' (coroutine spin) ran 1000000 steps without awaiting, "
     "at line 6: it blocks the event loop (step_budget, --step-budget)"),
    ("module_endless_loop.py", ["--module-step-budget", "2000000"], 1, "start",
     "RuntimeError: sandbox limit: module code ran 2000000 steps without finishing (an endless loop?), "
     "at line 4 (module_step_budget, --module-step-budget)"),
    # (The CLI has no module budget by default, as CPython; the session's
    # default, which the app uses, is checked in tests/unit/test_limits.cpp.)
    ("recursion.py", [], 1, None, "RecursionError: maximum recursion depth exceeded"),
    ("recursion_async.py", ["--recursion-limit", "200"], 1, None,
     "RecursionError: maximum recursion depth exceeded"),
    ("memory_huge_list.py", [], 1, None, "MemoryError"),
    ("memory_huge_string.py", [], 1, None, "MemoryError"),
    ("memory_growing_list.py", ["--max-memory", "32M"], 1, None, "MemoryError"),
    ("memory_growing_dict.py", ["--max-memory", "32M"], 1, None, "MemoryError"),
    ("memory_caught.py", ["--max-memory", "8M"], 0, "MemoryError caught with True items", None),
    ("memory_queue_forever.py", ["--max-memory", "8M"], 1, None, "MemoryError"),
    ("memory_tracebacks_kept.py", ["--max-memory", "8M"], 1, None, "MemoryError"),
    ("memory_caught_queue.py", ["--max-memory", "4M"], 1, None,
     "MemoryError: sandbox limit: the program's objects kept growing past twice max_memory "
     "(4194304 bytes, --max-memory) after MemoryError, at line 10"),
    ("output_forever.py", ["--max-output", "100K"], 1, "line 0",
     "RuntimeError: sandbox limit: the program wrote more than 102400 bytes of output (max_output, --max-output)"),
    ("output_forever_module.py", ["--max-output", "1M"], 1, "spam " * 20,
     "RuntimeError: sandbox limit: the program wrote more than 1048576 bytes of output (max_output, --max-output)"),
    ("sleep_forever.py", ["--max-time", "600"], 1, None,
     "RuntimeError: sandbox limit: stopped at --max-time 600 virtual seconds (max_time)"),
    ("trace_flood.py", ["--max-events", "100000"], 1, None,
     "RuntimeError: sandbox limit: the trace is full (100000 events, max_events, --max-events); "
     "the run stops here, the trace so far stays usable"),
    ("too_many_tasks.py", ["--max-tasks", "100"], 1, None,
     "RuntimeError: sandbox limit: more than 100 tasks at once (max_tasks, --max-tasks)"),
    ("too_many_sockets.py", ["--max-sockets", "50"], 1, None, "OSError: [Errno 24] Too many open files"),
]


def last_stderr_line(err):
    lines = [l for l in err.splitlines() if l.strip()]
    # A never-awaited warning may follow the error (CPython prints it at exit).
    while lines and (lines[-1].startswith("RuntimeWarning: Enable tracemalloc")
                     or "was never awaited" in lines[-1]):
        lines.pop()
    return lines[-1] if lines else ""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = str(pathlib.Path(sys.argv[1]).resolve())
    failed = []
    for program, flags, status, first_out, last_err in CASES:
        name = "%s %s" % (program, " ".join(flags))
        start = time.monotonic()
        try:
            r = subprocess.run([binary, "run", program] + flags, cwd=HERE, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            failed.append(name)
            print("FAIL %s: still running after %ds" % (name, TIMEOUT))
            continue
        took = time.monotonic() - start
        out = r.stdout.decode("utf-8", "backslashreplace")
        err = r.stderr.decode("utf-8", "backslashreplace")
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        why = None
        if r.returncode != status:
            why = "exit status %s, want %s; stderr: %s" % (r.returncode, status, err[-300:])
        elif first_out is not None and out.split("\n", 1)[0] != first_out:
            why = "first stdout line %r, want %r" % (out.split("\n", 1)[0], first_out)
        elif last_err is not None and last_stderr_line(err) != last_err:
            why = "last stderr line:\n  got  %r\n  want %r" % (last_stderr_line(err), last_err)
        elif rss > MAX_RSS_KB:
            why = "used %d MiB of memory" % (rss // 1024)
        if why:
            failed.append(name)
            print("FAIL %s: %s" % (name, why))
        else:
            print("ok   %-48s %5.2fs" % (name, took))
    print("limits: %d passed, %d failed (of %d); largest resident size %d MiB"
          % (len(CASES) - len(failed), len(failed), len(CASES),
             resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
