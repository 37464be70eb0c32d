#include "lang/syntax_error.h"

#include <algorithm>

namespace sandbox::lang {

std::string_view source_line(std::string_view source, int line) {
  if (line < 1) return {};
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t end = source.find('\n', pos);
  if (end == std::string_view::npos) end = source.size();
  std::string_view s = source.substr(pos, end - pos);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

int byte_to_char_col(std::string_view line_text, int byte_col) {
  // Count the UTF-8 lead bytes before byte_col (continuation bytes are 10xxxxxx).
  int n = 0;
  int limit = std::min<int>(byte_col, static_cast<int>(line_text.size()));
  for (int i = 0; i < limit; ++i)
    if ((static_cast<unsigned char>(line_text[i]) & 0xC0) != 0x80) ++n;
  if (byte_col > limit) n += byte_col - limit;  // past the end: one char per byte
  return n;
}

SyntaxError make_error(std::string_view source, std::string filename, const Loc& loc,
                       std::string message, std::string type) {
  SyntaxError e;
  e.type = std::move(type);
  e.message = std::move(message);
  e.filename = std::move(filename);
  e.line = loc.line;
  e.end_line = loc.end_line ? loc.end_line : loc.line;
  std::string_view text = source_line(source, loc.line);
  e.text = std::string(text);
  e.offset = byte_to_char_col(text, loc.col) + 1;
  if (e.end_line == e.line) {
    e.end_offset = byte_to_char_col(text, loc.end_col) + 1;
  } else {
    std::string_view last = source_line(source, e.end_line);
    e.end_offset = byte_to_char_col(last, loc.end_col) + 1;
  }
  return e;
}

// Mirrors print_exception() + print_error_text() (Python/pythonrun.c, 3.11).
std::string SyntaxError::format() const {
  // Not SyntaxErrors: compile() raised them, so CPython prints them bare.
  if (type == "MemoryError" || type == "RecursionError") return type + (message.empty() ? "" : ": " + message) + "\n";
  std::string out;
  out += "  File \"" + filename + "\", line " + std::to_string(line) + "\n";
  if (line > 0 && (!text.empty() || empty_text)) {
    long off = offset;
    long end_off = end_offset;
    long line_size = static_cast<long>(text.size());
    // A range spanning lines is highlighted to the end of the first line.
    if (end_line > line) end_off = line_size + 1;  // CPython's text keeps its "\n"
    // Never more carets than the line has characters (plus one).
    if (end_off > line_size + 1) end_off = line_size + 1;
    long carets = (end_off > 0 && end_off > off) ? end_off - off : 1;
    // print_error_text: 0-based, strip leading blanks, clip to the length.
    off -= 1;
    size_t start = 0;
    while (start < text.size() &&
           (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
      ++start;
      --off;
    }
    std::string_view rest = std::string_view(text).substr(start);
    long len = static_cast<long>(rest.size());
    if (off > len) off = len;
    out += "    ";
    out += rest;
    out += "\n";
    if (offset > 0 && off >= 0) {
      out += "    ";
      out.append(static_cast<size_t>(off), ' ');
      out.append(static_cast<size_t>(carets), '^');
      out += "\n";
    }
  }
  out += type + ": " + message + "\n";
  return out;
}

}  // namespace sandbox::lang
