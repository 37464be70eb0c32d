// Two small built-in modules: errno (Modules/errnomodule.c: the Linux
// numbers and errorcode) and gc (Modules/gcmodule.c over the VM's cycle
// collector, vm/gc.h).
#include "vm/gc.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox::vm::lib {

namespace {

struct ErrnoName {
  const char* name;
  int number;
  bool canonical;
};
constexpr ErrnoName kErrno[] = {
#include "vm/lib/errno_names.inc"
};

Value gc_enable(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("enable", a);
  gc_set_enabled(true);
  return Value();
}
Value gc_disable(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("disable", a);
  gc_set_enabled(false);
  return Value();
}
Value gc_isenabled(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("isenabled", a);
  return Value::boolean(gc_enabled());
}
Value gc_collect_fn(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("collect", kw, {"generation"});
  check_args("collect", a, 0, 1);
  const Value* g = a.empty() ? kwarg(kw, "generation") : &a[0];
  if (g) {
    int64_t gen = as_index(*g);
    if (gen < 0 || gen > 2) throw_value_error("invalid generation");
  }
  int64_t n = gc_collect(&vm);
  // Weak reference callbacks and finalizers due now run before collect() returns, as in CPython.
  gc_run_pending_finalizers(&vm);
  return Value::integer(n);
}
Value gc_get_count(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("get_count", a);
  return make_tuple({Value::integer(gc_tracked_count()), Value::integer(0), Value::integer(0)});
}
Value gc_get_threshold(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("get_threshold", a);
  return make_tuple({Value::integer(700), Value::integer(10), Value::integer(10)});
}
Value gc_set_threshold(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_args("set_threshold", a, 1, 3);
  for (const Value& v : a) as_index(v);
  return Value();
}
Value gc_is_tracked(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_one_arg("is_tracked", a);
  return Value::boolean(a[0].is_obj() && a[0].as_obj()->as_gc() != nullptr);
}
Value gc_is_finalized(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_one_arg("is_finalized", a);
  GcObj* g = a[0].is_obj() ? a[0].as_obj()->as_gc() : nullptr;
  return Value::boolean(g && g->gc_finalized);
}
Value gc_noop(VM&, NativeFunction*, Args, const KwArgs*) { return Value(); }

}  // namespace

void install_errno_module(VM& vm) {
  Module* m = make_module("errno");
  Value keep(m);
  Dict* d = m->dict.get();
  Value codes = make_dict();
  for (const ErrnoName& e : kErrno) {
    d->set(e.name, Value::integer(e.number));
    if (e.canonical) codes.as<Dict>()->set(vm, Value::integer(e.number), make_str(e.name));
  }
  d->set("errorcode", codes);
  vm.register_module(m);
}

void install_gc_module(VM& vm) {
  // The collector's switch is process-wide; each program starts as a fresh
  // interpreter does, with it on (a gc.disable() in an earlier run of the
  // app must not carry over).
  gc_set_enabled(true);
  Module* m = make_module("gc");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("enable", make_native("enable", gc_enable));
  d->set("disable", make_native("disable", gc_disable));
  d->set("isenabled", make_native("isenabled", gc_isenabled));
  d->set("collect", make_native("collect", gc_collect_fn));
  d->set("get_count", make_native("get_count", gc_get_count));
  d->set("get_threshold", make_native("get_threshold", gc_get_threshold));
  d->set("set_threshold", make_native("set_threshold", gc_set_threshold));
  d->set("is_tracked", make_native("is_tracked", gc_is_tracked));
  d->set("is_finalized", make_native("is_finalized", gc_is_finalized));
  d->set("freeze", make_native("freeze", gc_noop));
  d->set("unfreeze", make_native("unfreeze", gc_noop));
  d->set("garbage", make_list());
  d->set("callbacks", make_list());
  for (auto [name, v] : {std::pair{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
                         {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}})
    d->set(name, Value::integer(v));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
