// A syntax (or unsupported-construct) error in CPython's SyntaxError shape,
// and the exact text CPython 3.11 prints for it when uncaught.
#pragma once
#include <string>
#include <string_view>

#include "lang/ast.h"

namespace sandbox::lang {

struct SyntaxError {
  std::string type = "SyntaxError";  // "SyntaxError", "IndentationError", "TabError",
                                     // "NotImplementedError" (outside the subset)
  std::string message;               // "expected ':'"
  std::string filename;
  int line = 0;        // 1-based lineno; 0 = unknown
  int offset = 0;      // 1-based *character* column of the first caret
                       // (CPython's SyntaxError.offset); 0 = no caret
  int end_line = 0;    // CPython's end_lineno (0 = same as line)
  int end_offset = 0;  // 1-based character column just past the caret range
                       // (CPython's end_offset); 0 = a single caret
  std::string text;    // the offending source line, without its newline
  bool empty_text = false;  // text is known to be "" (printed as an empty
                            // line) rather than unknown (not printed)

  // What `python3 file.py` writes on stderr for this uncaught error, e.g.
  //   "  File \"x.py\", line 3\n    if x\n        ^\nSyntaxError: expected ':'\n"
  // Mirrors print_exception()/print_error_text() in CPython's pythonrun.c.
  std::string format() const;
};

// Builds an error located at a byte range of `source` (CPython's
// lineno/col_offset/end_lineno/end_col_offset convention, as AST nodes
// carry), converting byte columns to character offsets and filling `text`.
// The compiler uses this for its own compile-time SyntaxErrors.
SyntaxError make_error(std::string_view source, std::string filename, const Loc& loc,
                       std::string message, std::string type = "SyntaxError");

// The text of 1-based line `line` of `source`, without its newline ("" if absent).
std::string_view source_line(std::string_view source, int line);

// 0-based UTF-8 byte column -> 0-based character column within `line_text`
// (CPython's _PyPegen_byte_offset_to_character_offset minus one).
int byte_to_char_col(std::string_view line_text, int byte_col);

}  // namespace sandbox::lang
