// asyncio.Task (Lib/asyncio/tasks.py Task, as _asyncio's C Task behaves): a
// coroutine driven by the loop one step at a time.  __step sends into (or
// throws into) the coroutine; a yielded Future gets __wakeup as a done
// callback; a bare yield reschedules the step; cancellation goes through
// _must_cancel and the awaited future.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/future.h"
#include "vm/value.h"

namespace sandbox::runtime {

struct Task : Future {
  Task(Runtime& rt, vm::Value coro, vm::Value name);
  ~Task() override;

  // Task.cancel(msg): counts the request, forwards it to the awaited
  // future, or sets _must_cancel for the next step.
  bool cancel(const vm::Value& msg = vm::Value::null()) override;
  int64_t cancelling() const { return num_cancels_requested; }
  int64_t uncancel();

  // Task.__step(exc) (exc None/null = send None).
  void step(vm::Value exc);
  // Task.__wakeup(future)
  void wakeup(Future& fut);
  // call_soon(self.__step, exc)
  void schedule_step(vm::Value exc = vm::Value::null());

  std::string name_str() const;  // get_name()

  // TaskObj_traverse / TaskObj_clear / TaskObj_finalize ("Task was
  // destroyed but it is pending!").
  void gc_traverse(vm::GcVisitor& v) override;
  void gc_clear() override;
  bool gc_needs_finalize() const override;
  void gc_finalize(vm::VM& vm) override;

  vm::Value coro;                      // _coro
  vm::Value name;                      // _name (a str)
  int64_t num_cancels_requested = 0;   // _num_cancels_requested
  bool must_cancel = false;            // _must_cancel
  vm::Value task_cancel_msg = vm::Value::null();  // the C Task's task_cancel_msg
  std::string coro_file;               // co_filename / co_firstlineno (repr once done)
  int coro_first_line = 0;
  FutureRef fut_waiter;                // _fut_waiter
  NativeCallbackRef wakeup_cb;         // the bound __wakeup (one per task, like a bound method)
  std::string coro_name;               // for the trace and repr
  // _all_tasks: an intrusive list in creation order (see EventLoop).
  Task* prev_task = nullptr;
  Task* next_task = nullptr;
  bool registered = false;
  bool coro_started = false;

  // The runtime goes before this task (the task is still referenced when
  // ~Runner ends, and ~VM's collection frees it later): leave the loop's
  // list and forget the runtime, so ~Task touches neither.
  void detach_runtime();

 private:
  void unregister();
};

using TaskRef = vm::Ref<Task>;

inline bool is_task(const vm::Value& v) {
  return v.is_obj() && is_future(v) && v.as<Future>()->is_task;
}

// loop.create_task(coro, name=name): TypeError "a coroutine was expected, got X".
TaskRef create_task(Runtime& rt, const vm::Value& coro, const vm::Value& name = vm::Value());
// asyncio.create_task(coro, name=...): loop.create_task(coro) then set_name
// (so the Task-N counter advances even for named tasks, as in CPython).
TaskRef create_task_named(Runtime& rt, const vm::Value& coro, const vm::Value& name);
void set_task_name(Task& t, const vm::Value& name);

// tasks.current_task() / all_tasks() (not done, creation order).
Task* current_task(Runtime& rt);
std::vector<TaskRef> all_tasks(Runtime& rt);

// tasks.ensure_future: a Future as is, a coroutine wrapped in a Task.
FutureRef ensure_future(Runtime& rt, const vm::Value& v);

void init_task_type(vm::Type* t);
vm::Value task_repr(vm::VM& vm, const vm::Value& self);
std::string future_repr_str(vm::VM& vm, Future& f);

}  // namespace sandbox::runtime
