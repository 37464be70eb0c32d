#!/usr/bin/env python3
"""Ctrl+C in live mode, against CPython: programs/echo_server.py runs under
the sandbox and under CPython and gets SIGINT
  1. while it only listens: stderr must be CPython's (asyncio.run cancels
     the main task, then raises KeyboardInterrupt), asyncio's own frames
     left out as the sandbox always does; status 130 (128 + SIGINT, what a
     shell reports for CPython, which dies by the signal);
  2. with a client connected: the same KeyboardInterrupt at the end, the
     client's connection closed, the port free again, status 130.

Usage: check_sigint.py BINARY"""
import socket
import sys

import live_lib


def last_chain(text):
    """The final traceback chain: from the traceback that the last
    'During handling' continues."""
    cut = text.rfind("\n\nDuring handling of the above exception")
    start = text.rfind("Traceback (most recent call last):", 0, cut)
    return text[start:] if cut >= 0 and start >= 0 else text


def interrupt(child, with_client):
    port = child.port()
    client = None
    if with_client:
        client = socket.create_connection(("127.0.0.1", port), timeout=10)
        client.sendall(b"ping\n")
        assert client.recv(100) == b"ping\n"
    sockets = live_lib.open_sockets(child.p.pid)
    status, _, err = child.interrupt()
    eof = True
    if client:
        eof = client.recv(100) == b""
        client.close()
    free = True
    try:
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("127.0.0.1", port))
    except OSError:
        free = False
    return status, err, eof, free, sockets


def check(label, got, cpython, want_sockets, whole):
    status, err, eof, free, sockets = got
    c_status, c_err = cpython[0], live_lib.user_frames(cpython[1])
    problems = []
    if sockets != want_sockets:
        problems.append("before Ctrl+C the sandbox held %d sockets, want %d" % (sockets, want_sockets))
    if status != 130 or c_status != -2:
        problems.append("status %s (want 130; CPython: %s, killed by SIGINT)" % (status, c_status))
    ours, theirs = (err.rstrip("\n"), c_err) if whole else (last_chain(err).rstrip("\n"), last_chain(c_err))
    if ours != theirs:
        problems.append("stderr differs from CPython's\n--- sandbox\n%s\n--- CPython (asyncio frames left out)\n%s"
                        % (ours, theirs))
    if not eof:
        problems.append("the client's connection was not closed")
    if not free:
        problems.append("the port is still in use after the sandbox exited")
    for p in problems:
        print("FAIL %s: %s" % (label, p))
    if not problems:
        print("ok   %s: status 130, CPython's KeyboardInterrupt traceback, sockets closed, port free" % label)
    return not problems


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    ok = check("listening", interrupt(live_lib.sandbox(binary, "echo_server.py"), False),
               interrupt(live_lib.cpython("echo_server.py"), False), 1, True)
    ok &= check("client connected", interrupt(live_lib.sandbox(binary, "echo_server.py"), True),
                interrupt(live_lib.cpython("echo_server.py"), True), 2, False)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
