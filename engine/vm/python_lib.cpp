#include "vm/python_lib.h"

#include <cstdlib>
#include <filesystem>

#ifndef SANDBOX_PYTHON_LIB_DIR
#define SANDBOX_PYTHON_LIB_DIR "/usr/lib/python3.11"
#endif

namespace sandbox::vm {

namespace fs = std::filesystem;

std::string default_python_lib() {
  if (const char* env = std::getenv("SANDBOX_PYTHON_LIB"); env && *env) return env;
  return SANDBOX_PYTHON_LIB_DIR;
}

std::string python_lib_problem(const std::string& dir) {
  std::error_code ec;
  fs::path d(dir);
  if (dir.empty() || !fs::is_directory(d, ec)) return "the folder " + dir + " does not exist";
  if (!fs::is_regular_file(d / "os.py", ec) || !fs::is_regular_file(d / "collections" / "__init__.py", ec))
    return dir + " is not a Python standard library folder (no os.py, collections/__init__.py)";
  // tomllib came in 3.11 and asynchat left in 3.12: 3.11 has both.
  if (!fs::is_regular_file(d / "tomllib" / "__init__.py", ec) || !fs::is_regular_file(d / "asynchat.py", ec))
    return dir + " is not the library of Python 3.11";
  return "";
}

bool in_python_lib(const std::string& file, const std::string& lib) {
  if (lib.empty() || file.size() <= lib.size() || file.compare(0, lib.size(), lib) != 0) return false;
  return lib.back() == '/' || file[lib.size()] == '/';
}

}  // namespace sandbox::vm
