// asyncio.Barrier and BrokenBarrierError (locks.py / exceptions.py 3.11.7).
// The barrier keeps locks.py's state machine (filling, draining, resetting,
// broken) and waits on its own Condition through the Condition's native
// operations, so tasks wake in the order CPython wakes them.
#include <limits>

#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "runtime/sync.h"
#include "runtime/sync_args.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

enum class BarrierState : uint8_t { Filling, Draining, Resetting, Broken };  // _BarrierState

const char* state_name(BarrierState s) {
  switch (s) {
    case BarrierState::Filling: return "filling";
    case BarrierState::Draining: return "draining";
    case BarrierState::Resetting: return "resetting";
    case BarrierState::Broken: return "broken";
  }
  return "?";
}

struct BarrierObj : vm::GcObj {
  explicit BarrierObj(vm::Type* t) : vm::GcObj(t) {}
  void gc_traverse(vm::GcVisitor& v) override { v(cond); }
  void gc_clear() override { cond = vm::Ref<ConditionObj>(); }
  vm::Ref<ConditionObj> cond;  // _cond: notifies all tasks when the state changes
  int64_t parties = 1;
  BarrierState state = BarrierState::Filling;
  int64_t count = 0;           // tasks in the barrier
  uint32_t id = 0;
};

vm::Type* g_barrier = nullptr;
vm::Type* g_broken = nullptr;

BarrierObj* self_barrier(vm::VM& vm, Args a, const char* method) {
  if (a.empty() || !vm.isinstance(a[0], g_barrier))
    vm::throw_type_error("descriptor '%s' requires a 'Barrier' object", method);
  return a[0].as<BarrierObj>();
}

Value broken_error(const char* msg) { return vm::make_exception_args(g_broken, {vm::make_str(msg)}); }

// The predicates of _block and _wait, as callables for Condition.wait_for.
Value not_draining_or_resetting(vm::VM&, NativeFunction* self, Args, const KwArgs*) {
  BarrierState s = self->data.as<BarrierObj>()->state;
  return Value::boolean(s != BarrierState::Draining && s != BarrierState::Resetting);
}
Value not_filling(vm::VM&, NativeFunction* self, Args, const KwArgs*) {
  return Value::boolean(self->data.as<BarrierObj>()->state != BarrierState::Filling);
}

void notify_all(Runtime& rt, BarrierObj& b) {
  condition_notify(rt, b.cond.get(), std::numeric_limits<int64_t>::max());
}

// Barrier._exit: the last task out lets the tasks blocked in _block in.
void barrier_exit(Runtime& rt, BarrierObj& b) {
  if (b.count == 0) {
    if (b.state == BarrierState::Resetting || b.state == BarrierState::Draining) b.state = BarrierState::Filling;
    notify_all(rt, b);
  }
}

// Barrier.wait:
//   async with self._cond:
//       await self._block()
//       try:
//           index = self._count; self._count += 1
//           if index + 1 == self._parties: await self._release()
//           else: await self._wait()
//           return index
//       finally:
//           self._count -= 1; self._exit()
struct BarrierWait : AsyncFn {
  explicit BarrierWait(BarrierObj* b) : AsyncFn("Barrier.wait"), barrier(b) {}
  vm::Ref<BarrierObj> barrier;
  int64_t index = 0;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(barrier);
  }

  // Leaving `async with self._cond`: release the lock, then return or raise.
  Next leave(Runtime& rt, bool raised, Value v) {
    lock_release(rt, barrier->cond->lock.get());
    return raised ? Next::raise(std::move(v)) : Next::ret(std::move(v));
  }
  // The finally clause, then leave.
  Next finish(Runtime& rt, bool raised, Value v) {
    --barrier->count;
    barrier_exit(rt, *barrier);
    return leave(rt, raised, std::move(v));
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = ctor_runtime();
    BarrierObj& b = *barrier;
    switch (state) {
      case 0:
        state = 1;
        return Next::await_(lock_acquire_op(b.cond->lock.get(), true));
      case 1:
        if (o.raised) return Next::raise(o.value);
        state = 2;
        return Next::await_(condition_wait_for_op(
            b.cond.get(), vm::make_native("Barrier._block.<locals>.<lambda>", not_draining_or_resetting, Value(&b))));
      case 2: {
        if (o.raised) return leave(rt, true, o.value);
        if (b.state == BarrierState::Broken) return leave(rt, true, broken_error("Barrier aborted"));
        index = b.count++;
        if (index + 1 == b.parties) {
          // _release: enter draining; the next tasks block until it ends.
          b.state = BarrierState::Draining;
          notify_all(rt, b);
          return finish(rt, false, Value::integer(index));
        }
        state = 3;
        return Next::await_(condition_wait_for_op(
            b.cond.get(), vm::make_native("Barrier._wait.<locals>.<lambda>", not_filling, Value(&b))));
      }
      case 3:
        if (o.raised) return finish(rt, true, o.value);
        if (b.state == BarrierState::Broken || b.state == BarrierState::Resetting)
          return finish(rt, true, broken_error("Abort or reset of barrier"));
        return finish(rt, false, Value::integer(index));
    }
    return Next::ret();
  }
};

