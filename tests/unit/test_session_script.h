// A scripted program for tests that do not need the VM: a SessionDriver that
// records, one loop iteration per step(), the events a small asyncio program
// would produce:
//
//   async def worker(q): item = await q.get(); print("got", item)
//   async def main():
//       print("a", end=" "); print("b")          # one line, two writes
//       q = asyncio.Queue(); sem = asyncio.Semaphore(2); await sem.acquire()
//       asyncio.create_task(worker(q)); q.put_nowait('x')
//       await asyncio.sleep(1); print("d")
//   asyncio.run(main())
#pragma once
#include "session.h"
#include "session_driver.h"
#include "trace/recorder.h"

namespace script {

using namespace sandbox::trace;

inline uint16_t end_aux(StepEnd e, WaitKind w = WaitKind::None) {
  return static_cast<uint16_t>(static_cast<uint16_t>(e) | (static_cast<uint16_t>(w) << 8));
}

class Driver : public sandbox::SessionDriver {
 public:
  explicit Driver(Recorder& rec) : r(rec) {}
  Recorder& r;
  int stage = 0;
  uint32_t loop = 0, main = 0, worker = 0, q = 0, sem = 0, timer = 0, fut = 0;
  uint64_t h_main = 0, h_worker = 0, h_wake = 0;
  uint32_t h_main_id = 0, h_worker_id = 0, h_wake_id = 0;

  void iteration(uint32_t n, int ready, double timeout = 0, bool due = false) {
    r.set_iteration(n);
    r.emit(EventKind::IterationBegin, {.task = 0, .line = 0});
    r.emit_d(EventKind::PhaseComputeTimeout, timeout, {.task = 0, .line = 0});
    r.emit(EventKind::PhasePollIO, {.task = 0, .line = 0});
    r.emit(EventKind::PhaseDueTimers, {.task = 0, .arg = due ? 1 : 0, .line = 0});
    if (due) {
      r.set_time(1.0);
      r.emit_d(EventKind::ClockAdvance, 1.0, {.task = 0, .line = 0});
      r.emit(EventKind::TimerDue, {.task = 0, .obj = timer, .line = 0});
    }
    r.emit(EventKind::PhaseRunReady, {.task = 0, .arg = ready, .line = 0});
  }

  Status step() override {
    switch (stage++) {
      case 0: {  // module code up to asyncio.run, then main's task
        r.emit_str(EventKind::ProgramStart, "demo.py", {.task = 0});
        r.on_line(12);
        loop = r.new_id();
        r.emit(EventKind::LoopStart, {.task = 0, .obj = loop});
        main = r.new_id();
        r.emit_name(EventKind::TaskCreated, "main", {.task = main, .obj = main});
        r.emit_name(EventKind::Name, "Task-1", {.task = 0, .obj = main});
        h_main_id = r.new_id();
        h_main = r.emit_name(EventKind::HandleScheduled, "Task.__step", {.task = main, .obj = h_main_id});
        return Status::Running;
      }
      case 1: {
        iteration(1, 1);
        r.emit(EventKind::HandleRun, {.task = main, .obj = h_main_id, .cause = Recorder::cause_of(h_main), .line = 0});
        r.set_task(main);
        r.emit(EventKind::TaskStepBegin, {.task = main, .line = 7});
        r.on_line(7);
        r.emit_str(EventKind::Output, "a", {.obj = 1});
        r.emit_str(EventKind::Output, " ", {.obj = 1});
        r.emit_str(EventKind::Output, "b\n", {.obj = 1});
        r.on_line(8);
        q = r.new_id();
        r.emit(EventKind::QueueCreated, {.obj = q});
        r.emit_name(EventKind::Name, "q", {.obj = q});
        sem = r.new_id();
        r.emit(EventKind::SyncCreated, {.obj = sem, .arg = 2, .aux = static_cast<uint16_t>(SyncKind::Semaphore)});
        r.emit(EventKind::SyncAcquire, {.obj = sem, .arg = 1});
        r.on_line(9);
        worker = r.new_id();
        r.emit_name(EventKind::TaskCreated, "worker", {.task = worker, .obj = worker});
        r.emit_name(EventKind::Name, "Task-2", {.obj = worker});
        h_worker_id = r.new_id();
        h_worker = r.emit_name(EventKind::HandleScheduled, "Task.__step", {.task = worker, .obj = h_worker_id});
        r.emit_str(EventKind::QueuePut, "'x'", {.obj = q});
        r.on_line(10);
        fut = r.new_id();
        r.emit(EventKind::FutureCreated, {.obj = fut, .aux = static_cast<uint16_t>(FutureKind::Sleep)});
        timer = r.new_id();
        r.emit_d(EventKind::TimerScheduled, 1.0, {.task = main, .obj = timer, .aux = static_cast<uint16_t>(TimerKind::Sleep)});
        r.emit_str(EventKind::TaskStepEnd, "<Future pending>", {.task = main, .obj = fut, .aux = end_aux(StepEnd::Suspended, WaitKind::Timer)});
        r.set_task(0);
        return Status::Running;
      }
      case 2: {
        iteration(2, 1, 1.0);
        r.emit(EventKind::HandleRun, {.task = worker, .obj = h_worker_id, .cause = Recorder::cause_of(h_worker), .line = 0});
        r.set_task(worker);
        r.emit(EventKind::TaskStepBegin, {.task = worker, .line = 2});
        r.on_line(2);
        r.emit_str(EventKind::QueueGet, "'x'", {.obj = q});
        r.emit_str(EventKind::Output, "got x\n", {.obj = 1});
        r.emit_str(EventKind::TaskStepEnd, "None", {.task = worker, .aux = end_aux(StepEnd::Returned)});
        r.set_task(0);
        return Status::Running;
      }
      case 3: {
        iteration(3, 1, 1.0, true);
        r.emit(EventKind::HandleRun, {.task = main, .obj = timer, .line = 0});
        uint64_t res = r.emit_str(EventKind::FutureResult, "None", {.task = 0, .obj = fut, .line = 0});
        h_wake_id = r.new_id();
        h_wake = r.emit_name(EventKind::HandleScheduled, "Task.__wakeup", {.task = main, .obj = h_wake_id, .aux = static_cast<uint16_t>(HandleKind::TaskWakeup), .cause = Recorder::cause_of(res), .line = 0});
        return Status::Running;
      }
      case 4: {
        iteration(4, 1);
        r.emit(EventKind::HandleRun, {.task = main, .obj = h_wake_id, .cause = Recorder::cause_of(h_wake), .line = 0});
        r.set_task(main);
        r.emit(EventKind::TaskStepBegin, {.task = main, .aux = static_cast<uint16_t>(ResumeKind::Send), .line = 10});
        r.on_line(11);
        r.emit_str(EventKind::Output, "d\n", {.obj = 1});
        r.emit_str(EventKind::TaskStepEnd, "None", {.task = main, .aux = end_aux(StepEnd::Returned)});
        r.set_task(0);
        return Status::Running;
      }
      default:
        r.emit(EventKind::LoopStop, {.task = 0, .obj = loop});
        r.emit(EventKind::ProgramEnd, {.task = 0, .arg = 0});
        return Status::Finished;
    }
  }
};

// Records the whole script into rec (for exporter tests).
inline void record_all(Recorder& rec) {
  Driver d(rec);
  while (d.step() == sandbox::SessionDriver::Status::Running) {
  }
}

}  // namespace script
