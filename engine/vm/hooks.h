// What the VM tells its host (the runtime/session) while running.  The engine
// never prints: all output goes through write_stdout/write_stderr.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/value.h"

namespace sandbox::vm {

class VM;

struct Hooks {
  virtual ~Hooks() = default;
  // The running frame started a new source line (only when VM::set_trace_lines(true)).
  virtual void on_line(VM& vm, int line) { (void)vm; (void)line; }
  virtual void write_stdout(std::string_view text) { (void)text; }
  virtual void write_stderr(std::string_view text) { (void)text; }
  // A Python-level raise happened at `line` of the running frame.
  virtual void on_exception_raised(VM& vm, const Value& exc, int line) { (void)vm; (void)exc; (void)line; }
  // An except clause (or with/finally) took the exception at `line`.
  virtual void on_exception_caught(VM& vm, const Value& exc, int line) { (void)vm; (void)exc; (void)line; }
  // input(): one line of standard input without its newline.  1 = a line
  // was read, 0 = end of input (EOFError), -1 = this host has no standard
  // input for the program (the app's recorded run).
  virtual int read_line(std::string& line) { (void)line; return -1; }
  // The id of the task whose step is running (0 = module code).
  virtual uint32_t current_task_id() { return 0; }
};

}  // namespace sandbox::vm
