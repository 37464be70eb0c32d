// Imports of .py modules and packages found on the VM's module path (the
// program's folder, as CPython's sys.path[0]), mirroring importlib's
// _bootstrap (_gcd_import, _handle_fromlist, _resolve_name) and
// ceval.c's import_from / import_all_from.  Native modules (asyncio, time,
// random) registered with VM::register_module are found first.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "vm/object.h"

namespace sandbox::vm {

class VM;

// The module path of a program run from `main_file`: its folder made
// absolute (CPython's sys.path[0]); empty when it names no file (a program
// given as a string).
std::vector<std::string> program_module_path(const std::string& main_file);

// IMPORT_NAME: __import__(name, globals, None, fromlist, level).
Value import_name(VM& vm, Dict* globals, std::string_view name, const Value& fromlist, int level);
// IMPORT_FROM: the attribute `name` of `module`, else the submodule
// module.name already imported; else CPython's ImportError.
Value import_from(VM& vm, const Value& module, Str* name);
// IMPORT_STAR: binds module.__all__ (or every public name) in `target`.
void import_star(VM& vm, const Value& module, Dict* target);

}  // namespace sandbox::vm
