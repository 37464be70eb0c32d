// int, bool and float methods: __format__ (int.__format__ / float.__format__
// via number_format), int.bit_length, float.is_integer, and float's repr/str
// slots (the shortest round-trip repr).
#include <cmath>

#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/number_format.h"

namespace sandbox::vm::lib {

namespace {

const std::string& spec_arg(Args a) {
  if (a.size() != 2) throw_type_error("__format__() takes exactly one argument (%zu given)", a.size() - 1);
  if (!is_str(a[1])) throw_type_error("__format__() argument must be str, not %s", type_name(a[1]));
  return str_of(a[1]);
}

Value int_format(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("__format__", kw);
  const std::string& spec = spec_arg(a);
  if (spec.empty()) return vm.str(a[0]);
  std::string out;
  guarded([&] { format_int(out, a[0].as_int(), spec, type_name(a[0])); });
  return make_str(std::move(out));
}

Value float_format(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("__format__", kw);
  const std::string& spec = spec_arg(a);
  std::string out;
  guarded([&] { format_float(out, a[0].as_float(), spec, type_name(a[0])); });
  return make_str(std::move(out));
}

Value int_bit_length(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("bit_length", kw);
  check_no_args("bit_length", a.subspan(1));
  int64_t v = a[0].as_int();
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return Value::integer(m == 0 ? 0 : 64 - __builtin_clzll(m));
}

Value int_bit_count(VM&, NativeFunction*, Args a, const KwArgs*) {
  int64_t v = a[0].as_int();
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return Value::integer(__builtin_popcountll(m));
}

Value int_conjugate(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(a[0].as_int()); }

Value float_is_integer(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("is_integer", kw);
  check_no_args("is_integer", a.subspan(1));
  double x = a[0].as_float();
  return Value::boolean(std::isfinite(x) && std::floor(x) == x);
}

Value float_repr_slot(VM&, const Value& v) { return make_str(float_repr(v.as_float())); }

}  // namespace

void install_number_methods() {
  const CoreTypes& t = types();
  add_method(t.int_, "__format__", int_format);
  add_method(t.int_, "bit_length", int_bit_length);
  add_method(t.int_, "bit_count", int_bit_count);
  add_method(t.int_, "conjugate", int_conjugate);
  add_method(t.float_, "__format__", float_format);
  add_method(t.float_, "is_integer", float_is_integer);
  t.float_->repr = float_repr_slot;
  t.float_->str = float_repr_slot;
}

}  // namespace sandbox::vm::lib
