// BigNum arithmetic (see bigint.h).  Algorithms as CPython's longobject.c
// uses them: schoolbook and Karatsuba multiplication, Knuth's algorithm D
// for division, left-to-right binary exponentiation, two's-complement
// bitwise operations on the sign extension, and a correctly rounded
// conversion to double that also serves true division.
#include "vm/bigint.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace sandbox::vm {

namespace bigmag {

namespace {
constexpr size_t kKaratsubaCutoff = 48;  // digits; below it schoolbook wins

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

Mag schoolbook(const Mag& a, const Mag& b) {
  Mag r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    uint64_t ai = a[i];
    if (ai == 0) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim(r);
  return r;
}

// r += x * 2**(32*shift); r is long enough to hold the sum.
void add_into(Mag& r, const Mag& x, size_t shift) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < x.size(); ++i) {
    uint64_t t = uint64_t(r[i + shift]) + x[i] + carry;
    r[i + shift] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  for (size_t k = i + shift; carry && k < r.size(); ++k) {
    uint64_t t = uint64_t(r[k]) + carry;
    r[k] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  assert(carry == 0);
}

Mag slice(const Mag& a, size_t from, size_t to) {
  from = std::min(from, a.size());
  to = std::min(to, a.size());
  Mag r(a.begin() + static_cast<std::ptrdiff_t>(from), a.begin() + static_cast<std::ptrdiff_t>(to));
  trim(r);
  return r;
}

Mag karatsuba(const Mag& a, const Mag& b) {
  size_t n = std::max(a.size(), b.size());
  size_t small = std::min(a.size(), b.size());
  // Lopsided operands: k_lopsided_mul's job; schoolbook is fine for them here.
  if (small < kKaratsubaCutoff || 2 * small <= n) return schoolbook(a, b);
  size_t m = n / 2;
  Mag a0 = slice(a, 0, m), a1 = slice(a, m, a.size());
  Mag b0 = slice(b, 0, m), b1 = slice(b, m, b.size());
  Mag z0 = karatsuba(a0, b0);
  Mag z2 = karatsuba(a1, b1);
  Mag z1 = karatsuba(add(a0, a1), add(b0, b1));
  z1 = sub(sub(z1, z0), z2);
  Mag r(a.size() + b.size() + 1, 0);
  add_into(r, z0, 0);
  add_into(r, z1, m);
  add_into(r, z2, 2 * m);
  trim(r);
  return r;
}

// Divides a by a single digit in place; returns the remainder.
uint32_t divrem1(Mag& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trim(a);
  return static_cast<uint32_t>(rem);
}

// a = a * m + add (single digits).
void muladd1(Mag& a, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t& d : a) {
    uint64_t t = uint64_t(d) * m + carry;
    d = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry) a.push_back(static_cast<uint32_t>(carry));
}

Mag shl(const Mag& a, uint64_t n) {
  if (a.empty()) return {};
  size_t words = static_cast<size_t>(n / 32);
  unsigned bits = static_cast<unsigned>(n % 32);
  Mag r(words, 0);
  r.reserve(words + a.size() + 1);
  uint32_t carry = 0;
  for (uint32_t d : a) {
    r.push_back(bits ? (d << bits) | carry : d);
    carry = bits ? d >> (32 - bits) : 0;
  }
  if (carry) r.push_back(carry);
  return r;
}

// Truncating right shift; *lost set when a one bit was shifted out.
Mag shr(const Mag& a, uint64_t n, bool* lost) {
  size_t words = static_cast<size_t>(std::min<uint64_t>(n / 32, a.size()));
  unsigned bits = static_cast<unsigned>(n % 32);
  bool any = false;
  for (size_t i = 0; i < words; ++i) any |= a[i] != 0;
  if (words == a.size()) {
    if (lost) *lost = any;
    return {};
  }
  if (bits) any |= (a[words] & ((1u << bits) - 1)) != 0;
  Mag r;
  r.reserve(a.size() - words);
  for (size_t i = words; i < a.size(); ++i) {
    uint32_t hi = i + 1 < a.size() ? a[i + 1] : 0;
    r.push_back(bits ? (a[i] >> bits) | (hi << (32 - bits)) : a[i]);
  }
  trim(r);
  if (lost) *lost = any;
  return r;
}

uint64_t bit_length(const Mag& a) {
  if (a.empty()) return 0;
  return (a.size() - 1) * 32 + (32 - static_cast<uint64_t>(__builtin_clz(a.back())));
}

// The 64 bits of a starting at bit `from` (bits below it and above the top are zero).
uint64_t bits64(const Mag& a, uint64_t from) {
  uint64_t r = 0;
  for (int k = 0; k < 64; k += 32) {
    uint64_t pos = from + static_cast<uint64_t>(k);
    size_t w = static_cast<size_t>(pos / 32);
    unsigned b = static_cast<unsigned>(pos % 32);
    uint64_t lo = w < a.size() ? a[w] : 0;
    uint64_t hi = w + 1 < a.size() ? a[w + 1] : 0;
    uint64_t chunk = ((lo >> b) | (b ? hi << (32 - b) : 0)) & 0xffffffffu;
    r |= chunk << k;
  }
  return r;
}

bool any_bits_below(const Mag& a, uint64_t n) {
  size_t words = static_cast<size_t>(std::min<uint64_t>(n / 32, a.size()));
  for (size_t i = 0; i < words; ++i)
    if (a[i]) return true;
  unsigned b = static_cast<unsigned>(n % 32);
  return words < a.size() && b && (a[words] & ((1u << b) - 1)) != 0;
}

}  // namespace

