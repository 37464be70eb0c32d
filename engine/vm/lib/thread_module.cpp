// The _thread module (Modules/_threadmodule.c) for a program with one
// thread: locks, RLock, get_ident.  A blocking acquire of a lock that is
// held waits in block_on_lock(), the one place where a wait happens: with
// no other thread to release it, it raises instead of hanging.  The
// deterministic worker threads (start_new_thread) will plug into it.
#include <cmath>

#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox::vm::lib {

namespace {

Type* g_lock = nullptr;
Type* g_rlock = nullptr;
constexpr int64_t kMainIdent = 140000000000001;  // the main thread's get_ident()

struct Lock final : Obj {
  bool locked = false;
  int64_t owner = 0;   // RLock: the owning thread
  int64_t count = 0;   // RLock: recursion depth
  explicit Lock(Type* t) : Obj(t) {}
};

Lock* lock_of(const Value& v) { return static_cast<Lock*>(v.as_obj()); }

int64_t current_ident() { return kMainIdent; }

// Waits for `l` to be released, at most `timeout` seconds (< 0: forever).
// One thread only: nobody can release it, so a timed wait fails at once
// (as it would after the timeout) and an untimed one is a deadlock.
bool block_on_lock(VM& vm, Lock* l, double timeout) {
  (void)l;
  if (timeout >= 0) return false;
  throw_exception(vm.exc.RuntimeError,
                  "deadlock: acquire() of a lock this thread already holds would wait forever (no other thread "
                  "can release it)");
}

Value lock_acquire(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  Lock* l = lock_of(a[0]);
  bool blocking = true;
  double timeout = -1;
  check_kwargs("acquire", kw, {"blocking", "timeout"});
  const Value* b = a.size() > 1 ? &a[1] : kwarg(kw, "blocking");
  const Value* t = a.size() > 2 ? &a[2] : kwarg(kw, "timeout");
  if (a.size() > 3) throw_type_error("acquire() takes at most 2 arguments (%zu given)", a.size() - 1);
  if (b) blocking = vm.truthy(*b);
  if (t) {
    if (!t->is_number()) throw_type_error("must be real number, not %s", type_name(*t));
    timeout = t->to_double();
  }
  if (!blocking && timeout != -1) throw_value_error("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1) throw_value_error("timeout value must be a non-negative number");
  bool is_r = l->type == g_rlock || is_subtype(l->type, g_rlock);
  if (is_r && l->locked && l->owner == current_ident()) {
    ++l->count;
    return Value::boolean(true);
  }
  if (l->locked) {
    if (!blocking) return Value::boolean(false);
    if (!block_on_lock(vm, l, timeout)) return Value::boolean(false);
  }
  l->locked = true;
  l->owner = current_ident();
  l->count = 1;
  return Value::boolean(true);
}

Value lock_release(VM&, NativeFunction*, Args a, const KwArgs*) {
  Lock* l = lock_of(a[0]);
  bool is_r = l->type == g_rlock || is_subtype(l->type, g_rlock);
  if (is_r) {
    if (!l->locked || l->owner != current_ident()) throw_runtime_error("cannot release un-acquired lock");
    if (--l->count > 0) return Value();
  } else if (!l->locked) {
    throw_runtime_error("release unlocked lock");
  }
  l->locked = false;
  l->owner = 0;
  l->count = 0;
  return Value();
}

Value lock_locked(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::boolean(lock_of(a[0])->locked); }
Value lock_exit(VM& vm, NativeFunction* f, Args a, const KwArgs*) { return lock_release(vm, f, a.subspan(0, 1), nullptr); }
Value lock_at_fork(VM&, NativeFunction*, Args, const KwArgs*) { return Value(); }

Value lock_repr(VM&, const Value& self) {
  Lock* l = lock_of(self);
  if (l->type == g_rlock)
    return make_str(strformat("<%s _thread.RLock object owner=%lld count=%lld at %s>", l->locked ? "locked" : "unlocked",
                              (long long)l->owner, (long long)l->count, fake_address(l).c_str()));
  return make_str(strformat("<%s _thread.lock object at %s>", l->locked ? "locked" : "unlocked", fake_address(l).c_str()));
}

Value rlock_is_owned(VM&, NativeFunction*, Args a, const KwArgs*) {
  Lock* l = lock_of(a[0]);
  return Value::boolean(l->locked && l->owner == current_ident());
}
Value rlock_recursion_count(VM&, NativeFunction*, Args a, const KwArgs*) {
  Lock* l = lock_of(a[0]);
  return Value::integer(l->owner == current_ident() ? l->count : 0);
}

Value new_lock(VM&, Type* cls, Args, const KwArgs*) { return Value(new Lock(cls)); }

Value th_allocate_lock(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("allocate_lock", a);
  return Value(new Lock(g_lock));
}
Value th_get_ident(VM&, NativeFunction*, Args, const KwArgs*) { return Value::integer(current_ident()); }
Value th_get_native_id(VM&, NativeFunction*, Args, const KwArgs*) { return Value::integer(1); }
Value th_count(VM&, NativeFunction*, Args, const KwArgs*) { return Value::integer(0); }
Value th_stack_size(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_args("stack_size", a, 0, 1);
  if (!a.empty() && as_index(a[0]) != 0 && as_index(a[0]) < 32768) throw_value_error("size not valid: %lld bytes", (long long)as_index(a[0]));
  return Value::integer(0);
}
Value th_true(VM&, NativeFunction*, Args, const KwArgs*) { return Value::boolean(true); }
Value th_start_new_thread(VM&, NativeFunction*, Args, const KwArgs*) {
  throw_runtime_error("can't start new thread: threads are not available in asyncio-sandbox yet");
}
Value th_interrupt_main(VM& vm, NativeFunction*, Args, const KwArgs*) {
  throw PyException(vm.call(Value(vm.exc.KeyboardInterrupt), {}));
}

Type* lock_type(const char* name, bool r) {
  Type* t = make_type(name, types().object, "_thread");
  t->new_ = r ? new_lock : nullptr;
  t->repr = lock_repr;
  add_method(t, "acquire", lock_acquire);
  add_method(t, "release", lock_release);
  add_method(t, "__enter__", lock_acquire);
  add_method(t, "__exit__", lock_exit);
  add_method(t, "_at_fork_reinit", lock_at_fork);
  if (r) {
    add_method(t, "_is_owned", rlock_is_owned);
    add_method(t, "_recursion_count", rlock_recursion_count);
  } else {
    add_method(t, "locked", lock_locked);
    add_method(t, "acquire_lock", lock_acquire);
    add_method(t, "release_lock", lock_release);
    add_method(t, "locked_lock", lock_locked);
  }
  return t;
}

}  // namespace

void install_thread_module(VM& vm) {
  if (!g_lock) {
    g_lock = lock_type("lock", false);
    g_rlock = lock_type("RLock", true);
  }
  Module* m = make_module("_thread");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("LockType", Value(g_lock));
  d->set("lock", Value(g_lock));
  d->set("RLock", Value(g_rlock));
  d->set("error", Value(vm.exc.RuntimeError));
  d->set("TIMEOUT_MAX", Value::real(9223372036.0));
  d->set("allocate_lock", make_native("allocate_lock", th_allocate_lock));
  d->set("allocate", make_native("allocate", th_allocate_lock));
  d->set("get_ident", make_native("get_ident", th_get_ident));
  d->set("get_native_id", make_native("get_native_id", th_get_native_id));
  d->set("_count", make_native("_count", th_count));
  d->set("stack_size", make_native("stack_size", th_stack_size));
  d->set("daemon_threads_allowed", make_native("daemon_threads_allowed", th_true));
  d->set("start_new_thread", make_native("start_new_thread", th_start_new_thread));
  d->set("start_new", make_native("start_new", th_start_new_thread));
  d->set("interrupt_main", make_native("interrupt_main", th_interrupt_main));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
