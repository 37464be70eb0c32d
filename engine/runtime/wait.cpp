// asyncio.wait / _wait, wait_for (3.11's version) and _cancel_and_wait
// (Lib/asyncio/tasks.py).
#include <algorithm>

#include "runtime/aio_functions.h"
#include "runtime/args.h"
#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::Value;

namespace {

// tasks._release_waiter(waiter, *args), as a done callback and as a timer.
void release_waiter(Future& w) {
  if (!w.done()) w.set_result(Value());
}
class ReleaseWaiterCb final : public NativeCallback {
 public:
  explicit ReleaseWaiterCb(FutureRef w) : waiter_(std::move(w)) {}
  void call(Runtime&, Future&) override { release_waiter(*waiter_); }
  std::string_view describe() const override { return "_release_waiter"; }
  void gc_traverse(vm::GcVisitor& v) override { v(waiter_); }

 private:
  FutureRef waiter_;
};
class ReleaseWaiterTimer final : public Handle {
 public:
  ReleaseWaiterTimer(FutureRef w, uint32_t task) : Handle(trace::HandleKind::Internal, task), waiter_(std::move(w)) {}
  void run(EventLoop&) override { release_waiter(*waiter_); }
  std::string_view describe() const override { return "_release_waiter"; }
  void gc_traverse(vm::GcVisitor& v) override { v(waiter_); }

 protected:
  void release() override { waiter_ = FutureRef(); }

 private:
  FutureRef waiter_;
};

uint32_t current_task_id(Runtime& rt) {
  Task* t = rt.loop.current_task();
  return t ? t->id : 0;
}

Value timeout_error_from(const Value& cause) {
  Value e = vm::make_exception_args(vm::exc().TimeoutError, {});
  vm::ExceptionObj* eo = e.as<vm::ExceptionObj>();
  eo->cause = cause;
  eo->context = cause;
  eo->suppress_context = true;
  return e;
}

// ------------------------------------------------------------------ wait

const char* kFirstCompleted = "FIRST_COMPLETED";
const char* kFirstException = "FIRST_EXCEPTION";
const char* kAllCompleted = "ALL_COMPLETED";

// _wait's closure: counter, waiter, timeout_handle.
struct WaitState : RefCounted {
  FutureRef waiter;
  HandleRef timeout_handle;
  size_t counter = 0;
  std::string return_when;
  Runtime* rt = nullptr;
  void gc_traverse(vm::GcVisitor& v) override {
    v(waiter);
    gc_visit(v, timeout_handle);
  }
  void gc_clear() override {
    waiter.reset();
    timeout_handle = HandleRef();
  }
};

// _wait.<locals>._on_completion
class OnCompletion final : public NativeCallback {
 public:
  explicit OnCompletion(RcPtr<WaitState> s) : s_(std::move(s)) {}
  std::string_view describe() const override { return "_wait.<locals>._on_completion"; }
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, s_); }
  void call(Runtime& rt, Future& f) override {
    WaitState& s = *s_;
    --s.counter;
    bool first_exc = false;
    if (s.return_when == kFirstException && !f.cancelled()) {
      f.log_traceback = false;
      first_exc = !f.exception_value.is_none();
    }
    if (s.counter == 0 || s.return_when == kFirstCompleted || first_exc) {
      if (s.timeout_handle) s.timeout_handle->cancel(rt.loop);
      if (!s.waiter->done()) s.waiter->set_result(Value());
    }
  }

 private:
  RcPtr<WaitState> s_;
};

