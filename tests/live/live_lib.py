"""Helpers for the live-mode tests: run a program under `asyncio-sandbox run
--live` (or CPython) as a child process, read the port it prints, stop it
with SIGINT, count its open sockets.  Every wait has a timeout."""
import os
import re
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def program(name):
    return os.path.join(PROGRAMS, name)


class Child:
    """A program running live; stdout is read line by line."""

    def __init__(self, argv, stderr=subprocess.PIPE):
        self.argv = argv
        self.p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr)
        self.lines = []

    def readline(self, timeout=10):
        """The next stdout line (without the newline), or None at EOF/timeout."""
        import selectors
        sel = selectors.DefaultSelector()
        sel.register(self.p.stdout, selectors.EVENT_READ)
        end = time.monotonic() + timeout
        buf = b""
        while time.monotonic() < end:
            if not sel.select(max(0.0, end - time.monotonic())):
                break
            ch = os.read(self.p.stdout.fileno(), 1)
            if not ch:
                break
            if ch == b"\n":
                line = buf.decode()
                self.lines.append(line)
                return line
            buf += ch
        return None

    def port(self, timeout=10):
        """Reads lines until one ends with a port number."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            line = self.readline(end - time.monotonic())
            if line is None:
                break
            m = re.search(r"port (\d+)$", line)
            if m:
                return int(m.group(1))
        raise RuntimeError("no port from %s (stderr: %s)" % (self.argv, self.kill()))

    def interrupt(self, timeout=10):
        """SIGINT (Ctrl+C); returns (status, rest of stdout, stderr)."""
        self.p.send_signal(signal.SIGINT)
        try:
            out, err = self.p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            out, err = self.p.communicate()
            return None, out.decode(), (err or b"").decode()
        return self.p.returncode, out.decode(), (err or b"").decode()

    def kill(self):
        if self.p.poll() is None:
            self.p.kill()
        _, err = self.p.communicate()
        return (err or b"").decode(errors="replace")


def sandbox(binary, name, *flags):
    return Child([binary, "run", "--live", *flags, program(name)])


def cpython(name):
    return Child([sys.executable, "-u", program(name)])


def open_sockets(pid):
    """Sockets the process holds open (/proc/PID/fd -> socket:[inode])."""
    n = 0
    base = "/proc/%d/fd" % pid
    for fd in os.listdir(base):
        try:
            if os.readlink(os.path.join(base, fd)).startswith("socket:"):
                n += 1
        except OSError:
            pass
    return n


def wait_until(pred, timeout=10, step=0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()


_LIB_FRAME = re.compile(r'^  File "[^"]*/asyncio/[^"]*", line \d+, in ')


def user_frames(traceback_text):
    """CPython's traceback without asyncio's own frames (the sandbox shows
    only the program's frames) and without 3.11's ^^^ marker lines."""
    out, skip = [], False
    for line in traceback_text.splitlines():
        if _LIB_FRAME.match(line):
            skip = True
            continue
        if skip and line.startswith("    "):
            continue
        skip = False
        if line.strip() and set(line.strip()) <= set("^~"):
            continue
        out.append(line)
    return "\n".join(out)

