#include "runtime/task.h"

#include "runtime/runtime.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::ResumeKind;
using vm::Value;

namespace {

// call_soon(task.__step, exc)
class TaskStepHandle final : public Handle {
 public:
  TaskStepHandle(TaskRef t, Value exc)
      : Handle(trace::HandleKind::TaskStep, t->id), task_(std::move(t)), exc_(std::move(exc)) {}
  void run(EventLoop&) override {
    TaskRef t = task_;
    Value e = exc_;
    try {
      t->step(std::move(e));
    } catch (vm::PyException& ex) {
      report_callback_exception(*t->rt, Value(), ex.value);
    }
  }
  std::string_view describe() const override { return "Task.__step"; }
  void gc_traverse(vm::GcVisitor& v) override {
    v(task_);
    v(exc_);
  }

 protected:
  void release() override {
    task_ = TaskRef();
    exc_ = Value();
  }

 private:
  TaskRef task_;
  Value exc_;
};

// task.__wakeup as a done callback of the awaited future.
class WakeupCallback final : public NativeCallback {
 public:
  explicit WakeupCallback(TaskRef t) : NativeCallback(trace::HandleKind::TaskWakeup, t->id), task_(std::move(t)) {}
  void call(Runtime&, Future& fut) override {
    TaskRef t = task_;
    t->wakeup(fut);
  }
  std::string_view describe() const override { return "Task.task_wakeup"; }
  void gc_traverse(vm::GcVisitor& v) override { v(task_); }
  void gc_clear() override { task_ = TaskRef(); }

 private:
  TaskRef task_;
};

trace::WaitKind wait_kind_of(const Value& yielded) {
  if (yielded.is_none()) return trace::WaitKind::Yield;
  if (is_future(yielded)) {
    Future* f = as_future(yielded);
    return f->is_task ? trace::WaitKind::Task : f->wait_kind;
  }
  return trace::WaitKind::Other;
}

}  // namespace

Task::Task(Runtime& r, Value c, Value n) : Future(atypes().Task, r, trace::FutureKind::Plain), coro(std::move(c)), name(std::move(n)) {
  is_task = true;
  wait_kind = trace::WaitKind::Task;
}

Task::~Task() {
  log_never_retrieved(*this);
  unregister();
}

void Task::unregister() {
  if (!registered) return;
  registered = false;
  if (rt && rt->live_tasks > 0) --rt->live_tasks;
  EventLoop& loop = rt->loop;
  if (prev_task) prev_task->next_task = next_task;
  else loop.first_task_ref() = next_task;
  if (next_task) next_task->prev_task = prev_task;
  else loop.last_task_ref() = prev_task;
  prev_task = next_task = nullptr;
}

void Task::detach_runtime() {
  unregister();
  rt = nullptr;
}

std::string Task::name_str() const {
  if (name.is_obj() && name.as_obj()->type == vm::types().str) return name.as<vm::Str>()->s;
  return rt->vm.to_str(name);
}

TaskRef create_task(Runtime& rt, const Value& coro, const Value& name) {
  if (!rt.vm.is_coroutine(coro))
    vm::throw_type_error("a coroutine was expected, got %s", rt.vm.repr_str(coro).c_str());
  if (rt.max_tasks != 0 && rt.live_tasks >= rt.max_tasks) {
    // Registered tasks include finished ones still referenced: count the
    // pending ones (only near the cap).
    uint32_t pending = 0;
    for (Task* t = rt.loop.first_task(); t; t = t->next_task) pending += !t->done();
    if (pending >= rt.max_tasks)
      vm::throw_runtime_error("sandbox limit: more than %u tasks at once (max_tasks, --max-tasks)", rt.max_tasks);
  }
  Value nm;
  if (name.is_none() || name.is_null())
    nm = vm::make_str("Task-" + std::to_string(++rt.task_name_counter));
  else if (name.is_obj() && name.as_obj()->type == vm::types().str)
    nm = name;
  else
    nm = rt.vm.str(name);
  TaskRef t(new Task(rt, coro, nm));
  t->coro_name = rt.vm.coro_qualname(coro);
  if (coro.type() == vm::types().coroutine) {
    vm::Coroutine* c = coro.as<vm::Coroutine>();
    if (c->frame && c->frame->code) {
      t->coro_file = c->frame->code->filename;
      t->coro_first_line = c->frame->code->first_line;
    }
  }
  rt.rec.emit_name(EventKind::TaskCreated, t->coro_name,
                   {.task = t->id, .obj = t->id,
                    .cause = EventLoop::cause_field(rt.loop.cause())});
  // Task-N names are unique: stored, not interned (no hashing per task).
  rt.rec.emit_str(EventKind::Name, t->name_str(), {.obj = t->id});
  // Task.__init__: call_soon(self.__step) then _register_task(self).
  t->schedule_step();
  EventLoop& loop = rt.loop;
  t->prev_task = loop.last_task_ref();
  if (t->prev_task) t->prev_task->next_task = t.get();
  else loop.first_task_ref() = t.get();
  loop.last_task_ref() = t.get();
  t->registered = true;
  ++rt.live_tasks;
  return t;
}