struct Wait final : AsyncFn {
  Wait(Value f, Value t, Value rw) : AsyncFn("wait"), fs(std::move(f)), timeout(std::move(t)), return_when(std::move(rw)) {}
  Value fs, timeout, return_when;
  std::vector<FutureRef> futs;
  RcPtr<WaitState> st;
  NativeCallbackRef cb;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(fs);
    v(timeout);
    v(return_when);
    for (const FutureRef& f : futs) v(f);
    gc_visit(v, st);
    gc_visit(v, cb);
  }

  Next body(vm::VM& vm, Outcome o) override {
    if (state == 0) {
      if (is_future(fs) || vm.is_coroutine(fs))
        vm::throw_type_error("expect a list of futures, not %s", fs.type()->name.c_str());
      if (!vm.truthy(fs)) vm::throw_value_error("Set of Tasks/Futures is empty.");
      std::string rw = return_when.type() == vm::types().str ? return_when.as<vm::Str>()->s : "";
      if (rw != kFirstCompleted && rw != kFirstException && rw != kAllCompleted)
        vm::throw_value_error("Invalid return_when value: %s", vm.to_str(return_when).c_str());
      // fs = set(fs): its order depends on addresses in CPython; here it is
      // creation order (documented in ARCHITECTURE.md).
      for (const Value& v : vm.to_vector(fs)) {
        if (vm.is_coroutine(v)) vm::throw_type_error("Passing coroutines is forbidden, use tasks explicitly.");
        if (!is_future(v)) vm::throw_type_error("An asyncio.Future, a coroutine or an awaitable is required");
        FutureRef f(as_future(v));
        if (std::none_of(futs.begin(), futs.end(), [&](const FutureRef& x) { return x.get() == f.get(); }))
          futs.push_back(f);
      }
      std::sort(futs.begin(), futs.end(), [](const FutureRef& a, const FutureRef& b) { return a->hash_seq < b->hash_seq; });
      Runtime& rt = running_runtime();
      // _wait
      st = RcPtr<WaitState>(new WaitState);
      st->rt = &rt;
      st->return_when = return_when.as<vm::Str>()->s;
      st->waiter = new_future(rt, trace::FutureKind::Wait);
      if (!timeout.is_none()) {
        st->timeout_handle = HandleRef(new ReleaseWaiterTimer(st->waiter, current_task_id(rt)));
        Value when = vm.binary_op(vm::BinOp::Add, Value::real(rt.loop.time()), timeout);
        rt.loop.call_at(when.to_double(), st->timeout_handle, trace::TimerKind::Wait);
      }
      st->counter = futs.size();
      cb = NativeCallbackRef(new OnCompletion(st));
      for (FutureRef& f : futs) f->add_done_callback(cb);
      state = 1;
      return Next::await_(st->waiter.value());
    }
    // finally:
    Runtime& rt = *st->rt;
    if (st->timeout_handle) st->timeout_handle->cancel(rt.loop);
    for (FutureRef& f : futs) f->remove_done_callback(cb.get());
    if (o.raised) return Next::raise(o.value);
    Value done = vm::make_set(), pending = vm::make_set();
    for (FutureRef& f : futs) (f->done() ? done : pending).as<vm::Set>()->add(vm, f.value());
    return Next::ret(vm::make_tuple({done, pending}));
  }
};

// ------------------------------------------------------------------ wait_for

