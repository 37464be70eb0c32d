// The real driver: source -> lang::parse -> vm compile -> runtime::Runner.
#pragma once
#include <memory>
#include <string>

#include "session.h"
#include "session_driver.h"

namespace sandbox {

// Compiles `source`; on a compile error returns nullptr and fills *diag
// with CPython's formatted text.
std::unique_ptr<SessionDriver> make_runner_driver(const std::string& source, const SessionOptions& options,
                                                  trace::Recorder& rec, Diagnostic* diag);


}  // namespace sandbox
