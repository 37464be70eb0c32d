// The `math` module (Modules/mathmodule.c): the float functions with
// math_1's error rules (a NaN from a non-NaN argument is a domain error, an
// infinity from a finite one a range or domain error), the constants, and
// floor/ceil/trunc through __floor__/__ceil__/__trunc__.  Integer functions
// are in math_integer.cpp, the summing ones in math_sums.cpp.
#include <algorithm>
#include <cfloat>
#include <cstring>

#include "vm/internal.h"
#include "vm/lib/stdlib/math_internal.h"
#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib::math {

void domain_error() { throw_value_error("math domain error"); }
void range_error() { throw_overflow_error("math range error"); }

double to_double(VM& vm, const Value& v) {
  if (v.is_number()) return v.to_double();
  if (is_bigint(v)) return int_to_double(v);
  Value f = lookup_special_method(vm, v, "__float__");
  if (!f.is_null()) {
    Value r = vm.call(f, {});
    if (!r.is_float()) throw_type_error("%s.__float__ returned non-float (type %s)", type_name(v), type_name(r));
    return r.as_float();
  }
  Value i = lookup_special_method(vm, v, "__index__");
  if (!i.is_null()) return to_double(vm, vm.call(i, {}));
  throw_type_error("must be real number, not %s", type_name(v));
}

Value to_int(VM& vm, const Value& v) {
  if (v.is_bool()) return Value::integer(v.as_int());
  if (is_int_value(v)) return v;
  Value i = lookup_special_method(vm, v, "__index__");
  if (!i.is_null()) {
    Value r = vm.call(i, {});
    if (!is_int_value(r)) throw_type_error("__index__ returned non-int (type %s)", type_name(r));
    return r.is_bool() ? Value::integer(r.as_int()) : r;
  }
  throw_type_error("'%s' object cannot be interpreted as an integer", type_name(v));
}

Value float_to_int(double d) {
  if (std::isinf(d)) throw_overflow_error("cannot convert float infinity to integer");
  if (std::isnan(d)) throw_value_error("cannot convert float NaN to integer");
  if (d >= -9.2e18 && d <= 9.2e18) return Value::integer(static_cast<int64_t>(d));
  return make_int(BigNum::from_double(d));
}

void expect_args(const char* name, Args a, size_t n) {
  if (a.size() != n) throw_type_error("%s expected %zu argument%s, got %zu", name, n, n == 1 ? "" : "s", a.size());
}

namespace {

using Fn1 = double (*)(double);

struct Unary {
  const char* name;
  Fn1 fn;
  bool can_overflow;
  bool checked = true;  // math_1's error rules (degrees/radians have none)
};

const Unary kUnary[] = {
    {"acos", [](double x) { return std::acos(x); }, false},
    {"acosh", [](double x) { return std::acosh(x); }, false},
    {"asin", [](double x) { return std::asin(x); }, false},
    {"asinh", [](double x) { return std::asinh(x); }, false},
    {"atan", [](double x) { return std::atan(x); }, false},
    {"atanh", [](double x) { return std::atanh(x); }, false},
    {"cbrt", [](double x) { return std::cbrt(x); }, false},
    {"cos", [](double x) { return std::cos(x); }, false},
    {"cosh", [](double x) { return std::cosh(x); }, true},
    {"erf", [](double x) { return std::erf(x); }, false},
    {"erfc", [](double x) { return std::erfc(x); }, false},
    {"exp", [](double x) { return std::exp(x); }, true},
    {"exp2", [](double x) { return std::exp2(x); }, true},
    {"expm1", [](double x) { return std::expm1(x); }, true},
    {"fabs", [](double x) { return std::fabs(x); }, false},
    {"gamma", math::gamma, true},
    {"lgamma", math::lgamma, true},
    {"log1p", [](double x) { return std::log1p(x); }, false},
    {"sin", [](double x) { return std::sin(x); }, false},
    {"sinh", [](double x) { return std::sinh(x); }, true},
    {"sqrt", [](double x) { return std::sqrt(x); }, false},
    {"tan", [](double x) { return std::tan(x); }, false},
    {"tanh", [](double x) { return std::tanh(x); }, false},
    {"degrees", [](double x) { return x * (180.0 / M_PI); }, false, false},
    {"radians", [](double x) { return x * (M_PI / 180.0); }, false, false},
};

Value unary(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  const Unary* u = static_cast<const Unary*>(self->ctx);
  std::string full = "math." + std::string(u->name);
  no_kwargs(full.c_str(), kw);
  check_one_arg(full.c_str(), a);
  double x = to_double(vm, a[0]);
  double r = u->fn(x);
  if (!u->checked) return Value::real(r);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (u->can_overflow) range_error();
    domain_error();
  }
  return Value::real(r);
}

