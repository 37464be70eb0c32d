// Helpers shared by the subcommands: usage, file reading, scenario lookup.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.h"

namespace sandbox::cli {

namespace fs = std::filesystem;

void print_usage(bool to_stderr) {
  std::FILE* f = to_stderr ? stderr : stdout;
  std::fputs(
      "usage: asyncio-sandbox [FILE]                open the app (FILE loaded)\n"
      "       asyncio-sandbox run [--timestamps] [--max-time S] [--live [--speed F]\n"
      "                             [--allow-network]] FILE\n"
      "                                             run headless; print what CPython prints\n"
      "       asyncio-sandbox trace FILE [--format text|jsonl|chrome|stats] [--axis steps|time]\n"
      "                             [--max-time S] [--no-lines] [-o OUT]\n"
      "                                             write the event trace (chrome: Perfetto /\n"
      "                                             chrome://tracing; --axis steps spreads each\n"
      "                                             loop iteration, time uses virtual time)\n"
      "       asyncio-sandbox list                  list the bundled scenarios\n"
      "       asyncio-sandbox screenshot FILE [--at N|end] [--size WxH] [--present] -o OUT.png\n"
      "                                             render the app at event N into a PNG\n"
      "                                             (needs a display; xvfb-run -a is enough)\n"
      "limits (run and trace; 0 = none; bytes take K/M/G): --step-budget N  --module-step-budget N\n"
      "       --recursion-limit N  --max-memory BYTES  --max-output BYTES  --max-events N\n"
      "       --max-tasks N  --max-sockets N  (--max-time S: virtual seconds)\n"
      "library (run and trace): --stdlib DIR  the CPython 3.11 standard library folder\n"
      "       (default: $SANDBOX_PYTHON_LIB, else the one found at build time)\n",
      f);
}

void write_stderr(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

bool read_file(const std::string& path, std::string* text, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open '" + path + "'";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return true;
}

std::string scenarios_dir() {
  if (const char* env = std::getenv("SANDBOX_SCENARIOS"); env && *env && fs::is_directory(env)) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  fs::path dir = exe.parent_path();
  for (fs::path d = dir; !d.empty(); d = d.parent_path()) {
    if (fs::is_directory(d / "scenarios", ec)) return (d / "scenarios").string();
    if (d == d.parent_path()) break;
  }
  fs::path installed = dir.parent_path() / "share" / "asyncio-sandbox" / "scenarios";
  if (fs::is_directory(installed, ec)) return installed.string();
  return "";
}

std::string docstring_title(const std::string& src) {
  size_t i = 0;
  // Skip blank lines and comments (shebang, coding line) before the docstring.
  while (i < src.size()) {
    size_t eol = src.find('\n', i);
    if (eol == std::string::npos) eol = src.size();
    std::string_view line(src.data() + i, eol - i);
    size_t k = line.find_first_not_of(" \t\r");
    if (k != std::string_view::npos && line[k] != '#') {
      i += k;
      break;
    }
    i = eol + 1;
  }
  if (i >= src.size()) return "";
  if (src[i] == 'r' || src[i] == 'R' || src[i] == 'u' || src[i] == 'U') ++i;
  if (i >= src.size() || (src[i] != '"' && src[i] != '\'')) return "";
  char q = src[i];
  bool triple = src.compare(i, 3, std::string(3, q)) == 0;
  size_t start = i + (triple ? 3 : 1);
  std::string end = triple ? std::string(3, q) : std::string(1, q);
  size_t stop = src.find(end, start);
  std::string body = src.substr(start, stop == std::string::npos ? std::string::npos : stop - start);
  // The first non-empty line, stripped.
  std::istringstream lines(body);
  std::string line;
  while (std::getline(lines, line)) {
    size_t a = line.find_first_not_of(" \t\r");
    if (a == std::string::npos) continue;
    size_t b = line.find_last_not_of(" \t\r");
    return line.substr(a, b - a + 1);
  }
  return "";
}

}  // namespace sandbox::cli
