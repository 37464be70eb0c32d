// Python programs run through lang + vm + runtime, compared with CPython 3.11
// on the virtual-clock reference (tests/reference/run_reference.py --timestamps).
// Expected outputs were produced by that reference and pasted here.
#include <doctest/doctest.h>

#include "test_runtime_util.h"

TEST_CASE("runtime program: heap_ties") {
  const char* src = R"PY(import asyncio
async def sleeper(i):
    await asyncio.sleep(1)
    print("woke", i)
async def main():
    await asyncio.gather(*[sleeper(i) for i in range(8)])
asyncio.run(main())
)PY";
  const char* want = R"OUT([1.000] woke 0
[1.000] woke 2
[1.000] woke 6
[1.000] woke 5
[1.000] woke 7
[1.000] woke 4
[1.000] woke 1
[1.000] woke 3
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: timer_cleanup") {
  const char* src = R"PY(import asyncio
def cb(i):
    print("cb", i)
async def main():
    loop = asyncio.get_running_loop()
    hs = [loop.call_later(1, cb, i) for i in range(120)]
    for i, h in enumerate(hs):
        if i % 2 == 0 or i % 3 == 0:
            h.cancel()
    await asyncio.sleep(2)
asyncio.run(main())
)PY";
  const char* want = R"OUT([1.000] cb 91
[1.000] cb 43
[1.000] cb 19
[1.000] cb 7
[1.000] cb 1
[1.000] cb 89
[1.000] cb 59
[1.000] cb 11
[1.000] cb 113
[1.000] cb 53
[1.000] cb 107
[1.000] cb 23
[1.000] cb 101
[1.000] cb 47
[1.000] cb 95
[1.000] cb 85
[1.000] cb 83
[1.000] cb 41
[1.000] cb 17
[1.000] cb 77
[1.000] cb 35
[1.000] cb 71
[1.000] cb 5
[1.000] cb 65
[1.000] cb 29
[1.000] cb 119
[1.000] cb 25
[1.000] cb 109
[1.000] cb 49
[1.000] cb 97
[1.000] cb 79
[1.000] cb 73
[1.000] cb 37
[1.000] cb 13
[1.000] cb 61
[1.000] cb 55
[1.000] cb 103
[1.000] cb 67
[1.000] cb 115
[1.000] cb 31
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: call_soon_fifo") {
  const char* src = R"PY(import asyncio
def cb(tag):
    print("callback", tag)
async def task(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    t = asyncio.create_task(task("t"))
    loop.call_soon(cb, 2)
    h = loop.call_soon(cb, "cancelled")
    h.cancel()
    loop.call_later(0, cb, "later-0")
    loop.call_soon(cb, 3)
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await t
    print("handle cancelled:", h.cancelled())
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.000] main yields
[0.000] callback 1
[0.000] t step 1
[0.000] callback 2
[0.000] callback 3
[0.000] main back
[0.000] callback later-0
[0.000] t step 2
[0.000] handle cancelled: True
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: futures") {
  const char* src = R"PY(import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.add_done_callback(lambda fut: print("cb1", fut.result()))
    f.add_done_callback(lambda fut: print("cb2"))
    f.set_result(1)
    print(repr(f))
    try:
        f.set_exception(ValueError("x"))
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("before yield")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.cancel("because")
    print(repr(g), g.cancelled())
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    h = loop.create_future()
    h.set_exception(KeyError("k"))
    print(repr(h), repr(h.exception()))
    def cb(x): print("removed cb ran")
    k = loop.create_future()
    k.add_done_callback(cb); k.add_done_callback(cb)
    print("removed", k.remove_done_callback(cb))
    k.set_result(None)
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.000] <Future pending>
[0.000] InvalidStateError: Result is not set.
[0.000] InvalidStateError: Exception is not set.
[0.000] <Future finished result=1>
[0.000] InvalidStateError: invalid state
[0.000] before yield
[0.000] cb1 1
[0.000] cb2
[0.000] <Future cancelled> True
[0.000] CancelledError CancelledError('because')
[0.000] <Future finished exception=KeyError('k')> KeyError('k')
[0.000] removed 2
[0.000] end
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: cancel_twice") {
  const char* src = R"PY(import asyncio
