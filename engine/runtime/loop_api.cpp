// The event loop API outside asyncio.run (CPython 3.11.7: events.py's
// policy functions, base_events.py's run/stop/close and exception handlers,
// runners.Runner).  Running a loop suspends the module code with a
// RunRequest (run.h) that the Runner services step by step, exactly as it
// does for asyncio.run.
#include <algorithm>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/executor.h"
#include "runtime/threads.h"
#include "runtime/future.h"
#include "runtime/loop_object.h"
#include "runtime/run.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "runtime/task_stack.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

bool loop_is_active(const LoopObj& l) {
  return l.rt->loop_object.is_obj() && l.rt->loop_object.as_obj() == &l;
}
bool loop_is_closed(const LoopObj& l) { return loop_is_active(l) ? l.rt->loop.is_closed() : l.parked.closed; }
bool loop_is_running(const LoopObj& l) { return loop_is_active(l) && l.rt->loop.is_running(); }

EventLoop& activate_loop(LoopObj& l) {
  Runtime& rt = *l.rt;
  if (loop_is_active(l)) return rt.loop;
  // Only one EventLoop exists: a loop that is not running cannot take it
  // from the running one (CPython could queue callbacks on it meanwhile).
  if (rt.loop.is_running())
    vm::throw_runtime_error("sandbox: cannot use another event loop while one is running");
  if (rt.loop_object.is_obj()) rt.loop.swap_state(rt.loop_object.as<LoopObj>()->parked);
  rt.loop.swap_state(l.parked);
  rt.loop_object = Value(&l);
  return rt.loop;
}

void call_soon_on(Runtime& rt, uint32_t loop_id, const HandleRef& h, uint64_t cause) {
  if (loop_id == rt.loop.id() || loop_id == 0) {
    rt.loop.call_soon(h, cause);
    return;
  }
  for (LoopObj* l : rt.loops) {
    if (!loop_is_active(*l) && l->parked.id == loop_id) {
      rt.loop.call_soon_parked(l->parked, h);
      return;
    }
  }
  // The loop object is gone: nothing will ever run the callback.
}

