// printf-style str formatting, "fmt % args" (PyUnicode_Format of
// Objects/unicodeobject.c). Each conversion is expressed as a format spec
// and rendered by number_format, so the digits match format() exactly.
#include <cmath>

#include "vm/int_big.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/number_format.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

Value str_percent_format(VM& vm, const Value& fmtv, const Value& argsv) {
  const std::string& fmt = str_of(fmtv);
  std::vector<Value> tuple_args;
  const std::vector<Value>* args;
  bool single = false;
  if (is_tuple(argsv)) {
    args = &argsv.as<Tuple>()->items;
  } else {
    tuple_args.push_back(argsv);
    args = &tuple_args;
    single = true;
  }
  bool mapping = !is_tuple(argsv) && !is_str(argsv) &&
                 (is_dict(argsv) || !type_lookup(argsv.type(), "__getitem__").is_null());
  size_t argi = 0;
  bool used_mapping = false;
  auto next_arg = [&]() -> Value {
    if (argi >= args->size()) throw_type_error("not enough arguments for format string");
    return (*args)[argi++];
  };
  std::string out;
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t j = fmt.find('%', i);
    if (j == std::string::npos) {
      out.append(fmt, i, std::string::npos);
      break;
    }
    out.append(fmt, i, j - i);
    size_t field_start = j;
    i = j + 1;
    if (i >= n) throw_value_error("incomplete format");
    Value arg = Value::null();
    if (fmt[i] == '(') {
      if (!mapping) throw_type_error("format requires a mapping");
      int depth = 1;
      size_t k = ++i;
      while (k < n && depth > 0) {
        if (fmt[k] == '(') depth++;
        if (fmt[k] == ')') depth--;
        if (depth > 0) k++;
      }
      if (k >= n) throw_value_error("incomplete format key");
      arg = vm.getitem(argsv, make_str(std::string_view(fmt).substr(i, k - i)));
      used_mapping = true;
      i = k + 1;
    }
    bool left = false, zero = false, alt = false;
    char sign = 0;
    for (; i < n; i++) {
      char c = fmt[i];
      if (c == '-') left = true;
      else if (c == '0') zero = true;
      else if (c == '#') alt = true;
      else if (c == '+') sign = '+';
      else if (c == ' ') { if (sign != '+') sign = ' '; }
      else break;
    }
    int64_t width = -1, prec = -1;
    if (i < n && fmt[i] == '*') {
      Value w = next_arg();
      if (!w.is_intlike()) throw_type_error("* wants int");
      width = w.as_int();
      if (width < 0) {
        left = true;
        width = -width;
      }
      i++;
    } else {
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
    }
    if (i < n && fmt[i] == '.') {
      i++;
      prec = 0;
      if (i < n && fmt[i] == '*') {
        Value p = next_arg();
        if (!p.is_intlike()) throw_type_error("* wants int");
        prec = std::max<int64_t>(0, p.as_int());
        i++;
      } else {
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') prec = prec * 10 + (fmt[i++] - '0');
      }
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
    if (i >= n) throw_value_error("incomplete format");
    size_t clen;
    char32_t conv = utf8_decode(fmt, i, &clen);
    i += clen;
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    if (arg.is_null()) arg = next_arg();
    std::string spec;
    auto add_width = [&](bool numeric) {
      if (left)
        spec += '<';
      else if (!numeric)
        spec += '>';
      if (sign && numeric) spec += sign;
      if (alt && numeric) spec += '#';
      if (zero && !left && numeric) spec += '0';
      if (width >= 0) spec += std::to_string(width);
    };
    switch (conv) {
      case 's': case 'r': case 'a': {
        std::string text = conv == 's' ? vm.to_str(arg) : vm.repr_str(arg);
        if (conv == 'a') {
          std::string ascii;
          for (size_t p = 0; p < text.size();) {
            size_t len;
            char32_t cp = utf8_decode(text, p, &len);
            char buf[16];
            if (cp < 0x80) ascii.push_back(static_cast<char>(cp));
            else {
              std::snprintf(buf, sizeof buf, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x",
                            static_cast<unsigned>(cp));
              ascii.append(buf);
            }
            p += len;
          }
          text = ascii;
        }
        add_width(false);
        if (prec >= 0) {
          spec.push_back('.');
          spec.append(std::to_string(prec));
        }
        guarded([&] { format_str(out, text, spec); });
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        Value v;
        if (is_int_value(arg)) {
          v = arg;
        } else if (arg.is_float() && (conv == 'd' || conv == 'i' || conv == 'u')) {
          double d = arg.as_float();
          if (std::isnan(d)) throw_value_error("cannot convert float NaN to integer");
          if (std::isinf(d)) throw_overflow_error("cannot convert float infinity to integer");
          v = make_int(BigNum::from_double(d));
        } else if (conv == 'd' || conv == 'i' || conv == 'u') {
          throw_type_error("%%%c format: a real number is required, not %s", static_cast<char>(conv), type_name(arg));
        } else {
          throw_type_error("%%%c format: an integer is required, not %s", static_cast<char>(conv), type_name(arg));
        }
        // With a precision the digits are zero-extended first and the
        // width applies to the result (formatlong, then the padding).
        int64_t full_width = width;
        if (prec > 0) width = -1;
        add_width(true);
        spec += (conv == 'i' || conv == 'u') ? 'd' : static_cast<char>(conv);
        std::string num;
        if (is_bigint(v))
          guarded([&] { format_bigint(num, v.as<BigInt>()->n, spec); });
        else
          guarded([&] { format_int(num, v.as_int(), spec); });
        if (prec > 0) {
          // precision = minimum number of digits
          size_t d0 = num.find_first_of("0123456789");
          if (alt && (conv == 'x' || conv == 'X' || conv == 'o')) d0 += 2;
          size_t d1 = d0;
          while (d1 < num.size() && std::isxdigit(static_cast<unsigned char>(num[d1]))) d1++;
          if (static_cast<int64_t>(d1 - d0) < prec) num.insert(d0, static_cast<size_t>(prec) - (d1 - d0), '0');
          width = full_width;
          size_t len = num.size();
          if (width > 0 && static_cast<size_t>(width) > len) {
            size_t pad = static_cast<size_t>(width) - len;
            if (left) num.append(pad, ' ');
            else if (zero) num.insert(d0, pad, '0');
            else num.insert(0, pad, ' ');
          }
        }
        out += num;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        if (is_bigint(arg)) arg = Value::real(int_to_double(arg));
        if (!arg.is_number()) {
          if (!type_lookup(arg.type(), "__float__").is_null()) arg = vm.call_method(arg, "__float__", {});
          else throw_type_error("must be real number, not %s", type_name(arg));
        }
        add_width(true);
        spec.push_back('.');
        spec.append(std::to_string(prec < 0 ? 6 : prec));
        spec += static_cast<char>(conv);
        guarded([&] { format_float(out, arg.to_double(), spec); });
        break;
      }
      case 'c': {
        std::string ch;
        if (is_bigint(arg)) throw_overflow_error("%%c arg not in range(0x110000)");
        if (arg.is_intlike()) {
          int64_t v = arg.as_int();
          if (v < 0 || v > 0x10FFFF) throw_overflow_error("%%c arg not in range(0x110000)");
          append_utf8(ch, static_cast<char32_t>(v));
        } else if (is_str(arg) && arg.as<Str>()->length == 1) {
          ch = str_of(arg);
        } else {
          throw_type_error("%%c requires int or char");
        }
        add_width(false);
        guarded([&] { format_str(out, ch, spec); });
        break;
      }
      default: {
        char buf[128];
        if (conv > 32 && conv < 127)
          std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                        static_cast<char>(conv), static_cast<unsigned>(conv), i - clen);
        else
          std::snprintf(buf, sizeof buf, "unsupported format character '\\x%x' (0x%x) at index %zu",
                        static_cast<unsigned>(conv), static_cast<unsigned>(conv), i - clen);
        (void)field_start;
        throw_value_error("%s", buf);
      }
    }
  }
  if (!used_mapping && argi < args->size() && !(single && mapping))
    throw_type_error("not all arguments converted during string formatting");
  return make_str(std::move(out));
}

}  // namespace sandbox::vm::lib
