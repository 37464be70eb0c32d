#include "runtime/concurrent_future.h"

#include <cmath>

#include "runtime/args.h"
#include "runtime/loop_object.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

vm::Type* conc_error_type() {
  static vm::Type* t = [] {
    vm::Type* ty = vm::make_exception_type("Error", vm::exc().Exception, "concurrent.futures._base");
    vm::incref(ty);
    return ty;
  }();
  return t;
}

vm::Type* conc_future_type() {
  static vm::Type* t = [] {
    vm::Type* ty = vm::make_type("Future", vm::types().object, "concurrent.futures._base");
    vm::incref(ty);
    return ty;
  }();
  return t;
}

// A loop by trace id: closed?  (A loop object that is gone counts as closed.)
bool loop_closed_by_id(Runtime& rt, uint32_t loop_id) {
  if (loop_id == rt.loop.id()) return rt.loop.is_closed();
  for (LoopObj* l : rt.loops)
    if (!loop_is_active(*l) && l->parked.id == loop_id) return l->parked.closed;
  return true;
}

// loop.call_soon_threadsafe(h) on the loop with trace id `loop_id`.
void call_soon_threadsafe_on(Runtime& rt, uint32_t loop_id, const HandleRef& h, uint64_t cause) {
  call_soon_on(rt, loop_id, h, cause);
  if (ThreadScheduler* s = current_threads()) s->threadsafe_call();
}

// futures._convert_future_exc
Value convert_future_exc(Runtime& rt, const Value& exc) {
  if (exc.type() == conc_cancelled_error_type()) {
    vm::Value args = rt.vm.getattr(exc, "args");
    std::vector<Value> a = rt.vm.to_vector(args);
    return rt.vm.call(Value(atypes().CancelledError), a);
  }
  return exc;
}

// futures._copy_future_state(source=conc, dest=asyncio future)
void copy_future_state(Runtime& rt, ConcFuture& source, Future& dest) {
  if (dest.cancelled()) return;
  if (source.cancelled()) {
    dest.cancel();
    return;
  }
  if (!source.exception_value.is_none()) dest.set_exception(convert_future_exc(rt, source.exception_value));
  else dest.set_result(source.result_value);
}

// futures._set_concurrent_future_state(concurrent, source=asyncio future)
void set_concurrent_future_state(Runtime& rt, ConcFuture& conc, Future& source) {
  if (source.cancelled()) conc.cancel();
  if (!conc.set_running_or_notify_cancel()) return;
  // source.exception() retrieves it: no "exception was never retrieved".
  Value exc = source.exception();
  if (!exc.is_none()) conc.set_exception(convert_future_exc(rt, exc));
  else conc.set_result(source.result());
}

// _chain_future's `_set_state(destination, source)` sent to the
// destination's loop by call_soon_threadsafe.
class SetStateHandle final : public Handle {
 public:
  SetStateHandle(Runtime& rt, FutureRef dest, ConcFutureRef source)
      : Handle(trace::HandleKind::FutureCallback, dest->is_task ? dest->id : 0), rt_(&rt),
        dest_(std::move(dest)), source_(std::move(source)) {}
  void run(EventLoop& loop) override {
    if (!dest_ || !source_) return;
    // The asyncio future finishes because the worker finished: its events
    // point at the worker's (the timeline's arrow from the thread lane).
    uint64_t saved = loop.cause();
    if (source_->done_seq != ~uint64_t{0}) loop.set_cause(source_->done_seq);
    copy_future_state(*rt_, *source_, *dest_);
    loop.set_cause(saved);
  }
  std::string_view describe() const override { return "_chain_future.<locals>._set_state"; }
  void gc_traverse(vm::GcVisitor& v) override {
    if (dest_) v(dest_.value());
    if (source_) v(source_.value());
  }

 protected:
  void release() override {
    dest_ = FutureRef();
    source_ = ConcFutureRef();
  }

 private:
  Runtime* rt_;
  FutureRef dest_;
  ConcFutureRef source_;
};

