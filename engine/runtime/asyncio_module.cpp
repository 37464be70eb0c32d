#include "runtime/asyncio_module.h"

#include "runtime/aio_functions.h"
#include "runtime/args.h"
#include "runtime/concurrent_future.h"
#include "runtime/executor.h"
#include "runtime/loop_object.h"
#include "runtime/run.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

// rtio's parts, included unconditionally now that they exist: a
// __has_include that once failed is invisible to ccache's direct mode, which
// then keeps serving the object compiled without them.
#include "runtime/queue_module.h"
#include "runtime/stream_module.h"
#include "runtime/sync_module.h"

namespace sandbox::runtime {

using vm::Value;
using Args = std::span<const Value>;

namespace {

Value a_create_task(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  const Value& coro = need_arg(a, kw, 0, "coro", "create_task");
  Value name = kw && kw->get("name") ? *kw->get("name") : Value();
  Runtime* rt = current_runtime();
  if (!rt || !rt->loop.is_running()) {
    // get_running_loop() raises before the coroutine is wrapped (it is
    // then never awaited).
    vm::throw_runtime_error("no running event loop");
  }
  return create_task_named(*rt, coro, name).value();
}

Value a_current_task(vm::VM&, vm::NativeFunction*, Args, const vm::KwArgs*) {
  Task* t = current_task(running_runtime());
  return t ? Value(t) : Value();
}

Value a_all_tasks(vm::VM& vm, vm::NativeFunction*, Args, const vm::KwArgs*) {
  Value s = vm::make_set();
  for (TaskRef& t : all_tasks(running_runtime())) s.as<vm::Set>()->add(vm, t.value());
  return s;
}

Value a_get_running_loop(vm::VM&, vm::NativeFunction*, Args, const vm::KwArgs*) {
  return running_runtime().loop_object;
}

Value a_ensure_future(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  // tasks._ensure_future: outside a running loop, get_event_loop()'s loop.
  const Value& obj = need_arg(a, kw, 0, "coro_or_future", "ensure_future");
  if (is_future(obj)) return obj;
  return ensure_future(future_ctor_runtime(), obj).value();
}

Value a_isfuture(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  return Value::boolean(is_future(need_arg(a, kw, 0, "obj", "isfuture")));
}

Value a_iscoroutine(vm::VM& vm, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  // coroutines._COROUTINE_TYPES (3.11) still counts generators (the
  // generator-based coroutines of old).
  const Value& obj = need_arg(a, kw, 0, "obj", "iscoroutine");
  return Value::boolean(vm.is_coroutine(obj) || obj.type() == vm::types().generator);
}

void def(vm::Module& m, const char* name, vm::NativeFn fn) {
  m.dict->set(std::string_view(name), vm::make_native(name, fn));
}

}  // namespace

vm::Module* make_asyncio_module(vm::VM& vm) {
  const AsyncioTypes& t = atypes();
  init_loop_types();
  init_timeout_type();
  init_taskgroup_type();
  init_as_completed_type();
  vm::Module* m = vm::make_module("asyncio");
  auto set = [&](const char* name, Value v) { m->dict->set(std::string_view(name), std::move(v)); };
  set("Future", Value(t.Future));
  set("Task", Value(t.Task));
  set("Handle", Value(t.Handle));
  set("TimerHandle", Value(t.TimerHandle));
  set("Timeout", Value(t.Timeout));
  set("TaskGroup", Value(t.TaskGroup));
  set("CancelledError", Value(t.CancelledError));
  set("InvalidStateError", Value(t.InvalidStateError));
  set("TimeoutError", Value(vm.exc.TimeoutError));
  set("FIRST_COMPLETED", vm::make_str(std::string_view("FIRST_COMPLETED")));
  set("FIRST_EXCEPTION", vm::make_str(std::string_view("FIRST_EXCEPTION")));
  set("ALL_COMPLETED", vm::make_str(std::string_view("ALL_COMPLETED")));
  def(*m, "run", aio_run);
  def(*m, "sleep", aio_sleep);
  def(*m, "create_task", a_create_task);
  def(*m, "gather", aio_gather);
  def(*m, "shield", aio_shield);
  def(*m, "wait", aio_wait);
  def(*m, "wait_for", aio_wait_for);
  def(*m, "as_completed", aio_as_completed);
  def(*m, "timeout", aio_timeout);
  def(*m, "timeout_at", aio_timeout_at);
  def(*m, "current_task", a_current_task);
  def(*m, "all_tasks", a_all_tasks);
  def(*m, "get_running_loop", a_get_running_loop);
  def(*m, "ensure_future", a_ensure_future);
  def(*m, "isfuture", a_isfuture);
  def(*m, "iscoroutine", a_iscoroutine);
  register_loop_api(vm, *m);
  register_queue_types(vm, *m);
  register_sync_types(vm, *m);
  register_barrier_types(vm, *m);
  register_stream_types(vm, *m);
  register_concurrent_types(vm, *m);
  register_thread_api(vm, *m);
  vm.register_module(m);
  register_asyncio_submodules(vm, *m);
  return m;
}

}  // namespace sandbox::runtime
