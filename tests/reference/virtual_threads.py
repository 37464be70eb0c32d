"""Deterministic threads for the reference runner (run_reference.py).

asyncio-sandbox runs a worker thread as a VM execution context that the
runtime schedules itself; this module makes CPython's real threads follow
the same rules, so that programs using asyncio.to_thread, run_in_executor,
call_soon_threadsafe and run_coroutine_threadsafe print the same bytes on
both.  The rules (engine/runtime/threads.h says the same for the sandbox):

- One thread runs at a time: it holds the baton until it blocks (time.sleep,
  waiting on a concurrent future, an idle pool worker waiting for work, a
  join) or ends.  The next thread to run is the oldest runnable one (FIFO:
  started or woken); when none is runnable, the blocked thread with the
  earliest deadline (ties: the one that blocked first) wakes, and the
  virtual clock jumps to that deadline.
- time.sleep(d) in any thread blocks that thread until now + d.  In the
  loop's thread that blocks the loop, as in CPython.
- The loop's thread blocks in select(): until the next timer's deadline
  (now when callbacks are ready; no deadline when there is no timer), or
  until call_soon_threadsafe wakes it.  So workers run whenever the loop
  polls, and the loop advances virtual time only when every worker is
  blocked.
- The loop's default executor is a ThreadPoolExecutor twin (thread names
  asyncio_0, asyncio_1, ...; max_workers = min(32, cpu_count + 4) with
  cpu_count fixed at 4, so 8), whose work queue and idle count follow
  concurrent/futures/thread.py; concurrent futures are CPython's own, with
  their Condition replaced by one that blocks through the scheduler.
"""
import _thread
import collections
import concurrent.futures
import concurrent.futures._base as _cf_base
import concurrent.futures.thread as _cf_thread
import sys
import threading as _real_threading
import traceback

CPU_COUNT = 4
MAX_WORKERS = min(32, CPU_COUNT + 4)


class VThread:
    """One thread as the scheduler sees it."""

    def __init__(self, name):
        self.name = name
        self.baton = _thread.allocate_lock()
        self.baton.acquire()          # released when it is this thread's turn
        self.state = "runnable"      # runnable | running | blocked | done
        self.deadline = None
        self.seq = 0
        self.woken = False
        self.waitq = None             # the list of waiters it is in
        self.joiners = []


class Scheduler:
    def __init__(self, clock, fatal):
        self.clock = clock
        self.fatal = fatal
        self.main = VThread("MainThread")
        self.main.state = "running"
        self.current = self.main
        self.runnable = collections.deque()
        self.timed = []
        self.seq = 0
        self.live = 0                 # threads started and not done
        self.main_in_select = False

    # -- threads --------------------------------------------------------------
    def start(self, fn, name):
        t = VThread(name)
        self.runnable.append(t)
        self.live += 1

        def body():
            t.baton.acquire()
            try:
                fn()
            except BaseException:
                traceback.print_exc()
            finally:
                self._exit(t)

        _real_threading.Thread(target=body, name=name, daemon=True).start()
        return t

    def join(self, t):
        while t.state != "done":
            self.block(None, t.joiners)

    def _exit(self, me):
        me.state = "done"
        self.live -= 1
        for j in list(me.joiners):
            self.wake(j)
        nxt = self._pick(me)
        self.current = nxt
        nxt.state = "running"
        nxt.baton.release()

    # -- blocking -------------------------------------------------------------
    def block(self, deadline=None, waitq=None):
        """Blocks the running thread until woken or until `deadline`;
        returns True when woken, False when the deadline passed."""
        me = self.current
        me.state = "blocked"
        me.deadline = deadline
        self.seq += 1
        me.seq = self.seq
        me.woken = False
        if deadline is not None:
            self.timed.append(me)
        if waitq is not None:
            waitq.append(me)
            me.waitq = waitq
        nxt = self._pick(me)
        self.current = nxt
        nxt.state = "running"
        if nxt is not me:
            nxt.baton.release()
            me.baton.acquire()
        return me.woken

    def sleep(self, seconds):
        self.block(self.clock.now + seconds)

    def wake(self, t):
        if t.state != "blocked":
            return
        t.woken = True
        self._unblock(t)
        t.state = "runnable"
        self.runnable.append(t)

    def _unblock(self, t):
        if t.deadline is not None:
            self.timed.remove(t)
            t.deadline = None
        if t.waitq is not None:
            t.waitq.remove(t)
            t.waitq = None

    def _pick(self, me):
        if self.runnable:
            return self.runnable.popleft()
        if not self.timed:
            self.fatal("run_reference: deadlock: no callback ready, no timer "
                       "scheduled and no I/O pending at virtual time %.3f" % self.clock.now)
        t = min(self.timed, key=lambda x: (x.deadline, x.seq))
        # The loop's time.sleep past max_time only moves the clock (as
        # without threads); any other wake-up there ends the run.
        if t.deadline > self.clock.max_time and (t is not self.main or self.main_in_select):
            self.fatal("run_reference: stopped at --max-time %g virtual seconds" % self.clock.max_time)
        if t.deadline > self.clock.now:
            self.clock.now = t.deadline
        self._unblock(t)
        return t

    # -- the loop's select() ----------------------------------------------------
    def select(self, loop, timeout):
        """The loop's thread waits in select(timeout)."""
        if timeout is None:
            deadline = None
        elif timeout == 0 or not loop._scheduled:
            deadline = self.clock.now
        else:
            deadline = loop._scheduled[0]._when
        self.main_in_select = True
        try:
            self.block(deadline)
        finally:
            self.main_in_select = False

    def threadsafe_call(self):
        """loop._write_to_self(): wakes the loop's thread out of select()."""
        if self.main_in_select and self.current is not self.main:
            self.wake(self.main)


