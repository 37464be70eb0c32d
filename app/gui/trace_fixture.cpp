#include "trace_fixture.h"

#include <algorithm>
#include <vector>

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

uint64_t EventBuilder::add(EventKind k, uint32_t task, uint32_t obj, int64_t arg, uint16_t aux, uint32_t line,
                          uint64_t cause_seq) {
  Event e{};
  e.kind = k;
  e.time = now;
  e.iter = iter;
  e.task = task;
  e.obj = obj;
  e.arg = arg;
  e.aux = aux;
  e.line = line;
  e.cause = cause_seq == kNoCause ? 0 : static_cast<uint32_t>(cause_seq + 1);
  return src_.add(e);
}

int64_t EventBuilder::dbl(double v) {
  Event e{};
  e.set_arg_d(v);
  return e.arg;
}

uint16_t EventBuilder::step_end(trace::StepEnd se, trace::WaitKind w) {
  return static_cast<uint16_t>(static_cast<uint16_t>(se) | (static_cast<uint16_t>(w) << 8));
}

void EventBuilder::iteration(double timeout) {
  ++iter;
  add(EventKind::IterationBegin);
  add(EventKind::PhaseComputeTimeout, 0, 0, dbl(timeout));
  add(EventKind::PhasePollIO);
}

std::unique_ptr<FixtureSource> make_synthetic_trace(uint64_t events, uint32_t tasks) {
  auto src = std::make_unique<FixtureSource>();
  trace::Trace& t = src->trace();
  EventBuilder b(*src);
  b.add(EventKind::ProgramStart, 0, 0, b.intern("synthetic.py"));
  b.add(EventKind::LoopStart, 0, 1);
  const uint32_t q = 1000, sem = 1001;
  b.add(EventKind::QueueCreated, 0, q, 8, 0, 3);
  b.add(EventKind::Name, 0, q, b.intern("jobs"));
  b.add(EventKind::SyncCreated, 0, sem, 3, static_cast<uint16_t>(trace::SyncKind::Semaphore), 4);
  b.add(EventKind::Name, 0, sem, b.intern("slots"));
  const int64_t coro = b.intern("worker");
  std::vector<uint64_t> wake(tasks + 1, 0);
  for (uint32_t id = 1; id <= tasks; ++id) {
    b.add(EventKind::TaskCreated, 0, id, coro, 0, 5);
    wake[id] = b.add(EventKind::HandleScheduled, id, 5000 + id, b.intern("Task.__step"),
                     static_cast<uint16_t>(trace::HandleKind::TaskStep), 5);
  }
  uint64_t qsize = 0;
  uint32_t timer_id = 100000, handle_id = 1000000;
  while (t.size() < events) {
    ++b.iter;
    b.add(EventKind::IterationBegin);
    b.add(EventKind::PhaseComputeTimeout);
    b.add(EventKind::PhasePollIO);
    b.add(EventKind::PhaseDueTimers, 0, 0, static_cast<int64_t>(tasks));
    b.add(EventKind::PhaseRunReady, 0, 0, static_cast<int64_t>(tasks));
    for (uint32_t id = 1; id <= tasks && t.size() < events; ++id) {
      uint64_t run = b.add(EventKind::HandleRun, id, ++handle_id, 0, 0, 0, wake[id]);
      b.add(EventKind::TaskStepBegin, id, 0, 0, static_cast<uint16_t>(trace::ResumeKind::Send), 7, run);
      b.add(EventKind::Line, id, 0, 0, 0, 8);
      if (id % 2 == 0 && qsize < 8) {
        b.add(EventKind::QueuePut, id, q, b.intern("job"), 0, 9);
        ++qsize;
      } else if (qsize > 0) {
        b.add(EventKind::QueueGet, id, q, b.intern("job"), 0, 10);
        --qsize;
      }
      if (id % 3 == 0) {
        b.add(EventKind::SyncAcquire, id, sem, 0, 0, 11);
        b.add(EventKind::SyncRelease, id, sem, 0, 0, 12);
      }
      if (b.iter % 50 == 0) b.add(EventKind::Output, id, 1, b.str("tick\n"), 0, 13);
      uint64_t ts = b.add(EventKind::TimerScheduled, id, ++timer_id, EventBuilder::dbl(b.now + 0.001 * (1 + id % 7)),
                          static_cast<uint16_t>(trace::TimerKind::Sleep), 14);
      b.add(EventKind::TaskStepEnd, id, timer_id, -1,
            EventBuilder::step_end(trace::StepEnd::Suspended, trace::WaitKind::Timer), 14);
      wake[id] = ts;
    }
    b.now += 0.001;
    b.add(EventKind::ClockAdvance, 0, 0, EventBuilder::dbl(b.now));
    for (uint32_t id = 1; id <= tasks && t.size() < events; ++id) {
      uint64_t due = b.add(EventKind::TimerDue, id, timer_id - tasks + id, 0, 0, 0, wake[id]);
      wake[id] = b.add(EventKind::HandleScheduled, id, handle_id + id, b.intern("Task.__wakeup"),
                       static_cast<uint16_t>(trace::HandleKind::TaskWakeup), 0, due);
    }
  }
  src->set_state(RunState::Finished);
  return src;
}

}  // namespace sandbox::gui
