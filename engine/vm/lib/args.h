// Argument checking for lib's native functions and methods, with CPython's
// messages ("len() takes exactly one argument (2 given)", "... got an
// unexpected keyword argument 'x'"), and the LibError -> PyException bridge.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "vm/errors.h"
#include "vm/lib/lib_error.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace sandbox::vm::lib {

using Args = std::span<const Value>;

// Raises the Python exception matching a LibError.
[[noreturn]] void rethrow_lib_error(const LibError& e);

// Runs f(); a LibError becomes the Python exception (zero-cost when nothing
// is thrown).
template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const LibError& e) {
    rethrow_lib_error(e);
  }
}

// "name() takes no keyword arguments"
void no_kwargs(const char* name, const KwArgs* kw);
// Positional count in [lo, hi] with CPython's METH_VARARGS-style messages:
// "name expected at least 1 argument, got 0" / "name expected at most 2 arguments, got 3".
void check_args(const char* name, Args args, size_t lo, size_t hi);
// METH_O / METH_NOARGS messages: "name() takes exactly one argument (N given)"
// and "name() takes no arguments (N given)".
void check_one_arg(const char* name, Args args);
void check_no_args(const char* name, Args args);
// Checks that every keyword is one of `allowed` ("name() got an unexpected
// keyword argument 'x'"); returns the value of `key` or nullptr.
void check_kwargs(const char* fname, const KwArgs* kw, std::initializer_list<std::string_view> allowed);
inline const Value* kwarg(const KwArgs* kw, std::string_view name) { return kw ? kw->get(name) : nullptr; }

// Type tests.
// str or a subclass (its layout is a Str); fast paths that must not bypass a
// subclass's dunders test for the exact type instead.
inline bool is_str(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, types().str); }
inline bool is_exact_str(const Value& v) { return v.is_obj() && v.as_obj()->type == types().str; }
inline bool is_bytes(const Value& v) { return v.is_obj() && v.as_obj()->type == types().bytes; }
// list/tuple or a subclass whose items are read directly (PySequence_Fast):
// a subclass with its own __iter__ is iterated through it instead.
inline bool is_list(const Value& v) {
  return v.is_obj() && is_subtype(v.as_obj()->type, types().list) && v.as_obj()->type->iter == types().list->iter;
}
inline bool is_tuple(const Value& v) {
  return v.is_obj() && is_subtype(v.as_obj()->type, types().tuple) && v.as_obj()->type->iter == types().tuple->iter;
}
inline bool is_dict(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, types().dict); }
inline bool is_set(const Value& v) {
  return v.is_obj() && (is_subtype(v.as_obj()->type, types().set) || is_subtype(v.as_obj()->type, types().frozenset));
}
inline const std::string& str_of(const Value& v) { return v.as<Str>()->s; }
const char* type_name(const Value& v);

// An integer argument (int or bool; objects with __index__ are not in the
// subset): "'float' object cannot be interpreted as an integer".
int64_t as_index(const Value& v);
// Python's truthiness.
inline bool truthy(VM& vm, const Value& v) { return vm.truthy(v); }

}  // namespace sandbox::vm::lib
