// Mirrors CPython 3.11 Parser/tokenizer.c (tok_get and helpers); the error
// messages and the caret positions are CPython's.
#include "lang/lexer.h"

#include <array>
#include <cstdio>

namespace sandbox::lang {

std::string_view tok_spelling(Tok t) {
  static constexpr std::string_view names[] = {
#define SANDBOX_LANG_TOKEN_NAME(k, s) s,
      SANDBOX_LANG_TOKENS(SANDBOX_LANG_TOKEN_NAME)
#undef SANDBOX_LANG_TOKEN_NAME
  };
  return names[static_cast<int>(t)];
}

namespace {

constexpr int kEOF = -1;
constexpr size_t kMaxParenLevel = 200;  // CPython's MAXLEVEL

Tok keyword_kind(std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return Tok::Name;
  for (int k = static_cast<int>(Tok::KwFalse); k <= static_cast<int>(Tok::KwYield); ++k)
    if (tok_spelling(static_cast<Tok>(k)) == w) return static_cast<Tok>(k);
  return Tok::Name;
}

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ident_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }

// Decodes the UTF-8 sequence at s[i]; sets len (1 on a malformed byte).
uint32_t decode_utf8(std::string_view s, size_t i, int& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  len = n;
  return cp;
}

// Code points that cannot be part of an identifier.  CPython asks the
// Unicode database (XID_Continue); we reject the punctuation, symbol and
// space blocks people actually paste (smart quotes, dashes, arrows, NBSP...).
bool is_invalid_ident_cp(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) ||
         cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3020) ||
         cp == 0xFEFF || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20);
}

class Lexer {
 public:
  Lexer(std::string_view src, const std::string& fn) : s_(src), filename_(fn) {}

