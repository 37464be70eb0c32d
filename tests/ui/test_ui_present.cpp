// Projector-first presentation mode (issue 13 item 3) at 1280x720 and
// 1920x1080: the current line always fully in view, the narration and a
// large timeline; the other panels shown or hidden from the View menu and
// keys; the presentation layout never leaks into the desk layout; the
// key-help overlay on F1 or ?.
#include "ui_harness.h"

#include <cmath>

#include "timeline/timeline.h"
#include "trace_fixture.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;

namespace {

bool shown(App& app, const char* name) { return app.rects.count(name) > 0; }

float height(App& app, const char* name) {
  const auto& r = app.rects.at(name);
  return r.second.y - r.first.y;
}

void settle(Harness& h) {
  for (int i = 0; i < 3; ++i) h.frame();
}

// Steps through the whole run; after each step the line about to run is
// fully inside the code view (not under its edge, not under the scroll bar).
void check_current_line_always_in_view(Harness& h) {
  App& app = *h.app;
  int checked = 0;
  while (!(app.doc.finished() && app.doc.cursor() >= app.doc.recorded())) {
    h.ui.press(app, GLFW_KEY_DOWN);   // next line
    h.frame();                        // a scroll set this frame lands the next
    if (!shown(app, "current_line")) continue;
    const auto& view = app.rects.at("code_view");
    const auto& line = app.rects.at("current_line");
    CHECK_MESSAGE(line.first.y >= view.first.y - 0.5f, "line " << app.doc.model().line);
    CHECK_MESSAGE(line.second.y <= view.second.y + 0.5f, "line " << app.doc.model().line);
    ++checked;
  }
  CHECK(checked >= 6);
}

}  // namespace

TEST_CASE("presentation at 1280x720: code line in view, narration, a large timeline with every lane, compact toolbar") {
  Harness h;
  App& app = *h.app;
  ImGui::GetIO().DisplaySize = ImVec2(1280, 720);
  h.ui.press(app, GLFW_KEY_F5);
  settle(h);
  REQUIRE(app.settings.presentation);
  check_current_line_always_in_view(h);
  settle(h);
  // The narration shows at least two lines of its large type.
  REQUIRE(shown(app, "panel:narration"));
  CHECK(height(app, "panel:narration") >= app.fonts.big->FontSize * 2.5f);
  CHECK_FALSE(app.shown_narration.empty());
  // The timeline takes a large share, and every task lane fits without scrolling.
  CHECK(height(app, "panel:timeline") >= 720 * 0.4f);
  CHECK(app.timeline.lanes_fit());
  for (uint32_t t = 1; t <= 3; ++t) CHECK_FALSE(std::isnan(app.timeline.lane_y_of(t)));
  // One toolbar row: no scrubber, no speed controls.
  CHECK_FALSE(shown(app, "scrubber"));
  CHECK(shown(app, "step"));
  CHECK_FALSE(shown(app, "live"));
}

TEST_CASE("presentation at 1920x1080: the current line is never clipped at the bottom edge") {
  Harness h;
  App& app = *h.app;
  ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
  h.ui.press(app, GLFW_KEY_F5);
  settle(h);
  check_current_line_always_in_view(h);
}

TEST_CASE("presentation: panels shown or hidden by keys and the View menu; nothing leaks into normal mode") {
  Harness h;
  App& app = *h.app;
  ImGui::GetIO().DisplaySize = ImVec2(1280, 720);
  settle(h);
  // Normal mode: every panel.
  CHECK(shown(app, "panel:loop"));
  CHECK(shown(app, "panel:tasks"));
  CHECK(shown(app, "panel:console"));
  CHECK(shown(app, "scrubber"));
  const float split_code = app.settings.split_code, split_timeline = app.settings.split_timeline;
  const float normal_font = ImGui::GetFontSize();

  h.ui.press(app, GLFW_KEY_F5);
  settle(h);
  CHECK_FALSE(shown(app, "panel:loop"));
  CHECK_FALSE(shown(app, "panel:tasks"));
  CHECK(shown(app, "panel:console"));
  // Key 1 shows the event loop; the View menu shows the tasks.
  h.ui.press(app, GLFW_KEY_1);
  settle(h);
  CHECK(shown(app, "panel:loop"));
  h.ui.click(app, h.centre("menu_view"));
  settle(h);
  h.ui.click(app, h.centre("menu_show_tasks"));
  settle(h);
  CHECK(shown(app, "panel:tasks"));
  // Key 3 hides the console.
  h.ui.press(app, GLFW_KEY_3);
  settle(h);
  CHECK_FALSE(shown(app, "panel:console"));
  // The splits here are the presentation's own.
  app.settings.code_split() = 0.6f;
  settle(h);
  CHECK(app.settings.split_code == doctest::Approx(split_code));

  // Back to normal: the desk layout as it was, the normal font.
  h.ui.press(app, GLFW_KEY_F5);
  settle(h);
  CHECK_FALSE(app.settings.presentation);
  CHECK(ImGui::GetFontSize() == doctest::Approx(normal_font));
  CHECK(app.settings.split_code == doctest::Approx(split_code));
  CHECK(app.settings.split_timeline == doctest::Approx(split_timeline));
  CHECK(shown(app, "panel:loop"));
  CHECK(shown(app, "panel:tasks"));
  CHECK(shown(app, "panel:console"));
  CHECK(shown(app, "scrubber"));
  // And presentation mode remembers its own choices.
  h.ui.press(app, GLFW_KEY_F5);
  settle(h);
  CHECK(shown(app, "panel:loop"));
  CHECK_FALSE(shown(app, "panel:console"));
  CHECK(app.settings.present_split_code == doctest::Approx(0.6f));

  // Persisted per mode.
  REQUIRE(save_settings(app.settings));
  Settings loaded = load_settings();
  CHECK(loaded.present_layout.loop);
  CHECK_FALSE(loaded.present_layout.console);
  CHECK(loaded.normal_layout.console);
  CHECK(loaded.present_split_code == doctest::Approx(0.6f));
}

