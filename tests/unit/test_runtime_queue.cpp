// Queues: heapq's exact pop order (PriorityQueue), then Python-level
// behaviour through the engine (wake order, exact messages, traces).
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include <algorithm>
#include <vector>

#include "common/heapq.h"
#include "test_runtime_stream_util.h"

namespace {

using sandbox::heapq::heappop;
using sandbox::heapq::heappush;

// Items that compare on priority only, like (prio, label) with an
// unorderable label: equal priorities come out in heapq's order, which is
// not insertion order.  Expected strings come from CPython's heapq.
struct Item {
  int prio;
  char label;
};
bool less(const Item& a, const Item& b) { return a.prio < b.prio; }

const std::vector<Item> kSeq = {{3, 'a'}, {1, 'b'}, {2, 'c'}, {1, 'd'}, {5, 'e'},
                                {2, 'f'}, {1, 'g'}, {3, 'h'}, {1, 'i'}, {2, 'j'}};

}  // namespace

TEST_SUITE("runtime.queue.heap") {
  TEST_CASE("a comparison that throws leaves the heap a permutation, as _heapq.c does") {
    std::vector<int> h = {1, 3, 5, 7, 9, 11};
    int calls = 0;
    auto throwing = [&](int a, int b) {
      if (++calls == 2) throw 42;
      return a < b;
    };
    CHECK_THROWS(heappush(h, 0, throwing));
    std::vector<int> sorted = h;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<int>{0, 1, 3, 5, 7, 9, 11});
    calls = 0;
    CHECK_THROWS(heappop(h, throwing));
    sorted = h;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted.size() == 6);
  }

  TEST_CASE("push all then pop all: ties in heapq's order") {
    std::vector<Item> h;
    for (const Item& it : kSeq) heappush(h, it, less);
    std::string out;
    while (!h.empty()) out += heappop(h, less).label;
    CHECK(out == "bgdicfjhae");  // python3: heapq with __lt__ on prio only
  }

  TEST_CASE("interleaved pushes and pops") {
    std::vector<Item> h;
    std::string out;
    for (const Item& it : kSeq) {
      heappush(h, it, less);
      if (it.label == 'd' || it.label == 'f' || it.label == 'h') out += heappop(h, less).label;
    }
    while (!h.empty()) out += heappop(h, less).label;
    CHECK(out == "bdgicjfahe");
  }
}

