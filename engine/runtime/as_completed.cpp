// asyncio.as_completed (3.11: a generator of coroutines over a Queue of
// finished futures, Lib/asyncio/tasks.py).  The Queue is reduced to what
// as_completed uses of it: put_nowait and get with FIFO getters, with the
// same wake-ups (Queue._wakeup_next sets the first pending getter's result).
#include <algorithm>
#include <deque>

#include "runtime/aio_functions.h"
#include "runtime/args.h"
#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::Value;

namespace {

struct AsCompletedState : RefCounted {
  Runtime* rt = nullptr;
  std::vector<FutureRef> todo;      // the set `todo`, creation order
  std::deque<Value> done;           // the Queue's items (futures, or None after a timeout)
  std::deque<FutureRef> getters;    // Queue._getters
  HandleRef timeout_handle;
  NativeCallbackRef on_completion;

  void gc_traverse(vm::GcVisitor& v) override {
    for (const FutureRef& f : todo) v(f);
    for (const Value& x : done) v(x);
    for (const FutureRef& f : getters) v(f);
    gc_visit(v, timeout_handle);
    gc_visit(v, on_completion);
  }
  void gc_clear() override {
    std::vector<FutureRef> t;
    t.swap(todo);
    std::deque<Value> d;
    d.swap(done);
    std::deque<FutureRef> g;
    g.swap(getters);
    timeout_handle = HandleRef();
    on_completion = NativeCallbackRef();
  }

  // Queue.put_nowait
  void put(Value item) {
    done.push_back(std::move(item));
    wakeup_next();
  }
  // Queue._wakeup_next(self._getters)
  void wakeup_next() {
    while (!getters.empty()) {
      FutureRef w = std::move(getters.front());
      getters.pop_front();
      if (!w->done()) {
        w->set_result(Value());
        break;
      }
    }
  }
};

// as_completed.<locals>._on_completion
class OnCompletion final : public NativeCallback {
 public:
  explicit OnCompletion(RcPtr<AsCompletedState> s) : s_(std::move(s)) {}
  std::string_view describe() const override { return "as_completed.<locals>._on_completion"; }
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, s_); }
  void call(Runtime& rt, Future& f) override {
    AsCompletedState& s = *s_;
    if (s.todo.empty()) return;  // _on_timeout() was here first
    std::erase_if(s.todo, [&](const FutureRef& x) { return x.get() == &f; });
    s.put(Value(&f));
    if (s.todo.empty()) {
      if (s.timeout_handle) s.timeout_handle->cancel(rt.loop);
      s.on_completion = NativeCallbackRef();  // nothing can call it any more: break the cycle
    }
  }

 private:
  RcPtr<AsCompletedState> s_;
};

// as_completed.<locals>._on_timeout
class OnTimeout final : public Handle {
 public:
  explicit OnTimeout(RcPtr<AsCompletedState> s) : Handle(trace::HandleKind::Internal), s_(std::move(s)) {}
  std::string_view describe() const override { return "as_completed.<locals>._on_timeout"; }
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, s_); }
  void run(EventLoop&) override {
    // A timer runs once: drop the state now, or state -> timeout_handle ->
    // this -> state is a cycle that nothing frees.
    RcPtr<AsCompletedState> keep = std::move(s_);
    AsCompletedState& s = *keep;
    for (FutureRef& f : s.todo) {
      f->remove_done_callback(s.on_completion.get());
      s.put(Value());  // a dummy value for _wait_for_one()
    }
    s.todo.clear();
    s.on_completion = NativeCallbackRef();
  }

 protected:
  void release() override { s_ = RcPtr<AsCompletedState>(); }

 private:
  RcPtr<AsCompletedState> s_;
};

