// The Python face of asyncio.locks: the five types, their constructors,
// methods, `async with` and reprs (locks.py 3.11.7).
#include <functional>

#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/sync.h"
#include "runtime/sync_args.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

SyncTypes g_types{};

Runtime& rt_now() { return ctor_runtime(); }

// `async def __aexit__(self, *exc): self.release()` -- the release happens
// when the coroutine runs, not when __aexit__ is called.
struct RunOnAwait : AsyncFn {
  RunOnAwait(std::string name, std::function<void(Runtime&)> fn)
      : AsyncFn(std::move(name)), fn(std::move(fn)) {}
  std::function<void(Runtime&)> fn;
  Next body(vm::VM&, Outcome) override {
    fn(rt_now());
    return Next::ret();
  }
};

template <class T>
T* self_as(vm::VM& vm, Args args, vm::Type* t, const char* method) {
  if (args.empty() || !vm.isinstance(args[0], t))
    vm::throw_type_error("descriptor '%s' requires a '%s' object", method, t->name.c_str());
  return args[0].as<T>();
}

std::string with_waiters(std::string extra, const SyncObj* s) {
  if (!s->waiters.empty()) extra += ", waiters:" + std::to_string(s->waiters.size());
  return extra;
}

std::string object_repr(const SyncObj* o, const std::string& extra) {
  return "<asyncio.locks." + o->type->name + " object at " + fake_address(o->id) + " [" +
         extra + "]>";
}

// ---------------------------------------------------------------- Lock
Value lock_new(vm::VM&, vm::Type* cls, Args args, const KwArgs* kw) {
  if (!args.empty() || (kw && !kw->empty())) vm::throw_type_error("Lock() takes no arguments");
  Runtime& rt = ctor_runtime();
  vm::Ref<LockObj> l(new LockObj(cls));
  l->id = rt.rec.new_id();
  l->trace_obj = l->id;
  rt.rec.emit(EventKind::SyncCreated,
              {.obj = l->id, .arg = 0, .aux = static_cast<uint16_t>(trace::SyncKind::Lock)});
  return l.value();
}

Value lock_repr(vm::VM&, const Value& self) {
  LockObj* l = self.as<LockObj>();
  return vm::make_str(object_repr(l, with_waiters(l->locked ? "locked" : "unlocked", l)));
}

void init_lock(vm::Type* t) {
  t->new_ = lock_new;
  t->repr = lock_repr;
  add_method(t, "locked", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(self_as<LockObj>(vm, a, g_types.Lock, "locked")->locked);
  });
  add_method(t, "acquire", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return lock_acquire_op(self_as<LockObj>(vm, a, g_types.Lock, "acquire"), false);
  });
  add_method(t, "release", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    lock_release(rt_now(), self_as<LockObj>(vm, a, g_types.Lock, "release"));
    return Value();
  });
  add_method(t, "__aenter__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return lock_acquire_op(self_as<LockObj>(vm, a, g_types.Lock, "__aenter__"), true);
  });
  add_method(t, "__aexit__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    vm::Ref<LockObj> l(self_as<LockObj>(vm, a, g_types.Lock, "__aexit__"));
    return Value(new RunOnAwait("Lock.__aexit__", [l](Runtime& rt) { lock_release(rt, l.get()); }));
  });
}

// ---------------------------------------------------------------- Event
Value event_new(vm::VM&, vm::Type*, Args args, const KwArgs* kw) {
  if (!args.empty() || (kw && !kw->empty())) vm::throw_type_error("Event() takes no arguments");
  return make_event(ctor_runtime(), true).value();
}

Value event_repr(vm::VM&, const Value& self) {
  EventObj* e = self.as<EventObj>();
  return vm::make_str(object_repr(e, with_waiters(e->value ? "set" : "unset", e)));
}

void init_event(vm::Type* t) {
  t->new_ = event_new;
  t->repr = event_repr;
  add_method(t, "is_set", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(self_as<EventObj>(vm, a, g_types.Event, "is_set")->value);
  });
  add_method(t, "set", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    event_set(rt_now(), self_as<EventObj>(vm, a, g_types.Event, "set"));
    return Value();
  });
  add_method(t, "clear", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    event_clear(rt_now(), self_as<EventObj>(vm, a, g_types.Event, "clear"));
    return Value();
  });
  add_method(t, "wait", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return event_wait_op(self_as<EventObj>(vm, a, g_types.Event, "wait"));
  });
}

// ---------------------------------------------------------------- Condition
Value condition_new(vm::VM& vm, vm::Type*, Args args, const KwArgs* kw) {
  check_max_args(args, 1, "Condition");
  Value lock = bind_arg(args, kw, 0, "lock", Value(), "Condition");
  LockObj* l = nullptr;
  if (!lock.is_none()) {
    if (!vm.isinstance(lock, g_types.Lock)) vm::throw_type_error("lock must be an asyncio.Lock");
    l = lock.as<LockObj>();
  }
  return make_condition(ctor_runtime(), l).value();
}

Value condition_repr(vm::VM&, const Value& self) {
  ConditionObj* c = self.as<ConditionObj>();
  return vm::make_str(object_repr(c, with_waiters(c->lock->locked ? "locked" : "unlocked", c)));
}

