// str.encode / bytes.decode for the codecs the subset needs: utf-8, ascii,
// latin-1 (errors: strict, ignore, replace), with CPython's messages.
#include "vm/lib/lib_internal.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

std::string normalize_encoding(std::string_view enc) {
  std::string e;
  for (char c : enc) e.push_back(c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (e == "utf-8" || e == "utf8" || e == "u8") return "utf-8";
  if (e == "ascii" || e == "us-ascii") return "ascii";
  if (e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1") return "latin-1";
  throw_exception(exc().LookupError, "unknown encoding: " + std::string(enc));
}

std::string encode_str(std::string_view s, std::string_view encoding, std::string_view errors) {
  std::string enc = normalize_encoding(encoding);
  if (enc == "utf-8") return std::string(s);
  unsigned limit = enc == "ascii" ? 0x80 : 0x100;
  std::string out;
  int64_t index = 0;
  for (size_t pos = 0; pos < s.size(); index++) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (cp < limit) {
      out.push_back(static_cast<char>(cp));
    } else if (errors == "ignore") {
    } else if (errors == "replace") {
      out.push_back('?');
    } else {
      // 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
      char buf[32];
      std::snprintf(buf, sizeof buf, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x",
                    static_cast<unsigned>(cp));
      throw_exception(exc().UnicodeEncodeError,
                      "'" + enc + "' codec can't encode character '" + buf + "' in position " +
                          std::to_string(index) + ": ordinal not in range(" + std::to_string(limit) + ")");
    }
    pos += len;
  }
  return out;
}

// Length of a valid UTF-8 sequence at b[pos], or 0 (with `why` set).
static size_t utf8_valid_len(std::string_view b, size_t pos, const char** why) {
  auto u = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
  unsigned char c = u(pos);
  size_t need;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 2;
  else if (c >= 0xE0 && c <= 0xEF) need = 3;
  else if (c >= 0xF0 && c <= 0xF4) need = 4;
  else {
    *why = "invalid start byte";
    return 0;
  }
  for (size_t k = 1; k < need; k++) {
    if (pos + k >= b.size()) {
      *why = "unexpected end of data";
      return 0;
    }
    unsigned char d = u(pos + k);
    bool ok = (d & 0xC0) == 0x80;
    if (k == 1) {
      if (c == 0xE0) ok = ok && d >= 0xA0;
      if (c == 0xED) ok = ok && d < 0xA0;
      if (c == 0xF0) ok = ok && d >= 0x90;
      if (c == 0xF4) ok = ok && d < 0x90;
    }
    if (!ok) {
      *why = "invalid continuation byte";
      return 0;
    }
  }
  return need;
}

void check_utf8(std::string_view b) { (void)decode_bytes(b, "utf-8", "strict"); }

std::string decode_bytes(std::string_view b, std::string_view encoding, std::string_view errors) {
  std::string enc = normalize_encoding(encoding);
  std::string out;
  for (size_t pos = 0; pos < b.size();) {
    unsigned char c = static_cast<unsigned char>(b[pos]);
    if (enc == "latin-1") {
      append_utf8(out, c);
      pos++;
      continue;
    }
    if (enc == "ascii") {
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (errors == "replace") {
        append_utf8(out, 0xFFFD);
      } else if (errors != "ignore") {
        char buf[8];
        std::snprintf(buf, sizeof buf, "0x%02x", c);
        throw_exception(exc().UnicodeDecodeError, std::string("'ascii' codec can't decode byte ") + buf +
                                                      " in position " + std::to_string(pos) +
                                                      ": ordinal not in range(128)");
      }
      pos++;
      continue;
    }
    const char* why = "";
    size_t len = utf8_valid_len(b, pos, &why);
    if (len) {
      out.append(b.substr(pos, len));
      pos += len;
      continue;
    }
    if (errors == "replace") {
      append_utf8(out, 0xFFFD);
    } else if (errors != "ignore") {
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02x", c);
      throw_exception(exc().UnicodeDecodeError, std::string("'utf-8' codec can't decode byte ") + buf +
                                                    " in position " + std::to_string(pos) + ": " + why);
    }
    pos++;
  }
  return out;
}

}  // namespace sandbox::vm::lib
