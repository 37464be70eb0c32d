// asyncio.TaskGroup (Lib/asyncio/taskgroups.py, 3.11.7).
#include "runtime/aio_functions.h"
#include "runtime/args.h"
#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::Value;
using Args = std::span<const Value>;

namespace {

struct TaskGroupObj : vm::GcObj {
  TaskGroupObj() : vm::GcObj(atypes().TaskGroup) {}
  bool entered = false, exiting = false, aborting = false;
  Runtime* rt = nullptr;
  TaskRef parent_task;
  bool parent_cancel_requested = false;
  std::vector<TaskRef> tasks;   // the set _tasks, creation order
  std::vector<Value> errors;
  Value base_error;             // None = none
  FutureRef on_completed_fut;
  NativeCallbackRef on_task_done;

  void gc_traverse(vm::GcVisitor& v) override {
    v(parent_task);
    for (const TaskRef& t : tasks) v(t);
    v(errors);
    v(base_error);
    v(on_completed_fut);
    gc_visit(v, on_task_done);
  }
  void gc_clear() override {
    std::vector<TaskRef> ts;
    ts.swap(tasks);
    std::vector<Value> es;
    es.swap(errors);
    base_error = Value();
    on_task_done = NativeCallbackRef();
  }

  bool is_base_error(vm::VM& vm, const Value& exc) {
    return vm.isinstance(exc, vm.exc.SystemExit) || vm.isinstance(exc, vm.exc.KeyboardInterrupt);
  }
  // TaskGroup._abort
  void abort() {
    aborting = true;
    std::vector<TaskRef> ts = tasks;
    for (TaskRef& t : ts)
      if (!t->done()) t->cancel();
  }
  std::string repr() const {
    std::string s = "<TaskGroup";
    if (!tasks.empty()) s += " tasks=" + std::to_string(tasks.size());
    if (!errors.empty()) s += " errors=" + std::to_string(errors.size());
    if (aborting) s += " cancelling";
    else if (entered) s += " entered";
    return s + ">";
  }
};

// TaskGroup._on_task_done
class OnTaskDone final : public NativeCallback {
 public:
  explicit OnTaskDone(TaskGroupObj* g) : g_(g) {}
  std::string_view describe() const override { return "TaskGroup._on_task_done"; }
  void gc_traverse(vm::GcVisitor& v) override { v(g_); }
  void gc_clear() override { g_.reset(); }
  void call(Runtime& rt, Future& fut) override {
    if (!g_) return;
    vm::Ref<TaskGroupObj> gref(g_);
    TaskGroupObj& g = *g_;
    std::erase_if(g.tasks, [&](const TaskRef& t) { return static_cast<Future*>(t.get()) == &fut; });
    if (g.on_completed_fut && g.tasks.empty() && !g.on_completed_fut->done())
      g.on_completed_fut->set_result(Value::boolean(true));
    if (g.tasks.empty()) g.on_task_done = NativeCallbackRef();  // no task can call it again
    if (fut.cancelled()) return;
    fut.log_traceback = false;
    Value exc = fut.exception_value;
    if (exc.is_none()) return;
    g.errors.push_back(exc);
    if (g.is_base_error(rt.vm, exc) && g.base_error.is_none()) g.base_error = exc;
    if (g.parent_task->done()) {
      rt.vm.write_stderr("Task " + future_repr_str(rt.vm, fut) +
                         " has errored out but its parent task is already completed\n");
      return;
    }
    if (!g.aborting && !g.parent_cancel_requested) {
      // Cancel the parent to abort whatever it awaits in the group's body;
      // __aexit__ uncancels it.
      g.abort();
      g.parent_cancel_requested = true;
      g.parent_task->cancel();
    }
  }

 private:
  // Owned, as CPython's bound method self._on_task_done owns the group: the
  // group and its pending tasks' callbacks form a cycle the collector sees.
  vm::Ref<TaskGroupObj> g_;
};

TaskGroupObj* self_group(Args a) {
  if (a.empty() || a[0].type() != atypes().TaskGroup) vm::throw_type_error("descriptor requires a TaskGroup");
  return a[0].as<TaskGroupObj>();
}

// TaskGroup.__aexit__
struct AExit final : AsyncFn {
  AExit(vm::Ref<TaskGroupObj> g, Value et, Value exc) : AsyncFn("TaskGroup.__aexit__"), g(std::move(g)), et(std::move(et)), exc(std::move(exc)) {}
  vm::Ref<TaskGroupObj> g;
  Value et, exc;
  Value propagate_cancellation_error;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(g);
    v(et);
    v(exc);
    v(propagate_cancellation_error);
  }

