// TEST FIXTURES: traces built by hand in the shape the engine records for a
// small program, so the panels can be driven before (and independently of)
// the engine running real programs.  Not shipped in the app.
#pragma once
#include <memory>
#include <string>

#include "trace_fixture.h"

namespace sandbox::gui::test {

// The source text the gather fixture pretends to be (scenarios/03_gather.py's shape).
extern const char* kGatherSource;
// main() gathers task1 (sleeps 2 s) and task2 (sleeps 1 s); both print.
std::unique_ptr<FixtureSource> gather_fixture();
// A queue of maxsize 2 with a producer and a consumer, and a Semaphore(1).
std::unique_ptr<FixtureSource> queue_fixture();

}  // namespace sandbox::gui::test