int cmp(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Mag add(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r;
  r.reserve(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    uint64_t t = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r.push_back(static_cast<uint32_t>(t));
    carry = t >> 32;
  }
  if (carry) r.push_back(static_cast<uint32_t>(carry));
  return r;
}

Mag sub(const Mag& a, const Mag& b) {
  assert(cmp(a, b) >= 0);
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
    borrow = t < 0;
    r[i] = static_cast<uint32_t>(t + (borrow ? (int64_t(1) << 32) : 0));
  }
  assert(borrow == 0);
  trim(r);
  return r;
}

Mag mul(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  return karatsuba(a, b);
}

void divmod(const Mag& a, const Mag& b, Mag& q, Mag& r) {
  assert(!b.empty());
  if (cmp(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    q = a;
    uint32_t rem = divrem1(q, b[0]);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  // Knuth, TAOCP vol. 2, 4.3.1, algorithm D: normalise so the divisor's
  // top digit has its high bit set, then estimate each quotient digit from
  // the top two digits and correct it at most twice.
  unsigned s = static_cast<unsigned>(__builtin_clz(b.back()));
  Mag v = shl(b, s);
  Mag u = shl(a, s);
  if (u.size() == a.size()) u.push_back(0);
  size_t n = v.size(), m = u.size() - n;
  q.assign(m, 0);
  const uint64_t base = uint64_t(1) << 32;
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (uint64_t(u[j + n]) << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(u[i + j]) - borrow - int64_t(p & 0xffffffffu);
      u[i + j] = static_cast<uint32_t>(t);
      borrow = t < 0 ? 1 : 0;
    }
    int64_t t = int64_t(u[j + n]) - borrow - int64_t(carry);
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {  // qhat was one too large: add the divisor back
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t sum = uint64_t(u[i + j]) + v[i] + c;
        u[i + j] = static_cast<uint32_t>(sum);
        c = sum >> 32;
      }
      u[j + n] = static_cast<uint32_t>(u[j + n] + c);
    }
    q[j] = static_cast<uint32_t>(qhat);
  }
  trim(q);
  u.resize(n);
  trim(u);
  r = shr(u, s, nullptr);
}

}  // namespace bigmag

using bigmag::Mag;

void BigNum::trim() {
  bigmag::trim(mag_);
  if (mag_.empty()) neg_ = false;
}

BigNum BigNum::from_u64(uint64_t v, bool negative) {
  BigNum r;
  if (v) r.mag_.push_back(static_cast<uint32_t>(v));
  if (v >> 32) r.mag_.push_back(static_cast<uint32_t>(v >> 32));
  r.neg_ = negative && v;
  return r;
}

BigNum BigNum::from_magnitude(std::vector<Digit> mag, bool negative) {
  BigNum r;
  r.mag_ = std::move(mag);
  r.neg_ = negative;
  r.trim();
  return r;
}

BigNum BigNum::from_i64(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return from_u64(m, v < 0);
}

BigNum BigNum::from_double(double d) {
  assert(std::isfinite(d));
  int e;
  double m = std::frexp(std::trunc(d), &e);  // |m| in [0.5, 1)
  if (m == 0) return {};
  uint64_t im = static_cast<uint64_t>(std::ldexp(std::fabs(m), 53));
  BigNum r = from_u64(im, d < 0);
  int64_t shift = int64_t(e) - 53;
  if (shift >= 0) {
    r.mag_ = bigmag::shl(r.mag_, static_cast<uint64_t>(shift));
  } else {
    r.mag_ = bigmag::shr(r.mag_, static_cast<uint64_t>(-shift), nullptr);
  }
  r.trim();
  return r;
}

