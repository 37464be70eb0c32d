// Caret lines: CPython 3.11's Lib/traceback.py format_frame_summary and
// _extract_caret_anchors_from_line_segment, step for step, quirks included
// (offsets mixing bytes and characters, trailing whitespace shifting the
// carets).  Strings here are sequences of code points, as Python's are.
#include "vm/traceback_carets.h"

#include "lang/parser.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm {

namespace {

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    out.push_back(lib::utf8_decode(s, i, &n));
    i += n;
  }
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) lib::append_utf8(out, c);
  return out;
}

// _byte_offset_to_character_offset: how many characters the first `offset`
// UTF-8 bytes of `s` decode to (a cut character counts as one).
long byte_to_char(const std::u32string& s, long offset) {
  long bytes = 0, chars = 0;
  char buf[4];
  for (char32_t c : s) {
    if (bytes >= offset) break;
    bytes += long(lib::utf8_encode(c, buf));
    ++chars;
  }
  return chars;
}

// Python's s[a:b] for non-negative a, b.
std::u32string slice(const std::u32string& s, long a, long b) {
  long n = long(s.size());
  a = std::min(std::max(a, 0L), n);
  b = std::min(std::max(b, 0L), n);
  return a < b ? s.substr(size_t(a), size_t(b - a)) : std::u32string();
}

std::u32string lstrip(const std::u32string& s) {
  size_t a = 0;
  while (a < s.size() && lib::uni_isspace(s[a])) ++a;
  return s.substr(a);
}

std::u32string rstrip(const std::u32string& s) {
  size_t b = s.size();
  while (b > 0 && lib::uni_isspace(s[b - 1])) --b;
  return s.substr(0, b);
}

// _display_width: columns the first `offset` characters take on a terminal.
long display_width(const std::u32string& line, long offset) {
  bool ascii = true;
  for (char32_t c : line) ascii = ascii && c < 0x80;
  if (ascii) return offset;
  long w = 0;
  for (long i = 0; i < offset && i < long(line.size()); ++i) w += lib::uni_iswide(line[size_t(i)]) ? 2 : 1;
  return w;
}

std::string repeat(char c, long n) { return n > 0 ? std::string(size_t(n), c) : std::string(); }

struct Anchors {
  long left_end, right_start;  // '~' before left_end, '^' up to right_start, '~' after
};

// _extract_caret_anchors_from_line_segment: only a segment that parses as a
// single binary operation or subscript gets '~'/'^' anchors.
bool extract_anchors(const std::u32string& segment, Anchors* out) {
  if (segment.empty() || lib::uni_isspace(segment[0])) return false;  // ast.parse: unexpected indent
  // ast.parse accepts `await` anywhere; our parser checks it as the compiler
  // does, so parse the segment as the body of a coroutine, one column in.
  std::string text = "async def _():\n " + encode(segment) + "\n";
  lang::ParseResult r = lang::parse(text, "<unknown>");
  if (!r.ok() || r.module->body.size() != 1) return false;
  const auto& fn = r.module->body[0]->as<lang::FunctionDef>();
  if (fn.body.size() != 1 || fn.body[0]->kind != lang::StmtKind::Expr) return false;
  const lang::Expr* e = fn.body[0]->as<lang::ExprStmt>().value;
  if (e->loc.line != 2 || e->loc.end_line != 2) return false;  // the segment held a line break
  auto col = [](const lang::Expr* x) { return long(x->loc.col) - 1; };
  auto end_col = [](const lang::Expr* x) { return long(x->loc.end_col) - 1; };
  auto normalize = [&](long offset) { return byte_to_char(segment, offset); };
  long len = long(segment.size());
  auto at = [&](long i) { return segment[size_t(i)]; };
  if (e->kind == lang::ExprKind::BinOp) {
    const auto& b = e->as<lang::BinOp>();
    long operator_start = normalize(end_col(b.left));
    long operator_end = normalize(col(b.right));
    std::u32string operator_str = slice(segment, operator_start, operator_end);
    long operator_offset = long(operator_str.size() - lstrip(operator_str).size());
    long left = end_col(b.left) + operator_offset;
    long right = left + 1;
    if (operator_offset + 1 < long(operator_str.size()) && !lib::uni_isspace(operator_str[size_t(operator_offset + 1)]))
      ++right;
    while (left < len && (lib::uni_isspace(at(left)) || at(left) == U')' || at(left) == U'#')) {
      ++left;
      ++right;
    }
    *out = {normalize(left), normalize(right)};
    return true;
  }
  if (e->kind == lang::ExprKind::Subscript) {
    const auto& s = e->as<lang::Subscript>();
    long left = normalize(end_col(s.value));
    long right = normalize(end_col(s.slice) + 1);
    while (left < len && (lib::uni_isspace(at(left)) || at(left) != U'[')) ++left;
    while (right < len && (lib::uni_isspace(at(right)) || at(right) != U']')) ++right;
    if (right < len) ++right;
    *out = {left, right};
    return true;
  }
  return false;
}

}  // namespace

std::string traceback_caret_line(std::string_view source_line, int lineno, const Position& pos) {
  if (pos.col < 0 || pos.end_col < 0) return "";
  if (!source_line.empty() && source_line.back() == '\r') source_line.remove_suffix(1);
  // linecache's line keeps its newline; frame_summary.line is it stripped.
  std::u32string line = decode(source_line);
  line.push_back(U'\n');
  std::u32string stripped = rstrip(lstrip(line));
  if (stripped.empty()) return "";
  long stripped_characters = long(line.size()) - long(stripped.size());

  long start_offset = byte_to_char(line, pos.col);
  long end_offset = byte_to_char(line, pos.end_col);
  std::u32string segment = slice(line, start_offset, end_offset);
  Anchors anchors{0, 0};
  bool has_anchors = false;
  if (lineno == pos.end_line) {
    has_anchors = extract_anchors(segment, &anchors);
  } else {
    end_offset = long(rstrip(line).size());
  }
  if (!(end_offset - start_offset < long(stripped.size()) ||
        (has_anchors && anchors.right_start - anchors.left_end > 0)))
    return "";
  long dp_start = display_width(line, start_offset) + 1;
  long dp_end = display_width(line, end_offset) + 1;
  std::string row = "    " + repeat(' ', dp_start - stripped_characters);
  if (has_anchors) {
    long dp_left_end = display_width(segment, anchors.left_end);
    long dp_right_start = display_width(segment, anchors.right_start);
    row += repeat('~', dp_left_end);
    row += repeat('^', dp_right_start - dp_left_end);
    row += repeat('~', dp_end - dp_start - dp_right_start);
  } else {
    row += repeat('^', dp_end - dp_start);
  }
  return row + "\n";
}

}  // namespace sandbox::vm
