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

// The runtime of a loop about to be scheduled on (made the active one);
// BaseEventLoop._check_closed first when `check` is set.
Runtime& use_loop(Args a, bool check) {
  LoopObj* l = self_loop(a);
  if (check && loop_is_closed(*l)) vm::throw_runtime_error("Event loop is closed");
  activate_loop(*l);
  return *l->rt;
}

// Where call_soon/call_later/call_at put a handle: the EventLoop (the loop
// made active), or, while another loop runs, the parked state of this one.
Runtime& schedule_target(Args a, LoopState*& parked) {
  LoopObj* l = self_loop(a);
  if (loop_is_closed(*l)) vm::throw_runtime_error("Event loop is closed");
  parked = nullptr;
  if (!loop_is_active(*l) && l->rt->loop.is_running()) parked = &l->parked;
  else activate_loop(*l);
  return *l->rt;
}

Value wrap_handle(Runtime& rt, const HandleRef& h, bool timer, std::string source = {}) {
  auto* o = new HandleObj(timer ? atypes().TimerHandle : atypes().Handle, rt, h);
  o->source = std::move(source);
  return Value(o);
}

// A handle that only stands for a callback in an exception context.
class ContextHandle final : public Handle {
 public:
  void run(EventLoop&) override {}
};

std::vector<Value> rest(Args a, size_t from) {
  return from < a.size() ? std::vector<Value>(a.begin() + from, a.end()) : std::vector<Value>();
}

Value l_time(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::real(self_loop(a)->rt->loop.time());
}

Value l_call_soon(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  if (a.size() < 2) vm::throw_type_error("call_soon() missing 1 required positional argument: 'callback'");
  LoopState* parked;
  Runtime& rt = schedule_target(a, parked);
  std::vector<Value> args = rest(a, 2);
  HandleRef h(new PyCallHandle(rt, a[1], args));
  if (parked) rt.loop.call_soon_parked(*parked, h);
  else rt.loop.call_soon(h);
  return wrap_handle(rt, h, false, format_callback_source(rt.vm, a[1], args));
}

Value call_at_impl(Runtime& rt, LoopState* parked, double when, Args a) {
  std::vector<Value> args = rest(a, 3);
  HandleRef h(new PyCallHandle(rt, a[2], args));
  if (parked) rt.loop.call_at_parked(*parked, when, h, trace::TimerKind::CallLater);
  else rt.loop.call_at(when, h, trace::TimerKind::CallLater);
  return wrap_handle(rt, h, true, format_callback_source(rt.vm, a[2], args));
}

Value l_call_later(vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
  if (a.size() < 3) vm::throw_type_error("call_later() missing required positional arguments: 'delay' and 'callback'");
  if (a[1].is_none()) vm::throw_type_error("delay must not be None");
  LoopState* parked;
  Runtime& rt = schedule_target(a, parked);
  // self.time() + delay, with Python's own arithmetic (and its TypeError).
  Value when = vm.binary_op(vm::BinOp::Add, Value::real(rt.loop.time()), a[1]);
  return call_at_impl(rt, parked, when.to_double(), a);
}

Value l_call_at(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  if (a.size() < 3) vm::throw_type_error("call_at() missing required positional arguments: 'when' and 'callback'");
  if (a[1].is_none()) vm::throw_type_error("when cannot be None");
  LoopState* parked;
  Runtime& rt = schedule_target(a, parked);
  return call_at_impl(rt, parked, number_arg(a[1], "when"), a);
}

Value l_create_future(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return new_future(use_loop(a, false)).value();
}

Value l_create_task(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  const Value& coro = need_arg(a, kw, 1, "coro", "create_task");
  Runtime& rt = use_loop(a, true);
  Value name = kw && kw->get("name") ? *kw->get("name") : Value();
  return create_task(rt, coro, name).value();
}

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

Value handle_repr(vm::VM& vm, const Value& self) {
  HandleObj* h = self.as<HandleObj>();
  std::string s("<");
  s += h->type->name;
  if (h->handle->cancelled()) s += " cancelled";
  if (h->handle->is_timer()) s += " when=" + vm.repr_str(Value::real(h->handle->when()));
  if (!h->handle->cancelled()) {
    s += ' ';
    if (h->source.empty()) {
      s += h->handle->describe();
      s += "()";
    } else {
      s += h->source;
    }
  }
  s += '>';
  return vm::make_str(s);
}

Value loop_repr(vm::VM&, const Value& self) {
  LoopObj* l = self.as<LoopObj>();
  std::string s = std::string("<_UnixSelectorEventLoop running=") + (loop_is_running(*l) ? "True" : "False") +
                  " closed=" + (loop_is_closed(*l) ? "True" : "False") + " debug=" + (l->debug ? "True" : "False") +
                  ">";
  return vm::make_str(s);
}

}  // namespace

LoopObj::LoopObj(Runtime& r) : vm::GcObj(atypes().Loop), rt(&r) { r.loops.push_back(this); }
LoopObj::~LoopObj() {
  if (rt) std::erase(rt->loops, this);
}
HandleObj::HandleObj(vm::Type* t, Runtime& r, HandleRef h) : vm::GcObj(t), rt(&r), handle(std::move(h)) {}

Value make_loop_object(Runtime& rt) {
  init_loop_types();
  auto* l = new LoopObj(rt);
  Value v(l);
  if (rt.loop_object.is_none()) {
    // The program's first loop: the EventLoop's initial state is its own.
    rt.loop_object = v;
  } else {
    l->parked.id = rt.rec.new_id();
  }
  return v;
}

Value custom_exception_handler(Runtime& rt) {
  return rt.loop_object.is_obj() ? rt.loop_object.as<LoopObj>()->exception_handler : Value();
}

Value context_handle(Runtime& rt, std::string source) {
  return wrap_handle(rt, HandleRef(new ContextHandle()), false, std::move(source));
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
  init_loop_api_methods(l);
  vm::add_method(l, "shutdown_asyncgens", l_shutdown_asyncgens);
  vm::Type* h = atypes().Handle;
  h->repr = handle_repr;
  atypes().TimerHandle->repr = handle_repr;
  vm::add_method(h, "cancel", h_cancel);
  vm::add_method(h, "cancelled", h_cancelled);
  vm::add_method(atypes().TimerHandle, "when", h_when);
}

}  // namespace sandbox::runtime
