// The Runner drives a program in small steps: module code up to
// asyncio.run, then the event loop one unit at a time (one _run_once phase or
// one ready handle), then runners.py's shutdown (cancel leftover tasks, run
// them to the end, shutdown_asyncgens, shutdown_default_executor, close), then
// the rest of the module code.  The session calls step() until it has the
// events it wants; nothing runs between two calls.
//
// Limits end the run with a Limit event and a message on stderr: a task step
// that runs step_budget instructions without yielding, virtual time past
// max_time, a deadlock (nothing ready, no timer, no I/O, main not done).
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "runtime/clock.h"
#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "common/limits.h"
#include "trace/recorder.h"
#include "vm/vm.h"

namespace sandbox::runtime {

class ThreadScheduler;

// The limits the runner enforces (common/limits.h; max_events is the
// session's, not the runner's).
using RunnerOptions = Limits;

// The stderr line of a limit CPython has no error for.
std::string sandbox_limit(const std::string& what);

enum class RunnerStatus : uint8_t {
  Running,   // step() has more to do
  Finished,  // module code ended normally (exit status 0)
  Failed,    // uncaught exception: traceback on stderr (exit status 1)
  Stopped,   // a limit ended it (exit status 1)
};

class Runner {
 public:
  // The VM must have lib installed; the Runner registers the asyncio module.
  // `clock` = nullptr: a VirtualClock owned by the runner.
  Runner(vm::VM& vm, trace::Recorder& rec, RunnerOptions opts = {}, Clock* clock = nullptr);
  ~Runner();
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // The compiled module (vm/compiler.h); nothing runs until step().
  void start(vm::Ref<vm::Code> module_code);
  // Runs one unit.  Returns false once the program is over (status() says how).
  bool step();
  // step() until the program is over (tests, the CLI's `run`).
  void run_to_end();

  // runners.Runner._on_sigint (live mode's Ctrl+C): the first interrupt
  // cancels the main task, and asyncio.run then raises KeyboardInterrupt
  // after the usual shutdown; another one raises KeyboardInterrupt now.
  void interrupt();

  RunnerStatus status() const { return status_; }
  // 0; 1 after an uncaught exception or a limit; 130 (128 + SIGINT, the
  // shell's status of CPython killed by KeyboardInterrupt) after an
  // uncaught KeyboardInterrupt.
  // An uncaught SystemExit ends the run with its code, as CPython's
  // handle_system_exit (0 and None: a finished run).
  int exit_status() const {
    return status_ == RunnerStatus::Finished ? 0 : keyboard_interrupt_ ? 130 : failed_status_;
  }
  const std::string& limit_message() const { return limit_message_; }

  Runtime& runtime() { return *rt_; }
  EventLoop& loop() { return *loop_; }
  Clock& clock() { return *clock_; }
  // For VM hooks: the task whose step is running (0 = module code / none).
  uint32_t current_task_id() const;
  // Lets lib's time.sleep (through time_hooks.h) reach this runner's loop.
  void time_sleep(double seconds, int line);
  // The host counts the program's output here: false once past max_output
  // (the text is then dropped and the run stops after this step).
  bool count_output(size_t bytes);
  // Ends the Python code running now at its next instruction (the trace is
  // full); the run then stops with the recorder's cap message.
  void stop_running_code();

 private:
  enum class Phase : uint8_t { NotStarted, Module, MainLoop, CancelAll, Asyncgens, Executor, Done, UserLoop };
  void handle_module_result(vm::ResumeResult r);
  void begin_asyncio_run(const vm::Value& coro);
  // runner_loop_api.cpp: loop.run_until_complete / run_forever /
  // Runner.close asked by the module code (run.h RunKind).
  void begin_loop_request(const struct RunRequest& req);
  void after_user_run();
  // runners._cancel_all_tasks and the shutdown coroutines, then close.
  void begin_shutdown();
  // run_until_complete(fut): the stop callback, then loop steps.
  void run_until_complete(const FutureRef& fut);
  void loop_step();
  void after_run_until_complete();
  void start_shutdown_task(const char* name);
  void start_shutdown_task(const vm::Value& coro);
  TaskRef create_task_uncapped(const vm::Value& coro);
  void finish_asyncio_run();
  void limit(const std::string& message);
  bool system_exit(const vm::Value& exc);
  void fail_uncaught(const vm::Value& exc);
  void abandon_pending_tasks();
  void destroy_pending_task(const TaskRef& t, bool close_first);
  void destroy_tasks_at_exit();
  static vm::Value keyboard_interrupt(const vm::Value& context);  // KeyboardInterrupt() with __context__
  std::string deadlock_message();
  uint64_t module_budget() const;
  std::string memory_message() const;
  std::string output_message() const;

  vm::VM& vm_;
  trace::Recorder& rec_;
  RunnerOptions opts_;
  std::unique_ptr<Clock> own_clock_;
  Clock* clock_;
  std::unique_ptr<EventLoop> loop_;
  std::unique_ptr<Runtime> rt_;
  std::unique_ptr<ThreadScheduler> threads_;  // worker threads (threads.h)
  vm::Ref<vm::Code> code_;
  Phase phase_ = Phase::NotStarted;
  RunnerStatus status_ = RunnerStatus::Running;
  std::string limit_message_;
  FutureRef current_fut_;      // what run_until_complete waits for
  NativeCallbackRef stop_cb_;  // _run_until_complete_cb
  TaskRef main_task_;
  std::vector<TaskRef> to_cancel_;
  uint64_t output_bytes_ = 0;
  bool output_over_ = false;
  bool trace_full_ = false;
  // Tasks still pending when asyncio.run closed its loop and kept alive only
  // by a reference cycle: CPython's final garbage collection destroys them
  // when the program exits.
  std::vector<TaskRef> destroyed_at_exit_;
  int interrupt_count_ = 0;    // Runner._interrupt_count
  bool keyboard_interrupt_ = false;  // the run ended with an uncaught KeyboardInterrupt
  int failed_status_ = 1;            // exit status of a failed run (SystemExit's code)
  vm::Value main_escape_ = vm::Value::null();  // SystemExit/KeyboardInterrupt leaving the loop
  bool main_ok_ = false;       // outcome of the main task for the module code
  vm::Value main_outcome_;     // result or exception
};

}  // namespace sandbox::runtime
