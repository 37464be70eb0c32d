#include "trace_fixture.h"

#include <algorithm>

namespace sandbox::gui {

using trace::Event;
using trace::EventKind;

FixtureSource::FixtureSource() : trace_(std::make_unique<trace::Trace>()) {}

uint64_t FixtureSource::add(Event e) {
  trace_->append(e);
  return trace_->size() - 1;
}

uint64_t FixtureSource::size() const { return std::min<uint64_t>(revealed_, trace_->size()); }

RunState FixtureSource::state() const { return size() < trace_->size() ? RunState::Running : state_; }

model::Model FixtureSource::model_at(uint64_t cursor) const {
  if (!models_) models_ = std::make_unique<model::ModelIndex>(*trace_);
  return models_->model_at(std::min(cursor, size()));
}

uint64_t FixtureSource::advance(uint64_t from, const StopRequest& req) {
  const uint64_t total = trace_->size();
  for (uint64_t c = from; c < total; ++c) {
    const Event& e = (*trace_)[c];
    bool hit = false;
    switch (req.kind) {
      case StopKind::Event: hit = true; break;
      case StopKind::Line: hit = e.kind == EventKind::Line; break;
      case StopKind::Callback: hit = e.kind == EventKind::HandleRun; break;
      case StopKind::Iteration: hit = e.kind == EventKind::IterationBegin; break;
      case StopKind::Output: hit = e.kind == EventKind::Output; break;
      case StopKind::Time: hit = e.time >= req.time; break;
      case StopKind::Breakpoint:
        hit = e.kind == EventKind::Line &&
              std::find(req.lines.begin(), req.lines.end(), static_cast<int>(e.line)) != req.lines.end();
        break;
      case StopKind::End: break;
    }
    if (hit) {
      revealed_ = std::max<uint64_t>(std::min(revealed_, total), c + 1);
      return c + 1;
    }
  }
  revealed_ = total;
  return total;
}

std::unique_ptr<FixtureSource> make_synthetic_trace(uint64_t events, uint32_t tasks) {
  auto src = std::make_unique<FixtureSource>();
  trace::Trace& t = src->trace();
  auto ev = [&](EventKind k, double time, uint32_t iter, uint32_t task, uint32_t obj, int64_t arg, uint16_t aux,
                uint32_t line, uint32_t cause) {
    Event e{};
    e.kind = k;
    e.time = time;
    e.iter = iter;
    e.task = task;
    e.obj = obj;
    e.arg = arg;
    e.aux = aux;
    e.line = line;
    e.cause = cause;
    return src->add(e);
  };
  double now = 0;
  uint32_t iter = 0;
  ev(EventKind::ProgramStart, 0, 0, 0, 0, t.intern("synthetic.py"), 0, 0, 0);
  ev(EventKind::LoopStart, 0, 0, 0, 1, 0, 0, 0, 0);
  const uint32_t q = 1000, sem = 1001;
  ev(EventKind::QueueCreated, 0, 0, 0, q, 8, 0, 3, 0);
  ev(EventKind::Name, 0, 0, 0, q, t.intern("jobs"), 0, 0, 0);
  ev(EventKind::SyncCreated, 0, 0, 0, sem, 3, static_cast<uint16_t>(trace::SyncKind::Semaphore), 4, 0);
  ev(EventKind::Name, 0, 0, 0, sem, t.intern("slots"), 0, 0, 0);
  const int64_t coro = t.intern("worker");
  std::vector<uint64_t> wake(tasks + 1, 0);
  for (uint32_t id = 1; id <= tasks; ++id) {
    ev(EventKind::TaskCreated, 0, 0, 0, id, coro, 0, 5, 0);
    wake[id] = ev(EventKind::HandleScheduled, 0, 0, id, 5000 + id, t.intern("Task.__step"),
                  static_cast<uint16_t>(trace::HandleKind::TaskStep), 5, 0);
  }
  uint64_t qsize = 0;
  uint32_t timer_id = 100000, handle_id = 1000000;
  while (t.size() < events) {
    ++iter;
    ev(EventKind::IterationBegin, now, iter, 0, 0, 0, 0, 0, 0);
    ev(EventKind::PhaseComputeTimeout, now, iter, 0, 0, 0, 0, 0, 0);
    ev(EventKind::PhasePollIO, now, iter, 0, 0, 0, 0, 0, 0);
    ev(EventKind::PhaseDueTimers, now, iter, 0, 0, static_cast<int64_t>(tasks), 0, 0, 0);
    ev(EventKind::PhaseRunReady, now, iter, 0, 0, static_cast<int64_t>(tasks), 0, 0, 0);
    for (uint32_t id = 1; id <= tasks && t.size() < events; ++id) {
      uint64_t run = ev(EventKind::HandleRun, now, iter, id, ++handle_id, 0, 0, 0, static_cast<uint32_t>(wake[id] + 1));
      ev(EventKind::TaskStepBegin, now, iter, id, 0, 0, static_cast<uint16_t>(trace::ResumeKind::Send), 7,
         static_cast<uint32_t>(run + 1));
      ev(EventKind::Line, now, iter, id, 0, 0, 0, 8, 0);
      if (id % 2 == 0 && qsize < 8) {
        ev(EventKind::QueuePut, now, iter, id, q, t.intern("job"), 0, 9, 0);
        ++qsize;
      } else if (qsize > 0) {
        ev(EventKind::QueueGet, now, iter, id, q, t.intern("job"), 0, 10, 0);
        --qsize;
      }
      if (id % 3 == 0) {
        ev(EventKind::SyncAcquire, now, iter, id, sem, 0, 0, 11, 0);
        ev(EventKind::SyncRelease, now, iter, id, sem, 0, 0, 12, 0);
      }
      if (iter % 50 == 0) ev(EventKind::Output, now, iter, id, 1, t.add_string("tick\n"), 0, 13, 0);
      Event te{};
      te.set_arg_d(now + 0.001 * (1 + id % 7));
      uint64_t ts = ev(EventKind::TimerScheduled, now, iter, id, ++timer_id, te.arg,
                       static_cast<uint16_t>(trace::TimerKind::Sleep), 14, 0);
      ev(EventKind::TaskStepEnd, now, iter, id, timer_id, -1,
         static_cast<uint16_t>(static_cast<uint16_t>(trace::StepEnd::Suspended) |
                               (static_cast<uint16_t>(trace::WaitKind::Timer) << 8)),
         14, 0);
      wake[id] = ts;
    }
    Event ca{};
    now += 0.001;
    ca.set_arg_d(now);
    ev(EventKind::ClockAdvance, now, iter, 0, 0, ca.arg, 0, 0, 0);
    for (uint32_t id = 1; id <= tasks && t.size() < events; ++id) {
      uint64_t due = ev(EventKind::TimerDue, now, iter, id, timer_id - tasks + id, 0, 0, 0,
                        static_cast<uint32_t>(wake[id] + 1));
      wake[id] = ev(EventKind::HandleScheduled, now, iter, id, handle_id + id, t.intern("Task.__wakeup"),
                    static_cast<uint16_t>(trace::HandleKind::TaskWakeup), 0, static_cast<uint32_t>(due + 1));
    }
  }
  src->set_state(RunState::Finished);
  return src;
}

}  // namespace sandbox::gui