async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("victim got", repr(e))
        try:
            await asyncio.sleep(1)
            print("victim second sleep finished")
        except asyncio.CancelledError:
            print("second CancelledError")
        raise
async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled(), t.cancelling(), t.uncancel(), t.cancelling())
    print(t.cancel())
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.000] True True 2
[0.000] victim got CancelledError('first')
[1.000] victim second sleep finished
[1.000] main got CancelledError('first')
[1.000] True 2 1 1
[1.000] False
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: gather_cancel") {
  const char* src = R"PY(import asyncio
async def child(n, d):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    g = asyncio.gather(child(1, 1), child(2, 2))
    await asyncio.sleep(0.5)
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", repr(e))
    print("g.cancelled()", g.cancelled())
    t1 = asyncio.create_task(child(3, 1))
    t2 = asyncio.create_task(child(4, 2))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.1)
    t1.cancel()
    print(await g2)
    t3 = asyncio.create_task(child(5, 1))
    g3 = asyncio.gather(t3, child(6, 0.5))
    await asyncio.sleep(0.1)
    t3.cancel()
    try:
        await g3
    except asyncio.CancelledError as e:
        print("g3 raised", repr(e), asyncio.current_task().cancelling())
    c = child(7, 0.1)
    print(await asyncio.gather(c, c, c))
    await asyncio.sleep(2)
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.500] cancel: True
[0.500] child 1 cancelled
[0.500] child 2 cancelled
[0.500] gather raised CancelledError()
[0.500] g.cancelled() False
[0.600] child 3 cancelled
[2.500] [CancelledError(''), 4]
[2.600] child 5 cancelled
[2.600] g3 raised CancelledError() 0
[2.700] [7, 7, 7]
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: wait_for_swallow") {
  const char* src = R"PY(import asyncio
async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn: cleaning up")
        await asyncio.sleep(1)
        print("stubborn: returning anyway")
        return "value"
async def slow_cleanup():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.5)
        print("cleanup done")
async def body():
    print("body started")
    return 1
async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(stubborn(), 1), loop.time())
    try:
        await asyncio.wait_for(slow_cleanup(), 1)
    except TimeoutError as e:
        print("timeout at", loop.time(), repr(e))
    try:
        await asyncio.wait_for(body(), 0)
    except TimeoutError:
        print("timeout=0 before body ran")
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
asyncio.run(main())
)PY";
  const char* want = R"OUT([1.000] stubborn: cleaning up
[2.000] stubborn: returning anyway
[2.000] value 2.0
[3.000] cleanup starts
[3.500] cleanup done
[3.500] timeout at 3.5 TimeoutError()
[3.500] timeout=0 before body ran
[3.500] body started
[3.500] 1
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: shield_tg") {
  const char* src = R"PY(import asyncio
async def work(n, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("work", n, "cancelled")
        raise
    if fail:
        raise ValueError(f"work {n} failed")
    print("work", n, "done")
    return n
async def main():
    inner = asyncio.create_task(work(1, 1))
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.5))
    try:
        await waiter
    except TimeoutError:
        print("shielded wait timed out; inner cancelled?", inner.cancelled())
    print(await inner)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(2, 0.2))
            tg.create_task(work(3, 0.3, fail=True))
            tg.create_task(work(4, 1))
            await asyncio.sleep(5)
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", repr(eg.exceptions))
    print("cancelling", asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(5, 0.2, fail=True))
            tg.create_task(work(6, 0.2, fail=True))
    except ExceptionGroup as eg:
        print(eg)
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.500] shielded wait timed out; inner cancelled? False
[1.000] work 1 done
[1.000] 1
[1.200] work 2 done
[1.300] work 4 cancelled
[1.300] caught (ValueError('work 3 failed'),)
[1.300] cancelling 0
[1.500] unhandled errors in a TaskGroup (2 sub-exceptions)
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: timeouts") {
  const char* src = R"PY(import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print(repr(cm).startswith("<Timeout [active]"))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", repr(e), cm.expired(), repr(cm))
    async with asyncio.timeout_at(loop.time() + 1) as cm:
        await asyncio.sleep(0.2)
    print("ok", cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("rescheduled timeout at", round(loop.time(), 3))
    try:
        async with asyncio.timeout(-1):
            print("entered expired timeout")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("negative delay times out at the first await")
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print(e)
    print(asyncio.current_task().cancelling())
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.000] True
[0.500] timed out TimeoutError() True <Timeout [expired]>
[0.700] ok False <Timeout [finished]>
[0.800] rescheduled timeout at 0.8
[0.800] entered expired timeout
[0.800] negative delay times out at the first await
[0.800] Cannot change state of expired Timeout
[0.800] 0
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: wait_ac") {
  const char* src = R"PY(import asyncio
