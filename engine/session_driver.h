// What the session needs from whatever runs the program: a way to run one
// more small unit, and the outcome.  The real driver wraps runtime::Runner
// (session.cpp); tests plug in scripted drivers.  The driver records into
// the Recorder it is given; the session reads everything else (output,
// the model) from the trace.
#pragma once
#include <functional>
#include <string>

#include "trace/recorder.h"

namespace sandbox {

class SessionDriver {
 public:
  enum class Status : uint8_t {
    Running,   // more can run
    Finished,  // the program ended normally (exit status 0)
    Failed,    // uncaught exception: traceback already written as Output (stderr)
    Stopped,   // a limit ended it: message in limit_message()
  };
  virtual ~SessionDriver() = default;
  // Runs one unit (a piece of module code, a loop phase, one ready handle).
  virtual Status step() = 0;
  // Why the run was Stopped ("... blocked the event loop ...").
  virtual std::string limit_message() const { return {}; }
  // True if the driver already wrote the limit message as stderr output
  // (and recorded the Limit event); else the session does both.
  virtual bool writes_limit_message() const { return false; }
  // The exit status after Failed: 1, or 130 for an uncaught KeyboardInterrupt.
  virtual int failed_exit_status() const { return 1; }

  // --- live mode (no-ops for other drivers) ---
  // Thread-safe: stop as on Ctrl+C (asyncio.run's KeyboardInterrupt shutdown).
  virtual void interrupt() {}
  // (added) Thread-safe: a new speed factor for the live clock, at once.
  virtual void set_speed(double speed) { (void)speed; }
  // Called on the stepping thread around the live loop's blocking wait.
  virtual void set_wait_hooks(std::function<void()> before, std::function<void()> after) {
    (void)before;
    (void)after;
  }
};

}  // namespace sandbox