// `source.cancel` sent to the task's loop (run_coroutine_threadsafe's
// future was cancelled).
class CancelHandle final : public Handle {
 public:
  explicit CancelHandle(FutureRef f) : Handle(trace::HandleKind::Internal, f->is_task ? f->id : 0), fut_(std::move(f)) {}
  void run(EventLoop&) override {
    if (fut_) fut_->cancel();
  }
  std::string_view describe() const override { return "Task.cancel"; }
  void gc_traverse(vm::GcVisitor& v) override {
    if (fut_) v(fut_.value());
  }

 protected:
  void release() override { fut_ = FutureRef(); }

 private:
  FutureRef fut_;
};

// _chain_future's `_call_check_cancel` on an asyncio destination: a
// cancelled destination cancels the concurrent source (no loop of its own).
class CheckCancelCallback final : public NativeCallback {
 public:
  explicit CheckCancelCallback(ConcFutureRef s) : source_(std::move(s)) {}
  void call(Runtime&, Future& dest) override {
    if (dest.cancelled() && source_) source_->cancel();
  }
  std::string_view describe() const override { return "_chain_future.<locals>._call_check_cancel"; }
  void gc_traverse(vm::GcVisitor& v) override {
    if (source_) v(source_.value());
  }
  void gc_clear() override { source_ = ConcFutureRef(); }

 private:
  ConcFutureRef source_;
};

// _chain_future's `_call_set_state` on an asyncio source (a task of
// run_coroutine_threadsafe) with a concurrent destination: no loop on the
// destination's side, so the state is copied at once.
class SetConcStateCallback final : public NativeCallback {
 public:
  explicit SetConcStateCallback(ConcFutureRef d) : dest_(std::move(d)) {}
  void call(Runtime& rt, Future& source) override {
    if (dest_) set_concurrent_future_state(rt, *dest_, source);
  }
  std::string_view describe() const override { return "_chain_future.<locals>._call_set_state"; }
  void gc_traverse(vm::GcVisitor& v) override {
    if (dest_) v(dest_.value());
  }
  void gc_clear() override { dest_ = ConcFutureRef(); }

 private:
  ConcFutureRef dest_;
};

}  // namespace

vm::Type* conc_cancelled_error_type() {
  static vm::Type* t = [] {
    vm::Type* ty = vm::make_exception_type("CancelledError", conc_error_type(), "concurrent.futures._base");
    vm::incref(ty);
    return ty;
  }();
  return t;
}

ConcFuture::ConcFuture(Runtime& r) : vm::GcObj(conc_future_type()), rt(&r) { id = r.rec.new_id(); }

void ConcFuture::gc_traverse(vm::GcVisitor& v) {
  v(result_value);
  v(exception_value);
  for (Callback& c : callbacks) v(c.fn);
}

void ConcFuture::gc_clear() {
  result_value = Value();
  exception_value = Value();
  callbacks.clear();
}

bool is_conc_future(const Value& v) { return v.is_obj() && vm::is_subtype(v.type(), conc_future_type()); }

ConcFutureRef new_conc_future(Runtime& rt) {
  ConcFutureRef f(new ConcFuture(rt));
  rt.rec.emit(EventKind::FutureCreated, {.obj = f->id, .aux = static_cast<uint16_t>(trace::FutureKind::Internal)});
  return f;
}

void ConcFuture::notify_all() {
  ThreadScheduler* s = current_threads();
  std::vector<ThreadId> w = std::move(waiters);
  waiters.clear();
  if (s)
    for (ThreadId t : w) s->wake(t);
}

