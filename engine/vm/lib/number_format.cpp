#include "vm/lib/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "vm/lib/lib_error.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {

// The digits _Py_dg_dtoa would return: no trailing zeros (except "0" for
// zero), and the decimal point position `decpt` (value = 0.DIGITS * 10**decpt).
struct Digits {
  std::string digits;
  int decpt = 0;
  bool negative = false;
};

void strip_trailing_zeros(std::string& d) {
  while (d.size() > 1 && d.back() == '0') d.pop_back();
}

// dtoa mode 0: the shortest string that round-trips (std::to_chars picks the
// same digits as Gay's dtoa: shortest, then closest).
void shortest_digits(double x, Digits& out) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  out.digits.clear();
  const char* p = buf;
  for (; p < r.ptr && *p != 'e'; ++p)
    if (*p != '.') out.digits.push_back(*p);
  int exp = 0;
  std::from_chars(p + 1 + (p[1] == '+'), r.ptr, exp);
  strip_trailing_zeros(out.digits);
  out.decpt = exp + 1;
}

// dtoa mode 2: `ndigits` significant digits, correctly rounded (glibc's
// printf is exact), trailing zeros removed.
void significant_digits(double x, int ndigits, Digits& out) {
  std::vector<char> buf(static_cast<size_t>(ndigits) + 32);
  int n = std::snprintf(buf.data(), buf.size(), "%.*e", ndigits - 1, std::fabs(x));
  out.digits.clear();
  const char* p = buf.data();
  const char* end = p + n;
  for (; p < end && *p != 'e'; ++p)
    if (*p != '.') out.digits.push_back(*p);
  int exp = 0;
  std::from_chars(p + 1 + (p[1] == '+'), end, exp);
  strip_trailing_zeros(out.digits);
  out.decpt = exp + 1;
}

// dtoa mode 3: digits up to `ndigits` places after the point.
void fixed_digits(double x, int ndigits, Digits& out) {
  std::vector<char> buf(static_cast<size_t>(ndigits) + 330);
  int n = std::snprintf(buf.data(), buf.size(), "%.*f", ndigits, std::fabs(x));
  out.digits.clear();
  int int_part = 0;
  bool seen_point = false;
  for (int i = 0; i < n; i++) {
    char c = buf[static_cast<size_t>(i)];
    if (c == '.') {
      seen_point = true;
      continue;
    }
    if (!seen_point) int_part++;
    out.digits.push_back(c);
  }
  size_t lead = 0;
  while (lead < out.digits.size() && out.digits[lead] == '0') lead++;
  if (lead == out.digits.size()) {
    // Rounded to zero: "0" at decpt 1 gives the same output as dtoa's empty
    // digit string in every format_float_short branch.
    out.digits.assign(1, '0');
    out.decpt = 1;
    return;
  }
  out.digits.erase(0, lead);
  out.decpt = int_part - static_cast<int>(lead);
  strip_trailing_zeros(out.digits);
}

void append_exponent(std::string& out, int exp) {
  // sprintf("%+.02d", exp)
  char buf[16];
  int n = std::snprintf(buf, sizeof buf, "%+.02d", exp);
  out.append(buf, static_cast<size_t>(n));
}

}  // namespace

// PyOS_double_to_string() + format_float_short() of Python/pystrtod.c.
void format_double(std::string& out, double d, char type, int precision, bool always_sign,
                   bool add_dot_0, bool alt, bool no_neg_0) {
  bool upper = false;
  switch (type) {
    case 'E':
    case 'F':
    case 'G':
      upper = true;
      type = static_cast<char>(type - 'A' + 'a');
      break;
    default:
      break;
  }
  if (precision == 0 && type == 'g') precision = 1;
  bool negative = std::signbit(d);
  if (std::isnan(d)) {
    if (always_sign) out.push_back('+');
    out.append(upper ? "NAN" : "nan");
    return;
  }
  if (std::isinf(d)) {
    if (negative)
      out.push_back('-');
    else if (always_sign)
      out.push_back('+');
    out.append(upper ? "INF" : "inf");
    return;
  }
  thread_local Digits dg;
  if (d == 0) {
    dg.digits.assign(1, '0');
    dg.decpt = 1;
  } else if (type == 'r') {
    shortest_digits(d, dg);
  } else if (type == 'e') {
    significant_digits(d, precision + 1, dg);
  } else if (type == 'g') {
    significant_digits(d, precision, dg);
  } else {
    fixed_digits(d, precision, dg);
  }
  const std::string& digits = dg.digits;
  int64_t digits_len = static_cast<int64_t>(digits.size());
  int64_t decpt = dg.decpt;
  if (no_neg_0 && negative && digits == "0") negative = false;

  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  int64_t exp = 0;
  switch (type) {
    case 'e':
      use_exp = true;
      vdigits_end = precision + 1;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:  // 'r': exponent form from 1e16 on
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  if (negative)
    out.push_back('-');
  else if (always_sign)
    out.push_back('+');
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out.append(digits);
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out.push_back(upper ? 'E' : 'e');
    append_exponent(out, static_cast<int>(exp));
  }
}

void append_float_repr(std::string& out, double x) {
  format_double(out, x, 'r', 0, false, true, false);
}

std::string float_repr(double x) {
  std::string s;
  append_float_repr(s, x);
  return s;
}

void append_int(std::string& out, int64_t n) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, r.ptr);
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace sandbox::vm::lib
