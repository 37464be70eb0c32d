#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "model/builder.h"
#include "model/model_index.h"
#include "trace/recorder.h"

using namespace sandbox;
using namespace sandbox::trace;
using sandbox::model::Model;
using sandbox::model::ModelIndex;
using sandbox::model::TaskState;

namespace {

uint16_t step_end(StepEnd end, WaitKind wait = WaitKind::None) {
  return static_cast<uint16_t>(static_cast<uint16_t>(end) | (static_cast<uint16_t>(wait) << 8));
}

// A deterministic pseudo-random event stream that exercises every kind with
// plausible ids (the keyframe property must hold for any stream).
struct Lcg {
  uint64_t s;
  uint32_t next(uint32_t n) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>((s >> 33) % n);
  }
};

const char* const kCoros[] = {"main", "worker", "producer", "consumer", "say_after"};

void random_trace(Recorder& rec, int n, uint64_t seed) {
  Lcg r{seed};
  std::vector<uint32_t> tasks, handles, timers, queues, syncs, sockets, futures;
  auto pick = [&](std::vector<uint32_t>& v) -> uint32_t { return v.empty() ? 0 : v[r.next(static_cast<uint32_t>(v.size()))]; };
  double now = 0;
  uint32_t iter = 0;
  for (int i = 0; i < n; ++i) {
    switch (r.next(24)) {
      case 0: { uint32_t t = rec.new_id(); tasks.push_back(t); rec.emit_name(EventKind::TaskCreated, kCoros[t % 5], {.task = t, .obj = t}); break; }
      case 1: { uint32_t h = rec.new_id(); handles.push_back(h); rec.emit_name(EventKind::HandleScheduled, "step", {.task = pick(tasks), .obj = h, .aux = static_cast<uint16_t>(r.next(5))}); break; }
      case 2: rec.emit(EventKind::HandleRun, {.obj = pick(handles)}); break;
      case 3: { uint32_t t = rec.new_id(); timers.push_back(t); rec.emit_d(EventKind::TimerScheduled, now + r.next(4) * 0.5, {.task = pick(tasks), .obj = t, .aux = static_cast<uint16_t>(r.next(6))}); break; }
      case 4: rec.emit(EventKind::TimerDue, {.obj = pick(timers)}); break;
      case 5: rec.emit(EventKind::TimerCancelled, {.obj = pick(timers)}); break;
      case 6: rec.emit(EventKind::TaskStepBegin, {.task = pick(tasks), .line = r.next(30)}); break;
      case 7: rec.emit_str(EventKind::TaskStepEnd, "<Future pending>", {.task = pick(tasks), .obj = pick(futures), .aux = step_end(static_cast<StepEnd>(r.next(4)), static_cast<WaitKind>(r.next(13)))}); break;
      case 8: rec.emit_str(EventKind::Output, r.next(3) ? "x " : "y\nz", {.obj = 1 + r.next(2)}); break;
      case 9: rec.set_iteration(++iter); rec.emit(EventKind::IterationBegin); rec.emit(EventKind::PhaseComputeTimeout); break;
      case 10: rec.emit(EventKind::PhaseRunReady, {.arg = r.next(5)}); break;
      case 11: now += 0.25; rec.set_time(now); rec.emit_d(EventKind::ClockAdvance, now); break;
      case 12: { uint32_t q = rec.new_id(); queues.push_back(q); rec.emit(EventKind::QueueCreated, {.obj = q, .arg = r.next(3), .aux = static_cast<uint16_t>(r.next(3))}); break; }
      case 13: rec.emit_str(EventKind::QueuePut, std::to_string(r.next(4)), {.task = pick(tasks), .obj = pick(queues)}); break;
      case 14: rec.emit_str(EventKind::QueueGet, std::to_string(r.next(4)), {.task = pick(tasks), .obj = pick(queues)}); break;
      case 15: rec.emit(r.next(2) ? EventKind::QueueGetWait : EventKind::QueuePutWait, {.task = pick(tasks), .obj = pick(queues)}); break;
      case 16: { uint32_t y = rec.new_id(); syncs.push_back(y); rec.emit(EventKind::SyncCreated, {.obj = y, .arg = 2, .aux = static_cast<uint16_t>(r.next(5))}); break; }
      case 17: rec.emit(static_cast<EventKind>(static_cast<int>(EventKind::SyncAcquire) + r.next(5)), {.task = pick(tasks), .obj = pick(syncs)}); break;
      case 18: { uint32_t f = rec.new_id(); futures.push_back(f); rec.emit(EventKind::FutureCreated, {.obj = f}); break; }
      case 19: rec.emit_str(EventKind::FutureResult, "1", {.obj = pick(futures)}); break;
      case 20: { uint32_t k = rec.new_id(); sockets.push_back(k); rec.emit(r.next(2) ? EventKind::SockListen : EventKind::SockConnect, {.obj = k, .arg = 8888}); break; }
      case 21: rec.emit(static_cast<EventKind>(static_cast<int>(EventKind::SockAccept) + r.next(7)), {.obj = pick(sockets), .arg = pick(sockets)}); break;
      case 22: rec.emit(EventKind::Line, {.task = pick(tasks), .line = 1 + r.next(40)}); break;
      case 23: rec.emit_name(EventKind::Name, kCoros[i % 5], {.obj = pick(tasks)}); break;
    }
  }
}

}  // namespace

