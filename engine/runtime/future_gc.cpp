// The collector's view of Future and Task (_asynciomodule.c's
// FutureObj_traverse/_clear/_finalize and TaskObj_*): what they own, how a
// cycle through them is broken, and what CPython logs when one is
// collected: "Future exception was never retrieved" and "Task was
// destroyed but it is pending!".
#include "runtime/future.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

void Future::gc_traverse(vm::GcVisitor& v) {
  v(result_value);
  v(exception_value);
  v(cancel_message);
  v(cancelled_exc);
  for (const DoneCallback& cb : callbacks) {
    v(cb.fn);
    gc_visit(v, cb.native);
  }
}

// The result and exception go too: a task's exception holds the task's
// frames, which hold the task.  The finalizer has logged what it had to.
void Future::gc_clear() {
  std::vector<DoneCallback> cbs;
  cbs.swap(callbacks);
  result_value = vm::Value();
  exception_value = vm::Value();
  cancelled_exc = vm::Value();
}

bool Future::gc_needs_finalize() const {
  return log_traceback && !exception_value.is_none() && rt && rt->alive;
}

void Future::gc_finalize(vm::VM&) { log_never_retrieved(*this); }

void Task::gc_traverse(vm::GcVisitor& v) {
  Future::gc_traverse(v);
  v(coro);
  v(name);
  v(task_cancel_msg);
  v(fut_waiter);
  gc_visit(v, wakeup_cb);
}

void Task::gc_clear() {
  Future::gc_clear();
  coro = vm::Value();
  fut_waiter.reset();
  wakeup_cb = NativeCallbackRef();
}

bool Task::gc_needs_finalize() const {
  return rt && rt->alive && (!done() || Future::gc_needs_finalize());
}

// TaskObj_finalize: a pending task is reported to the loop's exception
// handler (whose default logs it), then FutureObj_finalize.
void Task::gc_finalize(vm::VM& vm) {
  if (!done())
    vm.write_stderr("Task was destroyed but it is pending!\ntask: " + future_repr_str(vm, *this) + "\n");
  log_never_retrieved(*this);
}

}  // namespace sandbox::runtime
