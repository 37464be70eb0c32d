// Builds the timeline's lanes from events.  Task states follow Task.__step in
// CPython's tasks.py: a task is Ready once a handle that steps or wakes it is
// scheduled, Running between TaskStepBegin and TaskStepEnd, then Waiting on
// what it awaited, or finished.
#include "trace_index.h"

#include <algorithm>

namespace sandbox::gui {

using trace::Event;
using trace::EventKind;

void TraceIndex::clear() { *this = TraceIndex(); }

double TraceIndex::time_at(uint64_t seq) const {
  if (times_.empty()) return 0.0;
  return seq < times_.size() ? times_[seq] : times_.back();
}

uint64_t TraceIndex::seq_at_time(double t) const {
  return static_cast<uint64_t>(std::lower_bound(times_.begin(), times_.end(), t) - times_.begin());
}

const TaskLane* TraceIndex::task(uint32_t id) const {
  if (id == 0 || id >= task_slot_.size() || task_slot_[id] == 0) return nullptr;
  return &tasks_[task_slot_[id] - 1];
}

std::string TraceIndex::task_name(uint32_t id) const {
  if (id == 0) return "module";
  if (const TaskLane* t = task(id)) return t->name;
  return prefixed("#", id);
}

std::string TraceIndex::object_name(uint32_t obj) const {
  auto it = std::lower_bound(names_.begin(), names_.end(), std::make_pair(obj, std::string()));
  if (it != names_.end() && it->first == obj) return it->second;
  return {};
}

uint32_t TraceIndex::iteration_at(uint64_t seq) const {
  auto it = std::upper_bound(iters_.begin(), iters_.end(), seq,
                             [](uint64_t s, const Span& sp) { return s < sp.begin; });
  if (it == iters_.begin()) return 0;
  return std::prev(it)->value;
}

TaskLane* TraceIndex::lane_for(uint32_t id) {
  if (id == 0 || id >= task_slot_.size() || task_slot_[id] == 0) return nullptr;
  return &tasks_[task_slot_[id] - 1];
}

void TraceIndex::set_state(TaskLane& lane, uint64_t seq, LaneState s, trace::WaitKind w, uint32_t obj) {
  if (!lane.segs.empty()) {
    Segment& last = lane.segs.back();
    if (last.state == s && last.wait == w && last.obj == obj) return;
    last.end = seq;
    if (last.begin == seq) lane.segs.pop_back();   // zero-width: replaced at once
  }
  lane.segs.push_back(Segment{seq, kOpen, s, w, obj});
  if (s == LaneState::Done || s == LaneState::Cancelled || s == LaneState::Failed) {
    lane.ended = seq;
    lane.segs.back().end = seq + 1;
  }
}

void TraceIndex::close_span(std::vector<Span>& v, uint64_t seq) {
  if (!v.empty() && v.back().end == kOpen) v.back().end = seq;
}

Counter* TraceIndex::counter_for(uint32_t obj) {
  auto it = std::lower_bound(counter_slot_.begin(), counter_slot_.end(), std::make_pair(obj, size_t{0}));
  if (it != counter_slot_.end() && it->first == obj) return &counters_[it->second];
  return nullptr;
}

void TraceIndex::bump(Counter& c, uint64_t seq, int64_t delta) {
  int64_t v = (c.value.empty() ? 0 : c.value.back()) + delta;
  if (!c.seq.empty() && c.seq.back() == seq) {
    c.value.back() = v;
  } else {
    c.seq.push_back(seq);
    c.value.push_back(v);
  }
  c.max_value = std::max(c.max_value, v);
}

void TraceIndex::add_marker(const Marker& m) {
  markers_.push_back(m);
  size_t slot = 0;
  if (m.lane_task && m.lane_task < task_slot_.size()) slot = task_slot_[m.lane_task];
  if (lane_markers_.size() <= slot) lane_markers_.resize(slot + 1);
  lane_markers_[slot].push_back(m);
}

void TraceIndex::extend(const TraceSource& src) {
  const uint64_t n = src.size();
  // Grow geometrically: a live run extends by a few hundred events a frame,
  // and reserve(n) would reallocate (copy everything indexed) every time.
  if (times_.capacity() < n) {
    times_.reserve(std::max<uint64_t>(n, times_.capacity() * 2));
    lane_.reserve(times_.capacity());
  }
  for (uint64_t seq = times_.size(); seq < n; ++seq) {
    const Event& e = src.event(seq);
    times_.push_back(e.time);
    // While a worker thread runs, what happens is on its lane.
    uint32_t lane = thread_running_ && e.task == 0 ? thread_running_ : e.task;
    if (e.cause != 0 && e.cause - 1 < seq) links_.push_back(Link{e.cause - 1, seq});
    switch (e.kind) {
      case EventKind::Name: {
        auto key = std::make_pair(e.obj, std::string());
        auto it = std::lower_bound(names_.begin(), names_.end(), key);
        std::string name(src.str(e.arg));
        if (it != names_.end() && it->first == e.obj) it->second = name;
        else names_.insert(it, {e.obj, name});
        if (TaskLane* t = lane_for(e.obj)) t->name = name;
        for (Counter& c : counters_)
          if (c.obj == e.obj) c.name = name;
        break;
      }
      case EventKind::TaskCreated: {
        uint32_t id = e.obj ? e.obj : e.task;
        if (id >= task_slot_.size()) task_slot_.resize(id + 1, 0);
        if (task_slot_[id] == 0) {
          TaskLane t;
          t.id = id;
          t.coro = std::string(src.str(e.arg));
          std::string given = object_name(id);
          t.name = given.empty() ? prefixed("Task-", tasks_.size() + 1) : given;
          t.created = seq;
          t.color = tasks_.size();
          tasks_.push_back(std::move(t));
          task_slot_[id] = static_cast<uint32_t>(tasks_.size());
        }
        set_state(*lane_for(id), seq, LaneState::Ready, trace::WaitKind::None, 0);
        lane = id;
        break;
      }
      case EventKind::HandleScheduled: {
        auto hk = static_cast<trace::HandleKind>(e.aux);
        if ((hk == trace::HandleKind::TaskStep || hk == trace::HandleKind::TaskWakeup) && e.task) {
          if (TaskLane* t = lane_for(e.task)) {
            if (!t->segs.empty() && t->segs.back().state == LaneState::Running) {
              ready_pending_.push_back(e.task);   // e.g. sleep(0): rescheduled from inside its step
            } else if (t->ended == kOpen) {
              set_state(*t, seq, LaneState::Ready, trace::WaitKind::None, 0);
            }
          }
        }
        lane = 0;
        break;
      }
      case EventKind::TaskStepBegin:
        if (TaskLane* t = lane_for(e.task)) set_state(*t, seq, LaneState::Running, trace::WaitKind::None, 0);
        break;
      case EventKind::TaskStepEnd:
        if (TaskLane* t = lane_for(e.task)) {
          auto pend = std::find(ready_pending_.begin(), ready_pending_.end(), e.task);
          bool rescheduled = pend != ready_pending_.end();
          if (rescheduled) ready_pending_.erase(pend);
          switch (e.step_end()) {
            case trace::StepEnd::Suspended:
              if (rescheduled || e.wait_kind() == trace::WaitKind::Yield)
                set_state(*t, seq, LaneState::Ready, trace::WaitKind::None, 0);
              else
                set_state(*t, seq, LaneState::Waiting, e.wait_kind(), e.obj);
              break;
            case trace::StepEnd::Returned: set_state(*t, seq, LaneState::Done, {}, 0); break;
            case trace::StepEnd::Raised: set_state(*t, seq, LaneState::Failed, {}, 0); break;
            case trace::StepEnd::Cancelled: set_state(*t, seq, LaneState::Cancelled, {}, 0); break;
          }
        }
        break;
      case EventKind::IterationBegin:
        close_span(iters_, seq);
        close_span(phases_, seq);
        close_span(callbacks_, seq);
        iters_.push_back(Span{seq, kOpen, e.iter, 0, 0});
        lane = 0;
        break;
      case EventKind::PhaseComputeTimeout:
      case EventKind::PhasePollIO:
      case EventKind::PhaseDueTimers:
      case EventKind::PhaseRunReady:
        close_span(phases_, seq);
        close_span(callbacks_, seq);
        phases_.push_back(Span{seq, kOpen, static_cast<uint32_t>(e.kind), 0, 0});
        lane = 0;
        break;
      case EventKind::HandleRun: {
        close_span(callbacks_, seq);
        callbacks_.push_back(Span{seq, kOpen, e.obj, e.task, 0});
        lane = 0;
        break;
      }
      case EventKind::LoopStop:
      case EventKind::ProgramEnd:
        close_span(iters_, seq + 1);
        close_span(phases_, seq + 1);
        close_span(callbacks_, seq + 1);
        lane = 0;
        break;
      case EventKind::TimerScheduled:
        add_marker(Marker{seq, MarkerKind::TimerSet, e.task});
        break;
      case EventKind::TimerDue:
        add_marker(Marker{seq, MarkerKind::TimerFired, e.task});
        break;
      case EventKind::Output:
        add_marker(Marker{seq, MarkerKind::Output, lane});
        break;
      case EventKind::ExcUncaught:
        add_marker(Marker{seq, MarkerKind::Exception, e.task});
        break;
      // Worker threads (runtime/threads.h) get lanes like tasks: Running
      // while they hold the baton, Waiting while blocked (a sleep shows as
      // a timer wait), Done when they end.
      case EventKind::ThreadStart: {
        if (e.obj >= task_slot_.size()) task_slot_.resize(e.obj + 1, 0);
        if (task_slot_[e.obj] == 0) {
          TaskLane t;
          t.id = e.obj;
          t.name = "thread " + std::string(src.str(e.arg));
          t.coro = "worker thread";
          t.created = seq;
          t.color = tasks_.size();
          tasks_.push_back(std::move(t));
          task_slot_[e.obj] = static_cast<uint32_t>(tasks_.size());
        }
        set_state(*lane_for(e.obj), seq, LaneState::Ready, trace::WaitKind::None, 0);
        break;
      }
      case EventKind::ThreadRun:
        thread_running_ = e.obj;
        if (TaskLane* t = lane_for(e.obj)) set_state(*t, seq, LaneState::Running, trace::WaitKind::None, 0);
        lane = e.obj;
        break;
      case EventKind::ThreadBlock:
        if (TaskLane* t = lane_for(e.obj)) {
          auto why = static_cast<trace::ThreadWait>(e.aux);
          set_state(*t, seq, LaneState::Waiting,
                    why == trace::ThreadWait::Sleep ? trace::WaitKind::Timer : trace::WaitKind::Other, 0);
        }
        lane = e.obj;
        break;
      case EventKind::ThreadEnd:
        if (TaskLane* t = lane_for(e.obj)) set_state(*t, seq, LaneState::Done, {}, 0);
        lane = e.obj;
        break;
      case EventKind::QueueCreated:
      case EventKind::SyncCreated: {
        bool queue = e.kind == EventKind::QueueCreated;
        auto sk = static_cast<trace::SyncKind>(e.aux);
        if (!queue && sk != trace::SyncKind::Semaphore && sk != trace::SyncKind::BoundedSemaphore) break;
        Counter c;
        c.obj = e.obj;
        c.is_queue = queue;
        c.capacity = e.arg;
        c.name = object_name(e.obj);
        if (c.name.empty()) c.name = (queue ? "queue #" : "semaphore #") + std::to_string(e.obj);
        c.seq.push_back(seq);
        c.value.push_back(queue ? 0 : e.arg);
        c.max_value = std::max<int64_t>(queue ? e.arg : e.arg, 1);
        auto key = std::make_pair(e.obj, size_t{0});
        counter_slot_.insert(std::lower_bound(counter_slot_.begin(), counter_slot_.end(), key),
                             {e.obj, counters_.size()});
        counters_.push_back(std::move(c));
        break;
      }
      case EventKind::QueuePut:
        if (Counter* c = counter_for(e.obj)) bump(*c, seq, +1);
        break;
      case EventKind::QueueGet:
        if (Counter* c = counter_for(e.obj)) bump(*c, seq, -1);
        break;
      case EventKind::SyncAcquire:
        if (Counter* c = counter_for(e.obj); c && !c->is_queue) bump(*c, seq, -1);
        break;
      case EventKind::SyncRelease:
        if (Counter* c = counter_for(e.obj); c && !c->is_queue) bump(*c, seq, +1);
        break;
      default:
        break;
    }
    lane_.push_back(lane_for(lane) ? lane : 0);
  }
}

}  // namespace sandbox::gui
