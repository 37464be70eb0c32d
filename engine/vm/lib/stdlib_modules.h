// The native modules under CPython's pure-Python standard library (sys,
// _thread, _weakref, itertools, errno, atexit, gc, _string, _codecs, ...)
// and the pieces they share.  lib::install calls install_stdlib_modules.
#pragma once
#include <initializer_list>
#include <span>
#include <string>
#include <utility>

#include "vm/vm.h"

namespace sandbox::vm::lib {

void install_stdlib_modules(VM& vm);

// sys (sys_module.cpp); set_sys_program fills argv and path once the
// session knows the program's file, folder and the library folder.
void install_sys_module(VM& vm);
void set_sys_program(VM& vm, const std::string& filename);
// sys_streams.cpp: sys.stdin/stdout/stderr for fd 0, 1, 2.
Value make_sys_stream(int fd);
// What print() writes to when it is given no file: null while sys.stdout
// is the VM's own stdout (write through the hooks), else sys.stdout.
Value sys_stdout_replacement(VM& vm);
// weakref_module.cpp: _weakref and the VM's weak references.
void install_weakref_module(VM& vm);
// itertools_module.cpp
void install_itertools_module(VM& vm);
// errno_gc_modules.cpp
void install_errno_module(VM& vm);
void install_gc_module(VM& vm);
// thread_module.cpp: _thread for one thread (locks, get_ident).
void install_thread_module(VM& vm);
// type_extras.cpp: type.__subclasses__, mappingproxy(mapping).
void install_type_extras();
// long_range.cpp: range() with an argument beyond int64.
bool range_needs_long(std::span<const Value> args);
Value make_long_range(VM& vm, std::span<const Value> args);
// frame_attrs.cpp: f_back, f_globals, co_flags, __closure__, ...
void install_frame_attrs();
// simple_namespace.cpp: types.SimpleNamespace.
Type* simple_namespace_type();
Value make_simple_namespace(std::initializer_list<std::pair<const char*, Value>> items);

}  // namespace sandbox::vm::lib