struct WaitFor final : AsyncFn {
  WaitFor(Value f, Value t) : AsyncFn("wait_for"), arg(std::move(f)), timeout(std::move(t)) {}
  Value arg, timeout;
  Runtime* rt = nullptr;
  FutureRef fut, waiter, cw_waiter;
  HandleRef timeout_handle;
  NativeCallbackRef cb, cw_cb;
  Value pending_exc;  // the CancelledError re-raised after _cancel_and_wait
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(arg);
    v(timeout);
    v(fut);
    v(waiter);
    v(cw_waiter);
    gc_visit(v, timeout_handle);
    gc_visit(v, cb);
    gc_visit(v, cw_cb);
    v(pending_exc);
  }
  enum : int { Start, PassThrough, ZeroCancelled, Waiting, CancelledCleanup, TimedOutCleanup };

  // _cancel_and_wait(fut), inlined: its first half.
  Next cancel_and_wait(int next_state) {
    cw_waiter = new_future(*rt, trace::FutureKind::WaitFor);
    cw_cb = NativeCallbackRef(new ReleaseWaiterCb(cw_waiter));
    fut->add_done_callback(cw_cb);
    state = next_state;
    fut->cancel();
    return Next::await_(cw_waiter.value());
  }
  // ... and its finally.
  void cancel_and_wait_done() { fut->remove_done_callback(cw_cb.get()); }

  // `finally: timeout_handle.cancel()` around the rest.
  Next fin(Next n) {
    if (timeout_handle) timeout_handle->cancel(rt->loop);
    return n;
  }
  Next result_or_raise() {
    try {
      return Next::ret(fut->result());
    } catch (vm::PyException& e) {
      return Next::raise(e.value);
    }
  }

  Next body(vm::VM& vm, Outcome o) override {
    switch (state) {
      case Start: {
        rt = &running_runtime();
        if (timeout.is_none()) {
          state = PassThrough;
          return Next::await_(arg);  // return await fut
        }
        if (vm.compare_bool(timeout, Value::integer(0), vm::CmpOp::Le)) {
          fut = ensure_future(*rt, arg);
          if (fut->done()) return result_or_raise();
          return cancel_and_wait(ZeroCancelled);
        }
        waiter = new_future(*rt, trace::FutureKind::WaitFor);
        timeout_handle = HandleRef(new ReleaseWaiterTimer(waiter, current_task_id(*rt)));
        Value when = vm.binary_op(vm::BinOp::Add, Value::real(rt->loop.time()), timeout);
        rt->loop.call_at(when.to_double(), timeout_handle, trace::TimerKind::WaitFor);
        cb = NativeCallbackRef(new ReleaseWaiterCb(waiter));
        fut = ensure_future(*rt, arg);
        fut->add_done_callback(cb);
        state = Waiting;
        return Next::await_(waiter.value());
      }
      case PassThrough:
        return o.raised ? Next::raise(o.value) : Next::ret(o.value);
      case ZeroCancelled: {
        cancel_and_wait_done();
        if (o.raised) return Next::raise(o.value);
        try {
          return Next::ret(fut->result());
        } catch (vm::PyException& e) {
          if (vm.isinstance(e.value, atypes().CancelledError)) return Next::raise(timeout_error_from(e.value));
          return Next::raise(e.value);
        }
      }
      case Waiting:
        if (o.raised) {
          if (!vm.isinstance(o.value, atypes().CancelledError)) return fin(Next::raise(o.value));
          if (fut->done()) return fin(result_or_raise());
          fut->remove_done_callback(cb.get());
          pending_exc = o.value;
          return cancel_and_wait(CancelledCleanup);
        }
        if (fut->done()) return fin(result_or_raise());
        fut->remove_done_callback(cb.get());
        return cancel_and_wait(TimedOutCleanup);
      case CancelledCleanup:
        cancel_and_wait_done();
        if (o.raised) return fin(Next::raise(o.value));
        return fin(Next::raise(pending_exc));
      case TimedOutCleanup:
      default:
        cancel_and_wait_done();
        if (o.raised) return fin(Next::raise(o.value));
        try {
          return fin(Next::ret(fut->result()));
        } catch (vm::PyException& e) {
          if (vm.isinstance(e.value, atypes().CancelledError)) return fin(Next::raise(timeout_error_from(e.value)));
          return fin(Next::raise(e.value));
        }
    }
  }
};

}  // namespace

Value aio_wait(vm::VM&, vm::NativeFunction*, std::span<const Value> a, const vm::KwArgs* kw) {
  const Value& fs = need_arg(a, kw, 0, "fs", "wait");
  Value timeout = kw && kw->get("timeout") ? *kw->get("timeout") : Value();
  Value rw = kw && kw->get("return_when") ? *kw->get("return_when") : vm::make_str(std::string_view(kAllCompleted));
  return Value(new Wait(fs, timeout, rw));
}

Value aio_wait_for(vm::VM&, vm::NativeFunction*, std::span<const Value> a, const vm::KwArgs* kw) {
  const Value& fut = need_arg(a, kw, 0, "fut", "wait_for");
  const Value& timeout = need_arg(a, kw, 1, "timeout", "wait_for");
  return Value(new WaitFor(fut, timeout));
}

}  // namespace sandbox::runtime
