#include "scenarios.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sandbox::gui {

namespace fs = std::filesystem;

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out << text;
  return static_cast<bool>(out);
}

namespace {
bool has_cjk(const std::string& s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE4 && c <= 0xE9) return true;   // U+4E00..U+9FFF lead bytes
  }
  return false;
}
std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}
// Joins a paragraph's lines with spaces (CJK lines join without one).
std::string join_lines(const std::string& para) {
  std::istringstream in(para);
  std::string line, out;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty()) continue;
    if (!out.empty() && !(has_cjk(out.substr(out.size() >= 3 ? out.size() - 3 : 0)) && has_cjk(line.substr(0, 3))))
      out += ' ';
    out += line;
  }
  return out;
}
}  // namespace

// Titles are shown as plain text: Markdown's `code` marks would show raw.
static std::string strip_backticks(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '`'), s.end());
  return s;
}

DocInfo parse_docstring(const std::string& src) {
  DocInfo d;
  size_t p = 0;
  // Skip a shebang, comments and blank lines before the docstring.
  while (p < src.size()) {
    size_t e = src.find('\n', p);
    std::string line = trim(src.substr(p, e == std::string::npos ? std::string::npos : e - p));
    if (!line.empty() && line[0] != '#') break;
    if (e == std::string::npos) return d;
    p = e + 1;
  }
  while (p < src.size() && (src[p] == ' ' || src[p] == '\t')) ++p;
  if (p < src.size() && (src[p] == 'r' || src[p] == 'u')) ++p;
  std::string q = src.compare(p, 3, "\"\"\"") == 0 ? "\"\"\"" : src.compare(p, 3, "'''") == 0 ? "'''" : "";
  if (q.empty()) return d;
  size_t end = src.find(q, p + 3);
  if (end == std::string::npos) return d;
  std::string body = src.substr(p + 3, end - p - 3);

  std::vector<std::string> paras;
  std::string cur;
  std::istringstream in(body);
  std::string line;
  bool in_watch = false;
  while (std::getline(in, line)) {
    std::string t = trim(line);
    if (!in_watch && (t.rfind("What to watch", 0) == 0 || t.rfind("观察要点", 0) == 0)) {
      if (!trim(cur).empty()) paras.push_back(cur);
      cur.clear();
      in_watch = true;
      continue;
    }
    if (in_watch) {
      d.watch += line + "\n";
      continue;
    }
    if (t.empty()) {
      if (!trim(cur).empty()) paras.push_back(cur);
      cur.clear();
    } else {
      cur += line + "\n";
    }
  }
  if (!trim(cur).empty()) paras.push_back(cur);
  d.watch = trim(d.watch);
  for (size_t i = 0; i < paras.size(); ++i) {
    std::string text = join_lines(paras[i]);
    if (i == 0 && !has_cjk(text)) {
      d.title_en = strip_backticks(text);
      continue;
    }
    if (has_cjk(text)) {
      if (d.title_zh.empty()) {
        // "并发执行多个协程：..." -> title before the first full-width colon.
        size_t colon = text.find("：");
        if (colon != std::string::npos && colon < 90) {
          d.title_zh = strip_backticks(text.substr(0, colon));
          text = text.substr(colon + std::string("：").size());
        }
      }
      d.body_zh += (d.body_zh.empty() ? "" : "\n\n") + text;
    } else {
      d.body_en += (d.body_en.empty() ? "" : "\n\n") + text;
    }
  }
  return d;
}

std::string scenarios_dir(const char* argv0) {
  std::error_code ec;
  if (const char* env = std::getenv("SANDBOX_SCENARIOS"); env && *env) return env;
  std::vector<fs::path> candidates;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);   // argv[0] may be a subcommand
  if (ec && argv0 && *argv0) exe = fs::weakly_canonical(fs::path(argv0), ec);
  if (!exe.empty()) {
    candidates.push_back(exe.parent_path() / "scenarios");
    candidates.push_back(exe.parent_path().parent_path() / "scenarios");
    candidates.push_back(exe.parent_path().parent_path() / "share/asyncio-sandbox/scenarios");
  }
#ifdef SANDBOX_SOURCE_DIR
  candidates.push_back(fs::path(SANDBOX_SOURCE_DIR) / "scenarios");
#endif
  candidates.push_back("scenarios");
  for (const fs::path& c : candidates)
    if (fs::is_directory(c, ec)) return c.string();
  return {};
}

std::vector<Scenario> list_scenarios(const std::string& dir) {
  std::vector<Scenario> out;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".py") continue;
    Scenario s;
    s.path = entry.path().string();
    s.file = entry.path().filename().string();
    std::string text;
    if (read_file(s.path, &text)) s.doc = parse_docstring(text);
    if (s.doc.title_en.empty()) s.doc.title_en = s.file;
    out.push_back(std::move(s));
  }
  // directory_iterator's order is unspecified: sort by name (= article order).
  std::sort(out.begin(), out.end(), [](const Scenario& a, const Scenario& b) { return a.file < b.file; });
  return out;
}

}  // namespace sandbox::gui
