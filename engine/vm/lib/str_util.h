// Code-point aware helpers over UTF-8 Str objects for str methods.
#pragma once

#include <string>
#include <string_view>

#include "vm/lib/args.h"
#include "vm/lib/number_format.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

// A str argument with its code-point length; byte offsets <-> indices.
struct StrView {
  std::string_view s;
  int64_t length;  // code points
  bool ascii;
  explicit StrView(const Value& v) : s(v.as<Str>()->s), length(v.as<Str>()->length), ascii(v.as<Str>()->ascii) {}
  StrView(std::string_view t) : s(t), length(static_cast<int64_t>(utf8_length(t))), ascii(is_ascii(t)) {}
  size_t byte_at(int64_t index) const {
    if (ascii) return static_cast<size_t>(index);
    return utf8_offset(s, static_cast<size_t>(index));
  }
  int64_t index_of_byte(size_t byte) const {
    if (ascii) return static_cast<int64_t>(byte);
    return static_cast<int64_t>(utf8_length(s.substr(0, byte)));
  }
};

// ADJUST_INDICES of Objects/stringlib: optional start/end (None allowed),
// clamped to [0, len]; returns false when start > len.
bool adjust_indices(const Value* start, const Value* end, int64_t len, int64_t& s, int64_t& e);

// Requires a str argument: "NAME() argument N must be str, not int"
const Value& want_str(const Value& v, const char* fname, int argno);

}  // namespace sandbox::vm::lib
