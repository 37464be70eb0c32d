// The warnings the VM issues itself, printed the way CPython 3.11's warnings
// module prints them under its default filters (action "default": once per
// location and text, remembered in the module's __warningregistry__).
#pragma once
#include <string_view>

namespace sandbox::vm {

class VM;
struct Type;

// The VM that issues warnings on this thread (the one with a host that shows
// stderr: the Runner sets it for its lifetime); nullptr = warnings are dropped.
void set_warning_vm(VM* vm);
VM* warning_vm();

// warnings.warn(message, category) as seen from the innermost running Python
// frame ("FILE:LINE: Category: message" and the stripped source line), or
// from "sys:1" when no Python frame runs.  `source_object`: the warning has a
// source (warn(..., source=obj)), so CPython adds the tracemalloc hint.
void warn(VM& vm, Type* category, std::string_view message, bool source_object = false);

// genobject.c _PyErr_WarnUnawaitedCoroutine -> warnings._warn_unawaited_coroutine:
// a coroutine object freed before it ever started.
void warn_unawaited_coroutine(std::string_view qualname);

// Moves the unstarted coroutines held by frame f (an exception is leaving it)
// into exc's keep_alive, so they are freed, and warn, when exc is.
struct Frame;
class Value;
void keep_unstarted_coroutines(Frame* f, const Value& exc);

}  // namespace sandbox::vm
