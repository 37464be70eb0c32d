// Helpers shared between lib's binding files (not part of the contract).
#pragma once

#include <string>
#include <string_view>

#include "vm/lib/args.h"

namespace sandbox::vm::lib {

// dict.update(arg) / dict(arg): a mapping (has keys()) or an iterable of pairs.
void dict_update_from(VM& vm, Dict* d, const Value& arg);
// Adds every item of an iterable to a set.
void set_update_from(VM& vm, Set* s, const Value& iterable);
// UTF-8 validation for bytes.decode('utf-8'); raises UnicodeDecodeError.
void check_utf8(std::string_view b);
// The text of str/bytes encode/decode encodings we support (utf-8, ascii,
// latin-1); raises LookupError for others.
std::string normalize_encoding(std::string_view enc);
std::string encode_str(std::string_view s, std::string_view encoding, std::string_view errors);
// ascii(v): repr(v) with non-ASCII characters as \x/\u/\U escapes.
std::string ascii_of(VM& vm, const Value& v);
// str.format_map(mapping) (str_format.cpp).
Value str_format_map_impl(VM& vm, const Value& self, const Value& mapping);
std::string decode_bytes(std::string_view b, std::string_view encoding, std::string_view errors);

}  // namespace sandbox::vm::lib
