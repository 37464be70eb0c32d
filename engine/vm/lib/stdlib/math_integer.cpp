// math's integer functions on Python ints of any size (mathmodule.c:
// math_gcd, math_lcm, math_isqrt, math_factorial, math_comb, math_perm).
#include <algorithm>

#include "vm/internal.h"
#include "vm/lib/stdlib/math_internal.h"

namespace sandbox::vm::lib::math {

namespace {

BigNum big(VM& vm, const Value& v) { return to_bignum(to_int(vm, v)); }
BigNum one() { return BigNum::from_i64(1); }

BigNum gcd2(BigNum a, BigNum b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    if (a.fits_i64() && b.fits_i64()) {
      uint64_t x = static_cast<uint64_t>(a.to_i64()), y = static_cast<uint64_t>(b.to_i64());
      while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
      }
      return BigNum::from_u64(x);
    }
    BigNum q, r;
    BigNum::divmod(a, b, q, r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

Value m_gcd(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("gcd", kw);
  BigNum g;
  for (const Value& v : a) g = gcd2(g, big(vm, v));
  return make_int(g);
}

Value m_lcm(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("lcm", kw);
  BigNum l = one();
  for (const Value& v : a) {
    BigNum x = big(vm, v).abs();
    if (x.is_zero() || l.is_zero()) {
      l = BigNum();
      continue;
    }
    BigNum q, r;
    BigNum::divmod(l, gcd2(l, x), q, r);
    l = q * x;
  }
  return make_int(l);
}

// The floor square root of n >= 0 by Newton's iteration from above.
BigNum isqrt_big(const BigNum& n) {
  if (n.is_zero()) return n;
  if (n.fits_i64()) {
    uint64_t v = static_cast<uint64_t>(n.to_i64());
    uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(v)));
    while (r > 0 && (r > UINT32_MAX || r * r > v)) r--;
    while ((r + 1) <= UINT32_MAX && (r + 1) * (r + 1) <= v) r++;
    return BigNum::from_u64(r);
  }
  BigNum x = one().shl((n.bit_length() + 1) / 2);
  for (;;) {
    BigNum q, r;
    BigNum::divmod(n, x, q, r);
    BigNum y = (x + q).shr(1);
    if (BigNum::compare(y, x) >= 0) return x;
    x = std::move(y);
  }
}

Value m_isqrt(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.isqrt", kw);
  check_one_arg("math.isqrt", a);
  BigNum n = big(vm, a[0]);
  if (n.negative()) throw_value_error("isqrt() argument must be nonnegative");
  return make_int(isqrt_big(n));
}

// The product lo * (lo+1) * ... * hi by halves, so the multiplications stay balanced.
BigNum range_product(uint64_t lo, uint64_t hi) {
  if (lo > hi) return one();
  if (hi - lo < 8) {
    BigNum p = BigNum::from_u64(lo);
    for (uint64_t i = lo + 1; i <= hi; i++) p = p * BigNum::from_u64(i);
    return p;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid + 1, hi);
}

// A count argument that must fit a C long: the OverflowError CPython gives past it.
uint64_t small_count(const BigNum& n, const char* overflow_msg) {
  if (!n.fits_i64()) throw_overflow_error("%s", overflow_msg);
  return static_cast<uint64_t>(n.to_i64());
}

Value m_factorial(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("math.factorial", kw);
  check_one_arg("math.factorial", a);
  if (a[0].is_float()) throw_type_error("'float' object cannot be interpreted as an integer");
  BigNum n = big(vm, a[0]);
  if (n.negative()) throw_value_error("factorial() not defined for negative values");
  uint64_t k = small_count(n, "factorial() argument should not exceed 9223372036854775807");
  if (k > 200000) heap_reserve(k * 2);
  return make_int(range_product(1, k == 0 ? 1 : k));
}

void comb_args(VM& vm, Args a, BigNum& n, BigNum& k) {
  n = big(vm, a[0]);
  k = big(vm, a[1]);
  if (n.negative()) throw_value_error("n must be a non-negative integer");
  if (k.negative()) throw_value_error("k must be a non-negative integer");
}

Value m_perm(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("perm", kw);
  if (a.empty() || a.size() > 2)
    throw_type_error("perm expected at %s %d argument%s, got %zu", a.empty() ? "least" : "most", a.empty() ? 1 : 2,
                     a.empty() ? "" : "s", a.size());
  // perm(n) is factorial(n), with factorial's messages.
  if (a.size() == 1) return m_factorial(vm, nullptr, a, nullptr);
  BigNum n, k;
  comb_args(vm, a, n, k);
  if (BigNum::compare(k, n) > 0) return Value::integer(0);
  uint64_t kk = small_count(k, "k must not exceed 9223372036854775807");
  if (kk == 0) return Value::integer(1);
  if (n.fits_i64()) return make_int(range_product(static_cast<uint64_t>(n.to_i64()) - kk + 1, n.to_i64()));
  BigNum p = one();
  for (uint64_t i = 0; i < kk; i++) p = p * (n - BigNum::from_u64(i));
  return make_int(p);
}

Value m_comb(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("comb", kw);
  expect_args("comb", a, 2);
  BigNum n, k;
  comb_args(vm, a, n, k);
  if (BigNum::compare(k, n) > 0) return Value::integer(0);
  BigNum other = n - k;
  if (BigNum::compare(other, k) < 0) k = other;
  uint64_t kk = small_count(k, "min(n - k, k) must not exceed 9223372036854775807");
  // C(n, i+1) = C(n, i) * (n - i) / (i + 1): every quotient is exact.
  BigNum r = one();
  for (uint64_t i = 0; i < kk; i++) {
    BigNum q, rem;
    BigNum::divmod(r * (n - BigNum::from_u64(i)), BigNum::from_u64(i + 1), q, rem);
    r = std::move(q);
  }
  return make_int(r);
}

}  // namespace

void add_integer_functions(Dict* d) {
  d->set("gcd", make_native("gcd", m_gcd));
  d->set("lcm", make_native("lcm", m_lcm));
  d->set("isqrt", make_native("isqrt", m_isqrt));
  d->set("factorial", make_native("factorial", m_factorial));
  d->set("perm", make_native("perm", m_perm));
  d->set("comb", make_native("comb", m_comb));
}

}  // namespace sandbox::vm::lib::math