  Lexed run() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") cur_ = line_start_ = 3;  // UTF-8 BOM
    out_.tokens.reserve(s_.size() / 3 + 8);
    while (step()) {
    }
    return std::move(out_);
  }

 private:
  std::string_view s_;
  const std::string& filename_;
  size_t cur_ = 0;          // tok->cur: next byte to read
  int line_ = 1;            // tok->lineno of the byte at cur_
  size_t line_start_ = 0;   // byte offset where line_ starts
  bool at_bol_ = true;      // at the beginning of a logical line
  bool blankline_ = false;  // this line holds only blanks/comment
  bool pending_tokens_ = false;  // a token was emitted since the last NEWLINE
  std::vector<int> indstack_{0}, altindstack_{0};  // columns with tabs as 8 / as 1
  struct Paren {
    char c;
    int line;
    int col;
  };
  std::vector<Paren> parens_;
  Lexed out_;

  // tok_nextc / tok_backup: EOF does not advance, and backing up EOF is a no-op.
  int nextc() {
    if (cur_ >= s_.size()) return kEOF;
    int c = static_cast<unsigned char>(s_[cur_++]);
    if (c == '\n') {
      ++line_;
      line_start_ = cur_;
    }
    return c;
  }
  void backup(int c) {
    if (c == kEOF) return;
    --cur_;
    if (c == '\n') {  // step back onto the previous line
      --line_;
      size_t p = s_.rfind('\n', cur_ == 0 ? 0 : cur_ - 1);
      line_start_ = (p == std::string_view::npos || p >= cur_) ? 0 : p + 1;
    }
  }
  int peek() const { return cur_ < s_.size() ? static_cast<unsigned char>(s_[cur_]) : kEOF; }

  void emit(Tok k, size_t start, int sline, size_t sline_start) {
    Token t;
    t.kind = k;
    t.line = sline;
    t.col = static_cast<int>(start - sline_start);
    t.end_line = line_;
    t.end_col = static_cast<int>(cur_ - line_start_);
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(cur_);
    out_.tokens.push_back(t);
    if (k != Tok::Newline && k != Tok::Indent && k != Tok::Dedent) pending_tokens_ = true;
  }

  std::string line_text(size_t lstart) const {
    size_t e = s_.find('\n', lstart);
    if (e == std::string_view::npos) e = s_.size();
    return std::string(s_.substr(lstart, e - lstart));
  }

  // Ends tokenizing with an error whose caret range is the 1-based
  // character offsets [offset, end_offset) computed from byte columns.
  bool fail(LexErrorKind kind, std::string type, std::string msg, int line, size_t lstart,
            int byte_col_1based, int end_byte_col_1based = 0, int paren_line = 0) {
    LexError le;
    le.kind = kind;
    le.paren_line = paren_line;
    SyntaxError& e = le.error;
    e.type = std::move(type);
    e.message = std::move(msg);
    e.filename = filename_;
    e.line = e.end_line = line;
    e.text = line_text(lstart);
    e.offset = byte_col_1based <= 0 ? byte_col_1based
                                    : byte_to_char_col(e.text, byte_col_1based - 1) + 1;
    e.end_offset = end_byte_col_1based <= 0
                       ? end_byte_col_1based
                       : byte_to_char_col(e.text, end_byte_col_1based - 1) + 1;
    Token t;
    t.kind = Tok::ErrorTok;
    t.line = t.end_line = line;
    t.col = t.end_col = byte_col_1based > 0 ? byte_col_1based - 1 : 0;
    t.start = t.end = static_cast<uint32_t>(cur_);
    out_.tokens.push_back(t);
    out_.error = std::move(le);
    return false;
  }
  // tokenizer.c syntaxerror(): the caret goes under the last byte read.
  bool syntax_error(std::string msg) {
    return fail(LexErrorKind::Raised, "SyntaxError", std::move(msg), line_, line_start_,
                static_cast<int>(cur_ - line_start_));
  }

  // One token (or indentation bookkeeping); false when done.
  bool step() {
    if (at_bol_) {
      if (!indentation()) return false;
    }
    // Skip blanks between tokens.
    while (peek() == ' ' || peek() == '\t' || peek() == '\f') nextc();
    size_t start = cur_;
    int sline = line_;
    size_t slstart = line_start_;
    int c = nextc();
    if (c == '#') {
      while (peek() != '\n' && peek() != kEOF) nextc();
      return true;  // the newline / EOF is handled on the next step
    }
    if (c == kEOF) return end_of_file();
    if (c == '\n') {
      at_bol_ = true;
      if (blankline_ || !parens_.empty()) return true;  // NL: not significant
      Token t;
      t.kind = Tok::Newline;
      t.line = t.end_line = sline;
      t.col = static_cast<int>(start - slstart);
      t.end_col = t.col + 1;
      t.start = static_cast<uint32_t>(start);
      t.end = static_cast<uint32_t>(start + 1);
      out_.tokens.push_back(t);
      pending_tokens_ = false;
      return true;
    }
    blankline_ = false;
    if (is_ident_start(c)) return identifier_or_string(c, start);
    if (is_digit(c)) return number(c, start);
    if (c == '.') {
      int c2 = nextc();
      if (is_digit(c2)) return fraction(c2, start);
      if (c2 == '.') {
        int c3 = nextc();
        if (c3 == '.') {
          emit(Tok::Ellipsis, start, sline, slstart);
          return true;
        }
        backup(c3);
      }
      backup(c2);
      emit(Tok::Dot, start, sline, slstart);
      return true;
    }
    if (c == '\'' || c == '"') return string(c, start);
    if (c == '\\') return continuation();
    return op(c, start);
  }

  // Measures the indentation of a new line and queues INDENT/DEDENT tokens
  // (tok_get's "Get indentation level" block).
  bool indentation() {
    at_bol_ = false;
    int col = 0, altcol = 0;
    size_t p = cur_;
    for (; p < s_.size(); ++p) {
      char ch = s_[p];
      if (ch == ' ') {
        ++col;
        ++altcol;
      } else if (ch == '\t') {
        col = (col / 8 + 1) * 8;  // tabsize 8
        ++altcol;                 // alttabsize 1
      } else if (ch == '\f') {
        col = altcol = 0;
      } else {
        break;
      }
    }
    int c = p < s_.size() ? static_cast<unsigned char>(s_[p]) : kEOF;
    blankline_ = (c == '#' || c == '\n' || c == kEOF);
    if (blankline_ || !parens_.empty()) return true;
    cur_ = p;
    int line = line_;
    if (col == indstack_.back()) {
      if (altcol != altindstack_.back()) return tab_error(line);
    } else if (col > indstack_.back()) {
      if (altcol <= altindstack_.back()) return tab_error(line);
      indstack_.push_back(col);
      altindstack_.push_back(altcol);
      emit(Tok::Indent, cur_, line_, line_start_);
    } else {
      int dedents = 0;
      while (indstack_.size() > 1 && col < indstack_.back()) {
        indstack_.pop_back();
        altindstack_.pop_back();
        ++dedents;
      }
      if (col != indstack_.back()) {
        // E_DEDENT: reported at the end of the line.
        std::string text = line_text(line_start_);
        return fail(LexErrorKind::Quiet, "IndentationError",
                    "unindent does not match any outer indentation level", line, line_start_,
                    static_cast<int>(text.size()) + 2);
      }
      if (altcol != altindstack_.back()) return tab_error(line);
      for (int i = 0; i < dedents; ++i) emit(Tok::Dedent, cur_, line_, line_start_);
    }
    return true;
  }

  bool tab_error(int line) {
    return fail(LexErrorKind::Raised, "TabError",
                "inconsistent use of tabs and spaces in indentation", line, line_start_, 1);
  }

  bool end_of_file() {
    if (!parens_.empty()) {
      const Paren& p = parens_.back();
      size_t lstart = 0;
      for (int l = 1; l < p.line; ++l) lstart = s_.find('\n', lstart) + 1;
      return fail(LexErrorKind::UnclosedEof, "SyntaxError",
                  std::string("'") + p.c + "' was never closed", p.line, lstart, p.col + 1, 0,
                  p.line);
    }
    if (pending_tokens_) {  // the implicit NEWLINE of a last line without "\n"
      Token t;
      t.kind = Tok::Newline;
      t.line = t.end_line = line_;
      t.col = static_cast<int>(cur_ - line_start_);
      t.end_col = t.col + 1;
      t.start = t.end = static_cast<uint32_t>(cur_);
      out_.tokens.push_back(t);
      pending_tokens_ = false;
    }
    while (indstack_.size() > 1) {
      indstack_.pop_back();
      emit(Tok::Dedent, cur_, line_, line_start_);
    }
    emit(Tok::EndMarker, cur_, line_, line_start_);
    return false;
  }

  bool continuation() {
    int bline = line_;
    size_t blstart = line_start_;
    int c = nextc();
    if (c != '\n') {
      // E_LINECONT: the caret is under the character after the backslash.
      return fail(LexErrorKind::Quiet, "SyntaxError",
                  "unexpected character after line continuation character", bline, blstart,
                  static_cast<int>(cur_ - blstart) + (c == kEOF ? 1 : 0));
    }
    if (peek() == kEOF) {
      if (!parens_.empty()) return end_of_file();
      return fail(LexErrorKind::Quiet, "SyntaxError", "unexpected EOF while parsing", bline,
                  blstart, static_cast<int>(line_text(blstart).size()) + 1);
    }
    return true;  // a continuation line: no indentation processing
  }

  bool identifier_or_string(int c, size_t start) {
    // The token's line, before peeking past a possible prefix moves it.
    int sline = line_;
    size_t slstart = line_start_;
    // String prefixes: any case of r, u, b, f and the pairs br/rb/fr/rf.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    while (true) {
      int lc = c | 0x20;
      if (!(saw_b || saw_u || saw_f) && lc == 'b') saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && lc == 'u') saw_u = true;
      else if (!(saw_r || saw_u) && lc == 'r') saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && lc == 'f') saw_f = true;
      else break;
      c = nextc();
      if (c == '"' || c == '\'') return string(c, start);
    }
    // Identifier.
    while (is_ident_char(c)) c = nextc();
    backup(c);
    // Reject characters no identifier may hold (CPython's verify_identifier).
    for (size_t i = start; i < cur_;) {
      unsigned char b = static_cast<unsigned char>(s_[i]);
      if (b < 0x80) {
        ++i;
        continue;
      }
      int len = 1;
      uint32_t cp = decode_utf8(s_, i, len);
      if (is_invalid_ident_cp(cp)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)",
                      std::string(s_.substr(i, len)).c_str(), cp);
        cur_ = i + len;
        return fail(LexErrorKind::Raised, "SyntaxError", buf, sline, slstart,
                    static_cast<int>(i - slstart) + 1);
      }
      i += len;
    }
    emit(keyword_kind(s_.substr(start, cur_ - start)), start, sline, slstart);
    return true;
  }

  // verify_end_of_number(): a literal glued to a name is an error, except
  // before the keywords that may follow a number (CPython only warns there).
  bool end_of_number_ok(int c, const char* kind) {
    auto ahead = [&](std::string_view rest) {
      return s_.substr(cur_, rest.size()) == rest;
    };
    bool kw = (c == 'a' && ahead("nd")) || (c == 'e' && ahead("lse")) ||
              (c == 'f' && ahead("or")) || (c == 'o' && ahead("r")) ||
              (c == 'n' && ahead("ot")) ||
              (c == 'i' && cur_ < s_.size() &&
               (s_[cur_] == 'f' || s_[cur_] == 'n' || s_[cur_] == 's'));
    if (kw) return true;
    if (c != kEOF && is_ident_char(c)) {
      backup(c);
      syntax_error(std::string("invalid ") + kind + " literal");
      return false;
    }
    return true;
  }

  // tok_decimal_tail(); returns the first non-digit or -2 on error.
  int decimal_tail() {
    int c;
    while (true) {
      do {
        c = nextc();
      } while (is_digit(c));
      if (c != '_') break;
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        syntax_error("invalid decimal literal");
        return -2;
      }
    }
    return c;
  }

  bool finish_number(int c, size_t start) {
    backup(c);
    emit(Tok::Number, start, line_, line_start_);
    return true;
  }

  bool radix_number(int c, size_t start, int base, const char* kind) {
    auto ok = [&](int d) {
      return base == 16 ? is_xdigit(d) : base == 8 ? (d >= '0' && d < '8') : (d == '0' || d == '1');
    };
    c = nextc();
    do {
      if (c == '_') c = nextc();
      if (!ok(c)) {
        if (base != 16 && is_digit(c)) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", c, kind);
          return syntax_error(buf);
        }
        backup(c);
        return syntax_error(std::string("invalid ") + kind + " literal");
      }
      do {
        c = nextc();
      } while (ok(c));
    } while (c == '_');
    if (base != 16 && is_digit(c)) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", c, kind);
      return syntax_error(buf);
    }
    if (!end_of_number_ok(c, kind)) return false;
    return finish_number(c, start);
  }

  bool number(int c, size_t start) {
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') return radix_number(c, start, 16, "hexadecimal");
      if (c == 'o' || c == 'O') return radix_number(c, start, 8, "octal");
      if (c == 'b' || c == 'B') return radix_number(c, start, 2, "binary");
      bool nonzero = false;
      while (true) {  // maybe old-style octal; allow '0' as a literal
        if (c == '_') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            return syntax_error("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      size_t zeros_end = cur_;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
        if (c == -2) return false;
      }
      if (c == '.') return fraction(nextc(), start);
      if (c == 'e' || c == 'E') return exponent(c, start);
      if (c == 'j' || c == 'J') return imaginary(start);
      if (nonzero) {
        backup(c);
        return fail(LexErrorKind::Raised, "SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o "
                    "prefix for octal integers",
                    line_, line_start_, static_cast<int>(start + 1 - line_start_),
                    static_cast<int>(zeros_end - line_start_));
      }
      if (!end_of_number_ok(c, "decimal")) return false;
      return finish_number(c, start);
    }
    backup(c);
    c = decimal_tail();
    if (c == -2) return false;
    if (c == '.') return fraction(nextc(), start);
    if (c == 'e' || c == 'E') return exponent(c, start);
    if (c == 'j' || c == 'J') return imaginary(start);
    if (!end_of_number_ok(c, "decimal")) return false;
    return finish_number(c, start);
  }

  // c: the first character after the '.'.
  bool fraction(int c, size_t start) {
    if (is_digit(c)) {
      backup(c);
      c = decimal_tail();
      if (c == -2) return false;
    }
    if (c == 'e' || c == 'E') return exponent(c, start);
    if (c == 'j' || c == 'J') return imaginary(start);
    if (!end_of_number_ok(c, "decimal")) return false;
    return finish_number(c, start);
  }

  bool exponent(int e, size_t start) {
    int c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return syntax_error("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      backup(c);
      if (!end_of_number_ok(e, "decimal")) return false;
      backup(e);
      emit(Tok::Number, start, line_, line_start_);
      return true;
    }
    backup(c);
    c = decimal_tail();
    if (c == -2) return false;
    if (c == 'j' || c == 'J') return imaginary(start);
    if (!end_of_number_ok(c, "decimal")) return false;
    return finish_number(c, start);
  }

  bool imaginary(size_t start) {
    int c = nextc();
    if (!end_of_number_ok(c, "imaginary")) return false;
    return finish_number(c, start);  // the parser rejects complex literals
  }

  bool string(int quote, size_t start) {
    int sline = line_;
    size_t slstart = line_start_;
    int quote_size = 1, end_quote_size = 0;
    int c = nextc();
    if (c == quote) {
      c = nextc();
      if (c == quote) quote_size = 3;
      else end_quote_size = 1;  // empty string
    }
    if (c != quote) backup(c);
    while (end_quote_size != quote_size) {
      c = nextc();
      if (c == kEOF || (quote_size == 1 && c == '\n')) {
        bool ended_line = cur_ > 0 && s_[cur_ - 1] == '\n' && c != kEOF;
        int detected = (c == '\n' || (cur_ > 0 && s_[cur_ - 1] == '\n')) ? line_ - 1 : line_;
        (void)ended_line;
        char buf[96];
        std::snprintf(buf, sizeof buf,
                      quote_size == 3
                          ? "unterminated triple-quoted string literal (detected at line %d)"
                          : "unterminated string literal (detected at line %d)",
                      detected);
        return fail(LexErrorKind::Raised, "SyntaxError", buf, sline, slstart,
                    static_cast<int>(start - slstart) + 1);
      }
      if (c == quote) {
        ++end_quote_size;
      } else {
        end_quote_size = 0;
        if (c == '\\') nextc();  // skip the escaped character (even a newline)
      }
    }
    emit(Tok::String, start, sline, slstart);
    return true;
  }

  bool open_paren(char c, size_t start) {
    if (parens_.size() >= kMaxParenLevel) return syntax_error("too many nested parentheses");
    parens_.push_back({c, line_, static_cast<int>(start - line_start_)});
    return true;
  }

  bool close_paren(char c) {
    if (parens_.empty()) return syntax_error(std::string("unmatched '") + c + "'");
    Paren open = parens_.back();
    parens_.pop_back();
    char want = open.c == '(' ? ')' : open.c == '[' ? ']' : '}';
    if (c != want) {
      std::string msg = std::string("closing parenthesis '") + c +
                        "' does not match opening parenthesis '" + open.c + "'";
      if (open.line != line_) msg += " on line " + std::to_string(open.line);
      return syntax_error(msg);
    }
    return true;
  }

  bool op(int c, size_t start) {
    int sline = line_;
    size_t slstart = line_start_;
    int c2 = peek();
    int c3 = cur_ + 1 < s_.size() ? static_cast<unsigned char>(s_[cur_ + 1]) : kEOF;
    Tok k = Tok::Unknown;
    int extra = 0;  // bytes beyond c
    auto two = [&](int want, Tok t) {
      if (c2 == want && extra == 0) {
        k = t;
        extra = 1;
      }
    };
    switch (c) {
      case '(': case '[': case '{':
        if (!open_paren(static_cast<char>(c), start)) return false;
        k = c == '(' ? Tok::LPar : c == '[' ? Tok::LSqb : Tok::LBrace;
        break;
      case ')': case ']': case '}':
        if (!close_paren(static_cast<char>(c))) return false;
        k = c == ')' ? Tok::RPar : c == ']' ? Tok::RSqb : Tok::RBrace;
        break;
      case ':': k = Tok::Colon; two('=', Tok::ColonEqual); break;
      case ',': k = Tok::Comma; break;
      case ';': k = Tok::Semi; break;
      case '+': k = Tok::Plus; two('=', Tok::PlusEqual); break;
      case '-': k = Tok::Minus; two('=', Tok::MinEqual); two('>', Tok::RArrow); break;
      case '*':
        k = Tok::Star;
        if (c2 == '*') {
          k = c3 == '=' ? Tok::DoubleStarEqual : Tok::DoubleStar;
          extra = c3 == '=' ? 2 : 1;
        }
        two('=', Tok::StarEqual);
        break;
      case '/':
        k = Tok::Slash;
        if (c2 == '/') {
          k = c3 == '=' ? Tok::DoubleSlashEqual : Tok::DoubleSlash;
          extra = c3 == '=' ? 2 : 1;
        }
        two('=', Tok::SlashEqual);
        break;
      case '|': k = Tok::VBar; two('=', Tok::VBarEqual); break;
      case '&': k = Tok::Amper; two('=', Tok::AmperEqual); break;
      case '<':
        k = Tok::Less;
        if (c2 == '<') {
          k = c3 == '=' ? Tok::LeftShiftEqual : Tok::LeftShift;
          extra = c3 == '=' ? 2 : 1;
        }
        two('=', Tok::LessEqual);
        two('>', Tok::NotEqual);  // "<>" is only valid under barry_as_FLUFL
        if (k == Tok::NotEqual) k = Tok::Unknown;
        break;
      case '>':
        k = Tok::Greater;
        if (c2 == '>') {
          k = c3 == '=' ? Tok::RightShiftEqual : Tok::RightShift;
          extra = c3 == '=' ? 2 : 1;
        }
        two('=', Tok::GreaterEqual);
        break;
      case '=': k = Tok::Equal; two('=', Tok::EqEqual); break;
      case '!': k = Tok::Unknown; two('=', Tok::NotEqual); break;
      case '%': k = Tok::Percent; two('=', Tok::PercentEqual); break;
      case '~': k = Tok::Tilde; break;
      case '^': k = Tok::Circumflex; two('=', Tok::CircumflexEqual); break;
      case '@': k = Tok::At; two('=', Tok::AtEqual); break;
      default:
        if (c >= 128) {
          int len = 1;
          uint32_t cp = decode_utf8(s_, start, len);
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)",
                        std::string(s_.substr(start, len)).c_str(), cp);
          return fail(LexErrorKind::Raised, "SyntaxError", buf, sline, slstart,
                      static_cast<int>(start - slstart) + 1);
        }
        break;
    }
    for (int i = 0; i < extra; ++i) nextc();
    emit(k, start, sline, slstart);
    return true;
  }
};

}  // namespace

Lexed tokenize(std::string_view source, const std::string& filename) {
  return Lexer(source, filename).run();
}

}  // namespace sandbox::lang
