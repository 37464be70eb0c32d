// The event loop without the VM: heapq's pop order, _run_once's phases,
// call_soon FIFO, cancelled-timer clean-up, the virtual clock.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "runtime/event_loop.h"
#include "runtime/timer_heap.h"
#include "trace/recorder.h"
#include "trace/trace.h"

using namespace sandbox;
using namespace sandbox::runtime;

namespace {

struct Item {
  double when;
  int id;
};
struct ItemLess {
  bool operator()(const Item& a, const Item& b) const { return a.when < b.when; }
};

// A handle that appends its tag to a log when it runs.
class LogHandle : public Handle {
 public:
  LogHandle(std::vector<std::string>* log, std::string tag) : log_(log), tag_(std::move(tag)) {}
  void run(EventLoop& loop) override {
    log_->push_back(tag_);
    if (then_) then_(loop);
  }
  std::function<void(EventLoop&)> then_;

 private:
  std::vector<std::string>* log_;
  std::string tag_;
};

struct Fixture {
  trace::Trace tr;
  trace::Recorder rec{tr};
  VirtualClock clock;
  EventLoop loop{clock, rec};
  std::vector<std::string> log;

  RcPtr<LogHandle> h(std::string tag) { return make_rc<LogHandle>(&log, std::move(tag)); }
  // run_forever until stop() or nothing can run.
  LoopStep run() {
    for (int i = 0; i < 100000; ++i) {
      LoopStep s = loop.step();
      if (s != LoopStep::Ran) return s;
    }
    return LoopStep::Ran;
  }
  std::vector<trace::EventKind> kinds() const {
    std::vector<trace::EventKind> k;
    for (uint64_t i = 0; i < tr.size(); ++i) k.push_back(tr[i].kind);
    return k;
  }
};

}  // namespace

TEST_CASE("timer heap: equal keys pop in heapq's order") {
  TimerHeap<Item, ItemLess> h;
  for (int i = 0; i < 8; ++i) h.push({1.0, i});
  std::vector<int> order;
  while (!h.empty()) order.push_back(h.pop().id);
  CHECK(order == std::vector<int>{0, 2, 6, 5, 7, 4, 1, 3});

  for (int i = 0; i < 9; ++i) h.push({i < 8 ? 1.0 : 5.0, i});
  order.clear();
  while (!h.empty()) order.push_back(h.pop().id);
  CHECK(order == std::vector<int>{0, 2, 6, 5, 7, 1, 3, 4, 8});
}

TEST_CASE("timer heap: random pushes, pops and a heapify match Python's heapq") {
  // The same LCG-driven sequence run through Lib/heapq in CPython 3.11 gave
  // 1714 pops whose weighted checksum is 1649598815 and whose first 20 are
  // below.
  uint64_t x = 12345;
  auto rnd = [&] {
    x = (x * 1103515245 + 12345) % (uint64_t{1} << 31);
    return x >> 8;
  };
  TimerHeap<Item, ItemLess> h;
  std::vector<int> out;
  int n = 0;
  for (int step = 0; step < 3000; ++step) {
    uint64_t r = rnd() % 10;
    if (r < 6 || h.empty()) {
      double w = static_cast<double>(rnd() % 7);
      h.push({w, n++});
    } else {
      out.push_back(h.pop().id);
    }
    if (step == 1500) {
      std::vector<Item> kept;
      for (const Item& it : h.items())
        if (it.id % 3) kept.push_back(it);
      h.items() = kept;
      h.heapify();
    }
  }
  while (!h.empty()) out.push_back(h.pop().id);
  REQUIRE(out.size() == 1714);
  std::vector<int> first(out.begin(), out.begin() + 20);
  CHECK(first == std::vector<int>{0, 1, 3, 2, 4, 7, 9, 10, 11, 8, 6, 12, 14, 15, 16, 5, 18, 13, 17, 20});
  uint64_t sum = 0;
  for (size_t i = 0; i < out.size(); ++i) sum += (i + 1) * static_cast<uint64_t>(out[i]);
  CHECK(sum == 1649598815u);
}

TEST_CASE("loop: call_soon is FIFO; callbacks scheduled while running wait for the next iteration") {
  Fixture f;
  auto a = f.h("A");
  a->then_ = [&](EventLoop& l) { l.call_soon(f.h("C")); };
  f.loop.call_soon(a);
  f.loop.call_soon(f.h("B"));
  auto stopper = f.h("stop");
  stopper->then_ = [](EventLoop& l) { l.stop(); };
  f.loop.call_soon(stopper);
  CHECK(f.run() == LoopStep::Stopped);
  CHECK(f.log == std::vector<std::string>{"A", "B", "stop"});
  // C was queued by A in the first iteration: still ready after stop.
  CHECK(f.loop.ready_count() == 1);
  CHECK(f.loop.iteration() == 1);
}

