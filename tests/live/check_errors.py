#!/usr/bin/env python3
"""Live errors in CPython's words: each program runs under
`asyncio-sandbox run --live` and under this python3 (CPython 3.11), and
both must print the same lines and end with the same status.

  errors.py          port already in use, connection refused (by address
                     and by "localhost"), EOF after the peer hangs up
  reset_server.py    connection reset by peer: this script's client closes
                     with SO_LINGER 0 (RST) while the handler reads
  refuse_network.py  (sandbox only) binding 0.0.0.0 or connecting to
                     another host is refused without --allow-network

Usage: check_errors.py BINARY"""
import socket
import struct
import subprocess
import sys

import live_lib

REFUSED = (
    "OSError [Errno 99] live mode uses only loopback addresses (127.0.0.0/8, ::1, localhost) "
    "unless run with --allow-network, not ('0.0.0.0', 0)\n"
    "OSError [Errno 99] live mode uses only loopback addresses (127.0.0.0/8, ::1, localhost) "
    "unless run with --allow-network, not ('192.0.2.1', 80)\n"
    "127.0.0.2 is loopback: 127.0.0.2\n"
)


def run(argv):
    r = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    return r.returncode, r.stdout, r.stderr


def compare(name, sandbox, cpython):
    if sandbox[:2] != cpython[:2]:
        print("FAIL %s: sandbox (status %s):\n%s%s\nCPython (status %s):\n%s%s" %
              (name, sandbox[0], sandbox[1], sandbox[2], cpython[0], cpython[1], cpython[2]))
        return False
    print("ok   %s (%d lines, status %d, as CPython)" % (name, sandbox[1].count("\n"), sandbox[0]))
    return True


def rude_client(child):
    """Sends a line, reads the answer, resets the connection; returns the
    program's (status, stdout, stderr)."""
    port = child.port()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"hello\n")
        answer = b""
        while not answer.endswith(b"\n"):
            chunk = s.recv(100)
            if not chunk:
                break
            answer += chunk
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    try:
        out, err = child.p.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        return None, answer.decode(), child.kill()
    text = answer.decode() + "\n".join(child.lines) + "\n" + out.decode()
    return child.p.returncode, text.replace(str(port), "PORT"), err.decode()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    ok = True
    prog = live_lib.program("errors.py")
    ok &= compare("errors.py", run([binary, "run", "--live", prog]), run([sys.executable, prog]))
    ok &= compare("reset_server.py", rude_client(live_lib.sandbox(binary, "reset_server.py")),
                  rude_client(live_lib.cpython("reset_server.py")))
    got = run([binary, "run", "--live", live_lib.program("refuse_network.py")])
    if got[:2] != (0, REFUSED):
        print("FAIL refuse_network.py: status %s\n%s%s" % got)
        ok = False
    else:
        print("ok   refuse_network.py")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
