// asyncio.timeout / timeout_at and the Timeout context manager
// (Lib/asyncio/timeouts.py as of 3.11.7: __aexit__ compares uncancel() with
// the cancelling() count seen on entry).
#include <cstdio>

#include "runtime/aio_functions.h"
#include "runtime/args.h"
#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::Value;
using Args = std::span<const Value>;

namespace {

enum class TState : uint8_t { Created, Entered, Expiring, Expired, Exited };
const char* state_name(TState s) {
  switch (s) {
    case TState::Created: return "created";
    case TState::Entered: return "active";
    case TState::Expiring: return "expiring";
    case TState::Expired: return "expired";
    case TState::Exited: return "finished";
  }
  return "?";
}

struct TimeoutObj : vm::GcObj {
  TimeoutObj(Runtime& r, Value w) : vm::GcObj(atypes().Timeout), rt(&r), when(std::move(w)) {}
  void gc_traverse(vm::GcVisitor& v) override {
    gc_visit(v, timeout_handler);
    v(task);
    v(when);
  }
  void gc_clear() override {
    timeout_handler = HandleRef();
    task.reset();
  }
  Runtime* rt;
  TState state = TState::Created;
  HandleRef timeout_handler;
  TaskRef task;
  Value when;            // None or a number
  int64_t cancelling = 0;  // the task's cancelling() on entry (3.11.7)
};

// Timeout._on_timeout
class OnTimeout final : public Handle {
 public:
  OnTimeout(vm::Ref<TimeoutObj> t, uint32_t task) : Handle(trace::HandleKind::Internal, task), t_(std::move(t)) {}
  std::string_view describe() const override { return "Timeout._on_timeout"; }
  void gc_traverse(vm::GcVisitor& v) override { v(t_); }
  void run(EventLoop&) override {
    vm::Ref<TimeoutObj> t = t_;
    t->task->cancel();
    t->state = TState::Expiring;
    t->timeout_handler = HandleRef();  // drop the reference early
  }

 protected:
  void release() override { t_ = vm::Ref<TimeoutObj>(); }

 private:
  vm::Ref<TimeoutObj> t_;
};

TimeoutObj* self_timeout(Args a) {
  if (a.empty() || a[0].type() != atypes().Timeout) vm::throw_type_error("descriptor requires a Timeout");
  return a[0].as<TimeoutObj>();
}

// Timeout.reschedule
void reschedule(vm::VM& vm, TimeoutObj* t, const Value& when) {
  if (t->state != TState::Entered) {
    if (t->state == TState::Created) vm::throw_runtime_error("Timeout has not been entered");
    vm::throw_runtime_error("Cannot change state of %s Timeout", state_name(t->state));
  }
  t->when = when;
  Runtime& rt = *t->rt;
  if (t->timeout_handler) t->timeout_handler->cancel(rt.loop);
  if (when.is_none()) {
    t->timeout_handler = HandleRef();
    return;
  }
  HandleRef h(new OnTimeout(vm::Ref<TimeoutObj>(t), t->task ? t->task->id : 0));
  if (vm.compare_bool(when, Value::real(rt.loop.time()), vm::CmpOp::Le))
    rt.loop.call_soon(h);
  else
    rt.loop.call_at(when.to_double(), h, trace::TimerKind::Timeout);
  t->timeout_handler = h;
}

Value m_when(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs*) { return self_timeout(a)->when; }
Value m_reschedule(vm::VM& vm, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  reschedule(vm, self_timeout(a), need_arg(a, kw, 1, "when", "reschedule"));
  return Value();
}
Value m_expired(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs*) {
  TState s = self_timeout(a)->state;
  return Value::boolean(s == TState::Expiring || s == TState::Expired);
}

Value m_aenter(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs*) {
  vm::Ref<TimeoutObj> t(self_timeout(a));
  return Value(new Immediate("Timeout.__aenter__", [t](vm::VM& vm) -> Value {
    if (t->state != TState::Created) vm::throw_runtime_error("Timeout has already been entered");
    Task* cur = current_task(*t->rt);
    if (!cur) vm::throw_runtime_error("Timeout should be used inside a task");
    t->state = TState::Entered;
    t->task = TaskRef(cur);
    t->cancelling = cur->cancelling();
    reschedule(vm, t.get(), t->when);
    return t.value();
  }));
}

Value m_aexit(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs*) {
  vm::Ref<TimeoutObj> t(self_timeout(a));
  Value exc_type = a.size() > 1 ? a[1] : Value();
  Value exc_val = a.size() > 2 ? a[2] : Value();
  return Value(new Immediate("Timeout.__aexit__", [t, exc_type, exc_val](vm::VM&) -> Value {
    Runtime& rt = *t->rt;
    if (t->timeout_handler) {
      t->timeout_handler->cancel(rt.loop);
      t->timeout_handler = HandleRef();
    }
    if (t->state == TState::Expiring) {
      t->state = TState::Expired;
      if (t->task->uncancel() <= t->cancelling && exc_type.is_obj() &&
          exc_type.as_obj() == static_cast<vm::Obj*>(atypes().CancelledError)) {
        // Since there are no new cancel requests, we're handling this:
        // raise TimeoutError from exc_val.
        Value e = vm::make_exception_args(vm::exc().TimeoutError, {});
        vm::ExceptionObj* eo = e.as<vm::ExceptionObj>();
        eo->cause = exc_val;
        eo->context = exc_val;
        eo->suppress_context = true;
        throw vm::PyException(e);
      }
    } else if (t->state == TState::Entered) {
      t->state = TState::Exited;
    }
    return Value();
  }));
}

Value timeout_repr(vm::VM&, const Value& self) {
  TimeoutObj* t = self.as<TimeoutObj>();
  std::string s = std::string("<Timeout [") + state_name(t->state) + "]";
  if (t->state == TState::Entered) {
    if (t->when.is_none()) {
      s += " when=None";
    } else {
      // round(when, 3)
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.3f", t->when.to_double());
      std::string r = buf;
      while (r.size() > 1 && r.back() == '0' && r[r.size() - 2] != '.') r.pop_back();
      s += " when=" + r;
    }
  }
  return vm::make_str(s + ">");
}

}  // namespace

Value aio_timeout(vm::VM& vm, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  const Value& delay = need_arg(a, kw, 0, "delay", "timeout");
  Runtime& rt = running_runtime();
  Value when = delay.is_none() ? Value() : vm.binary_op(vm::BinOp::Add, Value::real(rt.loop.time()), delay);
  return Value(new TimeoutObj(rt, when));
}

Value aio_timeout_at(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  const Value& when = need_arg(a, kw, 0, "when", "timeout_at");
  return Value(new TimeoutObj(running_runtime(), when));
}

void init_timeout_type() {
  vm::Type* t = atypes().Timeout;
  t->repr = timeout_repr;
  vm::add_method(t, "when", m_when);
  vm::add_method(t, "reschedule", m_reschedule);
  vm::add_method(t, "expired", m_expired);
  vm::add_method(t, "__aenter__", m_aenter);
  vm::add_method(t, "__aexit__", m_aexit);
}

}  // namespace sandbox::runtime
