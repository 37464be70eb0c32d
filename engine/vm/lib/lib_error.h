// Errors raised by the VM-independent parts of the library (number
// formatting, MT19937, string helpers). They carry the Python exception class
// and CPython's exact message; the VM bindings (lib/bindings.cpp) turn a
// LibError into a Python exception at the native call boundary, so these
// parts can be unit-tested without a VM.
#pragma once

#include <string>

namespace sandbox::vm::lib {

enum class ErrorKind {
  ValueError,
  TypeError,
  IndexError,
  KeyError,
  OverflowError,
  ZeroDivisionError,
  NotImplementedError,
};

struct LibError {
  ErrorKind kind;
  std::string message;
};

[[noreturn]] inline void raise(ErrorKind kind, std::string message) {
  throw LibError{kind, std::move(message)};
}

}  // namespace sandbox::vm::lib
