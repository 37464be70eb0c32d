// asyncio.Lock (locks.py 3.11.7): acquire/release/_wake_up_first.
#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/sync.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

uint64_t emit_lock(Runtime& rt, EventKind kind, LockObj* l, uint32_t cause_field = 0,
                   uint32_t task = trace::Recorder::kCurrent) {
  if (l->trace_obj == 0) return ~uint64_t{0};
  return rt.rec.emit(kind, {.task = task, .obj = l->trace_obj, .cause = cause_field});
}

// Lock.acquire: the fast path when unlocked and nobody (uncancelled) waits,
// else a waiter future at the back of the deque.
struct LockAcquire : AsyncFn {
  LockAcquire(LockObj* l, bool aenter)
      : AsyncFn(aenter ? "Lock.__aenter__" : "Lock.acquire"), lock(l), aenter(aenter) {}
  vm::Ref<LockObj> lock;
  bool aenter;  // __aenter__ returns None, acquire() True
  FutureRef fut;

  Value done() { return aenter ? Value() : Value::boolean(true); }
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(lock);
    v(fut);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    LockObj* l = lock.get();
    if (state == 0) {
      if (lock_try_acquire(rt, l)) return Next::ret(done());
      fut = new_waiter(rt, trace::WaitKind::Lock);
      l->waiters.push_back({fut, running_task_id(rt)});
      emit_lock(rt, EventKind::SyncWait, l);
      state = 1;
      return Next::await_(Value(fut.get()));
    }
    // try: await fut  finally: self._waiters.remove(fut)
    l->remove_waiter(fut.get());
    if (o.raised) {
      // except CancelledError: if not self._locked: self._wake_up_first()
      if (is_cancelled_error(o.value) && !l->locked) lock_wake_up_first(rt, l, ~uint64_t{0});
      return Next::raise(o.value);
    }
    l->locked = true;
    emit_lock(rt, EventKind::SyncAcquire, l, wake_cause(rt, fut.get()));
    return Next::ret(done());
  }
};

}  // namespace

bool lock_try_acquire(Runtime& rt, LockObj* l) {
  if (l->locked) return false;
  for (const SyncWaiter& w : l->waiters)
    if (!w.fut->cancelled()) return false;
  l->locked = true;
  emit_lock(rt, EventKind::SyncAcquire, l);
  return true;
}

// Lock._wake_up_first: only the first waiter, and only if not done yet (a
// done one will take the lock, or wake the next when it sees its cancel).
void lock_wake_up_first(Runtime& rt, LockObj* l, uint64_t cause) {
  if (l->waiters.empty()) return;
  SyncWaiter& w = l->waiters.front();
  if (w.fut->done()) return;
  FutureRef fut = w.fut;
  uint64_t seq = ~uint64_t{0};
  if (l->trace_obj)
    seq = rt.rec.emit(EventKind::SyncWake,
                      {.task = w.task, .obj = l->trace_obj, .cause = EventLoop::cause_field(cause)});
  complete_waiter(rt, fut.get(), Value::boolean(true), seq);
}

void lock_release(Runtime& rt, LockObj* l) {
  if (!l->locked) vm::throw_runtime_error("Lock is not acquired.");
  l->locked = false;
  uint64_t seq = emit_lock(rt, EventKind::SyncRelease, l);
  lock_wake_up_first(rt, l, seq);
}

Value lock_acquire_op(LockObj* l, bool aenter) { return Value(new LockAcquire(l, aenter)); }

}  // namespace sandbox::runtime
