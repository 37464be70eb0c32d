// The limits of one run, with their defaults, in one place: SessionOptions
// (what the app and CLI set) and RunnerOptions (what the runner enforces)
// are both these.  What each says when it ends or interrupts the run:
// ARCHITECTURE.md, "Limits".  0 = no limit, except max_time.
#pragma once
#include <cstdint>

namespace sandbox {

struct Limits {
  double max_time = 3600;                     // virtual seconds before the run is stopped
  uint64_t step_budget = 10'000'000;          // VM instructions one task step / callback may run
  uint64_t module_step_budget = 200'000'000;  // module code between two asyncio.run phases
  int recursion_limit = 1000;                 // Python frames deep (RecursionError)
  uint64_t max_memory = 256ull << 20;         // bytes the program's objects may hold (MemoryError)
  uint64_t max_output = 64ull << 20;          // bytes of stdout + stderr before the run is stopped
  uint32_t max_tasks = 100'000;               // tasks alive at once (RuntimeError at create_task)
  uint32_t max_sockets = 1'000;               // open sockets (OSError: [Errno 24] Too many open files)
  uint64_t max_events = 20'000'000;           // the trace stops growing here (40 bytes an event)
};

}  // namespace sandbox
