#include "highlight.h"

#include <algorithm>
#include <cctype>

namespace sandbox::gui {

namespace {
constexpr std::string_view kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
constexpr std::string_view kBuiltins[] = {
    "print", "len", "range", "str", "int", "float", "bool", "repr", "list", "tuple", "dict", "set",
    "enumerate", "zip", "sum", "min", "max", "sorted", "reversed", "abs", "round", "isinstance", "any",
    "all", "type", "asyncio", "random", "time", "Exception", "ValueError", "TypeError", "KeyError",
    "RuntimeError", "super", "object", "BaseException", "ExceptionGroup"};

bool is_ident(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
template <size_t N>
bool in(const std::string_view (&set)[N], std::string_view w) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}
}  // namespace

std::vector<HighlightedLine> highlight_python(std::string_view src) {
  std::vector<HighlightedLine> out;
  std::string open_triple;   // the quote of a triple-quoted string spanning lines
  size_t pos = 0;
  while (pos <= src.size()) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) nl = src.size();
    HighlightedLine hl;
    hl.text = std::string(src.substr(pos, nl - pos));
    if (!hl.text.empty() && hl.text.back() == '\r') hl.text.pop_back();
    const std::string& s = hl.text;
    const int n = static_cast<int>(s.size());
    int i = 0;
    auto push = [&](int b, int e, Tok t) {
      if (e > b) hl.runs.push_back(Run{b, e, t});
    };
    bool after_def = false;
    if (!open_triple.empty()) {
      size_t close = s.find(open_triple);
      if (close == std::string::npos) {
        push(0, n, Tok::String);
        i = n;
      } else {
        i = static_cast<int>(close + 3);
        push(0, i, Tok::String);
        open_triple.clear();
      }
    }
    int text_begin = i;
    while (i < n) {
      char c = s[i];
      int start = i;
      Tok tok = Tok::Text;
      if (c == '#') {
        i = n;
        tok = Tok::Comment;
      } else if (c == '"' || c == '\'' ||
                 ((c == 'f' || c == 'b' || c == 'r' || c == 'F' || c == 'B' || c == 'R') && i + 1 < n &&
                  (s[i + 1] == '"' || s[i + 1] == '\'') && (i == 0 || !is_ident(s[i - 1])))) {
        if (c != '"' && c != '\'') ++i;
        char q = s[i];
        tok = Tok::String;
        if (i + 2 < n && s[i + 1] == q && s[i + 2] == q) {
          std::string triple(3, q);
          size_t close = s.find(triple, i + 3);
          if (close == std::string::npos) {
            open_triple = triple;
            i = n;
          } else {
            i = static_cast<int>(close + 3);
          }
        } else {
          ++i;
          while (i < n && s[i] != q) i += s[i] == '\\' ? 2 : 1;
          i = std::min(n, i + 1);
        }
      } else if (std::isdigit(static_cast<unsigned char>(c)) && (i == 0 || !is_ident(s[i - 1]))) {
        while (i < n && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == '_')) ++i;
        tok = Tok::Number;
      } else if (c == '@' && s.find_first_not_of(" \t") == static_cast<size_t>(i)) {
        ++i;
        while (i < n && (is_ident(s[i]) || s[i] == '.')) ++i;
        tok = Tok::Decorator;
      } else if (is_ident(c)) {
        while (i < n && is_ident(s[i])) ++i;
        std::string_view w(s.data() + start, static_cast<size_t>(i - start));
        if (after_def) {
          tok = Tok::Def;
          after_def = false;
        } else if (in(kKeywords, w)) {
          tok = Tok::Keyword;
          after_def = w == "def" || w == "class";
        } else if (w == "self") {
          tok = Tok::Self;
        } else if (in(kBuiltins, w)) {
          tok = Tok::Builtin;
        }
      } else {
        ++i;
        continue;
      }
      if (tok != Tok::Text) {
        push(text_begin, start, Tok::Text);
        push(start, i, tok);
        text_begin = i;
      }
    }
    push(text_begin, n, Tok::Text);
    out.push_back(std::move(hl));
    if (nl >= src.size()) break;
    pos = nl + 1;
  }
  return out;
}

}  // namespace sandbox::gui
