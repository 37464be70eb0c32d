// asyncio.Semaphore and BoundedSemaphore (locks.py 3.11.7).  FIFO-fair: a
// release hands the slot straight to the first waiter (_wake_up_next
// decrements the value for it), so a releaser that immediately re-acquires
// queues behind the waiters.
#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/sync.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

struct SemAcquire : AsyncFn {
  SemAcquire(SemaphoreObj* s, bool aenter)
      : AsyncFn(aenter ? "Semaphore.__aenter__" : "Semaphore.acquire"), sem(s), aenter(aenter) {}
  vm::Ref<SemaphoreObj> sem;
  bool aenter;
  FutureRef fut;

  Value done() { return aenter ? Value() : Value::boolean(true); }
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(sem);
    v(fut);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    SemaphoreObj* s = sem.get();
    if (state == 0) {
      if (!semaphore_locked(s)) {
        s->value -= 1;
        sync_emit(rt, EventKind::SyncAcquire, s->id, s->value);
        return Next::ret(done());
      }
      fut = new_waiter(rt, trace::WaitKind::Semaphore);
      s->waiters.push_back({fut, running_task_id(rt)});
      sync_emit(rt, EventKind::SyncWait, s->id, s->value);
      state = 1;
      return Next::await_(Value(fut.get()));
    }
    s->remove_waiter(fut.get());
    if (o.raised) {
      // Woken (value already taken for us) but cancelled: give it back.
      if (is_cancelled_error(o.value) && !fut->cancelled()) {
        s->value += 1;
        semaphore_wake_up_next(rt, s, ~uint64_t{0});
      }
      return Next::raise(o.value);
    }
    if (s->id)
      rt.rec.emit(EventKind::SyncAcquire,
                  {.obj = s->id, .arg = s->value, .cause = wake_cause(rt, fut.get())});
    if (s->value > 0) semaphore_wake_up_next(rt, s, ~uint64_t{0});
    return Next::ret(done());
  }
};

}  // namespace

// Semaphore.locked: no slot, or someone (not cancelled) is already queued.
bool semaphore_locked(const SemaphoreObj* s) {
  if (s->value == 0) return true;
  for (const SyncWaiter& w : s->waiters)
    if (!w.fut->cancelled()) return true;
  return false;
}

void semaphore_wake_up_next(Runtime& rt, SemaphoreObj* s, uint64_t cause) {
  for (const SyncWaiter& w : s->waiters) {
    if (w.fut->done()) continue;
    s->value -= 1;
    FutureRef fut = w.fut;
    uint64_t wake = cause;
    if (s->id)
      wake = rt.rec.emit(EventKind::SyncWake, {.task = w.task, .obj = s->id, .arg = s->value,
                                               .cause = EventLoop::cause_field(cause)});
    complete_waiter(rt, fut.get(), Value::boolean(true), wake);
    return;
  }
}

void semaphore_release(Runtime& rt, SemaphoreObj* s) {
  if (s->bound >= 0 && s->value >= s->bound)
    vm::throw_value_error("BoundedSemaphore released too many times");
  s->value += 1;
  uint64_t seq = sync_emit(rt, EventKind::SyncRelease, s->id, s->value);
  semaphore_wake_up_next(rt, s, seq);
}

Value semaphore_acquire_op(SemaphoreObj* s, bool aenter) { return Value(new SemAcquire(s, aenter)); }

}  // namespace sandbox::runtime