async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name
async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    c = job("c", 1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    ts = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [("a", 0.3, False), ("b", 0.1, True), ("c", 0.2, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print(len(done), len(pending))
    for f in asyncio.as_completed([job("x", 0.3), job("y", 0.1), job("z", 0.2)]):
        print(await f)
    try:
        for f in asyncio.as_completed([job("slow", 5), job("fast", 0.1)], timeout=1):
            print(await f)
    except TimeoutError:
        print("as_completed timed out at", asyncio.get_running_loop().time())
    print(len(asyncio.all_tasks()))
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.000] ValueError: Set of Tasks/Futures is empty.
[0.000] TypeError: Passing coroutines is forbidden, use tasks explicitly.
[0.100] ['b'] ['a', 'c']
[0.150] 1 2
[0.250] y
[0.350] z
[0.450] x
[0.550] fast
[1.450] as_completed timed out at 1.45
[1.450] 2
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: task_repr") {
  const char* src = R"PY(import asyncio
async def work():
    await asyncio.sleep(1)
    return 5
async def boom():
    raise ValueError("boom")
async def main():
    t = asyncio.create_task(work())
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    print(t.get_name(), t.done())
    print(await t)
    print(repr(t).split(" coro=")[0], repr(t).endswith("result=5>"))
    b = asyncio.create_task(boom(), name="bomb")
    await asyncio.sleep(0)
    print(repr(b).endswith("exception=ValueError('boom')>"), repr(b.exception()))
    n = asyncio.create_task(work(), name=42)
    print(repr(n.get_name()))
    try:
        asyncio.create_task(work)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    n.cancel()
    print(repr(n).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(n).split(" coro=")[0])
asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
async def nested():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(nested())
print(asyncio.run(work()))
)PY";
  const char* want = R"OUT([0.000] <Task pending name='Task-2'
[0.000] Task-2 False
[1.000] 5
[1.000] <Task finished name='Task-2' True
[1.000] True ValueError('boom')
[1.000] '42'
[1.000] TypeError: a coroutine was expected, got <function work
[1.000] <Task cancelling name='42'
[1.000] <Task cancelled name='42'
[1.000] ValueError: a coroutine was expected, got 42
[1.000] RuntimeError: asyncio.run() cannot be called from a running event loop
[2.000] 5
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: cancellation through gather, tasks, wait, TaskGroup") {
  const char* src = R"PY(import asyncio
async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "done")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def parent():
    return await asyncio.gather(child(1, 1), child(2, 2), return_exceptions=True)
async def swallow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("swallowed")
    return "swallowed result"
async def waits_on_swallow(t):
    r = await t
    print("inner returned", r)
    await asyncio.sleep(1)
    print("waiter continued")
    return r
