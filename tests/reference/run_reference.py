#!/usr/bin/env python3
"""The reference: CPython 3.11 running an asyncio program on a virtual clock.

Usage: run_reference.py [--timestamps] [--max-time SECONDS] FILE

This is the oracle every output of asyncio-sandbox is judged by (see
shared/spec/python-subset.md, "The reference"). It runs FILE unchanged with
CPython's own asyncio, on a SelectorEventLoop subclass whose clock is virtual:

- loop.time(), time.monotonic() and time.perf_counter() all read one
  virtual clock that starts at 0.0; time.time() reads the same clock from a
  fixed Unix time, VIRTUAL_EPOCH (1700000000, 2023-11-14 22:13:20 UTC), and local time
  is UTC (TZ=UTC), so time.localtime/gmtime/ctime/asctime/strftime without
  a time argument, and datetime's now()/today() (the pure-Python datetime,
  as the sandbox runs it: the C _datetime is blocked), tell that moment;
- the loop never sleeps: its selector polls real I/O with timeout 0 and, when
  nothing is ready and no I/O is pending, jumps the clock to the deadline of
  the next timer (exactly that double, so deadlines stay exact arithmetic);
- clock_resolution is 1e-9 (a timer is due when `when < now + 1e-9`);
- time.sleep(s) advances the clock by s without yielding to the loop;
- threads are deterministic (virtual_threads.py): one runs at a time until
  it blocks; a worker's time.sleep waits for the virtual clock, which the
  loop advances only when every worker is blocked;
- random is seeded with 0 before the program starts;
- real sockets on loopback still work (the echo servers of the scenarios).

With --timestamps every stdout line is prefixed with "[%.3f] " of the virtual
time at which the line was started. An uncaught exception prints CPython's
traceback on stderr and exits with status 1.
"""
import sys

# datetime's C accelerator reads the system clock directly; without it
# datetime.py falls back to its pure-Python code, which asks time.time().
sys.modules["_datetime"] = None

import argparse
import asyncio
import builtins
import io
import os
import random
import selectors
import time
import traceback

import virtual_threads

# How long (real seconds) to wait for loopback I/O that is in flight before
# concluding that nothing will arrive and jumping the clock. Linux delivers
# loopback TCP synchronously, so this is insurance, not a timing parameter.
IO_GRACE = 0.002
# How long (real seconds) to wait for I/O when there is no timer at all before
# declaring a deadlock (CPython itself would wait forever).
DEADLOCK_WAIT = 3.0


class VirtualClock:
    """The one clock everything reads; starts at 0.0."""

    def __init__(self):
        self.now = 0.0
        self.max_time = 3600.0


CLOCK = VirtualClock()


def _fatal(message):
    """Stop the run: flush what was printed, report on stderr, exit 1."""
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
    os._exit(1)


class VirtualSelector(selectors.BaseSelector):
    """A selector that never sleeps in real time unless I/O is in flight.

    BaseEventLoop._run_once calls select(timeout) with timeout 0 when
    callbacks are ready, the delay to the next timer when one is scheduled,
    or None when nothing is. We always poll the real selector with timeout 0
    first; only when it reports nothing and the loop would wait do we jump
    the virtual clock to the next timer's deadline.
    """

    def __init__(self):
        self._real = selectors.DefaultSelector()
        self.loop = None  # set by VirtualClockLoop once constructed

    # -- delegation to the real selector --
    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_map(self):
        return self._real.get_map()

    def get_key(self, fileobj):
        return self._real.get_key(fileobj)

    def close(self):
        self._real.close()

    # -- the virtual part --
    def _watches_sockets(self):
        """True when any fd other than the loop's self-pipe is registered."""
        self_pipe = self.loop._ssock.fileno() if self.loop and self.loop._ssock else -1
        return any(key.fd != self_pipe for key in self._real.get_map().values())

    def select(self, timeout=None):
        if THREADS.live > 0:
            # Worker threads exist: the loop's thread blocks in select()
            # through the scheduler (virtual_threads.py), which runs the
            # workers and moves the clock.
            THREADS.select(self.loop, timeout)
            return self._real.select(0)
        events = self._real.select(0)
        if events or timeout == 0:
            return events
        if self._watches_sockets():
            events = self._real.select(IO_GRACE)
            if events:
                return events
        scheduled = self.loop._scheduled if self.loop else []
        if not scheduled:
            # No timer: only I/O could wake the loop. Give it a real chance,
            # then report what CPython would do forever: wait.
            if self._watches_sockets():
                events = self._real.select(DEADLOCK_WAIT)
                if events:
                    return events
            _fatal("run_reference: deadlock: no callback ready, no timer "
                   "scheduled and no I/O pending at virtual time %.3f" % CLOCK.now)
        when = scheduled[0]._when
        if when > CLOCK.max_time:
            _fatal("run_reference: stopped at --max-time %g virtual seconds" % CLOCK.max_time)
        if when > CLOCK.now:
            CLOCK.now = when
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """asyncio's SelectorEventLoop with the virtual clock and selector."""

    def __init__(self):
        selector = VirtualSelector()
        super().__init__(selector=selector)
        selector.loop = self
        self._clock_resolution = 1e-9

    def time(self):
        return CLOCK.now


