// int(str, base), float(str) and round(): Objects/longobject.c
// PyLong_FromString, Python/pystrtod.c + Objects/floatobject.c
// float_from_string / double_round.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "vm/lib/lib_error.h"
#include "vm/int_big.h"
#include "vm/lib/number_format.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool ieq(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if ((a[i] | 0x20) != lower[i]) return false;
  return true;
}

[[noreturn]] void float_error(std::string_view s) {
  std::string msg = "could not convert string to float: ";
  append_str_repr(msg, s);
  raise(ErrorKind::ValueError, std::move(msg));
}

// Truncates a repr to 200 code points, like "%.200R".
std::string repr200(std::string_view s) {
  std::string r = str_repr(s);
  size_t cut = utf8_offset(r, 200);
  r.resize(cut);
  return r;
}
}  // namespace

double parse_float(std::string_view orig) {
  std::string ascii;
  std::string_view s = orig;
  if (!is_ascii(orig)) {
    ascii = transform_decimal_and_space(orig);
    s = ascii;
  }
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  // _Py_string_to_number_with_underscores(): '_' only between digits.
  thread_local std::string buf;
  buf.clear();
  char prev = 0;
  for (char c : s) {
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) float_error(orig);
    } else {
      if (prev == '_' && !(c >= '0' && c <= '9')) float_error(orig);
      buf.push_back(c);
    }
    prev = c;
  }
  if (prev == '_') float_error(orig);
  std::string_view t = buf;
  bool negative = false;
  std::string_view body = t;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  // _Py_parse_inf_or_nan()
  if (ieq(body, "inf") || ieq(body, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
  if (ieq(body, "nan")) return negative ? -std::nan("") : std::nan("");
  // Decimal syntax only: digits [. digits] [e [sign] digits], at least one digit.
  size_t i = 0, mant_digits = 0;
  while (i < body.size() && body[i] >= '0' && body[i] <= '9') i++, mant_digits++;
  if (i < body.size() && body[i] == '.') {
    i++;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') i++, mant_digits++;
  }
  if (mant_digits == 0) float_error(orig);
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    i++;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) i++;
    size_t exp_digits = 0;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') i++, exp_digits++;
    if (exp_digits == 0) float_error(orig);
  }
  if (i != body.size()) float_error(orig);
  // glibc's strtod is correctly rounded, like _Py_dg_strtod.
  std::string z(body);
  double value = std::strtod(z.c_str(), nullptr);
  return negative ? -value : value;
}

BigNum parse_int(std::string_view orig, int base) {
  if ((base != 0 && base < 2) || base > 36)
    raise(ErrorKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
  auto fail = [&]() {
    raise(ErrorKind::ValueError,
          "invalid literal for int() with base " + std::to_string(base) + ": " + repr200(orig));
  };
  std::string ascii;
  std::string_view s = orig;
  if (!is_ascii(orig)) {
    ascii = transform_decimal_and_space(orig);
    s = ascii;
  }
  size_t p = 0;
  while (p < s.size() && is_space(s[p])) p++;
  bool negative = false;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) negative = s[p++] == '-';
  int b = base;
  bool error_if_nonzero = false;
  auto at = [&](size_t i) -> char { return i < s.size() ? s[i] : '\0'; };
  if (b == 0) {
    if (at(p) != '0')
      b = 10;
    else if ((at(p + 1) | 0x20) == 'x')
      b = 16;
    else if ((at(p + 1) | 0x20) == 'o')
      b = 8;
    else if ((at(p + 1) | 0x20) == 'b')
      b = 2;
    else {
      error_if_nonzero = true;
      b = 10;
    }
  }
  if (at(p) == '0' && ((b == 16 && (at(p + 1) | 0x20) == 'x') || (b == 8 && (at(p + 1) | 0x20) == 'o') ||
                       (b == 2 && (at(p + 1) | 0x20) == 'b'))) {
    p += 2;
    if (at(p) == '_') p++;
  }
  if (at(p) == '_') fail();
  std::vector<uint8_t> digits;
  size_t start = p;
  char prev = 0;
  for (; p < s.size(); p++) {
    char c = s[p];
    if (c == '_') {
      if (prev == '_') fail();
      prev = c;
      continue;
    }
    int d;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      d = (c | 0x20) - 'a' + 10;
    else
      break;
    if (d >= b) break;
    if (!(digits.empty() && d == 0)) digits.push_back(static_cast<uint8_t>(d));
    prev = c;
  }
  if (prev == '_') fail();
  if (p == start) fail();
  // long_from_string_base counts the digits (leading zeros too) before
  // converting; power-of-two bases convert in linear time and are exempt.
  size_t ndigits = 0;
  for (size_t i = start; i < p; i++) ndigits += s[i] != '_';
  size_t limit = vm::int_max_str_digits();
  if ((b & (b - 1)) != 0 && limit && ndigits > limit)
    raise(ErrorKind::ValueError, "Exceeds the limit (" + std::to_string(limit) +
                                     " digits) for integer string conversion: value has " +
                                     std::to_string(ndigits) +
                                     " digits; use sys.set_int_max_str_digits() to increase the limit");
  if (error_if_nonzero && !digits.empty()) fail();
  while (p < s.size() && is_space(s[p])) p++;
  if (p != s.size()) fail();
  return BigNum::from_digits(digits, b, negative);
}

