// asyncio.gather and _GatheringFuture, asyncio.shield (Lib/asyncio/tasks.py).
#include <unordered_map>

#include "runtime/aio_functions.h"
#include "runtime/args.h"
#include "runtime/loop_object.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::Value;

namespace {

// tasks._GatheringFuture: cancel() cancels the children instead of itself.
struct GatheringFuture final : Future {
  GatheringFuture(Runtime& rt, std::vector<FutureRef> ch)
      : Future(atypes().GatheringFuture, rt, trace::FutureKind::Gather), children(std::move(ch)) {}
  bool cancel(const Value& msg) override {
    if (done()) return false;
    bool ret = false;
    for (FutureRef& child : children)
      if (child->cancel(msg)) ret = true;
    // If any child tasks were actually cancelled, propagate the request
    // regardless of return_exceptions (issue 32684).
    if (ret) cancel_requested = true;
    return ret;
  }
  void gc_traverse(vm::GcVisitor& v) override {
    Future::gc_traverse(v);
    for (const FutureRef& c : children) v(c);
  }
  void gc_clear() override {
    Future::gc_clear();
    std::vector<FutureRef> old;
    old.swap(children);
  }
  std::vector<FutureRef> children;
  bool cancel_requested = false;
};

// gather's state shared by the children's done callbacks (the closure).
struct GatherState : RefCounted {
  vm::Ref<GatheringFuture> outer;
  std::vector<FutureRef> children;
  size_t nfuts = 0, nfinished = 0;
  bool return_exceptions = false;
  void gc_traverse(vm::GcVisitor& v) override {
    v(outer);
    for (const FutureRef& c : children) v(c);
  }
  void gc_clear() override {
    outer.reset();
    std::vector<FutureRef> old;
    old.swap(children);
  }
};

// gather.<locals>._done_callback
class GatherDone final : public NativeCallback {
 public:
  explicit GatherDone(RcPtr<GatherState> s) : state_(std::move(s)) {}
  std::string_view describe() const override { return "gather.<locals>._done_callback"; }
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, state_); }
  void call(Runtime& rt, Future& fut) override {
    GatherState& s = *state_;
    ++s.nfinished;
    GatheringFuture* outer = s.outer.get();
    if (outer == nullptr || outer->done()) {
      if (!fut.cancelled()) fut.log_traceback = false;  // mark exception retrieved
      return;
    }
    if (!s.return_exceptions) {
      if (fut.cancelled()) {
        outer->set_exception(fut.make_cancelled_error());
        return;
      }
      if (!fut.exception_value.is_none()) {
        fut.log_traceback = false;
        outer->set_exception(fut.exception_value);
        return;
      }
    }
    if (s.nfinished == s.nfuts) {
      std::vector<Value> results;
      results.reserve(s.children.size());
      for (FutureRef& c : s.children) {
        if (c->cancelled()) {
          Value msg = c->cancel_message.is_null() || c->cancel_message.is_none()
                          ? vm::make_str(std::string_view(""))
                          : c->cancel_message;
          results.push_back(vm::make_exception_args(atypes().CancelledError, {msg}));
        } else {
          c->log_traceback = false;
          results.push_back(c->exception_value.is_none() ? c->result_value : c->exception_value);
        }
      }
      if (outer->cancel_requested) {
        // The last finished child's _make_cancelled_error (as CPython, `fut`
        // is the loop variable: the last child).
        outer->set_exception(s.children.back()->make_cancelled_error());
      } else {
        outer->set_result(vm::make_list(std::move(results)));
      }
    }
    (void)rt;
  }

 private:
  RcPtr<GatherState> state_;
};

// shield.<locals>._inner_done_callback / _outer_done_callback
class ShieldInnerDone final : public NativeCallback {
 public:
  explicit ShieldInnerDone(FutureRef outer) : outer_(std::move(outer)) {}
  std::string_view describe() const override { return "shield.<locals>._inner_done_callback"; }
  void gc_traverse(vm::GcVisitor& v) override { v(outer_); }
  void call(Runtime&, Future& inner) override {
    Future& outer = *outer_;
    if (outer.cancelled()) {
      if (!inner.cancelled()) inner.log_traceback = false;
      return;
    }
    if (inner.cancelled()) {
      outer.cancel();
    } else if (!inner.exception_value.is_none()) {
      inner.log_traceback = false;
      outer.set_exception(inner.exception_value);
    } else {
      outer.set_result(inner.result_value);
    }
  }

