// `asyncio-sandbox bench-ui --live FILE [--seconds S]`: CPU time of the app's
// frames while FILE runs live (on the session's worker thread) and outside
// clients keep it busy.  Frames are paced at 60 per second in a headless ImGui
// context; each one syncs what the worker recorded, as the window does.  The
// port line the program prints is echoed to stdout so a driver
// (bench/ui_live.py) can start the clients; the bench ends after S seconds or
// when its stdin closes.  Prints the figures; not a test.
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "app.h"
#include "app_ui.h"
#include "headless.h"
#include "startup_clock.h"

namespace sandbox::gui {

namespace {
bool stdin_closed() {
  pollfd p{STDIN_FILENO, POLLIN, 0};
  if (poll(&p, 1, 0) <= 0) return false;
  if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return true;
  char buf[256];
  return read(STDIN_FILENO, buf, sizeof buf) <= 0;
}

struct Figures {
  std::vector<double> ms;
  void print(const char* what) const {
    if (ms.empty()) {
      std::printf("  %s: none\n", what);
      return;
    }
    std::vector<double> s = ms;
    std::sort(s.begin(), s.end());
    std::printf("  %s: %zu frames, median %.2f ms, p95 %.2f ms, worst %.2f ms CPU\n", what, s.size(),
                s[s.size() / 2], s[s.size() * 95 / 100], s.back());
  }
};
}  // namespace

int run_bench_live(const std::string& file, double seconds) {
  HeadlessUi ui(1600, 960);
  Settings settings;
  settings.lang = Lang::En;
  App app(settings, scenarios_dir(nullptr));
  app.set_live(true);
  if (!app.open_file(file) || !app.doc.has_run() || !app.doc.live()) {
    std::fprintf(stderr, "bench-ui: cannot run %s live\n", file.c_str());
    return 1;
  }
  Figures busy, idle;
  double first_ms = -1, worst_ms = 0;
  uint64_t worst_batch = 0;
  uint64_t max_batch = 0, busy_events = 0;
  size_t console_seen = 0;
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  auto next = start;
  while (std::chrono::duration<double>(clock::now() - start).count() < seconds && !stdin_closed()) {
    const uint64_t before = app.doc.recorded();
    const double t0 = thread_cpu_ms();
    ui.frame(app);
    const double took = thread_cpu_ms() - t0;
    const uint64_t arrived = app.doc.recorded() - before;
    if (first_ms < 0) {
      first_ms = took;   // fonts and layout: not a live frame
    } else {
      (arrived ? busy : idle).ms.push_back(took);
      if (took > worst_ms) worst_ms = took, worst_batch = arrived;
    }
    busy_events += arrived;
    max_batch = std::max(max_batch, arrived);
    // The program's output (its port) for the driver.
    const auto& console = app.doc.model().console;
    for (; console_seen < console.size(); ++console_seen) {
      std::printf("console: %s\n", console[console_seen].text.c_str());
      std::fflush(stdout);
    }
    next += std::chrono::microseconds(16667);
    std::this_thread::sleep_until(next);
    if (clock::now() > next) next = clock::now();
  }
  const auto& m = app.doc.model();
  std::printf("bench-ui --live %s: %llu events recorded, %zu tasks, %zu sockets, %zu console lines\n", file.c_str(),
              static_cast<unsigned long long>(app.doc.recorded()), m.tasks.size(), m.sockets.size(),
              m.console.size());
  std::printf("  first frame (fonts, layout): %.2f ms CPU\n", first_ms);
  busy.print("frames that took in new events");
  std::printf("    %llu events over them, up to %llu in one frame; the worst frame took in %llu\n",
              static_cast<unsigned long long>(busy_events), static_cast<unsigned long long>(max_batch),
              static_cast<unsigned long long>(worst_batch));
  idle.print("frames without new events");
  app.doc.interrupt();
  return 0;
}

}  // namespace sandbox::gui
