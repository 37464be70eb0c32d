// Locks, Event, Condition, Semaphore, BoundedSemaphore: Python programs
// through the engine compared with CPython 3.11.7's output (wake orders,
// exact messages), and the causes recorded in the trace.
#include <doctest/doctest.h>

#include "test_runtime_stream_util.h"

TEST_SUITE("runtime.sync.python") {
  TEST_CASE("Lock: FIFO, cancelled waiter skipped, 'Lock is not acquired.'") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def user(lock, name, hold):
    try:
        async with lock:
            print(name, "has it", lock.locked())
            await asyncio.sleep(hold)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")

async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(user(lock, f"u{i}", 0.1)) for i in range(4)]
    await asyncio.sleep(0.05)
    ts[2].cancel()
    await asyncio.gather(*ts)
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # a release with a woken-but-cancelled waiter wakes the next one
    await lock.acquire()
    a = asyncio.create_task(lock.acquire())
    b = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    print("a cancelled", a.cancelled(), "b done", b.done(), lock.locked())
    await asyncio.sleep(0)
    print("b done", b.done(), b.result() if b.done() else None, lock.locked())

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] u0 has it True
[0.050] u2 cancelled while waiting
[0.100] u0 released
[0.100] u1 has it True
[0.200] u1 released
[0.200] u3 has it True
[0.300] u3 released
[0.300] False True True
[0.300] RuntimeError: Lock is not acquired.
[0.300] a cancelled True b done False False
[0.300] b done True True True
)OUT");
  }

  TEST_CASE("Semaphore is FIFO-fair; BoundedSemaphore and value errors") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def job(sem, name, log):
    for i in range(2):
        async with sem:
            log.append(name)
            print(name, "in", i, sem.locked())
            await asyncio.sleep(0.1)

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*[job(sem, n, log) for n in "abc"])
    print("".join(log))
    s1 = asyncio.Semaphore(1)
    await s1.acquire()
    w = asyncio.create_task(s1.acquire())
    await asyncio.sleep(0)
    s1.release()
    print("released, locked:", s1.locked())
    acq = asyncio.create_task(s1.acquire())  # goes behind the woken waiter
    await asyncio.sleep(0)
    print("w", w.done(), "acq", acq.done())
    s1.release()
    await asyncio.sleep(0)
    print("w", w.done(), "acq", acq.done())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] a in 0 False
[0.000] b in 0 True
[0.100] c in 0 True
[0.100] a in 1 True
[0.200] b in 1 True
[0.200] c in 1 True
[0.300] abcabc
[0.300] released, locked: True
[0.300] w True acq False
[0.300] w True acq True
[0.300] ValueError: BoundedSemaphore released too many times
[0.300] ValueError: Semaphore initial value must be >= 0
)OUT");
  }

  TEST_CASE("Condition: notified waiters run after the notifier releases; Event") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def waiter(cond, name):
    async with cond:
        print(name, "waits")
        r = await cond.wait()
        print(name, "woke", r, cond.locked())

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2, still holding")
        await asyncio.sleep(0)
        print("still holding after a yield")
    print("released")
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev = asyncio.Event()
    async def ew(n):
        print(n, await ev.wait())
    es = [asyncio.create_task(ew(i)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set(); ev.clear()
    await asyncio.gather(*es)
    print(ev.is_set())

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] w0 waits
[0.000] w1 waits
[0.000] w2 waits
[0.000] notified 2, still holding
[0.000] still holding after a yield
[0.000] released
[0.000] w0 woke True True
[0.000] w1 woke True True
[0.000] w2 woke True True
[0.000] RuntimeError: cannot notify on un-acquired lock
[0.000] RuntimeError: cannot wait on un-acquired lock
[0.000] 0 True
[0.000] 1 True
[0.000] False
)OUT");
  }


  TEST_CASE("trace: an acquire woken by a release points at the release") {
    rtio_test::PyRun p(R"PY(import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.2)

async def waiter(lock):
    await asyncio.sleep(0.1)
    async with lock:
        print("waiter has it")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), waiter(lock))

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.out == "[0.200] waiter has it\n");
    const auto& t = p.trace();
    auto acquires = p.find(rtio_test::EventKind::SyncAcquire);
    auto waits = p.find(rtio_test::EventKind::SyncWait);
    auto releases = p.find(rtio_test::EventKind::SyncRelease);
    REQUIRE(acquires.size() == 2);
    REQUIRE(waits.size() == 1);
    REQUIRE(releases.size() == 2);
    const auto& second = t[acquires[1]];
    CHECK(second.task == t[waits[0]].task);
    const rtio_test::Event* wake = p.cause_of(second);
    REQUIRE(wake != nullptr);
    CHECK(wake->kind == rtio_test::EventKind::SyncWake);
    CHECK(wake->task == second.task);
    const rtio_test::Event* rel = p.cause_of(*wake);
    REQUIRE(rel != nullptr);
    CHECK(rel->kind == rtio_test::EventKind::SyncRelease);
    CHECK(rel == &t[releases[0]]);
    CHECK(rel->task == t[acquires[0]].task);  // released by the holder
    CHECK(std::abs(second.time - 0.2) < 1e-12);
  }

  TEST_CASE("trace: semaphore values and the model-visible created value") {
    rtio_test::PyRun p(R"PY(import asyncio

async def main():
    sem = asyncio.Semaphore(3)
    async with sem:
        async with sem:
            print(sem.locked())

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.out == "[0.000] False\n");
    const auto& t = p.trace();
    auto created = p.find(rtio_test::EventKind::SyncCreated);
    REQUIRE(created.size() == 1);
    CHECK(t[created[0]].arg == 3);
    CHECK(t[created[0]].aux == static_cast<uint16_t>(sandbox::trace::SyncKind::Semaphore));
    auto acq = p.find(rtio_test::EventKind::SyncAcquire);
    auto rel = p.find(rtio_test::EventKind::SyncRelease);
    REQUIRE(acq.size() == 2);
    REQUIRE(rel.size() == 2);
    CHECK(t[acq[0]].arg == 2);
    CHECK(t[acq[1]].arg == 1);
    CHECK(t[rel[1]].arg == 3);
  }
}
