#include "runtime/future.h"

#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

// Runs one done callback: `callback(fut)` (Handle._run around it).
class CallbackHandle final : public Handle {
 public:
  CallbackHandle(Runtime& rt, DoneCallback cb, FutureRef fut)
      : Handle(cb.native ? cb.native->kind : trace::HandleKind::FutureCallback,
               cb.native ? cb.native->task : 0),
        rt_(&rt), cb_(std::move(cb)), fut_(std::move(fut)) {}

  void run(EventLoop&) override {
    if (cb_.native) {
      cb_.native->call(*rt_, *fut_);
      return;
    }
    Value f = fut_.value();
    try {
      rt_->vm.call(cb_.fn, std::span<const Value>(&f, 1));
    } catch (vm::PyException& e) {
      report_callback_exception(*rt_, cb_.fn, e.value, std::span<const Value>(&f, 1));
    }
  }
  std::string_view describe() const override {
    if (cb_.native) return cb_.native->describe();
    return "done callback";
  }
  void gc_traverse(vm::GcVisitor& v) override {
    v(cb_.fn);
    gc_visit(v, cb_.native);
    v(fut_);
  }

 protected:
  void release() override {
    cb_ = DoneCallback{};
    fut_.reset();
  }

 private:
  Runtime* rt_;
  DoneCallback cb_;
  FutureRef fut_;
};

// futures._set_result_unless_cancelled(fut, result): the sleep timer.
class SetResultUnlessCancelled final : public Handle {
 public:
  SetResultUnlessCancelled(FutureRef fut, Value result, uint32_t task)
      : Handle(trace::HandleKind::Internal, task), fut_(std::move(fut)), result_(std::move(result)) {}
  void run(EventLoop&) override {
    if (fut_->cancelled()) return;
    fut_->set_result(result_);
  }
  std::string_view describe() const override { return "_set_result_unless_cancelled"; }
  void gc_traverse(vm::GcVisitor& v) override {
    v(fut_);
    v(result_);
  }

 protected:
  void release() override {
    fut_.reset();
    result_ = Value();
  }

 private:
  FutureRef fut_;
  Value result_;
};

uint64_t current_cause(Runtime& rt) { return rt.loop.cause(); }

}  // namespace

Future::Future(vm::Type* type, Runtime& r, trace::FutureKind k) : vm::GcObj(type), rt(&r), kind(k) {
  id = r.rec.new_id();
  loop_id = r.loop.id();
  hash_seq = ++r.future_counter;
  if (k == trace::FutureKind::Sleep) wait_kind = trace::WaitKind::Timer;
  else if (k == trace::FutureKind::Gather) wait_kind = trace::WaitKind::Gather;
}

Future::~Future() {
  if (!is_task) log_never_retrieved(*this);
}

FutureRef new_future(Runtime& rt, trace::FutureKind kind) {
  FutureRef f(new Future(atypes().Future, rt, kind));
  rt.rec.emit(EventKind::FutureCreated,
              {.obj = f->id, .aux = static_cast<uint16_t>(kind),
               .cause = EventLoop::cause_field(rt.loop.cause())});
  return f;
}

bool is_future(const Value& v) {
  return v.is_obj() && vm::is_subtype(v.as_obj()->type, atypes().Future);
}

// Future._make_cancelled_error
Value Future::make_cancelled_error() {
  if (!cancelled_exc.is_none()) {
    Value e = std::move(cancelled_exc);
    cancelled_exc = Value();
    return e;
  }
  Value e = cancel_message.is_null() || cancel_message.is_none()
                ? vm::make_exception_args(atypes().CancelledError, {})
                : vm::make_exception_args(atypes().CancelledError, {cancel_message});
  return e;
}

// Future.result
Value Future::result() {
  if (state == State::Cancelled) throw vm::PyException(make_cancelled_error());
  if (state != State::Finished) vm::throw_exception(atypes().InvalidStateError, "Result is not set.");
  log_traceback = false;
  if (!exception_value.is_none()) throw vm::PyException(exception_value);
  return result_value;
}

// Future.exception
Value Future::exception() {
  if (state == State::Cancelled) throw vm::PyException(make_cancelled_error());
  if (state != State::Finished)
    vm::throw_exception(atypes().InvalidStateError, "Exception is not set.");
  log_traceback = false;
  return exception_value;
}

void Future::finish(uint64_t seq) {
  done_seq = seq;
  schedule_callbacks(seq);
}

// Future.cancel
bool Future::cancel(const Value& msg) {
  log_traceback = false;
  if (state != State::Pending) return false;
  state = State::Cancelled;
  cancel_message = msg.is_null() ? Value::null() : msg;
  uint64_t seq;
  if (cancel_message.is_null() || cancel_message.is_none())
    seq = rt->rec.emit(EventKind::FutureCancelled,
                       {.obj = id, .arg = trace::kNoString,
                        .cause = EventLoop::cause_field(current_cause(*rt))});
  else
    seq = emit_repr(*rt, EventKind::FutureCancelled, cancel_message,
                           {.obj = id, .cause = EventLoop::cause_field(current_cause(*rt))});
  finish(seq);
  return true;
}

