// The real session driver: lang::parse -> vm::compile_module -> runtime::Runner,
// with the VM's hooks recording lines, output and exceptions into the trace.
#include "session_runner.h"

#include <algorithm>
#include <iostream>
#include <vector>

#include "lang/parser.h"

#include "runtime/live/live_clock.h"
#include "runtime/live/live_kernel.h"
#include "runtime/live/live_loop.h"
#include "runtime/net_poller.h"
#include "runtime/runner.h"
#include "runtime/runtime.h"
#include "vm/importer.h"
#include "vm/python_lib.h"
#include "vm/compiler.h"
#include "vm/hooks.h"
#include "vm/vm.h"
#include "vm/lib/install.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox {

namespace {

Diagnostic to_diagnostic(const lang::SyntaxError& e) {
  Diagnostic d;
  d.filename = e.filename;
  d.line = e.line;
  d.col = e.offset;
  d.end_col = e.end_offset;
  d.type = e.type;
  d.message = e.message;
  d.source_line = e.text;
  d.formatted = e.format();
  return d;
}

// What the VM tells its host, recorded as events.  Output goes into the
// trace only; the session passes it on from there.
class RecordingHooks final : public vm::Hooks {
 public:
  RecordingHooks(trace::Recorder& rec, DirectWrite direct) : rec_(rec), direct_(std::move(direct)) {}
  runtime::Runner* runner = nullptr;

  // Library code (Code::library) is not the user's program: its lines and
  // exceptions stay out of the trace.
  static bool in_library(vm::VM& vm) {
    vm::Frame* f = vm.current_frame();
    return f && f->code->library;
  }
  void on_line(vm::VM& vm, int line) override {
    if (in_library(vm)) return;
    rec_.on_line(static_cast<uint32_t>(line));
    if (rec_.capped()) [[unlikely]] trace_full();
  }
  void write_stdout(std::string_view text) override { write(1, text); }
  void write_stderr(std::string_view text) override { write(2, text); }
  void on_exception_raised(vm::VM& vm, const vm::Value& exc, int line) override {
    if (in_library(vm)) return;
    if (rec_.capped()) return trace_full();
    rec_.emit_str(trace::EventKind::ExcRaised, runtime::trace_repr(vm, exc), {.line = static_cast<uint32_t>(line)});
  }
  void on_exception_caught(vm::VM& vm, const vm::Value&, int line) override {
    if (in_library(vm)) return;
    rec_.emit(trace::EventKind::ExcCaught, {.line = static_cast<uint32_t>(line)});
  }
  uint32_t current_task_id() override { return runner ? runner->current_task_id() : 0; }
  bool read_stdin = false;
  int read_line(std::string& line) override {
    if (!read_stdin) return -1;
    if (!std::getline(std::cin, line)) return 0;
    return 1;
  }

