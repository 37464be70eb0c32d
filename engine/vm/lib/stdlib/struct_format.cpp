#include "vm/lib/stdlib/struct_format.h"

#include <cctype>
#include <cmath>
#include <cstring>

namespace sandbox::vm::lib::structfmt {

size_t code_size(char c, bool native) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
  }
}

Format parse(std::string_view fmt) {
  Format f;
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': i = 1; break;
      case '=': f.native = false; i = 1; break;
      case '<': f.native = false; i = 1; break;
      case '>': case '!': f.native = false; f.little = false; i = 1; break;
      default: break;
    }
  }
  size_t size = 0;
  while (i < fmt.size()) {
    char c = fmt[i++];
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    size_t num = 1;
    if (c >= '0' && c <= '9') {
      num = static_cast<size_t>(c - '0');
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (num > (SIZE_MAX / 10 - 9) / 1000) throw StructError{"total struct size too long"};
        num = num * 10 + static_cast<size_t>(fmt[i++] - '0');
      }
      if (i >= fmt.size()) throw StructError{"repeat count given without format specifier"};
      c = fmt[i++];
    }
    size_t sz = code_size(c, f.native);
    if (sz == 0) throw StructError{"bad char in struct format"};
    // Native items are aligned to their own size (C's struct layout).
    if (f.native && sz > 1 && c != 's' && c != 'p') size = (size + sz - 1) / sz * sz;
    if (c == 's' || c == 'p') {
      f.items.push_back({c, size, num, 1});
      f.nargs += 1;
      size += num;
    } else if (c == 'x') {
      size += num;
    } else if (num > 0) {
      f.items.push_back({c, size, sz, num});
      f.nargs += num;
      size += sz * num;
    }
    if (size > (1ULL << 40)) throw StructError{"total struct size too long"};
  }
  f.size = size;
  return f;
}

bool pack_half(double x, uint16_t& out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    out = sign | 0x7e00;
    return true;
  }
  double a = std::fabs(x);
  if (std::isinf(x)) {
    out = sign | 0x7c00;
    return true;
  }
  if (a == 0.0) {
    out = sign;
    return true;
  }
  int e;
  double m = std::frexp(a, &e);  // a = m * 2**e, m in [0.5, 1)
  m *= 2.0;
  e -= 1;                          // a = m * 2**e, m in [1, 2)
  uint32_t bits;
  if (e < -14) {
    // Subnormal: units of 2**-24, rounded half to even.
    double units = std::ldexp(a, 24);
    bits = static_cast<uint32_t>(std::nearbyint(units));
    out = static_cast<uint16_t>(sign | bits);  // a carry into the exponent field is right
    return true;
  }
  double frac = std::nearbyint((m - 1.0) * 1024.0);  // half to even in the default rounding mode
  uint32_t exp = static_cast<uint32_t>(e + 15);
  bits = static_cast<uint32_t>(frac);
  if (bits == 1024) {
    bits = 0;
    exp += 1;
  }
  if (exp >= 31) return false;
  out = static_cast<uint16_t>(sign | (exp << 10) | bits);
  return true;
}

double unpack_half(uint16_t h) {
  int sign = (h >> 15) & 1;
  int e = (h >> 10) & 0x1f;
  unsigned f = h & 0x3ff;
  double x;
  if (e == 0x1f) x = f == 0 ? INFINITY : NAN;
  else if (e == 0) x = std::ldexp(static_cast<double>(f), -24);
  else x = std::ldexp(static_cast<double>(f + 1024), e - 25);
  return sign ? -x : x;
}

}  // namespace sandbox::vm::lib::structfmt
