// Live mode on a worker thread (see session.h): the worker steps the
// program holding Impl::mu, and lets go of it while the live loop waits
// for the network (the driver's wait hooks) and whenever sync_live() asks;
// sync_live() copies the new events into the shown trace.
#include <chrono>

#include "session_impl.h"
#include "trace/event_info.h"

namespace sandbox {

void copy_events(const trace::Trace& src, uint64_t from, uint64_t to, trace::Trace& dst) {
  for (uint64_t seq = from; seq < to; ++seq) {
    trace::Event e = src[seq];
    if (trace::arg_type(e.kind) == trace::ArgType::Str && e.arg >= 0) {
      std::string_view text = src.str(e.arg);
      e.arg = (e.arg & trace::Trace::kInternedBit) ? dst.intern(text) : dst.add_string(text);
    }
    dst.append(e);
  }
}

bool Session::start_live() {
  Impl& s = *impl_;
  if (!s.live_trace || !s.driver || s.worker.joinable() || !s.run_running()) return false;
  Impl* raw = &s;
  s.driver->set_wait_hooks([raw] { raw->mu.unlock(); }, [raw] { raw->mu.lock(); });
  s.worker = std::thread([raw] {
    std::unique_lock<std::mutex> lock(raw->mu);
    while (raw->run_running()) {
      raw->run_step();
      // A waiting sync goes first: without this the mutex (which is not
      // fair) could stay with a busy worker for many steps.
      if (raw->syncs_waiting.load() > 0) {
        raw->cv.wait(lock, [raw] { return raw->syncs_waiting.load() == 0; });
      }
    }
    raw->worker_done = true;
  });
  return true;
}

uint64_t Session::sync_live() {
  Impl& s = *impl_;
  uint64_t before = s.trace.size();
  if (!s.worker.joinable()) return 0;
  {
    s.syncs_waiting.fetch_add(1);
    std::unique_lock<std::mutex> lock(s.mu);
    s.publish();
    s.syncs_waiting.fetch_sub(1);
  }
  s.cv.notify_all();
  return s.trace.size() - before;
}

void Session::interrupt() {
  if (impl_ && impl_->driver) impl_->driver->interrupt();
}

void Session::set_live_speed(double speed) {
  if (impl_ && impl_->driver) impl_->driver->set_speed(speed);
}

void Session::stop_live() {
  if (!impl_ || !impl_->worker.joinable()) return;
  Impl& s = *impl_;
  // A program may catch the CancelledError and carry on: the second
  // interrupt ends it at once, as a second Ctrl+C does.
  for (int attempt = 0; attempt < 2 && !s.worker_done.load(); ++attempt) {
    s.driver->interrupt();
    for (int i = 0; i < 100 && !s.worker_done.load(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  s.worker.join();
  s.driver->set_wait_hooks(nullptr, nullptr);
  s.publish();
  // The program is over: its sockets close with the driver now.
  s.driver.reset();
}

bool Session::live_running() const { return impl_->worker.joinable() && !impl_->worker_done.load(); }

}  // namespace sandbox
