// What lib's `time` module asks the runtime: the clock of the running
// program (virtual by default), and time.sleep, which blocks the whole loop.
#pragma once

namespace sandbox::runtime {

// time.time / time.monotonic / time.perf_counter: seconds on the program's
// clock (0.0 when no program is running).
double time_now();
// time.sleep(seconds): the clock jumps, nothing else runs; recorded as a
// LoopBlocked event at `line`.  (ValueError for negative values is the
// caller's.)
void time_sleep(double seconds, int line);

}  // namespace sandbox::runtime
