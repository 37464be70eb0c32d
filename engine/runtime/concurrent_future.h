// concurrent.futures.Future (Lib/concurrent/futures/_base.py) on the
// deterministic threads, and asyncio's bridges to it (asyncio/futures.py
// wrap_future and _chain_future, tasks.run_coroutine_threadsafe).
//
// result(timeout)/exception(timeout) block the calling thread through the
// scheduler (a worker waits while the loop goes on); done callbacks run in
// the thread that finishes the future, as in CPython; a future finished in
// a worker reaches the loop through call_soon_threadsafe.
#pragma once
#include <cstdint>
#include <vector>

#include "runtime/future.h"
#include "runtime/threads.h"
#include "vm/object.h"

namespace sandbox::runtime {

class Runtime;

struct ConcFuture : vm::GcObj {
  // _base.py's PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED
  enum class State : uint8_t { Pending, Running, Cancelled, CancelledAndNotified, Finished };
  // A done callback: a Python callable, or one of _chain_future's closures
  // (their one captured future in `other`).
  enum class CbKind : uint8_t { Python, SetStateOnLoop, CancelSourceOnLoop };
  struct Callback {
    CbKind kind;
    vm::Value fn;  // Python: the callable; otherwise the other future
  };

  explicit ConcFuture(Runtime& rt);
  void gc_traverse(vm::GcVisitor& v) override;
  void gc_clear() override;

  bool done() const { return state == State::Cancelled || state == State::CancelledAndNotified || state == State::Finished; }
  bool cancelled() const { return state == State::Cancelled || state == State::CancelledAndNotified; }
  bool cancel();
  bool set_running_or_notify_cancel();
  void set_result(const vm::Value& v);
  void set_exception(const vm::Value& exc);
  void add_done_callback(Callback cb);
  // result(timeout) / exception(timeout): timeout < 0 = None.
  vm::Value result(double timeout);
  vm::Value exception(double timeout);

  Runtime* rt;
  State state = State::Pending;
  vm::Value result_value;
  vm::Value exception_value;  // None = none
  std::vector<Callback> callbacks;
  std::vector<ThreadId> waiters;  // threads blocked in result()/exception()
  uint32_t id = 0;                // trace id
  uint64_t done_seq = ~uint64_t{0};  // the event that finished it

 private:
  void notify_all();
  void invoke_callbacks();
  void wait(double timeout);
};

using ConcFutureRef = vm::Ref<ConcFuture>;

bool is_conc_future(const vm::Value& v);
ConcFutureRef new_conc_future(Runtime& rt);
// futures._chain_future(source=conc, destination=asyncio future): what
// wrap_future and run_in_executor do.
void chain_to_asyncio(Runtime& rt, const ConcFutureRef& source, const FutureRef& dest);

// Registers concurrent's Future type and asyncio's wrap_future and
// run_coroutine_threadsafe in the asyncio module.
void register_concurrent_types(vm::VM& vm, vm::Module& m);
// The concurrent.futures exception classes (_base.CancelledError, ...).
vm::Type* conc_cancelled_error_type();

}  // namespace sandbox::runtime