  Next body(vm::VM& vm, Outcome o) override {
    TaskGroupObj& G = *g;
    if (state == 0) {
      G.exiting = true;
      if (!exc.is_none() && G.is_base_error(vm, exc) && G.base_error.is_none()) G.base_error = exc;
      bool et_cancelled = et.is_obj() && et.as_obj() == static_cast<vm::Obj*>(atypes().CancelledError);
      propagate_cancellation_error = et_cancelled ? exc : Value();
      if (G.parent_cancel_requested) {
        // If this flag is set we *must* call uncancel().
        if (G.parent_task->uncancel() == 0) propagate_cancellation_error = Value();
      }
      if (!et.is_none() && !G.aborting) G.abort();
    } else {
      // after `await self._on_completed_fut`
      if (o.raised) {
        if (!vm.isinstance(o.value, atypes().CancelledError)) return Next::raise(o.value);
        if (!G.aborting) {
          propagate_cancellation_error = o.value;
          G.abort();
        }
      }
      G.on_completed_fut = FutureRef();
    }
    // while self._tasks: await self._on_completed_fut
    if (!G.tasks.empty()) {
      if (!G.on_completed_fut) G.on_completed_fut = new_future(*G.rt);
      state = 1;
      return Next::await_(G.on_completed_fut.value());
    }
    if (!G.base_error.is_none()) return Next::raise(G.base_error);
    // Propagate CancelledError if there is one, except if there are other
    // errors -- those have priority.
    if (!propagate_cancellation_error.is_none() && G.errors.empty())
      return Next::raise(propagate_cancellation_error);
    bool et_cancelled = et.is_obj() && et.as_obj() == static_cast<vm::Obj*>(atypes().CancelledError);
    if (!et.is_none() && !et_cancelled) G.errors.push_back(exc);
    if (!G.errors.empty()) {
      Value list = vm::make_list(std::move(G.errors));
      G.errors.clear();
      Value me = vm.call(Value(vm.exc.BaseExceptionGroup),
                         {vm::make_str(std::string_view("unhandled errors in a TaskGroup")), list});
      vm::ExceptionObj* eo = me.as<vm::ExceptionObj>();
      eo->suppress_context = true;  // raise me from None
      eo->cause = Value();
      return Next::raise(me);
    }
    return Next::ret(Value());
  }
};

Value m_aenter(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs*) {
  vm::Ref<TaskGroupObj> g(self_group(a));
  return Value(new Immediate("TaskGroup.__aenter__", [g](vm::VM&) -> Value {
    if (g->entered) vm::throw_runtime_error("TaskGroup %s has already been entered", g->repr().c_str());
    Runtime& rt = running_runtime();
    g->rt = &rt;
    Task* cur = current_task(rt);
    if (!cur) vm::throw_runtime_error("TaskGroup %s cannot determine the parent task", g->repr().c_str());
    g->parent_task = TaskRef(cur);
    g->entered = true;
    return g.value();
  }));
}

Value m_aexit(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs*) {
  vm::Ref<TaskGroupObj> g(self_group(a));
  return Value(new AExit(g, a.size() > 1 ? a[1] : Value(), a.size() > 2 ? a[2] : Value()));
}

Value m_create_task(vm::VM&, vm::NativeFunction*, Args a, const vm::KwArgs* kw) {
  TaskGroupObj* g = self_group(a);
  const Value& coro = need_arg(a, kw, 1, "coro", "create_task");
  if (!g->entered) vm::throw_runtime_error("TaskGroup %s has not been entered", g->repr().c_str());
  if (g->exiting && g->tasks.empty()) vm::throw_runtime_error("TaskGroup %s is finished", g->repr().c_str());
  if (g->aborting) vm::throw_runtime_error("TaskGroup %s is shutting down", g->repr().c_str());
  Value name = kw && kw->get("name") ? *kw->get("name") : Value();
  TaskRef t = create_task_named(*g->rt, coro, name);
  if (!g->on_task_done) g->on_task_done = NativeCallbackRef(new OnTaskDone(g));
  t->add_done_callback(g->on_task_done);
  g->tasks.push_back(t);
  return t.value();
}

Value group_repr(vm::VM&, const Value& self) { return vm::make_str(self.as<TaskGroupObj>()->repr()); }

}  // namespace

Value aio_taskgroup_new(vm::VM&, vm::NativeFunction*, Args, const vm::KwArgs*) {
  return Value(new TaskGroupObj());
}

void init_taskgroup_type() {
  vm::Type* t = atypes().TaskGroup;
  t->repr = group_repr;
  t->new_ = [](vm::VM&, vm::Type*, Args, const vm::KwArgs*) -> Value { return Value(new TaskGroupObj()); };
  vm::add_method(t, "__aenter__", m_aenter);
  vm::add_method(t, "__aexit__", m_aexit);
  vm::add_method(t, "create_task", m_create_task);
}

}  // namespace sandbox::runtime
