// The Python face of the event loop (what asyncio.get_running_loop() returns)
// and of its handles: time, call_soon, call_later, call_at, create_future,
// create_task; Handle/TimerHandle with cancel(), cancelled(), when().
#pragma once
#include <string>

#include "runtime/event_loop.h"
#include "runtime/handle.h"
#include "vm/object.h"

namespace sandbox::runtime {

class Runtime;

// One Python event loop.  The runtime has one EventLoop; the loop object
// whose state it holds is `rt->loop_object` ("active"), every other loop
// keeps its ready deque, timers and closed flag in `parked` (LoopState).
struct LoopObj : vm::GcObj {
  explicit LoopObj(Runtime& rt);
  ~LoopObj() override;
  void gc_traverse(vm::GcVisitor& v) override {
    v(exception_handler);
    v(default_executor);
  }
  void gc_clear() override {
    exception_handler = vm::Value();
    default_executor = vm::Value();
  }
  Runtime* rt;
  LoopState parked;
  vm::Value exception_handler;  // _exception_handler (None = the default)
  vm::Value default_executor;   // _default_executor (executor.cpp; None until first used)
  bool executor_shutdown_called = false;  // _executor_shutdown_called
  bool debug = false;           // _debug
};

struct HandleObj : vm::GcObj {
  HandleObj(vm::Type* t, Runtime& rt, HandleRef h);
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, handle); }
  Runtime* rt;
  HandleRef handle;
  std::string source;  // _format_callback_source of a Python callback ("" = describe())
};

// events.new_event_loop(): a new, not yet active loop.  The program's first
// loop takes over the EventLoop's initial state (and its trace id).
vm::Value make_loop_object(Runtime& rt);
void init_loop_types();

// --- loop_api.cpp ---------------------------------------------------------
bool loop_is_active(const LoopObj& l);
bool loop_is_closed(const LoopObj& l);
bool loop_is_running(const LoopObj& l);
// Makes `l` the loop whose state the EventLoop holds (parking the active
// one).  RuntimeError while another loop runs.
EventLoop& activate_loop(LoopObj& l);
// The loop methods of BaseEventLoop that run, stop, close it and handle
// exceptions (run_until_complete, run_forever, stop, close,
// {set,get,call}_exception_handler, default_exception_handler, set_debug).
void init_loop_api_methods(vm::Type* loop_type);
// The asyncio functions about loops: new_event_loop, get_event_loop,
// set_event_loop, Runner, iscoroutinefunction, the subprocess functions.
void register_loop_api(vm::VM& vm, vm::Module& m);
// BaseEventLoop.call_exception_handler(context) on the loop in use, from
// the except clause that caught context['exception'].
void call_exception_handler(Runtime& rt, const vm::Value& context);
// The custom handler of the loop in use (None = the default one logs).
vm::Value custom_exception_handler(Runtime& rt);
// A Handle object for a context's 'handle': its repr shows `source`.
vm::Value context_handle(Runtime& rt, std::string source);
// Future(): the running loop, else get_event_loop()'s (made the active one).
Runtime& future_ctor_runtime();

}  // namespace sandbox::runtime
