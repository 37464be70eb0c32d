#include "runtime/native_coro.h"

#include "runtime/runtime.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace sandbox::runtime {

using vm::ResumeKind;
using vm::ResumeResult;
using vm::Value;

AsyncFn::AsyncFn(std::string name) : vm::NativeCoroutine(atypes().NativeCoro), name_(std::move(name)) {}

// These are `async def` coroutines in CPython: freed unstarted, they warn.
AsyncFn::~AsyncFn() {
  if (!started_ && !finished) vm::warn_unawaited_coroutine(name_);
}

Value await_iter(vm::VM& vm, const Value& x) {
  if (vm.is_coroutine(x)) return x;
  vm::Type* t = x.type();
  if (t->await_) return t->await_(vm, x);
  vm::throw_type_error("object %s can't be used in 'await' expression", t->name.c_str());
}

ResumeResult AsyncFn::drive(vm::VM& vm, Outcome o) {
  started_ = true;
  for (;;) {
    Next n = [&]() -> Next {
      try {
        return body(vm, std::move(o));
      } catch (vm::PyException& e) {
        return Next::raise(std::move(e.value));
      }
    }();
    if (n.kind == Next::Return) {
      finished = true;
      return {ResumeKind::Returned, std::move(n.value)};
    }
    if (n.kind == Next::Raise) {
      finished = true;
      return {ResumeKind::Raised, std::move(n.value)};
    }
    if (n.kind == Next::Yield) {
      bare_yield_ = true;
      return {ResumeKind::Yielded, Value()};
    }
    // Await: Future.__await__ inline for futures, else yield from.
    if (is_future(n.value)) {
      Future* f = as_future(n.value);
      if (!f->done()) {
        f->blocking = true;
        awaiting_future_ = FutureRef(f);
        return {ResumeKind::Yielded, std::move(n.value)};
      }
      try {
        o = Outcome{false, f->result()};
      } catch (vm::PyException& e) {
        o = Outcome{true, std::move(e.value)};
      }
      continue;
    }
    Value it;
    try {
      it = await_iter(vm, n.value);
    } catch (vm::PyException& e) {
      o = Outcome{true, std::move(e.value)};
      continue;
    }
    ResumeResult r = vm.coro_send(it, Value());
    if (r.kind == ResumeKind::Yielded) {
      awaiting_iter_ = std::move(it);
      return r;
    }
    if (r.kind == ResumeKind::Aborted) return r;
    o = Outcome{r.kind == ResumeKind::Raised, std::move(r.value)};
  }
}

ResumeResult AsyncFn::send(vm::VM& vm, const Value& v) {
  if (finished) vm::throw_runtime_error("cannot reuse already awaited coroutine");
  if (bare_yield_) {
    bare_yield_ = false;
    return drive(vm, Outcome{false, v});
  }
  if (awaiting_future_) {
    FutureRef f = std::move(awaiting_future_);
    awaiting_future_ = FutureRef();
    if (!f->done()) return drive(vm, Outcome{true, vm::make_exception(vm.exc.RuntimeError, "await wasn't used with future")});
    try {
      return drive(vm, Outcome{false, f->result()});
    } catch (vm::PyException& e) {
      return drive(vm, Outcome{true, std::move(e.value)});
    }
  }
  if (!awaiting_iter_.is_none()) {
    ResumeResult r = vm.coro_send(awaiting_iter_, v);
    if (r.kind == ResumeKind::Yielded || r.kind == ResumeKind::Aborted) return r;
    awaiting_iter_ = Value();
    return drive(vm, Outcome{r.kind == ResumeKind::Raised, std::move(r.value)});
  }
  return drive(vm, Outcome{false, v});
}

ResumeResult AsyncFn::throw_(vm::VM& vm, const Value& exc) {
  if (finished) return {ResumeKind::Raised, exc};
  if (bare_yield_) {
    bare_yield_ = false;
    return drive(vm, Outcome{true, exc});
  }
  if (awaiting_future_) {
    awaiting_future_ = FutureRef();
    return drive(vm, Outcome{true, exc});
  }
  if (!awaiting_iter_.is_none()) {
    ResumeResult r = vm.coro_throw(awaiting_iter_, exc);
    if (r.kind == ResumeKind::Yielded || r.kind == ResumeKind::Aborted) return r;
    awaiting_iter_ = Value();
    return drive(vm, Outcome{r.kind == ResumeKind::Raised, std::move(r.value)});
  }
  if (!started_) {  // never started: the exception is raised at the first line
    finished = true;
    return {ResumeKind::Raised, exc};
  }
  return drive(vm, Outcome{true, exc});
}

void AsyncFn::close(vm::VM& vm) {
  if (!awaiting_iter_.is_none()) vm.coro_close(awaiting_iter_);
  awaiting_iter_ = Value();
  awaiting_future_ = FutureRef();
  finished = true;
}

}  // namespace sandbox::runtime

namespace sandbox::runtime {

void AsyncFn::gc_traverse(vm::GcVisitor& v) {
  v(awaiting_future_);
  v(awaiting_iter_);
}

void AsyncFn::gc_clear() {
  awaiting_future_.reset();
  awaiting_iter_ = vm::Value();
}

}  // namespace sandbox::runtime