// loghelper: ints too large for a float are taken as m * 2**e.
double log_of(VM& vm, const Value& v, double (*fn)(double)) {
  if (is_bigint(v)) {
    BigNum n = to_bignum(v);
    if (n.sign() <= 0) domain_error();
    bool overflow = false;
    double d = n.to_double(overflow);
    if (!overflow) return fn(d);
    // _PyLong_Frexp: n = m * 2**e with m in [0.5, 1).
    uint64_t e = n.bit_length();
    double m = std::ldexp(n.shr(e - 64).to_double(overflow), -64);
    return fn(m) + fn(2.0) * static_cast<double>(e);
  }
  double x = to_double(vm, v);
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  return fn(x);
}

double ln(double x) { return std::log(x); }

Value m_log(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("log", kw);
  if (a.empty() || a.size() > 2) throw_type_error("math.log requires 1 to 2 arguments");
  double num = log_of(vm, a[0], ln);
  if (a.size() == 1) return Value::real(num);
  double den = log_of(vm, a[1], ln);
  if (den == 0) throw_zero_division_error("float division by zero");
  return Value::real(num / den);
}

Value m_log2(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.log2", kw);
  check_one_arg("math.log2", a);
  // log2 of 2**k is exact through log2 itself, also past float range.
  if (is_bigint(a[0])) {
    BigNum n = to_bignum(a[0]);
    if (n.sign() <= 0) domain_error();
    uint64_t e = n.bit_length();
    bool overflow = false;
    double m = std::ldexp(n.shr(e - 64).to_double(overflow), -64);
    return Value::real(std::log2(m) + static_cast<double>(e));
  }
  return Value::real(log_of(vm, a[0], [](double x) { return std::log2(x); }));
}

Value m_log10(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.log10", kw);
  check_one_arg("math.log10", a);
  return Value::real(log_of(vm, a[0], [](double x) { return std::log10(x); }));
}

// floor/ceil: an int stays itself, a float rounds, else the type's __floor__/__ceil__.
Value rounding(VM& vm, Args a, const KwArgs* kw, const char* name, const char* dunder, double (*fn)(double)) {
  std::string full = std::string("math.") + name;
  no_kwargs(full.c_str(), kw);
  check_one_arg(full.c_str(), a);
  const Value& x = a[0];
  if (x.is_float()) return float_to_int(fn(x.as_float()));
  if (x.is_bool()) return Value::integer(x.as_int());
  if (is_int_value(x)) return x;
  Value m = lookup_special_method(vm, x, dunder);
  if (!m.is_null()) return vm.call(m, {});
  return float_to_int(fn(to_double(vm, x)));
}

Value m_floor(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return rounding(vm, a, kw, "floor", "__floor__", [](double x) { return std::floor(x); });
}
Value m_ceil(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return rounding(vm, a, kw, "ceil", "__ceil__", [](double x) { return std::ceil(x); });
}

Value m_trunc(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.trunc", kw);
  check_one_arg("math.trunc", a);
  const Value& x = a[0];
  if (x.is_float()) return float_to_int(std::trunc(x.as_float()));
  if (x.is_bool()) return Value::integer(x.as_int());
  if (is_int_value(x)) return x;
  Value m = lookup_special_method(vm, x, "__trunc__");
  if (m.is_null()) throw_type_error("type %s doesn't define __trunc__ method", type_name(x));
  return vm.call(m, {});
}

Value two_floats(VM& vm, Args a, const KwArgs* kw, const char* name, double& x, double& y) {
  no_kwargs(name, kw);
  expect_args(name, a, 2);
  x = to_double(vm, a[0]);
  y = to_double(vm, a[1]);
  return Value();
}

Value m_pow(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  double x, y;
  two_floats(vm, a, kw, "pow", x, y);
  // math_pow: C99's special cases, with errors for the finite ones that fail.
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) return Value::real(y == 0.0 ? 1.0 : x);
    if (std::isnan(y)) return Value::real(x == 1.0 ? 1.0 : y);
    return Value::real(std::pow(x, y));
  }
  if (x == 0.0) {
    if (y < 0.0) domain_error();
    return Value::real(std::pow(x, y));
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) domain_error();
  if (std::isinf(r)) range_error();
  return Value::real(r);
}

Value m_atan2(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  double y, x;
  two_floats(vm, a, kw, "atan2", y, x);
  return Value::real(std::atan2(y, x));
}