 private:
  FutureRef outer_;
};

class ShieldOuterDone final : public NativeCallback {
 public:
  ShieldOuterDone(FutureRef inner, NativeCallbackRef inner_cb)
      : inner_(std::move(inner)), inner_cb_(std::move(inner_cb)) {}
  std::string_view describe() const override { return "shield.<locals>._outer_done_callback"; }
  void gc_traverse(vm::GcVisitor& v) override {
    v(inner_);
    gc_visit(v, inner_cb_);
  }
  void call(Runtime&, Future&) override {
    if (!inner_->done()) inner_->remove_done_callback(inner_cb_.get());
  }

 private:
  FutureRef inner_;
  NativeCallbackRef inner_cb_;
};

}  // namespace

FutureRef gather(Runtime& rt, std::span<const Value> args, bool return_exceptions) {
  if (args.empty()) {
    FutureRef outer = new_future(rt);
    outer->set_result(vm::make_list());
    return outer;
  }
  RcPtr<GatherState> state(new GatherState);
  state->return_exceptions = return_exceptions;
  NativeCallbackRef cb(new GatherDone(state));
  // arg_to_fut: identical objects (the same coroutine or future twice) share
  // one child.  Lookup only, never iterated.
  std::unordered_map<const vm::Obj*, FutureRef> arg_to_fut;
  std::vector<FutureRef> children;
  for (const Value& arg : args) {
    const vm::Obj* key = arg.is_obj() ? arg.as_obj() : nullptr;
    auto it = key ? arg_to_fut.find(key) : arg_to_fut.end();
    FutureRef fut;
    if (it == arg_to_fut.end()) {
      fut = ensure_future(rt, arg);
      ++state->nfuts;
      if (key) arg_to_fut.emplace(key, fut);
      fut->add_done_callback(cb);
    } else {
      fut = it->second;
    }
    children.push_back(fut);
  }
  state->children = children;
  vm::Ref<GatheringFuture> outer(new GatheringFuture(rt, std::move(children)));
  rt.rec.emit(trace::EventKind::FutureCreated,
              {.obj = outer->id, .aux = static_cast<uint16_t>(trace::FutureKind::Gather),
               .cause = EventLoop::cause_field(rt.loop.cause())});
  state->outer = outer;
  return FutureRef(outer.get());
}

Value aio_gather(vm::VM& vm, vm::NativeFunction*, std::span<const Value> a, const vm::KwArgs* kw) {
  bool return_exceptions = false;
  if (kw) {
    for (size_t i = 0; i < kw->size(); ++i) {
      if (kw->name(i) != "return_exceptions")
        vm::throw_type_error("gather() got an unexpected keyword argument '%.*s'",
                             static_cast<int>(kw->name(i).size()), kw->name(i).data());
    }
    if (const Value* v = kw->get("return_exceptions")) return_exceptions = vm.truthy(*v);
  }
  // Outside a running loop the children go to get_event_loop()'s loop.
  return gather(future_ctor_runtime(), a, return_exceptions).value();
}

// tasks.shield
Value aio_shield(vm::VM&, vm::NativeFunction*, std::span<const Value> a, const vm::KwArgs* kw) {
  const Value& arg = need_arg(a, kw, 0, "arg", "shield");
  Runtime& rt = running_runtime();
  FutureRef inner = ensure_future(rt, arg);
  if (inner->done()) return inner.value();
  FutureRef outer = new_future(rt, trace::FutureKind::Shield);
  NativeCallbackRef inner_cb(new ShieldInnerDone(outer));
  inner->add_done_callback(inner_cb);
  outer->add_done_callback(NativeCallbackRef(new ShieldOuterDone(inner, inner_cb)));
  return outer.value();
}

}  // namespace sandbox::runtime
