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
};

// Loads `text` into a new Session.  On a compile error returns null and fills
// *diag (CPython's words).
std::unique_ptr<TraceSource> make_session_source(const std::string& text, const std::string& filename,
                                                 Diagnostic* diag);

}  // namespace sandbox::gui
