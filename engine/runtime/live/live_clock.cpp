#include "runtime/live/live_clock.h"

#include <uv.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace sandbox::runtime::live {

LiveClock::LiveClock(double speed)
    : origin_ns_(uv_hrtime()), speed_(std::clamp(speed, kMinSpeed, kMaxSpeed)) {}

double LiveClock::now() const {
  return static_cast<double>(uv_hrtime() - origin_ns_) * 1e-9 * speed_;
}

void LiveClock::block(double seconds) {
  if (seconds <= 0) return;
  std::this_thread::sleep_for(std::chrono::duration<double>(real_seconds(seconds)));
}

}  // namespace sandbox::runtime::live