Value m_copysign(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  double x, y;
  two_floats(vm, a, kw, "copysign", x, y);
  return Value::real(std::copysign(x, y));
}

Value m_fmod(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  double x, y;
  two_floats(vm, a, kw, "fmod", x, y);
  if (std::isinf(y) && std::isfinite(x)) return Value::real(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return Value::real(r);
}

Value m_remainder(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  double x, y;
  two_floats(vm, a, kw, "remainder", x, y);
  if (std::isnan(x)) return Value::real(x);
  if (std::isnan(y)) return Value::real(y);
  if (std::isinf(x) || y == 0.0) domain_error();
  if (std::isinf(y)) return Value::real(x);
  return Value::real(std::remainder(x, y));
}

Value m_nextafter(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  double x, y;
  two_floats(vm, a, kw, "nextafter", x, y);
  return Value::real(std::nextafter(x, y));
}

Value m_ulp(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.ulp", kw);
  check_one_arg("math.ulp", a);
  double x = to_double(vm, a[0]);
  if (std::isnan(x)) return Value::real(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::real(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Value::real(x - std::nextafter(x, -INFINITY));
  return Value::real(up - x);
}

Value m_frexp(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.frexp", kw);
  check_one_arg("math.frexp", a);
  double x = to_double(vm, a[0]);
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  return make_tuple({Value::real(m), Value::integer(e)});
}

Value m_ldexp(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("ldexp", kw);
  expect_args("ldexp", a, 2);
  double x = to_double(vm, a[0]);
  if (!is_int_value(a[1])) throw_type_error("Expected an int as second argument to ldexp.");
  int64_t e;
  if (is_bigint(a[1])) e = to_bignum(a[1]).negative() ? INT32_MIN : INT32_MAX;
  else e = std::clamp<int64_t>(a[1].as_int(), INT32_MIN, INT32_MAX);
  if (x == 0 || !std::isfinite(x)) return Value::real(x);
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) range_error();
  return Value::real(r);
}

Value m_modf(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.modf", kw);
  check_one_arg("math.modf", a);
  double x = to_double(vm, a[0]);
  if (std::isinf(x)) return make_tuple({Value::real(std::copysign(0.0, x)), Value::real(x)});
  double ip;
  double fp = std::modf(x, &ip);
  return make_tuple({Value::real(fp), Value::real(ip)});
}

Value predicate(VM& vm, Args a, const KwArgs* kw, const char* name, bool (*fn)(double)) {
  no_kwargs(name, kw);
  check_one_arg(name, a);
  return Value::boolean(fn(to_double(vm, a[0])));
}
Value m_isnan(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return predicate(vm, a, kw, "math.isnan", [](double x) { return std::isnan(x); });
}
Value m_isinf(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return predicate(vm, a, kw, "math.isinf", [](double x) { return std::isinf(x); });
}
Value m_isfinite(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return predicate(vm, a, kw, "math.isfinite", [](double x) { return std::isfinite(x); });
}

}  // namespace

}  // namespace sandbox::vm::lib::math

namespace sandbox::vm::lib {

void install_math_module(VM& vm) {
  using namespace math;
  Module* m = make_module("math");
  Value keep(m);
  Dict* d = m->dict.get();
  for (const Unary& u : kUnary) d->set(u.name, make_native(u.name, unary, Value(), const_cast<Unary*>(&u)));
  struct Named {
    const char* name;
    NativeFn fn;
  };
  for (const Named& n : {Named{"log", m_log}, Named{"log2", m_log2}, Named{"log10", m_log10}, Named{"floor", m_floor},
                         Named{"ceil", m_ceil}, Named{"trunc", m_trunc}, Named{"pow", m_pow}, Named{"atan2", m_atan2},
                         Named{"copysign", m_copysign}, Named{"fmod", m_fmod}, Named{"remainder", m_remainder},
                         Named{"nextafter", m_nextafter}, Named{"ulp", m_ulp}, Named{"frexp", m_frexp},
                         Named{"ldexp", m_ldexp}, Named{"modf", m_modf}, Named{"isnan", m_isnan},
                         Named{"isinf", m_isinf}, Named{"isfinite", m_isfinite}})
    d->set(n.name, make_native(n.name, n.fn));
  add_integer_functions(d);
  add_sum_functions(d);
  d->set("pi", Value::real(M_PI));
  d->set("e", Value::real(M_E));
  d->set("tau", Value::real(2 * M_PI));
  d->set("inf", Value::real(INFINITY));
  d->set("nan", Value::real(NAN));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
