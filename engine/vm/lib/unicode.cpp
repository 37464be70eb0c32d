#include "vm/lib/unicode.h"

#include <algorithm>

namespace sandbox::vm::lib {

namespace {
struct CodeRange {
  char32_t lo, hi;
};
struct CaseMapping {
  char32_t cp;
  char32_t to[3];
};
#include "vm/lib/unicode_tables.inc"

template <size_t N>
bool in_ranges(const CodeRange (&table)[N], char32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](char32_t c, const CodeRange& r) { return c < r.lo; });
  if (it == std::begin(table)) return false;
  --it;
  return cp <= it->hi;
}

template <size_t N>
const CaseMapping* find_mapping(const CaseMapping (&table)[N], char32_t cp) {
  auto it = std::lower_bound(std::begin(table), std::end(table), cp,
                             [](const CaseMapping& m, char32_t c) { return m.cp < c; });
  if (it != std::end(table) && it->cp == cp) return it;
  return nullptr;
}

template <size_t N>
void append_mapped(std::string& out, const CaseMapping (&table)[N], char32_t cp) {
  if (const CaseMapping* m = find_mapping(table, cp)) {
    for (char32_t c : m->to)
      if (c) append_utf8(out, c);
  } else {
    append_utf8(out, cp);
  }
}

constexpr char kHex[] = "0123456789abcdef";
}  // namespace

char32_t utf8_decode(std::string_view s, size_t pos, size_t* len) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[pos + i]); };
  unsigned char c = b(0);
  size_t avail = s.size() - pos;
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && avail >= 2) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (b(1) & 0x3Fu);
  }
  if ((c & 0xF0) == 0xE0 && avail >= 3) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  }
  if ((c & 0xF8) == 0xF0 && avail >= 4) {
    *len = 4;
    return ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
  }
  *len = 1;
  return c;
}

size_t utf8_encode(char32_t cp, char* buf) {
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  buf[0] = static_cast<char>(0xF0 | (cp >> 18));
  buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  char buf[4];
  out.append(buf, utf8_encode(cp, buf));
}

size_t utf8_offset(std::string_view s, size_t index) {
  size_t pos = 0;
  while (index > 0 && pos < s.size()) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    --index;
  }
  return pos;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

bool uni_isprintable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_ranges(kNonPrintable, cp);
}
bool uni_isalpha(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return in_ranges(kAlpha, cp);
}
bool uni_isdigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(kDigit, cp);
}
bool uni_isdecimal(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(kDecimal, cp);
}
int uni_decimal_value(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  // Every Nd range starts at a digit zero and holds whole runs of ten.
  auto it = std::upper_bound(std::begin(kDecimal), std::end(kDecimal), cp,
                             [](char32_t c, const CodeRange& r) { return c < r.lo; });
  if (it == std::begin(kDecimal)) return -1;
  --it;
  if (cp > it->hi) return -1;
  return static_cast<int>((cp - it->lo) % 10);
}

std::string transform_decimal_and_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    int d = uni_decimal_value(cp);
    if (d >= 0)
      out.push_back(static_cast<char>('0' + d));
    else if (uni_isspace(cp))
      out.push_back(' ');
    else
      out.append(s.substr(pos, len));
    pos += len;
  }
  return out;
}

bool uni_isnumeric(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(kNumeric, cp);
}
bool uni_iswide(char32_t cp) { return cp >= 0x80 && in_ranges(kWide, cp); }
bool uni_isspace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return in_ranges(kSpace, cp);
}
bool uni_isupper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return in_ranges(kUpper, cp);
}
bool uni_islower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return in_ranges(kLower, cp);
}
bool uni_istitle(char32_t cp) { return cp >= 0x80 && in_ranges(kTitle, cp); }
bool uni_iscased(char32_t cp) { return uni_isupper(cp) || uni_islower(cp) || uni_istitle(cp); }

void append_upper(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
    return;
  }
  append_mapped(out, kToUpper, cp);
}
void append_lower(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  append_mapped(out, kToLower, cp);
}
void append_title(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    append_upper(out, cp);
    return;
  }
  append_mapped(out, kToTitle, cp);
}

char32_t uni_tolower(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  const CaseMapping* m = find_mapping(kToLower, cp);
  return m ? m->to[0] : cp;
}
char32_t uni_toupper(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
  const CaseMapping* m = find_mapping(kToUpper, cp);
  return m ? m->to[0] : cp;
}

// unicode_repr() of Objects/unicodeobject.c.
void append_str_repr(std::string& out, std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  out.push_back(quote);
  for (size_t pos = 0; pos < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      ++pos;
      if (c == static_cast<unsigned char>(quote) || c == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(c));
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < ' ' || c == 0x7F) {
        out.append("\\x");
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (uni_isprintable(cp)) {
      out.append(s.substr(pos, len));
    } else if (cp <= 0xFF) {
      out.append("\\x");
      out.push_back(kHex[cp >> 4]);
      out.push_back(kHex[cp & 0xF]);
    } else if (cp <= 0xFFFF) {
      out.append("\\u");
      for (int sh = 12; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 0xF]);
    } else {
      out.append("\\U");
      for (int sh = 28; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 0xF]);
    }
    pos += len;
  }
  out.push_back(quote);
}

std::string str_repr(std::string_view s) {
  std::string out;
  append_str_repr(out, s);
  return out;
}

// bytes_repr() of Objects/bytesobject.c (smartquotes).
void append_bytes_repr(std::string& out, std::string_view b) {
  bool has_single = b.find('\'') != std::string_view::npos;
  bool has_double = b.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  out.push_back('b');
  out.push_back(quote);
  for (unsigned char c : b) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c < ' ' || c >= 0x7F) {
      out.append("\\x");
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(quote);
}

}  // namespace sandbox::vm::lib