class VCondition:
    """threading.Condition for concurrent futures: waits through the
    scheduler (the baton makes the lock itself unnecessary)."""

    def __init__(self, lock=None):
        self._waiters = []

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return None

    def acquire(self, *args):
        return True

    def release(self):
        pass

    def wait(self, timeout=None):
        deadline = None if timeout is None else SCHED.clock.now + timeout
        return SCHED.block(deadline, self._waiters)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout):
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        for t in self._waiters[:n]:
            SCHED.wake(t)

    def notify_all(self):
        for t in list(self._waiters):
            SCHED.wake(t)


class _ThreadingForFutures:
    """What concurrent/futures/_base.py sees as `threading`."""

    Condition = VCondition

    def __getattr__(self, name):
        return getattr(_real_threading, name)


class VExecutor:
    """concurrent.futures.ThreadPoolExecutor's algorithm on VThreads: a FIFO
    work queue whose waiting workers wake in the order they waited, the idle
    count that lets submit() reuse a finished worker, shutdown(wait) joining
    the workers in creation order."""

    def __init__(self, max_workers=MAX_WORKERS, thread_name_prefix="asyncio"):
        self._max_workers = max_workers
        self._prefix = thread_name_prefix
        self._queue = collections.deque()
        self._waiters = []
        self._threads = []
        self._idle = 0
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = concurrent.futures.Future()
        self._put(_cf_thread._WorkItem(f, fn, args, kwargs))
        self._adjust_thread_count()
        return f

    def _put(self, item):
        self._queue.append(item)
        if self._waiters:
            SCHED.wake(self._waiters[0])

    def _get(self):
        while not self._queue:
            SCHED.block(None, self._waiters)
        return self._queue.popleft()

    def _adjust_thread_count(self):
        if self._idle > 0:
            self._idle -= 1
            return
        n = len(self._threads)
        if n < self._max_workers:
            self._threads.append(SCHED.start(self._worker, "%s_%d" % (self._prefix, n)))

    def _worker(self):
        while True:
            item = self._get()
            if item is not None:
                item.run()
                del item
                self._idle += 1
                continue
            self._put(None)
            return

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while self._queue:
                item = self._queue.popleft()
                if item is not None:
                    item.future.cancel()
        self._put(None)
        if wait:
            for t in self._threads:
                SCHED.join(t)


SCHED = None


def install(clock, fatal, loop_class):
    """Sets up the scheduler and teaches loop_class (the reference's loop)
    the deterministic default executor."""
    global SCHED
    SCHED = Scheduler(clock, fatal)
    _cf_base.threading = _ThreadingForFutures()
    base = loop_class.__mro__[1]

    def run_in_executor(self, executor, func, *args):
        if executor is not None:
            return base.run_in_executor(self, executor, func, *args)
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        executor = self._default_executor
        self._check_default_executor()
        if executor is None:
            executor = VExecutor()
            self._default_executor = executor
        import asyncio
        return asyncio.futures.wrap_future(executor.submit(func, *args), loop=self)

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = SCHED.start(lambda: self._do_shutdown(future), "Thread-1 (_do_shutdown)")
        try:
            await future
        finally:
            SCHED.join(thread)

    def _write_to_self(self):
        SCHED.threadsafe_call()
        base._write_to_self(self)

    # What tracebacks and argument errors call them, as in CPython.
    run_in_executor.__qualname__ = "BaseEventLoop.run_in_executor"
    shutdown_default_executor.__qualname__ = "BaseEventLoop.shutdown_default_executor"
    _write_to_self.__qualname__ = "BaseSelectorEventLoop._write_to_self"
    loop_class.run_in_executor = run_in_executor
    loop_class.shutdown_default_executor = shutdown_default_executor
    loop_class._write_to_self = _write_to_self
    return SCHED
