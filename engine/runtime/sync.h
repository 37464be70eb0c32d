// asyncio.locks (CPython 3.11.7): Lock, Event, Condition, Semaphore,
// BoundedSemaphore.  Each keeps CPython's deque of waiter futures and wakes
// them the way locks.py does (_wake_up_first / _wake_up_next, FIFO-fair
// Semaphore, notified Condition waiters re-queueing for the lock), so the
// order in which tasks get through is CPython's.
//
// Every state change is recorded (SyncCreated/Acquire/Wait/Release/Notify/
// Wake, EventSet/Clear) with causes: a SyncWake points at the release, set or
// notify that completed the waiter, and the SyncAcquire that follows points
// at that wake.  Objects made for internal use (Queue's `_finished` Event)
// have trace id 0 and record nothing.
#pragma once
#include <cstdint>
#include <deque>

#include "runtime/future.h"
#include "runtime/native_coro.h"
#include "trace/event.h"
#include "vm/object.h"

namespace sandbox::runtime {

class Runtime;

// One entry of a `_waiters` deque: the future, and for the trace the task
// that waits on it.
struct SyncWaiter {
  FutureRef fut;
  uint32_t task = 0;
};

// Base of the five: trace id and the waiter deque every one of them has.
struct SyncObj : vm::GcObj {
  explicit SyncObj(vm::Type* t) : vm::GcObj(t) {}
  void gc_traverse(vm::GcVisitor& v) override {
    for (const SyncWaiter& w : waiters) v(w.fut);
  }
  void gc_clear() override {
    std::deque<SyncWaiter> old;
    old.swap(waiters);
  }
  uint32_t id = 0;                  // trace id (0 = untraced)
  std::deque<SyncWaiter> waiters;   // `_waiters`
  void remove_waiter(const Future* fut);  // `self._waiters.remove(fut)`
};

struct LockObj : SyncObj {
  explicit LockObj(vm::Type* t) : SyncObj(t) {}
  bool locked = false;
  uint32_t trace_obj = 0;  // id its events use: its own, or its Condition's
};

struct EventObj : SyncObj {
  explicit EventObj(vm::Type* t) : SyncObj(t) {}
  bool value = false;
};

struct ConditionObj : SyncObj {
  explicit ConditionObj(vm::Type* t) : SyncObj(t) {}
  void gc_traverse(vm::GcVisitor& v) override {
    SyncObj::gc_traverse(v);
    v(lock);
  }
  vm::Ref<LockObj> lock;
};

struct SemaphoreObj : SyncObj {
  explicit SemaphoreObj(vm::Type* t) : SyncObj(t) {}
  int64_t value = 1;
  int64_t bound = -1;  // BoundedSemaphore: the initial value; -1 = unbounded
};

// The Python types (created by register_sync_types).
struct SyncTypes {
  vm::Type *Lock, *Event, *Condition, *Semaphore, *BoundedSemaphore;
};
const SyncTypes& sync_types();

// --- pieces shared with queues and streams --------------------------------
// loop.create_future() for a waiter deque: the awaiting task is shown
// waiting on `kind`.
FutureRef new_waiter(Runtime& rt, trace::WaitKind kind);
// waiter.set_result(v) recorded as caused by event `cause` (the wake-up
// handle of the awaiting task points at it through the FutureResult).
void complete_waiter(Runtime& rt, Future* fut, const vm::Value& v, uint64_t cause);
// The cause field for "resumed because fut was completed": the event that
// completed it (a SyncWake, QueuePut, SockWrite...), read from the trace.
uint32_t wake_cause(Runtime& rt, const Future* fut);
uint32_t running_task_id(Runtime& rt);

// Event() for internal use (trace id 0) or a traced one.
vm::Ref<EventObj> make_event(Runtime& rt, bool traced);
void event_set(Runtime& rt, EventObj* e);
void event_clear(Runtime& rt, EventObj* e);
// `await event.wait()` as a coroutine object.
vm::Value event_wait_op(EventObj* e);

// Lock internals, shared with Condition (which exports its lock's methods).
bool lock_try_acquire(Runtime& rt, LockObj* l);              // fast path of acquire()
void lock_wake_up_first(Runtime& rt, LockObj* l, uint64_t cause);
void lock_release(Runtime& rt, LockObj* l);                  // RuntimeError if unlocked
vm::Value lock_acquire_op(LockObj* l, bool aenter);          // acquire() / __aenter__()

// Condition (lock = nullptr: a new Lock of its own, traced as the Condition).
vm::Ref<ConditionObj> make_condition(Runtime& rt, LockObj* lock);
vm::Value condition_wait_op(ConditionObj* c);
vm::Value condition_wait_for_op(ConditionObj* c, vm::Value predicate);
void condition_notify(Runtime& rt, ConditionObj* c, int64_t n);

// Semaphore / BoundedSemaphore.
bool semaphore_locked(const SemaphoreObj* s);
void semaphore_wake_up_next(Runtime& rt, SemaphoreObj* s, uint64_t cause);
void semaphore_release(Runtime& rt, SemaphoreObj* s);
vm::Value semaphore_acquire_op(SemaphoreObj* s, bool aenter);

// Registers Lock, Event, Condition, Semaphore, BoundedSemaphore in `m`.
void register_sync_types(vm::VM& vm, vm::Module& m);

bool is_cancelled_error(const vm::Value& exc);

// Records kind for a traced object (obj id != 0); returns the seq or ~0.
// (cause: a seq, ~0 = none; use rec.emit directly for an encoded cause field).
uint64_t sync_emit(Runtime& rt, trace::EventKind kind, uint32_t obj, int64_t arg = 0,
                   uint64_t cause = ~uint64_t{0}, uint32_t task = 0xffffffffu);

}  // namespace sandbox::runtime