// as_completed.<locals>._wait_for_one: f = await done.get(); ...
struct WaitForOne final : AsyncFn {
  explicit WaitForOne(RcPtr<AsCompletedState> s) : AsyncFn("as_completed.<locals>._wait_for_one"), s_(std::move(s)) {}
  RcPtr<AsCompletedState> s_;
  FutureRef getter;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    gc_visit(v, s_);
    v(getter);
  }

  Next body(vm::VM&, Outcome o) override {
    AsCompletedState& s = *s_;
    if (state == 1) {
      // except: getter.cancel(); remove it; pass the wake-up on; raise
      if (o.raised) {
        getter->cancel();
        std::erase_if(s.getters, [&](const FutureRef& x) { return x.get() == getter.get(); });
        if (!s.done.empty() && !getter->cancelled()) s.wakeup_next();
        return Next::raise(o.value);
      }
    }
    // Queue.get: while self.empty(): wait for a put
    if (s.done.empty()) {
      getter = new_future(*s.rt, trace::FutureKind::Waiter);
      getter->wait_kind = trace::WaitKind::Queue;
      s.getters.push_back(getter);
      state = 1;
      return Next::await_(getter.value());
    }
    Value f = std::move(s.done.front());
    s.done.pop_front();
    if (f.is_none()) return Next::raise(vm::make_exception_args(vm::exc().TimeoutError, {}));
    try {
      return Next::ret(as_future(f)->result());
    } catch (vm::PyException& e) {
      return Next::raise(e.value);
    }
  }
};

// The generator object as_completed() returns.
struct AsCompletedIter : vm::GcObj {
  AsCompletedIter(Value fs, Value timeout)
      : vm::GcObj(atypes().AsCompletedIter), fs(std::move(fs)), timeout(std::move(timeout)) {}
  Value fs, timeout;
  RcPtr<AsCompletedState> st;
  void gc_traverse(vm::GcVisitor& v) override {
    v(fs);
    v(timeout);
    gc_visit(v, st);
  }
  size_t remaining = 0;
  bool started = false;
};

Value iter_self(vm::VM&, const Value& self) { return self; }

bool iter_next(vm::VM& vm, const Value& self, Value& out) {
  AsCompletedIter* it = self.as<AsCompletedIter>();
  if (!it->started) {
    it->started = true;
    if (is_future(it->fs) || vm.is_coroutine(it->fs))
      vm::throw_type_error("expect an iterable of futures, not %s", it->fs.type()->name.c_str());
    Runtime* rt = current_runtime();
    if (!rt) vm::throw_runtime_error("no running event loop");
    it->st = RcPtr<AsCompletedState>(new AsCompletedState);
    AsCompletedState& s = *it->st;
    s.rt = rt;
    // todo = {ensure_future(f) for f in set(fs)}: a set, iterated in address
    // order by CPython; here creation order (coroutines are wrapped in
    // argument order first), duplicates dropped.
    for (const Value& v : vm.to_vector(it->fs)) {
      FutureRef f = ensure_future(*rt, v);
      bool dup = false;
      for (FutureRef& x : s.todo) dup = dup || x.get() == f.get();
      if (!dup) s.todo.push_back(f);
    }
    std::sort(s.todo.begin(), s.todo.end(),
              [](const FutureRef& a, const FutureRef& b) { return a->hash_seq < b->hash_seq; });
    s.on_completion = NativeCallbackRef(new OnCompletion(it->st));
    for (FutureRef& f : s.todo) f->add_done_callback(s.on_completion);
    if (!s.todo.empty() && !it->timeout.is_none()) {
      s.timeout_handle = HandleRef(new OnTimeout(it->st));
      Value when = vm.binary_op(vm::BinOp::Add, Value::real(rt->loop.time()), it->timeout);
      rt->loop.call_at(when.to_double(), s.timeout_handle, trace::TimerKind::Timeout);
    }
    it->remaining = s.todo.size();
  }
  if (it->remaining == 0) return false;
  --it->remaining;
  out = Value(new WaitForOne(it->st));
  return true;
}

}  // namespace

Value aio_as_completed(vm::VM&, vm::NativeFunction*, std::span<const Value> a, const vm::KwArgs* kw) {
  const Value& fs = need_arg(a, kw, 0, "fs", "as_completed");
  Value timeout = kw && kw->get("timeout") ? *kw->get("timeout") : Value();
  return Value(new AsCompletedIter(fs, timeout));
}

void init_as_completed_type() {
  vm::Type* t = atypes().AsCompletedIter;
  t->iter = iter_self;
  t->next = iter_next;
}

}  // namespace sandbox::runtime
