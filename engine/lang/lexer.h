// The tokenizer: Python 3.11 source -> tokens, mirroring CPython's
// Parser/tokenizer.c (tok_get): INDENT/DEDENT from an indentation stack
// (tabs to multiples of 8, checked against tab size 1 for TabError),
// implicit joining inside brackets, backslash continuation, comments,
// strings with every prefix (the token covers prefix, quotes and body; the
// parser decodes it), numbers.
//
// The whole file is tokenized up front (fast, and simple to backtrack over).
// CPython's tokenizer is lazy, so its errors surface only when the parser
// reaches them; to keep CPython's choice of which error wins, a lexing error
// ends the token list with an ErrorTok and is described in Lexed::error.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/syntax_error.h"
#include "lang/tokens.h"

namespace sandbox::lang {

// How a tokenizer error interacts with a parser error found earlier
// (CPython's _PyPegen_tokenize_full_source_to_check_for_errors).
enum class LexErrorKind : uint8_t {
  Raised,       // tokenizer raised (bad literal, unterminated string, unmatched
                // bracket, TabError...): it wins over any parser error
  UnclosedEof,  // EOF inside brackets: "'(' was never closed"; wins over a
                // parser error only if that error is on a later line
  Quiet,        // E_DEDENT / E_EOF: reported only when the parser reaches it
};

struct LexError {
  SyntaxError error;
  LexErrorKind kind = LexErrorKind::Raised;
  int paren_line = 0;  // UnclosedEof: line of the unclosed bracket
};

struct Lexed {
  std::vector<Token> tokens;      // ends with EndMarker, or ErrorTok on error
  std::optional<LexError> error;  // set iff tokens.back() is ErrorTok
};

// `source` must outlive the tokens (they index it).  "\r\n" must already be
// normalised to "\n" (parse() does it).
Lexed tokenize(std::string_view source, const std::string& filename);

// Text of a token.
inline std::string_view token_text(std::string_view source, const Token& t) {
  return source.substr(t.start, t.end - t.start);
}

}  // namespace sandbox::lang
