#!/usr/bin/env python3
"""Live echo: the sandbox runs programs/echo_server.py with --live; 100
clients in this (another) process connect at once and each sends 100 lines
of different lengths, waiting for every echo; every byte must come back in
order.  Then every connection must be closed on the sandbox's side (its
/proc/PID/fd holds only the listening socket), and Ctrl+C must end it with
status 130 and CPython's KeyboardInterrupt.

Usage: check_echo.py BINARY [CLIENTS MESSAGES]"""
import asyncio
import sys
import time

import live_lib


async def client(port, i, messages):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    sent = got = 0
    for j in range(messages):
        line = ("%d:%d:" % (i, j) + "x" * ((i * 7 + j * 13) % 3000) + "\n").encode()
        writer.write(line)
        await writer.drain()
        sent += len(line)
        echo = await reader.readexactly(len(line))
        if echo != line:
            raise AssertionError("client %d message %d: sent %r..., got %r..." % (i, j, line[:40], echo[:40]))
        got += len(echo)
    writer.close()
    await writer.wait_closed()
    return sent, got


async def run_clients(port, clients, messages):
    results = await asyncio.wait_for(
        asyncio.gather(*(client(port, i, messages) for i in range(clients))), timeout=120)
    return sum(s for s, _ in results), sum(g for _, g in results)


def main():
    if len(sys.argv) not in (2, 4):
        print(__doc__)
        return 2
    binary = sys.argv[1]
    clients, messages = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) == 4 else (100, 100)
    child = live_lib.sandbox(binary, "echo_server.py")
    try:
        port = child.port()
        start = time.monotonic()
        sent, got = asyncio.run(run_clients(port, clients, messages))
        took = time.monotonic() - start
        print("echo: %d clients x %d messages, %d bytes each way, all echoed in order, in %.2f s"
              % (clients, messages, sent, took))
        pid = child.p.pid
        if not live_lib.wait_until(lambda: live_lib.open_sockets(pid) == 1):
            print("FAIL: the sandbox still holds %d sockets (want 1: the listener)" % live_lib.open_sockets(pid))
            return 1
        status, _, err = child.interrupt()
    except Exception as e:  # noqa: BLE001 -- report anything and fail
        print("FAIL: %s: %s" % (type(e).__name__, e))
        print(child.kill())
        return 1
    if status != 130 or not err.endswith("\nKeyboardInterrupt\n"):
        print("FAIL: Ctrl+C ended with status %s, stderr:\n%s" % (status, err))
        return 1
    print("echo: OK (connections closed, Ctrl+C -> status 130)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
