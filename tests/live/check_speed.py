#!/usr/bin/env python3
"""--speed and the waiting loop: programs/sleeper.py sleeps one second of
loop time.  At --speed 10 that must take well under a second of real time
with the same output; at speed 1 the sandbox must wait in the poller (it
uses a small fraction of a CPU second while it waits, instead of spinning).
A speed outside 0.1..10 is refused.  --max-time stops a live server that
would otherwise serve forever.

Usage: check_speed.py BINARY"""
import os
import subprocess
import sys
import time

import live_lib



def slept(out):
    """The loop seconds sleeper.py reports (None if it did not)."""
    try:
        return float(out.split()[1])
    except (IndexError, ValueError):
        return None


def timed(argv):
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    out = p.stdout.read().decode()
    err = p.stderr.read().decode()
    return os.waitstatus_to_exitcode(status), out, err, time.monotonic() - start, usage.ru_utime + usage.ru_stime


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary, prog = sys.argv[1], live_lib.program("sleeper.py")
    ok = True
    status, out, err, real, cpu = timed([binary, "run", "--live", prog])
    t = slept(out)
    if status != 0 or t is None or not 1.0 <= t < 1.2 or real < 0.95 or cpu > 0.5:
        print("FAIL speed 1: status %s, %r %s, %.2f s real, %.2f s CPU" % (status, out, err, real, cpu))
        ok = False
    else:
        print("ok   speed 1: %.3f loop s, %.2f s real, %.2f s CPU" % (t, real, cpu))
    status, out, err, real, cpu = timed([binary, "run", "--live", "--speed", "10", prog])
    t = slept(out)
    # One millisecond of real lateness is 0.01 loop seconds at speed 10.
    if status != 0 or t is None or not 1.0 <= t < 1.5 or real > 0.9:
        print("FAIL speed 10: status %s, %r %s, %.2f s real" % (status, out, err, real))
        ok = False
    else:
        print("ok   speed 10: %.3f loop s, %.2f s real" % (t, real))
    server = live_lib.program("echo_server.py")
    status, out, err, real, cpu = timed([binary, "run", "--live", "--max-time", "0.5", server])
    if status != 1 or not err.startswith("RuntimeError: sandbox limit: stopped at --max-time 0.5 virtual seconds") or not 0.45 < real < 5:
        print("FAIL --max-time 0.5: status %s, %r, %.2f s real" % (status, err, real))
        ok = False
    else:
        print("ok   --max-time 0.5 stops a live server after %.2f s" % real)
    r = subprocess.run([binary, "run", "--live", "--speed", "20", prog], capture_output=True, text=True, timeout=10)
    if r.returncode != 2 or "--speed needs a factor from 0.1 to 10" not in r.stderr:
        print("FAIL: --speed 20 gave status %s: %s" % (r.returncode, r.stderr))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