// reset() and abort(): `async with self._cond:` around a state change and
// notify_all().
struct BarrierChange : AsyncFn {
  BarrierChange(BarrierObj* b, bool abort)
      : AsyncFn(abort ? "Barrier.abort" : "Barrier.reset"), barrier(b), abort(abort) {}
  vm::Ref<BarrierObj> barrier;
  bool abort;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(barrier);
  }
  Next body(vm::VM&, Outcome o) override {
    BarrierObj& b = *barrier;
    if (state == 0) {
      state = 1;
      return Next::await_(lock_acquire_op(b.cond->lock.get(), true));
    }
    if (o.raised) return Next::raise(o.value);
    Runtime& rt = ctor_runtime();
    if (abort) {
      b.state = BarrierState::Broken;
    } else if (b.count > 0) {
      if (b.state != BarrierState::Resetting) b.state = BarrierState::Resetting;
    } else {
      b.state = BarrierState::Filling;
    }
    notify_all(rt, b);
    lock_release(rt, b.cond->lock.get());
    return Next::ret();
  }
};

// `async def __aexit__(self, *args): pass`
struct Nothing : AsyncFn {
  Nothing() : AsyncFn("Barrier.__aexit__") {}
  Next body(vm::VM&, Outcome) override { return Next::ret(); }
};

Value barrier_new(vm::VM& vm, vm::Type* cls, Args a, const KwArgs* kw) {
  if (a.size() > 1 || (kw && kw->size() > (a.empty() ? 1u : 0u)))
    vm::throw_type_error("Barrier.__init__() takes 2 positional arguments but %zu were given", a.size() + 1);
  const Value* p = a.empty() ? (kw ? kw->get("parties") : nullptr) : &a[0];
  if (!p) vm::throw_type_error("Barrier.__init__() missing 1 required positional argument: 'parties'");
  if (vm.compare_bool(*p, Value::integer(1), vm::CmpOp::Lt)) vm::throw_value_error("parties must be > 0");
  if (!p->is_int()) vm::throw_type_error("parties must be an int");
  Runtime& rt = ctor_runtime();
  vm::Ref<BarrierObj> b(new BarrierObj(cls));
  b->cond = make_condition(rt, nullptr);
  b->id = b->cond->id;
  b->parties = p->as_int();
  return Value(b.get());
}

Value barrier_repr(vm::VM&, const Value& self) {
  BarrierObj* b = self.as<BarrierObj>();
  std::string extra = state_name(b->state);
  if (b->state != BarrierState::Broken) {
    int64_t waiting = b->state == BarrierState::Filling ? b->count : 0;
    extra += ", waiters:" + std::to_string(waiting) + "/" + std::to_string(b->parties);
  }
  return vm::make_str("<asyncio.locks.Barrier object at " + fake_address(b->id) + " [" + extra + "]>");
}

void init_barrier_types() {
  if (g_barrier) return;
  g_barrier = vm::make_type("Barrier", vm::types().object, "asyncio.locks");
  g_broken = vm::make_exception_type("BrokenBarrierError", vm::exc().RuntimeError, "asyncio.exceptions");
  vm::incref(g_barrier);
  vm::incref(g_broken);
  vm::Type* t = g_barrier;
  t->new_ = barrier_new;
  t->repr = barrier_repr;
  vm::add_method(t, "wait", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value(new BarrierWait(self_barrier(vm, a, "wait")));
  });
  vm::add_method(t, "__aenter__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value(new BarrierWait(self_barrier(vm, a, "__aenter__")));
  });
  vm::add_method(t, "__aexit__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    self_barrier(vm, a, "__aexit__");
    return Value(new Nothing());
  });
  vm::add_method(t, "reset", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value(new BarrierChange(self_barrier(vm, a, "reset"), false));
  });
  vm::add_method(t, "abort", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value(new BarrierChange(self_barrier(vm, a, "abort"), true));
  });
  vm::add_property(t, "parties", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::integer(self_barrier(vm, a, "parties")->parties);
  });
  vm::add_property(t, "n_waiting", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    BarrierObj* b = self_barrier(vm, a, "n_waiting");
    return Value::integer(b->state == BarrierState::Filling ? b->count : 0);
  });
  vm::add_property(t, "broken", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(self_barrier(vm, a, "broken")->state == BarrierState::Broken);
  });
}

}  // namespace

void register_barrier_types(vm::VM&, vm::Module& m) {
  init_barrier_types();
  m.dict->set("Barrier", Value(g_barrier));
  m.dict->set("BrokenBarrierError", Value(g_broken));
}

}  // namespace sandbox::runtime
