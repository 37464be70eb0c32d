// `asyncio-sandbox bench-ui --startup [N] [FILE]`: start-to-first-frame of the
// real app, launched N times; each launch measures itself from the kernel's
// process start time to its first buffer swap (startup_clock.h) and prints its
// stages, which this collects into medians.  For scale it also launches a bare
// GLFW program N times (a window, one clear, one swap: the floor that the GL
// driver and the display set on this machine).  Needs a display.
#include <sys/wait.h>
#include <unistd.h>

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "startup_clock.h"

namespace sandbox::gui {

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Runs this executable with `args` and SANDBOX_FIRST_FRAME set; returns its
// stage lines as (stage, ms at end, ms of the stage) in order.
struct Stage {
  std::string name;
  double at = 0, took = 0;
};
std::vector<Stage> launch(const std::vector<std::string>& args, const std::string& config_dir) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return {};
  }
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    setenv("SANDBOX_FIRST_FRAME", "1", 1);
    setenv("XDG_CONFIG_HOME", config_dir.c_str(), 1);
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv("/proc/self/exe", argv.data());
    _exit(127);
  }
  close(fds[1]);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  std::vector<Stage> stages;
  size_t p = 0;
  while (p < out.size()) {
    size_t e = out.find('\n', p);
    std::string line = out.substr(p, e == std::string::npos ? std::string::npos : e - p);
    p = e == std::string::npos ? out.size() : e + 1;
    if (line.rfind("startup\t", 0) != 0) continue;
    size_t a = line.find('\t', 8), b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    stages.push_back({line.substr(8, a - 8), std::atof(line.c_str() + a + 1), std::atof(line.c_str() + b + 1)});
  }
  return stages;
}

void report(const char* title, const std::vector<std::vector<Stage>>& runs) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<double>> took;
  std::vector<double> total;
  for (const auto& run : runs) {
    for (const Stage& s : run) {
      if (!took.count(s.name)) order.push_back(s.name);
      took[s.name].push_back(s.took);
    }
    if (!run.empty()) total.push_back(run.back().at);
  }
  std::sort(total.begin(), total.end());
  if (total.empty()) {
    std::printf("%s: no launch reported a first frame (no display? try xvfb-run -a)\n", title);
    return;
  }
  std::printf("%s: start to first frame over %zu launches: median %.1f ms (min %.1f, max %.1f)\n", title,
              total.size(), median(total), total.front(), total.back());
  for (const std::string& name : order) std::printf("    %-28s median %7.1f ms\n", name.c_str(), median(took[name]));
}

}  // namespace

// The floor: what any GLFW + OpenGL 3.3 program pays here before its first frame.
int run_gl_floor() {
  startup_mark("process start to main");
  if (!glfwInit()) return 1;
  startup_mark("glfw init");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  GLFWwindow* win = glfwCreateWindow(1600, 960, "asyncio-sandbox gl floor", nullptr, nullptr);
  if (!win) {
    glfwTerminate();
    return 1;
  }
  startup_mark("window + GL context");
  glfwMakeContextCurrent(win);
  glClearColor(0.1f, 0.1f, 0.1f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  glfwSwapBuffers(win);
  startup_mark("first swap");
  startup_report();
  glfwDestroyWindow(win);
  glfwTerminate();
  return 0;
}

int run_bench_startup(const std::string& file, int launches) {
  std::error_code ec;
  std::string dir = (std::filesystem::temp_directory_path(ec) / ("asyncio-sandbox-bench-" + std::to_string(getpid()))).string();
  std::filesystem::create_directories(dir, ec);
  std::vector<std::vector<Stage>> app_runs, floor_runs;
  std::vector<std::string> app_args = {"asyncio-sandbox"};
  if (!file.empty()) app_args.push_back(file);
  for (int i = 0; i < launches; ++i) {
    // Interleaved, so both see the same machine load.
    app_runs.push_back(launch(app_args, dir));
    floor_runs.push_back(launch({"asyncio-sandbox", "bench-ui", "--gl-floor"}, dir));
  }
  std::filesystem::remove_all(dir, ec);
  report(file.empty() ? "app (scenario list)" : ("app with " + file).c_str(), app_runs);
  report("bare GLFW window, one clear + swap (the floor)", floor_runs);
  return 0;
}

}  // namespace sandbox::gui
