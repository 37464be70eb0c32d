// asyncio.Future (Lib/asyncio/futures.py, as the C accelerator behaves):
// a result, an exception or a cancellation that arrives later, with done
// callbacks that are always run through loop.call_soon, in the order added.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/handle.h"
#include "runtime/ref.h"
#include "trace/event.h"
#include "vm/object.h"
#include "vm/value.h"

namespace sandbox::runtime {

class EventLoop;
class Runtime;
struct Future;

// A done callback written in C++ (Task.__wakeup, gather's _done_callback,
// _release_waiter, ...).  Identity is what remove_done_callback compares.
class NativeCallback : public RefCounted {
 public:
  explicit NativeCallback(trace::HandleKind kind = trace::HandleKind::FutureCallback,
                          uint32_t task = 0)
      : kind(kind), task(task) {}
  virtual void call(Runtime& rt, Future& fut) = 0;
  virtual std::string_view describe() const { return "done callback"; }
  trace::HandleKind kind;
  uint32_t task;  // the task it wakes (trace), 0 = none
};
using NativeCallbackRef = RcPtr<NativeCallback>;

// One entry of Future._callbacks: a Python callable or a native callback.
struct DoneCallback {
  vm::Value fn;               // Python callable (None when native is set)
  NativeCallbackRef native;
};

struct Future : vm::GcObj {
  enum class State : uint8_t { Pending, Cancelled, Finished };

  Future(vm::Type* type, Runtime& rt, trace::FutureKind kind = trace::FutureKind::Plain);
  ~Future() override;

  // --- the Future API (each mirrors the method of the same name) ----------
  bool done() const { return state != State::Pending; }
  bool cancelled() const { return state == State::Cancelled; }
  // result()/exception(): throw PyException (CancelledError, InvalidStateError,
  // the stored exception) like CPython.
  vm::Value result();
  vm::Value exception();
  // Future.cancel; Task and _GatheringFuture override it.
  virtual bool cancel(const vm::Value& msg = vm::Value());
  void set_result(const vm::Value& v);     // InvalidStateError('invalid state') if done
  void set_exception(const vm::Value& exc);
  void add_done_callback(DoneCallback cb);
  void add_done_callback(const NativeCallbackRef& cb) { add_done_callback(DoneCallback{vm::Value(), cb}); }
  size_t remove_done_callback(const vm::Value& fn);     // Python callable (==)
  size_t remove_done_callback(const NativeCallback* cb); // identity
  // Future._make_cancelled_error
  vm::Value make_cancelled_error();

  // FutureObj_traverse / FutureObj_clear / FutureObj_finalize ("exception
  // was never retrieved"); Task adds its own.
  void gc_traverse(vm::GcVisitor& v) override;
  void gc_clear() override;
  bool gc_needs_finalize() const override;
  void gc_finalize(vm::VM& vm) override;

  // --- fields (Future's attributes) -------------------------------------
  Runtime* rt;
  State state = State::Pending;
  vm::Value result_value;                 // _result
  vm::Value exception_value;              // _exception (None = none)
  vm::Value cancel_message = vm::Value::null();  // _cancel_message (null = None)
  vm::Value cancelled_exc;                // _cancelled_exc (None = none)
  std::vector<DoneCallback> callbacks;    // _callbacks
  vm::HeapCharge callbacks_mem;           // callbacks' capacity (vm/heap.h), synced where it changes
  bool blocking = false;                  // _asyncio_future_blocking
  bool log_traceback = false;             // __log_traceback
  bool is_task = false;
  // --- trace ---------------------------------------------------------------
  uint32_t id = 0;
  uint32_t loop_id = 0;                   // trace id of the loop it belongs to (_loop)
  uint64_t hash_seq = 0;                  // hash(): creation order, never the address
  trace::FutureKind kind;
  // What a task awaiting this future waits on (TaskStepEnd); creators of
  // waiter futures (queues, locks) set it.
  trace::WaitKind wait_kind = trace::WaitKind::Future;
  uint64_t done_seq = ~uint64_t{0};       // event that finished it (cause of wake-ups)

 protected:
  // Future.__schedule_callbacks: call_soon every callback, clear the list.
  void schedule_callbacks(uint64_t cause);
  // Shared tail of set_result/set_exception/cancel: state set, event recorded.
  void finish(uint64_t seq);
};

using FutureRef = vm::Ref<Future>;

// Is v an asyncio Future (or Task)?  futures.isfuture
bool is_future(const vm::Value& v);
inline Future* as_future(const vm::Value& v) { return v.as<Future>(); }

// loop.create_future()
FutureRef new_future(Runtime& rt, trace::FutureKind kind = trace::FutureKind::Plain);

// futures._set_result_unless_cancelled as a native timer handle (sleep).
HandleRef make_set_result_unless_cancelled(Runtime& rt, const FutureRef& fut, vm::Value result);

// A handle that runs one done callback: callback(fut).
HandleRef make_callback_handle(Runtime& rt, DoneCallback cb, const FutureRef& fut);

// Installs the Future type's methods (called once by atypes()).
void init_future_type(vm::Type* t);
vm::Value future_repr(vm::VM& vm, const vm::Value& self);

// The FutureIter of `await fut` (Future.__await__): yields the future once
// with _asyncio_future_blocking set unless it is already done, then returns
// result() (or raises).
struct FutureIter : vm::NativeCoroutine {
  explicit FutureIter(FutureRef f);
  vm::ResumeResult send(vm::VM& vm, const vm::Value& v) override;
  vm::ResumeResult throw_(vm::VM& vm, const vm::Value& exc) override;
  std::string qualname() const override { return "Future.__await__"; }
  void gc_traverse(vm::GcVisitor& v) override { v(fut); }
  FutureRef fut;
  bool yielded = false;
};
vm::Value future_await(vm::VM& vm, const vm::Value& self);  // Type::await_ slot

}  // namespace sandbox::runtime
