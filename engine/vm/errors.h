// Raising Python exceptions from C++: throw PyException (it carries the
// exception object).  The VM catches it at every native call site and turns
// it into a Python-level raise with a traceback.
#pragma once
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "vm/value.h"

namespace sandbox::vm {

struct Type;

// A Python exception in flight through C++ code.  value is an ExceptionObj.
struct PyException {
  Value value;
  explicit PyException(Value v) : value(std::move(v)) {}
};

// Thrown (never caught by natives) when a step budget ran out or the VM was
// stopped; the outermost resume turns it into ResumeKind::Aborted.
struct VMAbort {};

// printf-style formatting into a std::string.
std::string strformat(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

// A new exception instance of type t with args = (msg,) (args = () if msg is empty
// and empty_args is true).
Value make_exception(Type* t, std::string msg);
Value make_exception_args(Type* t, std::vector<Value> args);
[[noreturn]] void throw_exception(Type* t, std::string msg);
[[noreturn]] void throw_value(Value exc);

#define SANDBOX_THROW_HELPER(fn)                                               \
  [[noreturn]] void fn(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
SANDBOX_THROW_HELPER(throw_type_error)
SANDBOX_THROW_HELPER(throw_value_error)
SANDBOX_THROW_HELPER(throw_index_error)
SANDBOX_THROW_HELPER(throw_attribute_error)
SANDBOX_THROW_HELPER(throw_name_error)
SANDBOX_THROW_HELPER(throw_runtime_error)
SANDBOX_THROW_HELPER(throw_overflow_error)
SANDBOX_THROW_HELPER(throw_zero_division_error)
SANDBOX_THROW_HELPER(throw_not_implemented_error)
SANDBOX_THROW_HELPER(throw_os_error)
SANDBOX_THROW_HELPER(throw_assertion_error)
SANDBOX_THROW_HELPER(throw_recursion_error)
#undef SANDBOX_THROW_HELPER
// KeyError's str() is repr(key), so it takes the key itself.
[[noreturn]] void throw_key_error(const Value& key);
[[noreturn]] void throw_stop_iteration(Value value = Value());

// The overflow policy: CPython has bigints, we stop at int64.
[[noreturn]] void throw_int_overflow();

}  // namespace sandbox::vm
