// The event loop: BaseEventLoop's ready deque, timer heap and _run_once,
// cut into small steps so the runner (and through it the session) can stop
// between any two of them.  Every phase is recorded in the trace.
//
//   loop.step():  Begin      clean cancelled timers, compute the timeout
//                 Poll       ask the I/O poller; idle the clock by timeout
//                 DueTimers  move due timers to the ready deque
//                 RunReady   run one ready handle per step (ntodo of them)
//
// Python-visible pieces (Future, Task, the asyncio module) live in their own
// files and use call_soon/call_at through this class.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>

#include "runtime/clock.h"
#include "runtime/handle.h"
#include "runtime/io_poller.h"
#include "runtime/timer_heap.h"
#include "trace/recorder.h"

namespace sandbox::runtime {

struct Task;
class ThreadScheduler;

// What one EventLoop::step() did.
enum class LoopStep : uint8_t {
  Ran,        // one unit ran; call step() again
  Stopped,    // the iteration ended with stop() requested: run_forever returned
  Deadlock,   // nothing ready, no timer, no I/O that can complete: select(None) would hang
  TimeLimit,  // the next timer lies beyond max_time
};

enum class LoopPhase : uint8_t { Begin, Poll, DueTimers, RunReady };

// What one Python event loop object owns while another one's state is in
// the EventLoop: a program may create several loops (new_event_loop(),
// asyncio.run() twice) but only one runs at a time, so the EventLoop holds
// the state of the loop being used and the others keep theirs parked here.
struct LoopState {
  std::deque<HandleRef> ready;
  TimerHeap<HandleRef, TimerLess> scheduled;
  size_t timer_cancelled_count = 0;
  bool stopping = false;
  bool closed = false;
  uint32_t id = 0;  // the loop's trace id
};

class EventLoop {
 public:
  EventLoop(Clock& clock, trace::Recorder& rec);
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // --- scheduling (BaseEventLoop.call_soon / call_at / call_later) --------
  // `cause` = seq of the event that made this happen (kNoCause = the loop's
  // current cause: the handle or step now running).
  static constexpr uint64_t kNoCause = ~uint64_t{0};
  void call_soon(const HandleRef& h, uint64_t cause = kNoCause);
  void call_at(double when, const HandleRef& h, trace::TimerKind kind = trace::TimerKind::Internal,
               uint64_t cause = kNoCause);
  void call_later(double delay, const HandleRef& h,
                  trace::TimerKind kind = trace::TimerKind::Internal, uint64_t cause = kNoCause) {
    call_at(time() + delay, h, kind, cause);
  }
  // BaseEventLoop._add_callback: the poller queues ready I/O callbacks.
  void add_ready(const HandleRef& h, uint64_t cause = kNoCause) { call_soon(h, cause); }
  // BaseEventLoop._timer_handle_cancelled (called by Handle::cancel).
  void timer_handle_cancelled(Handle& h);
  // Records HandleCancelled / TimerCancelled (called by Handle::cancel).
  void record_cancel(Handle& h);

  // --- time ------------------------------------------------------------------
  double time() const { return clock_->now(); }  // loop.time()
  Clock& clock() { return *clock_; }
  // time.sleep(seconds) inside the loop: the clock jumps, nothing else runs.
  void block(double seconds, uint32_t line);
  double max_time = 3600;  // virtual seconds; past this step() reports TimeLimit

  // --- running (run_forever / stop / _run_once) -------------------------------
  LoopStep step();
  void stop() { stopping_ = true; }  // BaseEventLoop.stop
  bool stopping() const { return stopping_; }
  LoopPhase phase() const { return phase_; }
  uint32_t iteration() const { return iteration_; }
  bool is_running() const { return running_; }
  void set_running(bool r) { running_ = r; }
  bool is_closed() const { return closed_; }
  void close();  // BaseEventLoop.close: drops ready handles and timers
  // A fresh loop for the next asyncio.run (same clock, new id).
  void reopen();
  // Parks the state of the loop in use into `s` and takes `s`'s state (see
  // LoopState); only between runs.
  void swap_state(LoopState& s);
  // call_soon on a parked loop (a future of that loop finished meanwhile).
  void call_soon_parked(LoopState& s, const HandleRef& h);
  void call_at_parked(LoopState& s, double when, const HandleRef& h, trace::TimerKind kind);

  // Worker threads (runtime/threads.h): while any is alive the poll phase
  // blocks the loop's thread in the scheduler, which runs the workers and
  // moves the clock to the next wake-up, the loop's or a worker's.
  void set_threads(ThreadScheduler* t) { threads_ = t; }
  ThreadScheduler* threads() const { return threads_; }

  void set_poller(IoPoller* p) { poller_ = p; }
  IoPoller* poller() const { return poller_; }

  // --- state for the runner and the tests ------------------------------------
  size_t ready_count() const { return ready_.size(); }
  size_t timer_count() const { return scheduled_.size(); }
  const std::deque<HandleRef>& ready() const { return ready_; }
  const TimerHeap<HandleRef, TimerLess>& timers() const { return scheduled_; }
  size_t timer_cancelled_count() const { return timer_cancelled_count_; }
  // Nothing left to run and nothing that could ever run.
  bool idle_forever() const;

  // --- trace ---------------------------------------------------------------
  trace::Recorder& rec() { return *rec_; }
  uint32_t id() const { return id_; }
  // The event that "causes" whatever happens now: the HandleRun of the
  // running handle, or a more specific event set by the code running.
  uint64_t cause() const { return cause_; }
  void set_cause(uint64_t seq) { cause_ = seq; }
  static uint32_t cause_field(uint64_t seq) {
    return seq == trace::Recorder::kNotRecorded || seq == kNoCause ? 0 : trace::Recorder::cause_of(seq);
  }

  // --- tasks (asyncio.tasks._current_tasks / _all_tasks) ----------------------
  Task* current_task() const { return current_task_; }
  void set_current_task(Task* t) { current_task_ = t; }
  // Registered tasks, creation order (an intrusive list kept by Task).
  Task* first_task() const { return first_task_; }
  Task*& first_task_ref() { return first_task_; }
  Task*& last_task_ref() { return last_task_; }

 private:
  void begin_iteration();
  LoopStep check_blocked() const;
  LoopStep poll_io();
  bool threads_live() const;
  void move_due_timers();

  Clock* clock_;
  trace::Recorder* rec_;
  IoPoller* poller_ = nullptr;
  ThreadScheduler* threads_ = nullptr;
  uint32_t id_ = 0;
  std::deque<HandleRef> ready_;                // BaseEventLoop._ready
  TimerHeap<HandleRef, TimerLess> scheduled_;  // BaseEventLoop._scheduled
  size_t timer_cancelled_count_ = 0;           // BaseEventLoop._timer_cancelled_count
  bool stopping_ = false;
  bool running_ = false;
  bool closed_ = false;
  LoopPhase phase_ = LoopPhase::Begin;
  uint32_t iteration_ = 0;
  double timeout_ = -1;   // this iteration's select timeout, -1 = None
  size_t ntodo_ = 0;      // handles left to run this iteration
  uint64_t cause_ = kNoCause;
  int64_t desc_ids_[8] = {-1, -1, -1, -1, -1, -1, -1, -1};  // interned descriptions per HandleKind
  Task* current_task_ = nullptr;
  Task* first_task_ = nullptr;
  Task* last_task_ = nullptr;
};

// events.get_running_loop(): the loop of the session now running (nullptr
// outside the loop).  Set by the runner around every step.
EventLoop* running_loop();
void set_running_loop(EventLoop* loop);

}  // namespace sandbox::runtime
