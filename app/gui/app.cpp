// The GLFW + OpenGL 3.3 host: window, event loop (idle when nothing moves,
// 60 fps while playing), file drop, fullscreen, F12 screenshots, and the
// headless-by-Xvfb `screenshot` command.
#include "app.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cfloat>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "app_ui.h"
#include "png.h"
#include "startup_clock.h"

namespace sandbox::gui {

namespace {

void on_drop(GLFWwindow* win, int count, const char** paths) {
  if (App* app = static_cast<App*>(glfwGetWindowUserPointer(win))) app->on_drop(count, paths);
}

void on_glfw_error(int code, const char* text) { std::fprintf(stderr, "asyncio-sandbox: GLFW error %d: %s\n", code, text); }

struct Host {
  GLFWwindow* win = nullptr;
  bool fullscreen = false;
  bool ignore_mouse = false;   // screenshots: the pointer (wherever Xvfb left it) hovers nothing
  int saved[4] = {0, 0, 0, 0};

  // The ImGui context must exist already (the App needs it before the window).
  // fit_screen: the interactive window never opens larger than the screen's
  // work area (a saved 1600x960 on a 1366x768 laptop); screenshots keep the
  // size asked for.
  bool open(int w, int h, bool visible, bool fit_screen = false) {
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) {
      std::fputs("asyncio-sandbox: cannot open a window (no display? try xvfb-run -a)\n", stderr);
      return false;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    startup_mark("glfw init");
    if (fit_screen) {
      if (GLFWmonitor* mon = glfwGetPrimaryMonitor()) {
        int mx = 0, my = 0, mw = 0, mh = 0;
        glfwGetMonitorWorkarea(mon, &mx, &my, &mw, &mh);
        // Room for the window manager's title bar and borders.
        if (mw > 0 && w > mw) w = mw * 95 / 100;
        if (mh > 0 && h > mh) h = mh * 92 / 100;
      }
    }
    win = glfwCreateWindow(w, h, "asyncio-sandbox", nullptr, nullptr);
    if (!win) {
      std::fputs("asyncio-sandbox: cannot create an OpenGL 3.3 window\n", stderr);
      glfwTerminate();
      return false;
    }
    startup_mark("window + GL context");
    glfwMakeContextCurrent(win);
    glfwSwapInterval(1);
    ImGui_ImplGlfw_InitForOpenGL(win, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    return true;
  }

  void close() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    glfwDestroyWindow(win);
    glfwTerminate();
  }

