// The `cmath` module (Modules/cmathmodule.c): complex functions computed
// with the same formulas CPython uses for finite arguments (Kahan's square
// root, log1p near the unit circle, the scaled branches for huge values),
// so results agree to the bit; infinities and NaNs follow C99 Annex G,
// which CPython's special-value tables implement.  Errors: a domain error
// (log(0), atanh(1)) is ValueError("math domain error"), an overflow
// OverflowError("math range error").
#include <cfloat>
#include <complex>

#include "vm/complex.h"
#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib {

namespace {

struct C {
  double re, im;
};

constexpr double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;

enum class Err { None, Domain, Range };

[[noreturn]] void raise(Err e) {
  if (e == Err::Domain) throw_value_error("math domain error");
  throw_overflow_error("math range error");
}

bool finite(C z) { return std::isfinite(z.re) && std::isfinite(z.im); }

C from_std(std::complex<double> c) { return {c.real(), c.imag()}; }
std::complex<double> to_std(C z) { return {z.re, z.im}; }

// PyComplex_AsCComplex: complex, or anything float() accepts (__complex__ first).
C complex_arg(VM& vm, const Value& v) {
  if (v.is_number()) return {v.to_double(), 0.0};
  if (is_bigint(v)) return {int_to_double(v), 0.0};
  if (v.is_obj() && is_subtype(v.type(), complex_type())) return {v.as<Complex>()->re, v.as<Complex>()->im};
  Value m = lookup_special_method(vm, v, "__complex__");
  if (!m.is_null()) {
    Value r = vm.call(m, {});
    if (!r.is_obj() || !is_subtype(r.type(), complex_type()))
      throw_type_error("__complex__ returned non-complex (type %s)", type_name(r));
    return {r.as<Complex>()->re, r.as<Complex>()->im};
  }
  for (const char* name : {"__float__", "__index__"}) {
    Value f = lookup_special_method(vm, v, name);
    if (!f.is_null()) {
      Value r = vm.call(f, {});
      return {r.is_number() ? r.to_double() : int_to_double(r), 0.0};
    }
  }
  throw_type_error("must be real number, not %s", type_name(v));
}

C c_sqrt(C z) {
  if (!finite(z)) return from_std(std::sqrt(to_std(z)));
  if (z.re == 0.0 && z.im == 0.0) return {0.0, z.im};
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.re >= 0.0) return {s, std::copysign(d, z.im)};
  return {d, std::copysign(s, z.im)};
}

C c_log(C z, Err& err) {
  if (!finite(z)) return from_std(std::log(to_std(z)));
  double ax = std::fabs(z.re), ay = std::fabs(z.im), re;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
    } else {
      re = -INFINITY;
      err = Err::Domain;
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  return {re, std::atan2(z.im, z.re)};
}

C c_exp(C z, Err& err) {
  if (!finite(z)) return from_std(std::exp(to_std(z)));
  C r;
  if (z.re > kLogLargeDouble) {
    double l = std::exp(z.re - 1.0);
    r = {l * std::cos(z.im) * M_E, l * std::sin(z.im) * M_E};
  } else {
    double l = std::exp(z.re);
    r = {l * std::cos(z.im), l * std::sin(z.im)};
  }
  if (std::isinf(r.re) || std::isinf(r.im)) err = Err::Range;
  return r;
}

C c_cosh(C z, Err& err) {
  if (!finite(z)) return from_std(std::cosh(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x1 = z.re - std::copysign(1.0, z.re);
    r = {std::cos(z.im) * std::cosh(x1) * M_E, std::sin(z.im) * std::sinh(x1) * M_E};
  } else {
    r = {std::cos(z.im) * std::cosh(z.re), std::sin(z.im) * std::sinh(z.re)};
  }
  if (std::isinf(r.re) || std::isinf(r.im)) err = Err::Range;
  return r;
}

C c_sinh(C z, Err& err) {
  if (!finite(z)) return from_std(std::sinh(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x1 = z.re - std::copysign(1.0, z.re);
    r = {std::cos(z.im) * std::sinh(x1) * M_E, std::sin(z.im) * std::cosh(x1) * M_E};
  } else {
    r = {std::cos(z.im) * std::sinh(z.re), std::sin(z.im) * std::cosh(z.re)};
  }
  if (std::isinf(r.re) || std::isinf(r.im)) err = Err::Range;
  return r;
}

C c_tanh(C z, Err&) {
  if (!finite(z)) return from_std(std::tanh(to_std(z)));
  if (std::fabs(z.re) > kLogLargeDouble)
    return {std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) * std::exp(-2.0 * std::fabs(z.re))};
  double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1.0 / std::cosh(z.re);
  double txty = tx * ty, denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

// cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz).
C c_cos(C z, Err& err) { return c_cosh({-z.im, z.re}, err); }
C c_sin(C z, Err& err) {
  C s = c_sinh({-z.im, z.re}, err);
  return {s.im, -s.re};
}
C c_tan(C z, Err& err) {
  C s = c_tanh({-z.im, z.re}, err);
  return {s.im, -s.re};
}

C c_acos(C z, Err&) {
  if (!finite(z)) return from_std(std::acos(to_std(z)));
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double big = std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0;
    double im = z.re < 0 ? -std::copysign(big, z.im) : std::copysign(big, -z.im);
    return {std::atan2(std::fabs(z.im), z.re), im};
  }
  C s1 = c_sqrt({1.0 - z.re, -z.im}), s2 = c_sqrt({1.0 + z.re, z.im});
  return {2.0 * std::atan2(s1.re, s2.re), std::asinh(s2.re * s1.im - s2.im * s1.re)};
}

C c_acosh(C z, Err&) {
  if (!finite(z)) return from_std(std::acosh(to_std(z)));
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble)
    return {std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, std::atan2(z.im, z.re)};
  C s1 = c_sqrt({z.re - 1.0, z.im}), s2 = c_sqrt({z.re + 1.0, z.im});
  return {std::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * std::atan2(s1.im, s2.re)};
}

