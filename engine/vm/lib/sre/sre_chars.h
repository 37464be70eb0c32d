// Character predicates and case mappings of the regex engine (sre.c's
// SRE_IS_* macros, sre_category, the three lowerings).  ASCII rules for
// str and bytes without re.UNICODE, Unicode 14.0 (vm/lib/unicode.h) with
// it.  LOCALE uses the C locale's rules, which are ASCII's: the sandbox
// runs, as the reference does, without a byte locale.
#pragma once
#include <cstdint>

#include "vm/lib/sre/sre_constants.h"

namespace sandbox::vm::sre {

inline bool is_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
inline bool is_space(uint32_t ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
inline bool is_linebreak(uint32_t ch) { return ch == '\n'; }
inline bool is_alnum(uint32_t ch) {
  return is_digit(ch) || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}
inline bool is_word(uint32_t ch) { return ch < 128 && (is_alnum(ch) || ch == '_'); }
inline uint32_t lower_ascii(uint32_t ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
inline uint32_t upper_ascii(uint32_t ch) { return ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }

// The C locale: isalnum/tolower/toupper know only ASCII.
inline bool loc_is_word(uint32_t ch) { return is_word(ch); }
inline uint32_t lower_locale(uint32_t ch) { return lower_ascii(ch); }
inline uint32_t upper_locale(uint32_t ch) { return upper_ascii(ch); }

bool uni_is_digit(uint32_t ch);
bool uni_is_space(uint32_t ch);
bool uni_is_linebreak(uint32_t ch);
bool uni_is_word(uint32_t ch);
uint32_t lower_unicode(uint32_t ch);
uint32_t upper_unicode(uint32_t ch);

// sre_category: is ch in the category?
bool in_category(Code category, uint32_t ch);
// char_loc_ignore: ch equals pattern once lowered or uppered in the locale.
inline bool char_loc_ignore(Code pattern, uint32_t ch) {
  return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

}  // namespace sandbox::vm::sre