void ConcFuture::invoke_callbacks() {
  std::vector<Callback> cbs = callbacks;
  for (Callback& c : cbs) {
    switch (c.kind) {
      case CbKind::Python:
        try {
          rt->vm.call(c.fn, {Value(this)});
        } catch (vm::PyException& e) {
          // LOGGER.exception('exception calling callback for %r', future)
          rt->vm.write_stderr("exception calling callback for <Future state=" +
                              std::string(cancelled() ? "cancelled" : "finished") + ">\n" +
                              rt->vm.format_exception(e.value));
        }
        break;
      case CbKind::SetStateOnLoop: {
        // _call_set_state: the destination lives on a loop.
        Future& dest = *c.fn.as<Future>();
        if (loop_closed_by_id(*rt, dest.loop_id)) break;
        HandleRef h(new SetStateHandle(*rt, FutureRef(&dest), ConcFutureRef(this)));
        call_soon_threadsafe_on(*rt, dest.loop_id, h, done_seq);
        break;
      }
      case CbKind::CancelSourceOnLoop: {
        // _call_check_cancel: source_loop.call_soon_threadsafe(source.cancel)
        if (!cancelled()) break;
        Future& src = *c.fn.as<Future>();
        HandleRef h(new CancelHandle(FutureRef(&src)));
        call_soon_threadsafe_on(*rt, src.loop_id, h, done_seq);
        break;
      }
    }
  }
}

bool ConcFuture::cancel() {
  if (state == State::Running || state == State::Finished) return false;
  if (cancelled()) return true;
  state = State::Cancelled;
  done_seq = rt->rec.emit(EventKind::FutureCancelled, {.obj = id, .arg = -1});
  notify_all();
  invoke_callbacks();
  return true;
}

bool ConcFuture::set_running_or_notify_cancel() {
  if (state == State::Cancelled) {
    state = State::CancelledAndNotified;
    return false;
  }
  if (state == State::Pending) {
    state = State::Running;
    return true;
  }
  vm::throw_runtime_error("Future in unexpected state");
}

static const char* state_name(ConcFuture::State s) {
  switch (s) {
    case ConcFuture::State::Pending: return "PENDING";
    case ConcFuture::State::Running: return "RUNNING";
    case ConcFuture::State::Cancelled: return "CANCELLED";
    case ConcFuture::State::CancelledAndNotified: return "CANCELLED_AND_NOTIFIED";
    case ConcFuture::State::Finished: return "FINISHED";
  }
  return "?";
}

static void check_settable(ConcFuture& f) {
  if (f.done()) {
    Value exc = vm::make_exception(atypes().InvalidStateError, std::string(state_name(f.state)) + ": <Future>");
    throw vm::PyException(exc);
  }
}

void ConcFuture::set_result(const Value& v) {
  check_settable(*this);
  result_value = v;
  state = State::Finished;
  done_seq = emit_repr(*rt, EventKind::FutureResult, v, {.obj = id});
  notify_all();
  invoke_callbacks();
}

void ConcFuture::set_exception(const Value& exc) {
  check_settable(*this);
  exception_value = exc;
  state = State::Finished;
  done_seq = emit_repr(*rt, EventKind::FutureException, exc, {.obj = id});
  notify_all();
  invoke_callbacks();
}

void ConcFuture::add_done_callback(Callback cb) {
  if (!done()) {
    callbacks.push_back(std::move(cb));
    return;
  }
  std::vector<Callback> saved = std::move(callbacks);
  callbacks = {std::move(cb)};
  invoke_callbacks();
  callbacks = std::move(saved);
}

