// The Recorder: what the runtime and the VM emit events through.  It holds
// the "current" state that most events share (virtual time, loop iteration,
// running task, current line), hands out object ids in creation order, and
// appends to a Trace.  Emitting is inline and allocation-free in the common
// case (a chunk allocation every 16384 events), a few nanoseconds.
//
// Usage (runtime):
//   uint32_t t = rec.new_id();
//   rec.emit_name(EventKind::TaskCreated, "main", {.task = t, .obj = t});
//   uint64_t s = rec.emit(EventKind::HandleScheduled, {.obj = h, .aux = k});
//   ... later: rec.emit(EventKind::HandleRun, {.obj = h, .cause = Recorder::cause_of(s)});
//   rec.emit_d(EventKind::TimerScheduled, when, {.task = t, .obj = timer});
// (designated initialisers must follow the declaration order of Fields)
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "trace/event.h"
#include "trace/trace.h"

namespace sandbox::trace {

// Everything of an event except kind, time and iteration (taken from the
// recorder).  Designated initialisers keep call sites readable; they must
// follow this declaration order.  (At namespace scope, not nested in
// Recorder, so that `= {}` default arguments compile.)
inline constexpr uint32_t kCurrentField = 0xffffffffu;
struct EmitFields {
  uint32_t task = kCurrentField;  // kCurrentField = the recorder's current task
  uint32_t obj = 0;
  int64_t arg = 0;
  uint16_t aux = 0;
  uint32_t cause = 0;  // seq + 1 of the causing event; use Recorder::cause_of(seq)
  uint32_t line = kCurrentField;  // kCurrentField = the recorder's current line
};

class Recorder {
 public:
  // Field value meaning "use the recorder's current task / line".
  static constexpr uint32_t kCurrent = kCurrentField;
  // Returned by emit* when the event was not recorded (cap reached).
  static constexpr uint64_t kNotRecorded = ~uint64_t{0};

  using Fields = EmitFields;

  explicit Recorder(Trace& trace, uint64_t max_events = 50'000'000, bool record_lines = true)
      : trace_(&trace), max_events_(max_events < 1 ? 1 : max_events), record_lines_(record_lines) {}

  Trace& trace() { return *trace_; }
  const Trace& trace() const { return *trace_; }

  // --- current state -------------------------------------------------------
  double time() const { return time_; }
  void set_time(double t) { time_ = t; }
  uint32_t iteration() const { return iter_; }
  void set_iteration(uint32_t i) { iter_ = i; }
  uint32_t task() const { return task_; }
  void set_task(uint32_t t) { task_ = t; }
  uint32_t line() const { return line_; }
  void set_line(uint32_t l) { line_ = l; }

  // --- ids -----------------------------------------------------------------
  // Ids for every traced object (tasks, futures, handles, timers, queues,
  // sync primitives, sockets, loops), 1, 2, 3, ... in creation order.  0 is
  // "none".  Deterministic: never derived from addresses.
  uint32_t new_id() { return ++last_id_; }
  uint32_t last_id() const { return last_id_; }

  // cause field for "caused by the event with this seq" (0 if not recorded).
  static uint32_t cause_of(uint64_t seq) { return static_cast<uint32_t>(seq + 1); }

  // --- emitting ------------------------------------------------------------
  // Each returns the new event's seq, or kNotRecorded once the cap is hit.
  uint64_t emit(EventKind kind, const Fields& f = {}) {
    uint64_t seq = trace_->size();
    if (seq + 1 >= max_events_) [[unlikely]]
      return hit_cap();
    Event e;
    e.time = time_;
    e.arg = f.arg;
    e.iter = iter_;
    e.task = f.task == kCurrent ? task_ : f.task;
    e.obj = f.obj;
    e.cause = f.cause;
    e.line = f.line == kCurrent ? line_ : f.line;
    e.kind = kind;
    e.aux = f.aux;
    trace_->append(e);
    return seq;
  }
  // arg = a one-off string (output text, a repr, an exception message).
  uint64_t emit_str(EventKind kind, std::string_view s, Fields f = {}) {
    if (capped_) return kNotRecorded;
    f.arg = trace_->add_string(s);
    return emit(kind, f);
  }
  // arg = an interned string (names, coroutine names, callback descriptions).
  uint64_t emit_name(EventKind kind, std::string_view s, Fields f = {}) {
    if (capped_) return kNotRecorded;
    f.arg = trace_->intern(s);
    return emit(kind, f);
  }
  // arg = a double (times, timeouts).
  uint64_t emit_d(EventKind kind, double d, Fields f = {}) {
    Event tmp;
    tmp.set_arg_d(d);
    f.arg = tmp.arg;
    return emit(kind, f);
  }
  int64_t intern(std::string_view s) { return trace_->intern(s); }
  int64_t add_string(std::string_view s) { return trace_->add_string(s); }

  // The VM calls this when the running frame starts a new source line: it
  // updates the current line and records a Line event if lines are recorded.
  void on_line(uint32_t line) {
    line_ = line;
    if (record_lines_) emit(EventKind::Line, {.line = line});
  }
  bool record_lines() const { return record_lines_; }
  void set_record_lines(bool on) { record_lines_ = on; }

  // --- the cap -------------------------------------------------------------
  // After max_events - 1 events, one Limit event says so and nothing more is
  // recorded; the session then stops the run (RunState::Stopped).
  bool capped() const { return capped_; }
  uint64_t max_events() const { return max_events_; }
  static std::string cap_message(uint64_t max_events) {
    return "RuntimeError: sandbox limit: the trace is full (" + std::to_string(max_events) +
           " events, max_events, --max-events); the run stops here, the trace so far stays usable";
  }

 private:
  uint64_t hit_cap() {
    if (!capped_) {
      capped_ = true;
      Event e{};
      e.time = time_;
      e.iter = iter_;
      e.task = task_;
      e.line = line_;
      e.kind = EventKind::Limit;
      e.arg = trace_->add_string(cap_message(max_events_));
      trace_->append(e);
    }
    return kNotRecorded;
  }

  Trace* trace_;
  uint64_t max_events_;
  bool record_lines_;
  bool capped_ = false;
  double time_ = 0;
  uint32_t iter_ = 0;
  uint32_t task_ = 0;
  uint32_t line_ = 0;
  uint32_t last_id_ = 0;
};

}  // namespace sandbox::trace
