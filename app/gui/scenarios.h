// The bundled scenarios (scenarios/NN_name.py) and their docstrings: the first
// line is the English title, a paragraph in Chinese gives the Chinese title
// (up to its first colon) and explanation, "What to watch for" follows.
#pragma once
#include <string>
#include <vector>

#include "i18n.h"

namespace sandbox::gui {

struct DocInfo {
  std::string title_en, title_zh;
  std::string body_en, body_zh;   // explanation paragraphs per language
  std::string watch;              // "What to watch for" section (bilingual)
  const std::string& title(Lang l) const { return l == Lang::Zh && !title_zh.empty() ? title_zh : title_en; }
  const std::string& body(Lang l) const { return l == Lang::Zh && !body_zh.empty() ? body_zh : body_en; }
};

struct Scenario {
  std::string path;
  std::string file;               // "03_gather.py"
  DocInfo doc;
};

DocInfo parse_docstring(const std::string& source);
// The scenarios directory: $SANDBOX_SCENARIOS, next to the executable, the
// source tree, or ./scenarios.
std::string scenarios_dir(const char* argv0);
std::vector<Scenario> list_scenarios(const std::string& dir);   // sorted by file name
bool read_file(const std::string& path, std::string* out);
bool write_file(const std::string& path, const std::string& text);

}  // namespace sandbox::gui
