// The Python face of Future and Task: methods, constructors, repr
// (base_futures._future_repr_info / base_tasks._task_repr_info).
#include "runtime/args.h"
#include "runtime/future.h"
#include "runtime/loop_object.h"
#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

Future* self_future(Args a) {
  if (a.empty() || !is_future(a[0])) vm::throw_type_error("descriptor requires a Future");
  return as_future(a[0]);
}
Task* self_task(Args a) {
  if (a.empty() || !is_task(a[0])) vm::throw_type_error("descriptor requires a Task");
  return static_cast<Task*>(as_future(a[0]));
}

Value f_result(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return self_future(a)->result(); }
Value f_exception(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return self_future(a)->exception(); }
Value f_done(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return Value::boolean(self_future(a)->done()); }
Value f_cancelled(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(self_future(a)->cancelled());
}
Value f_cancel(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Future* f = self_future(a);
  Value msg = opt_arg(a, kw, 1, "msg", Value::null());
  return Value::boolean(f->cancel(msg));
}
Value f_set_result(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  self_future(a)->set_result(need_arg(a, kw, 1, "result", "set_result"));
  return Value();
}
Value f_set_exception(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  self_future(a)->set_exception(need_arg(a, kw, 1, "exception", "set_exception"));
  return Value();
}
Value f_add_done_callback(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Future* f = self_future(a);
  const Value& fn = need_arg(a, kw, 1, "fn", "add_done_callback");
  f->add_done_callback(DoneCallback{fn, NativeCallbackRef()});
  return Value();
}
Value f_remove_done_callback(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Future* f = self_future(a);
  return Value::integer(static_cast<int64_t>(f->remove_done_callback(need_arg(a, kw, 1, "fn", "remove_done_callback"))));
}
Value f_get_loop(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return self_future(a)->rt->loop_object; }
Value f_await(vm::VM& vm, NativeFunction*, Args a, const KwArgs*) { return future_await(vm, a[0]); }
Value f_new(vm::VM&, vm::Type*, Args, const KwArgs*) {
  return new_future(future_ctor_runtime()).value();
}

Value t_get_name(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return self_task(a)->name; }
Value t_set_name(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  set_task_name(*self_task(a), need_arg(a, kw, 1, "value", "set_name"));
  return Value();
}
Value t_get_coro(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return self_task(a)->coro; }
Value t_cancelling(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::integer(self_task(a)->cancelling());
}
Value t_uncancel(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(self_task(a)->uncancel()); }
Value t_set_result(vm::VM&, NativeFunction*, Args, const KwArgs*) {
  vm::throw_runtime_error("Task does not support set_result operation");
}
Value t_set_exception(vm::VM&, NativeFunction*, Args, const KwArgs*) {
  vm::throw_runtime_error("Task does not support set_exception operation");
}
Value t_new(vm::VM&, vm::Type*, Args a, const KwArgs* kw) {
  Runtime& rt = future_ctor_runtime();
  const Value& coro = need_arg(a, kw, 0, "coro", "Task");
  Value name = kw && kw->get("name") ? *kw->get("name") : Value();
  return create_task(rt, coro, name).value();
}

// format_helpers._format_callback_source(callback, ())
std::string format_callback(vm::VM& vm, const DoneCallback& cb) {
  if (cb.native) return std::string(cb.native->describe()) + "()";
  const Value& fn = cb.fn;
  vm::Type* t = fn.type();
  if (t == vm::types().function) {
    vm::Function* f = fn.as<vm::Function>();
    std::string s = (f->qualname ? f->qualname->s : std::string("?")) + "()";
    if (f->code) s += " at " + f->code->filename + ":" + std::to_string(f->code->first_line);
    return s;
  }
  if (t == vm::types().bound_method) {
    const Value& inner = fn.as<vm::BoundMethod>()->func;
    if (inner.type() == vm::types().function) {
      vm::Function* f = inner.as<vm::Function>();
      return (f->qualname ? f->qualname->s : std::string("?")) + "()";
    }
    if (inner.type() == vm::types().native_function) return inner.as<NativeFunction>()->name + "()";
  }
  if (t == vm::types().native_function) return fn.as<NativeFunction>()->name + "()";
  return trace_repr(vm, fn);
}

