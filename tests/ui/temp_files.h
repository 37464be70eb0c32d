// Test helpers: a temporary directory, and the settings pointed at another
// config directory for the length of a test.
#pragma once
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace sandbox::gui::test {

namespace fs = std::filesystem;

// A fresh directory under /tmp, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    static int n = 0;
    path = fs::temp_directory_path() / ("asyncio-sandbox-ui-" + std::to_string(getpid()) + "-" + std::to_string(++n));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
};

// Points the settings at another config directory for one test.
struct ConfigDir {
  std::string saved;
  bool had = false;
  explicit ConfigDir(const fs::path& dir) {
    if (const char* v = std::getenv("XDG_CONFIG_HOME")) {
      saved = v;
      had = true;
    }
    setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
  }
  ~ConfigDir() {
    if (had) setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else unsetenv("XDG_CONFIG_HOME");
  }
};

}  // namespace sandbox::gui::test
