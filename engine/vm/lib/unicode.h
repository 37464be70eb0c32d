// UTF-8 helpers and the Unicode character classes str methods need
// (isprintable for repr, isalpha/isdigit/isspace/isupper/islower, case
// mappings), from tables generated from CPython 3.11 (Unicode 14.0).
// Strings are UTF-8 in the sandbox; indices and lengths are in code points.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sandbox::vm::lib {

// Decodes the code point starting at byte `pos`; `len` receives its byte
// length. Invalid bytes decode as themselves (length 1): the lexer only
// produces valid UTF-8.
char32_t utf8_decode(std::string_view s, size_t pos, size_t* len);
// Writes `cp` as UTF-8 into buf (4 bytes room); returns the byte count.
size_t utf8_encode(char32_t cp, char* buf);
void append_utf8(std::string& out, char32_t cp);
// Byte offset of code point number `index` (s.size() if past the end).
size_t utf8_offset(std::string_view s, size_t index);
// True when every byte is < 0x80 (then byte index == code point index).
bool is_ascii(std::string_view s);

bool uni_isprintable(char32_t cp);
bool uni_isalpha(char32_t cp);
bool uni_isdigit(char32_t cp);
bool uni_isdecimal(char32_t cp);
// The digit value of a Unicode decimal digit (Nd), or -1.
int uni_decimal_value(char32_t cp);
// _PyUnicode_TransformDecimalAndSpaceToASCII(): non-ASCII decimal digits
// become '0'..'9' and non-ASCII whitespace ' ', as int()/float() see them.
std::string transform_decimal_and_space(std::string_view s);
bool uni_isnumeric(char32_t cp);
bool uni_isspace(char32_t cp);
bool uni_isupper(char32_t cp);
bool uni_islower(char32_t cp);
bool uni_istitle(char32_t cp);  // titlecase letters (Lt)
bool uni_iscased(char32_t cp);
// East Asian Width W or F (two terminal columns; traceback carets count them).
bool uni_iswide(char32_t cp);
// Full case mappings (may expand: 'ß'.upper() == 'SS').
void append_upper(std::string& out, char32_t cp);
void append_lower(std::string& out, char32_t cp);
void append_title(std::string& out, char32_t cp);
// Py_UNICODE_TOLOWER / Py_UNICODE_TOUPPER: one code point, the first of
// the full mapping (CPython's _PyUnicode_ToLowercase returns the first
// character of a special casing, 'ß' upper is 'S'); the regex engine's
// case-insensitive matching uses these.
char32_t uni_tolower(char32_t cp);
char32_t uni_toupper(char32_t cp);

// repr(str): CPython's quote choice (' unless the text has ' and no "),
// escapes \\ \n \r \t, \xNN / \uNNNN / \UNNNNNNNN for non-printable
// characters; printable non-ASCII characters stay as they are.
void append_str_repr(std::string& out, std::string_view s);
std::string str_repr(std::string_view s);
// repr(bytes): b'...' with \xNN escapes (bytes_repr).
void append_bytes_repr(std::string& out, std::string_view b);

}  // namespace sandbox::vm::lib
