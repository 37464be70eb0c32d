#!/usr/bin/env python3
"""Soak test for live mode (not CI): the sandbox runs
tests/live/programs/echo_server.py with --live for N minutes while clients
keep connecting, talking and leaving (most politely, some by resetting
the connection, some after a half-close); every echo is checked.  The
sandbox's RSS and open descriptors are sampled every few seconds; both
must stay flat.

Usage: bench/soak_live.py [--minutes N] [--clients C] [--binary PATH]
Prints one line per sample and a summary; exit status 1 if an echo was
wrong or memory/descriptors grew."""
import argparse
import asyncio
import os
import random
import socket
import struct
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "live"))
import live_lib  # noqa: E402


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def fd_count(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


class Stats:
    def __init__(self):
        self.connections = self.messages = self.bytes = self.resets = self.errors = 0


async def one_visit(port, rng, stats):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    stats.connections += 1
    for _ in range(rng.randint(1, 40)):
        line = ("%d " % rng.randint(0, 10**9) + "y" * rng.randint(0, 4000) + "\n").encode()
        writer.write(line)
        await writer.drain()
        echo = await reader.readexactly(len(line))
        if echo != line:
            stats.errors += 1
            print("echo mismatch", file=sys.stderr)
        stats.messages += 1
        stats.bytes += len(line)
        if rng.random() < 0.3:
            await asyncio.sleep(rng.random() * 0.05)
    how = rng.random()
    if how < 0.1:
        # Leave rudely: RST instead of FIN.
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        stats.resets += 1
        return
    if how < 0.2:
        writer.write_eof()  # half-close: the server sees EOF, then hangs up
        await reader.read()
    writer.close()
    await writer.wait_closed()


async def visitor(port, seed, stats, end):
    rng = random.Random(seed)
    while time.monotonic() < end:
        try:
            await asyncio.wait_for(one_visit(port, rng, stats), timeout=30)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            stats.errors += 1
            print("client error:", type(e).__name__, e, file=sys.stderr)
        await asyncio.sleep(rng.random() * 0.2)


async def sampler(pid, stats, end, every, samples):
    start = time.monotonic()
    while time.monotonic() < end:
        samples.append((time.monotonic() - start, rss_kib(pid), fd_count(pid), stats.connections))
        t, rss, fds, conns = samples[-1]
        print("%7.1f s  RSS %7d KiB  fds %4d  connections %7d  messages %8d" % (t, rss, fds, conns, stats.messages),
              flush=True)
        await asyncio.sleep(every)


async def soak(port, pid, minutes, clients, every):
    stats, samples = Stats(), []
    end = time.monotonic() + minutes * 60
    await asyncio.gather(sampler(pid, stats, end, every, samples),
                         *(visitor(port, seed, stats, end) for seed in range(clients)))
    return stats, samples


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--every", type=float, default=10, help="seconds between samples")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "asyncio-sandbox"))
    a = ap.parse_args()
    # The handler's tracebacks for reset connections go to a file: a pipe
    # nobody reads would fill up and stall the server.
    err_path = "/tmp/soak_live_stderr.txt"
    err_file = open(err_path, "wb")
    child = live_lib.Child([a.binary, "run", "--live", live_lib.program("echo_server.py")], stderr=err_file)
    port = child.port()
    pid = child.p.pid
    started = time.monotonic()
    stats, samples = asyncio.run(soak(port, pid, a.minutes, a.clients, a.every))
    time.sleep(1)  # let the last connections close
    final_fds = fd_count(pid)
    status, _, _ = child.interrupt()
    err_file.close()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        err = f.read()
    took = time.monotonic() - started
    rss = [s[1] for s in samples]
    fds = [s[2] for s in samples]
    # Flat: the last quarter's RSS is within 10% (and 2 MiB) of the first quarter's peak.
    q = max(1, len(rss) // 4)
    early, late = max(rss[:q]), max(rss[-q:])
    grew = late > early * 1.10 and late - early > 2048
    print("\nsoak: %.1f min, %d clients: %d connections (%d reset by the client), %d messages, %.1f MB echoed, "
          "%d client errors" % (took / 60, a.clients, stats.connections, stats.resets, stats.messages,
                                stats.bytes / 1e6, stats.errors))
    print("RSS KiB: first %d, min %d, max %d, last %d (early peak %d, late peak %d)" %
          (rss[0], min(rss), max(rss), rss[-1], early, late))
    print("fds: first %d, min %d, max %d, last %d, after the clients left %d" %
          (fds[0], min(fds), max(fds), fds[-1], final_fds))
    print("stderr: %d lines ('Unhandled exception in client_connected_cb' x %d, one per reset)" %
          (err.count("\n"), err.count("Unhandled exception in client_connected_cb")))
    print("Ctrl+C: status %s, last stderr line: %s" % (status, err.strip().splitlines()[-1] if err.strip() else ""))
    ok = stats.errors == 0 and not grew and status == 130
    print("soak:", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
