// Deterministic threads: the program's worker threads (asyncio.to_thread,
// run_in_executor's pool, later `_thread` and `threading`) are VM execution
// contexts on fibers (runtime/fiber.h) that this scheduler switches between.
// Never an OS thread running Python: every run gives the same trace.
//
// The rules (tests/reference/virtual_threads.py makes CPython follow them):
//   - one thread runs at a time and keeps running until it blocks (sleeps,
//     waits, is idle in a pool, joins) or ends;
//   - the next to run is the oldest runnable thread (started or woken, FIFO);
//     when none is runnable, the blocked thread with the earliest deadline
//     (ties: the one that blocked first) wakes, and the virtual clock jumps
//     to that deadline;
//   - time.sleep(d) blocks the calling thread until now + d; in the loop's
//     thread that blocks the loop (workers still run meanwhile);
//   - the loop's thread blocks in select(): until its next timer (now when
//     callbacks are ready, no deadline without timers) or until
//     call_soon_threadsafe wakes it.  So workers run whenever the loop
//     polls, and virtual time moves only when every thread is blocked.
//
// The API for `_thread` (the lead wires it in; see start/current/block/wake):
//   ThreadId id = sched.start(name, [](vm::VM& vm) { ... });   // start_new_thread
//   sched.current()                                            // get_ident
//   bool woken = sched.block(timeout);  // lock.acquire(timeout=...): -1 = forever
//   sched.wake(id);                     // lock.release() waking a waiter
// The caller keeps its own queue of waiting ThreadIds (a lock's waiters);
// block() returns false when the timeout passed first (then the caller
// removes itself from that queue).
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/event_loop.h"
#include "runtime/fiber.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using ThreadId = uint32_t;
inline constexpr ThreadId kMainThread = 1;  // the thread the program (and the loop) started in

class ThreadScheduler {
 public:
  // CPython's RuntimeError when the OS refuses a thread: the sandbox caps
  // the threads alive at once (each reserves a fiber stack).
  static constexpr size_t kMaxThreads = 128;

  ThreadScheduler(vm::VM& vm, EventLoop& loop, trace::Recorder& rec);
  // Threads still blocked are unwound (their stacks hold references).
  ~ThreadScheduler();
  ThreadScheduler(const ThreadScheduler&) = delete;
  ThreadScheduler& operator=(const ThreadScheduler&) = delete;

  // ---- the API for _thread ------------------------------------------------
  // A new thread that will run body(vm) on its own VM execution context; it
  // is runnable and first runs when the running thread blocks.  `cause` is
  // the trace event that started it.  body must catch the Python exceptions
  // it wants reported (an escaping one is printed like _thread does).
  // RuntimeError "can't start new thread" past kMaxThreads.
  ThreadId start(std::string name, std::function<void(vm::VM&)> body);
  ThreadId current() const { return current_->id; }
  bool in_worker() const { return current_->id != kMainThread; }
  // Blocks the running thread until wake() or until `timeout` seconds have
  // passed (timeout < 0: no timeout).  True when woken.
  bool block(double timeout, trace::ThreadWait why = trace::ThreadWait::Wait);
  // A blocked thread becomes runnable (block() returns true); no effect on
  // a thread that is not blocked.
  void wake(ThreadId id);
  // time.sleep(seconds) in whichever thread runs.
  void sleep(double seconds, uint32_t line);
  // Blocks until thread `id` has finished.
  void join(ThreadId id);
  bool finished(ThreadId id) const;
  std::string_view name(ThreadId id) const;
  uint32_t trace_id(ThreadId id) const;
  size_t live() const { return live_; }  // started and not finished

  // ---- the loop -------------------------------------------------------------
  // The poll phase: the loop's thread blocks in select(timeout) (-1 = none;
  // `timer_when` is the head timer's deadline when timeout > 0).  Ran, or
  // Deadlock / TimeLimit when no thread can ever run again / the next wake-up
  // lies past max_time.
  LoopStep select(double timeout, double timer_when);
  // loop._write_to_self(): call_soon_threadsafe wakes the loop's thread out
  // of select().
  void threadsafe_call();
  // A worker ran out of its step budget: the run must end with this message.
  bool worker_aborted() const { return !abort_message_.empty(); }
  const std::string& abort_message() const { return abort_message_; }
  uint64_t step_budget = 10'000'000;
  // threading._counter: names "Thread-N (target)" of unnamed threads.
  uint32_t unnamed_threads = 0;

 private:
  enum class State : uint8_t { Runnable, Running, Blocked, Done };
  struct Thread {
    ThreadScheduler* owner = nullptr;
    ThreadId id = 0;
    uint32_t trace_id = 0;
    std::string name;
    State state = State::Runnable;
    bool timed = false;
    double deadline = 0;
    uint64_t seq = 0;
    bool woken = false;
    bool killed = false;
    std::unique_ptr<Fiber> fiber;
    vm::VM::ExecState exec;
    std::function<void(vm::VM&)> body;
    std::vector<ThreadId> joiners;
    // What the thread sees of the loop while it runs: the loop's thread has
    // a running loop and a current task, workers none.
    EventLoop* running_loop = nullptr;
    struct Task* current_task = nullptr;
    uint32_t rec_task = 0, rec_line = 0;
  };
  struct ThreadKill {};  // unwinds a blocked thread at teardown

  static void fiber_entry(void* arg);
  void run_body(Thread& t);
  bool block_until(bool timed, double deadline, trace::ThreadWait why);
  Thread* pick();
  Thread* pick_or_main();
  void switch_away(Thread& me);
  void enter(Thread& next);
  void reap();
  Thread& get(ThreadId id) const;

  vm::VM& vm_;
  EventLoop& loop_;
  trace::Recorder& rec_;
  std::vector<std::unique_ptr<Thread>> threads_;  // index = id - 1
  Thread* main_ = nullptr;
  Thread* current_ = nullptr;
  std::deque<Thread*> runnable_;
  uint64_t seq_ = 0;
  size_t live_ = 0;
  bool in_select_ = false;
  bool quiet_ = false;  // teardown: threads are unwound without trace events
  bool deadlock_ = false;
  bool time_limit_ = false;
  std::string abort_message_;
  std::vector<std::unique_ptr<Fiber>> dead_;  // stacks of finished threads, freed from another stack
};

// The scheduler of the running program (nullptr outside a run).
ThreadScheduler* current_threads();
void set_current_threads(ThreadScheduler* s);

}  // namespace sandbox::runtime
