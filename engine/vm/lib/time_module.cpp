// The `time` module: monotonic/perf_counter read the program's clock
// (virtual by default), time.time the same clock from a fixed Unix time
// (runtime::kVirtualEpoch; the real time in live mode), and time.sleep
// blocks the whole loop through the runtime hook (runtime/time_hooks.h),
// which records a LoopBlocked event.  The calendar functions are in
// time_calendar.cpp.
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

// time.time(): Unix time; time_ns() adds the clock's nanoseconds to the
// epoch's exactly (as the reference runner does).
Value t_wall(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  no_kwargs(self->name.c_str(), kw);
  if (!a.empty()) throw_type_error("%s() takes no arguments (%zu given)", self->name.c_str(), a.size());
  return Value::real(runtime::time_wall());
}

Value t_wall_ns(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  no_kwargs(self->name.c_str(), kw);
  if (!a.empty()) throw_type_error("%s() takes no arguments (%zu given)", self->name.c_str(), a.size());
  double wall = runtime::time_wall();
  double since = wall - runtime::kVirtualEpoch;
  return Value::integer(static_cast<int64_t>(runtime::kVirtualEpoch) * 1000000000 + std::llround(since * 1e9));
}

// tzset(): the sandbox's local time is always UTC, whatever TZ says.
Value t_tzset(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  no_kwargs(self->name.c_str(), kw);
  if (!a.empty()) throw_type_error("%s() takes no arguments (%zu given)", self->name.c_str(), a.size());
  return Value();
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
  for (const char* name : {"monotonic", "perf_counter", "process_time", "thread_time"})
    d->set(name, make_native(name, t_time));
  for (const char* name : {"monotonic_ns", "perf_counter_ns", "process_time_ns", "thread_time_ns"})
    d->set(name, make_native(name, t_time_ns));
  d->set("tzset", make_native("tzset", t_tzset));
  d->set("time", make_native("time", t_wall));
  d->set("time_ns", make_native("time_ns", t_wall_ns));
  add_time_calendar(vm, d);
  d->set("sleep", make_native("sleep", t_sleep));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
