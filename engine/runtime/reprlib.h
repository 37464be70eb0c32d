// reprlib.repr as asyncio's format_helpers uses it for callback arguments in
// handle reprs and "Exception in callback ..." messages (Lib/reprlib.py,
// the module-level Repr(): maxlevel 6, maxtuple/maxlist/maxset 6, maxdict 4,
// maxstring 30, maxlong 40, maxother 30).
#pragma once
#include <string>
#include <string_view>

#include "vm/value.h"

namespace sandbox::vm { class VM; }

namespace sandbox::runtime {

// Exact for the builtin types reprlib knows (str, int, tuple, list, set,
// frozenset, dict); any other object is the runtime's user-code-free repr
// (trace_repr) cut to maxother as reprlib.repr_instance cuts repr().  Runs no
// user code: handles are formatted when they are made, and CPython's lazy
// repr would run a user __repr__ only when printed.
std::string reprlib_repr(vm::VM& vm, const vm::Value& v);

// Repr.repr_instance on a repr already made: cut to maxother (30) characters.
std::string reprlib_instance(const std::string& repr);

// Where a file of CPython's library lives (the VM's library folder), for the
// messages that name the library source of a callback our runtime
// implements natively.
std::string library_file(vm::VM& vm, std::string_view relative);

}  // namespace sandbox::runtime