# repr(loop) shows the class name: print what plain CPython prints.
VirtualClockLoop.__name__ = VirtualClockLoop.__qualname__ = "_UnixSelectorEventLoop"
THREADS = virtual_threads.install(CLOCK, _fatal, VirtualClockLoop)


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    """Makes asyncio.run, asyncio.Runner, new_event_loop() and
    get_event_loop() (which creates the main thread's first loop through
    the policy) use VirtualClockLoop."""

    _loop_factory = VirtualClockLoop


# The Unix time the virtual clock's 0.0 stands for (runtime/time_hooks.h
# kVirtualEpoch in the sandbox).
VIRTUAL_EPOCH = 1700000000.0


def _install_virtual_time():
    def now():
        return CLOCK.now

    def now_ns():
        return int(round(CLOCK.now * 1e9))

    def wall():
        return VIRTUAL_EPOCH + CLOCK.now

    def wall_ns():
        return int(VIRTUAL_EPOCH) * 10**9 + int(round(CLOCK.now * 1e9))

    os.environ["TZ"] = "UTC"
    time.tzset()
    real_gmtime, real_localtime, real_ctime = time.gmtime, time.localtime, time.ctime
    real_asctime, real_strftime = time.asctime, time.strftime

    # Without a time argument these read the C clock, not time.time().
    def gmtime(secs=None):
        return real_gmtime(wall() if secs is None else secs)

    def localtime(secs=None):
        return real_localtime(wall() if secs is None else secs)

    def ctime(secs=None):
        return real_ctime(wall() if secs is None else secs)

    def asctime(t=None):
        return real_asctime(real_localtime(wall()) if t is None else t)

    def strftime(format, t=None):
        return real_strftime(format, real_localtime(wall()) if t is None else t)

    def sleep(seconds):
        # time.sleep blocks the calling thread: in the loop's thread the
        # loop with it (the clock moves, only worker threads run).
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        THREADS.sleep(seconds)

    time.time = wall
    time.monotonic = now
    time.perf_counter = now
    time.time_ns = wall_ns
    time.monotonic_ns = now_ns
    time.perf_counter_ns = now_ns
    time.sleep = sleep
    time.gmtime, time.localtime, time.ctime = gmtime, localtime, ctime
    time.asctime, time.strftime = asctime, strftime


class TimestampedStdout(io.TextIOBase):
    """stdout that prefixes each line with the virtual time it started at."""

    def __init__(self, binary, timestamps):
        super().__init__()
        self._binary = binary
        self._timestamps = timestamps
        self._at_line_start = True

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        if not self._timestamps:
            self._binary.write(text.encode("utf-8"))
            return len(text)
        parts = []
        for piece in text.split("\n"):
            parts.append(piece)
        out = []
        for i, piece in enumerate(parts):
            last = i == len(parts) - 1
            if piece and self._at_line_start:
                out.append("[%.3f] " % CLOCK.now)
                self._at_line_start = False
            out.append(piece)
            if not last:
                if self._at_line_start:
                    out.append("[%.3f] " % CLOCK.now)
                out.append("\n")
                self._at_line_start = True
        self._binary.write("".join(out).encode("utf-8"))
        return len(text)

    def flush(self):
        self._binary.flush()


def _refuse_null_bytes(path, data):
    """`python3 FILE` refuses a file with a NUL byte before running any of it,
    showing the NUL's line cut at the NUL; compile() would say "source code
    string" instead, so the file's own error is raised here."""
    nul = data.index(b"\0")
    start = data.rfind(b"\n", 0, nul) + 1
    text = data[start:nul].decode("utf-8", "replace")
    raise SyntaxError("source code cannot contain null bytes",
                      (path, data.count(b"\n", 0, start) + 1, None, text))


def _run_program(path):
    with open(path, "rb") as f:
        data = f.read()
    if b"\0" in data:
        _refuse_null_bytes(path, data)
    source = data.decode("utf-8")
    code = compile(source, path, "exec")
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    module_globals = {"__name__": "__main__", "__file__": path,
                      "__builtins__": builtins, "__doc__": None}
    exec(code, module_globals)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timestamps", action="store_true",
                        help='prefix each stdout line with "[%%.3f] " of its virtual start time')
    parser.add_argument("--max-time", type=float, default=3600.0,
                        help="stop when the clock would pass this many virtual seconds")
    parser.add_argument("file")
    args = parser.parse_args(argv)

    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("run_reference: warning: the reference is CPython 3.11, this is %d.%d\n"
                         % sys.version_info[:2])
    CLOCK.max_time = args.max_time
    sys.stdout.flush()
    sys.stdout = TimestampedStdout(sys.stdout.buffer, args.timestamps)
    sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")
    _install_virtual_time()
    asyncio.set_event_loop_policy(VirtualClockPolicy())
    random.seed(0)

    status = 0
    try:
        _run_program(args.file)
    except SystemExit as e:
        code = e.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code
        else:
            sys.stderr.write(str(code) + "\n")
            status = 1
    except BaseException as e:
        # Drop our own frames so the traceback starts at the program's
        # module, as `python3 FILE` shows it.
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != args.file:
            tb = tb.tb_next
        traceback.print_exception(type(e), e, tb)
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
