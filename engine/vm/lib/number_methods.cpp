// int, bool and float methods: __format__ (int.__format__ / float.__format__
// via number_format), int.bit_length/bit_count/to_bytes/from_bytes,
// float.is_integer, int's repr/hash slots (BigInts included) and float's
// repr/str slots (the shortest round-trip repr).
#include <algorithm>
#include <cmath>

#include "vm/int_big.h"
#include "vm/internal.h"
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
  if (is_bigint(a[0]))
    guarded([&] { format_bigint(out, a[0].as<BigInt>()->n, spec, type_name(a[0])); });
  else
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
  if (is_bigint(a[0])) return Value::integer(static_cast<int64_t>(a[0].as<BigInt>()->n.bit_length()));
  int64_t v = a[0].as_int();
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return Value::integer(m == 0 ? 0 : 64 - __builtin_clzll(m));
}

Value int_bit_count(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("bit_count", kw);
  check_no_args("bit_count", a.subspan(1));
  if (is_bigint(a[0])) return Value::integer(static_cast<int64_t>(a[0].as<BigInt>()->n.bit_count()));
  int64_t v = a[0].as_int();
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return Value::integer(__builtin_popcountll(m));
}

Value int_conjugate(VM&, NativeFunction*, Args a, const KwArgs*) {
  return is_bigint(a[0]) ? a[0] : Value::integer(a[0].as_int());
}

// The byteorder argument: true for 'little'.
bool little_endian(const Value& v) {
  if (!is_str(v)) throw_type_error("to_bytes() argument 'byteorder' must be str, not %s", type_name(v));
  if (str_of(v) == "little") return true;
  if (str_of(v) == "big") return false;
  throw_value_error("byteorder must be either 'little' or 'big'");
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Value int_to_bytes(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("to_bytes", kw, {"length", "byteorder", "signed"});
  if (a.size() > 3) throw_type_error("to_bytes() takes at most 2 positional arguments (%zu given)", a.size() - 1);
  Value length = a.size() > 1 ? a[1] : Value::integer(1);
  Value order = a.size() > 2 ? a[2] : make_str("big");
  if (const Value* v = kwarg(kw, "length")) length = *v;
  if (const Value* v = kwarg(kw, "byteorder")) order = *v;
  const Value* sv = kwarg(kw, "signed");
  bool is_signed = sv && vm.truthy(*sv);
  int64_t n = as_index(length);
  bool little = little_endian(order);
  if (n < 0) throw_value_error("length argument must be non-negative");
  BigNum x = to_bignum(a[0]);
  if (x.negative() && !is_signed) throw_overflow_error("can't convert negative int to unsigned");
  if (static_cast<uint64_t>(n) > (x.bit_length() + 8) / 8 + 1) heap_reserve(static_cast<size_t>(n));
  std::string out;
  if (!x.to_bytes_le(static_cast<size_t>(n), is_signed, out)) throw_overflow_error("int too big to convert");
  if (!little) std::reverse(out.begin(), out.end());
  return make_bytes(out);
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
Value int_from_bytes(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("from_bytes", kw, {"bytes", "byteorder", "signed"});
  if (a.size() > 3) throw_type_error("from_bytes() takes at most 2 positional arguments (%zu given)", a.size() - 1);
  Value data = a.size() > 1 ? a[1] : Value::null();
  Value order = a.size() > 2 ? a[2] : make_str("big");
  if (const Value* v = kwarg(kw, "bytes")) data = *v;
  if (const Value* v = kwarg(kw, "byteorder")) order = *v;
  if (data.is_null()) throw_type_error("from_bytes() missing required argument 'bytes' (pos 1)");
  const Value* sv = kwarg(kw, "signed");
  bool is_signed = sv && vm.truthy(*sv);
  bool little = little_endian(order);
  std::string raw;
  if (is_bytes(data)) {
    raw = data.as<Bytes>()->s;
  } else if (is_str(data)) {
    throw_type_error("cannot convert 'str' object to bytes");
  } else {
    // bytes(iterable): every item an int in range(256).
    for (const Value& item : vm.to_vector(data)) {
      int64_t b = as_index(item);
      if (b < 0 || b > 255) throw_value_error("bytes must be in range(0, 256)");
      raw += static_cast<char>(b);
    }
  }
  if (!little) std::reverse(raw.begin(), raw.end());
  Value r = make_int(BigNum::from_bytes_le(raw, is_signed));
  Value cls = a[0];
  if (cls.is_obj() && cls.as_obj() != types().int_) return vm.call(cls, {r});
  return r;
}

Value int_repr_slot(VM&, const Value& v) {
  if (is_bigint(v)) return make_str(int_to_decimal(v.as<BigInt>()->n));
  return make_str(std::to_string(v.as_int()));
}

int64_t int_hash_slot(VM&, const Value& v) {
  if (is_bigint(v)) return v.as<BigInt>()->n.hash();
  return hash_int(v.as_int());
}

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
  add_method(t.int_, "to_bytes", int_to_bytes);
  t.int_->dict->set("from_bytes", Value(new ClassMethod(t.classmethod, make_native("int.from_bytes", int_from_bytes))));
  t.int_->repr = int_repr_slot;
  t.int_->hash = int_hash_slot;
  add_method(t.float_, "__format__", float_format);
  add_method(t.float_, "is_integer", float_is_integer);
  t.float_->repr = float_repr_slot;
  t.float_->str = float_repr_slot;
}

}  // namespace sandbox::vm::lib
