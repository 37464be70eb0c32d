// The `time` module: time/monotonic/perf_counter read the program's clock
// (virtual by default) and time.sleep blocks the whole loop through the
// runtime hook (runtime/time_hooks.h), which records a LoopBlocked event.
#include <cmath>

#include "runtime/time_hooks.h"
#include "vm/int_big.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

namespace {

Value t_time(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  no_kwargs(self->name.c_str(), kw);
  if (!a.empty()) throw_type_error("%s() takes no arguments (%zu given)", self->name.c_str(), a.size());
  return Value::real(runtime::time_now());
}

Value t_time_ns(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  no_kwargs(self->name.c_str(), kw);
  if (!a.empty()) throw_type_error("%s() takes no arguments (%zu given)", self->name.c_str(), a.size());
  return Value::integer(static_cast<int64_t>(std::llround(runtime::time_now() * 1e9)));
}

Value t_sleep(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("sleep", kw);
  if (a.size() != 1) throw_type_error("time.sleep() takes exactly one argument (%zu given)", a.size());
  // The reference's virtual time.sleep takes any real number (a big int as its float).
  if (!a[0].is_number() && !is_bigint(a[0]))
    throw_type_error("'%s' object cannot be interpreted as an integer", type_name(a[0]));
  double s = is_bigint(a[0]) ? int_to_double(a[0]) : a[0].to_double();
  if (std::isnan(s)) throw_value_error("Invalid value NaN (not a number)");
  if (s < 0) throw_value_error("sleep length must be non-negative");
  runtime::time_sleep(s, vm.current_line());
  return Value();
}

}  // namespace

void install_time_module(VM& vm) {
  Module* m = make_module("time");
  Value keep(m);
  Dict* d = m->dict.get();
  for (const char* name : {"time", "monotonic", "perf_counter", "process_time"})
    d->set(name, make_native(name, t_time));
  for (const char* name : {"time_ns", "monotonic_ns", "perf_counter_ns"}) d->set(name, make_native(name, t_time_ns));
  d->set("sleep", make_native("sleep", t_sleep));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
