// The runtime of one running program: the VM, the loop, the recorder, and
// the Python-visible asyncio types.  One per session; the runner makes it
// current (thread-local) around every step so that natives called by the VM
// (asyncio.sleep, fut.set_result, ...) find their loop.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "runtime/event_loop.h"
#include "trace/recorder.h"
#include "vm/vm.h"

namespace sandbox::runtime {

// The asyncio classes, created once per process like the builtin types.
struct AsyncioTypes {
  vm::Type* Future;
  vm::Type* Task;
  vm::Type* GatheringFuture;  // tasks._GatheringFuture(Future)
  vm::Type* FutureIter;       // what `await fut` delegates to (Future.__await__)
  vm::Type* Handle;           // loop.call_soon's result
  vm::Type* TimerHandle;      // loop.call_later / call_at's result
  vm::Type* Loop;             // get_running_loop()'s result
  vm::Type* NativeCoro;       // asyncio.sleep(), wait_for(), ... coroutine objects
  vm::Type* CancelledError;   // asyncio.exceptions.CancelledError(BaseException)
  vm::Type* InvalidStateError;
  vm::Type* Timeout;          // asyncio.timeouts.Timeout
  vm::Type* TaskGroup;
  vm::Type* AsCompletedIter;  // as_completed()'s generator
};
const AsyncioTypes& atypes();

class Runtime {
 public:
  Runtime(vm::VM& vm, EventLoop& loop, trace::Recorder& rec) : vm(vm), loop(loop), rec(rec) {}
  vm::VM& vm;
  EventLoop& loop;
  trace::Recorder& rec;
  uint64_t task_name_counter = 0;  // tasks._task_name_counter (Task-1, Task-2, ...)
  uint64_t future_counter = 0;     // creation order of futures: their hash (sets of tasks)
  vm::Value loop_object;           // the active LoopObj (loop_object.h): get_running_loop() while it runs
  // BaseDefaultEventLoopPolicy._local: set_event_loop's loop and whether
  // it was ever called (get_event_loop() then no longer creates one).
  vm::Value policy_loop;
  std::vector<struct LoopObj*> loops;  // every loop object alive (not owned)
  bool policy_set_called = false;
  // The simulated network (rtio's NetPoller), made and installed in the
  // loop by the first open_connection/start_server.
  std::unique_ptr<IoPoller> io_poller;

  // A task step ran out of its instruction budget: the run must stop.
  void abort_task(struct Task& t, int line);
  bool aborted = false;
  // A SystemExit or KeyboardInterrupt a task step raised: Task.__step
  // re-raises those, so they leave run_until_complete (the runner takes it).
  vm::Value escaping = vm::Value::null();
  std::string abort_message;       // "Task 'Task-2' (coroutine spin) blocked the event loop: ..."
  uint64_t step_budget = 0;        // set by the Runner from its Limits
  // Resource caps (RunnerOptions): tasks registered at once, open sockets.
  uint32_t max_tasks = 0;          // 0 = no cap
  uint32_t max_sockets = 0;
  uint32_t live_tasks = 0;         // tasks registered in the loop now (pending or still referenced)
  // False once the program is over: futures freed during teardown stay quiet.
  bool alive = true;
  int64_t none_str = -1;           // the trace's interned "None"
};

// fut._loop.call_soon(h): the loop the future belongs to (`loop_id`), which
// may be a parked one (loop_api.cpp).
void call_soon_on(Runtime& rt, uint32_t loop_id, const HandleRef& h, uint64_t cause = EventLoop::kNoCause);

// Future.__del__ / the C FutureObj_finalize: a future whose exception nobody
// retrieved logs "Future exception was never retrieved" (or Task ...) with
// the traceback on stderr when it is freed.
void log_never_retrieved(struct Future& f);

// call_exception_handler for a callback that raised ("Exception in callback
// ..." and the traceback on stderr, as the default handler logs it).
void report_callback_exception(Runtime& rt, const vm::Value& callback, const vm::Value& exc,
                               std::span<const vm::Value> args = {});
// format_helpers._format_callback_source(callback, args): "work(1, 'a') at x.py:3".
std::string format_callback_source(vm::VM& vm, const vm::Value& fn, std::span<const vm::Value> args);

// The runtime whose program is running on this thread (nullptr outside).
Runtime* current_runtime();
void set_current_runtime(Runtime* rt);
// The running runtime, or RuntimeError('no running event loop') like
// events.get_running_loop().
Runtime& running_runtime();

// repr() for the trace: builtin values only, never user __repr__ (which could
// print or raise), shortened past max_len characters.
std::string trace_repr(vm::VM& vm, const vm::Value& v, size_t max_len = 120);
// Records kind with arg = trace_repr(v): short texts ("None", "3") are
// interned so that a million sleeps store one "None".
uint64_t emit_repr(Runtime& rt, trace::EventKind kind, const vm::Value& v, trace::Recorder::Fields f);

}  // namespace sandbox::runtime
