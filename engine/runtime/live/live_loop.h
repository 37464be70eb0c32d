// The libuv loop of a live run: one uv_loop_t per program, owned here and
// shared by the live poller's sockets (live_kernel.h).  It blocks the
// loop's poll phase in uv_run(UV_RUN_ONCE) with a uv_timer for the timeout
// (epoll_wait(timeout) in CPython's selector), and is the only place the
// live run sleeps.
//
// Other threads (the app, a signal) reach it only through interrupt() and
// wake(), which use uv_async_send (thread-safe).  With catch_sigint, SIGINT
// is taken by a uv_signal_t and becomes an interrupt request, like
// asyncio.Runner's SIGINT handler.
#pragma once
#include <uv.h>

#include <atomic>
#include <functional>

#include "runtime/live/live_clock.h"

namespace sandbox::runtime::live {

class LiveLoop {
 public:
  LiveLoop(const LiveClock& clock, bool catch_sigint);
  ~LiveLoop();  // closes its handles and the uv loop (sockets must be closed first)
  LiveLoop(const LiveLoop&) = delete;
  LiveLoop& operator=(const LiveLoop&) = delete;

  uv_loop_t* uv() { return &loop_; }
  // Runs libuv callbacks for up to `timeout` seconds of loop time: 0 = only
  // what is ready now, < 0 = until something happens.
  void run(double timeout);
  // Runs callbacks until every closing handle is gone (teardown).
  void drain();

  // Thread-safe: ask the program to stop as on Ctrl+C, and wake the loop.
  void interrupt();
  // Thread-safe: make a blocked run() return.
  void wake();
  // True once per interrupt request (SIGINT or interrupt()).
  bool take_interrupt() { return interrupts_.exchange(0) > 0; }

  // Called around the blocking part of run(): the session releases its
  // lock there so the app can read the trace while the program waits.
  std::function<void()> before_wait, after_wait;

 private:
  const LiveClock& clock_;
  uv_loop_t loop_;
  uv_timer_t timer_;
  uv_async_t async_;
  uv_signal_t sigint_;
  bool catch_sigint_;
  std::atomic<int> interrupts_{0};
};

}  // namespace sandbox::runtime::live
