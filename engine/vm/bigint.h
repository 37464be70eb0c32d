// BigNum: the arbitrary-precision integer arithmetic behind Python ints
// that do not fit in int64 (after the behaviour of CPython's
// Objects/longobject.c, our own code).  Sign and magnitude, the magnitude
// in base 2**32 digits, least significant first, without leading zero
// digits (zero is the empty magnitude and is never negative).  Pure value
// arithmetic: no VM, no Python errors; callers check divisors and shift
// counts and turn overflow flags into Python exceptions.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sandbox::vm {

class BigNum {
 public:
  using Digit = uint32_t;
  static constexpr int kDigitBits = 32;

  BigNum() = default;
  static BigNum from_i64(int64_t v);
  static BigNum from_u64(uint64_t v, bool negative = false);
  // A magnitude (least significant digit first; leading zeros allowed).
  static BigNum from_magnitude(std::vector<Digit> mag, bool negative);
  // The integer part of a finite double, exactly.
  static BigNum from_double(double d);
  // digits: values 0..base-1, most significant first (already validated).
  static BigNum from_digits(const std::vector<uint8_t>& digits, int base, bool negative);

  bool is_zero() const { return mag_.empty(); }
  bool negative() const { return neg_; }
  int sign() const { return mag_.empty() ? 0 : neg_ ? -1 : 1; }
  const std::vector<Digit>& magnitude() const { return mag_; }
  bool fits_i64() const;
  int64_t to_i64() const;  // requires fits_i64()
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }

  BigNum operator-() const;
  BigNum abs() const;
  friend BigNum operator+(const BigNum& a, const BigNum& b);
  friend BigNum operator-(const BigNum& a, const BigNum& b);
  friend BigNum operator*(const BigNum& a, const BigNum& b);
  // Floor division and modulo (Python's // and %); b must not be zero.
  static void divmod(const BigNum& a, const BigNum& b, BigNum& q, BigNum& r);
  static int compare(const BigNum& a, const BigNum& b);
  friend bool operator==(const BigNum& a, const BigNum& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }

  BigNum shl(uint64_t n) const;
  BigNum shr(uint64_t n) const;  // floor (arithmetic) shift
  // Two's-complement bitwise operations on the infinite sign extension.
  static BigNum bit_and(const BigNum& a, const BigNum& b);
  static BigNum bit_or(const BigNum& a, const BigNum& b);
  static BigNum bit_xor(const BigNum& a, const BigNum& b);
  BigNum invert() const { return -(*this) - from_i64(1); }

  static BigNum pow(const BigNum& base, uint64_t exp);
  // base**exp % mod with exp >= 0 and mod > 0; the result is in [0, mod).
  static BigNum powmod(const BigNum& base, const BigNum& exp, const BigNum& mod);
  // The inverse of a modulo m (m > 0); false when gcd(a, m) != 1.
  static bool modinv(const BigNum& a, const BigNum& m, BigNum& out);

  uint64_t bit_length() const;  // of the magnitude
  uint64_t bit_count() const;   // ones in the magnitude
  // Digits in `base` (2..36, lowercase), '-' first when negative, no prefix.
  std::string to_string(int base = 10) const;
  // Correctly rounded (half to even); overflow set when |value| rounds past DBL_MAX.
  double to_double(bool& overflow) const;
  // a / b correctly rounded (long_true_divide); b != 0.  overflow as above.
  static double true_divide(const BigNum& a, const BigNum& b, bool& overflow);
  // Exact comparison with a finite double: -1, 0, 1.
  static int compare_double(const BigNum& a, double d);
  // hash(n) as CPython: |n| mod 2**61-1 with the sign, -1 becoming -2.
  int64_t hash() const;
  // Two's-complement bytes of the value, little-endian, `length` bytes;
  // false when the value does not fit (unsigned: also when negative).
  bool to_bytes_le(size_t length, bool is_signed, std::string& out) const;
  static BigNum from_bytes_le(std::string_view bytes, bool is_signed);

 private:
  void trim();
  bool neg_ = false;
  std::vector<Digit> mag_;
};

// Magnitude helpers, exposed for the unit tests.
namespace bigmag {
using Mag = std::vector<BigNum::Digit>;
int cmp(const Mag& a, const Mag& b);
Mag add(const Mag& a, const Mag& b);
Mag sub(const Mag& a, const Mag& b);  // requires a >= b
Mag mul(const Mag& a, const Mag& b);  // schoolbook, Karatsuba when both are long
void divmod(const Mag& a, const Mag& b, Mag& q, Mag& r);  // truncating; b nonempty
}  // namespace bigmag

}  // namespace sandbox::vm