BigNum BigNum::from_digits(const std::vector<uint8_t>& digits, int base, bool negative) {
  BigNum r;
  if ((base & (base - 1)) == 0) {
    unsigned bits = static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(base)));
    // Least significant digit first, packing `bits` at a time.
    uint64_t acc = 0;
    unsigned have = 0;
    for (size_t i = digits.size(); i-- > 0;) {
      acc |= uint64_t(digits[i]) << have;
      have += bits;
      if (have >= 32) {
        r.mag_.push_back(static_cast<uint32_t>(acc));
        acc >>= 32;
        have -= 32;
      }
    }
    if (have) r.mag_.push_back(static_cast<uint32_t>(acc));
  } else {
    // Chunks of k digits, base**k < 2**32: mag = mag * base**k + chunk.
    uint32_t chunk_base = static_cast<uint32_t>(base);
    int k = 1;
    while (uint64_t(chunk_base) * uint32_t(base) < (uint64_t(1) << 32)) {
      chunk_base *= static_cast<uint32_t>(base);
      ++k;
    }
    size_t i = 0;
    size_t first = digits.size() % static_cast<size_t>(k);
    if (first == 0) first = static_cast<size_t>(k);
    while (i < digits.size()) {
      size_t take = i == 0 ? first : static_cast<size_t>(k);
      uint32_t chunk = 0, mult = 1;
      for (size_t j = 0; j < take; ++j) {
        chunk = chunk * static_cast<uint32_t>(base) + digits[i + j];
        mult *= static_cast<uint32_t>(base);
      }
      bigmag::muladd1(r.mag_, i == 0 ? 1 : mult, chunk);
      i += take;
    }
  }
  r.neg_ = negative;
  r.trim();
  return r;
}

bool BigNum::fits_i64() const {
  if (mag_.size() <= 1) return true;
  if (mag_.size() > 2) return false;
  uint64_t m = (uint64_t(mag_[1]) << 32) | mag_[0];
  return neg_ ? m <= (uint64_t(1) << 63) : m < (uint64_t(1) << 63);
}

int64_t BigNum::to_i64() const {
  assert(fits_i64());
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= uint64_t(mag_[1]) << 32;
  return neg_ ? static_cast<int64_t>(0 - m) : static_cast<int64_t>(m);
}

