// The real driver: source -> lang::parse -> vm compile -> runtime::Runner.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "session.h"
#include "session_driver.h"

namespace sandbox {

// Writes program output straight to the session (stream 1 = stdout,
// 2 = stderr), for the text written after the trace is full.
using DirectWrite = std::function<void(uint32_t stream, std::string_view text)>;

// Compiles `source`; on a compile error returns nullptr and fills *diag
// with CPython's formatted text.
std::unique_ptr<SessionDriver> make_runner_driver(const std::string& source, const SessionOptions& options,
                                                  trace::Recorder& rec, DirectWrite direct, Diagnostic* diag);


}  // namespace sandbox
