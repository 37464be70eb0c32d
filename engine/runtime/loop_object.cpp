#include "runtime/loop_object.h"

#include <vector>

#include "runtime/args.h"
#include "runtime/asyncgen_hooks.h"
#include "runtime/future.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

// A Python callable with its arguments (loop.call_soon(cb, *args)).
class PyCallHandle final : public Handle {
 public:
  PyCallHandle(Runtime& rt, Value fn, std::vector<Value> args)
      : Handle(trace::HandleKind::UserCallback), rt_(&rt), fn_(std::move(fn)), args_(std::move(args)) {
    desc_ = callable_name(rt.vm, fn_);
  }
  void run(EventLoop&) override {
    Value fn = fn_;
    std::vector<Value> args = args_;
    try {
      rt_->vm.call(fn, args);
    } catch (vm::PyException& e) {
      report_callback_exception(*rt_, fn, e.value, args);
    }
  }
  std::string_view describe() const override { return desc_; }
  void gc_traverse(vm::GcVisitor& v) override {
    v(fn_);
    v(args_);
  }

  static std::string callable_name(vm::VM& vm, const Value& fn) {
    vm::Type* t = fn.type();
    if (t == vm::types().function) {
      vm::Function* f = fn.as<vm::Function>();
      return f->qualname ? f->qualname->s : "callback";
    }
    if (t == vm::types().native_function) return fn.as<NativeFunction>()->name;
    if (t == vm::types().bound_method) {
      const Value& inner = fn.as<vm::BoundMethod>()->func;
      if (inner.type() == vm::types().function && inner.as<vm::Function>()->qualname)
        return inner.as<vm::Function>()->qualname->s;
      if (inner.type() == vm::types().native_function) return inner.as<NativeFunction>()->name;
    }
    (void)vm;
    return t->name;
  }

 protected:
  void release() override {
    fn_ = Value();
    args_.clear();
  }

 private:
  Runtime* rt_;
  Value fn_;
  std::vector<Value> args_;
  std::string desc_;
};

LoopObj* self_loop(Args a) {
  if (a.empty() || a[0].type() != atypes().Loop) vm::throw_type_error("descriptor requires an event loop");
  return a[0].as<LoopObj>();
}

Value wrap_handle(Runtime& rt, const HandleRef& h, bool timer) {
  return Value(new HandleObj(timer ? atypes().TimerHandle : atypes().Handle, rt, h));
}

std::vector<Value> rest(Args a, size_t from) {
  return from < a.size() ? std::vector<Value>(a.begin() + from, a.end()) : std::vector<Value>();
}

Value l_time(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::real(self_loop(a)->rt->loop.time());
}

Value l_call_soon(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  Runtime& rt = *self_loop(a)->rt;
  if (a.size() < 2) vm::throw_type_error("call_soon() missing 1 required positional argument: 'callback'");
  HandleRef h(new PyCallHandle(rt, a[1], rest(a, 2)));
  rt.loop.call_soon(h);
  return wrap_handle(rt, h, false);
}

Value call_at_impl(Runtime& rt, double when, Args a) {
  HandleRef h(new PyCallHandle(rt, a[2], rest(a, 3)));
  rt.loop.call_at(when, h, trace::TimerKind::CallLater);
  return wrap_handle(rt, h, true);
}

Value l_call_later(vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
  Runtime& rt = *self_loop(a)->rt;
  if (a.size() < 3) vm::throw_type_error("call_later() missing required positional arguments: 'delay' and 'callback'");
  if (a[1].is_none()) vm::throw_type_error("delay must not be None");
  // self.time() + delay, with Python's own arithmetic (and its TypeError).
  Value when = vm.binary_op(vm::BinOp::Add, Value::real(rt.loop.time()), a[1]);
  return call_at_impl(rt, when.to_double(), a);
}