BigNum BigNum::operator-() const {
  BigNum r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigNum BigNum::abs() const {
  BigNum r = *this;
  r.neg_ = false;
  return r;
}

BigNum operator+(const BigNum& a, const BigNum& b) {
  BigNum r;
  if (a.neg_ == b.neg_) {
    r.mag_ = bigmag::add(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (bigmag::cmp(a.mag_, b.mag_) >= 0) {
    r.mag_ = bigmag::sub(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = bigmag::sub(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigNum operator-(const BigNum& a, const BigNum& b) { return a + (-b); }

BigNum operator*(const BigNum& a, const BigNum& b) {
  BigNum r;
  r.mag_ = bigmag::mul(a.mag_, b.mag_);
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

void BigNum::divmod(const BigNum& a, const BigNum& b, BigNum& q, BigNum& r) {
  assert(!b.is_zero());
  Mag qm, rm;
  bigmag::divmod(a.mag_, b.mag_, qm, rm);
  BigNum qt, rt;
  qt.mag_ = std::move(qm);
  qt.neg_ = a.neg_ != b.neg_;
  qt.trim();
  rt.mag_ = std::move(rm);
  rt.neg_ = a.neg_;
  rt.trim();
  // Truncation to floor: a nonzero remainder takes the divisor's sign.
  if (!rt.is_zero() && rt.neg_ != b.neg_) {
    qt = qt - from_i64(1);
    rt = rt + b;
  }
  q = std::move(qt);
  r = std::move(rt);
}

int BigNum::compare(const BigNum& a, const BigNum& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = bigmag::cmp(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigNum BigNum::shl(uint64_t n) const {
  BigNum r;
  r.mag_ = bigmag::shl(mag_, n);
  r.neg_ = neg_;
  r.trim();
  return r;
}

BigNum BigNum::shr(uint64_t n) const {
  BigNum r;
  bool lost = false;
  r.mag_ = bigmag::shr(mag_, n, &lost);
  r.neg_ = neg_;
  r.trim();
  // floor for negatives: -ceil(|a| / 2**n)
  if (neg_ && lost) r = r - from_i64(1);
  return r;
}

namespace {
// Two's-complement digits of x over `len` digits (len > x's size).
Mag twos(const BigNum& x, size_t len) {
  Mag d = x.magnitude();
  d.resize(len, 0);
  if (x.negative()) {
    uint64_t carry = 1;
    for (uint32_t& w : d) {
      uint64_t t = uint64_t(static_cast<uint32_t>(~w)) + carry;
      w = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return d;
}

BigNum from_twos(const Mag& d) {
  bool neg = !d.empty() && (d.back() >> 31);
  Mag m = d;
  if (neg) {
    uint64_t carry = 1;
    for (uint32_t& w : m) {
      uint64_t t = uint64_t(static_cast<uint32_t>(~w)) + carry;
      w = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return BigNum::from_magnitude(std::move(m), neg);
}

template <class F>
BigNum bitwise(const BigNum& a, const BigNum& b, F f) {
  size_t len = std::max(a.magnitude().size(), b.magnitude().size()) + 1;
  Mag x = twos(a, len), y = twos(b, len);
  for (size_t i = 0; i < len; ++i) x[i] = f(x[i], y[i]);
  return from_twos(x);
}
}  // namespace

BigNum BigNum::bit_and(const BigNum& a, const BigNum& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigNum BigNum::bit_or(const BigNum& a, const BigNum& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigNum BigNum::bit_xor(const BigNum& a, const BigNum& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}

BigNum BigNum::pow(const BigNum& base, uint64_t exp) {
  BigNum result = from_i64(1);
  if (exp == 0) return result;
  int top = 63 - __builtin_clzll(exp);
  for (int i = top; i >= 0; --i) {
    result = result * result;
    if ((exp >> i) & 1) result = result * base;
  }
  return result;
}

BigNum BigNum::powmod(const BigNum& base, const BigNum& exp, const BigNum& mod) {
  assert(!exp.negative() && mod.sign() > 0);
  BigNum q, b, result;
  divmod(base, mod, q, b);
  divmod(from_i64(1), mod, q, result);
  uint64_t bits = exp.bit_length();
  for (uint64_t i = bits; i-- > 0;) {
    divmod(result * result, mod, q, result);
    if ((exp.mag_[i / 32] >> (i % 32)) & 1) divmod(result * b, mod, q, result);
  }
  return result;
}

bool BigNum::modinv(const BigNum& a, const BigNum& m, BigNum& out) {
  // Extended Euclid on (a mod m, m), tracking a's coefficient.
  BigNum q, r0, r1 = m, s0 = from_i64(1), s1;
  divmod(a, m, q, r0);
  while (!r1.is_zero()) {
    BigNum qq, rr;
    divmod(r0, r1, qq, rr);
    BigNum s2 = s0 - qq * s1;
    r0 = std::move(r1);
    r1 = std::move(rr);
    s0 = std::move(s1);
    s1 = std::move(s2);
  }
  if (!(r0 == from_i64(1))) return false;
  divmod(s0, m, q, out);
  return true;
}

uint64_t BigNum::bit_length() const { return bigmag::bit_length(mag_); }

uint64_t BigNum::bit_count() const {
  uint64_t n = 0;
  for (uint32_t d : mag_) n += static_cast<uint64_t>(__builtin_popcount(d));
  return n;
}

std::string BigNum::to_string(int base) const {
  assert(base >= 2 && base <= 36);
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (mag_.empty()) return "0";
  std::string rev;
  if ((base & (base - 1)) == 0) {
    unsigned bits = static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(base)));
    uint64_t total = bit_length();
    for (uint64_t pos = 0; pos < total; pos += bits)
      rev += kDigits[bigmag::bits64(mag_, pos) & ((1u << bits) - 1)];
  } else {
    uint32_t chunk_base = static_cast<uint32_t>(base);
    int k = 1;
    while (uint64_t(chunk_base) * uint32_t(base) < (uint64_t(1) << 32)) {
      chunk_base *= static_cast<uint32_t>(base);
      ++k;
    }
    Mag m = mag_;
    while (!m.empty()) {
      uint32_t rem = bigmag::divrem1(m, chunk_base);
      for (int i = 0; i < k && (rem || !m.empty()); ++i) {
        rev += kDigits[rem % static_cast<uint32_t>(base)];
        rem /= static_cast<uint32_t>(base);
      }
    }
  }
  while (rev.size() > 1 && rev.back() == '0') rev.pop_back();
  if (neg_) rev += '-';
  std::reverse(rev.begin(), rev.end());
  return rev;
}

namespace {
// (m + sticky) * 2**e rounded to the nearest double (ties to even), with
// the subnormal range's reduced precision.  m < 2**64.
double round_scaled(uint64_t m, bool sticky, int64_t e, bool& overflow) {
  overflow = false;
  if (m == 0) return 0.0;
  int bl = 64 - __builtin_clzll(m);
  int64_t top = bl - 1 + e;  // exponent of the leading bit
  int64_t keep = 53;
  if (top < -1022) keep = 53 - (-1022 - top);
  int64_t drop = bl - keep;
  if (drop > 0) {
    if (drop > 64) return 0.0;
    uint64_t kept = drop == 64 ? 0 : m >> drop;
    uint64_t rem = drop == 64 ? m : m & ((uint64_t(1) << drop) - 1);
    uint64_t half = uint64_t(1) << (drop - 1);
    if (rem > half || (rem == half && (sticky || (kept & 1)))) ++kept;
    m = kept;
    e += drop;
  }
  if (e > 2000) {
    overflow = true;
    return HUGE_VAL;
  }
  double r = std::ldexp(static_cast<double>(m), static_cast<int>(e));
  if (std::isinf(r)) overflow = true;
  return r;
}
}  // namespace

double BigNum::to_double(bool& overflow) const {
  overflow = false;
  uint64_t n = bit_length();
  double r;
  if (n <= 64) {
    r = static_cast<double>(bigmag::bits64(mag_, 0));  // correctly rounded by the FPU
  } else {
    uint64_t from = n - 64;
    r = round_scaled(bigmag::bits64(mag_, from), bigmag::any_bits_below(mag_, from),
                     static_cast<int64_t>(from), overflow);
  }
  return neg_ ? -r : r;
}

double BigNum::true_divide(const BigNum& a, const BigNum& b, bool& overflow) {
  assert(!b.is_zero());
  overflow = false;
  bool negate = a.neg_ != b.neg_;
  if (a.is_zero()) return negate ? -0.0 : 0.0;
  int64_t diff = static_cast<int64_t>(a.bit_length()) - static_cast<int64_t>(b.bit_length());
  if (diff > 1025) {
    overflow = true;
    return 0.0;
  }
  if (diff < -1080) return negate ? -0.0 : 0.0;
  // Scale so the quotient has 63 or 64 bits; the remainder is the sticky bit.
  int64_t s = 63 - diff;
  Mag x = a.mag_, y = b.mag_;
  if (s > 0) x = bigmag::shl(x, static_cast<uint64_t>(s));
  else if (s < 0) y = bigmag::shl(y, static_cast<uint64_t>(-s));
  Mag q, r;
  bigmag::divmod(x, y, q, r);
  assert(bigmag::bit_length(q) <= 64);
  double d = round_scaled(bigmag::bits64(q, 0), !r.empty(), -s, overflow);
  return negate ? -d : d;
}

int BigNum::compare_double(const BigNum& a, double d) {
  assert(std::isfinite(d));
  double f = std::floor(d);
  int c = compare(a, from_double(f));
  if (c != 0) return c;
  return f == d ? 0 : -1;
}

int64_t BigNum::hash() const {
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  uint64_t x = 0;
  for (size_t i = mag_.size(); i-- > 0;)
    x = static_cast<uint64_t>((((unsigned __int128)x << 32) | mag_[i]) % P);
  int64_t h = neg_ ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

bool BigNum::to_bytes_le(size_t length, bool is_signed, std::string& out) const {
  if (neg_ && !is_signed) return false;
  uint64_t room = uint64_t(length) * 8;
  // As _PyLong_AsByteArray: 0 and -1 fit even in zero bytes (no sign bit to check).
  if (neg_) {
    BigNum m1 = abs() - from_i64(1);
    if (!m1.is_zero() && m1.bit_length() + 1 > room) return false;
  } else if (!is_zero() && bit_length() + (is_signed ? 1 : 0) > room) {
    return false;
  }
  Mag d = twos(*this, std::max(mag_.size() + 1, length / 4 + 1));
  out.assign(length, '\0');
  for (size_t i = 0; i < length; ++i) out[i] = static_cast<char>((d[i / 4] >> (8 * (i % 4))) & 0xff);
  return true;
}

BigNum BigNum::from_bytes_le(std::string_view bytes, bool is_signed) {
  BigNum r;
  r.mag_.assign((bytes.size() + 3) / 4, 0);
  for (size_t i = 0; i < bytes.size(); ++i)
    r.mag_[i / 4] |= uint32_t(static_cast<unsigned char>(bytes[i])) << (8 * (i % 4));
  r.trim();
  if (is_signed && !bytes.empty() && (static_cast<unsigned char>(bytes.back()) & 0x80))
    r = r - from_i64(1).shl(uint64_t(bytes.size()) * 8);
  return r;
}

}  // namespace sandbox::vm
