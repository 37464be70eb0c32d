// The live clock: loop.time() in real time (libuv's uv_hrtime), scaled by a
// speed factor so a classroom demonstration can run slower or faster:
// loop seconds = real seconds * speed.  The waiting itself happens in the
// live poller (live_kernel.h), which blocks in uv_run until the next timer;
// idle() therefore has nothing left to do.
#pragma once
#include <cstdint>
#include <mutex>

#include "runtime/clock.h"

namespace sandbox::runtime::live {

class LiveClock final : public Clock {
 public:
  static constexpr double kMinSpeed = 0.1, kMaxSpeed = 10.0;
  // speed is clamped to [kMinSpeed, kMaxSpeed]; time starts at 0 now.
  explicit LiveClock(double speed = 1.0);

  double now() const override;
  void idle(double, double) override {}
  // time.sleep(seconds): the thread sleeps seconds / speed for real.
  void block(double seconds) override;
  bool is_virtual() const override { return false; }

  double speed() const;
  // (added) Thread-safe (the app's speed control while the worker runs): the
  // new factor applies from now on and loop time stays continuous, as if
  // the clock had run at the old speed until this instant.  Clamped.
  void set_speed(double speed);
  // How long `loop_seconds` of loop time last in real seconds.
  double real_seconds(double loop_seconds) const { return loop_seconds / speed(); }

 private:
  mutable std::mutex mu_;
  uint64_t origin_ns_;     // real instant at which loop time was base_
  double base_ = 0;        // loop time at origin_ns_
  double speed_;
};

}  // namespace sandbox::runtime::live
