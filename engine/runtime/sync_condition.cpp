// asyncio.Condition (locks.py 3.11.7).  wait() releases the lock, waits to
// be notified, then queues for the lock again like any acquire(): notified
// waiters therefore run only after the notifier releases the lock.
#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/sync.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

// Condition.wait
struct CondWait : AsyncFn {
  explicit CondWait(ConditionObj* c) : AsyncFn("Condition.wait"), cond(c) {}
  vm::Ref<ConditionObj> cond;
  FutureRef fut, lock_fut;
  Value pending = Value::null();  // exception of the inner try, re-raised after the finally
  bool cancelled = false;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(cond);
    v(fut);
    v(lock_fut);
    v(pending);
  }

  // The `while True: try: await self.acquire()` loop of the finally clause.
  Next reacquire(Runtime& rt) {
    LockObj* l = cond->lock.get();
    if (lock_try_acquire(rt, l)) return finish();
    lock_fut = new_waiter(rt, trace::WaitKind::Condition);
    l->waiters.push_back({lock_fut, running_task_id(rt)});
    if (l->trace_obj) rt.rec.emit(EventKind::SyncWait, {.obj = l->trace_obj});
    state = 2;
    return Next::await_(Value(lock_fut.get()));
  }

  Next finish() {
    if (cancelled) return Next::raise(vm::make_exception_args(atypes().CancelledError, {}));
    if (!pending.is_null()) return Next::raise(pending);
    return Next::ret(Value::boolean(true));
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    ConditionObj* c = cond.get();
    LockObj* l = c->lock.get();
    switch (state) {
      case 0: {
        if (!l->locked) vm::throw_runtime_error("cannot wait on un-acquired lock");
        lock_release(rt, l);
        fut = new_waiter(rt, trace::WaitKind::Condition);
        c->waiters.push_back({fut, running_task_id(rt)});
        sync_emit(rt, EventKind::SyncWait, c->id);
        state = 1;
        return Next::await_(Value(fut.get()));
      }
      case 1:
        c->remove_waiter(fut.get());
        if (o.raised) pending = o.value;
        return reacquire(rt);
      default: {
        // Lock.acquire's own clean-up after its await.
        l->remove_waiter(lock_fut.get());
        if (o.raised) {
          if (!is_cancelled_error(o.value)) return Next::raise(o.value);
          if (!l->locked) lock_wake_up_first(rt, l, ~uint64_t{0});
          cancelled = true;
          return reacquire(rt);
        }
        l->locked = true;
        if (l->trace_obj)
          rt.rec.emit(EventKind::SyncAcquire, {.obj = l->trace_obj, .cause = wake_cause(rt, lock_fut.get())});
        return finish();
      }
    }
  }
};

// Condition.wait_for: `result = predicate(); while not result: await
// self.wait(); result = predicate()`.
struct CondWaitFor : AsyncFn {
  CondWaitFor(ConditionObj* c, Value p) : AsyncFn("Condition.wait_for"), cond(c), pred(std::move(p)) {}
  vm::Ref<ConditionObj> cond;
  Value pred;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(cond);
    v(pred);
  }

  Next body(vm::VM& vm, Outcome o) override {
    if (state == 1 && o.raised) return Next::raise(o.value);
    Value result = vm.call(pred, {});
    if (vm.truthy(result)) return Next::ret(result);
    state = 1;
    return Next::await_(Value(new CondWait(cond.get())));
  }
};

}  // namespace

vm::Ref<ConditionObj> make_condition(Runtime& rt, LockObj* lock) {
  vm::Ref<ConditionObj> c(new ConditionObj(sync_types().Condition));
  c->id = rt.rec.new_id();
  rt.rec.emit(EventKind::SyncCreated,
              {.obj = c->id, .arg = 0, .aux = static_cast<uint16_t>(trace::SyncKind::Condition)});
  if (lock) {
    c->lock = vm::Ref<LockObj>(lock);
  } else {
    // The lock a Condition makes for itself is shown as the Condition.
    c->lock = vm::Ref<LockObj>(new LockObj(sync_types().Lock));
    c->lock->trace_obj = c->id;
  }
  return c;
}

Value condition_wait_op(ConditionObj* c) { return Value(new CondWait(c)); }
Value condition_wait_for_op(ConditionObj* c, Value predicate) {
  return Value(new CondWaitFor(c, std::move(predicate)));
}

// Condition.notify: complete up to n waiters that are not done yet, in order.
void condition_notify(Runtime& rt, ConditionObj* c, int64_t n) {
  if (!c->lock->locked) vm::throw_runtime_error("cannot notify on un-acquired lock");
  std::vector<SyncWaiter> chosen;
  int64_t idx = 0;
  for (const SyncWaiter& w : c->waiters) {
    if (idx >= n) break;
    if (!w.fut->done()) {
      ++idx;
      chosen.push_back(w);
    }
  }
  uint64_t seq = sync_emit(rt, EventKind::SyncNotify, c->id, idx);
  for (const SyncWaiter& w : chosen) {
    uint64_t wake = seq;
    if (c->id)
      wake = rt.rec.emit(EventKind::SyncWake,
                         {.task = w.task, .obj = c->id, .cause = EventLoop::cause_field(seq)});
    complete_waiter(rt, w.fut.get(), Value::boolean(false), wake);
  }
}

}  // namespace sandbox::runtime
