// What lib's `time` module asks the runtime: the clock of the running
// program (virtual by default), and time.sleep, which blocks the whole loop.
#pragma once

namespace sandbox::runtime {

// time.monotonic / time.perf_counter / loop.time(): seconds on the program's
// clock (0.0 when no program is running).
double time_now();
// The Unix time the virtual clock's 0.0 stands for (2023-11-14 22:13:20 UTC,
// python-subset.md "Time"):
// time.time() of a virtual run is kVirtualEpoch + time_now(), as
// tests/reference/run_reference.py makes CPython's.
constexpr double kVirtualEpoch = 1700000000.0;
// time.time(): seconds since the Unix epoch; on the virtual clock
// kVirtualEpoch + time_now(), on the live clock the real time.
double time_wall();
// time.sleep(seconds): the clock jumps, nothing else runs; recorded as a
// LoopBlocked event at `line`.  (ValueError for negative values is the
// caller's.)
void time_sleep(double seconds, int line);

}  // namespace sandbox::runtime