  // One frame; returns the framebuffer size.
  void frame(App& app, float dt, int* fw, int* fh) {
    if (app.fonts_dirty()) {
      app.rebuild_fonts();
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();   // the first one compiles the shaders, uploads the atlas
    ImGui_ImplGlfw_NewFrame();
    if (ignore_mouse) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    startup_mark("GL device objects");
    ImGui::NewFrame();
    app.frame(dt);
    ImGui::Render();
    startup_mark("first ImGui frame built");
    glfwGetFramebufferSize(win, fw, fh);
    glViewport(0, 0, *fw, *fh);
    ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  }

  void toggle_fullscreen() {
    if (!fullscreen) {
      glfwGetWindowPos(win, &saved[0], &saved[1]);
      glfwGetWindowSize(win, &saved[2], &saved[3]);
      GLFWmonitor* mon = glfwGetPrimaryMonitor();
      const GLFWvidmode* mode = mon ? glfwGetVideoMode(mon) : nullptr;
      if (!mode) return;
      glfwSetWindowMonitor(win, mon, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
      glfwSetWindowMonitor(win, nullptr, saved[0], saved[1], saved[2], saved[3], 0);
    }
    fullscreen = !fullscreen;
  }
};

}  // namespace

int run_app(int argc, char** argv) {
  std::string file;
  for (int i = 1; i < argc; ++i)
    if (argv[i][0] != '-') file = argv[i];
  startup_mark("process start to main");
  Settings settings = load_settings();
  IMGUI_CHECKVERSION();
  // The context shares an atlas we own, so it can be built on a worker thread
  // while GLFW and the GL driver start: the two are the bulk of start-up.
  auto atlas = std::make_unique<ImFontAtlas>();
  ImGui::CreateContext(atlas.get());
  ImGui::GetIO().IniFilename = nullptr;   // layout lives in our settings file
  std::optional<App> app_storage;
  app_storage.emplace(settings, scenarios_dir(argv[0]));
  App& app = *app_storage;
  if (!file.empty() && !app.open_file(file)) std::fprintf(stderr, "asyncio-sandbox: cannot read %s\n", file.c_str());
  startup_mark("settings, scenarios, file");
  double atlas_cpu_ms = 0;
  std::thread fonts_job([&] {
    const double t0 = thread_cpu_ms();
    build_fonts(atlas.get(), app.fonts, app.font_size(), app.glyphs());
    // The GL backend uploads RGBA: convert here, off the thread that waits
    // for the window (ImGui keeps the converted pixels in the atlas).
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas->GetTexDataAsRGBA32(&pixels, &w, &h);
    atlas_cpu_ms = thread_cpu_ms() - t0;
  });
  Host host;
  const bool opened = host.open(settings.window_w, settings.window_h, true, /*fit_screen=*/true);
  fonts_job.join();
  startup_mark("font atlas ready");
  startup_note("font atlas build (worker thread, CPU)", atlas_cpu_ms);
  app.adopt_fonts(app.fonts);
  if (!opened) {
    app_storage.reset();
    ImGui::DestroyContext();
    return 1;
  }
  app.enable_recovery();
  glfwSetWindowUserPointer(host.win, &app);
  glfwSetDropCallback(host.win, on_drop);

  const bool report_startup = std::getenv("SANDBOX_FIRST_FRAME") != nullptr;
  int idle_frames = 0;
  bool first = true;
  double last = glfwGetTime();
  while (!app.want_quit) {
    // Idle: sleep until input unless something moves.  ImGui needs a few
    // frames after an input to settle (hover, popups), so keep drawing those.
    // (Recovery of typed code runs on its own thread, frames or not.)
    if (app.animating() || idle_frames < 3) glfwPollEvents();
    else { glfwWaitEvents(); idle_frames = 0; }
    // The window's close button: unsaved edits are asked about first.
    if (glfwWindowShouldClose(host.win)) {
      glfwSetWindowShouldClose(host.win, GLFW_FALSE);
      app.request_quit();
      idle_frames = 0;
    }
    double now = glfwGetTime();
    float dt = static_cast<float>(std::min(0.1, std::max(1e-4, now - last)));
    last = now;
    int fw, fh;
    host.frame(app, dt, &fw, &fh);
    if (app.want_screenshot)
      app.take_screenshot([&](const std::string& path) { return write_png(path, fw, fh, read_framebuffer(fw, fh), true); });
    glfwSwapBuffers(host.win);
    if (first) {
      first = false;
      startup_mark("first swap");
      startup_report();
      if (report_startup) break;
    }
    if (app.want_fullscreen) {
      app.want_fullscreen = false;
      host.toggle_fullscreen();
    }
    ++idle_frames;
  }
  if (!host.fullscreen) glfwGetWindowSize(host.win, &app.settings.window_w, &app.settings.window_h);
  save_settings(app.settings);
  app.clean_exit();
  host.close();
  app_storage.reset();
  ImGui::DestroyContext();
  return 0;
}

int render_screenshot(int w, int h, const std::string& out, const std::function<bool(App&)>& setup) {
  Settings settings;   // defaults, not the user's: screenshots are reproducible
  settings.lang = default_language();
  settings.window_w = w;
  settings.window_h = h;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  Host host;
  if (!host.open(w, h, true)) {
    ImGui::DestroyContext();
    return 1;
  }
  host.ignore_mouse = true;
  int status = 0;
  {
    App app(settings, scenarios_dir(nullptr));
    if (!setup(app)) {
      status = 1;
    } else {
      app.timeline.fit();
      int fw = 0, fh = 0;
      // A few frames so auto-sized widgets and the font atlas settle.
      for (int i = 0; i < 4; ++i) {
        glfwPollEvents();
        host.frame(app, 1.0f / 60, &fw, &fh);
        if (i < 3) glfwSwapBuffers(host.win);
      }
      if (!write_png(out, fw, fh, read_framebuffer(fw, fh), true)) {
        std::fprintf(stderr, "screenshot: cannot write %s\n", out.c_str());
        status = 1;
      }
    }
  }
  host.close();
  ImGui::DestroyContext();
  return status;
}

int run_screenshot(int argc, char** argv) {
  std::string file, out, at = "end";
  int w = 1600, h = 960;
  bool present = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--at" && i + 1 < argc) at = argv[++i];
    else if (a == "--size" && i + 1 < argc) {
      if (std::sscanf(argv[++i], "%dx%d", &w, &h) != 2 || w < 200 || h < 150) {
        std::fputs("screenshot: --size wants WxH, e.g. 1600x960\n", stderr);
        return 2;
      }
    } else if (a == "-o" && i + 1 < argc) out = argv[++i];
    else if (a == "--present") present = true;
    else if (!a.empty() && a[0] != '-') file = a;
    else {
      std::fprintf(stderr, "screenshot: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  if (file.empty() || out.empty()) {
    std::fputs("usage: asyncio-sandbox screenshot FILE [--at N|end] [--size WxH] [--present] -o OUT.png\n", stderr);
    return 2;
  }
  return render_screenshot(w, h, out, [&](App& app) {
    if (present) app.set_presentation(true);
    if (!app.open_file(file)) {
      std::fprintf(stderr, "screenshot: cannot load %s\n", file.c_str());
      return false;
    }
    if (!app.doc.has_run()) return true;   // a syntax error: shown at its line
    if (at == "end") {
      app.doc.to_end();
      return true;
    }
    char* end = nullptr;
    unsigned long long n = std::strtoull(at.c_str(), &end, 10);
    if (end == at.c_str()) {
      std::fputs("screenshot: --at wants an event number or 'end'\n", stderr);
      return false;
    }
    app.doc.play_events(n);
    return true;
  });
}

}  // namespace sandbox::gui