namespace {

LoopObj* self_loop(Args a, const char* method) {
  if (a.empty() || a[0].type() != atypes().Loop)
    vm::throw_type_error("descriptor '%s' requires an event loop", method);
  return a[0].as<LoopObj>();
}

// BaseEventLoop._check_closed / _check_running
void check_closed(const LoopObj& l) {
  if (loop_is_closed(l)) vm::throw_runtime_error("Event loop is closed");
}
void check_running(const LoopObj& l) {
  if (ThreadScheduler* s = current_threads(); s && s->in_worker())
    vm::throw_runtime_error("sandbox: running an event loop in a worker thread is not supported "
                            "(the program's event loop runs in the main thread)");
  if (loop_is_running(l)) vm::throw_runtime_error("This event loop is already running");
  if (running_loop() != nullptr) vm::throw_runtime_error("Cannot run the event loop while another loop is running");
}

void suspend_for(vm::VM& vm, RunKind kind, const Value& loop, const Value& fut, bool new_task = false) {
  vm::Ref<RunRequest> req(new RunRequest(kind, loop, fut));
  req->new_task = new_task;
  vm.suspend(Value(req.get()));
}

// BaseEventLoop.run_until_complete
Value l_run_until_complete(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  LoopObj* l = self_loop(a, "run_until_complete");
  const Value& future = need_arg(a, kw, 1, "future", "run_until_complete");
  check_closed(*l);
  check_running(*l);
  activate_loop(*l);
  bool new_task = !is_future(future);
  FutureRef fut = ensure_future(*l->rt, future);
  suspend_for(vm, RunKind::UntilComplete, a[0], fut.value(), new_task);
  return Value();
}

// BaseEventLoop.run_forever
Value l_run_forever(vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
  LoopObj* l = self_loop(a, "run_forever");
  check_closed(*l);
  check_running(*l);
  activate_loop(*l);
  suspend_for(vm, RunKind::Forever, a[0], Value());
  return Value();
}

// BaseEventLoop.stop: the loop stops after the iteration it is in (or its
// next one).
Value l_stop(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  LoopObj* l = self_loop(a, "stop");
  if (loop_is_active(*l)) l->rt->loop.stop();
  else l->parked.stopping = true;
  return Value();
}

// BaseEventLoop.close: ready callbacks and timers are dropped.
Value l_close(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  LoopObj* l = self_loop(a, "close");
  if (loop_is_running(*l)) vm::throw_runtime_error("Cannot close a running event loop");
  if (loop_is_closed(*l)) return Value();
  if (loop_is_active(*l)) {
    l->rt->loop.close();
  } else {
    l->parked.closed = true;
    l->parked.ready.clear();
    l->parked.scheduled.items().clear();
    l->parked.timer_cancelled_count = 0;
  }
  // The default executor is shut down without waiting (its workers end
  // when they are next idle).
  l->executor_shutdown_called = true;
  shutdown_executor_nowait(*l);
  return Value();
}

Value l_is_running(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(loop_is_running(*self_loop(a, "is_running")));
}
Value l_is_closed(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(loop_is_closed(*self_loop(a, "is_closed")));
}
Value l_get_debug(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::boolean(self_loop(a, "get_debug")->debug);
}
// Only the flag: debug mode's extra checks and logs (slow callbacks, source
// tracebacks) are not modelled.
Value l_set_debug(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  LoopObj* l = self_loop(a, "set_debug");
  l->debug = vm.truthy(need_arg(a, kw, 1, "enabled", "set_debug"));
  return Value();
}

Value l_set_exception_handler(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  LoopObj* l = self_loop(a, "set_exception_handler");
  const Value& h = need_arg(a, kw, 1, "handler", "set_exception_handler");
  if (!h.is_none() && !vm.callable(h))
    vm::throw_type_error("A callable object or None is expected, got %s", vm.repr_str(h).c_str());
  l->exception_handler = h;
  return Value();
}
Value l_get_exception_handler(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  return self_loop(a, "get_exception_handler")->exception_handler;
}

// BaseEventLoop.default_exception_handler: the message, the other keys in
// sorted order as "key: repr(value)", then the exception's traceback,
// logged by logging's last-resort handler on stderr.
void default_handler(vm::VM& vm, const Value& context) {
  if (context.type() != vm::types().dict) vm::throw_type_error("context must be a dict");
  vm::Dict* d = context.as<vm::Dict>();
  Value message = d->get(std::string_view("message"));
  std::string text = message.is_null() || !vm.truthy(message) ? "Unhandled exception in event loop"
                                                              : vm.to_str(message);
  Value exc = d->get(std::string_view("exception"));
  std::vector<std::pair<std::string, Value>> rest;
  d->for_each([&](const Value& k, const Value& v) {
    if (k.type() != vm::types().str) return;
    const std::string& key = k.as<vm::Str>()->s;
    if (key != "message" && key != "exception") rest.emplace_back(key, v);
  });
  std::sort(rest.begin(), rest.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& [key, v] : rest) text += "\n" + key + ": " + vm.repr_str(v);
  if (!exc.is_null() && !exc.is_none()) {
    std::string tb = vm.format_exception(exc);
    while (!tb.empty() && tb.back() == '\n') tb.pop_back();
    text += "\n" + tb;
  }
  vm.write_stderr(text + "\n");
}

Value l_default_exception_handler(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  self_loop(a, "default_exception_handler");
  default_handler(vm, need_arg(a, kw, 1, "context", "default_exception_handler"));
  return Value();
}

// `in_except`: called while the loop handles context['exception'] (the
// callback's error), so an error of the handler chains to it.
void call_handler(vm::VM& vm, LoopObj& l, const Value& context, bool in_except) {
  if (l.exception_handler.is_none()) {
    try {
      default_handler(vm, context);
    } catch (vm::PyException& e) {
      if (vm.isinstance(e.value, vm::exc().SystemExit) || vm.isinstance(e.value, vm::exc().KeyboardInterrupt)) throw;
      vm.write_stderr("Exception in default exception handler\n" + vm.format_exception(e.value));
    }
    return;
  }
  try {
    Value handler = l.exception_handler;
    vm.call(handler, {Value(&l), context});
  } catch (vm::PyException& e) {
    if (vm.isinstance(e.value, vm::exc().SystemExit) || vm.isinstance(e.value, vm::exc().KeyboardInterrupt)) throw;
    // Exception in the user set custom exception handler: the default
    // handler reports it.  Raised while the loop handled the context's
    // exception (Handle._run's except clause), it chains to it.
    Value handled = context.type() == vm::types().dict ? context.as<vm::Dict>()->get(std::string_view("exception"))
                                                       : Value::null();
    if (in_except && !handled.is_null() && vm.isinstance(handled, vm::exc().BaseException) &&
        vm.isinstance(e.value, vm::exc().BaseException) && handled.as_obj() != e.value.as_obj()) {
      auto* raised = e.value.as<vm::ExceptionObj>();
      if (raised->context.is_none() || raised->context.is_null()) raised->context = handled;
    }
    Value ctx = vm::make_dict();
    vm::Dict* d = ctx.as<vm::Dict>();
    d->set(std::string_view("message"), vm::make_str("Unhandled error in exception handler"));
    d->set(std::string_view("exception"), e.value);
    d->set(std::string_view("context"), context);
    default_handler(vm, ctx);
  }
}

Value l_call_exception_handler(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  LoopObj* l = self_loop(a, "call_exception_handler");
  call_handler(vm, *l, need_arg(a, kw, 1, "context", "call_exception_handler"), false);
  return Value();
}

// --- the policy (BaseDefaultEventLoopPolicy, main thread) --------------------

Runtime& module_runtime() {
  Runtime* rt = current_runtime();
  if (!rt) vm::throw_runtime_error("no running event loop");
  return *rt;
}

Value a_new_event_loop(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  if (!a.empty() || (kw && kw->size())) vm::throw_type_error("new_event_loop() takes 0 positional arguments but %zu were given", a.size());
  return make_loop_object(module_runtime());
}

// events.get_event_loop (3.11.7): the running loop, else the policy's,
// which makes one the first time when set_event_loop was never called.
Value policy_get_event_loop(Runtime& rt) {
  if (rt.loop.is_running()) return rt.loop_object;
  if (rt.policy_loop.is_none() && !rt.policy_set_called) {
    rt.policy_loop = make_loop_object(rt);
    rt.policy_set_called = true;
  }
  if (rt.policy_loop.is_none())
    vm::throw_runtime_error("There is no current event loop in thread 'MainThread'.");
  return rt.policy_loop;
}

Value a_get_event_loop(vm::VM&, NativeFunction*, Args, const KwArgs*) {
  return policy_get_event_loop(module_runtime());
}

Value a_set_event_loop(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Runtime& rt = module_runtime();
  const Value& loop = need_arg(a, kw, 0, "loop", "set_event_loop");
  rt.policy_set_called = true;
  if (!loop.is_none() && loop.type() != atypes().Loop)
    vm::throw_type_error("loop must be an instance of AbstractEventLoop or None, not '%s'",
                         loop.type()->name.c_str());
  rt.policy_loop = loop;
  return Value();
}

// inspect.iscoroutinefunction (functools.partial and bound methods unwrapped).
Value a_iscoroutinefunction(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Value f = need_arg(a, kw, 0, "func", "iscoroutinefunction");
  for (int guard = 0; guard < 100 && f.type() == vm::types().bound_method; ++guard) f = f.as<vm::BoundMethod>()->func;
  bool yes = f.type() == vm::types().function && f.as<vm::Function>()->code &&
             f.as<vm::Function>()->code->is_coroutine && !f.as<vm::Function>()->code->is_generator;
  return Value::boolean(yes);
}

// The sandbox has no processes to start: the subprocess API says so.
Value a_no_subprocess(vm::VM&, NativeFunction* self, Args, const KwArgs*) {
  vm::throw_exception(vm::exc().NotImplementedError,
                      "asyncio." + self->name + "(): the sandbox runs no processes (subprocesses are not simulated)");
}

// --- asyncio.Runner (runners.py 3.11.7) --------------------------------------

enum class RunnerState : uint8_t { Created, Initialized, Closed };

struct RunnerObj : vm::GcObj {
  explicit RunnerObj(vm::Type* t) : vm::GcObj(t) {}
  void gc_traverse(vm::GcVisitor& v) override {
    v(loop);
    v(debug);
  }
  void gc_clear() override {
    loop = Value();
    debug = Value();
  }
  RunnerState state = RunnerState::Created;
  Value loop;
  Value debug;
};

vm::Type* runner_type() {
  static vm::Type* t = [] {
    vm::Type* ty = vm::make_type("Runner", vm::types().object, "asyncio.runners");
    vm::incref(ty);
    return ty;
  }();
  return t;
}

RunnerObj* self_runner(vm::VM& vm, Args a, const char* method) {
  if (a.empty() || !vm.isinstance(a[0], runner_type()))
    vm::throw_type_error("descriptor '%s' requires a 'Runner' object", method);
  return a[0].as<RunnerObj>();
}

Value runner_new(vm::VM&, vm::Type* cls, Args a, const KwArgs* kw) {
  if (!a.empty()) vm::throw_type_error("Runner.__init__() takes 1 positional argument but %zu were given", a.size() + 1);
  vm::Ref<RunnerObj> r(new RunnerObj(cls));
  if (kw) {
    for (size_t i = 0; i < kw->size(); ++i) {
      std::string_view name = kw->name(i);
      if (name == "debug") r->debug = *kw->get(name);
      else if (name == "loop_factory") {
        if (!kw->get(name)->is_none())
          vm::throw_exception(vm::exc().NotImplementedError, "sandbox: Runner(loop_factory=...) is not supported");
      } else {
        vm::throw_type_error("Runner.__init__() got an unexpected keyword argument '%.*s'",
                             static_cast<int>(name.size()), name.data());
      }
    }
  }
  return Value(r.get());
}

// Runner._lazy_init
void runner_lazy_init(vm::VM& vm, RunnerObj& r) {
  if (r.state == RunnerState::Closed) vm::throw_runtime_error("Runner is closed");
  if (r.state == RunnerState::Initialized) return;
  Runtime& rt = module_runtime();
  r.loop = make_loop_object(rt);
  rt.policy_loop = r.loop;
  rt.policy_set_called = true;
  if (!r.debug.is_none()) r.loop.as<LoopObj>()->debug = vm.truthy(r.debug);
  r.state = RunnerState::Initialized;
}

Value runner_run(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  RunnerObj* r = self_runner(vm, a, "run");
  const Value& coro = need_arg(a, kw, 1, "coro", "run");
  if (!vm.is_coroutine(coro)) vm::throw_value_error("a coroutine was expected, got %s", vm.repr_str(coro).c_str());
  if (running_loop() != nullptr)
    vm::throw_runtime_error("Runner.run() cannot be called from a running event loop");
  runner_lazy_init(vm, *r);
  LoopObj* l = r->loop.as<LoopObj>();
  check_closed(*l);
  activate_loop(*l);
  TaskRef task = create_task(*l->rt, coro);
  suspend_for(vm, RunKind::UntilComplete, r->loop, task.value());
  return Value();
}

Value runner_get_loop(vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
  RunnerObj* r = self_runner(vm, a, "get_loop");
  runner_lazy_init(vm, *r);
  return r->loop;
}

// Runner.close: the shutdown runs the loop (cancel the tasks left,
// shutdown_asyncgens, shutdown_default_executor), then set_event_loop(None)
// and loop.close().
Value runner_close(vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
  RunnerObj* r = self_runner(vm, a, "close");
  if (r->state != RunnerState::Initialized) return Value();
  Value loop = r->loop;
  r->loop = Value();
  r->state = RunnerState::Closed;
  LoopObj* l = loop.as<LoopObj>();
  if (loop_is_closed(*l)) {
    l->rt->policy_loop = Value();
    return Value();
  }
  activate_loop(*l);
  suspend_for(vm, RunKind::Shutdown, loop, Value());
  return Value();
}

Value runner_enter(vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
  runner_lazy_init(vm, *self_runner(vm, a, "__enter__"));
  return a[0];
}

// `with Runner() as r:` leaving normally calls __exit__ through a call the
// module code can be suspended at.  Leaving with an exception cannot suspend
// there (WITH_EXCEPT_START), so the loop is closed without its shutdown
// run: tasks still pending are not cancelled first.
Value runner_exit(vm::VM& vm, NativeFunction* nf, Args a, const KwArgs* kw) {
  RunnerObj* r = self_runner(vm, a, "__exit__");
  bool with_exception = a.size() > 1 && !a[1].is_none();
  if (!with_exception) return runner_close(vm, nf, a.subspan(0, 1), kw);
  if (r->state != RunnerState::Initialized) return Value();
  LoopObj* l = r->loop.as<LoopObj>();
  r->loop = Value();
  r->state = RunnerState::Closed;
  l->rt->policy_loop = Value();
  if (!loop_is_closed(*l)) {
    activate_loop(*l);
    l->rt->loop.close();
  }
  return Value::boolean(false);
}

void def(vm::Module& m, const char* name, vm::NativeFn fn) {
  m.dict->set(std::string_view(name), vm::make_native(name, fn));
}

}  // namespace