C c_asinh(C z, Err&) {
  if (!finite(z)) return from_std(std::asinh(to_std(z)));
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double big = std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0;
    double re = z.im >= 0.0 ? std::copysign(big, z.re) : -std::copysign(big, -z.re);
    return {re, std::atan2(z.im, std::fabs(z.re))};
  }
  C s1 = c_sqrt({1.0 + z.im, -z.re}), s2 = c_sqrt({1.0 - z.im, z.re});
  return {std::asinh(s1.re * s2.im - s2.re * s1.im), std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

C c_asin(C z, Err& err) {
  C s = c_asinh({-z.im, z.re}, err);
  return {s.im, -s.re};
}

C c_atanh(C z, Err& err) {
  if (!finite(z)) return from_std(std::atanh(to_std(z)));
  if (z.re < 0.0) {
    C r = c_atanh({-z.re, -z.im}, err);
    return {-r.re, -r.im};
  }
  double ay = std::fabs(z.im);
  if (z.re > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(z.re / 2.0, z.im / 2.0);
    return {z.re / 4.0 / h / h, -std::copysign(M_PI / 2.0, -z.im)};
  }
  if (z.re == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {
      err = Err::Domain;
      return {INFINITY, z.im};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))), std::copysign(std::atan2(2.0, -ay) / 2.0, z.im)};
  }
  return {std::log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
          -std::atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0};
}

C c_atan(C z, Err& err) {
  C s = c_atanh({-z.im, z.re}, err);
  return {s.im, -s.re};
}

using Fn = C (*)(C, Err&);
struct Entry {
  const char* name;
  Fn fn;
};

C c_sqrt_e(C z, Err&) { return c_sqrt(z); }

const Entry kFunctions[] = {{"sqrt", c_sqrt_e}, {"exp", c_exp},     {"cos", c_cos},     {"sin", c_sin},
                            {"tan", c_tan},     {"cosh", c_cosh},   {"sinh", c_sinh},   {"tanh", c_tanh},
                            {"acos", c_acos},   {"asin", c_asin},   {"atan", c_atan},   {"acosh", c_acosh},
                            {"asinh", c_asinh}, {"atanh", c_atanh}, {"log10", nullptr}};

Value unary(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  const Entry* e = static_cast<const Entry*>(self->ctx);
  std::string full = std::string("cmath.") + e->name;
  no_kwargs(full.c_str(), kw);
  check_one_arg(full.c_str(), a);
  C z = complex_arg(vm, a[0]);
  Err err = Err::None;
  C r;
  if (e->fn) {
    r = e->fn(z, err);
  } else {
    r = c_log(z, err);
    r.re /= kLn10;
    r.im /= kLn10;
  }
  if (err != Err::None) raise(err);
  return make_complex(r.re, r.im);
}

Value c_log_fn(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("log", kw);
  check_args("log", a, 1, 2);
  Err err = Err::None;
  C x = c_log(complex_arg(vm, a[0]), err);
  if (err != Err::None) raise(err);
  if (a.size() == 1) return make_complex(x.re, x.im);
  C y = c_log(complex_arg(vm, a[1]), err);
  if (err != Err::None) raise(err);
  try {
    return vm.binary_op(BinOp::TrueDiv, make_complex(x.re, x.im), make_complex(y.re, y.im));
  } catch (PyException& e) {
    if (!is_subtype(e.value.type(), exc().ZeroDivisionError)) throw;
    raise(Err::Domain);
  }
}

Value c_phase(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("cmath.phase", kw);
  check_one_arg("cmath.phase", a);
  C z = complex_arg(vm, a[0]);
  return Value::real(std::atan2(z.im, z.re));
}

