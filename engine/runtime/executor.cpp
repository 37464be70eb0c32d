// The loop's default executor and what uses it: loop.run_in_executor,
// asyncio.to_thread, loop.call_soon_threadsafe, loop.shutdown_default_executor
// (CPython 3.11.7 base_events.py, threads.py; the executor is
// concurrent/futures/thread.py's ThreadPoolExecutor algorithm on the
// deterministic threads of runtime/threads.h).
//
// ThreadPoolExecutor(thread_name_prefix='asyncio'): workers named
// asyncio_0, asyncio_1, ...; max_workers = min(32, os.cpu_count() + 4) with
// the cpu count fixed at 4 (8 workers), the same in the reference
// (tests/reference/virtual_threads.py), so every machine runs alike.
#include <deque>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/concurrent_future.h"
#include "runtime/executor.h"
#include "runtime/loop_object.h"
#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "runtime/threads.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

constexpr int kCpuCount = 4;
constexpr size_t kMaxWorkers = kCpuCount + 4 < 32 ? kCpuCount + 4 : 32;

vm::Type* executor_type() {
  static vm::Type* t = [] {
    vm::Type* ty = vm::make_type("ThreadPoolExecutor", vm::types().object, "concurrent.futures.thread");
    vm::incref(ty);
    return ty;
  }();
  return t;
}

// thread.py's _WorkItem; `fut` null is the None that tells workers to exit.
struct WorkItem {
  ConcFutureRef fut;
  Value fn;
  std::vector<Value> args;
  std::vector<Value> kw_names, kw_values;
};

struct Executor : vm::GcObj {
  explicit Executor(Runtime& r) : vm::GcObj(executor_type()), rt(&r) {}
  void gc_traverse(vm::GcVisitor& v) override {
    for (WorkItem& w : queue) {
      if (w.fut) v(w.fut.value());
      v(w.fn);
      v(w.args);
      v(w.kw_values);
    }
  }
  void gc_clear() override { queue.clear(); }

  Runtime* rt;
  std::deque<WorkItem> queue;   // _work_queue (SimpleQueue)
  std::deque<ThreadId> waiters;  // workers blocked in work_queue.get(), in the order they waited
  std::vector<ThreadId> threads;  // _threads, creation order
  size_t idle = 0;               // _idle_semaphore
  bool shutdown = false;         // _shutdown

  void put(WorkItem w) {
    queue.push_back(std::move(w));
    if (!waiters.empty()) {
      ThreadId t = waiters.front();
      waiters.pop_front();
      current_threads()->wake(t);
    }
  }

  WorkItem get() {
    ThreadScheduler& s = *current_threads();
    while (queue.empty()) {
      waiters.push_back(s.current());
      s.block(-1, trace::ThreadWait::Idle);
    }
    WorkItem w = std::move(queue.front());
    queue.pop_front();
    return w;
  }

  // ThreadPoolExecutor.submit
  ConcFutureRef submit(WorkItem w) {
    if (shutdown) vm::throw_runtime_error("cannot schedule new futures after shutdown");
    ConcFutureRef f = new_conc_future(*rt);
    w.fut = f;
    put(std::move(w));
    adjust_thread_count();
    return f;
  }

  // ThreadPoolExecutor._adjust_thread_count
  void adjust_thread_count() {
    if (idle > 0) {
      --idle;
      return;
    }
    if (threads.size() >= kMaxWorkers) return;
    ThreadScheduler& s = *current_threads();
    vm::Ref<Executor> self(this);
    threads.push_back(s.start("asyncio_" + std::to_string(threads.size()),
                              [self](vm::VM& vm) { self->worker(vm); }));
  }

  // thread.py's _worker
  void worker(vm::VM& vm) {
    for (;;) {
      WorkItem w = get();
      if (!w.fut) {
        put(WorkItem{});
        return;
      }
      run(vm, w);
      w = WorkItem{};
      ++idle;
    }
  }

  // _WorkItem.run
  void run(vm::VM& vm, WorkItem& w) {
    if (!w.fut->set_running_or_notify_cancel()) return;
    ThreadScheduler& s = *current_threads();
    uint32_t tid = s.trace_id(s.current());
    rt->rec.emit_name(EventKind::ThreadWork, format_callback_source(vm, w.fn, w.args), {.task = 0, .obj = tid});
    Value result;
    try {
      vm::KwArgs kw{w.kw_names, w.kw_values};
      result = vm.call(w.fn, w.args, w.kw_names.empty() ? nullptr : &kw);
    } catch (vm::PyException& e) {
      emit_repr(*rt, EventKind::ThreadResult, e.value, {.task = 0, .obj = tid, .aux = 1});
      w.fut->set_exception(e.value);
      return;
    }
    emit_repr(*rt, EventKind::ThreadResult, result, {.task = 0, .obj = tid, .aux = 0});
    w.fut->set_result(result);
  }