TEST_CASE("loop: timers fire in deadline order, ties in heapq order, clock jumps exactly") {
  Fixture f;
  for (int i = 0; i < 8; ++i) f.loop.call_at(1.0, f.h(std::to_string(i)), trace::TimerKind::Sleep);
  f.loop.call_later(0.4 + 0.1, f.h("half"));
  CHECK(f.run() == LoopStep::Deadlock);
  // The earlier 9th push reshapes the heap: CPython gives this order too.
  CHECK(f.log == std::vector<std::string>{"half", "2", "6", "3", "5", "7", "4", "0", "1"});
  CHECK(f.loop.time() == 1.0);
}

TEST_CASE("loop: a timer is due when when < now + 1e-9") {
  Fixture f;
  f.loop.call_at(0.3, f.h("early"));
  f.loop.call_at(0.3 + 5e-10, f.h("within-resolution"));
  f.loop.call_at(0.3 + 2e-9, f.h("later"));
  REQUIRE(f.run() == LoopStep::Deadlock);
  CHECK(f.log == std::vector<std::string>{"early", "within-resolution", "later"});
  // "early" and "within-resolution" ran in the same iteration.
  int due_phases_with_two = 0;
  for (uint64_t i = 0; i < f.tr.size(); ++i)
    if (f.tr[i].kind == trace::EventKind::PhaseDueTimers && f.tr[i].arg == 2) ++due_phases_with_two;
  CHECK(due_phases_with_two == 1);
}

TEST_CASE("loop: cancelled timers stay in the heap until they reach the head") {
  Fixture f;
  auto t1 = f.h("t1");
  auto t2 = f.h("t2");
  f.loop.call_at(1, t1);
  f.loop.call_at(2, t2);
  t2->cancel(f.loop);
  CHECK(f.loop.timer_count() == 2);
  CHECK(f.loop.timer_cancelled_count() == 1);
  CHECK(f.loop.step() == LoopStep::Ran);  // Begin: head (t1) is live, nothing removed
  CHECK(f.loop.timer_count() == 2);
  CHECK(f.run() == LoopStep::Deadlock);
  CHECK(f.log == std::vector<std::string>{"t1"});
  CHECK(f.loop.timer_count() == 0);
  CHECK(f.loop.timer_cancelled_count() == 0);
  CHECK(f.loop.time() == 1.0);  // never advanced to the cancelled deadline
}

TEST_CASE("loop: more than 100 timers with over half cancelled are rebuilt with heapify") {
  Fixture f;
  std::vector<RcPtr<LogHandle>> hs;
  for (int i = 0; i < 120; ++i) {
    hs.push_back(f.h(std::to_string(i)));
    f.loop.call_at(1.0, hs.back());
  }
  for (int i = 0; i < 120; ++i)
    if (i % 2 == 0 || i % 3 == 0) hs[i]->cancel(f.loop);  // 80 of 120
  CHECK(f.loop.timer_cancelled_count() == 80);
  f.loop.step();  // Begin: rebuild
  CHECK(f.loop.timer_count() == 40);
  CHECK(f.loop.timer_cancelled_count() == 0);
  REQUIRE(f.run() == LoopStep::Deadlock);
  REQUIRE(f.log.size() == 40);
  // CPython 3.11: heapify over the survivors in heap order, then 40 pops.
  // (Computed with Lib/heapq on the same sequence.)
  std::vector<std::string> head(f.log.begin(), f.log.begin() + 8);
  CHECK(head == std::vector<std::string>{"91", "43", "19", "7", "1", "59", "11", "113"});
}

TEST_CASE("loop: phases are recorded in _run_once order") {
  Fixture f;
  f.loop.call_later(0.5, f.h("t"));
  REQUIRE(f.run() == LoopStep::Deadlock);
  using K = trace::EventKind;
  std::vector<K> want = {K::TimerScheduled,
                         K::IterationBegin, K::PhaseComputeTimeout, K::ClockAdvance, K::PhasePollIO,
                         K::TimerDue, K::PhaseDueTimers, K::PhaseRunReady, K::HandleRun,
                         K::IterationBegin, K::PhaseComputeTimeout};
  CHECK(f.kinds() == want);
  CHECK(f.tr[2].arg_d() == 0.5);   // timeout
  CHECK(f.tr[3].arg_d() == 0.5);   // new time
  CHECK(f.tr[8].cause == 5 + 1);   // HandleRun caused by TimerDue
  CHECK(f.tr[5].cause == 0 + 1);   // TimerDue caused by TimerScheduled
  CHECK(f.tr[10].arg_d() == -1);   // no timer left: select(None)
}

TEST_CASE("loop: time limit stops before jumping past max_time") {
  Fixture f;
  f.loop.max_time = 10;
  f.loop.call_later(5, f.h("five"));
  f.loop.call_later(20, f.h("twenty"));
  CHECK(f.run() == LoopStep::TimeLimit);
  CHECK(f.log == std::vector<std::string>{"five"});
  CHECK(f.loop.time() == 5.0);
}
