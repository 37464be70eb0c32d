#include "runtime/live/live_loop.h"

#include <csignal>
#include <cmath>

namespace sandbox::runtime::live {

namespace {
void on_timer(uv_timer_t*) {}
void on_async(uv_async_t*) {}
void on_sigint(uv_signal_t* h, int) { static_cast<LiveLoop*>(h->data)->interrupt(); }
}  // namespace

LiveLoop::LiveLoop(const LiveClock& clock, bool catch_sigint) : clock_(clock), catch_sigint_(catch_sigint) {
  // CPython ignores SIGPIPE at startup: a write to a closed socket then
  // fails with EPIPE instead of killing the process.
  std::signal(SIGPIPE, SIG_IGN);
  uv_loop_init(&loop_);
  uv_timer_init(&loop_, &timer_);
  // The async handle stays referenced: uv_run(UV_RUN_ONCE) then always
  // blocks until an event, a timer or a wake(), never spins.
  uv_async_init(&loop_, &async_, on_async);
  async_.data = this;
  if (catch_sigint_) {
    uv_signal_init(&loop_, &sigint_);
    sigint_.data = this;
    uv_signal_start(&sigint_, on_sigint, SIGINT);
  }
}

LiveLoop::~LiveLoop() {
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr);
  if (catch_sigint_) uv_close(reinterpret_cast<uv_handle_t*>(&sigint_), nullptr);
  drain();
  uv_loop_close(&loop_);
}

void LiveLoop::run(double timeout) {
  if (timeout == 0) {
    uv_run(&loop_, UV_RUN_NOWAIT);
    return;
  }
  if (timeout > 0) {
    // Round up to whole milliseconds (selectors.EpollSelector.select does
    // too): waking early would only spin another iteration.
    double ms = std::ceil(clock_.real_seconds(timeout) * 1e3);
    uv_update_time(&loop_);
    uv_timer_start(&timer_, on_timer, static_cast<uint64_t>(std::min(ms, 86400e3)), 0);
  }
  if (before_wait) before_wait();
  uv_run(&loop_, UV_RUN_ONCE);
  if (after_wait) after_wait();
  uv_timer_stop(&timer_);
}

void LiveLoop::drain() {
  // Close callbacks run in the loop's closing phase; NOWAIT turns until
  // nothing is closing any more (active handles may remain: timer, async).
  for (int i = 0; i < 64 && uv_loop_alive(&loop_); ++i) {
    uv_run(&loop_, UV_RUN_NOWAIT);
    if (!uv_loop_alive(&loop_)) break;
  }
  uv_run(&loop_, UV_RUN_NOWAIT);
}

void LiveLoop::interrupt() {
  interrupts_.fetch_add(1);
  uv_async_send(&async_);
}

void LiveLoop::wake() { uv_async_send(&async_); }

}  // namespace sandbox::runtime::live
