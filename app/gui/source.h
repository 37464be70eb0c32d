// What the app reads a program's run through: the events recorded so far, the
// model at any cursor, and a way to run further.  The real implementation wraps
// sandbox::Session (session_source.cpp); UI tests plug in hand-built fixtures.
// The app never reaches past this into the VM.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "model/model.h"
#include "session.h"
#include "trace/event.h"

namespace sandbox::gui {

// How a program runs: on the virtual clock (stepped, deterministic), or live
// (libuv, real time x speed, real loopback sockets) on a worker thread.
struct RunMode {
  bool live = false;
  double speed = 1.0;            // live: loop seconds per real second, 0.1 .. 10
};

class TraceSource {
 public:
  virtual ~TraceSource() = default;
  virtual uint64_t size() const = 0;                         // events recorded so far
  virtual const trace::Event& event(uint64_t i) const = 0;   // i < size()
  virtual std::string_view str(int64_t id) const = 0;        // string pool; "" for kNoString
  virtual model::Model model_at(uint64_t cursor) const = 0;
  // Session::advance: the first cursor after `from` where req holds, running
  // the program further when the trace does not reach it yet.
  virtual uint64_t advance(uint64_t from, const StopRequest& req) = 0;
  virtual void run_to_end() = 0;
  virtual RunState state() const = 0;
  virtual const std::string& stderr_text() const = 0;
  // The trace in Chrome's Trace Event Format; false when unavailable.
  virtual bool export_chrome(const std::string& path, std::string* error) const = 0;

  // Live runs: a worker thread runs the program; sync() takes in what it
  // recorded since the last call (the events, output and state) and never
  // waits on the network.  Virtual runs: nothing to do.
  virtual bool live() const { return false; }
  virtual uint64_t sync() { return 0; }
  virtual bool live_running() const { return false; }
  // Ctrl+C for a live run: the program winds down on its own thread.
  virtual void interrupt() {}
  // Live runs: a new speed factor, applied at once.
  virtual void set_speed(double speed) { (void)speed; }
};

// Loads `text` into a new Session (live: and starts its worker).  On a compile error returns null and fills
// *diag (CPython's words).
std::unique_ptr<TraceSource> make_session_source(const std::string& text, const std::string& filename,
                                                 Diagnostic* diag, const RunMode& mode = RunMode{});

}  // namespace sandbox::gui
