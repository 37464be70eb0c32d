// asyncio.Event (locks.py 3.11.7): set wakes every waiter at once, in the
// order they started waiting; wait() returns True at once when set.
#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/sync.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

struct EventWait : AsyncFn {
  explicit EventWait(EventObj* e) : AsyncFn("Event.wait"), event(e) {}
  vm::Ref<EventObj> event;
  FutureRef fut;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(event);
    v(fut);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    EventObj* e = event.get();
    if (state == 0) {
      if (e->value) return Next::ret(Value::boolean(true));
      fut = new_waiter(rt, trace::WaitKind::Event);
      e->waiters.push_back({fut, running_task_id(rt)});
      sync_emit(rt, EventKind::SyncWait, e->id);
      state = 1;
      return Next::await_(Value(fut.get()));
    }
    // try: await fut; return True  finally: self._waiters.remove(fut)
    e->remove_waiter(fut.get());
    if (o.raised) return Next::raise(o.value);
    return Next::ret(Value::boolean(true));
  }
};

}  // namespace

vm::Ref<EventObj> make_event(Runtime& rt, bool traced) {
  vm::Ref<EventObj> e(new EventObj(sync_types().Event));
  if (traced) {
    e->id = rt.rec.new_id();
    rt.rec.emit(EventKind::SyncCreated,
                {.obj = e->id, .arg = 0, .aux = static_cast<uint16_t>(trace::SyncKind::Event)});
  }
  return e;
}

void event_set(Runtime& rt, EventObj* e) {
  if (e->value) return;
  e->value = true;
  uint64_t seq = sync_emit(rt, EventKind::EventSet, e->id);
  // Copy: completing a waiter never runs Python code, but stay safe.
  std::deque<SyncWaiter> ws = e->waiters;
  for (const SyncWaiter& w : ws) {
    if (w.fut->done()) continue;
    uint64_t wake = seq;
    if (e->id)
      wake = rt.rec.emit(EventKind::SyncWake,
                         {.task = w.task, .obj = e->id, .cause = EventLoop::cause_field(seq)});
    complete_waiter(rt, w.fut.get(), Value::boolean(true), wake);
  }
}

void event_clear(Runtime& rt, EventObj* e) {
  e->value = false;
  sync_emit(rt, EventKind::EventClear, e->id);
}

Value event_wait_op(EventObj* e) { return Value(new EventWait(e)); }

}  // namespace sandbox::runtime
