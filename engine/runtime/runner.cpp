#include "runtime/runner.h"

#include <ctime>

#include "runtime/asyncgen_hooks.h"

#include "runtime/aio_functions.h"
#include "runtime/asyncio_module.h"
#include "runtime/executor.h"
#include "runtime/threads.h"
#include "runtime/loop_object.h"
#include "runtime/net_poller.h"
#include "runtime/native_coro.h"
#include "runtime/run.h"
#include "runtime/sync.h"
#include "runtime/task.h"
#include "runtime/time_hooks.h"
#include "vm/warnings.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

// base_events._run_until_complete_cb
class StopCallback final : public NativeCallback {
 public:
  StopCallback() : NativeCallback(trace::HandleKind::Internal) {}
  std::string_view describe() const override { return "_run_until_complete_cb"; }
  void call(Runtime& rt, Future& fut) override {
    if (!fut.cancelled()) {
      fut.log_traceback = false;
      const Value& exc = fut.exception_value;
      if (!exc.is_none() && (rt.vm.isinstance(exc, rt.vm.exc.SystemExit) ||
                             rt.vm.isinstance(exc, rt.vm.exc.KeyboardInterrupt)))
        return;
    }
    rt.loop.stop();
  }
};

// Sets the thread's current runtime / running loop for the length of a step.
struct Scope {
  Scope(Runtime* rt, ThreadScheduler* threads) {
    set_current_runtime(rt);
    set_running_loop(rt->loop.is_running() ? &rt->loop : nullptr);
    set_current_threads(threads);
  }
  ~Scope() {
    set_current_runtime(nullptr);
    set_running_loop(nullptr);
    set_current_threads(nullptr);
  }
};

std::string last_line(const std::string& text) {
  size_t end = text.find_last_not_of('\n');
  if (end == std::string::npos) return text;
  size_t start = text.rfind('\n', end);
  return text.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

}  // namespace

double time_now() {
  Runtime* rt = current_runtime();
  return rt ? rt->loop.time() : 0.0;
}

