// Number and string formatting exactly as CPython 3.11: repr(float)
// (Python/pystrtod.c format_float_short), int/float/str __format__ with the
// format-spec mini-language (Python/formatter_unicode.c), round(x, n)
// (Objects/floatobject.c double_round), and int()/float() parsing of strings
// (Objects/longobject.c, Python/pystrtod.c). VM-independent: errors are
// thrown as LibError with CPython's messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/bigint.h"

namespace sandbox::vm::lib {

// repr(x) == str(x) for a float: shortest round-trip digits, exponent form
// when the decimal exponent is < -4 or >= 16, ".0" added to integers.
void append_float_repr(std::string& out, double x);
std::string float_repr(double x);

// str(n) for an int.
void append_int(std::string& out, int64_t n);

// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  char32_t fill = ' ';
  bool fill_given = false;
  char align = 0;       // '<' '>' '^' '=' or 0 (type's default)
  char sign = 0;        // '+' '-' ' ' or 0
  bool no_neg_0 = false;  // 'z'
  bool alternate = false; // '#'
  int64_t width = -1;
  char grouping = 0;    // ',' '_' or 0
  int64_t precision = -1;
  char32_t type = 0;    // presentation type or 0
};

// parse_internal_render_format_spec(); `type_name` is used in messages.
FormatSpec parse_format_spec(std::string_view spec, char default_type, char default_align,
                             const char* type_name);

// format(value, spec). `type_name` names the Python type in error messages
// ("int", "float", "str", "bool", ...). An empty spec formats as str(value)
// is the caller's business (bool's str differs from int's).
void format_int(std::string& out, int64_t value, std::string_view spec,
                const char* type_name = "int");
// format(value, spec) for an int beyond int64 (spec not empty).
void format_bigint(std::string& out, const BigNum& value, std::string_view spec,
                   const char* type_name = "int");
// format(complex(re, im), spec) for a non-empty spec.
void format_complex(std::string& out, double re, double im, std::string_view spec);
// CPython's default sys.int_max_str_digits (the limit in force is
// vm::int_max_str_digits()).
constexpr size_t kMaxStrDigits = 4300;
// ValueError when value has more than int_max_str_digits() decimal digits.
void check_decimal_digits(const BigNum& value);
void format_float(std::string& out, double value, std::string_view spec,
                  const char* type_name = "float");
void format_str(std::string& out, std::string_view utf8, std::string_view spec,
                const char* type_name = "str");

// Python's float % presentation types on a double, without a spec: used by
// '%'-style formatting ("%.2f" % x) as well. type is one of e E f F g G r;
// flags mirror Py_DTSF_*.
void format_double(std::string& out, double value, char type, int precision, bool always_sign,
                   bool add_dot_0, bool alt, bool no_neg_0 = false);

// round(x, ndigits) for a float (correctly rounded, half to even on the
// exact binary value), raising OverflowError like CPython when the result
// overflows.
double round_float(double x, int64_t ndigits);
// round(x) with no ndigits: round half to even, as an integer (OverflowError
// / ValueError for inf / nan, with CPython's messages).
BigNum round_float_to_int(double x);
// round(n, ndigits) for an int with negative ndigits (half to even).
BigNum round_int(const BigNum& n, int64_t ndigits);

// float(s): Python's float syntax (whitespace, sign, digits with single
// underscores, inf/infinity/nan), ValueError "could not convert string to
// float: 'x'" with repr of the original text.
double parse_float(std::string_view s);
// int(s, base): base 0 or 2..36, prefixes, underscores, surrounding
// whitespace; ValueError "invalid literal for int() with base 10: 'abc'".
// More than kMaxStrDigits digits in a base that is not a power of two is
// CPython's ValueError.
BigNum parse_int(std::string_view s, int base);

// Number of code points in UTF-8 text (continuation bytes not counted).
size_t utf8_length(std::string_view s);

}  // namespace sandbox::vm::lib