std::vector<std::string> future_info(vm::VM& vm, Future& f) {
  std::vector<std::string> info;
  info.push_back(f.state == Future::State::Pending     ? "pending"
                 : f.state == Future::State::Cancelled ? "cancelled"
                                                       : "finished");
  if (f.state == Future::State::Finished) {
    if (!f.exception_value.is_none())
      info.push_back("exception=" + trace_repr(vm, f.exception_value, 200));
    else
      info.push_back("result=" + trace_repr(vm, f.result_value, 60));
  }
  if (!f.callbacks.empty()) {
    const auto& cb = f.callbacks;
    std::string s;
    if (cb.size() == 1) s = format_callback(vm, cb[0]);
    else if (cb.size() == 2) s = format_callback(vm, cb[0]) + ", " + format_callback(vm, cb[1]);
    else
      s = format_callback(vm, cb[0]) + ", <" + std::to_string(cb.size() - 2) + " more>, " +
          format_callback(vm, cb.back());
    info.push_back("cb=[" + s + "]");
  }
  return info;
}

// coroutines._format_coroutine
std::string format_coroutine(vm::VM& vm, const Task& t) {
  const Value& coro = t.coro;
  std::string name = vm.coro_qualname(coro) + "()";
  if (coro.type() == vm::types().coroutine) {
    vm::Coroutine* c = coro.as<vm::Coroutine>();
    if (c->frame) {
      // An unstarted coroutine's frame reports co_firstlineno (the def
      // line, or its first decorator).
      int line = c->state == vm::Coroutine::State::Created ? c->frame->code->first_line : c->frame->current_line();
      return name + " running at " + c->frame->code->filename + ":" + std::to_string(line);
    }
    return name + " done, defined at " + t.coro_file + ":" + std::to_string(t.coro_first_line);
  }
  if (auto* fn = dynamic_cast<AsyncFn*>(coro.as_obj())) return fn->finished ? name + " done" : name + " running";
  // Builtin awaitables without cr_running (async_generator_athrow, ...).
  if (dynamic_cast<vm::NativeCoroutine*>(coro.as_obj())) return name;
  return vm.coro_done(coro) ? name : name + " running";
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ' ';
    s += v[i];
  }
  return s;
}

}  // namespace

std::string future_repr_str(vm::VM& vm, Future& f) {
  std::vector<std::string> info = future_info(vm, f);
  if (f.is_task) {
    Task& t = static_cast<Task&>(f);
    if (t.cancelling() && !t.done()) info[0] = "cancelling";
    info.insert(info.begin() + 1, "name=" + vm.repr_str(t.name));
    info.insert(info.begin() + 2, "coro=<" + format_coroutine(vm, t) + ">");
    if (t.fut_waiter) info.insert(info.begin() + 3, "wait_for=" + future_repr_str(vm, *t.fut_waiter));
  }
  return "<" + f.type->name + " " + join(info) + ">";
}

Value future_repr(vm::VM& vm, const Value& self) { return vm::make_str(future_repr_str(vm, *as_future(self))); }
Value task_repr(vm::VM& vm, const Value& self) { return vm::make_str(future_repr_str(vm, *as_future(self))); }

void init_future_type(vm::Type* t) {
  t->new_ = f_new;
  vm::add_method(t, "result", f_result);
  vm::add_method(t, "exception", f_exception);
  vm::add_method(t, "done", f_done);
  vm::add_method(t, "cancelled", f_cancelled);
  vm::add_method(t, "cancel", f_cancel);
  vm::add_method(t, "set_result", f_set_result);
  vm::add_method(t, "set_exception", f_set_exception);
  vm::add_method(t, "add_done_callback", f_add_done_callback);
  vm::add_method(t, "remove_done_callback", f_remove_done_callback);
  vm::add_method(t, "get_loop", f_get_loop);
  vm::add_method(t, "__await__", f_await);
  vm::add_method(t, "__iter__", f_await);
}

void init_task_type(vm::Type* t) {
  t->new_ = t_new;
  vm::add_method(t, "get_name", t_get_name);
  vm::add_method(t, "set_name", t_set_name);
  vm::add_method(t, "get_coro", t_get_coro);
  vm::add_method(t, "cancelling", t_cancelling);
  vm::add_method(t, "uncancel", t_uncancel);
  vm::add_method(t, "set_result", t_set_result);
  vm::add_method(t, "set_exception", t_set_exception);
}

}  // namespace sandbox::runtime
