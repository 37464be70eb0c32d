// The deterministic threads (runtime/threads.h): the C++ API that `_thread`
// is wired to (start, current, block, wake, sleep, join), the loop's
// select(), teardown of blocked threads, and the Python-level limits.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "runtime/clock.h"
#include "runtime/event_loop.h"
#include "runtime/threads.h"
#include "test_runtime_util.h"
#include "trace/recorder.h"
#include "trace/trace.h"
#include "vm/vm.h"

using namespace sandbox;
using runtime::ThreadId;
using runtime::ThreadScheduler;

namespace {

// A scheduler over a bare loop, made current for the length of a test.
struct Fixture {
  trace::Trace trace;
  trace::Recorder rec{trace};
  runtime::VirtualClock clock;
  vm::VM vm;
  runtime::EventLoop loop{clock, rec};
  ThreadScheduler sched{vm, loop, rec};
  Fixture() { runtime::set_current_threads(&sched); }
  ~Fixture() { runtime::set_current_threads(nullptr); }
  double now() const { return clock.now(); }
};

size_t count(const trace::Trace& t, trace::EventKind k) {
  size_t n = 0;
  for (uint64_t i = 0; i < t.size(); ++i) n += t[i].kind == k;
  return n;
}

}  // namespace

TEST_CASE("threads: a started thread runs only when the running thread blocks, until it blocks") {
  Fixture f;
  std::vector<std::string> log;
  CHECK(f.sched.current() == runtime::kMainThread);
  CHECK_FALSE(f.sched.in_worker());
  ThreadId a = f.sched.start("worker-a", [&](vm::VM&) {
    log.push_back("a runs as " + std::to_string(f.sched.current()));
    CHECK(f.sched.in_worker());
  });
  ThreadId b = f.sched.start("worker-b", [&](vm::VM&) { log.push_back("b runs"); });
  CHECK(a != b);
  CHECK(f.sched.live() == 2);
  CHECK(log.empty());  // nothing ran yet: the main thread has not blocked
  CHECK(f.sched.name(a) == "worker-a");
  f.sched.join(b);
  // FIFO: a was runnable first.
  CHECK(log == std::vector<std::string>{"a runs as " + std::to_string(a), "b runs"});
  CHECK(f.sched.finished(a));
  CHECK(f.sched.finished(b));
  CHECK(f.sched.live() == 0);
  CHECK(f.sched.current() == runtime::kMainThread);
  CHECK(count(f.trace, trace::EventKind::ThreadStart) == 2);
  CHECK(count(f.trace, trace::EventKind::ThreadEnd) == 2);
}

TEST_CASE("threads: sleep lets virtual time pass for the sleeper; the earliest deadline wakes first") {
  Fixture f;
  std::vector<std::string> log;
  auto sleeper = [&](const char* name, double d) {
    return [&, name, d](vm::VM&) {
      f.sched.sleep(d, 0);
      log.push_back(std::string(name) + " @" + std::to_string(f.now()));
    };
  };
  f.sched.start("slow", sleeper("slow", 2.0));
  ThreadId fast = f.sched.start("fast", sleeper("fast", 0.5));
  ThreadId tie = f.sched.start("tie", sleeper("tie", 2.0));
  f.sched.join(tie);
  CHECK(f.sched.finished(fast));
  // Ties on the deadline: the one that blocked first wakes first.
  CHECK(log == std::vector<std::string>{"fast @0.500000", "slow @2.000000", "tie @2.000000"});
  CHECK(f.now() == 2.0);
}

