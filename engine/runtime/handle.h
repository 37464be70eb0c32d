// Handle and TimerHandle (Lib/asyncio/events.py): a callback the loop will
// run once, from the ready deque (call_soon) or from the timer heap
// (call_at/call_later).  Concrete handles (task steps, done callbacks, Python
// callables, native helpers) derive from Handle and implement run().
// Python code sees a handle through a small wrapper object (loop_module.*).
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/ref.h"
#include "trace/event.h"
#include "vm/heap.h"

namespace sandbox::runtime {

class EventLoop;

// Charged to the VM heap account (vm::HeapCounted): a program can queue
// handles without bound (call_soon in a loop), as CPython queues objects.
class Handle : public RefCounted, public vm::HeapCounted {
 public:
  explicit Handle(trace::HandleKind kind = trace::HandleKind::Internal, uint32_t task = 0)
      : kind_(kind), task_(task) {}

  // Handle._run: call the callback.  Errors are the handle's business (a
  // Python callback that raises is reported like call_exception_handler).
  virtual void run(EventLoop& loop) = 0;
  // What the handle will do, for the trace ("Task.__step", "report").
  virtual std::string_view describe() const { return "callback"; }

  // Handle.cancel / TimerHandle.cancel (which also tells the loop, for the
  // cancelled-timer clean-up in _run_once).
  void cancel(EventLoop& loop);
  bool cancelled() const { return cancelled_; }
  bool is_timer() const { return is_timer_; }
  double when() const { return when_; }  // TimerHandle.when()

  uint32_t id() const { return id_; }
  trace::HandleKind kind() const { return kind_; }
  uint32_t task() const { return task_; }     // task it steps or wakes (trace)
  trace::TimerKind timer_kind() const { return timer_kind_; }
  void set_timer_kind(trace::TimerKind k) { timer_kind_ = k; }
  uint64_t scheduled_seq() const { return scheduled_seq_; }  // HandleScheduled/TimerDue seq

 protected:
  // Handle.cancel drops `_callback` and `_args`: release the references.
  virtual void release() {}
  // The collector breaks a cycle through a handle the same way.
  void gc_clear() override { release(); }

 private:
  friend class EventLoop;
  uint32_t id_ = 0;
  trace::HandleKind kind_;
  trace::TimerKind timer_kind_ = trace::TimerKind::Internal;
  uint32_t task_;
  bool cancelled_ = false;
  bool scheduled_ = false;  // TimerHandle._scheduled: still in the heap
  bool is_timer_ = false;
  double when_ = 0;
  uint64_t scheduled_seq_ = ~uint64_t{0};
};

using HandleRef = RcPtr<Handle>;

// TimerHandle.__lt__: deadlines only, so ties keep heapq's order.
struct TimerLess {
  bool operator()(const HandleRef& a, const HandleRef& b) const { return a->when() < b->when(); }
};

}  // namespace sandbox::runtime
