#include "runtime/threads.h"

#include <cassert>
#include <utility>

#include "runtime/task.h"
#include "vm/errors.h"

namespace sandbox::runtime {

using trace::EventKind;
using trace::ThreadWait;

namespace {
thread_local ThreadScheduler* g_threads = nullptr;
}  // namespace

ThreadScheduler* current_threads() { return g_threads; }
void set_current_threads(ThreadScheduler* s) { g_threads = s; }

ThreadScheduler::ThreadScheduler(vm::VM& vm, EventLoop& loop, trace::Recorder& rec)
    : vm_(vm), loop_(loop), rec_(rec) {
  auto m = std::make_unique<Thread>();
  m->id = kMainThread;
  m->trace_id = 0;  // the loop's own thread: trace obj 0
  m->name = "MainThread";
  m->state = State::Running;
  m->fiber = std::make_unique<Fiber>();
  main_ = current_ = m.get();
  threads_.push_back(std::move(m));
}

ThreadScheduler::~ThreadScheduler() {
  // Only the loop's thread runs teardown.  Every worker not finished is
  // resumed with `killed`: one parked in block() throws ThreadKill there,
  // unwinding its stack (which holds references); one never started ends
  // at once.
  assert(current_ == main_);
  runnable_.clear();
  quiet_ = true;  // the program is over: nothing of this goes to the trace
  for (auto& tp : threads_) {
    Thread& t = *tp;
    if (&t == main_ || t.state == State::Done) continue;
    t.killed = true;
    main_->state = State::Blocked;
    main_->timed = false;
    enter(t);
    main_->fiber->switch_to(*t.fiber);
    reap();
  }
  runnable_.clear();
}

ThreadScheduler::Thread& ThreadScheduler::get(ThreadId id) const {
  if (id == 0 || id > threads_.size()) vm::throw_value_error("unknown thread id %u", id);
  return *threads_[id - 1];
}

ThreadId ThreadScheduler::start(std::string name, std::function<void(vm::VM&)> body) {
  if (live_ + 1 >= kMaxThreads) vm::throw_runtime_error("can't start new thread");
  auto t = std::make_unique<Thread>();
  t->owner = this;
  t->id = static_cast<ThreadId>(threads_.size() + 1);
  t->trace_id = rec_.new_id();
  t->name = std::move(name);
  t->body = std::move(body);
  t->fiber = std::make_unique<Fiber>(&ThreadScheduler::fiber_entry, t.get());
  rec_.emit_name(EventKind::ThreadStart, t->name,
                 {.obj = t->trace_id, .cause = EventLoop::cause_field(loop_.cause())});
  runnable_.push_back(t.get());
  ++live_;
  ThreadId id = t->id;
  threads_.push_back(std::move(t));
  return id;
}

bool ThreadScheduler::finished(ThreadId id) const { return get(id).state == State::Done; }
std::string_view ThreadScheduler::name(ThreadId id) const { return get(id).name; }
uint32_t ThreadScheduler::trace_id(ThreadId id) const { return get(id).trace_id; }

void ThreadScheduler::fiber_entry(void* arg) {
  Thread& t = *static_cast<Thread*>(arg);
  ThreadScheduler& s = *t.owner;
  s.run_body(t);
  // The thread is over: wake its joiners and give the baton on.
  t.state = State::Done;
  --s.live_;
  if (!s.quiet_) s.rec_.emit(EventKind::ThreadEnd, {.task = 0, .obj = t.trace_id});
  for (ThreadId j : t.joiners) s.wake(j);
  t.joiners.clear();
  t.body = nullptr;
  Thread* next = t.killed ? s.main_ : s.pick_or_main();
  s.enter(*next);
  s.dead_.push_back(std::move(t.fiber));
  s.dead_.back()->exit_to(*next->fiber);
}

void ThreadScheduler::run_body(Thread& t) {
  if (t.killed) return;
  try {
    t.body(vm_);
  } catch (ThreadKill&) {
  } catch (vm::VMAbort&) {
    // The worker computed for its whole budget without blocking: the run
    // ends (the loop's thread reports it when it runs again).
    if (abort_message_.empty())
      abort_message_ = "RuntimeError: sandbox limit: thread '" + t.name + "' ran " + std::to_string(step_budget) +
                       " steps without blocking, at line " + std::to_string(vm_.abort_line()) +
                       " (step_budget, --step-budget)";
  } catch (vm::PyException& e) {
    // _thread's thread_run: "Exception ignored in thread started by: ..."
    vm_.write_stderr("Exception ignored in thread started by: " + t.name + "\n" + vm_.format_exception(e.value));
  }
}

// The switch itself.  The running thread `me` has already been marked
// Blocked or Done; the next one gets the VM state, the loop's view and
// the baton.
void ThreadScheduler::enter(Thread& next) {
  Thread& me = *current_;
  me.running_loop = running_loop();
  me.current_task = loop_.current_task();
  me.rec_task = rec_.task();
  me.rec_line = rec_.line();
  vm_.swap_exec_state(me.exec);    // me's state parked; the VM holds an empty one
  vm_.swap_exec_state(next.exec);  // next's state running; next.exec is empty
  set_running_loop(next.running_loop);
  loop_.set_current_task(next.current_task);
  rec_.set_task(next.rec_task);
  rec_.set_line(next.rec_line);
  if (&next != main_) vm_.set_step_budget(abort_message_.empty() ? step_budget : 1);
  else if (!abort_message_.empty()) vm_.set_step_budget(1);
  next.state = State::Running;
  current_ = &next;
  if (!quiet_) rec_.emit(EventKind::ThreadRun, {.task = 0, .obj = next.trace_id});
}

ThreadScheduler::Thread* ThreadScheduler::pick() {
  if (!runnable_.empty()) {
    Thread* t = runnable_.front();
    runnable_.pop_front();
    return t;
  }
  Thread* best = nullptr;
  for (auto& tp : threads_) {
    Thread& t = *tp;
    if (t.state != State::Blocked || !t.timed) continue;
    if (!best || t.deadline < best->deadline || (t.deadline == best->deadline && t.seq < best->seq)) best = &t;
  }
  if (best == nullptr) {
    deadlock_ = true;
    return nullptr;
  }
  if (best->deadline > loop_.max_time && !(best == main_ && !in_select_)) {
    time_limit_ = true;
    return nullptr;
  }
  if (best->deadline > loop_.time()) {
    // A virtual clock jumps to the deadline; a live one really waits
    // (live mode: sockets are not served meanwhile).
    double d = best->deadline - loop_.time();
    if (loop_.clock().is_virtual()) loop_.clock().idle(d, best->deadline);
    else loop_.clock().block(d);
    rec_.set_time(loop_.time());
    rec_.emit_d(EventKind::ClockAdvance, loop_.time(), {.task = 0, .obj = loop_.id(), .line = 0});
  }
  best->timed = false;
  best->woken = false;
  return best;
}

// Nothing can run (deadlock) or the next wake-up lies past max_time: the
// loop's thread hears it (select() reports it).
ThreadScheduler::Thread* ThreadScheduler::pick_or_main() {
  if (Thread* t = pick()) return t;
  main_->timed = false;
  main_->woken = false;
  return main_;
}

void ThreadScheduler::switch_away(Thread& me) {
  Thread* next = pick_or_main();
  if (next == &me) {
    me.state = State::Running;
    return;
  }
  enter(*next);
  me.fiber->switch_to(*next->fiber);
  // Running again: someone switched to us and set our state up.
  reap();
  if (me.killed) throw ThreadKill{};
}

void ThreadScheduler::reap() { dead_.clear(); }

bool ThreadScheduler::block_until(bool timed, double deadline, ThreadWait why) {
  Thread& me = *current_;
  rec_.emit_d(EventKind::ThreadBlock, timed ? deadline : -1.0,
              {.task = 0, .obj = me.trace_id, .aux = static_cast<uint16_t>(why),
               .line = static_cast<uint32_t>(vm_.current_line() > 0 ? vm_.current_line() : 0)});
  me.state = State::Blocked;
  me.timed = timed;
  me.deadline = deadline;
  me.seq = ++seq_;
  me.woken = false;
  switch_away(me);
  return me.woken;
}

bool ThreadScheduler::block(double timeout, ThreadWait why) {
  if (timeout < 0) return block_until(false, 0, why);
  return block_until(true, loop_.time() + timeout, why);
}

void ThreadScheduler::wake(ThreadId id) {
  Thread& t = get(id);
  if (t.state != State::Blocked) return;
  t.woken = true;
  t.timed = false;
  t.state = State::Runnable;
  runnable_.push_back(&t);
}

void ThreadScheduler::sleep(double seconds, uint32_t line) {
  if (!in_worker()) {
    // time.sleep in the loop's thread blocks the loop: recorded as such.
    if (live_ == 0) {
      loop_.block(seconds, line);
      return;
    }
    rec_.emit_d(EventKind::LoopBlocked, seconds, {.line = line});
  }
  block_until(true, loop_.time() + seconds, ThreadWait::Sleep);
  if (!in_worker()) rec_.set_time(loop_.time());
}

void ThreadScheduler::join(ThreadId id) {
  Thread& t = get(id);
  while (t.state != State::Done) {
    t.joiners.push_back(current());
    block_until(false, 0, ThreadWait::Join);
  }
}

LoopStep ThreadScheduler::select(double timeout, double timer_when) {
  assert(current_ == main_);
  deadlock_ = time_limit_ = false;
  in_select_ = true;
  if (timeout < 0) block_until(false, 0, ThreadWait::Select);
  else block_until(true, timeout == 0 ? loop_.time() : timer_when, ThreadWait::Select);
  in_select_ = false;
  if (time_limit_) return LoopStep::TimeLimit;
  if (deadlock_) return LoopStep::Deadlock;
  return LoopStep::Ran;
}

void ThreadScheduler::threadsafe_call() {
  if (in_select_ && current_ != main_) wake(kMainThread);
}

}  // namespace sandbox::runtime