void set_task_name(Task& t, const Value& name) {
  t.name = name.is_obj() && name.as_obj()->type == vm::types().str ? name : t.rt->vm.str(name);
  t.rt->rec.emit_str(EventKind::Name, t.name_str(), {.obj = t.id});
}

TaskRef create_task_named(Runtime& rt, const Value& coro, const Value& name) {
  TaskRef t = create_task(rt, coro, Value());
  if (!name.is_none() && !name.is_null()) set_task_name(*t, name);
  return t;
}

void Task::schedule_step(Value exc) {
  call_soon_on(*rt, loop_id, HandleRef(new TaskStepHandle(TaskRef(this), std::move(exc))));
}

// Task.cancel
bool Task::cancel(const Value& msg) {
  log_traceback = false;
  if (done()) return false;
  ++num_cancels_requested;
  Value m = msg.is_null() ? Value::null() : msg;
  if (m.is_null() || m.is_none())
    rt->rec.emit(EventKind::TaskCancelRequested,
                 {.task = id, .obj = id, .arg = trace::kNoString,
                  .cause = EventLoop::cause_field(rt->loop.cause())});
  else
    emit_repr(*rt, EventKind::TaskCancelRequested, m,
                     {.task = id, .obj = id, .cause = EventLoop::cause_field(rt->loop.cause())});
  if (fut_waiter) {
    FutureRef w = fut_waiter;
    // Leave _fut_waiter: it may be a task that ignores the cancellation.
    if (w->cancel(m)) return true;
  }
  // It must be the case that self.__step is already scheduled.
  must_cancel = true;
  task_cancel_msg = m;
  return true;
}

int64_t Task::uncancel() {
  if (num_cancels_requested > 0) --num_cancels_requested;
  return num_cancels_requested;
}

