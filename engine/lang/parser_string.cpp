// String literals: prefixes, escapes, bytes, and f-strings (CPython 3.11
// Parser/string_parser.c: f-string fields are parsed by a sub-parser over
// "(" expression ")", with locations mapped back into the file).
#include <cstdio>

#include "lang/parser_internal.h"

namespace sandbox::lang {

namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// decode_unicode_with_escapes / _PyBytes_DecodeEscape.  Returns an error
// message, or "" on success.
std::string decode_escapes(std::string_view s, bool bytes, std::string& out) {
  out.reserve(out.size() + s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= s.size()) {
      out += '\\';
      break;
    }
    char e = s[i];
    switch (e) {
      case '\n': break;  // backslash-newline: the line continues
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = e - '0';
        for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k)
          v = v * 8 + (s[++i] - '0');
        if (bytes) out += static_cast<char>(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {  // \u means nothing in bytes
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
          int h = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
          if (h < 0) {
            if (bytes) return "(value error) invalid \\x escape at position " + std::to_string(i - 1 - k);
            return std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position ") +
                   "0-" + std::to_string(k + 1) + ": truncated \\" +
                   (e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape";
          }
          v = v * 16 + static_cast<uint32_t>(h);
          ++i;
        }
        if (bytes) out += static_cast<char>(v);
        else if (v > 0x10FFFF)
          return "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character";
        else append_utf8(out, v);
        break;
      }
      case 'N':
        if (!bytes) return "\\N{...} escapes are not supported by asyncio-sandbox";
        [[fallthrough]];
      default:  // unknown escapes keep their backslash
        out += '\\';
        out += e;
        break;
    }
  }
  return {};
}

}  // namespace

// One STRING token: prefix, quotes, body.  Plain literals are decoded into
// `out`; f-strings append their parts to fparts/fpending.
void Parser::decode_string(const Token& t, std::string& out, bool& is_bytes, bool& is_f,
                           std::vector<Expr*>& fparts, std::string& fpending) {
  std::string_view s = text(t);
  bool raw = false;
  size_t i = 0;
  for (; i < s.size() && s[i] != '\'' && s[i] != '"'; ++i) {
    char c = static_cast<char>(s[i] | 0x20);
    if (c == 'r') raw = true;
    if (c == 'b') is_bytes = true;
    if (c == 'f') is_f = true;
  }
  char q = s[i];
  size_t qs = (s.size() - i >= 6 && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
  std::string_view body = s.substr(i + qs, s.size() - i - 2 * qs);
  size_t body_offset = t.start + i + qs;
  if (is_bytes) {
    for (char c : body)
      if (static_cast<unsigned char>(c) >= 0x80) {
        // CPython leaves this range in bytes: one caret per byte.
        SyntaxError e = make_error(mod_.source, filename_, loc_of(t),
                                   "bytes can only contain ASCII literal characters");
        if (t.line == t.end_line) e.end_offset = e.offset + static_cast<int>(t.end - t.start);
        throw ParseFail{std::move(e)};
      }
  }
  if (is_f) {
    fstring_body(t, body, body_offset, raw, fparts, fpending, 0);
    return;
  }
  if (raw) {
    out.assign(body);
    return;
  }
  std::string err = decode_escapes(body, is_bytes, out);
  if (!err.empty()) {
    if (err.rfind("\\N", 0) == 0) unsupported(loc_of(t), "\\N{...} escapes are");
    fail_last(err);
  }
}

void Parser::flush_fpending(const Token& t, std::vector<Expr*>& parts, std::string& pending) {
  if (pending.empty()) return;
  auto* c = make<Constant>(loc_of(t));
  c->ckind = ConstKind::Str;
  c->s = std::move(pending);
  pending.clear();
  parts.push_back(c);
}

// fstring: literal text with '{{' '}}' escapes and {fields}.
void Parser::fstring_body(const Token& t, std::string_view body, size_t body_offset, bool raw,
                          std::vector<Expr*>& parts, std::string& pending, int depth) {
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '{') {
      if (i + 1 < body.size() && body[i + 1] == '{') {
        pending += '{';
        i += 2;
        continue;
      }
      if (depth >= 2) fail_last("f-string: expressions nested too deeply");
      fstring_field(t, body, i, body_offset, depth, parts, pending);
      continue;
    }
    if (c == '}') {
      if (i + 1 < body.size() && body[i + 1] == '}') {
        pending += '}';
        i += 2;
        continue;
      }
      fail_last("f-string: single '}' is not allowed");
    }
    size_t j = i;
    while (j < body.size() && body[j] != '{' && body[j] != '}') {
      if (body[j] == '\\' && !raw && j + 1 < body.size() && body[j + 1] != '{' && body[j + 1] != '}')
        ++j;
      ++j;
    }
    std::string_view lit = body.substr(i, j - i);
    if (raw) {
      pending += lit;
    } else {
      std::string err = decode_escapes(lit, false, pending);
      if (!err.empty()) fail_last(err);
    }
    i = j;
  }
}

