// Python syntax highlighting for the code panel: splits each line into runs
// of one token class.  Triple-quoted strings carry over between lines.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sandbox::gui {

enum class Tok : uint8_t { Text, Keyword, Builtin, String, Comment, Number, Def, Decorator, Self };

struct Run {
  int begin, end;   // byte offsets in the line
  Tok tok;
};

struct HighlightedLine {
  std::string text;
  std::vector<Run> runs;
};

std::vector<HighlightedLine> highlight_python(std::string_view source);

}  // namespace sandbox::gui