void call_exception_handler(Runtime& rt, const Value& context) {
  if (!rt.loop_object.is_obj()) return;
  call_handler(rt.vm, *rt.loop_object.as<LoopObj>(), context, true);
}

void init_loop_api_methods(vm::Type* l) {
  vm::add_method(l, "run_until_complete", l_run_until_complete);
  vm::add_method(l, "run_forever", l_run_forever);
  vm::add_method(l, "stop", l_stop);
  vm::add_method(l, "close", l_close);
  vm::add_method(l, "is_running", l_is_running);
  vm::add_method(l, "is_closed", l_is_closed);
  vm::add_method(l, "get_debug", l_get_debug);
  vm::add_method(l, "set_debug", l_set_debug);
  vm::add_method(l, "set_exception_handler", l_set_exception_handler);
  vm::add_method(l, "get_exception_handler", l_get_exception_handler);
  vm::add_method(l, "default_exception_handler", l_default_exception_handler);
  vm::add_method(l, "call_exception_handler", l_call_exception_handler);
}

void register_loop_api(vm::VM&, vm::Module& m) {
  def(m, "new_event_loop", a_new_event_loop);
  def(m, "get_event_loop", a_get_event_loop);
  def(m, "set_event_loop", a_set_event_loop);
  def(m, "iscoroutinefunction", a_iscoroutinefunction);
  def(m, "create_subprocess_exec", a_no_subprocess);
  def(m, "create_subprocess_shell", a_no_subprocess);
  static bool types_done = false;
  vm::Type* rt = runner_type();
  if (!types_done) {
    types_done = true;
    rt->new_ = runner_new;
    vm::add_method(rt, "run", runner_run);
    vm::add_method(rt, "get_loop", runner_get_loop);
    vm::add_method(rt, "close", runner_close);
    vm::add_method(rt, "__enter__", runner_enter);
    vm::add_method(rt, "__exit__", runner_exit);
    init_task_stack_methods(atypes().Task);
  }
  m.dict->set(std::string_view("Runner"), Value(rt));
}

// Future() outside a running loop binds to get_event_loop()'s loop.
Runtime& future_ctor_runtime() {
  Runtime& rt = module_runtime();
  if (!rt.loop.is_running()) activate_loop(*policy_get_event_loop(rt).as<LoopObj>());
  return rt;
}

}  // namespace sandbox::runtime