double time_wall() {
  Runtime* rt = current_runtime();
  if (rt && !rt->loop.clock().is_virtual()) {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
  return kVirtualEpoch + time_now();
}

void time_sleep(double seconds, int line) {
  Runtime* rt = current_runtime();
  if (!rt) return;
  uint32_t l = static_cast<uint32_t>(line < 0 ? 0 : line);
  // With worker threads, the calling thread blocks and the others run.
  if (ThreadScheduler* s = current_threads()) s->sleep(seconds, l);
  else rt->loop.block(seconds, l);
}

Runner::Runner(vm::VM& vm, trace::Recorder& rec, RunnerOptions opts, Clock* clock)
    : vm_(vm), rec_(rec), opts_(opts) {
  if (clock == nullptr) {
    own_clock_ = std::make_unique<VirtualClock>();
    clock = own_clock_.get();
  }
  clock_ = clock;
  loop_ = std::make_unique<EventLoop>(*clock_, rec_);
  loop_->max_time = opts_.max_time;
  rt_ = std::make_unique<Runtime>(vm_, *loop_, rec_);
  rt_->step_budget = opts_.step_budget;
  rt_->max_tasks = opts_.max_tasks;
  rt_->max_sockets = opts_.max_sockets;
  threads_ = std::make_unique<ThreadScheduler>(vm_, *loop_, rec_);
  threads_->step_budget = opts_.step_budget;
  loop_->set_threads(threads_.get());
  vm_.set_recursion_limit(opts_.recursion_limit > 0 ? opts_.recursion_limit : 1000);
  make_asyncio_module(vm_);
  vm::set_warning_vm(&vm_);
  // After the asyncio module: the first run in a process also creates its
  // process-wide types, which must not count against this program.
  vm_.set_memory_limit(opts_.max_memory);
}

Runner::~Runner() {
  rt_->alive = false;
  {
    // Workers still blocked (a pool nobody shut down, a deadlock) unwind
    // now, while the objects their stacks refer to are alive.
    Scope scope(rt_.get(), threads_.get());
    threads_.reset();
    loop_->set_threads(nullptr);
  }
  remove_asyncgen_hooks();
  // Drop Python references held by pending handles and tasks while the VM
  // is still alive.
  main_task_ = TaskRef();
  current_fut_ = FutureRef();
  to_cancel_.clear();
  loop_->close();
  rt_->loop_object = Value();
  rt_->policy_loop = Value();
  if (vm::warning_vm() == &vm_) vm::set_warning_vm(nullptr);
  // The cycles the program left (a task and the future it waits on, an
  // exception and its frames) go while the runtime they point into is
  // still here; silently: the program is over.
  vm_.finalize_modules();
  vm::gc_run_pending_finalizers(nullptr);
  vm::gc_collect(nullptr);
  // A task still referenced from outside a cycle (module globals, which ~VM
  // clears later) outlives the runtime; ~VM's collection then freed it and
  // its ~Task unlinked it from the freed loop (fuzz finding,
  // tests/fuzz/regressions/crash_task_outlives_runner.py).
  while (Task* t = loop_->first_task()) t->detach_runtime();
  // Loop objects ~VM frees later must not reach back into this runtime.
  for (LoopObj* l : rt_->loops) l->rt = nullptr;
}

void Runner::start(vm::Ref<vm::Code> code) {
  code_ = std::move(code);
  phase_ = Phase::NotStarted;
}

uint32_t Runner::current_task_id() const {
  Task* t = loop_->current_task();
  return t ? t->id : 0;
}

void Runner::time_sleep(double seconds, int line) { loop_->block(seconds, static_cast<uint32_t>(line)); }

std::string sandbox_limit(const std::string& what) { return "RuntimeError: sandbox limit: " + what; }

bool Runner::count_output(size_t bytes) {
  if (output_over_) return false;
  if (opts_.max_output != 0 && output_bytes_ + bytes > opts_.max_output) {
    output_over_ = true;
    vm_.set_step_budget(1);  // ends the running code at its next instruction
    return false;
  }
  output_bytes_ += bytes;
  return true;
}

void Runner::stop_running_code() {
  if (trace_full_) return;
  trace_full_ = true;
  vm_.set_step_budget(1);
}

void Runner::run_to_end() {
  while (step()) {
  }
}

bool Runner::step() {
  if (phase_ == Phase::Done) return false;
  Scope scope(rt_.get(), threads_.get());
  try {
    switch (phase_) {
      case Phase::NotStarted:
        phase_ = Phase::Module;
        vm_.set_step_budget(module_budget());
        handle_module_result(vm_.run_main(code_));
        break;
      case Phase::Module:
        // Module code resumes after asyncio.run returned or raised.
        vm_.set_step_budget(module_budget());
        handle_module_result(main_ok_ ? vm_.resume_main(main_outcome_) : vm_.resume_main_throw(main_outcome_));
        break;
      case Phase::MainLoop:
      case Phase::CancelAll:
      case Phase::Asyncgens:
      case Phase::Executor:
      case Phase::UserLoop:
        // Between two loop steps no native code is half way through
        // anything: a safe point for a due collection (vm/gc.h).
        vm::gc_collect_if_due(vm_);
        loop_step();
        break;
      case Phase::Done:
        break;
    }
  } catch (vm::VMAbort&) {
    Task* t = loop_->current_task();
    if (trace_full_) {
      rt_->aborted = true;
      rt_->abort_message = trace::Recorder::cap_message(rec_.max_events());
    } else if (output_over_) {
      rt_->aborted = true;
      rt_->abort_message = output_message();
    } else if (vm_.memory_aborted()) {
      rt_->aborted = true;
      rt_->abort_message = memory_message();
    } else if (threads_->worker_aborted()) {
      rt_->aborted = true;
      rt_->abort_message = threads_->abort_message();
    } else if (t) {
      rt_->abort_task(*t, vm_.abort_line());
    } else if (!rt_->aborted) {
      rt_->aborted = true;
      rt_->abort_message = sandbox_limit("a callback ran " + std::to_string(opts_.step_budget) +
                                         " steps without returning, at line " + std::to_string(vm_.abort_line()) +
                                         ": it blocks the event loop (step_budget, --step-budget)");
    }
    loop_->set_current_task(nullptr);
    limit(rt_->abort_message);
  }
  if (output_over_ && phase_ != Phase::Done) limit(output_message());
  return phase_ != Phase::Done;
}

void Runner::handle_module_result(vm::ResumeResult r) {
  switch (r.kind) {
    case vm::ResumeKind::Yielded:
      if (is_run_request(r.value)) {
        const RunRequest& req = *r.value.as<RunRequest>();
        if (req.kind == RunKind::AsyncioRun) begin_asyncio_run(req.coro);
        else begin_loop_request(req);
        return;
      }
      limit("module code yielded an unexpected value");
      return;
    case vm::ResumeKind::Returned:
      destroy_tasks_at_exit();
      rt_->alive = false;
      status_ = RunnerStatus::Finished;
      phase_ = Phase::Done;
      return;
    case vm::ResumeKind::Raised:
      fail_uncaught(r.value);
      return;
    case vm::ResumeKind::Aborted:
      if (trace_full_ || output_over_ || vm_.memory_aborted()) {
        limit(trace_full_ ? trace::Recorder::cap_message(rec_.max_events())
                          : output_over_ ? output_message() : memory_message());
        return;
      }
      limit(sandbox_limit("module code ran " + std::to_string(module_budget()) +
                          " steps without finishing (an endless loop?), at line " +
                          std::to_string(vm_.abort_line()) + " (module_step_budget, --module-step-budget)"));
      return;
  }
}

// runners.run: Runner() creates a new loop; Runner.run creates the main
// task and runs the loop until it is done.
void Runner::begin_asyncio_run(const Value& coro) {
  Value loop = make_loop_object(*rt_);
  activate_loop(*loop.as<LoopObj>());
  rt_->policy_loop = loop;  // Runner._lazy_init: set_event_loop(loop)
  rt_->policy_set_called = true;
  loop_->set_running(true);
  set_running_loop(loop_.get());
  install_asyncgen_hooks(*rt_);
  rec_.emit(EventKind::LoopStart, {.task = 0, .obj = loop_->id()});
  main_task_ = create_task_uncapped(coro);
  run_until_complete(FutureRef(main_task_.get()));
  phase_ = Phase::MainLoop;
}

// Module code is not a task and may compute for long (CPython would just
// run it), so it has its own, larger budget (20 task budgets by default,
// about a second): enough for real work, yet an endless loop still ends
// instead of hanging the app.
uint64_t Runner::module_budget() const { return opts_.module_step_budget; }

std::string Runner::output_message() const {
  return sandbox_limit("the program wrote more than " + std::to_string(opts_.max_output) +
                       " bytes of output (max_output, --max-output)");
}

std::string Runner::memory_message() const {
  return "MemoryError: sandbox limit: the program's objects kept growing past twice max_memory (" +
         std::to_string(opts_.max_memory) + " bytes, --max-memory) after MemoryError, at line " +
         std::to_string(vm_.abort_line());
}

void Runner::run_until_complete(const FutureRef& fut) {
  current_fut_ = fut;
  stop_cb_ = NativeCallbackRef(new StopCallback());
  fut->add_done_callback(stop_cb_);
}

void Runner::loop_step() {
  vm_.set_step_budget(opts_.step_budget);
  LoopStep s = loop_->step();
  vm_.set_step_budget(0);
  if (threads_->worker_aborted() && !rt_->aborted) {
    rt_->aborted = true;
    rt_->abort_message = threads_->abort_message();
  }
  if (rt_->aborted) {
    if (trace_full_) rt_->abort_message = trace::Recorder::cap_message(rec_.max_events());
    else if (output_over_) rt_->abort_message = output_message();
    else if (vm_.memory_aborted()) rt_->abort_message = memory_message();
    limit(rt_->abort_message);
    return;
  }
  if (!rt_->escaping.is_null() && phase_ == Phase::MainLoop) {
    // The exception leaves loop.run_until_complete(main): asyncio.run's
    // shutdown (_cancel_all_tasks) runs, then the module sees it raised.
    Value exc = std::move(rt_->escaping);
    rt_->escaping = Value::null();
    current_fut_->remove_done_callback(stop_cb_.get());
    main_escape_ = exc;
    after_run_until_complete();
    return;
  }
  switch (s) {
    case LoopStep::Ran:
      return;
    case LoopStep::Stopped:
      if (phase_ == Phase::UserLoop) after_user_run();
      else after_run_until_complete();
      return;
    case LoopStep::Deadlock:
      limit(deadlock_message());
      return;
    case LoopStep::TimeLimit: {
      char buf[128];
      std::snprintf(buf, sizeof buf, "stopped at --max-time %g virtual seconds (max_time)", opts_.max_time);
      limit(sandbox_limit(buf));
      return;
    }
  }
}

void Runner::after_run_until_complete() {
  FutureRef fut = current_fut_;
  fut->remove_done_callback(stop_cb_.get());
  if (!fut->done() && main_escape_.is_null()) return;  // stopped early (cannot happen: stop() is not exposed)
  switch (phase_) {
    case Phase::MainLoop: {
      if (!main_escape_.is_null()) {
        main_outcome_ = std::move(main_escape_);
        main_escape_ = Value::null();
        main_ok_ = false;
      } else {
        try {
          main_outcome_ = fut->result();
          main_ok_ = true;
        } catch (vm::PyException& e) {
          main_outcome_ = e.value;
          main_ok_ = false;
          // Runner.run: except CancelledError: if self._interrupt_count > 0
          // and task.uncancel() == 0: raise KeyboardInterrupt()
          if (interrupt_count_ > 0 && is_cancelled_error(e.value) && main_task_->uncancel() == 0)
            main_outcome_ = keyboard_interrupt(e.value);
        }
      }
      begin_shutdown();
      return;
    }
    case Phase::CancelAll:
      for (TaskRef& t : to_cancel_) {
        if (t->cancelled()) continue;
        t->log_traceback = false;
        if (!t->exception_value.is_none()) {
          vm_.write_stderr("unhandled exception during asyncio.run() shutdown\ntask: " +
                           future_repr_str(vm_, *t) + "\n" + vm_.format_exception(t->exception_value));
        }
      }
      to_cancel_.clear();
      start_shutdown_task(make_shutdown_asyncgens(*rt_));
      phase_ = Phase::Asyncgens;
      return;
    case Phase::Asyncgens:
      start_shutdown_task(make_shutdown_default_executor(rt_->loop_object));
      phase_ = Phase::Executor;
      return;
    case Phase::Executor:
      finish_asyncio_run();
      return;
    default:
      return;
  }
}

void Runner::begin_shutdown() {
  // runners._cancel_all_tasks: all_tasks() is a set in CPython (address
  // order); creation order here.
  to_cancel_ = all_tasks(*rt_);
  if (to_cancel_.empty()) {
    start_shutdown_task(make_shutdown_asyncgens(*rt_));
    phase_ = Phase::Asyncgens;
    return;
  }
  for (TaskRef& t : to_cancel_) t->cancel();
  std::vector<Value> children;
  for (TaskRef& t : to_cancel_) children.push_back(t.value());
  run_until_complete(gather(*rt_, children, true));
  phase_ = Phase::CancelAll;
}

// loop.run_until_complete(loop.shutdown_asyncgens()) and the executor's
// twin: coroutines with nothing to do here, but each is a Task (it takes a
// Task-N name) and costs loop iterations in which leftover callbacks run.
void Runner::start_shutdown_task(const char* name) {
  start_shutdown_task(Value(new Immediate(name, [](vm::VM&) { return Value(); })));
}

void Runner::start_shutdown_task(const Value& coro) {
  TaskRef t = create_task_uncapped(coro);
  run_until_complete(FutureRef(t.get()));
}

// The runner's own tasks (main, shutdown) do not count against max_tasks.
TaskRef Runner::create_task_uncapped(const Value& coro) {
  uint32_t cap = rt_->max_tasks;
  rt_->max_tasks = 0;
  TaskRef t = create_task(*rt_, coro);
  rt_->max_tasks = cap;
  return t;
}

void Runner::finish_asyncio_run() {
  rec_.emit(EventKind::LoopStop, {.task = 0, .obj = loop_->id()});
  remove_asyncgen_hooks();
  rt_->policy_loop = Value();  // Runner.close: set_event_loop(None)
  abandon_pending_tasks();
  main_task_ = TaskRef();
  current_fut_ = FutureRef();
  stop_cb_ = NativeCallbackRef();
  phase_ = Phase::Module;
}

// Tasks created during the shutdown (runners._cancel_all_tasks cancelled
// only those alive when it began) are still pending when the loop closes.
// One whose step is queued dies with loop._ready, by reference count: its
// Task.__del__ logs "Task was destroyed but it is pending!", then its
// coroutine is closed (finally blocks run, no loop running).  One waiting on
// a future is in a cycle with it; the collector finalizes it at exit.
void Runner::abandon_pending_tasks() {
  std::vector<TaskRef> ready_now;
  for (TaskRef& t : all_tasks(*rt_)) (t->fut_waiter ? destroyed_at_exit_ : ready_now).push_back(t);
  loop_->close();
  loop_->set_running(false);
  set_running_loop(nullptr);
  for (const TaskRef& t : ready_now) destroy_pending_task(t, false);
}

// At exit the collector finalizes each cycle's coroutine before its task
// (the coroutine was created first), so the log shows it done.
void Runner::destroy_tasks_at_exit() {
  std::vector<TaskRef> tasks = std::move(destroyed_at_exit_);
  destroyed_at_exit_.clear();
  for (const TaskRef& t : tasks) destroy_pending_task(t, true);
}

// Task.__del__ (BaseEventLoop.default_exception_handler's log) and the
// coroutine's close() (GeneratorExit into its frame), in the given order.
void Runner::destroy_pending_task(const TaskRef& t, bool close_first) {
  if (t->done()) return;
  t->gc_finalized = true;  // this is its finalizer: the collector must not log it again
  auto close = [&] {
    try {
      vm_.coro_close(t->coro);
    } catch (vm::PyException& e) {
      // _PyErr_WriteUnraisableMsg
      vm_.write_stderr("Exception ignored in: " + vm_.repr_str(t->coro) + "\n" +
                       vm_.format_exception(e.value));
    }
  };
  if (close_first) close();
  vm_.write_stderr("Task was destroyed but it is pending!\ntask: " + future_repr_str(vm_, *t) + "\n");
  if (!close_first) close();
}

void Runner::interrupt() {
  if (phase_ == Phase::Done) return;
  ++interrupt_count_;
  if (interrupt_count_ == 1 && phase_ == Phase::MainLoop && main_task_ && !main_task_->done()) {
    Scope scope(rt_.get(), threads_.get());
    main_task_->cancel();
    // wakeup loop if it is blocked by select() with long timeout
    loop_->call_soon(make_net_handle("Runner._on_sigint.<locals>.<lambda>", [] {}));
    return;
  }
  fail_uncaught(keyboard_interrupt(Value()));
}

Value Runner::keyboard_interrupt(const Value& context) {
  Value ki = vm::make_exception_args(vm::exc().KeyboardInterrupt, {});
  if (!context.is_none()) ki.as<vm::ExceptionObj>()->context = context;
  return ki;
}

void Runner::limit(const std::string& message) {
  opts_.max_output = 0;  // the message itself always gets out
  output_over_ = false;
  rec_.emit_str(EventKind::Limit, message, {.task = 0});
  vm_.write_stderr(message + "\n");
  limit_message_ = message;
  status_ = RunnerStatus::Stopped;
  phase_ = Phase::Done;
  rt_->alive = false;
  remove_asyncgen_hooks();
  loop_->set_running(false);
}

// pythonrun.c handle_system_exit: SystemExit(None or 0) ends the run
// quietly and successfully, SystemExit(int) with that status, any other
// code is printed (its str) and the status is 1.  No traceback.
bool Runner::system_exit(const Value& exc) {
  if (!vm_.isinstance(exc, vm::exc().SystemExit)) return false;
  rt_->alive = false;
  const auto& args = exc.as<vm::ExceptionObj>()->args.as<vm::Tuple>()->items;
  Value code = args.empty() ? Value() : args.size() == 1 ? args[0] : exc.as<vm::ExceptionObj>()->args;
  Value attr = exc.as<vm::ExceptionObj>()->dict->get("code");
  if (!attr.is_null()) code = attr;
  int status = 0;
  if (code.is_intlike()) {
    status = static_cast<int>(code.as_int());
  } else if (!code.is_none()) {
    std::string text;
    try {
      text = vm_.to_str(code);
    } catch (vm::PyException&) {
      text = "<exception str() failed>";
    }
    vm_.write_stderr(text + "\n");
    status = 1;
  }
  rec_.emit_str(EventKind::ExcUncaught, "SystemExit", {.task = 0});
  destroy_tasks_at_exit();
  status_ = status == 0 ? RunnerStatus::Finished : RunnerStatus::Failed;
  failed_status_ = status;
  phase_ = Phase::Done;
  main_outcome_ = Value();
  return true;
}

void Runner::fail_uncaught(const Value& exc) {
  if (system_exit(exc)) return;
  rt_->alive = false;
  remove_asyncgen_hooks();
  keyboard_interrupt_ = vm_.isinstance(exc, vm::exc().KeyboardInterrupt);
  std::string text = vm_.format_exception(exc);
  if (!text.empty() && text.back() != '\n') text += '\n';
  rec_.emit_str(EventKind::ExcUncaught, last_line(text), {.task = 0});
  vm_.write_stderr(text);
  destroy_tasks_at_exit();
  status_ = RunnerStatus::Failed;
  phase_ = Phase::Done;
  // As at CPython's exit, the exception (and the frames it keeps alive)
  // dies after its traceback is printed: "never awaited" warnings follow it.
  main_outcome_ = Value();
}

// What each task waits on first, the cause last in Python's shape, as a
// traceback ends (CPython itself would wait forever here).
std::string Runner::deadlock_message() {
  std::string m = "deadlock: every task waits and nothing left can wake one:";
  for (TaskRef& t : all_tasks(*rt_)) {
    m += "\n  Task '" + t->name_str() + "' (coroutine " + t->coro_name + ")";
    int line = vm_.coro_line(t->coro);
    if (line > 0) m += " at line " + std::to_string(line);
    if (t->fut_waiter) m += " waits on " + future_repr_str(vm_, *t->fut_waiter);
  }
  m += "\nRuntimeError: sandbox limit: deadlock: no callback is ready, no timer is scheduled and no I/O can "
       "complete, but the main task is not done (CPython would wait forever)";
  return m;
}

}  // namespace sandbox::runtime