void init_condition(vm::Type* t) {
  t->new_ = condition_new;
  t->repr = condition_repr;
  add_method(t, "locked", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(self_as<ConditionObj>(vm, a, g_types.Condition, "locked")->lock->locked);
  });
  add_method(t, "acquire", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return lock_acquire_op(self_as<ConditionObj>(vm, a, g_types.Condition, "acquire")->lock.get(), false);
  });
  add_method(t, "release", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    lock_release(rt_now(), self_as<ConditionObj>(vm, a, g_types.Condition, "release")->lock.get());
    return Value();
  });
  add_method(t, "__aenter__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return lock_acquire_op(self_as<ConditionObj>(vm, a, g_types.Condition, "__aenter__")->lock.get(), true);
  });
  add_method(t, "__aexit__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    vm::Ref<LockObj> l(self_as<ConditionObj>(vm, a, g_types.Condition, "__aexit__")->lock.get());
    return Value(new RunOnAwait("Condition.__aexit__", [l](Runtime& rt) { lock_release(rt, l.get()); }));
  });
  add_method(t, "wait", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return condition_wait_op(self_as<ConditionObj>(vm, a, g_types.Condition, "wait"));
  });
  add_method(t, "wait_for", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    ConditionObj* c = self_as<ConditionObj>(vm, a, g_types.Condition, "wait_for");
    return condition_wait_for_op(c, bind_arg(a, kw, 1, "predicate", Value::null(), "wait_for"));
  });
  add_method(t, "notify", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    ConditionObj* c = self_as<ConditionObj>(vm, a, g_types.Condition, "notify");
    int64_t n = int_arg(vm, bind_arg(a, kw, 1, "n", Value::integer(1), "notify"), "n");
    condition_notify(rt_now(), c, n);
    return Value();
  });
  add_method(t, "notify_all", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    ConditionObj* c = self_as<ConditionObj>(vm, a, g_types.Condition, "notify_all");
    condition_notify(rt_now(), c, static_cast<int64_t>(c->waiters.size()));
    return Value();
  });
}

// ---------------------------------------------------------------- Semaphore
Value semaphore_make(vm::VM& vm, vm::Type* cls, Args args, const KwArgs* kw, bool bounded) {
  const char* name = bounded ? "BoundedSemaphore" : "Semaphore";
  check_max_args(args, 1, name);
  int64_t value = int_arg(vm, bind_arg(args, kw, 0, "value", Value::integer(1), name), "value");
  if (value < 0) vm::throw_value_error("Semaphore initial value must be >= 0");
  Runtime& rt = ctor_runtime();
  vm::Ref<SemaphoreObj> s(new SemaphoreObj(cls));
  s->value = value;
  s->bound = bounded ? value : -1;
  s->id = rt.rec.new_id();
  auto kind = bounded ? trace::SyncKind::BoundedSemaphore : trace::SyncKind::Semaphore;
  rt.rec.emit(EventKind::SyncCreated, {.obj = s->id, .arg = value, .aux = static_cast<uint16_t>(kind)});
  return s.value();
}

Value semaphore_repr(vm::VM&, const Value& self) {
  SemaphoreObj* s = self.as<SemaphoreObj>();
  std::string extra = semaphore_locked(s) ? "locked" : "unlocked, value:" + std::to_string(s->value);
  return vm::make_str(object_repr(s, with_waiters(extra, s)));
}

void init_semaphore(vm::Type* t) {
  t->new_ = [](vm::VM& vm, vm::Type* cls, Args a, const KwArgs* kw) {
    return semaphore_make(vm, cls, a, kw, false);
  };
  t->repr = semaphore_repr;
  add_method(t, "locked", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(semaphore_locked(self_as<SemaphoreObj>(vm, a, g_types.Semaphore, "locked")));
  });
  add_method(t, "acquire", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return semaphore_acquire_op(self_as<SemaphoreObj>(vm, a, g_types.Semaphore, "acquire"), false);
  });
  add_method(t, "release", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    semaphore_release(rt_now(), self_as<SemaphoreObj>(vm, a, g_types.Semaphore, "release"));
    return Value();
  });
  add_method(t, "__aenter__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return semaphore_acquire_op(self_as<SemaphoreObj>(vm, a, g_types.Semaphore, "__aenter__"), true);
  });
  add_method(t, "__aexit__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    vm::Ref<SemaphoreObj> s(self_as<SemaphoreObj>(vm, a, g_types.Semaphore, "__aexit__"));
    return Value(new RunOnAwait("Semaphore.__aexit__", [s](Runtime& rt) { semaphore_release(rt, s.get()); }));
  });
}

void init_types_once() {
  if (g_types.Lock) return;
  vm::Type* object = vm::types().object;
  g_types.Lock = vm::make_type("Lock", object, "asyncio.locks");
  g_types.Event = vm::make_type("Event", object, "asyncio.locks");
  g_types.Condition = vm::make_type("Condition", object, "asyncio.locks");
  g_types.Semaphore = vm::make_type("Semaphore", object, "asyncio.locks");
  init_lock(g_types.Lock);
  init_event(g_types.Event);
  init_condition(g_types.Condition);
  init_semaphore(g_types.Semaphore);
  g_types.BoundedSemaphore = vm::make_type("BoundedSemaphore", g_types.Semaphore, "asyncio.locks");
  g_types.BoundedSemaphore->new_ = [](vm::VM& vm, vm::Type* cls, Args a, const KwArgs* kw) {
    return semaphore_make(vm, cls, a, kw, true);
  };
  // Process-wide like the builtin types: the module dict of one VM must not free them.
  for (vm::Type* t : {g_types.Lock, g_types.Event, g_types.Condition, g_types.Semaphore, g_types.BoundedSemaphore})
    vm::incref(t);
}

}  // namespace

const SyncTypes& sync_types() {
  init_types_once();
  return g_types;
}

void register_sync_types(vm::VM&, vm::Module& m) {
  const SyncTypes& t = sync_types();
  m.dict->set("Lock", Value(t.Lock));
  m.dict->set("Event", Value(t.Event));
  m.dict->set("Condition", Value(t.Condition));
  m.dict->set("Semaphore", Value(t.Semaphore));
  m.dict->set("BoundedSemaphore", Value(t.BoundedSemaphore));
}

}  // namespace sandbox::runtime
