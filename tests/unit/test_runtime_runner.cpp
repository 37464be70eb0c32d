// The Runner's limits and the trace the runtime records: causes link a
// timer to the future it resolves, to the wake-up it schedules, to the task
// step it starts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_runtime_util.h"

using namespace sandbox;
using trace::EventKind;

namespace {

std::vector<const trace::Event*> of_kind(const trace::Trace& t, EventKind k) {
  std::vector<const trace::Event*> out;
  for (uint64_t i = 0; i < t.size(); ++i)
    if (t[i].kind == k) out.push_back(&t[i]);
  return out;
}

const trace::Event& cause_of(const trace::Trace& t, const trace::Event& e) {
  REQUIRE(e.cause != 0);
  return t[e.cause - 1];
}

}  // namespace

TEST_CASE("runner: a task that never awaits is stopped, naming the task and the line") {
  runtime::RunnerOptions opts;
  opts.step_budget = 100000;
  PyRun r = run_py(R"PY(import asyncio
async def spin():
    n = 0
    while True:
        n += 1
async def main():
    t = asyncio.create_task(spin(), name="spinner")
    await asyncio.sleep(1)
asyncio.run(main())
print("never")
)PY",
                   true, opts);
  CHECK(r.exit_status == 1);
  CHECK(r.out.empty());
  CHECK(r.limit.find("RuntimeError: sandbox limit: task 'spinner' (coroutine spin) ran 100000 steps without awaiting") ==
        0);
  CHECK(r.limit.find("it blocks the event loop") != std::string::npos);
  CHECK(r.limit.find("at line 5") != std::string::npos);
  CHECK(of_kind(*r.trace, EventKind::Limit).size() == 1);
}

TEST_CASE("runner: deadlock is reported with what each task waits on") {
  PyRun r = run_py(R"PY(import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    print("waiting forever")
    await fut
asyncio.run(main())
)PY");
  CHECK(r.exit_status == 1);
  CHECK(r.out == "[0.000] waiting forever\n");
  CHECK(r.limit.find("deadlock") == 0);
  CHECK(r.limit.find("Task 'Task-1' (coroutine main) at line 5 waits on <Future pending") != std::string::npos);
}

TEST_CASE("runner: virtual time stops at max_time") {
  runtime::RunnerOptions opts;
  opts.max_time = 100;
  PyRun r = run_py(R"PY(import asyncio
async def main():
    while True:
        await asyncio.sleep(30)
        print("tick")
asyncio.run(main())
)PY",
                   true, opts);
  CHECK(r.exit_status == 1);
  CHECK(r.out == "[30.000] tick\n[60.000] tick\n[90.000] tick\n");
  CHECK(r.limit == "RuntimeError: sandbox limit: stopped at --max-time 100 virtual seconds (max_time)");
}

TEST_CASE("runner: an uncaught exception ends with CPython's traceback and status 1") {
  PyRun r = run_py(R"PY(import asyncio
async def main():
    await asyncio.sleep(0.5)
    raise ValueError("bad")
asyncio.run(main())
)PY");
  CHECK(r.exit_status == 1);
  CHECK(r.err.find("Traceback (most recent call last):") == 0);
  CHECK(r.err.find("ValueError: bad\n") != std::string::npos);
  CHECK(of_kind(*r.trace, EventKind::ExcUncaught).size() == 1);
}

TEST_CASE("runner: asyncio.run twice; leftover tasks are cancelled at shutdown") {
  PyRun r = run_py(R"PY(import asyncio
async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("leftover cleaned up")
async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()
print(asyncio.run(main()))
print(asyncio.run(main()))
)PY");
  // Task-1 main, Task-2 forever, Task-3/4 shutdown_asyncgens/executor.
  CHECK(r.out == "[0.000] leftover cleaned up\n[0.000] Task-1\n[0.000] leftover cleaned up\n[0.000] Task-5\n");
  CHECK(r.exit_status == 0);
}

