// Start-up timing measured by the app itself: milliseconds since the process
// started (the kernel's start time, so dynamic loading counts too), and named
// stage marks that `SANDBOX_STARTUP_PROFILE=1` prints after the first frame.
#pragma once

namespace sandbox::gui {

// Wall milliseconds since this process was started by the kernel.
double ms_since_process_start();
// Records a stage ("glfw init", "font atlas") with the time it ended.
void startup_mark(const char* stage);
// Records a figure measured elsewhere (work overlapped on another thread).
void startup_note(const char* what, double ms);
// CPU milliseconds this thread has used (frame costs in the benches).
double thread_cpu_ms();
// Prints the marks to stderr when SANDBOX_STARTUP_PROFILE is set.
void startup_report();

}  // namespace sandbox::gui