// float.__round__ with ndigits (float___round___impl + double_round).
double round_float(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  constexpr int64_t NDIGITS_MAX = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
  constexpr int64_t NDIGITS_MIN = -308;  // -(DBL_MAX_EXP + 1) * 0.30103
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  std::string dec;
  if (ndigits >= 0) {
    // glibc's printf rounds the exact binary value half-to-even: the same
    // digits as _Py_dg_dtoa(x, 3, ndigits).
    std::vector<char> buf(static_cast<size_t>(ndigits) + 330);
    int n = std::snprintf(buf.data(), buf.size(), "%.*f", static_cast<int>(ndigits), x);
    dec.assign(buf.data(), static_cast<size_t>(n));
  } else {
    // Round at 10**-ndigits on the exact decimal expansion of x.
    std::vector<char> buf(1500);
    int n = std::snprintf(buf.data(), buf.size(), "%.1100f", x);
    std::string exact(buf.data(), static_cast<size_t>(n));
    bool neg = exact[0] == '-';
    if (neg) exact.erase(0, 1);
    size_t point = exact.find('.');
    std::string ip = exact.substr(0, point);
    std::string frac = exact.substr(point + 1);
    size_t k = static_cast<size_t>(-ndigits);
    if (ip.size() < k) ip.insert(0, k - ip.size() + 1, '0');  // one spare leading zero
    // keep = ip[0 : size-k], dropped = ip[size-k:] + frac
    size_t keep_len = ip.size() - k;
    std::string keep = ip.substr(0, keep_len);
    std::string dropped = ip.substr(keep_len) + frac;
    int cmp;  // dropped vs 0.5 * 10**k
    if (dropped[0] > '5')
      cmp = 1;
    else if (dropped[0] < '5')
      cmp = -1;
    else
      cmp = dropped.find_first_not_of('0', 1) == std::string::npos ? 0 : 1;
    bool round_up = cmp > 0 || (cmp == 0 && keep.size() > 0 && ((keep.back() - '0') % 2 == 1));
    if (round_up) {
      int i = static_cast<int>(keep.size()) - 1;
      while (i >= 0 && keep[static_cast<size_t>(i)] == '9') keep[static_cast<size_t>(i--)] = '0';
      if (i < 0)
        keep.insert(0, 1, '1');
      else
        keep[static_cast<size_t>(i)]++;
    }
    dec = (neg ? "-" : "") + keep + "e" + std::to_string(k);
  }
  errno = 0;
  double r = std::strtod(dec.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(r) >= 1.0)
    raise(ErrorKind::OverflowError, "rounded value too large to represent");
  return r;
}

BigNum round_float_to_int(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  if (std::isnan(rounded)) raise(ErrorKind::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(rounded)) raise(ErrorKind::OverflowError, "cannot convert float infinity to integer");
  return BigNum::from_double(rounded);
}

// long_round(): self - divmod_near(self, 10**-ndigits)[1].
BigNum round_int(const BigNum& n, int64_t ndigits) {
  if (ndigits >= 0) return n;
  // 10**k beyond |n| * 2 rounds to 0; skip computing a huge power (log2(10) > 3).
  if (static_cast<uint64_t>(-(ndigits + 1)) >= n.bit_length() / 3 + 2) return BigNum();
  BigNum pow10 = BigNum::pow(BigNum::from_i64(10), static_cast<uint64_t>(-ndigits));
  BigNum q, r;
  BigNum::divmod(n, pow10, q, r);  // 0 <= r < pow10
  // divmod_near: the quotient rounded half to even.
  int c = BigNum::compare(r + r, pow10);
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigNum::from_i64(1);
  return q * pow10;
}

}  // namespace sandbox::vm::lib
