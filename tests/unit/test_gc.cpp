// The cycle collector (vm/gc.h): cycles of each kind are freed (live
// objects and the heap account return to their baseline), reachable objects
// survive collections, a program that keeps making cycles stays small, and
// no traverse reports a reference it does not own.
#include <doctest/doctest.h>

#include "test_runtime_util.h"
#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/object.h"

using namespace sandbox;

namespace {

struct Baseline {
  int64_t live = vm::Obj::live_count();
  int64_t heap = vm::heap_account().used;
  int64_t tracked = vm::gc_tracked_count();
};

// Runs src twice: the first run creates what the process keeps for good
// (builtin and asyncio types, interned names); the second must leave
// nothing behind once its VM is gone.
void check_no_leak(const char* src, const char* expected_out = nullptr) {
  PyRun warm = run_py(src, false);
  Baseline before;
  PyRun r = run_py(src, false);
  if (expected_out) CHECK(r.out == expected_out);
  CHECK(r.out == warm.out);
  CHECK(vm::Obj::live_count() == before.live);
  CHECK(vm::heap_account().used == before.heap);
  CHECK(vm::gc_tracked_count() == before.tracked);
  CHECK(vm::gc_stats().over_reported == 0);
}

}  // namespace

TEST_SUITE("gc") {
  TEST_CASE("a self-referencing list is freed by a collection, a held one is not") {
    vm::VM machine;
    vm::gc_collect(nullptr);  // whatever earlier tests left
    Baseline before;
    {
      vm::Value a = vm::make_list();
      a.as<vm::List>()->items.push_back(a);
    }
    vm::Value kept = vm::make_list();
    kept.as<vm::List>()->items.push_back(kept);
    kept.as<vm::List>()->items.push_back(vm::make_str("still here"));
    CHECK(vm::Obj::live_count() == before.live + 3);  // a, kept, the str
    CHECK(vm::gc_collect(nullptr) >= 1);
    CHECK(vm::Obj::live_count() == before.live + 2);
    REQUIRE(kept.as<vm::List>()->items.size() == 2);
    CHECK(kept.as<vm::List>()->items[0].is(kept));
    CHECK(kept.as<vm::List>()->items[1].as<vm::Str>()->s == "still here");
    kept.as<vm::List>()->items.clear();
    kept = vm::Value();
    CHECK(vm::Obj::live_count() == before.live);
  }

  TEST_CASE("user objects pointing at each other") {
    check_no_leak(R"PY(
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
for i in range(100):
    a = Node("a"); b = Node("b")
    a.peer = b; b.peer = a
    a.me = [a, {"b": b}, (a, b)]
print("ok", a.peer.name)
)PY",
                  "ok b\n");
  }

  TEST_CASE("closures, methods, classes and module globals") {
    check_no_leak(R"PY(
def outer():
    def inner():
        return inner
    return inner
fs = [outer() for _ in range(10)]
class A:
    def m(self):
        return self.m
objs = [A() for _ in range(10)]
for o in objs:
    o.bound = o.m
print(len(fs), len(objs))
)PY",
                  "10 10\n");
  }

  TEST_CASE("an exception that holds the frame that holds it") {
    check_no_leak(R"PY(
def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return err
errs = []
for i in range(20):
    e = f()
    e.self = e
    errs.append(e)
try:
    raise KeyError("k") from errs[0]
except KeyError as k:
    k.ctx = k
print("done")
)PY",
                  "done\n");
  }

  TEST_CASE("a suspended generator in a cycle") {
    check_no_leak(R"PY(
def gen(box):
    yield box
    yield 2
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print("done")
)PY",
                  "done\n");
  }

  TEST_CASE("a task destroyed while pending, a future, a queue and a lock") {
    check_no_leak(R"PY(
import asyncio

async def waiter(fut, box, lock):
    async with lock:
        await fut

async def getter(q, box):
    await q.get()

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    q = asyncio.Queue()
    lock = asyncio.Lock()
    await lock.acquire()
    box = []
    t1 = asyncio.create_task(waiter(fut, box, lock))
    t2 = asyncio.create_task(getter(q, box))
    box += [t1, t2, fut, q]
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
)PY",
                  "main done\n");
  }

  TEST_CASE("gather, wait, TaskGroup and timeouts left waiting at a deadlock") {
    check_no_leak(R"PY(
import asyncio

async def forever(ev):
    await ev.wait()

async def main():
    ev = asyncio.Event()
    g = asyncio.gather(forever(ev), forever(ev))
    w = asyncio.create_task(asyncio.wait([asyncio.create_task(forever(ev))]))
    async with asyncio.timeout(100):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever(ev))
            await g

asyncio.run(main())
)PY");
  }

  TEST_CASE("an uncaught error with pending tasks") {
    check_no_leak(R"PY(
import asyncio

async def child(q):
    await q.get()

async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(child(q)) for _ in range(3)]
    await asyncio.sleep(0)
    raise RuntimeError("boom")

asyncio.run(main())
)PY");
  }

  TEST_CASE("millions of cycles in a loop stay far under the memory limit") {
    runtime::RunnerOptions opts;
    opts.max_memory = 16ull << 20;
    opts.module_step_budget = 0;
    int64_t collected = vm::gc_stats().collected;
    PyRun r = run_py(R"PY(
class Node:
    pass
keep = []
total = 0
for i in range(1000000):
    a = Node(); b = Node()
    a.peer = b; b.peer = a
    a.data = [i, a]
    if i % 100000 == 0:
        keep.append(a)
for k in keep:
    total += k.data[0]
print(total, len(keep), keep[3].peer.peer is keep[3])
)PY",
                     false, opts);
    CHECK(r.err == "");
    CHECK(r.out == "4500000 10 True\n");
    // Each iteration leaves 4 tracked objects in a cycle (2 instances,
    // their 2 dicts, the list): all but the kept ones were collected.
    CHECK(vm::gc_stats().collected - collected >= 4000000);
    CHECK(vm::gc_stats().over_reported == 0);
  }

  TEST_CASE("a dropped suspended generator runs its finally block") {
    PyRun r = run_py(R"PY(
def g():
    try:
        yield 1
    finally:
        print("cleanup")
x = g()
print(next(x))
x = None
print("after")
)PY",
                     false);
    CHECK(r.out == "1\ncleanup\nafter\n");
  }

  TEST_CASE("a periodic collection closes suspended generators in cycles") {
    PyRun r = run_py(R"PY(
closed = 0
def gen(box):
    global closed
    try:
        yield 1
    finally:
        closed += 1
for i in range(50000):
    box = []
    g = gen(box)
    box.append(g)
    next(g)
del g, box
print(closed > 40000, closed <= 50000)
)PY",
                     false);
    CHECK(r.err == "");
    CHECK(r.out == "True True\n");
  }
}