// Future.set_result
void Future::set_result(const Value& v) {
  if (state != State::Pending) vm::throw_exception(atypes().InvalidStateError, "invalid state");
  result_value = v;
  state = State::Finished;
  uint64_t seq = emit_repr(*rt, EventKind::FutureResult, v,
                                  {.obj = id, .cause = EventLoop::cause_field(current_cause(*rt))});
  finish(seq);
}

// Future.set_exception (C version: classes are instantiated, StopIteration refused)
void Future::set_exception(const Value& exc_in) {
  if (state != State::Pending) vm::throw_exception(atypes().InvalidStateError, "invalid state");
  Value exc = exc_in;
  if (exc.is_obj() && exc.as_obj()->type == rt->vm.types.type &&
      static_cast<vm::Type*>(exc.as_obj())->is_exception) {
    exc = rt->vm.call(exc, std::span<const Value>());
    if (state != State::Pending) vm::throw_exception(atypes().InvalidStateError, "invalid state");
  }
  if (!rt->vm.isinstance(exc, rt->vm.exc.BaseException))
    vm::throw_type_error("invalid exception object");
  if (exc.type() == rt->vm.exc.StopIteration)
    vm::throw_type_error(
        "StopIteration interacts badly with generators and cannot be raised into a Future");
  exception_value = exc;
  state = State::Finished;
  uint64_t seq = emit_repr(*rt, EventKind::FutureException, exc,
                                  {.obj = id, .cause = EventLoop::cause_field(current_cause(*rt))});
  finish(seq);
  log_traceback = true;
}

// Future.__schedule_callbacks
void Future::schedule_callbacks(uint64_t cause) {
  if (callbacks.empty()) return;
  std::vector<DoneCallback> cbs = std::move(callbacks);
  callbacks.clear();
  callbacks_mem.set(callbacks.capacity() * sizeof(DoneCallback));
  FutureRef self(this);
  for (DoneCallback& cb : cbs) call_soon_on(*rt, loop_id, make_callback_handle(*rt, std::move(cb), self), cause);
}

// Future.add_done_callback
void Future::add_done_callback(DoneCallback cb) {
  if (state != State::Pending) {
    call_soon_on(*rt, loop_id, make_callback_handle(*rt, std::move(cb), FutureRef(this)));
    return;
  }
  if (cb.native == nullptr) {
    rt->rec.emit_name(EventKind::CallbackAdded, "done callback",
                      {.obj = id, .cause = EventLoop::cause_field(current_cause(*rt))});
  }
  callbacks.push_back(std::move(cb));
  callbacks_mem.set(callbacks.capacity() * sizeof(DoneCallback));
}

// Future.remove_done_callback: every entry equal to fn goes.
size_t Future::remove_done_callback(const Value& fn) {
  size_t before = callbacks.size();
  std::vector<DoneCallback> kept;
  kept.reserve(before);
  for (DoneCallback& cb : callbacks) {
    if (!cb.native && (cb.fn.is(fn) || rt->vm.eq(cb.fn, fn))) continue;
    kept.push_back(std::move(cb));
  }
  callbacks = std::move(kept);
  callbacks_mem.set(callbacks.capacity() * sizeof(DoneCallback));
  return before - callbacks.size();
}

size_t Future::remove_done_callback(const NativeCallback* target) {
  size_t before = callbacks.size();
  std::erase_if(callbacks, [&](const DoneCallback& cb) { return cb.native.get() == target; });
  return before - callbacks.size();
}

HandleRef make_callback_handle(Runtime& rt, DoneCallback cb, const FutureRef& fut) {
  return HandleRef(new CallbackHandle(rt, std::move(cb), fut));
}

HandleRef make_set_result_unless_cancelled(Runtime& rt, const FutureRef& fut, Value result) {
  Task* t = rt.loop.current_task();
  return HandleRef(new SetResultUnlessCancelled(fut, std::move(result), t ? t->id : 0));
}

// ---------------------------------------------------------------- FutureIter

FutureIter::FutureIter(FutureRef f) : vm::NativeCoroutine(atypes().FutureIter), fut(std::move(f)) {}

// Future.__await__: `if not self.done(): blocking = True; yield self` then
// `return self.result()`.
vm::ResumeResult FutureIter::send(vm::VM&, const Value&) {
  if (!yielded && !fut->done()) {
    yielded = true;
    fut->blocking = true;
    return {vm::ResumeKind::Yielded, fut.value()};
  }
  if (!fut->done()) vm::throw_runtime_error("await wasn't used with future");
  Value r = fut->result();
  return {vm::ResumeKind::Returned, r};
}

vm::ResumeResult FutureIter::throw_(vm::VM&, const Value& exc) {
  // An exception thrown in at the `yield self` propagates out of __await__.
  yielded = true;
  return {vm::ResumeKind::Raised, exc};
}

Value future_await(vm::VM&, const Value& self) {
  return Value(new FutureIter(FutureRef(as_future(self))));
}

}  // namespace sandbox::runtime
