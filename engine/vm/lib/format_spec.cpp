// The format-spec mini-language: Python/formatter_unicode.c (3.11).
#include <charconv>
#include <cmath>
#include <cstdio>

#include "vm/lib/lib_error.h"
#include "vm/int_big.h"
#include "vm/lib/number_format.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {

bool is_alignment_token(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign_element(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

std::string char_for_message(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
  return buf;
}

[[noreturn]] void unknown_presentation_type(char32_t type, const char* type_name) {
  raise(ErrorKind::ValueError, "Unknown format code '" + char_for_message(type) +
                                   "' for object of type '" + type_name + "'");
}

// get_integer(): a run of decimal digits; returns the number consumed.
int get_integer(std::string_view s, size_t& pos, int64_t& result) {
  int consumed = 0;
  int64_t acc = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    int digit = s[pos] - '0';
    if (acc > (INT64_MAX - digit) / 10)
      raise(ErrorKind::ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + digit;
    ++pos;
    ++consumed;
  }
  result = acc;
  return consumed;
}

// Which separator and group size the spec asks for (get_locale_info; the C
// locale's 'n' has no grouping).
struct Grouping {
  char sep = 0;
  int size = 0;
};

Grouping grouping_for(const FormatSpec& f) {
  if (f.type == 'n' || f.grouping == 0) return {};
  if (f.grouping == '_' &&
      (f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X'))
    return {'_', 4};
  return {f.grouping, 3};
}

// _PyUnicode_InsertThousandsGrouping(): digits grouped from the right, padded
// with zeros (also grouped) up to min_width.
void append_grouped(std::string& out, std::string_view digits, int64_t min_width, Grouping g) {
  int64_t remaining = static_cast<int64_t>(digits.size());
  if (g.size == 0) {
    int64_t len = std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1);
    out.append(static_cast<size_t>(len - remaining), '0');
    out.append(digits);
    return;
  }
  thread_local std::string rev;
  rev.clear();
  bool use_sep = false;
  size_t right = digits.size();  // digits[0, right) are not yet emitted
  for (;;) {
    int64_t l = std::min<int64_t>(g.size, std::max<int64_t>(std::max(remaining, min_width), 1));
    int64_t n_zeros = std::max<int64_t>(0, l - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
    if (use_sep) rev.push_back(g.sep);
    for (int64_t i = 0; i < n_chars; i++) rev.push_back(digits[--right]);
    rev.append(static_cast<size_t>(n_zeros), '0');
    use_sep = true;
    remaining -= n_chars;
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  out.append(rev.rbegin(), rev.rend());
}

int64_t grouped_length(int64_t n_digits, int64_t min_width, Grouping g) {
  if (g.size == 0) return std::max<int64_t>(std::max(n_digits, min_width), 1);
  int64_t count = 0, remaining = n_digits;
  bool use_sep = false;
  for (;;) {
    int64_t l = std::min<int64_t>(g.size, std::max<int64_t>(std::max(remaining, min_width), 1));
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
    count += (use_sep ? 1 : 0) + l;
    use_sep = true;
    remaining -= n_chars;
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  return count;
}

void append_fill(std::string& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  char buf[4];
  size_t len = utf8_encode(fill, buf);
  for (int64_t i = 0; i < n; i++) out.append(buf, len);
}

// calc_number_widths() + fill_number(): the number is
// <lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>.
void fill_number(std::string& out, const FormatSpec& f, char sign_char, std::string_view prefix,
                 std::string_view digits, bool has_decimal, std::string_view remainder) {
  char sign = 0;
  switch (f.sign) {
    case '+':
      sign = sign_char == '-' ? '-' : '+';
      break;
    case ' ':
      sign = sign_char == '-' ? '-' : ' ';
      break;
    default:
      if (sign_char == '-') sign = '-';
  }
  int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) +
                        static_cast<int64_t>(utf8_length(remainder));
  int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;
  Grouping g = grouping_for(f);
  int64_t n_grouped = digits.empty() ? 0 : grouped_length(static_cast<int64_t>(digits.size()), min_width, g);
  int64_t n_padding = f.width - (n_non_digit + n_grouped);
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<':
        rpad = n_padding;
        break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=':
        spad = n_padding;
        break;
      default:
        lpad = n_padding;
        break;
    }
  }
  append_fill(out, f.fill, lpad);
  if (sign) out.push_back(sign);
  out.append(prefix);
  append_fill(out, f.fill, spad);
  if (!digits.empty()) append_grouped(out, digits, min_width, g);
  if (has_decimal) out.push_back('.');
  out.append(remainder);
  append_fill(out, f.fill, rpad);
}

// format_float_internal() on an already converted double.
void format_float_internal(std::string& out, double val, const FormatSpec& f) {
  if (f.precision > INT32_MAX) raise(ErrorKind::ValueError, "precision too big");
  int precision = static_cast<int>(f.precision);
  char type = static_cast<char>(f.type);
  int default_precision = 6;
  bool add_dot_0 = false;
  if (type == 0) {
    add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  bool fast = f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && !f.grouping;
  if (fast) {
    format_double(out, val, type, precision, false, add_dot_0, f.alternate, f.no_neg_0);
    if (add_pct) out.push_back('%');
    return;
  }
  thread_local std::string buf;
  buf.clear();
  format_double(buf, val, type, precision, false, add_dot_0, f.alternate, f.no_neg_0);
  if (add_pct) buf.push_back('%');
  std::string_view s = buf;
  char sign_char = 0;
  if (!s.empty() && s[0] == '-') {
    sign_char = '-';
    s.remove_prefix(1);
  }
  // parse_number(): leading digits, then an optional '.', then the rest.
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') n++;
  bool has_decimal = n < s.size() && s[n] == '.';
  std::string_view rest = s.substr(n + (has_decimal ? 1 : 0));
  fill_number(out, f, sign_char, {}, s.substr(0, n), has_decimal, rest);
}

}  // namespace

// parse_internal_render_format_spec() of Python/formatter_unicode.c.
FormatSpec parse_format_spec(std::string_view spec, char default_type, char default_align,
                             const char* type_name) {
  FormatSpec f;
  f.align = default_align;
  f.type = static_cast<unsigned char>(default_type);
  // Decode the first two code points (the fill may be any character).
  size_t pos = 0;
  size_t len0 = 0, len1 = 0;
  char32_t c0 = spec.empty() ? 0 : utf8_decode(spec, 0, &len0);
  char32_t c1 = spec.size() > len0 ? utf8_decode(spec, len0, &len1) : 0;
  bool align_specified = false;
  if (spec.size() > len0 && is_alignment_token(c1)) {
    f.align = static_cast<char>(c1);
    f.fill = c0;
    f.fill_given = true;
    align_specified = true;
    pos = len0 + len1;
  } else if (!spec.empty() && is_alignment_token(c0)) {
    f.align = static_cast<char>(c0);
    align_specified = true;
    pos = 1;
  }
  if (pos < spec.size() && is_sign_element(static_cast<unsigned char>(spec[pos]))) f.sign = spec[pos++];
  if (pos < spec.size() && spec[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!f.fill_given && pos < spec.size() && spec[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  if (get_integer(spec, pos, f.width) == 0) f.width = -1;
  if (pos < spec.size() && spec[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '_') {
    if (f.grouping) raise(ErrorKind::ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == ',') raise(ErrorKind::ValueError, "Cannot specify both ',' and '_'.");
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    if (get_integer(spec, pos, f.precision) == 0)
      raise(ErrorKind::ValueError, "Format specifier missing precision");
  }
  if (pos < spec.size()) {
    size_t tlen = 0;
    char32_t t = utf8_decode(spec, pos, &tlen);
    if (pos + tlen < spec.size())
      raise(ErrorKind::ValueError, "Invalid format specifier '" + std::string(spec) +
                                       "' for object of type '" + type_name + "'");
    f.type = t;
  }
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        raise(ErrorKind::ValueError, std::string("Cannot specify '") + f.grouping + "' with '" +
                                         char_for_message(f.type) + "'.");
    }
  }
  return f;
}

namespace {

// format_long_internal() and, for float presentation types, the int's value
// as a float (long_format / format_obj dispatch of int.__format__).
// code_point -2: the value does not even fit a C long.
// digits(base): the magnitude's digits, lowercase; as_double(): the value
// as a float; code_point: the value when it is a valid %c argument, else -1.
template <class Digits, class AsDouble>
void format_int_impl(std::string& out, bool negative, Digits digits, AsDouble as_double,
                     int64_t code_point, std::string_view spec, const char* type_name) {
  FormatSpec f = parse_format_spec(spec, 'd', '>', type_name);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      format_float_internal(out, as_double(), f);
      return;
    default:
      unknown_presentation_type(f.type, type_name);
  }
  if (f.precision != -1) raise(ErrorKind::ValueError, "Precision not allowed in integer format specifier");
  if (f.no_neg_0)
    raise(ErrorKind::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign) raise(ErrorKind::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      raise(ErrorKind::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (code_point == -2) raise(ErrorKind::OverflowError, "Python int too large to convert to C long");
    if (code_point < 0) raise(ErrorKind::OverflowError, "%c arg not in range(0x110000)");
    char buf[4];
    size_t n = utf8_encode(static_cast<char32_t>(code_point), buf);
    fill_number(out, f, 0, {}, {}, false, std::string_view(buf, n));
    return;
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string ds = digits(base);
  if (f.type == 'X')
    for (char& c : ds)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  fill_number(out, f, negative ? '-' : 0, f.alternate ? std::string_view(prefix) : std::string_view(),
              ds, false, {});
}

}  // namespace

void format_int(std::string& out, int64_t value, std::string_view spec, const char* type_name) {
  if (spec.empty()) {
    append_int(out, value);
    return;
  }
  auto digits = [value](int base) {
    uint64_t mag = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, mag, base);
    return std::string(buf, r.ptr);
  };
  auto as_double = [value] { return static_cast<double>(value); };
  format_int_impl(out, value < 0, digits, as_double, value >= 0 && value <= 0x10ffff ? value : -1, spec,
                  type_name);
}

void format_bigint(std::string& out, const BigNum& value, std::string_view spec, const char* type_name) {
  auto digits = [&value](int base) {
    if (base == 10) check_decimal_digits(value);
    return value.abs().to_string(base);
  };
  auto as_double = [&value] {
    bool overflow;
    double d = value.to_double(overflow);
    if (overflow) raise(ErrorKind::OverflowError, "int too large to convert to float");
    return d;
  };
  format_int_impl(out, value.negative(), digits, as_double, -2, spec, type_name);
}

void check_decimal_digits(const BigNum& value) {
  size_t limit = vm::int_max_str_digits();
  if (limit == 0) return;
  std::string msg = "Exceeds the limit (" + std::to_string(limit) +
                    " digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit";
  if (value.bit_length() > 1 + (uint64_t(limit) + 1) * 333 / 100) raise(ErrorKind::ValueError, msg);
  if (value.abs().to_string(10).size() > limit) raise(ErrorKind::ValueError, msg);
}

// format_complex_internal(): both parts as floats, the imaginary one always
// signed; no type means str()-like output (parentheses unless the real
// part is +0) with repr digits.
void format_complex(std::string& out, double re, double im, std::string_view spec) {
  FormatSpec f = parse_format_spec(spec, 0, '>', "complex");
  char32_t type = f.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknown_presentation_type(type, "complex");
  }
  if (f.fill == '0' && !f.fill_given)
    raise(ErrorKind::ValueError, "Zero padding is not allowed in complex format specifier");
  if (f.align == '=') raise(ErrorKind::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  bool skip_re = false, parens = false;
  int64_t default_precision = 6;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else parens = true;
  } else if (type == 'n') {
    type = 'g';
  }
  int64_t precision = f.precision;
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  char t = static_cast<char>(type);
  std::string body;
  if (parens) body += '(';
  if (!skip_re) {
    std::string r;
    format_double(r, re, t, static_cast<int>(precision), f.sign == '+', false, f.alternate, f.no_neg_0);
    if (f.sign == ' ' && r[0] != '-') body += ' ';
    body += r;
  }
  std::string i;
  format_double(i, im, t, static_cast<int>(precision), !skip_re || f.sign == '+', false, f.alternate, f.no_neg_0);
  if (skip_re && f.sign == ' ' && i[0] != '-') body += ' ';
  body += i;
  body += 'j';
  if (parens) body += ')';
  int64_t len = static_cast<int64_t>(utf8_length(body));
  int64_t pad = f.width > len ? f.width - len : 0;
  int64_t left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
  char fill[4];
  size_t fill_len = utf8_encode(f.fill, fill);
  for (int64_t k = 0; k < left; ++k) out.append(fill, fill_len);
  out += body;
  for (int64_t k = left; k < pad; ++k) out.append(fill, fill_len);
}

void format_float(std::string& out, double value, std::string_view spec, const char* type_name) {
  if (spec.empty()) {
    append_float_repr(out, value);
    return;
  }
  FormatSpec f = parse_format_spec(spec, 0, '>', type_name);
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      unknown_presentation_type(f.type, type_name);
  }
  format_float_internal(out, value, f);
}

// format_string_internal(); widths count code points.
void format_str(std::string& out, std::string_view s, std::string_view spec, const char* type_name) {
  if (spec.empty()) {
    out.append(s);
    return;
  }
  FormatSpec f = parse_format_spec(spec, 's', '<', type_name);
  if (f.type != 's') unknown_presentation_type(f.type, type_name);
  if (f.sign) {
    if (f.sign == ' ') raise(ErrorKind::ValueError, "Space not allowed in string format specifier");
    raise(ErrorKind::ValueError, "Sign not allowed in string format specifier");
  }
  if (f.no_neg_0)
    raise(ErrorKind::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise(ErrorKind::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise(ErrorKind::ValueError, "'=' alignment not allowed in string format specifier");
  int64_t len = static_cast<int64_t>(utf8_length(s));
  if (f.precision >= 0 && len >= f.precision) {
    s = s.substr(0, utf8_offset(s, static_cast<size_t>(f.precision)));
    len = f.precision;
  }
  int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  int64_t lpad = 0;
  if (f.align == '>')
    lpad = total - len;
  else if (f.align == '^')
    lpad = (total - len) / 2;
  append_fill(out, f.fill, lpad);
  out.append(s);
  append_fill(out, f.fill, total - len - lpad);
}

}  // namespace sandbox::vm::lib