// self._condition.wait(timeout): one wait, no loop (as _base.py).  A
// timeout <= 0 does not wait (Condition.wait's non-blocking acquire).
void ConcFuture::wait(double timeout) {
  ThreadScheduler* s = current_threads();
  if (s == nullptr || (timeout >= 0 && timeout <= 0.0)) return;
  ThreadId me = s->current();
  waiters.push_back(me);
  bool woken = s->block(timeout, trace::ThreadWait::Wait);
  if (!woken) {
    for (size_t i = 0; i < waiters.size(); ++i)
      if (waiters[i] == me) {
        waiters.erase(waiters.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    if (timeout < 0)
      vm::throw_runtime_error(
          "sandbox: deadlock: this thread waits on a concurrent future that no other thread can complete");
  }
}

Value ConcFuture::result(double timeout) {
  if (cancelled()) throw vm::PyException(vm::make_exception(conc_cancelled_error_type(), ""));
  if (state != State::Finished) {
    wait(timeout);
    if (cancelled()) throw vm::PyException(vm::make_exception(conc_cancelled_error_type(), ""));
    if (state != State::Finished) throw vm::PyException(vm::make_exception(vm::exc().TimeoutError, ""));
  }
  if (!exception_value.is_none()) throw vm::PyException(exception_value);
  return result_value;
}

Value ConcFuture::exception(double timeout) {
  if (cancelled()) throw vm::PyException(vm::make_exception(conc_cancelled_error_type(), ""));
  if (state != State::Finished) {
    wait(timeout);
    if (cancelled()) throw vm::PyException(vm::make_exception(conc_cancelled_error_type(), ""));
    if (state != State::Finished) throw vm::PyException(vm::make_exception(vm::exc().TimeoutError, ""));
  }
  return exception_value;
}

void chain_to_asyncio(Runtime& rt, const ConcFutureRef& source, const FutureRef& dest) {
  (void)rt;
  dest->add_done_callback(NativeCallbackRef(new CheckCancelCallback(source)));
  source->add_done_callback({ConcFuture::CbKind::SetStateOnLoop, dest.value()});
}

namespace {

ConcFuture* self_conc(Args a) {
  if (a.empty() || !is_conc_future(a[0])) vm::throw_type_error("descriptor requires a concurrent.futures.Future");
  return a[0].as<ConcFuture>();
}

double timeout_arg(Args a, const KwArgs* kw) {
  Value t = opt_arg(a, kw, 1, "timeout");
  if (t.is_none()) return -1;
  double d = number_arg(t, "timeout");
  if (std::isnan(d)) vm::throw_value_error("Invalid value NaN (not a number)");
  // A negative timeout does not wait (Condition.wait(timeout <= 0)).
  return d < 0 ? 0 : d;
}

Value c_result(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) { return self_conc(a)->result(timeout_arg(a, kw)); }
Value c_exception(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  return self_conc(a)->exception(timeout_arg(a, kw));
}
Value c_done(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return Value::boolean(self_conc(a)->done()); }
Value c_cancelled(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return Value::boolean(self_conc(a)->cancelled()); }
Value c_running(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(self_conc(a)->state == ConcFuture::State::Running);
}
Value c_cancel(vm::VM&, NativeFunction*, Args a, const KwArgs*) { return Value::boolean(self_conc(a)->cancel()); }
Value c_set_result(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  self_conc(a)->set_result(need_arg(a, kw, 1, "result", "set_result"));
  return Value();
}
Value c_set_exception(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  self_conc(a)->set_exception(need_arg(a, kw, 1, "exception", "set_exception"));
  return Value();
}
Value c_set_running(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(self_conc(a)->set_running_or_notify_cancel());
}
Value c_add_done_callback(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  self_conc(a)->add_done_callback({ConcFuture::CbKind::Python, need_arg(a, kw, 1, "fn", "add_done_callback")});
  return Value();
}
Value c_new(vm::VM&, vm::Type*, Args, const KwArgs*) {
  Runtime* rt = current_runtime();
  if (rt == nullptr) vm::throw_runtime_error("sandbox: concurrent futures need a running program");
  return new_conc_future(*rt).value();
}

// futures.wrap_future(future, *, loop=None)
Value a_wrap_future(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  const Value& fut = need_arg(a, kw, 0, "future", "wrap_future");
  if (is_future(fut)) return fut;
  if (!is_conc_future(fut))
    throw vm::PyException(vm::make_exception(vm.exc.AssertionError,
                                             "concurrent.futures.Future is expected, got " + vm.repr_str(fut)));
  Runtime* rt;
  const Value* loop = kw ? kw->get("loop") : nullptr;
  if (loop && !loop->is_none()) {
    if (loop->type() != atypes().Loop) vm::throw_type_error("loop must be an event loop");
    rt = loop->as<LoopObj>()->rt;
    activate_loop(*loop->as<LoopObj>());
  } else {
    rt = &future_ctor_runtime();
  }
  FutureRef dest = new_future(*rt);
  chain_to_asyncio(*rt, ConcFutureRef(fut.as<ConcFuture>()), dest);
  return dest.value();
}

// The callback run_coroutine_threadsafe sends to the loop: ensure_future
// the coroutine there and chain the task to the concurrent future.
class RunCoroHandle final : public Handle {
 public:
  RunCoroHandle(Runtime& rt, Value coro, ConcFutureRef f)
      : Handle(trace::HandleKind::Internal), rt_(&rt), coro_(std::move(coro)), fut_(std::move(f)) {}
  void run(EventLoop&) override {
    if (!fut_) return;
    try {
      FutureRef task = ensure_future(*rt_, coro_);
      // _chain_future(task, future): destination callback first.
      fut_->add_done_callback({ConcFuture::CbKind::CancelSourceOnLoop, task.value()});
      task->add_done_callback(NativeCallbackRef(new SetConcStateCallback(fut_)));
    } catch (vm::PyException& e) {
      if (fut_->set_running_or_notify_cancel()) fut_->set_exception(e.value);
      report_callback_exception(*rt_, Value(), e.value);
    }
  }
  std::string_view describe() const override { return "run_coroutine_threadsafe.<locals>.callback"; }
  void gc_traverse(vm::GcVisitor& v) override {
    v(coro_);
    if (fut_) v(fut_.value());
  }

 protected:
  void release() override {
    coro_ = Value();
    fut_ = ConcFutureRef();
  }

 private:
  Runtime* rt_;
  Value coro_;
  ConcFutureRef fut_;
};

// tasks.run_coroutine_threadsafe(coro, loop)
Value a_run_coroutine_threadsafe(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  const Value& coro = need_arg(a, kw, 0, "coro", "run_coroutine_threadsafe");
  const Value& loop = need_arg(a, kw, 1, "loop", "run_coroutine_threadsafe");
  if (!vm.is_coroutine(coro) && coro.type() != vm::types().generator)
    vm::throw_type_error("A coroutine object is required");
  if (loop.type() != atypes().Loop) vm::throw_attribute_error("'%s' object has no attribute 'call_soon_threadsafe'", loop.type()->name.c_str());
  LoopObj* l = loop.as<LoopObj>();
  Runtime& rt = *l->rt;
  ConcFutureRef fut = new_conc_future(rt);
  if (loop_is_closed(*l)) vm::throw_runtime_error("Event loop is closed");
  HandleRef h(new RunCoroHandle(rt, coro, fut));
  if (loop_is_active(*l)) call_soon_threadsafe_on(rt, rt.loop.id(), h, EventLoop::kNoCause);
  else call_soon_threadsafe_on(rt, l->parked.id, h, EventLoop::kNoCause);
  return fut.value();
}

void def(vm::Module& m, const char* name, vm::NativeFn fn) {
  m.dict->set(std::string_view(name), vm::make_native(name, fn));
}

}  // namespace

void register_concurrent_types(vm::VM&, vm::Module& m) {
  static bool done = false;
  if (!done) {
    done = true;
    vm::Type* t = conc_future_type();
    t->new_ = c_new;
    vm::add_method(t, "result", c_result);
    vm::add_method(t, "exception", c_exception);
    vm::add_method(t, "done", c_done);
    vm::add_method(t, "cancelled", c_cancelled);
    vm::add_method(t, "running", c_running);
    vm::add_method(t, "cancel", c_cancel);
    vm::add_method(t, "set_result", c_set_result);
    vm::add_method(t, "set_exception", c_set_exception);
    vm::add_method(t, "set_running_or_notify_cancel", c_set_running);
    vm::add_method(t, "add_done_callback", c_add_done_callback);
  }
  def(m, "wrap_future", a_wrap_future);
  def(m, "run_coroutine_threadsafe", a_run_coroutine_threadsafe);
}

}  // namespace sandbox::runtime