Value l_call_at(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  Runtime& rt = *self_loop(a)->rt;
  if (a.size() < 3) vm::throw_type_error("call_at() missing required positional arguments: 'when' and 'callback'");
  if (a[1].is_none()) vm::throw_type_error("when cannot be None");
  return call_at_impl(rt, number_arg(a[1], "when"), a);
}

Value l_create_future(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return new_future(*self_loop(a)->rt).value();
}

Value l_create_task(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Runtime& rt = *self_loop(a)->rt;
  const Value& coro = need_arg(a, kw, 1, "coro", "create_task");
  Value name = kw && kw->get("name") ? *kw->get("name") : Value();
  return create_task(rt, coro, name).value();
}

Value l_is_running(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(self_loop(a)->rt->loop.is_running());
}
Value l_is_closed(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(self_loop(a)->rt->loop.is_closed());
}
Value l_get_debug(vm::VM&, NativeFunction*, Args, const KwArgs*) { return Value::boolean(false); }
// loop.shutdown_asyncgens(): the coroutine asyncio.run's close also awaits.
Value l_shutdown_asyncgens(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return make_shutdown_asyncgens(*self_loop(a)->rt);
}

HandleObj* self_handle(Args a) {
  if (a.empty() || !vm::is_subtype(a[0].type(), atypes().Handle)) vm::throw_type_error("descriptor requires a Handle");
  return a[0].as<HandleObj>();
}
Value h_cancel(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  HandleObj* h = self_handle(a);
  h->handle->cancel(h->rt->loop);
  return Value();
}
Value h_cancelled(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(self_handle(a)->handle->cancelled());
}
Value h_when(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::real(self_handle(a)->handle->when());
}

Value handle_repr(vm::VM&, const Value& self) {
  HandleObj* h = self.as<HandleObj>();
  std::string s("<");
  s += h->type->name;
  if (h->handle->cancelled()) s += " cancelled";
  if (h->handle->is_timer()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " when=%.17g", h->handle->when());
    s += buf;
  }
  if (!h->handle->cancelled()) {
    s += ' ';
    s += h->handle->describe();
    s += "()";
  }
  s += '>';
  return vm::make_str(s);
}

Value loop_repr(vm::VM&, const Value& self) {
  LoopObj* l = self.as<LoopObj>();
  std::string s = std::string("<_UnixSelectorEventLoop running=") +
                  (l->rt->loop.is_running() ? "True" : "False") +
                  " closed=" + (l->rt->loop.is_closed() ? "True" : "False") + " debug=False>";
  return vm::make_str(s);
}

}  // namespace

LoopObj::LoopObj(Runtime& r) : vm::Obj(atypes().Loop), rt(&r) {}
HandleObj::HandleObj(vm::Type* t, Runtime& r, HandleRef h) : vm::GcObj(t), rt(&r), handle(std::move(h)) {}

Value make_loop_object(Runtime& rt) {
  init_loop_types();
  return Value(new LoopObj(rt));
}

void init_loop_types() {
  static bool done = false;
  if (done) return;
  done = true;
  vm::Type* l = atypes().Loop;
  l->repr = loop_repr;
  vm::add_method(l, "time", l_time);
  vm::add_method(l, "call_soon", l_call_soon);
  vm::add_method(l, "call_later", l_call_later);
  vm::add_method(l, "call_at", l_call_at);
  vm::add_method(l, "create_future", l_create_future);
  vm::add_method(l, "create_task", l_create_task);
  vm::add_method(l, "is_running", l_is_running);
  vm::add_method(l, "is_closed", l_is_closed);
  vm::add_method(l, "get_debug", l_get_debug);
  vm::add_method(l, "shutdown_asyncgens", l_shutdown_asyncgens);
  vm::Type* h = atypes().Handle;
  h->repr = handle_repr;
  atypes().TimerHandle->repr = handle_repr;
  vm::add_method(h, "cancel", h_cancel);
  vm::add_method(h, "cancelled", h_cancelled);
  vm::add_method(atypes().TimerHandle, "when", h_when);
}

}  // namespace sandbox::runtime