TEST_CASE("key help: F1 or ? opens the overlay; keys do not step behind it; Esc or a click closes it") {
  Harness h;
  App& app = *h.app;
  CHECK_FALSE(shown(app, "key_help"));
  h.ui.press(app, GLFW_KEY_F1);
  settle(h);
  REQUIRE(shown(app, "key_help"));
  const uint64_t cursor = app.doc.cursor();
  h.ui.press(app, GLFW_KEY_SPACE);
  CHECK(app.doc.cursor() == cursor);
  h.ui.press(app, GLFW_KEY_ESCAPE);
  settle(h);
  CHECK_FALSE(shown(app, "key_help"));
  h.ui.type(app, "?");
  settle(h);
  REQUIRE(shown(app, "key_help"));
  h.ui.click(app, ImVec2(5, 300));
  settle(h);
  CHECK_FALSE(shown(app, "key_help"));
  h.ui.press(app, GLFW_KEY_SPACE);
  CHECK(app.doc.cursor() == cursor + 1);
}

TEST_CASE("View menu: each shortcut is shown once, in the shortcut column") {
  for (Str s : {Str::MenuPresentation, Str::MenuFullscreen, Str::MenuZoomIn, Str::MenuZoomOut, Str::MenuScreenshot})
    for (Lang l : {Lang::En, Lang::Zh}) CHECK(std::string(tr(s, l)).find('(') == std::string::npos);
}

namespace {

// 30 tasks created one after another, then a 31st near the end, after which
// only the loop records (so following the cursor alone would not show it);
// one very long printed line.
std::unique_ptr<FixtureSource> many_lanes_fixture() {
  using sandbox::trace::EventKind;
  using sandbox::trace::StepEnd;
  using sandbox::trace::WaitKind;
  auto src = std::make_unique<FixtureSource>();
  EventBuilder b(*src);
  b.add(EventKind::ProgramStart, 0, 0, b.str("server.py"));
  b.add(EventKind::LoopStart, 0, 1);
  for (uint32_t t = 1; t <= 30; ++t) {
    b.iteration(0);
    b.add(EventKind::TaskCreated, 0, t, b.intern("handle"));
    b.add(EventKind::TaskStepBegin, t, 0, 0, uint16_t(sandbox::trace::ResumeKind::First), 3);
    b.add(EventKind::TaskStepEnd, t, 100 + t, 0, EventBuilder::step_end(StepEnd::Suspended, WaitKind::Socket), 4);
  }
  std::string long_line(400, 'x');
  long_line += "\n";
  b.add(EventKind::Output, 1, 1, b.str(long_line.c_str()), 0, 4);
  b.iteration(0);
  b.add(EventKind::TaskCreated, 0, 31, b.intern("handle"));
  for (int k = 0; k < 4; ++k) b.iteration(0);
  b.add(EventKind::LoopStop, 0, 1);
  b.add(EventKind::ProgramEnd, 0, 0, 0);
  return src;
}

}  // namespace

TEST_CASE("live-like growth: a new client's lane scrolls into view when the cursor is at the newest event") {
  Harness h;
  App& app = *h.app;
  app.doc.set_factory([](const std::string&, const std::string&, sandbox::Diagnostic*) {
    auto src = many_lanes_fixture();
    src->set_revealed(0);
    return std::unique_ptr<TraceSource>(std::move(src));
  });
  app.open_text("# server\n", "server.py");
  settle(h);
  for (int i = 0; i < 30 * 6 + 2; ++i) h.ui.press(app, GLFW_KEY_SPACE);
  settle(h);
  REQUIRE(app.doc.index().tasks().size() == 30);
  REQUIRE_FALSE(app.timeline.lanes_fit());
  h.ui.press(app, GLFW_KEY_END);
  settle(h);
  REQUIRE(app.doc.index().tasks().size() == 31);
  CHECK_FALSE(std::isnan(app.timeline.lane_y_of(31)));
}

TEST_CASE("console: a long printed line wraps instead of running off the panel") {
  Harness h;
  App& app = *h.app;
  app.doc.set_factory([](const std::string&, const std::string&, sandbox::Diagnostic*) {
    return std::unique_ptr<TraceSource>(many_lanes_fixture());
  });
  app.open_text("# server\n", "server.py");
  app.doc.to_end();
  settle(h);
  REQUIRE(app.rects.count("console_last"));
  const auto& line = app.rects.at("console_last");
  const auto& panel = app.rects.at("panel:console");
  CHECK(line.second.y - line.first.y >= app.fonts.mono->FontSize * 2.5f);   // several rows
  CHECK(line.second.x <= panel.second.x + 1);
}
