// Projector-first presentation mode (issue 13 item 3) at 1280x720 and
// 1920x1080: the current line always fully in view, the narration and a
// large timeline; the other panels shown or hidden from the View menu and
// keys; the presentation layout never leaks into the desk layout; the
// key-help overlay on F1 or ?.
#include "ui_harness.h"

#include <cmath>

#include "timeline/timeline.h"

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
