#include "user_dirs.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace sandbox::gui {

namespace fs = std::filesystem;

std::string home_dir() {
  const char* home = std::getenv("HOME");
  if (home && *home) return home;
  std::error_code ec;
  return fs::current_path(ec).string();
}

namespace {

// user-dirs.dirs lines look like  XDG_PICTURES_DIR="$HOME/Pictures"  (the
// only variable the format allows is $HOME, at the start).
std::string from_user_dirs_file() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  fs::path conf = xdg && *xdg ? fs::path(xdg) : fs::path(home_dir()) / ".config";
  std::ifstream in(conf / "user-dirs.dirs");
  std::string line;
  const std::string key = "XDG_PICTURES_DIR=";
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) != 0) continue;
    std::string v = line.substr(key.size());
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    if (v.rfind("$HOME", 0) == 0) v = home_dir() + v.substr(5);
    return v;
  }
  return "";
}

}  // namespace

std::string pictures_dir() {
  std::string dir;
  if (const char* env = std::getenv("XDG_PICTURES_DIR"); env && *env) dir = env;
  else dir = from_user_dirs_file();
  if (dir.empty()) {
    // xdg-user-dirs' default, used when the file is missing but the folder exists.
    dir = (fs::path(home_dir()) / "Pictures").string();
  }
  std::error_code ec;
  // xdg-user-dirs sets a folder to $HOME itself to say "disabled".
  if (fs::equivalent(dir, home_dir(), ec)) return "";
  return fs::is_directory(dir, ec) ? dir : "";
}

bool writable_dir(const std::string& path) {
  std::error_code ec;
  return !path.empty() && fs::is_directory(path, ec) && ::access(path.c_str(), W_OK) == 0;
}

}  // namespace sandbox::gui
