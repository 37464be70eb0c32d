// math's summing functions: fsum (Shewchuk's exact partials with
// mathmodule.c's final half-even correction), prod, hypot and dist (the
// Euclidean norm, scaled so no square overflows) and isclose.
#include <vector>

#include "vm/internal.h"
#include "vm/lib/stdlib/math_internal.h"

namespace sandbox::vm::lib::math {

namespace {

Value m_fsum(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.fsum", kw);
  check_one_arg("math.fsum", a);
  std::vector<double> partials;  // nonoverlapping, increasing magnitude
  double special_sum = 0.0, inf_sum = 0.0;
  Value it = vm.iter(a[0]);
  Value item;
  while (vm.next(it, item)) {
    double x = to_double(vm, item);
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // Either an overflow of finite summands or an inf/nan summand.
        if (std::isfinite(xsave)) throw_overflow_error("intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) throw_value_error("-inf + inf in fsum");
    return Value::real(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    double lo = 0.0;
    hi = partials[--n];
    // Sum from the top until the result is inexact.
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even when the rest of the partials push the tie one way.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::real(hi);
}

Value m_prod(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("prod", kw, {"start"});
  if (a.size() != 1)
    throw_type_error("prod() takes exactly 1 positional argument (%zu given)", a.size());
  const Value* start = kwarg(kw, "start");
  Value result = start ? *start : Value::integer(1);
  Value it = vm.iter(a[0]);
  Value x;
  while (vm.next(it, x)) result = vm.binary_op(BinOp::Mul, result, x);
  return result;
}

// The norm of coordinates already made non-negative and finite-checked:
// scaled by a power of two near the largest so squares cannot overflow or
// underflow, summed in extended precision, and rounded once.
double vector_norm(const std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  int e = 0;
  std::frexp(max, &e);
  long double sum = 0.0L, comp = 0.0L;
  for (double x : v) {
    long double s = std::ldexp(static_cast<long double>(x), -e);
    long double sq = s * s - comp;
    long double t = sum + sq;
    comp = (t - sum) - sq;
    sum = t;
  }
  return static_cast<double>(std::ldexp(std::sqrt(sum), e));
}

Value m_hypot(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("hypot", kw);
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (const Value& x : a) {
    double d = std::fabs(to_double(vm, x));
    found_nan |= std::isnan(d);
    if (d > max) max = d;
    v.push_back(d);
  }
  return Value::real(vector_norm(v, max, found_nan));
}

Value m_dist(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("dist", kw);
  expect_args("dist", a, 2);
  std::vector<Value> p = vm.to_vector(a[0]), q = vm.to_vector(a[1]);
  if (p.size() != q.size()) throw_value_error("both points must have the same number of dimensions");
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); i++) {
    double d = std::fabs(to_double(vm, p[i]) - to_double(vm, q[i]));
    found_nan |= std::isnan(d);
    if (d > max) max = d;
    v.push_back(d);
  }
  return Value::real(vector_norm(v, max, found_nan));
}

Value m_isclose(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("isclose", kw, {"rel_tol", "abs_tol", "a", "b"});
  Value x = a.size() > 0 ? a[0] : Value::null(), y = a.size() > 1 ? a[1] : Value::null();
  if (const Value* v = kwarg(kw, "a")) x = *v;
  if (const Value* v = kwarg(kw, "b")) y = *v;
  if (a.size() > 2) throw_type_error("isclose() takes exactly 2 positional arguments (%zu given)", a.size());
  if (x.is_null()) throw_type_error("isclose() missing required argument 'a' (pos 1)");
  if (y.is_null()) throw_type_error("isclose() missing required argument 'b' (pos 2)");
  double da = to_double(vm, x), db = to_double(vm, y);
  double rel = 1e-09, abs_tol = 0.0;
  if (const Value* v = kwarg(kw, "rel_tol")) rel = to_double(vm, *v);
  if (const Value* v = kwarg(kw, "abs_tol")) abs_tol = to_double(vm, *v);
  if (rel < 0.0 || abs_tol < 0.0) throw_value_error("tolerances must be non-negative");
  if (da == db) return Value::boolean(true);
  if (std::isinf(da) || std::isinf(db)) return Value::boolean(false);
  double diff = std::fabs(db - da);
  return Value::boolean(diff <= std::fabs(rel * db) || diff <= std::fabs(rel * da) || diff <= abs_tol);
}

}  // namespace

void add_sum_functions(Dict* d) {
  d->set("fsum", make_native("fsum", m_fsum));
  d->set("prod", make_native("prod", m_prod));
  d->set("hypot", make_native("hypot", m_hypot));
  d->set("dist", make_native("dist", m_dist));
  d->set("isclose", make_native("isclose", m_isclose));
}

}  // namespace sandbox::vm::lib::math
