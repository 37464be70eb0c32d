// Token kinds of the Python 3.11 subset (CPython's Grammar/Tokens plus the
// keywords, which the lexer recognises so the parser can switch on them).
#pragma once
#include <cstdint>
#include <string_view>

namespace sandbox::lang {

// X(kind, spelling): spelling is what error messages and tests show.
#define SANDBOX_LANG_TOKENS(X)                                                  \
  X(EndMarker, "")                                                             \
  X(Name, "name") X(Number, "number") X(String, "string")                      \
  X(Newline, "newline") X(Indent, "indent") X(Dedent, "dedent")                \
  X(ErrorTok, "error") /* the lexer stopped here; see Lexed::error */         \
  X(Unknown, "?")      /* a character that starts no token ($, ?, !) */        \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{")           \
  X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+")         \
  X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&")          \
  X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")       \
  X(Tilde, "~") X(Circumflex, "^") X(At, "@") X(EqEqual, "==")                 \
  X(NotEqual, "!=") X(LessEqual, "<=") X(GreaterEqual, ">=")                   \
  X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**")                   \
  X(PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=")                      \
  X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")                \
  X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")         \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")     \
  X(DoubleSlashEqual, "//=") X(AtEqual, "@=") X(RArrow, "->")                  \
  X(Ellipsis, "...") X(ColonEqual, ":=")                                       \
  X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and")      \
  X(KwAs, "as") X(KwAssert, "assert") X(KwAsync, "async")                      \
  X(KwAwait, "await") X(KwBreak, "break") X(KwClass, "class")                  \
  X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del")                    \
  X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except")                    \
  X(KwFinally, "finally") X(KwFor, "for") X(KwFrom, "from")                    \
  X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import") X(KwIn, "in")      \
  X(KwIs, "is") X(KwLambda, "lambda") X(KwNonlocal, "nonlocal")                \
  X(KwNot, "not") X(KwOr, "or") X(KwPass, "pass") X(KwRaise, "raise")          \
  X(KwReturn, "return") X(KwTry, "try") X(KwWhile, "while")                    \
  X(KwWith, "with") X(KwYield, "yield")

enum class Tok : uint8_t {
#define SANDBOX_LANG_TOKEN_ENUM(k, s) k,
  SANDBOX_LANG_TOKENS(SANDBOX_LANG_TOKEN_ENUM)
#undef SANDBOX_LANG_TOKEN_ENUM
};

// The spelling of a token kind ("(", "if", "name").
std::string_view tok_spelling(Tok t);
// True for the keyword kinds (KwFalse .. KwYield).
inline bool is_keyword(Tok t) { return t >= Tok::KwFalse && t <= Tok::KwYield; }

struct Token {
  Tok kind = Tok::EndMarker;
  int line = 0;       // 1-based
  int col = 0;        // 0-based byte column
  int end_line = 0;
  int end_col = 0;    // byte column just past the token
  uint32_t start = 0; // byte offset of the token's text in the source
  uint32_t end = 0;
};

}  // namespace sandbox::lang