// One replacement field, body[i] == '{':
//   '{' expression ['='] ['!' conversion] [':' format_spec] '}'
void Parser::fstring_field(const Token& t, std::string_view body, size_t& i, size_t body_offset,
                           int depth, std::vector<Expr*>& parts, std::string& pending) {
  size_t start = i + 1, k = start;
  int nest = 0;
  char quote = 0;
  for (; k < body.size(); ++k) {
    char c = body[k];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\\') fail_last("f-string expression part cannot include a backslash");
    if (c == '\'' || c == '"') {
      quote = c;
      continue;
    }
    if (c == '#') fail_last("f-string expression part cannot include '#'");
    if (c == '(' || c == '[' || c == '{') {
      ++nest;
      continue;
    }
    if (c == ')' || c == ']' || (c == '}' && nest > 0)) {
      if (nest == 0) fail_last(std::string("f-string: unmatched '") + c + "'");
      --nest;
      continue;
    }
    if (nest > 0) continue;
    char n = k + 1 < body.size() ? body[k + 1] : 0;
    if (c == '!' && n == '=') {
      ++k;
      continue;
    }
    if (c == '=' && (n == '=' || (k > start && std::string_view("=!<>").find(body[k - 1]) !=
                                                   std::string_view::npos))) {
      if (n == '=') ++k;
      continue;
    }
    if (c == '}' || c == '!' || c == ':' || c == '=') break;
  }
  if (quote) fail_last("f-string: unterminated string");
  if (k >= body.size()) fail_last("f-string: expecting '}'");
  std::string_view expr_text = body.substr(start, k - start);
  if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos)
    fail_last("f-string: empty expression not allowed");

  // Where the expression starts, in this parser's coordinates.
  int line = t.line, col = t.col;
  for (size_t p = t.start; p < body_offset + start; ++p) {
    if (src_[p] == '\n') {
      ++line;
      col = 0;
    } else {
      ++col;
    }
  }
  Token at_tok;
  at_tok.line = at_tok.end_line = line;
  at_tok.col = at_tok.end_col = col;
  Loc where = loc_of(at_tok);

  // Parse "(" expression ")" with a sub-parser whose locations map back here.
  std::string sub;
  sub.reserve(expr_text.size() + 2);
  sub += '(';
  sub.append(expr_text);
  sub += ')';
  Lexed lexed = tokenize(sub, filename_);
  Parser p(sub, lexed.tokens, lexed, mod_, filename_, where.line, where.col);
  Expr* value = nullptr;
  try {
    value = p.fstring_expression();
  } catch (ParseFail& f) {
    // CPython 3.11 reports errors in a field against the text it parsed,
    // "(" expression ")", keeping the file's line number.
    SyntaxError& e = f.error;
    if (e.type == "SyntaxError" && e.message.rfind("f-string", 0) != 0)
      e.message = "f-string: " + e.message;
    int rel = e.line - where.line;
    if (rel >= 0) {
      std::string_view file_line = source_line(mod_.source, where.line);
      int shift = rel == 0 ? byte_to_char_col(file_line, where.col) - 1 : 0;
      e.text = std::string(source_line(sub, rel + 1));
      if (e.offset > 0) e.offset -= shift;
      if (e.end_offset > 0 && e.end_line == e.line) e.end_offset -= shift;
    }
    throw;
  }

  auto* fv = make<FormattedValue>(loc_of(t));
  fv->value = value;
  std::string debug;
  if (body[k] == '=') {
    ++k;
    while (k < body.size() && (body[k] == ' ' || body[k] == '\t' || body[k] == '\n')) ++k;
    debug = std::string(body.substr(start, k - start));
  }
  if (k < body.size() && body[k] == '!') {
    ++k;
    char conv = k < body.size() ? body[k] : 0;
    if (conv != 's' && conv != 'r' && conv != 'a')
      fail_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    fv->conversion = conv;
    ++k;
  }
  if (k < body.size() && body[k] == ':') {
    ++k;
    size_t spec_start = k;
    int braces = 0;
    for (; k < body.size(); ++k) {
      if (body[k] == '{') ++braces;
      else if (body[k] == '}') {
        if (braces == 0) break;
        --braces;
      }
    }
    if (k >= body.size()) fail_last("f-string: expecting '}'");
    std::vector<Expr*> spec_parts;
    std::string spec_pending;
    fstring_body(t, body.substr(spec_start, k - spec_start), body_offset + spec_start, true,
                 spec_parts, spec_pending, depth + 1);
    flush_fpending(t, spec_parts, spec_pending);
    auto* spec = make<JoinedStr>(loc_of(t));
    spec->values = std::move(spec_parts);
    fv->format_spec = spec;
  }
  if (k >= body.size() || body[k] != '}') fail_last("f-string: expecting '}'");
  i = k + 1;
  if (!debug.empty()) {
    // f"{x=}": the text joins the literal before it; repr unless a
    // conversion or a spec was given.
    if (fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
    pending += debug;
  }
  flush_fpending(t, parts, pending);
  parts.push_back(fv);
}

// The body of an f-string field: "(" star_expressions ")" then the end.
Expr* Parser::fstring_expression() {
  Expr* e = atom();
  if (!at(Tok::EndMarker) && !at(Tok::Newline)) fail_invalid_syntax();
  return e;
}

}  // namespace sandbox::lang