  // ThreadPoolExecutor.shutdown(wait)
  void shutdown_now(bool wait) {
    shutdown = true;
    put(WorkItem{});
    if (wait)
      for (ThreadId t : threads) current_threads()->join(t);
  }
};

ThreadScheduler& threads_or_error() {
  ThreadScheduler* s = current_threads();
  if (s == nullptr) vm::throw_runtime_error("sandbox: threads need a running program");
  return *s;
}

// BaseEventLoop.run_in_executor(None, ...)'s executor: created on first use.
Executor& default_executor(LoopObj& l) {
  if (l.executor_shutdown_called) vm::throw_runtime_error("Executor shutdown has been called");
  if (l.default_executor.is_none()) l.default_executor = Value(new Executor(*l.rt));
  return *l.default_executor.as<Executor>();
}

LoopObj* self_loop(Args a, const char* method) {
  if (a.empty() || a[0].type() != atypes().Loop)
    vm::throw_type_error("descriptor '%s' requires an event loop", method);
  return a[0].as<LoopObj>();
}

void check_closed(LoopObj& l) {
  if (loop_is_closed(l)) vm::throw_runtime_error("Event loop is closed");
}

// run_in_executor's body: submit, then wrap_future(..., loop=self).
Value run_in_executor(LoopObj& l, const Value& executor, WorkItem w) {
  check_closed(l);
  threads_or_error();
  Runtime& rt = *l.rt;
  if (!executor.is_none()) {
    std::vector<Value> args{w.fn};
    args.insert(args.end(), w.args.begin(), w.args.end());
    Value cf = rt.vm.call_method(executor, "submit", args);
    if (!is_conc_future(cf))
      throw vm::PyException(vm::make_exception(
          rt.vm.exc.AssertionError, "concurrent.futures.Future is expected, got " + rt.vm.repr_str(cf)));
    activate_loop(l);
    FutureRef dest = new_future(rt);
    chain_to_asyncio(rt, ConcFutureRef(cf.as<ConcFuture>()), dest);
    return dest.value();
  }
  Executor& ex = default_executor(l);
  ConcFutureRef cf = ex.submit(std::move(w));
  activate_loop(l);
  FutureRef dest = new_future(rt);
  chain_to_asyncio(rt, cf, dest);
  return dest.value();
}

Value l_run_in_executor(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  LoopObj* l = self_loop(a, "run_in_executor");
  if (a.size() < 3)
    vm::throw_type_error(a.size() < 2
                             ? "BaseEventLoop.run_in_executor() missing 2 required positional arguments: 'executor' and 'func'"
                             : "BaseEventLoop.run_in_executor() missing 1 required positional argument: 'func'");
  WorkItem w;
  w.fn = a[2];
  w.args.assign(a.begin() + 3, a.end());
  return run_in_executor(*l, a[1], std::move(w));
}

// BaseEventLoop.call_soon_threadsafe: call_soon, then _write_to_self()
// wakes the loop's thread if it waits in select().
Value l_call_soon_threadsafe(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  self_loop(a, "call_soon_threadsafe");
  if (a.size() < 2)
    vm::throw_type_error("BaseEventLoop.call_soon_threadsafe() missing 1 required positional argument: 'callback'");
  std::vector<Value> rest(a.begin() + 1, a.end());
  Value h = vm.call_method(a[0], "call_soon", rest, kw);
  if (ThreadScheduler* s = current_threads()) s->threadsafe_call();
  return h;
}

// asyncio.to_thread(func, /, *args, **kwargs): run_in_executor(None, ...)
// of func with its arguments (there are no context variables to copy).
struct ToThread final : AsyncFn {
  explicit ToThread(WorkItem w) : AsyncFn("to_thread"), item(std::move(w)) {}
  WorkItem item;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(item.fn);
    v(item.args);
    v(item.kw_values);
  }
  Next body(vm::VM&, Outcome o) override {
    if (state == 0) {
      Runtime& rt = running_runtime();
      state = 1;
      return Next::await_(run_in_executor(*rt.loop_object.as<LoopObj>(), Value(), std::move(item)));
    }
    return o.raised ? Next::raise(o.value) : Next::ret(o.value);
  }
};

