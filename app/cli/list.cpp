// asyncio-sandbox list: the bundled scenarios with their titles.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"

namespace sandbox::cli {

int list_command(const Args& args) {
  if (!args.empty()) {
    print_usage(true);
    return 2;
  }
  std::string dir = scenarios_dir();
  if (dir.empty()) {
    std::fputs("asyncio-sandbox: no scenarios folder found (set SANDBOX_SCENARIOS)\n", stderr);
    return 1;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".py") files.push_back(entry.path());
  std::sort(files.begin(), files.end());  // NN_name.py: article order
  size_t width = 0;
  for (const auto& f : files) width = std::max(width, f.filename().string().size());
  for (const auto& f : files) {
    std::string text, error;
    if (!read_file(f.string(), &text, &error)) continue;
    std::string title = docstring_title(text);
    std::printf("%-*s  %s\n", static_cast<int>(width), f.filename().string().c_str(), title.c_str());
  }
  return 0;
}

}  // namespace sandbox::cli
