// Lexer tests: indentation stack, implicit/explicit line joining, comments,
// strings and prefixes, numbers, operators, and the tokenizer's errors in
// CPython 3.11's words (checked against python3 3.11.7).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lang/lexer.h"

using namespace sandbox::lang;

namespace {

std::vector<Tok> kinds(const std::string& src) {
  Lexed l = tokenize(src, "x.py");
  std::vector<Tok> out;
  for (const Token& t : l.tokens) out.push_back(t.kind);
  return out;
}

std::string spelled(const std::string& src) {
  Lexed l = tokenize(src, "x.py");
  std::string out;
  for (const Token& t : l.tokens) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case Tok::Name: case Tok::Number: case Tok::String:
        out += std::string(token_text(src, t));
        break;
      case Tok::Newline: out += "NL"; break;
      case Tok::Indent: out += "IN"; break;
      case Tok::Dedent: out += "DE"; break;
      case Tok::EndMarker: out += "END"; break;
      case Tok::ErrorTok: out += "ERR"; break;
      default: out += std::string(tok_spelling(t.kind)); break;
    }
  }
  return out;
}

}  // namespace

TEST_SUITE("lexer") {
  TEST_CASE("indentation produces INDENT/DEDENT from a stack") {
    CHECK(spelled("if a:\n    b\n    if c:\n        d\ne\n") ==
          "if a : NL IN b NL if c : NL IN d NL DE DE e NL END");
    // Blank and comment-only lines do not count; EOF closes open blocks.
    CHECK(spelled("if a:\n\n  # c\n    b\n") == "if a : NL IN b NL DE END");
    // A missing final newline is supplied.
    CHECK(spelled("x = 1") == "x = 1 NL END");
    // Tabs go to multiples of 8 (a tab then 8 spaces is the same level).
    CHECK(spelled("if a:\n\tb\n\tc\n") == "if a : NL IN b NL c NL DE END");
  }

  TEST_CASE("implicit joining in brackets and backslash continuation") {
    CHECK(spelled("x = (1,\n     2)\n") == "x = ( 1 , 2 ) NL END");
    CHECK(spelled("x = [\n1,\n  2\n]\n") == "x = [ 1 , 2 ] NL END");
    CHECK(spelled("x = 1 + \\\n    2\n") == "x = 1 + 2 NL END");
    CHECK(spelled("x = 1  # comment\n") == "x = 1 NL END");
  }

  TEST_CASE("operators: longest match") {
    CHECK(spelled("a **= b //= c -> d := e != f <= g >= h << i >> j <<= k >>= l ...") ==
          "a **= b //= c -> d := e != f <= g >= h << i >> j <<= k >>= l ... NL END");
    CHECK(spelled("a.b") == "a . b NL END");
    CHECK(spelled("a@b") == "a @ b NL END");
  }

  TEST_CASE("keywords are their own kinds; soft keywords stay names") {
    std::vector<Tok> k = kinds("async await match case _ None\n");
    CHECK(k[0] == Tok::KwAsync);
    CHECK(k[1] == Tok::KwAwait);
    CHECK(k[2] == Tok::Name);
    CHECK(k[3] == Tok::Name);
    CHECK(k[4] == Tok::Name);
    CHECK(k[5] == Tok::KwNone);
  }

  TEST_CASE("strings: every prefix, triple quotes, escapes kept in the token") {
    CHECK(spelled("r'a' b\"b\" rb'c' BR'd' f'e' Rf'g' fr'h' u'i' U\"j\"") ==
          "r'a' b\"b\" rb'c' BR'd' f'e' Rf'g' fr'h' u'i' U\"j\" NL END");
    CHECK(spelled("'it\\'s' \"q\\\"\"") == "'it\\'s' \"q\\\"\" NL END");
    std::string src = "x = '''a\nb''' + \"\"\"c\"\"\"\n";
    Lexed l = tokenize(src, "x.py");
    REQUIRE(l.tokens[2].kind == Tok::String);
    CHECK(l.tokens[2].line == 1);
    CHECK(l.tokens[2].end_line == 2);
    CHECK(l.tokens[2].end_col == 4);
    CHECK(l.tokens[3].kind == Tok::Plus);
    CHECK(l.tokens[3].line == 2);
    // 'ub' is not a prefix: a name then a string.
    CHECK(spelled("ub'x'") == "ub 'x' NL END");
  }

  TEST_CASE("numbers") {
    CHECK(spelled("0 00 0x1F 0o17 0b101 1_000 1.5 .5 5. 1e10 1E-3 1_0.0_1e+1_0 1j") ==
          "0 00 0x1F 0o17 0b101 1_000 1.5 .5 5. 1e10 1E-3 1_0.0_1e+1_0 1j NL END");
    // A number before a keyword is fine (CPython only warns).
    CHECK(spelled("1if x else 2") == "1 if x else 2 NL END");
  }

  TEST_CASE("columns are 0-based bytes; lines 1-based") {
    std::string src = "a = 'é'\n  # c\nbb = 2\n";
    Lexed l = tokenize(src, "x.py");
    CHECK(l.tokens[2].col == 4);
    CHECK(l.tokens[2].end_col == 8);  // 'é' is two bytes
    const Token& bb = l.tokens[4];
    CHECK(token_text(src, bb) == "bb");
    CHECK(bb.line == 3);
    CHECK(bb.col == 0);
  }

  TEST_CASE("tokenizer errors: message, location and how they rank") {
    struct Case {
      const char* src;
      const char* type;
      const char* message;
      int line, offset;
      LexErrorKind kind;
    } cases[] = {
        {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5,
         LexErrorKind::Raised},
        {"def f():\n  x = \"\"\"abc\n\n", "SyntaxError",
         "unterminated triple-quoted string literal (detected at line 3)", 2, 7,
         LexErrorKind::Raised},
        {"x = 12abc\n", "SyntaxError", "invalid decimal literal", 1, 6, LexErrorKind::Raised},
        {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, LexErrorKind::Raised},
        {"x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, LexErrorKind::Raised},
        {"x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('",
         1, 7, LexErrorKind::Raised},
        {"x = (1,\n2]\n", "SyntaxError",
         "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2,
         LexErrorKind::Raised},
        {"x)\n", "SyntaxError", "unmatched ')'", 1, 2, LexErrorKind::Raised},
        {"x = (1,\n 2,\n", "SyntaxError", "'(' was never closed", 1, 5, LexErrorKind::UnclosedEof},
        {"if x:\n    a\n  b\n", "IndentationError",
         "unindent does not match any outer indentation level", 3, 5, LexErrorKind::Quiet},
        {"if x:\n    a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3,
         1, LexErrorKind::Raised},
        {"x = \xe2\x80\x9c" "a\xe2\x80\x9d\n", "SyntaxError", "invalid character '\xe2\x80\x9c' (U+201C)",
         1, 5, LexErrorKind::Raised},
        {"x = 1 + \\ y\n", "SyntaxError", "unexpected character after line continuation character",
         1, 10, LexErrorKind::Quiet},
    };
    for (const Case& c : cases) {
      INFO(c.src);
      Lexed l = tokenize(c.src, "x.py");
      REQUIRE(l.error.has_value());
      CHECK(l.tokens.back().kind == Tok::ErrorTok);
      CHECK(l.error->error.type == c.type);
      CHECK(l.error->error.message == c.message);
      CHECK(l.error->error.line == c.line);
      CHECK(l.error->error.offset == c.offset);
      CHECK(l.error->kind == c.kind);
    }
  }

  TEST_CASE("a clean file has no error and ends with ENDMARKER") {
    Lexed l = tokenize("async def main():\n    await x\n", "x.py");
    CHECK_FALSE(l.error.has_value());
    CHECK(l.tokens.back().kind == Tok::EndMarker);
  }
}