async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel()
    try:
        print(await p)
    except asyncio.CancelledError:
        print("parent cancelled", p.cancelled())
    s = asyncio.create_task(swallow())
    w = asyncio.create_task(waits_on_swallow(s))
    await asyncio.sleep(0.1)
    print("cancel w:", w.cancel())
    try:
        print(await w)
    except asyncio.CancelledError:
        print("w cancelled", w.cancelled(), s.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    done, pending = await asyncio.wait([f, asyncio.create_task(child(3, 0.1))])
    print(len(done), len(pending))
    for c in asyncio.as_completed([f]):
        print("as_completed done future:", await c)
    g = asyncio.gather(child(4, 1), child(5, 0.2))
    await asyncio.sleep(0.3)
    g.cancel("stop")
    try:
        await g
    except asyncio.CancelledError as e:
        print("g:", repr(e))
    async def tg_body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(6, 1))
    t = asyncio.create_task(tg_body())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("tg task cancelled", t.cancelled())
    loop = asyncio.get_running_loop()
    def bad():
        raise ValueError("in callback")
    loop.call_soon(bad)
    await asyncio.sleep(0)
    print("loop survived")
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.500] child 1 cancelled
[0.500] child 2 cancelled
[0.500] parent cancelled True
[0.600] cancel w: True
[0.600] swallowed
[0.600] inner returned swallowed result
[1.600] waiter continued
[1.600] swallowed result
[1.700] child 3 done
[1.700] 2 0
[1.700] as_completed done future: 3
[1.900] child 5 done
[2.000] child 4 cancelled
[2.000] g: CancelledError('stop')
[2.500] child 6 cancelled
[2.500] tg task cancelled True
[2.500] loop survived
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: wait_for, timeout and TaskGroup under outside cancellation") {
  const char* src = R"PY(import asyncio
async def slow(n):
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError:
        print("slow", n, "cancelled")
        raise
    return n
async def outer_wait_for():
    try:
        return await asyncio.wait_for(slow(1), 10)
    except asyncio.CancelledError:
        print("outer wait_for cancelled")
        raise
async def with_timeout_cancelled():
    try:
        async with asyncio.timeout(10):
            await slow(2)
    except asyncio.CancelledError:
        print("timeout block saw external cancel")
        raise
async def tg_error_in_body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow(3))
        await asyncio.sleep(0.1)
        raise KeyError("body")
async def main():
    t = asyncio.create_task(outer_wait_for())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    t = asyncio.create_task(with_timeout_cancelled())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t2 cancelled", t.cancelled())
    try:
        await tg_error_in_body()
    except BaseException as e:
        print(type(e).__name__, e, [repr(x) for x in e.exceptions])
    r = await asyncio.gather(slow(4), asyncio.sleep(0.5, "s"), return_exceptions=True)
    print(r)
    x = asyncio.ensure_future(slow(5))
    print(type(x).__name__, await x)
    loop = asyncio.get_running_loop()
    h = loop.call_at(loop.time() + 1, print, "call_at fired")
    print(type(h).__name__, h.when() - loop.time())
    await asyncio.sleep(1.5)
    print(h.cancelled())
asyncio.run(main())
)PY";
  const char* want = R"OUT([1.000] slow 1 cancelled
[1.000] outer wait_for cancelled
[1.000] t cancelled True
[2.000] slow 2 cancelled
[2.000] timeout block saw external cancel
[2.000] t2 cancelled True
[2.100] slow 3 cancelled
[2.100] ExceptionGroup unhandled errors in a TaskGroup (1 sub-exception) ["KeyError('body')"]
[5.100] [4, 's']
[8.100] Task 5
[8.100] TimerHandle 1.0
[9.100] call_at fired
[9.600] False
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

TEST_CASE("runtime program: timeout_nested_cancel") {
  const char* src = R"PY(import asyncio
async def w(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad")
async def main():
    t = asyncio.create_task(w("t", 0.25))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(w("member", 0.1))
            tg.create_task(bad(0.05))
    except ExceptionGroup as e:
        print("group:", e)
    # The failing group cancelled main while it waited in __aexit__ and never
    # uncancelled it: cancelling() stays 1, yet the timeout below still turns
    # its own cancellation into TimeoutError (3.11.7 compares with the count
    # seen on entry).
    print("cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0):
            await t
        print("in time")
    except TimeoutError:
        print("timeout block: TimeoutError")
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print(e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print(e)
asyncio.run(main())
)PY";
  const char* want = R"OUT([0.050] member cancelled
[0.050] group: unhandled errors in a TaskGroup (1 sub-exception)
[0.050] cancelling: 1
[0.050] t cancelled
[0.050] timeout block: TimeoutError
[0.050] Timeout has not been entered
[0.050] Timeout has already been entered
)OUT";
  PyRun run = run_py(src);
  CHECK(run.out == want);
  CHECK(run.exit_status == 0);
  if (run.out != want) MESSAGE(run.err);
}

