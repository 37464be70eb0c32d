// What the five primitives of locks.py (and queues.py) share: waiter futures,
// completing them with a cause, and recording events.
#include <algorithm>

#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/sync.h"
#include "vm/vm.h"

namespace sandbox::runtime {

void SyncObj::remove_waiter(const Future* fut) {
  auto it = std::find_if(waiters.begin(), waiters.end(),
                         [&](const SyncWaiter& w) { return w.fut.get() == fut; });
  if (it != waiters.end()) waiters.erase(it);
}

FutureRef new_waiter(Runtime& rt, trace::WaitKind kind) {
  FutureRef f = new_future(rt, trace::FutureKind::Waiter);
  f->wait_kind = kind;
  return f;
}

void complete_waiter(Runtime& rt, Future* fut, const vm::Value& v, uint64_t cause) {
  uint64_t saved = rt.loop.cause();
  if (cause != ~uint64_t{0}) rt.loop.set_cause(cause);
  fut->set_result(v);
  rt.loop.set_cause(saved);
}

uint32_t wake_cause(Runtime& rt, const Future* fut) {
  uint64_t s = fut->done_seq;
  // Events before first_kept() may have been discarded (trace streaming).
  if (s == ~uint64_t{0} || s >= rt.rec.trace().size() || s < rt.rec.trace().first_kept()) return 0;
  return rt.rec.trace()[s].cause;
}

bool is_cancelled_error(const vm::Value& exc) {
  return exc.is_obj() && vm::is_subtype(exc.type(), atypes().CancelledError);
}

uint64_t sync_emit(Runtime& rt, trace::EventKind kind, uint32_t obj, int64_t arg, uint64_t cause,
                   uint32_t task) {
  if (obj == 0) return ~uint64_t{0};
  return rt.rec.emit(kind, {.task = task, .obj = obj, .arg = arg,
                            .cause = EventLoop::cause_field(cause)});
}

uint32_t running_task_id(Runtime& rt) { return rt.rec.task(); }

}  // namespace sandbox::runtime
