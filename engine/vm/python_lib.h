// Where the CPython 3.11 standard library lives: the pure-Python modules
// the importer loads after the program's folder and the native modules
// (Debian's libpython3.11-stdlib, /usr/lib/python3.11).  It is a run-time
// dependency, never part of the repository.
#pragma once
#include <string>

namespace sandbox::vm {

// SANDBOX_PYTHON_LIB from the environment if set, else the folder chosen
// at configure time (CMake's SANDBOX_PYTHON_LIB).
std::string default_python_lib();
// "" when `dir` holds CPython 3.11's library, else why not (one sentence).
std::string python_lib_problem(const std::string& dir);
// `file` lies inside the library folder `lib` (both absolute).
bool in_python_lib(const std::string& file, const std::string& lib);

}  // namespace sandbox::vm