// Task.__step
void Task::step(Value exc) {
  Runtime& r = *rt;
  vm::VM& vm = r.vm;
  if (done())
    vm::throw_exception(atypes().InvalidStateError,
                        "_step(): already done: " + future_repr_str(vm, *this) + ", " +
                            (exc.is_null() ? std::string("None") : vm.repr_str(exc)));
  if (must_cancel) {
    if (exc.is_null() || !vm.isinstance(exc, atypes().CancelledError))
      exc = task_cancel_msg.is_null() || task_cancel_msg.is_none()
                ? vm::make_exception_args(atypes().CancelledError, {})
                : vm::make_exception_args(atypes().CancelledError, {task_cancel_msg});
    must_cancel = false;
  }
  fut_waiter = FutureRef();

  // _enter_task
  EventLoop& loop = r.loop;
  if (loop.current_task() != nullptr)
    vm::throw_runtime_error("Cannot enter into task %s while another task %s is being executed.",
                            future_repr_str(vm, *this).c_str(),
                            future_repr_str(vm, *loop.current_task()).c_str());
  loop.set_current_task(this);
  uint32_t saved_task = r.rec.task();
  r.rec.set_task(id);
  trace::ResumeKind how = exc.is_null() ? (coro_started ? trace::ResumeKind::Send : trace::ResumeKind::First)
                                        : trace::ResumeKind::Throw;
  coro_started = true;
  r.rec.emit(EventKind::TaskStepBegin,
             {.task = id, .obj = id, .aux = static_cast<uint16_t>(how),
              .cause = EventLoop::cause_field(loop.cause()),
              .line = static_cast<uint32_t>(vm.coro_line(coro))});

  TaskRef keep(this);
  vm::ResumeResult res = exc.is_null() ? vm.coro_send(coro, Value()) : vm.coro_throw(coro, exc);
  exc = Value();

  // _leave_task
  loop.set_current_task(nullptr);
  uint32_t line = static_cast<uint32_t>(vm.coro_line(coro));

  auto end = [&](trace::StepEnd how_end, trace::WaitKind wk = trace::WaitKind::None, uint32_t obj = 0) {
    uint64_t seq = r.rec.emit(EventKind::TaskStepEnd,
                              {.task = id, .obj = obj,
                               .arg = trace::kNoString,
                               .aux = static_cast<uint16_t>(static_cast<uint16_t>(how_end) |
                                                            (static_cast<uint16_t>(wk) << 8)),
                               .line = line});
    loop.set_cause(seq);
  };

  switch (res.kind) {
    case ResumeKind::Aborted:
      end(trace::StepEnd::Raised);
      r.rec.set_task(saved_task);
      r.abort_task(*this, vm.abort_line());
      return;
    case ResumeKind::Returned:
      if (must_cancel) {
        // Task is cancelled right before coro stops.
        end(trace::StepEnd::Cancelled);
        must_cancel = false;
        Future::cancel(task_cancel_msg);
      } else {
        end(trace::StepEnd::Returned);
        Future::set_result(res.value);
      }
      break;
    case ResumeKind::Raised:
      if (vm.isinstance(res.value, atypes().CancelledError)) {
        end(trace::StepEnd::Cancelled);
        cancelled_exc = res.value;  // saved to chain it later
        Future::cancel(Value::null());
      } else {
        end(trace::StepEnd::Raised);
        Future::set_exception(res.value);
        if (vm.isinstance(res.value, vm.exc.SystemExit) || vm.isinstance(res.value, vm.exc.KeyboardInterrupt))
          r.escaping = res.value;
      }
      break;
    case ResumeKind::Yielded: {
      Value result = std::move(res.value);
      if (result.is_obj() && result.as_obj() == this) {
        end(trace::StepEnd::Suspended, trace::WaitKind::Other);
        schedule_step(vm::make_exception(
            vm.exc.RuntimeError, "Task cannot await on itself: " + future_repr_str(vm, *this)));
      } else if (is_future(result)) {
        Future* f = as_future(result);
        if (f->rt != rt) {
          end(trace::StepEnd::Suspended, trace::WaitKind::Other);
          schedule_step(vm::make_exception(vm.exc.RuntimeError,
                                           "Task " + future_repr_str(vm, *this) + " got Future " +
                                               future_repr_str(vm, *f) +
                                               " attached to a different loop"));
        } else if (!f->blocking) {
          end(trace::StepEnd::Suspended, trace::WaitKind::Other);
          schedule_step(vm::make_exception(
              vm.exc.RuntimeError, "yield was used instead of yield from in task " +
                                       future_repr_str(vm, *this) + " with " + future_repr_str(vm, *f)));
        } else {
          end(trace::StepEnd::Suspended, wait_kind_of(result), f->id);
          f->blocking = false;
          f->add_done_callback(NativeCallbackRef(new WakeupCallback(keep)));
          fut_waiter = FutureRef(f);
          if (must_cancel) {
            if (fut_waiter->cancel(task_cancel_msg)) must_cancel = false;
          }
        }
      } else if (result.is_none()) {
        // Bare yield relinquishes control for one event loop iteration.
        end(trace::StepEnd::Suspended, trace::WaitKind::Yield);
        schedule_step();
      } else {
        end(trace::StepEnd::Suspended, trace::WaitKind::Other);
        schedule_step(vm::make_exception(vm.exc.RuntimeError,
                                         "Task got bad yield: " + vm.repr_str(result)));
      }
      break;
    }
  }
  r.rec.set_task(saved_task);
}

// Task.__wakeup (the C task_wakeup: result/exception read without raising)
void Task::wakeup(Future& fut) {
  if (fut.state == State::Finished) {
    fut.log_traceback = false;
    if (fut.exception_value.is_none()) step(Value::null());
    else step(fut.exception_value);
    return;
  }
  // Cancelled (or, impossibly, pending: result() raises InvalidStateError).
  Value exc;
  try {
    fut.result();
    step(Value::null());
    return;
  } catch (vm::PyException& e) {
    exc = std::move(e.value);
  }
  step(std::move(exc));
}

Task* current_task(Runtime& rt) { return rt.loop.current_task(); }

std::vector<TaskRef> all_tasks(Runtime& rt) {
  std::vector<TaskRef> out;
  // One registry serves every loop of the program: keep this loop's tasks.
  for (Task* t = rt.loop.first_task(); t; t = t->next_task)
    if (!t->done() && t->loop_id == rt.loop.id()) out.push_back(TaskRef(t));
  return out;
}

FutureRef ensure_future(Runtime& rt, const Value& v) {
  if (is_future(v)) return FutureRef(as_future(v));
  if (rt.vm.is_coroutine(v)) return FutureRef(create_task(rt, v).get());
  vm::throw_type_error("An asyncio.Future, a coroutine or an awaitable is required");
}

}  // namespace sandbox::runtime
