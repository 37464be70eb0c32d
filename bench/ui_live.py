#!/usr/bin/env python3
"""App frame cost during a busy live run (not CI): `asyncio-sandbox bench-ui
--live` runs tests/live/programs/echo_server.py on the session's worker
thread and builds 60 frames a second headless; once it prints its port,
C clients from this process each send M lines and wait for every echo
(as tests/live/check_echo.py does).  When they are done the bench's stdin
is closed and it prints the frame CPU figures.

Usage: bench/ui_live.py BINARY [--clients C] [--messages M]"""
import argparse
import asyncio
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "live"))
import check_echo  # noqa: E402
import live_lib  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--messages", type=int, default=100)
    args = ap.parse_args()
    p = subprocess.Popen([args.binary, "bench-ui", "--live", live_lib.program("echo_server.py"),
                          "--seconds", "300"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    port = None
    for raw in p.stdout:
        m = re.search(r"port (\d+)$", raw.decode().rstrip("\n"))
        if m:
            port = int(m.group(1))
            break
    if port is None:
        p.kill()
        print("no port from the bench")
        return 1
    start = time.monotonic()
    sent, _ = asyncio.run(check_echo.run_clients(port, args.clients, args.messages))
    took = time.monotonic() - start
    time.sleep(0.5)   # let the last events reach a frame
    p.stdin.close()
    out = p.stdout.read().decode()
    p.wait(timeout=30)
    print("clients: %d x %d messages, %d bytes each way, echoed in %.2f s"
          % (args.clients, args.messages, sent, took))
    print("".join(l + "\n" for l in out.splitlines() if not l.startswith("console: ")), end="")
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