Value a_to_thread(vm::VM&, NativeFunction*, Args a, const KwArgs* kw) {
  if (a.empty()) vm::throw_type_error("to_thread() missing 1 required positional argument: 'func'");
  WorkItem w;
  w.fn = a[0];
  w.args.assign(a.begin() + 1, a.end());
  if (kw)
    for (size_t i = 0; i < kw->size(); ++i) {
      w.kw_names.push_back(kw->names[i]);
      w.kw_values.push_back(kw->values[i]);
    }
  return Value(new ToThread(std::move(w)));
}

// _do_shutdown's last act: call_soon_threadsafe(future.set_result, None).
class SetNoneHandle final : public Handle {
 public:
  explicit SetNoneHandle(FutureRef f) : Handle(trace::HandleKind::FutureCallback), fut_(std::move(f)) {}
  void run(EventLoop&) override {
    if (fut_ && !fut_->done()) fut_->set_result(Value());
  }
  std::string_view describe() const override { return "Future.set_result"; }
  void gc_traverse(vm::GcVisitor& v) override {
    if (fut_) v(fut_.value());
  }

 protected:
  void release() override { fut_ = FutureRef(); }

 private:
  FutureRef fut_;
};

// BaseEventLoop.shutdown_default_executor: a thread shuts the executor down
// (waiting for its workers) and then completes the future the coroutine
// awaits; finally the thread is joined.
struct ShutdownExecutor final : AsyncFn {
  explicit ShutdownExecutor(Value l) : AsyncFn("BaseEventLoop.shutdown_default_executor"), loop(std::move(l)) {}
  Value loop;
  ThreadId thread = 0;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(loop);
  }
  Next body(vm::VM&, Outcome o) override {
    LoopObj& l = *loop.as<LoopObj>();
    if (state == 0) {
      l.executor_shutdown_called = true;
      if (l.default_executor.is_none()) return Next::ret();
      Runtime& rt = *l.rt;
      FutureRef fut = new_future(rt);
      ThreadScheduler& s = threads_or_error();
      Value ex = l.default_executor;
      Value lp = loop;
      uint32_t loop_id = fut->loop_id;
      thread = s.start("Thread-" + std::to_string(++s.unnamed_threads) + " (_do_shutdown)",
                       [ex, lp, fut, loop_id](vm::VM&) {
                         ex.as<Executor>()->shutdown_now(true);
                         LoopObj& lo = *lp.as<LoopObj>();
                         if (!loop_is_closed(lo)) {
                           call_soon_on(*lo.rt, loop_id, HandleRef(new SetNoneHandle(fut)));
                           current_threads()->threadsafe_call();
                         }
                       });
      state = 1;
      return Next::await_(fut.value());
    }
    // finally: thread.join()
    if (ThreadScheduler* s = current_threads()) s->join(thread);
    return o.raised ? Next::raise(o.value) : Next::ret();
  }
};

Value l_shutdown_default_executor(vm::VM&, NativeFunction*, Args a, const KwArgs*) {
  self_loop(a, "shutdown_default_executor");
  return Value(new ShutdownExecutor(a[0]));
}

void def(vm::Module& m, const char* name, vm::NativeFn fn) {
  m.dict->set(std::string_view(name), vm::make_native(name, fn));
}

}  // namespace

Value make_shutdown_default_executor(const Value& loop) { return Value(new ShutdownExecutor(loop)); }

void shutdown_executor_nowait(LoopObj& l) {
  if (l.default_executor.is_none()) return;
  Value ex = std::move(l.default_executor);
  l.default_executor = Value();
  if (current_threads()) ex.as<Executor>()->shutdown_now(false);
}

void register_thread_api(vm::VM&, vm::Module& m) {
  static bool done = false;
  if (!done) {
    done = true;
    vm::Type* l = atypes().Loop;
    vm::add_method(l, "run_in_executor", l_run_in_executor);
    vm::add_method(l, "call_soon_threadsafe", l_call_soon_threadsafe);
    vm::add_method(l, "shutdown_default_executor", l_shutdown_default_executor);
  }
  def(m, "to_thread", a_to_thread);
}

}  // namespace sandbox::runtime
