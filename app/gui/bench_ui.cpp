// `asyncio-sandbox bench-ui [FILE] [--events N] [--synthetic [N]]`: CPU time to build one frame
// of the whole app with a large trace loaded, over a scripted zoom and pan of
// the timeline, in a headless ImGui context (no GPU: this measures our code).
// The trace is a real run: FILE's, by default bench/semaphore_workers.py
// (1.8 million events, 50,003 tasks), to its end or its first N events;
// --synthetic builds one in memory instead.  Prints the figures; not a test.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app.h"
#include "app_ui.h"
#include "headless.h"
#include "trace_fixture.h"
#include "startup_clock.h"

namespace sandbox::gui {

int run_bench_startup(const std::string& file, int launches);
int run_gl_floor();
int run_bench_live(const std::string& file, double seconds);

// The default trace: a real run, the bench/ program with 50,000 tasks
// through a semaphore (1.8 million events).
std::string default_bench_program(const char* argv0) {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  std::error_code ec;
  if (argv0) candidates.push_back(fs::path(argv0).parent_path() / "bench" / "semaphore_workers.py");
#ifdef SANDBOX_SOURCE_DIR
  candidates.push_back(fs::path(SANDBOX_SOURCE_DIR) / "bench" / "semaphore_workers.py");
#endif
  candidates.push_back(fs::path("bench") / "semaphore_workers.py");
  for (const fs::path& p : candidates)
    if (fs::exists(p, ec)) return p.string();
  return {};
}

int run_bench_ui(int argc, char** argv) {
  uint64_t events = 0;   // 0 = run the program to its end
  uint64_t synthetic_events = 0;
  std::string file;
  int startup_launches = 0;
  bool live = false;
  double live_seconds = 20;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--events" && i + 1 < argc) events = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--synthetic") synthetic_events = i + 1 < argc && std::isdigit(static_cast<unsigned char>(argv[i + 1][0])) ? std::strtoull(argv[++i], nullptr, 10) : 1'000'000;
    else if (a == "--startup") startup_launches = i + 1 < argc && std::isdigit(static_cast<unsigned char>(argv[i + 1][0])) ? std::atoi(argv[++i]) : 7;
    else if (a == "--gl-floor") return run_gl_floor();
    else if (a == "--live") live = true;
    else if (a == "--seconds" && i + 1 < argc) live_seconds = std::atof(argv[++i]);
    else if (!a.empty() && a[0] != '-') file = a;
    else {
      std::fprintf(stderr, "bench-ui: unknown option %s\n"
                   "usage: asyncio-sandbox bench-ui [FILE] [--events N] | --synthetic [N] | --startup [N] [FILE] | --live FILE [--seconds S]\n", a.c_str());
      return 2;
    }
  }
  if (startup_launches > 0) return run_bench_startup(file, startup_launches);
  if (live) {
    if (file.empty()) {
      std::fputs("bench-ui: --live needs a FILE (a server, e.g. tests/live/programs/echo_server.py)\n", stderr);
      return 2;
    }
    return run_bench_live(file, live_seconds);
  }
  if (file.empty() && synthetic_events == 0) {
    file = default_bench_program(argv[0]);
    if (file.empty()) {
      std::fputs("bench-ui: bench/semaphore_workers.py not found; pass a FILE\n", stderr);
      return 1;
    }
  }
  const double start = thread_cpu_ms();
  HeadlessUi ui(1600, 960);
  Settings settings;
  settings.lang = Lang::En;
  App app(settings, scenarios_dir(argv[0]));
  double load_ms0 = thread_cpu_ms();
  if (synthetic_events == 0) {
    if (!app.open_file(file)) {
      std::fprintf(stderr, "bench-ui: cannot load %s\n", file.c_str());
      return 1;
    }
    if (!app.doc.has_run()) {
      std::fprintf(stderr, "bench-ui: %s does not compile\n", file.c_str());
      return 1;
    }
  } else {
    auto src = make_synthetic_trace(synthetic_events, 24);
    FixtureSource* raw = src.release();
    app.doc.set_factory([raw](const std::string&, const std::string&, Diagnostic*) {
      return std::unique_ptr<TraceSource>(raw);
    });
    app.open_text("# synthetic trace for bench-ui\n", "");
  }
  if (events > 0) app.doc.play_events(events);
  else app.doc.to_end();
  double load_ms = thread_cpu_ms() - load_ms0;
  ui.frame(app);   // first frame: fonts, layout
  double first_frame_ms = thread_cpu_ms() - start;
  std::printf("bench-ui: %llu events (%s), %zu task lanes, %zu counters\n",
              static_cast<unsigned long long>(app.doc.recorded()), synthetic_events ? "synthetic" : file.c_str(),
              app.doc.index().tasks().size(), app.doc.index().counters().size());
  std::printf("  run + index + model at the cursor: %.1f ms CPU\n", load_ms);
  std::printf("  start to first frame (headless, CPU, includes the run): %.1f ms\n", first_frame_ms);

  // Scripted: fit, zoom in 40 steps at the middle, pan across, zoom out, pan
  // back; scroll down through the task lanes; the same on the time axis;
  // then step the cursor back through the trace (the timeline follows it).
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
  for (int i = 0; i < 60; ++i) timed([&] { app.timeline.scroll_lanes(i < 30 ? 40.0f : 4000.0f); });
  app.settings.time_axis = true;
  for (int i = 0; i < 20; ++i) timed([&] { app.timeline.zoom(1.3f, mid); });
  for (int i = 0; i < 20; ++i) timed([&] { app.timeline.pan(-30.0f); });
  app.settings.time_axis = false;
  const uint64_t n = app.doc.recorded();
  for (int i = 1; i <= 20; ++i)
    timed([&] {
      app.doc.set_cursor(n - n * static_cast<uint64_t>(i) / 21);
      app.timeline.follow(app.doc.cursor());
    });
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  double median = sorted[sorted.size() / 2];
  double worst = sorted.back();
  double p95 = sorted[sorted.size() * 95 / 100];
  std::printf("  frame CPU over %zu scripted zoom/pan/scroll frames: median %.2f ms, p95 %.2f ms, worst %.2f ms\n",
              ms.size(), median, p95, worst);
  std::printf("  targets: median <= 4 ms, worst <= 16 ms: %s\n", median <= 4 && worst <= 16 ? "met" : "NOT met");
  return 0;
}

}  // namespace sandbox::gui