TEST_CASE("threads: block/wake, the pair a lock's acquire and release are built from") {
  Fixture f;
  std::vector<ThreadId> waiters;  // the lock's own queue (the caller keeps it)
  bool locked = true;
  std::vector<std::string> log;
  ThreadId w = f.sched.start("waiter", [&](vm::VM&) {
    while (locked) {
      waiters.push_back(f.sched.current());
      bool woken = f.sched.block(-1);
      log.push_back(woken ? "woken" : "timed out");
    }
    log.push_back("acquired @" + std::to_string(f.now()));
  });
  f.sched.start("releaser", [&](vm::VM&) {
    f.sched.sleep(1.5, 0);
    locked = false;
    for (ThreadId t : waiters) f.sched.wake(t);
    waiters.clear();
    log.push_back("released");
  });
  f.sched.join(w);
  // The releaser goes on until it blocks (here: ends) before the waiter runs.
  CHECK(log == std::vector<std::string>{"released", "woken", "acquired @1.500000"});

  // A timeout: block() returns false once the time has passed.
  bool result = true;
  ThreadId t = f.sched.start("timeout", [&](vm::VM&) { result = f.sched.block(0.25); });
  f.sched.join(t);
  CHECK_FALSE(result);
  CHECK(f.now() == 1.75);
  // wake() of a thread that is not blocked changes nothing.
  f.sched.wake(t);
  CHECK(f.sched.finished(t));
}

TEST_CASE("threads: the loop's select runs workers and reports a deadlock or max_time") {
  Fixture f;
  std::vector<std::string> log;
  f.sched.start("worker", [&](vm::VM&) {
    log.push_back("ran");
    f.sched.sleep(3, 0);
    log.push_back("slept");
    f.sched.threadsafe_call();  // call_soon_threadsafe: the loop wakes up
    f.sched.block(-1);          // and then waits forever
  });
  // select(timeout 0): workers run, the loop comes back at once.
  CHECK(f.sched.select(0, 0) == runtime::LoopStep::Ran);
  CHECK(log == std::vector<std::string>{"ran"});
  CHECK(f.now() == 0);
  // select until a timer at 10: the worker's wake-up at 3 comes first and
  // its threadsafe call wakes the loop there.
  CHECK(f.sched.select(10, 10) == runtime::LoopStep::Ran);
  CHECK(f.now() == 3);
  CHECK(log.size() == 2);
  // No timer and a worker blocked forever: nothing can ever run.
  CHECK(f.sched.select(-1, 0) == runtime::LoopStep::Deadlock);
  f.loop.max_time = 5;
  f.sched.start("late", [&](vm::VM&) { f.sched.sleep(100, 0); });
  CHECK(f.sched.select(-1, 0) == runtime::LoopStep::TimeLimit);
}

TEST_CASE("threads: teardown unwinds threads that are still blocked") {
  bool unwound = false;
  struct Guard {
    bool* flag;
    ~Guard() { *flag = true; }
  };
  {
    Fixture f;
    f.sched.start("stuck", [&](vm::VM&) {
      Guard g{&unwound};
      f.sched.block(-1);
    });
    CHECK(f.sched.select(0, 0) == runtime::LoopStep::Ran);
    CHECK_FALSE(unwound);
    f.sched.start("never started", [&](vm::VM&) { FAIL("must not run"); });
  }
  CHECK(unwound);
}

TEST_CASE("threads: a worker that computes without blocking ends the run with its own message") {
  runtime::RunnerOptions opts;
  opts.step_budget = 100000;
  PyRun r = run_py(R"PY(import asyncio
def spin():
    n = 0
    while True:
        n += 1
async def main():
    await asyncio.to_thread(spin)
asyncio.run(main())
)PY",
                   true, opts);
  CHECK(r.exit_status == 1);
  CHECK(r.limit.find("RuntimeError: sandbox limit: thread 'asyncio_0' ran 100000 steps without blocking, at line") ==
        0);
}

TEST_CASE("threads: the loop's thread keeps its recursion depth apart from a worker's") {
  PyRun r = run_py(R"PY(import asyncio
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
async def main():
    print(await asyncio.to_thread(depth, 900))
    print(depth(900))
asyncio.run(main())
)PY");
  CHECK(r.exit_status == 0);
  CHECK(r.out == "[0.000] 900\n[0.000] 900\n");
}
