#include "runtime/live/live_clock.h"

#include <uv.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace sandbox::runtime::live {

LiveClock::LiveClock(double speed)
    : origin_ns_(uv_hrtime()), speed_(std::clamp(speed, kMinSpeed, kMaxSpeed)) {}

double LiveClock::now() const {
  std::lock_guard<std::mutex> lock(mu_);
  return base_ + static_cast<double>(uv_hrtime() - origin_ns_) * 1e-9 * speed_;
}

double LiveClock::speed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return speed_;
}

void LiveClock::set_speed(double speed) {
  std::lock_guard<std::mutex> lock(mu_);
  const uint64_t t = uv_hrtime();
  base_ += static_cast<double>(t - origin_ns_) * 1e-9 * speed_;
  origin_ns_ = t;
  speed_ = std::clamp(speed, kMinSpeed, kMaxSpeed);
}

void LiveClock::block(double seconds) {
  if (seconds <= 0) return;
  std::this_thread::sleep_for(std::chrono::duration<double>(real_seconds(seconds)));
}

}  // namespace sandbox::runtime::live