Value c_polar(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("cmath.polar", kw);
  check_one_arg("cmath.polar", a);
  C z = complex_arg(vm, a[0]);
  double r = std::hypot(z.re, z.im);
  if (std::isinf(r) && finite(z)) raise(Err::Range);
  return make_tuple({Value::real(r), Value::real(std::atan2(z.im, z.re))});
}

Value c_rect(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("rect", kw);
  if (a.size() != 2) throw_type_error("rect expected 2 arguments, got %zu", a.size());
  double r = complex_arg(vm, a[0]).re, phi = complex_arg(vm, a[1]).re;
  if (std::isfinite(r) && std::isfinite(phi)) {
    // phi == 0 keeps the imaginary zero's sign (r * phi), as CPython does.
    if (phi == 0.0) return make_complex(r, r * phi);
    return make_complex(r * std::cos(phi), r * std::sin(phi));
  }
  if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
    if (r > 0) return make_complex(std::copysign(INFINITY, std::cos(phi)), std::copysign(INFINITY, std::sin(phi)));
    return make_complex(-std::copysign(INFINITY, std::cos(phi)), -std::copysign(INFINITY, std::sin(phi)));
  }
  std::complex<double> p = std::polar(std::fabs(r), phi);
  if (r < 0) p = -p;
  if (std::isinf(phi) && std::isfinite(r) && r != 0) raise(Err::Domain);
  return make_complex(p.real(), p.imag());
}

Value predicate(VM& vm, Args a, const KwArgs* kw, const char* name, int which) {
  no_kwargs(name, kw);
  check_one_arg(name, a);
  C z = complex_arg(vm, a[0]);
  if (which == 0) return Value::boolean(std::isfinite(z.re) && std::isfinite(z.im));
  if (which == 1) return Value::boolean(std::isinf(z.re) || std::isinf(z.im));
  return Value::boolean(std::isnan(z.re) || std::isnan(z.im));
}
Value c_isfinite(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return predicate(vm, a, kw, "cmath.isfinite", 0); }
Value c_isinf(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return predicate(vm, a, kw, "cmath.isinf", 1); }
Value c_isnan(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return predicate(vm, a, kw, "cmath.isnan", 2); }

Value c_isclose(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("isclose", kw, {"rel_tol", "abs_tol", "a", "b"});
  Value x = a.size() > 0 ? a[0] : Value::null(), y = a.size() > 1 ? a[1] : Value::null();
  if (const Value* v = kwarg(kw, "a")) x = *v;
  if (const Value* v = kwarg(kw, "b")) y = *v;
  if (a.size() > 2) throw_type_error("isclose() takes exactly 2 positional arguments (%zu given)", a.size());
  if (x.is_null()) throw_type_error("isclose() missing required argument 'a' (pos 1)");
  if (y.is_null()) throw_type_error("isclose() missing required argument 'b' (pos 2)");
  C p = complex_arg(vm, x), q = complex_arg(vm, y);
  double rel = 1e-09, abs_tol = 0.0;
  if (const Value* v = kwarg(kw, "rel_tol")) rel = complex_arg(vm, *v).re;
  if (const Value* v = kwarg(kw, "abs_tol")) abs_tol = complex_arg(vm, *v).re;
  if (rel < 0.0 || abs_tol < 0.0) throw_value_error("tolerances must be non-negative");
  if (p.re == q.re && p.im == q.im) return Value::boolean(true);
  if (std::isinf(p.re) || std::isinf(p.im) || std::isinf(q.re) || std::isinf(q.im)) return Value::boolean(false);
  double diff = std::hypot(q.re - p.re, q.im - p.im);
  return Value::boolean(diff <= rel * std::hypot(q.re, q.im) || diff <= rel * std::hypot(p.re, p.im) ||
                        diff <= abs_tol);
}

}  // namespace

void install_cmath_module(VM& vm) {
  Module* m = make_module("cmath");
  Value keep(m);
  Dict* d = m->dict.get();
  for (const Entry& e : kFunctions) d->set(e.name, make_native(e.name, unary, Value(), const_cast<Entry*>(&e)));
  d->set("log", make_native("log", c_log_fn));
  d->set("phase", make_native("phase", c_phase));
  d->set("polar", make_native("polar", c_polar));
  d->set("rect", make_native("rect", c_rect));
  d->set("isfinite", make_native("isfinite", c_isfinite));
  d->set("isinf", make_native("isinf", c_isinf));
  d->set("isnan", make_native("isnan", c_isnan));
  d->set("isclose", make_native("isclose", c_isclose));
  d->set("pi", Value::real(M_PI));
  d->set("e", Value::real(M_E));
  d->set("tau", Value::real(2 * M_PI));
  d->set("inf", Value::real(INFINITY));
  d->set("nan", Value::real(NAN));
  d->set("infj", make_complex(0.0, INFINITY));
  d->set("nanj", make_complex(0.0, NAN));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