TEST_SUITE("model") {
  TEST_CASE("timer heap: equal deadlines pop in heapq order, not FIFO") {
    Trace t;
    Recorder rec(t);
    std::vector<uint32_t> ids;
    for (int i = 0; i < 8; ++i) {
      ids.push_back(rec.new_id());
      rec.emit_d(EventKind::TimerScheduled, 1.0, {.obj = ids.back()});
    }
    ModelIndex idx(t);
    Model m = idx.head();
    REQUIRE(m.timers.size() == 8);
    // CPython 3.11: eight equal sleepers wake as 0,2,6,5,7,4,1,3.
    std::vector<int> order;
    for (auto& tm : m.timers) order.push_back(static_cast<int>(tm.id - ids[0]));
    CHECK(order == std::vector<int>{0, 2, 6, 5, 7, 4, 1, 3});
    // TimerDue pops the head into the ready queue.
    rec.emit(EventKind::TimerDue, {.obj = ids[0]});
    rec.emit(EventKind::TimerDue, {.obj = ids[2]});
    m = idx.head();
    REQUIRE(m.ready.size() == 2);
    CHECK(m.ready[0].id == ids[0]);
    CHECK(m.ready[1].from_timer);
    CHECK(m.timers.front().id == ids[6]);
  }

  TEST_CASE("timer heap: cancelled heads are dropped at the next iteration") {
    Trace t;
    Recorder rec(t);
    uint32_t a = rec.new_id(), b = rec.new_id();
    rec.emit_d(EventKind::TimerScheduled, 1.0, {.obj = a});
    rec.emit_d(EventKind::TimerScheduled, 2.0, {.obj = b});
    rec.emit(EventKind::TimerCancelled, {.obj = a});
    ModelIndex idx(t);
    Model m = idx.head();
    REQUIRE(m.timers.size() == 2);
    CHECK(m.timers[0].cancelled);
    rec.set_iteration(1);
    rec.emit(EventKind::IterationBegin);
    rec.emit(EventKind::PhaseComputeTimeout);
    m = idx.head();
    REQUIRE(m.timers.size() == 1);
    CHECK(m.timers[0].id == b);
  }

  TEST_CASE("task states follow steps, wake-ups and endings") {
    Trace t;
    Recorder rec(t);
    ModelIndex idx(t);
    uint32_t task = rec.new_id();
    rec.emit_name(EventKind::TaskCreated, "worker", {.task = task, .obj = task});
    rec.emit_name(EventKind::Name, "Task-1", {.obj = task});
    uint32_t h1 = rec.new_id();
    rec.emit_name(EventKind::HandleScheduled, "step", {.task = task, .obj = h1, .aux = static_cast<uint16_t>(HandleKind::TaskStep)});
    Model m = idx.head();
    REQUIRE(m.task(task));
    CHECK(m.task(task)->state == TaskState::Ready);
    CHECK(m.task(task)->name == "Task-1");
    CHECK(m.task(task)->coro == "worker");
    CHECK(m.ready.size() == 1);

    rec.emit(EventKind::HandleRun, {.task = task, .obj = h1});
    rec.emit(EventKind::TaskStepBegin, {.task = task, .line = 3});
    m = idx.head();
    CHECK(m.ready.empty());
    CHECK(m.running_task == task);
    CHECK(m.task(task)->state == TaskState::Running);
    CHECK(m.task(task)->line == 3);

    uint32_t fut = rec.new_id();
    rec.emit(EventKind::FutureCreated, {.task = task, .obj = fut, .aux = static_cast<uint16_t>(FutureKind::Sleep)});
    rec.emit_str(EventKind::TaskStepEnd, "<Future pending>", {.task = task, .obj = fut, .aux = step_end(StepEnd::Suspended, WaitKind::Timer), .line = 4});
    m = idx.head();
    CHECK(m.running_task == 0);
    CHECK(m.task(task)->state == TaskState::Waiting);
    CHECK(m.task(task)->wait == WaitKind::Timer);
    CHECK(m.task(task)->awaiting == fut);
    CHECK(m.future(fut) != nullptr);

    // sleep(0): the step schedules its own wake-up before it ends -> Ready.
    uint32_t h2 = rec.new_id();
    rec.emit(EventKind::FutureResult, {.obj = fut, .arg = kNoString});
    rec.emit_name(EventKind::HandleScheduled, "wakeup", {.task = task, .obj = h2, .aux = static_cast<uint16_t>(HandleKind::TaskWakeup)});
    m = idx.head();
    CHECK(m.future(fut) == nullptr);
    CHECK(m.task(task)->state == TaskState::Ready);
    rec.emit(EventKind::HandleRun, {.task = task, .obj = h2});
    rec.emit(EventKind::TaskStepBegin, {.task = task, .line = 4});
    uint32_t h3 = rec.new_id();
    rec.emit_name(EventKind::HandleScheduled, "step", {.task = task, .obj = h3, .aux = static_cast<uint16_t>(HandleKind::TaskStep)});
    rec.emit(EventKind::TaskStepEnd, {.task = task, .arg = kNoString, .aux = step_end(StepEnd::Suspended, WaitKind::Yield)});
    m = idx.head();
    CHECK(m.task(task)->state == TaskState::Ready);
    rec.emit(EventKind::HandleRun, {.task = task, .obj = h3});
    rec.emit(EventKind::TaskStepBegin, {.task = task});
    uint64_t end = rec.emit_str(EventKind::TaskStepEnd, "42", {.task = task, .aux = step_end(StepEnd::Returned)});
    m = idx.head();
    CHECK(m.task(task)->state == TaskState::Done);
    CHECK(m.task(task)->outcome == "42");
    CHECK(m.task(task)->ended_seq == end);
    CHECK(m.task(task)->steps == 3);
  }

  TEST_CASE("ready queue: FIFO, cancelled handles skipped by the run phase") {
    Trace t;
    Recorder rec(t);
    uint32_t a = rec.new_id(), b = rec.new_id(), c = rec.new_id();
    for (uint32_t h : {a, b, c}) rec.emit_name(EventKind::HandleScheduled, "cb", {.task = 0, .obj = h, .aux = static_cast<uint16_t>(HandleKind::UserCallback)});
    rec.emit(EventKind::HandleCancelled, {.obj = a});
    ModelIndex idx(t);
    Model m = idx.head();
    REQUIRE(m.ready.size() == 3);
    CHECK(m.ready[0].cancelled);
    rec.emit(EventKind::PhaseRunReady, {.arg = 3});
    rec.emit(EventKind::HandleRun, {.obj = b});
    m = idx.head();
    REQUIRE(m.ready.size() == 1);
    CHECK(m.ready[0].id == c);
    CHECK(m.running_handle == b);
    CHECK(m.phase == model::Phase::RunReady);
  }

  TEST_CASE("queues and sync primitives") {
    Trace t;
    Recorder rec(t);
    uint32_t q = rec.new_id(), lock = rec.new_id(), sem = rec.new_id(), t1 = rec.new_id(), t2 = rec.new_id();
    rec.emit(EventKind::QueueCreated, {.obj = q, .arg = 2});
    rec.emit(EventKind::QueueGetWait, {.task = t1, .obj = q});
    rec.emit_str(EventKind::QueuePut, "'a'", {.task = t2, .obj = q});
    rec.emit_str(EventKind::QueuePut, "'b'", {.task = t2, .obj = q});
    ModelIndex idx(t);
    Model m = idx.head();
    REQUIRE(m.queue(q));
    CHECK(m.queue(q)->items == std::vector<std::string>{"'a'", "'b'"});
    CHECK(m.queue(q)->getters == std::vector<uint32_t>{t1});
    CHECK(m.queue(q)->unfinished == 2);
    rec.emit_str(EventKind::QueueGet, "'a'", {.task = t1, .obj = q});
    rec.emit(EventKind::QueueTaskDone, {.obj = q, .arg = 1});
    m = idx.head();
    CHECK(m.queue(q)->items == std::vector<std::string>{"'b'"});
    CHECK(m.queue(q)->getters.empty());
    CHECK(m.queue(q)->unfinished == 1);

    rec.emit(EventKind::SyncCreated, {.obj = lock, .aux = static_cast<uint16_t>(SyncKind::Lock)});
    rec.emit(EventKind::SyncCreated, {.obj = sem, .arg = 2, .aux = static_cast<uint16_t>(SyncKind::Semaphore)});
    rec.emit(EventKind::SyncAcquire, {.task = t1, .obj = lock});
    rec.emit(EventKind::SyncWait, {.task = t2, .obj = lock});
    rec.emit(EventKind::SyncAcquire, {.task = t1, .obj = sem, .arg = 1});
    m = idx.head();
    CHECK(m.sync(lock)->value == 1);
    CHECK(m.sync(lock)->owner == t1);
    CHECK(m.sync(lock)->waiters == std::vector<uint32_t>{t2});
    CHECK(m.sync(sem)->value == 1);
    rec.emit(EventKind::SyncRelease, {.task = t1, .obj = lock});
    rec.emit(EventKind::SyncWake, {.task = t2, .obj = lock});
    m = idx.head();
    CHECK(m.sync(lock)->value == 0);
    CHECK(m.sync(lock)->waiters.empty());
  }

  TEST_CASE("console: lines split at newlines, continued by end=\" \", timed at their start") {
    Trace t;
    Recorder rec(t);
    rec.emit_str(EventKind::Output, "a", {.obj = 1});
    rec.emit_str(EventKind::Output, " ", {.obj = 1});
    rec.set_time(1.5);
    rec.emit_str(EventKind::Output, "b\n", {.obj = 1});
    rec.emit_str(EventKind::Output, "c\nd", {.obj = 1});
    rec.set_time(2.0);
    rec.emit_str(EventKind::Output, "Traceback\n", {.obj = 2});
    rec.emit_str(EventKind::Output, "e\n", {.obj = 1});
    ModelIndex idx(t, 1);
    Model m = idx.head();
    REQUIRE(m.console.size() == 4);
    CHECK(m.console[0].text == "a b");
    CHECK(m.console[0].time == 0);
    CHECK(m.console[1].text == "c");
    CHECK(m.console[1].time == 1.5);
    CHECK(m.console[2].text == "de");
    CHECK(m.console[2].time == 1.5);
    CHECK(m.console[3].text == "Traceback");
    CHECK(m.console[3].is_stderr);
    // An open line at a keyframe is cut back to what existed then.
    Model m1 = idx.model_at(1);
    REQUIRE(m1.console.size() == 1);
    CHECK(m1.console[0].text == "a");
    Model m4 = idx.model_at(4);
    REQUIRE(m4.console.size() == 3);
    CHECK(m4.console[2].text == "d");
  }

  TEST_CASE("property: keyframe seek equals replay from the start at every cursor") {
    for (uint64_t seed : {1ull, 2ull, 3ull}) {
      Trace t;
      Recorder rec(t);
      random_trace(rec, 3000, seed);
      ModelIndex idx(t, 64);
      idx.sync();
      CHECK(idx.keyframe_count() > 3);
      model::ModelBuilder b;
      std::vector<model::ConsoleLine> console;
      CHECK(idx.model_at(0) == b.materialize({}));
      bool all_equal = true;
      for (uint64_t c = 1; c <= t.size(); ++c) {
        b.apply(t, c - 1, console);
        if (!(idx.model_at(c) == b.materialize(console))) {
          all_equal = false;
          FAIL_CHECK("seed " << seed << " cursor " << c);
          break;
        }
      }
      CHECK(all_equal);
      // Backwards seeks too.
      Lcg r{seed};
      for (int i = 0; i < 50; ++i) {
        uint64_t c = r.next(static_cast<uint32_t>(t.size()));
        model::ModelBuilder b2;
        std::vector<model::ConsoleLine> con2;
        for (uint64_t s = 0; s < c; ++s) b2.apply(t, s, con2);
        CHECK(idx.model_at(c) == b2.materialize(con2));
      }
    }
  }
}
