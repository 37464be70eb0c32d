#include "startup_clock.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

namespace sandbox::gui {

namespace {

double clock_ms(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double now_boot_ms() { return clock_ms(CLOCK_BOOTTIME); }

// Field 22 of /proc/self/stat: start time in clock ticks since boot.  The
// command name (field 2) may hold spaces, so parse after its closing paren.
double process_start_boot_ms() {
  FILE* f = std::fopen("/proc/self/stat", "r");
  if (!f) return -1;
  char buf[2048];
  size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  buf[n] = 0;
  std::string s(buf);
  size_t p = s.rfind(')');
  if (p == std::string::npos) return -1;
  // After ") " come fields 3.. ; starttime is field 22, i.e. the 20th after the paren.
  const char* c = s.c_str() + p + 2;
  for (int field = 3; field < 22 && *c; ++field) {
    while (*c && *c != ' ') ++c;
    while (*c == ' ') ++c;
  }
  unsigned long long ticks = std::strtoull(c, nullptr, 10);
  long hz = sysconf(_SC_CLK_TCK);
  return hz > 0 ? static_cast<double>(ticks) * 1e3 / static_cast<double>(hz) : -1;
}

struct Mark {
  const char* stage;
  double ms;
  bool note;   // a duration on the side, not a stage of the main thread
};
std::vector<Mark>& marks() {
  static std::vector<Mark> m;
  return m;
}
bool g_reported = false;   // marks after the first frame are not start-up

}  // namespace

double ms_since_process_start() {
  static const double start = process_start_boot_ms();
  return start < 0 ? 0 : now_boot_ms() - start;
}

void startup_mark(const char* stage) {
  if (!g_reported) marks().push_back({stage, ms_since_process_start(), false});
}

void startup_note(const char* what, double ms) {
  if (!g_reported) marks().push_back({what, ms, true});
}

void startup_report() {
  if (g_reported) return;
  g_reported = true;
  // SANDBOX_FIRST_FRAME: one line per stage on stdout, read by `bench-ui --startup`.
  const bool machine = std::getenv("SANDBOX_FIRST_FRAME") != nullptr;
  const bool human = std::getenv("SANDBOX_STARTUP_PROFILE") != nullptr;
  double prev = 0;
  for (const Mark& m : marks()) {
    if (m.note) {
      if (machine) std::printf("note\t%s\t%.2f\n", m.stage, m.ms);
      if (human) std::fprintf(stderr, "startup: (%s: %.1f ms)\n", m.stage, m.ms);
      continue;
    }
    if (machine) std::printf("startup\t%s\t%.2f\t%.2f\n", m.stage, m.ms, m.ms - prev);
    if (human) std::fprintf(stderr, "startup: %-28s at %7.1f ms (+%6.1f)\n", m.stage, m.ms, m.ms - prev);
    prev = m.ms;
  }
  std::fflush(stdout);
}

double thread_cpu_ms() { return clock_ms(CLOCK_THREAD_CPUTIME_ID); }

}  // namespace sandbox::gui
