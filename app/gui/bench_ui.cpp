// `asyncio-sandbox bench-ui [FILE] [--events N]`: CPU time to build one frame
// of the whole app with a large trace loaded, over a scripted zoom and pan of
// the timeline, in a headless ImGui context (no GPU: this measures our code).
// Without FILE the trace is synthetic (trace_fixture.cpp); with FILE it is
// the program's own run to the end.  Prints the figures; not a test.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "app.h"
#include "app_ui.h"
#include "headless.h"
#include "trace_fixture.h"

namespace sandbox::gui {

namespace {
double thread_cpu_ms() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
}  // namespace

int run_bench_startup(const std::string& file, int launches);
int run_gl_floor();

int run_bench_ui(int argc, char** argv) {
  uint64_t events = 1'000'000;
  std::string file;
  int startup_launches = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--events" && i + 1 < argc) events = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--startup") startup_launches = i + 1 < argc && std::isdigit(static_cast<unsigned char>(argv[i + 1][0])) ? std::atoi(argv[++i]) : 7;
    else if (a == "--gl-floor") return run_gl_floor();
    else if (!a.empty() && a[0] != '-') file = a;
  }
  if (startup_launches > 0) return run_bench_startup(file, startup_launches);
  const double start = thread_cpu_ms();
  HeadlessUi ui(1600, 960);
  Settings settings;
  settings.lang = Lang::En;
  App app(settings, scenarios_dir(argv[0]));
  double load_ms0 = thread_cpu_ms();
  if (!file.empty()) {
    if (!app.open_file(file)) {
      std::fprintf(stderr, "bench-ui: cannot load %s\n", file.c_str());
      return 1;
    }
  } else {
    auto src = make_synthetic_trace(events, 24);
    FixtureSource* raw = src.release();
    app.doc.set_factory([raw](const std::string&, const std::string&, Diagnostic*) {
      return std::unique_ptr<TraceSource>(raw);
    });
    app.open_text("# synthetic trace for bench-ui\n", "");
  }
  app.doc.to_end();
  double load_ms = thread_cpu_ms() - load_ms0;
  ui.frame(app);   // first frame: fonts, layout
  double first_frame_ms = thread_cpu_ms() - start;
  std::printf("bench-ui: %llu events (%s), %zu task lanes, %zu counters\n",
              static_cast<unsigned long long>(app.doc.recorded()), file.empty() ? "synthetic" : file.c_str(),
              app.doc.index().tasks().size(), app.doc.index().counters().size());
  std::printf("  load + index + model at end: %.1f ms CPU\n", load_ms);
  std::printf("  start to first frame (headless, CPU, includes the load): %.1f ms\n", first_frame_ms);

  // Scripted: fit, zoom in 30 steps at the middle, pan across, zoom out.
  std::vector<double> ms;
  const float mid = (app.timeline.lanes_x0() + app.timeline.lanes_x1()) * 0.5f;
  auto timed = [&](auto&& action) {
    action();
    double t0 = thread_cpu_ms();
    ui.frame(app);
    ms.push_back(thread_cpu_ms() - t0);
  };
  for (int i = 0; i < 10; ++i) timed([] {});
  for (int i = 0; i < 40; ++i) timed([&] { app.timeline.zoom(1.35f, mid); });
  for (int i = 0; i < 60; ++i) timed([&] { app.timeline.pan(-25.0f); });
  for (int i = 0; i < 40; ++i) timed([&] { app.timeline.zoom(1 / 1.35f, mid - 200); });
  for (int i = 0; i < 60; ++i) timed([&] { app.timeline.pan(40.0f); });
  app.settings.time_axis = true;
  for (int i = 0; i < 20; ++i) timed([&] { app.timeline.zoom(1.3f, mid); });
  for (int i = 0; i < 20; ++i) timed([&] { app.timeline.pan(-30.0f); });
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  double median = sorted[sorted.size() / 2];
  double worst = sorted.back();
  double p95 = sorted[sorted.size() * 95 / 100];
  std::printf("  frame CPU over %zu scripted zoom/pan frames: median %.2f ms, p95 %.2f ms, worst %.2f ms\n", ms.size(),
              median, p95, worst);
  std::printf("  targets: median <= 4 ms, worst <= 16 ms: %s\n", median <= 4 && worst <= 16 ? "met" : "NOT met");
  return 0;
}

}  // namespace sandbox::gui