// Python programs through the engine, compared with CPython's output.
TEST_SUITE("runtime.queue.python") {
  TEST_CASE("blocked putters resume FIFO; one that blocks again queues behind") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print("put", f"{name}{i}", q.qsize())

async def main():
    q = asyncio.Queue(maxsize=1)
    ps = [asyncio.create_task(producer(q, n, 2)) for n in "abc"]
    await asyncio.sleep(0)
    print(str(q))
    got = []
    while len(got) < 6:
        got.append(await q.get())
        q.task_done()
        print("got", got[-1])
    await asyncio.gather(*ps)
    print(got, q.empty(), q.full(), str(q))

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] put a0 1
[0.000] <Queue maxsize=1 _queue=['a0'] _putters[3] tasks=1>
[0.000] got a0
[0.000] put a1 1
[0.000] got a1
[0.000] put b0 1
[0.000] got b0
[0.000] put c0 1
[0.000] got c0
[0.000] put b1 1
[0.000] got b1
[0.000] put c1 1
[0.000] got c1
[0.000] ['a0', 'a1', 'b0', 'c0', 'b1', 'c1'] True False <Queue maxsize=1>
)OUT");
  }

  TEST_CASE("getters: cancelled waiters pass the wake-up on; exact errors and str()") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def consumer(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue()
    cs = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(4)]
    await asyncio.sleep(0)
    cs[1].cancel()
    q.put_nowait("x")
    cs[0].cancel()  # woken but cancelled before it runs: the wake-up passes on
    q.put_nowait("y")
    await asyncio.gather(*cs, return_exceptions=True)
    print("left", q.qsize(), str(q))
    try:
        q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__name__)
    bq = asyncio.Queue(1)
    bq.put_nowait(1)
    try:
        bq.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(bq.maxsize, str(bq))
    await q.join()
    print("joined")

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] c1 cancelled
[0.000] c0 cancelled
[0.000] c2 got x
[0.000] c3 got y
[0.000] left 0 <Queue maxsize=0 tasks=2>
[0.000] ValueError: task_done() called too many times
[0.000] QueueEmpty QueueEmpty() QueueEmpty
[0.000] QueueFull QueueFull()
[0.000] 1 <Queue maxsize=1 _queue=[1] tasks=1>
[0.000] joined
)OUT");
  }

  TEST_CASE("PriorityQueue is heapq over Python comparisons; LifoQueue") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q"), (1, "y"), (3, "c"), (1, "x")]:
        pq.put_nowait(item)
    print(str(pq))
    out = []
    while not pq.empty():
        out.append(pq.get_nowait())
    print(out)
    pq.put_nowait((1, "a"))
    try:
        pq.put_nowait((1, None))
    except TypeError as e:
        print("TypeError:", e)
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] <PriorityQueue maxsize=0 _queue=[(0, 'q'), (1, 'y'), (1, 'x'), (2, 'b'), (1, 'z'), (3, 'c'), (2, 'a')] tasks=7>
[0.000] [(0, 'q'), (1, 'x'), (1, 'y'), (1, 'z'), (2, 'a'), (2, 'b'), (3, 'c')]
[0.000] TypeError: '<' not supported between instances of 'NoneType' and 'str'
[0.000] [2, 1, 0]
)OUT");
  }

  TEST_CASE("task_done/join: every joiner wakes when the count reaches zero") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "done", item)
        q.task_done()

async def joiner(q, name):
    await q.join()
    print(name, "joined")

async def main():
    q = asyncio.Queue()
    for d in (0.3, 0.1, 0.2):
        q.put_nowait(d)
    ws = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    js = [asyncio.create_task(joiner(q, f"j{i}")) for i in range(2)]
    await q.join()
    print("main joined")
    await asyncio.sleep(0)
    for w in ws:
        w.cancel()
    print(await asyncio.gather(*ws, *js, return_exceptions=True))

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.100] w1 done 0.1
[0.300] w0 done 0.3
[0.300] w1 done 0.2
[0.300] main joined
[0.300] j0 joined
[0.300] j1 joined
[0.300] [CancelledError(''), CancelledError(''), None, None]
)OUT");
  }


  TEST_CASE("trace: a get woken by a put points at the put") {
    rtio_test::PyRun p(R"PY(import asyncio

async def consumer(q):
    print("got", await q.get())

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.5)
    await q.put("job")
    await c

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.out == "[0.500] got job\n");
    auto created = p.find(rtio_test::EventKind::QueueCreated);
    auto waits = p.find(rtio_test::EventKind::QueueGetWait);
    auto puts = p.find(rtio_test::EventKind::QueuePut);
    auto gets = p.find(rtio_test::EventKind::QueueGet);
    REQUIRE(created.size() == 1);
    REQUIRE(waits.size() == 1);
    REQUIRE(puts.size() == 1);
    REQUIRE(gets.size() == 1);
    const auto& t = p.trace();
    uint32_t q = t[created[0]].obj;
    CHECK(t[waits[0]].obj == q);
    CHECK(t[gets[0]].obj == q);
    CHECK(t[gets[0]].task == t[waits[0]].task);   // the consumer waited, then got
    CHECK(t[puts[0]].task != t[gets[0]].task);
    CHECK(t[gets[0]].cause == puts[0] + 1);        // caused by the put
    CHECK(t.str(t[gets[0]].arg) == "'job'");
    CHECK(t[gets[0]].iter == t[puts[0]].iter + 1); // the wake-up runs next iteration
  }
}