 private:
  void write(uint32_t stream, std::string_view text) {
    if (text.empty()) return;
    // Past max_output the text is dropped; the runner stops after this step.
    if (runner && !runner->count_output(text.size())) return;
    // Once the trace is full the text can no longer travel through it.
    if (rec_.capped()) {
      direct_(stream, text);
      trace_full();
    }
    else rec_.emit_str(trace::EventKind::Output, text, {.obj = stream});
  }
  // The trace is full: the running code stops at its next instruction
  // (the session then ends the run with the recorder's cap message).
  void trace_full() {
    if (runner) runner->stop_running_code();
  }
  trace::Recorder& rec_;
  DirectWrite direct_;
};

class RunnerDriver final : public SessionDriver {
 public:
  RunnerDriver(trace::Recorder& rec, const SessionOptions& o, vm::Ref<vm::Code> code, DirectWrite direct)
      : rec_(rec), hooks_(rec, std::move(direct)) {
    vm::lib::install(vm_);  // builtin methods and functions, random, time
    vm_.set_hooks(&hooks_);
    vm_.set_trace_lines(o.record_lines);
    vm_.module_path = vm::program_module_path(o.filename);
    vm_.python_lib = o.python_lib.empty() ? vm::default_python_lib() : o.python_lib;
    vm::lib::set_sys_program(vm_, o.filename);
    hooks_.read_stdin = o.read_stdin;
    runtime::RunnerOptions ro = o;  // the session's Limits
    if (o.live) {
      // Live mode: real time and real TCP; the poller is in place before
      // the program runs, so every poll phase waits in libuv.
      live_clock_ = std::make_unique<runtime::live::LiveClock>(o.speed);
      live_loop_ = std::make_unique<runtime::live::LiveLoop>(*live_clock_, o.catch_sigint);
      runner_ = std::make_unique<runtime::Runner>(vm_, rec_, ro, live_clock_.get());
      runtime::Runtime& rt = runner_->runtime();
      rt.io_poller = std::make_unique<runtime::NetPoller>(
          rt, std::make_unique<runtime::live::LiveKernel>(*live_loop_, o.allow_network));
      rt.loop.set_poller(rt.io_poller.get());
    } else {
      runner_ = std::make_unique<runtime::Runner>(vm_, rec_, ro);
    }
    hooks_.runner = runner_.get();
    runner_->start(std::move(code));
  }
  ~RunnerDriver() override {
    runner_.reset();  // drops Python references while the VM is alive
  }

  Status step() override {
    if (live_loop_ && live_loop_->take_interrupt()) runner_->interrupt();
    if (runner_->step()) return Status::Running;
    close_live_sockets();
    switch (runner_->status()) {
      case runtime::RunnerStatus::Running:
      case runtime::RunnerStatus::Finished: return Status::Finished;
      case runtime::RunnerStatus::Failed: return Status::Failed;
      case runtime::RunnerStatus::Stopped: return Status::Stopped;
    }
    return Status::Finished;
  }
  std::string limit_message() const override { return runner_->limit_message(); }
  bool writes_limit_message() const override { return true; }  // the runner writes it on stderr
  int failed_exit_status() const override { return runner_->exit_status(); }
  void interrupt() override {
    if (live_loop_) live_loop_->interrupt();
  }
  // The loop may be blocked on a timeout computed at the old speed: wake it
  // so the next iteration waits by the new one.
  void set_speed(double speed) override {
    if (!live_clock_ || !live_loop_) return;
    live_clock_->set_speed(speed);
    live_loop_->wake();
  }
  void set_wait_hooks(std::function<void()> before, std::function<void()> after) override {
    if (!live_loop_) return;
    live_loop_->before_wait = std::move(before);
    live_loop_->after_wait = std::move(after);
  }

 private:
  // The program is over: what it left open is closed now, as the process
  // exit would close it (the live kernel's destructor).
  void close_live_sockets() {
    if (!live_loop_) return;
    runtime::Runtime& rt = runner_->runtime();
    rt.loop.set_poller(nullptr);
    rt.io_poller.reset();
  }

  trace::Recorder& rec_;
  RecordingHooks hooks_;
  // Live mode only; declared before the runner, whose poller uses them.
  std::unique_ptr<runtime::live::LiveClock> live_clock_;
  std::unique_ptr<runtime::live::LiveLoop> live_loop_;
  vm::VM vm_;
  std::unique_ptr<runtime::Runner> runner_;
};

}  // namespace

std::unique_ptr<SessionDriver> make_runner_driver(const std::string& source, const SessionOptions& options,
                                                  trace::Recorder& rec, DirectWrite direct, Diagnostic* diag) {
  lang::ParseResult parsed = lang::parse(source, options.filename);
  if (!parsed.ok()) {
    *diag = to_diagnostic(*parsed.error);
    return nullptr;
  }
  vm::CompileResult compiled = vm::compile_module(*parsed.module);
  if (!compiled.ok()) {
    *diag = to_diagnostic(*compiled.error);
    return nullptr;
  }
  return std::make_unique<RunnerDriver>(rec, options, std::move(compiled.code), std::move(direct));
}

}  // namespace sandbox