TEST_CASE("trace: a sleep's wake-up links timer -> future -> wake-up handle -> task step") {
  PyRun r = run_py(R"PY(import asyncio
async def main():
    await asyncio.sleep(1)
    print("awake")
asyncio.run(main())
)PY");
  const trace::Trace& t = *r.trace;
  // The second step of the main task (the first is its start; then come
  // the two shutdown tasks of asyncio.run).
  auto steps = of_kind(t, EventKind::TaskStepBegin);
  REQUIRE(steps.size() == 4);
  CHECK(steps[0]->task == steps[1]->task);
  const trace::Event& step = *steps[1];
  CHECK(step.aux == static_cast<uint16_t>(trace::ResumeKind::Send));
  CHECK(step.line == 3);
  const trace::Event& run = cause_of(t, step);
  CHECK(run.kind == EventKind::HandleRun);
  const trace::Event& sched = cause_of(t, run);
  CHECK(sched.kind == EventKind::HandleScheduled);
  CHECK(sched.aux == static_cast<uint16_t>(trace::HandleKind::TaskWakeup));
  CHECK(sched.task == step.task);
  const trace::Event& result = cause_of(t, sched);
  CHECK(result.kind == EventKind::FutureResult);
  const trace::Event& timer_run = cause_of(t, result);
  CHECK(timer_run.kind == EventKind::HandleRun);
  const trace::Event& due = cause_of(t, timer_run);
  CHECK(due.kind == EventKind::TimerDue);
  CHECK(due.time == 1.0);
  const trace::Event& scheduled = cause_of(t, due);
  CHECK(scheduled.kind == EventKind::TimerScheduled);
  CHECK(scheduled.aux == static_cast<uint16_t>(trace::TimerKind::Sleep));
  CHECK(scheduled.arg_d() == 1.0);
  CHECK(scheduled.task == step.task);
  // The first step ended suspended on the sleep's future.
  auto ends = of_kind(t, EventKind::TaskStepEnd);
  REQUIRE(ends.size() == 4);
  CHECK(ends[0]->step_end() == trace::StepEnd::Suspended);
  CHECK(ends[0]->wait_kind() == trace::WaitKind::Timer);
  CHECK(ends[0]->obj == result.obj);
  CHECK(ends[1]->step_end() == trace::StepEnd::Returned);
}

TEST_CASE("trace: _run_once phases per iteration, sleep(0) costs exactly one iteration") {
  PyRun r = run_py(R"PY(import asyncio
async def main():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
asyncio.run(main())
)PY");
  const trace::Trace& t = *r.trace;
  std::vector<uint32_t> step_iters;
  for (auto* e : of_kind(t, EventKind::TaskStepBegin)) step_iters.push_back(e->iter);
  // main's three steps in consecutive iterations, then the two shutdown tasks.
  REQUIRE(step_iters.size() == 5);
  CHECK(step_iters[1] == step_iters[0] + 1);
  CHECK(step_iters[2] == step_iters[1] + 1);
  auto ends = of_kind(t, EventKind::TaskStepEnd);
  CHECK(ends[0]->wait_kind() == trace::WaitKind::Yield);
  // Every iteration records its four phases in order.
  std::vector<EventKind> phases;
  for (uint64_t i = 0; i < t.size(); ++i) {
    EventKind k = t[i].kind;
    if (k == EventKind::IterationBegin || k == EventKind::PhaseComputeTimeout || k == EventKind::PhasePollIO ||
        k == EventKind::PhaseDueTimers || k == EventKind::PhaseRunReady)
      phases.push_back(k);
  }
  REQUIRE(phases.size() % 5 == 0);
  for (size_t i = 0; i < phases.size(); i += 5) {
    CHECK(phases[i] == EventKind::IterationBegin);
    CHECK(phases[i + 1] == EventKind::PhaseComputeTimeout);
    CHECK(phases[i + 2] == EventKind::PhasePollIO);
    CHECK(phases[i + 3] == EventKind::PhaseDueTimers);
    CHECK(phases[i + 4] == EventKind::PhaseRunReady);
  }
}

TEST_CASE("time.sleep blocks the loop: the clock jumps and a LoopBlocked is recorded") {
  PyRun r = run_py(R"PY(import asyncio, time
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, print, "timer")
    time.sleep(2)
    print("after block", loop.time())
    await asyncio.sleep(0)
asyncio.run(main())
)PY");
  CHECK(r.out == "[2.000] after block 2.0\n[2.000] timer\n");
  auto blocked = of_kind(*r.trace, EventKind::LoopBlocked);
  REQUIRE(blocked.size() == 1);
  CHECK(blocked[0]->arg_d() == 2.0);
  CHECK(blocked[0]->line == 5);
}

TEST_CASE("runner: an endless loop in module code ends with a limit instead of a hang") {
  runtime::RunnerOptions opts;
  opts.module_step_budget = 100000;
  PyRun r = run_py(R"PY(print("start")
n = 0
while True:
    n += 1
)PY",
                   true, opts);
  CHECK(r.exit_status == 1);
  CHECK(r.out == "[0.000] start\n");
  CHECK(r.limit.find("RuntimeError: sandbox limit: module code ran 100000 steps without finishing") == 0);
  CHECK(r.limit.find("at line 4") != std::string::npos);
}
