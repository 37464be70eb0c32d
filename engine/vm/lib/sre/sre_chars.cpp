// The Unicode half of the regex engine's character rules (sre.c's
// SRE_UNI_IS_* and sre_category), over the sandbox's Unicode tables.
#include "vm/lib/sre/sre_chars.h"

#include "vm/lib/unicode.h"

namespace sandbox::vm::sre {

bool uni_is_digit(uint32_t ch) { return lib::uni_isdecimal(ch); }
bool uni_is_space(uint32_t ch) { return lib::uni_isspace(ch); }
// Py_UNICODE_ISLINEBREAK: the characters str.splitlines() splits at.
bool uni_is_linebreak(uint32_t ch) {
  switch (ch) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}
// Py_UNICODE_ISALNUM (alpha, decimal, digit or numeric) or '_'.
bool uni_is_word(uint32_t ch) {
  return ch == '_' || lib::uni_isalpha(ch) || lib::uni_isdecimal(ch) || lib::uni_isdigit(ch) ||
         lib::uni_isnumeric(ch);
}
uint32_t lower_unicode(uint32_t ch) { return lib::uni_tolower(ch); }
uint32_t upper_unicode(uint32_t ch) { return lib::uni_toupper(ch); }

bool in_category(Code category, uint32_t ch) {
  switch (category) {
    case CAT_DIGIT: return is_digit(ch);
    case CAT_NOT_DIGIT: return !is_digit(ch);
    case CAT_SPACE: return is_space(ch);
    case CAT_NOT_SPACE: return !is_space(ch);
    case CAT_WORD: return is_word(ch);
    case CAT_NOT_WORD: return !is_word(ch);
    case CAT_LINEBREAK: return is_linebreak(ch);
    case CAT_NOT_LINEBREAK: return !is_linebreak(ch);
    case CAT_LOC_WORD: return loc_is_word(ch);
    case CAT_LOC_NOT_WORD: return !loc_is_word(ch);
    case CAT_UNI_DIGIT: return uni_is_digit(ch);
    case CAT_UNI_NOT_DIGIT: return !uni_is_digit(ch);
    case CAT_UNI_SPACE: return uni_is_space(ch);
    case CAT_UNI_NOT_SPACE: return !uni_is_space(ch);
    case CAT_UNI_WORD: return uni_is_word(ch);
    case CAT_UNI_NOT_WORD: return !uni_is_word(ch);
    case CAT_UNI_LINEBREAK: return uni_is_linebreak(ch);
    case CAT_UNI_NOT_LINEBREAK: return !uni_is_linebreak(ch);
    default: return false;
  }
}

}  // namespace sandbox::vm::sre
