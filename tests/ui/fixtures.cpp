// TEST FIXTURES (see fixtures.h).
#include "fixtures.h"

#include <vector>

namespace sandbox::gui::test {

using trace::Event;
using trace::EventKind;
using trace::HandleKind;
using trace::StepEnd;
using trace::WaitKind;

const char* kGatherSource = R"PY("""Running coroutines concurrently with asyncio.gather

Both tasks start at once; task 2 finishes first.

并发执行多个协程：两个任务同时开始；任务 2 先结束。
"""
import asyncio

async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)
    print("Task 1 finished")

async def task2():
    print("Task 2 started")
    await asyncio.sleep(1)
    print("Task 2 finished")

async def main():
    await asyncio.gather(task1(), task2())

asyncio.run(main())
)PY";


std::unique_ptr<FixtureSource> gather_fixture() {
  auto src = std::make_unique<FixtureSource>();
  EventBuilder b(*src);
  b.add(EventKind::ProgramStart, 0, 0, b.str("03_gather.py"));
  b.add(EventKind::Line, 0, 0, 0, 0, 7);
  b.add(EventKind::Line, 0, 0, 0, 0, 23);
  b.add(EventKind::LoopStart, 0, 1);
  b.add(EventKind::TaskCreated, 1, 1, b.str("main"));
  b.add(EventKind::Name, 0, 1, b.str("Task-1"));
  uint64_t h1 = b.add(EventKind::HandleScheduled, 1, 101, b.str("Task-1.__step()"), uint16_t(HandleKind::TaskStep));
  // Iteration 1: main starts and gathers.
  b.iteration(0);
  b.add(EventKind::PhaseDueTimers, 0, 0, 0);
  b.add(EventKind::PhaseRunReady, 0, 0, 1);
  uint64_t r = b.add(EventKind::HandleRun, 1, 101, 0, 0, 0, h1);
  b.add(EventKind::TaskStepBegin, 1, 0, 0, uint16_t(trace::ResumeKind::First), 20, r);
  b.add(EventKind::Line, 1, 0, 0, 0, 21);
  b.add(EventKind::TaskCreated, 1, 2, b.str("task1"));
  b.add(EventKind::Name, 0, 2, b.str("Task-2"));
  uint64_t h2 = b.add(EventKind::HandleScheduled, 2, 102, b.str("Task-2.__step()"), uint16_t(HandleKind::TaskStep));
  b.add(EventKind::TaskCreated, 1, 3, b.str("task2"));
  b.add(EventKind::Name, 0, 3, b.str("Task-3"));
  uint64_t h3 = b.add(EventKind::HandleScheduled, 3, 103, b.str("Task-3.__step()"), uint16_t(HandleKind::TaskStep));
  b.add(EventKind::FutureCreated, 1, 4, 0, uint16_t(trace::FutureKind::Gather));
  b.add(EventKind::TaskStepEnd, 1, 4, b.str("<_GatheringFuture pending>"), EventBuilder::step_end(StepEnd::Suspended, WaitKind::Gather), 21);
  // Iteration 2: both children start and sleep.
  b.iteration(0);
  b.add(EventKind::PhaseDueTimers, 0, 0, 0);
  b.add(EventKind::PhaseRunReady, 0, 0, 2);
  r = b.add(EventKind::HandleRun, 2, 102, 0, 0, 0, h2);
  b.add(EventKind::TaskStepBegin, 2, 0, 0, uint16_t(trace::ResumeKind::First), 9, r);
  b.add(EventKind::Line, 2, 0, 0, 0, 10);
  b.add(EventKind::Output, 2, 1, b.str("Task 1 started\n"), 0, 10);
  b.add(EventKind::Line, 2, 0, 0, 0, 11);
  uint64_t t5 = b.add(EventKind::TimerScheduled, 2, 5, EventBuilder::dbl(2.0), uint16_t(trace::TimerKind::Sleep), 11);
  b.add(EventKind::TaskStepEnd, 2, 5, b.str("<Future pending>"), EventBuilder::step_end(StepEnd::Suspended, WaitKind::Timer), 11);
  r = b.add(EventKind::HandleRun, 3, 103, 0, 0, 0, h3);
  b.add(EventKind::TaskStepBegin, 3, 0, 0, uint16_t(trace::ResumeKind::First), 14, r);
  b.add(EventKind::Line, 3, 0, 0, 0, 15);
  b.add(EventKind::Output, 3, 1, b.str("Task 2 started\n"), 0, 15);
  b.add(EventKind::Line, 3, 0, 0, 0, 16);
  uint64_t t6 = b.add(EventKind::TimerScheduled, 3, 6, EventBuilder::dbl(1.0), uint16_t(trace::TimerKind::Sleep), 16);
  b.add(EventKind::TaskStepEnd, 3, 6, b.str("<Future pending>"), EventBuilder::step_end(StepEnd::Suspended, WaitKind::Timer), 16);
  // Iteration 3: the clock jumps to 1.0; task 2's timer fires.
  b.iteration(1.0);
  b.now = 1.0;
  b.add(EventKind::ClockAdvance, 0, 0, EventBuilder::dbl(1.0));
  b.add(EventKind::PhaseDueTimers, 0, 0, 1);
  uint64_t due = b.add(EventKind::TimerDue, 3, 6, 0, 0, 0, t6);
  uint64_t w3 = b.add(EventKind::HandleScheduled, 3, 107, b.str("Task-3.__wakeup()"), uint16_t(HandleKind::TaskWakeup), 0, due);
  b.add(EventKind::PhaseRunReady, 0, 0, 1);
  r = b.add(EventKind::HandleRun, 3, 107, 0, 0, 0, w3);
  b.add(EventKind::TaskStepBegin, 3, 0, 0, uint16_t(trace::ResumeKind::Send), 16, w3);
  b.add(EventKind::Line, 3, 0, 0, 0, 17);
  b.add(EventKind::Output, 3, 1, b.str("Task 2 finished\n"), 0, 17);
  b.add(EventKind::TaskStepEnd, 3, 0, b.str("None"), EventBuilder::step_end(StepEnd::Returned), 17);
  uint64_t fr3 = b.add(EventKind::FutureResult, 3, 3, b.str("None"));
  b.add(EventKind::HandleScheduled, 0, 108, b.str("_GatheringFuture._done_callback()"), uint16_t(HandleKind::FutureCallback), 0, fr3);
  // Iteration 4: gather's callback for task 2.
  b.iteration(0);
  b.add(EventKind::PhaseDueTimers, 0, 0, 0);
  b.add(EventKind::PhaseRunReady, 0, 0, 1);
  b.add(EventKind::HandleRun, 0, 108);
  // Iteration 5: t = 2.0, task 1's timer.
  b.iteration(1.0);
  b.now = 2.0;
  b.add(EventKind::ClockAdvance, 0, 0, EventBuilder::dbl(2.0));
  b.add(EventKind::PhaseDueTimers, 0, 0, 1);
  due = b.add(EventKind::TimerDue, 2, 5, 0, 0, 0, t5);
  uint64_t w2 = b.add(EventKind::HandleScheduled, 2, 109, b.str("Task-2.__wakeup()"), uint16_t(HandleKind::TaskWakeup), 0, due);
  b.add(EventKind::PhaseRunReady, 0, 0, 1);
  r = b.add(EventKind::HandleRun, 2, 109, 0, 0, 0, w2);
  b.add(EventKind::TaskStepBegin, 2, 0, 0, uint16_t(trace::ResumeKind::Send), 11, w2);
  b.add(EventKind::Line, 2, 0, 0, 0, 12);
  b.add(EventKind::Output, 2, 1, b.str("Task 1 finished\n"), 0, 12);
  b.add(EventKind::TaskStepEnd, 2, 0, b.str("None"), EventBuilder::step_end(StepEnd::Returned), 12);
  uint64_t fr2 = b.add(EventKind::FutureResult, 2, 2, b.str("None"));
  uint64_t cb = b.add(EventKind::HandleScheduled, 0, 110, b.str("_GatheringFuture._done_callback()"), uint16_t(HandleKind::FutureCallback), 0, fr2);
  // Iteration 6: gather completes; main wakes.
  b.iteration(0);
  b.add(EventKind::PhaseDueTimers, 0, 0, 0);
  b.add(EventKind::PhaseRunReady, 0, 0, 1);
  b.add(EventKind::HandleRun, 0, 110, 0, 0, 0, cb);
  uint64_t gr = b.add(EventKind::FutureResult, 0, 4, b.str("[None, None]"));
  uint64_t w1 = b.add(EventKind::HandleScheduled, 1, 111, b.str("Task-1.__wakeup()"), uint16_t(HandleKind::TaskWakeup), 0, gr);
  b.iteration(0);
  b.add(EventKind::PhaseDueTimers, 0, 0, 0);
  b.add(EventKind::PhaseRunReady, 0, 0, 1);
  r = b.add(EventKind::HandleRun, 1, 111, 0, 0, 0, w1);
  b.add(EventKind::TaskStepBegin, 1, 0, 0, uint16_t(trace::ResumeKind::Send), 21, w1);
  b.add(EventKind::TaskStepEnd, 1, 0, b.str("None"), EventBuilder::step_end(StepEnd::Returned), 21);
  b.add(EventKind::FutureResult, 1, 1, b.str("None"));
  b.add(EventKind::LoopStop, 0, 1);
  b.add(EventKind::ProgramEnd, 0, 0, 0);
  src->set_state(RunState::Finished);
  return src;
}

std::unique_ptr<FixtureSource> queue_fixture() {
  auto src = std::make_unique<FixtureSource>();
  EventBuilder b(*src);
  b.add(EventKind::ProgramStart, 0, 0, b.str("queue.py"));
  b.add(EventKind::LoopStart, 0, 1);
  b.add(EventKind::TaskCreated, 1, 1, b.str("main"));
  b.add(EventKind::Name, 0, 1, b.str("Task-1"));
  b.iteration(0);
  b.add(EventKind::PhaseRunReady, 0, 0, 1);
  b.add(EventKind::TaskStepBegin, 1, 0, 0, uint16_t(trace::ResumeKind::First), 5);
  b.add(EventKind::QueueCreated, 1, 20, 2);
  b.add(EventKind::Name, 0, 20, b.str("jobs"));
  b.add(EventKind::SyncCreated, 1, 21, 1, uint16_t(trace::SyncKind::Semaphore));
  b.add(EventKind::Name, 0, 21, b.str("sem"));
  b.add(EventKind::QueuePut, 1, 20, b.str("'a'"), 0, 6);
  b.add(EventKind::QueuePut, 1, 20, b.str("'b'"), 0, 7);
  b.add(EventKind::SyncAcquire, 1, 21, 0, 0, 8);
  b.add(EventKind::QueueGet, 1, 20, b.str("'a'"), 0, 9);
  b.add(EventKind::TaskStepEnd, 1, 0, b.str("None"), EventBuilder::step_end(StepEnd::Returned), 9);
  b.add(EventKind::LoopStop, 0, 1);
  b.add(EventKind::ProgramEnd, 0, 0, 0);
  return src;
}

}  // namespace sandbox::gui::test
