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

// Sets (or, with nullptr, unsets) an environment variable for one test.
struct EnvVar {
  std::string name, saved;
  bool had = false;
  EnvVar(const char* n, const char* value) : name(n) {
    if (const char* v = std::getenv(n)) {
      saved = v;
      had = true;
    }
    if (value) setenv(n, value, 1);
    else unsetenv(n);
  }
  ~EnvVar() {
    if (had) setenv(name.c_str(), saved.c_str(), 1);
    else unsetenv(name.c_str());
  }
  EnvVar(const EnvVar&) = delete;
  EnvVar& operator=(const EnvVar&) = delete;
};

}  // namespace sandbox::gui::test
