#include "runtime/event_loop.h"

#include <algorithm>
#include <cassert>

#include "runtime/threads.h"

namespace sandbox::runtime {

using trace::EventKind;
using trace::Recorder;

namespace {
thread_local EventLoop* g_running_loop = nullptr;

// base_events._MIN_SCHEDULED_TIMER_HANDLES / _MIN_CANCELLED_TIMER_HANDLES_FRACTION
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
// base_events.MAXIMUM_SELECT_TIMEOUT
constexpr double kMaximumSelectTimeout = 24 * 3600;
}  // namespace

EventLoop* running_loop() { return g_running_loop; }
void set_running_loop(EventLoop* loop) { g_running_loop = loop; }

// Handle.cancel / TimerHandle.cancel
void Handle::cancel(EventLoop& loop) {
  if (cancelled_) return;
  if (is_timer_) loop.timer_handle_cancelled(*this);
  cancelled_ = true;
  // A timer that already fired (sleep's `finally: h.cancel()`) changes nothing visible.
  if (!is_timer_ || scheduled_) loop.record_cancel(*this);
  release();
}

EventLoop::EventLoop(Clock& clock, Recorder& rec) : clock_(&clock), rec_(&rec) {
  id_ = rec.new_id();
}

EventLoop::~EventLoop() { close(); }

void EventLoop::close() {
  closed_ = true;
  ready_.clear();
  scheduled_.clear();
  timer_cancelled_count_ = 0;
}

void EventLoop::reopen() {
  if (!closed_) return;
  closed_ = false;
  stopping_ = false;
  phase_ = LoopPhase::Begin;
  ntodo_ = 0;
  id_ = rec_->new_id();
}

void EventLoop::swap_state(LoopState& s) {
  assert(!running_);
  phase_ = LoopPhase::Begin;
  std::swap(ready_, s.ready);
  std::swap(scheduled_, s.scheduled);
  std::swap(timer_cancelled_count_, s.timer_cancelled_count);
  std::swap(stopping_, s.stopping);
  std::swap(closed_, s.closed);
  std::swap(id_, s.id);
  ntodo_ = 0;
}

void EventLoop::call_soon_parked(LoopState& s, const HandleRef& h) {
  Handle& hd = *h;
  if (hd.id_ == 0) hd.id_ = rec_->new_id();
  hd.is_timer_ = false;
  s.ready.push_back(h);
}

void EventLoop::call_at_parked(LoopState& s, double when, const HandleRef& h, trace::TimerKind kind) {
  Handle& hd = *h;
  if (hd.id_ == 0) hd.id_ = rec_->new_id();
  hd.is_timer_ = true;
  hd.when_ = when;
  hd.timer_kind_ = kind;
  s.scheduled.push(h);
  hd.scheduled_ = true;
}

// BaseEventLoop.call_soon / _call_soon: append to the ready deque (FIFO).
void EventLoop::call_soon(const HandleRef& h, uint64_t cause) {
  Handle& hd = *h;
  if (hd.id_ == 0) hd.id_ = rec_->new_id();
  hd.is_timer_ = false;
  ready_.push_back(h);
  uint64_t c = cause == kNoCause ? cause_ : cause;
  // Task steps and wake-ups (most handles) have fixed descriptions: intern
  // them once per loop instead of hashing the text for every handle.
  int64_t desc;
  size_t k = static_cast<size_t>(hd.kind_);
  if (hd.kind_ == trace::HandleKind::TaskStep || hd.kind_ == trace::HandleKind::TaskWakeup) {
    if (desc_ids_[k] < 0) desc_ids_[k] = rec_->intern(hd.describe());
    desc = desc_ids_[k];
  } else {
    desc = rec_->intern(hd.describe());
  }
  hd.scheduled_seq_ = rec_->emit(EventKind::HandleScheduled,
                                 {.task = hd.task_, .obj = hd.id_, .arg = desc,
                                  .aux = static_cast<uint16_t>(hd.kind_), .cause = cause_field(c)});
}

// BaseEventLoop.call_at: heappush(self._scheduled, timer)
void EventLoop::call_at(double when, const HandleRef& h, trace::TimerKind kind, uint64_t cause) {
  Handle& hd = *h;
  if (hd.id_ == 0) hd.id_ = rec_->new_id();
  hd.is_timer_ = true;
  hd.when_ = when;
  hd.timer_kind_ = kind;
  scheduled_.push(h);
  hd.scheduled_ = true;
  uint64_t c = cause == kNoCause ? cause_ : cause;
  hd.scheduled_seq_ = rec_->emit_d(EventKind::TimerScheduled, when,
                                   {.task = hd.task_, .obj = hd.id_,
                                    .aux = static_cast<uint16_t>(kind), .cause = cause_field(c)});
}

// BaseEventLoop._timer_handle_cancelled
void EventLoop::timer_handle_cancelled(Handle& h) {
  if (h.scheduled_) ++timer_cancelled_count_;
}

void EventLoop::record_cancel(Handle& h) {
  rec_->emit(h.is_timer_ ? EventKind::TimerCancelled : EventKind::HandleCancelled,
             {.task = h.task_, .obj = h.id_, .cause = cause_field(cause_)});
}

void EventLoop::block(double seconds, uint32_t line) {
  rec_->emit_d(EventKind::LoopBlocked, seconds, {.line = line});
  clock_->block(seconds);
  rec_->set_time(clock_->now());
}

bool EventLoop::idle_forever() const {
  if (!ready_.empty() || stopping_) return false;
  for (const HandleRef& h : scheduled_.items())
    if (!h->cancelled()) return false;
  return !(poller_ && poller_->has_pending_io());
}

// One unit of BaseEventLoop._run_once (and run_forever's stop check).
LoopStep EventLoop::step() {
  switch (phase_) {
    case LoopPhase::Begin:
      begin_iteration();
      phase_ = LoopPhase::Poll;
      if (LoopStep s = check_blocked(); s != LoopStep::Ran) return s;
      return LoopStep::Ran;
    case LoopPhase::Poll:
      // A deadlock or time limit found in Begin is re-checked here, so a
      // caller that steps again sees the same answer instead of a hang.
      if (LoopStep s = check_blocked(); s != LoopStep::Ran) return s;
      if (LoopStep s = poll_io(); s != LoopStep::Ran) return s;
      phase_ = LoopPhase::DueTimers;
      return LoopStep::Ran;
    case LoopPhase::DueTimers:
      move_due_timers();
      if (ntodo_ == 0) {
        phase_ = LoopPhase::Begin;
        if (stopping_) {
          stopping_ = false;
          return LoopStep::Stopped;
        }
        return LoopStep::Ran;
      }
      phase_ = LoopPhase::RunReady;
      return LoopStep::Ran;
    case LoopPhase::RunReady: {
      // Run one handle; cancelled ones are skipped without costing a step.
      while (ntodo_ > 0) {
        --ntodo_;
        HandleRef h = std::move(ready_.front());
        ready_.pop_front();
        if (h->cancelled()) continue;
        uint64_t seq = rec_->emit(EventKind::HandleRun,
                                  {.task = h->task(), .obj = h->id(),
                                   .cause = cause_field(h->scheduled_seq())});
        cause_ = seq;
        h->run(*this);
        cause_ = kNoCause;
        break;
      }
      if (ntodo_ == 0) {
        phase_ = LoopPhase::Begin;
        if (stopping_) {
          stopping_ = false;
          return LoopStep::Stopped;
        }
      }
      return LoopStep::Ran;
    }
  }
  return LoopStep::Ran;
}

// What select(timeout) would do if nothing else can happen: hang forever
// (no timer, no I/O) or sleep past max_time (the reference stops there too).
LoopStep EventLoop::check_blocked() const {
  // A live clock runs by itself: the run stops once it passes max_time,
  // whatever the sockets are doing.
  if (!clock_->is_virtual() && clock_->now() >= max_time) return LoopStep::TimeLimit;
  // Workers may wake the loop or have earlier wake-ups: select() decides.
  if (threads_live()) return LoopStep::Ran;
  if (timeout_ == 0 || (poller_ && poller_->has_pending_io())) return LoopStep::Ran;
  if (timeout_ < 0) return LoopStep::Deadlock;
  if (scheduled_.top()->when() > max_time) return LoopStep::TimeLimit;
  return LoopStep::Ran;
}

void EventLoop::begin_iteration() {
  ++iteration_;
  rec_->set_iteration(iteration_);
  rec_->set_time(clock_->now());
  rec_->set_task(0);
  rec_->emit(EventKind::IterationBegin, {.task = 0, .obj = id_, .line = 0});

  // _run_once: remove delayed calls that were cancelled, all at once when
  // there are many, else only from the head of the heap.
  size_t sched_count = scheduled_.size();
  if (sched_count > kMinScheduledTimerHandles &&
      static_cast<double>(timer_cancelled_count_) / static_cast<double>(sched_count) >
          kMinCancelledTimerHandlesFraction) {
    auto& items = scheduled_.items();
    std::vector<HandleRef> kept;
    kept.reserve(items.size());
    for (HandleRef& h : items) {
      if (h->cancelled())
        h->scheduled_ = false;
      else
        kept.push_back(std::move(h));
    }
    items = std::move(kept);
    scheduled_.heapify();
    timer_cancelled_count_ = 0;
  } else {
    while (!scheduled_.empty() && scheduled_.top()->cancelled()) {
      --timer_cancelled_count_;
      HandleRef h = scheduled_.pop();
      h->scheduled_ = false;
    }
  }

  timeout_ = -1;
  if (!ready_.empty() || stopping_) {
    timeout_ = 0;
  } else if (!scheduled_.empty()) {
    double when = scheduled_.top()->when();
    timeout_ = std::min(std::max(0.0, when - clock_->now()), kMaximumSelectTimeout);
  }
  rec_->emit_d(EventKind::PhaseComputeTimeout, timeout_, {.task = 0, .obj = id_, .line = 0});
}

bool EventLoop::threads_live() const { return threads_ && threads_->live() > 0; }

LoopStep EventLoop::poll_io() {
  if (threads_live()) {
    // select(): the workers run (and the clock moves to their wake-ups)
    // until the loop's deadline comes or call_soon_threadsafe wakes it.
    LoopStep s = threads_->select(timeout_, timeout_ > 0 ? scheduled_.top()->when() : 0.0);
    if (s != LoopStep::Ran) return s;
    size_t n = poller_ ? poller_->poll(*this, 0) : 0;
    rec_->set_time(clock_->now());
    rec_->emit(EventKind::PhasePollIO, {.task = 0, .obj = id_, .arg = static_cast<int64_t>(n), .line = 0});
    return LoopStep::Ran;
  }
  double timeout = timeout_;
  if (!clock_->is_virtual() && max_time < kMaximumSelectTimeout * 365) {
    // A live poller wakes up at max_time, so that the run can stop there.
    double left = std::max(0.0, max_time - clock_->now());
    if (timeout < 0 || timeout > left) timeout = left;
  }
  size_t n = poller_ ? poller_->poll(*this, timeout) : 0;
  if (n == 0 && timeout_ > 0) {
    clock_->idle(timeout_, scheduled_.top()->when());
    rec_->set_time(clock_->now());
    rec_->emit_d(EventKind::ClockAdvance, clock_->now(), {.task = 0, .obj = id_, .line = 0});
  }
  rec_->emit(EventKind::PhasePollIO,
             {.task = 0, .obj = id_, .arg = static_cast<int64_t>(n), .line = 0});
  return LoopStep::Ran;
}

void EventLoop::move_due_timers() {
  // "Handle 'later' callbacks that are ready."
  double end_time = clock_->now() + clock_->resolution();
  int64_t moved = 0;
  while (!scheduled_.empty()) {
    if (scheduled_.top()->when() >= end_time) break;
    HandleRef h = scheduled_.pop();
    h->scheduled_ = false;
    h->scheduled_seq_ = rec_->emit(EventKind::TimerDue,
                                   {.task = h->task(), .obj = h->id(),
                                    .cause = cause_field(h->scheduled_seq_), .line = 0});
    ready_.push_back(std::move(h));
    ++moved;
  }
  rec_->emit(EventKind::PhaseDueTimers, {.task = 0, .obj = id_, .arg = moved, .line = 0});
  ntodo_ = ready_.size();
  rec_->emit(EventKind::PhaseRunReady,
             {.task = 0, .obj = id_, .arg = static_cast<int64_t>(ntodo_), .line = 0});
}

}  // namespace sandbox::runtime
