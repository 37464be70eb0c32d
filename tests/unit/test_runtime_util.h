// Runs a Python program through lang + vm + runtime::Runner for the runtime
// tests: stdout with CPython-reference timestamps ("[%.3f] " at each line
// start, the virtual time the line started), stderr, exit status, trace.
#pragma once
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "runtime/runner.h"
#include "runtime/time_hooks.h"
#include "trace/recorder.h"
#include "trace/trace.h"
#include "vm/compiler.h"
#include "vm/hooks.h"
#include "vm/lib/install.h"
#include "vm/vm.h"

namespace sandbox::runtime::testing {

struct CaptureHooks : vm::Hooks {
  std::string out, err;
  bool at_line_start = true;
  bool timestamps = true;
  Runner* runner = nullptr;
  void write_stdout(std::string_view text) override {
    for (char c : text) {
      if (at_line_start && timestamps) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "[%.3f] ", time_now());
        out += buf;
      }
      out += c;
      at_line_start = c == '\n';
    }
  }
  void write_stderr(std::string_view text) override { err += text; }
  uint32_t current_task_id() override { return runner ? runner->current_task_id() : 0; }
};

}  // namespace sandbox::runtime::testing

struct PyRun {
  std::string out, err;
  int exit_status = -1;
  std::unique_ptr<sandbox::trace::Trace> trace;
  std::string limit;
};

inline PyRun run_py(std::string_view src, bool timestamps = true, sandbox::runtime::RunnerOptions opts = {}) {
  using namespace sandbox;
  PyRun r;
  r.trace = std::make_unique<trace::Trace>();
  trace::Recorder rec(*r.trace);
  vm::VM vm;
  vm::lib::install(vm);
  runtime::testing::CaptureHooks hooks;
  hooks.timestamps = timestamps;
  vm.set_hooks(&hooks);
  vm::CompileResult c = vm::compile_source(src, "test.py");
  if (!c.ok()) {
    r.err = c.error->format();
    r.exit_status = 1;
    return r;
  }
  {
    runtime::Runner runner(vm, rec, opts);
    hooks.runner = &runner;
    runner.start(c.code);
    runner.run_to_end();
    r.exit_status = runner.exit_status();
    r.limit = runner.limit_message();
    hooks.runner = nullptr;
  }
  r.out = hooks.out;
  r.err = hooks.err;
  return r;
}
