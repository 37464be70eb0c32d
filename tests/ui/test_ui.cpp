// UI tests: keys, buttons, scrubber, language, presentation mode, editing.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "ui_harness.h"

#include <algorithm>

#include <imgui_internal.h>

#include "narrate.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;

TEST_CASE("Space steps one event forward, Shift+Space one back; panels follow") {
  Harness h;
  App& app = *h.app;
  CHECK(app.doc.cursor() == 0);
  CHECK(app.shown_narration == tr(Str::StartHint));
  for (int i = 0; i < 5; ++i) h.ui.press(app, GLFW_KEY_SPACE);
  CHECK(app.doc.cursor() == 5);
  CHECK(app.doc.model().cursor == 5);
  // Event 4 (the 5th) created the main task: the model and the narration say so.
  REQUIRE(app.doc.model().tasks.size() == 1);
  CHECK(app.doc.model().tasks[0].coro == "main");
  CHECK(app.shown_narration == narrate(app.doc, 4, Lang::En));
  CHECK(app.shown_narration.find("Task-1") != std::string::npos);
  // The timeline's cursor line is drawn where event 5 begins.
  CHECK(drawn_at_x(theme().cursor, h.app->timeline.x_of_last(5), 1.5f));
  h.ui.press(app, GLFW_KEY_SPACE);
  CHECK(app.doc.model().tasks[0].name == "Task-1");

  h.ui.press(app, GLFW_KEY_SPACE, /*shift=*/true);
  h.ui.press(app, GLFW_KEY_SPACE, /*shift=*/true);
  CHECK(app.doc.cursor() == 4);
  CHECK(app.doc.model().tasks.empty());
  CHECK(drawn_at_x(theme().cursor, h.app->timeline.x_of_last(4), 1.5f));
  // Going back never re-runs: what was recorded stays recorded.
  CHECK(app.doc.recorded() >= 5);
  h.ui.press(app, GLFW_KEY_RIGHT);
  h.ui.press(app, GLFW_KEY_LEFT);
  h.ui.press(app, GLFW_KEY_LEFT);
  CHECK(app.doc.cursor() == 3);
}

TEST_CASE("clicking the Step button steps; Home resets, End runs to the end") {
  Harness h;
  App& app = *h.app;
  h.ui.click(app, h.centre("step"));
  h.ui.click(app, h.centre("step"));
  CHECK(app.doc.cursor() == 2);
  h.ui.press(app, GLFW_KEY_END);
  CHECK(app.doc.finished());
  CHECK(app.doc.cursor() == app.doc.recorded());
  h.ui.frame(app);
  CHECK(app.shown_narration == "The program ended normally.");   // said once, not twice
  // At the end all three tasks are done and four lines were printed.
  const auto& m = app.doc.model();
  CHECK(m.tasks.size() == 3);
  CHECK(std::all_of(m.tasks.begin(), m.tasks.end(), [](const auto& t) { return t.state == sandbox::model::TaskState::Done; }));
  REQUIRE(m.console.size() == 4);
  CHECK(m.console[2].text == "Task 2 finished");
  CHECK(m.console[2].time == doctest::Approx(1.0));
  h.ui.press(app, GLFW_KEY_HOME);
  CHECK(app.doc.cursor() == 0);
}

TEST_CASE("step line, callback, iteration and output stop where they say") {
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_O);   // next output
  REQUIRE(app.doc.current_event() != nullptr);
  CHECK(app.doc.current_event()->kind == sandbox::trace::EventKind::Output);
  CHECK(app.doc.model().console.size() == 1);
  h.ui.press(app, GLFW_KEY_I);   // next loop iteration
  CHECK(app.doc.current_event()->kind == sandbox::trace::EventKind::IterationBegin);
  // The narration names the iteration the loop panel shows.
  const uint32_t iter = app.doc.current_event()->iter;
  CHECK(iter > 1);
  CHECK(app.doc.model().iteration == iter);
  CHECK(app.doc.model().phase == sandbox::model::Phase::Begin);   // no phase of it lit yet
  CHECK(app.shown_narration == "Loop iteration " + std::to_string(iter) + " begins (BaseEventLoop._run_once).");
  h.ui.press(app, GLFW_KEY_C);   // next callback
  CHECK(app.doc.current_event()->kind == sandbox::trace::EventKind::HandleRun);
  h.ui.press(app, GLFW_KEY_L);   // next line
  CHECK(app.doc.current_event()->kind == sandbox::trace::EventKind::Line);
}

TEST_CASE("breakpoint in the gutter, run to breakpoint") {
  Harness h;
  App& app = *h.app;
  app.doc.breakpoints.insert(17);   // print("Task 2 finished")
  h.ui.press(app, GLFW_KEY_B);
  REQUIRE(app.doc.current_event() != nullptr);
  CHECK(app.doc.current_event()->kind == sandbox::trace::EventKind::Line);
  CHECK(app.doc.current_event()->line == 17);
  CHECK(app.doc.model().time == doctest::Approx(1.0));
  // The breakpoint dot is drawn in the gutter.
  CHECK(count_colour(theme().breakpoint) > 0);
}

TEST_CASE("scrubbing the slider moves the cursor over what is recorded") {
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_END);
  const uint64_t n = app.doc.recorded();
  REQUIRE(n > 40);
  auto r = app.rects.at("scrubber");
  ImVec2 from(r.first.x + 8, (r.first.y + r.second.y) * 0.5f);
  ImVec2 to((r.first.x + r.second.x) * 0.5f, from.y);
  h.ui.drag(app, from, to);
  CHECK(app.doc.cursor() > n / 2 - n / 8);
  CHECK(app.doc.cursor() < n / 2 + n / 8);
  CHECK(app.doc.model().cursor == app.doc.cursor());
  CHECK(app.doc.recorded() == n);   // reading, not running
}

TEST_CASE("switching language: narration, UI strings and glyphs") {
  Harness h;
  App& app = *h.app;
  for (int i = 0; i < 5; ++i) h.ui.press(app, GLFW_KEY_SPACE);
  std::string en = app.shown_narration;
  app.set_lang(Lang::Zh);
  h.frame();
  std::string zh = app.shown_narration;
  CHECK(zh != en);
  CHECK(zh == narrate(app.doc, 4, Lang::Zh));
  CHECK(zh.find("Task-1") != std::string::npos);
  CHECK(std::string(tr(Str::BtnStep)) == "单步");
  // Every character of the sentence has a glyph in the atlas.
  ImFont* f = app.fonts.big;
  for (const char* p = zh.c_str(); *p;) {
    unsigned int cp = 0;
    p += ImTextCharFromUtf8(&cp, p, nullptr);
    if (cp >= 0x80) CHECK_MESSAGE(f->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr, cp);
  }
  app.set_lang(Lang::En);
  h.frame();
  CHECK(app.shown_narration == en);
}

TEST_CASE("presentation mode: bigger fonts rebuilt, light theme, Okabe-Ito states, Tol task colours; Ctrl+= zooms") {
  Harness h;
  App& app = *h.app;
  const float normal = ImGui::GetFontSize();
  h.ui.press(app, GLFW_KEY_F5);
  h.frame();
  CHECK(app.settings.presentation);
  CHECK(app.fonts.size == doctest::Approx(app.settings.present_font_size));
  CHECK(app.fonts.ui->FontSize > normal * 1.4f);
  CHECK(theme().light);
  CHECK(state_color(LaneState::Ready, sandbox::trace::WaitKind::None) == IM_COL32(0xE6, 0x9F, 0x00, 0xFF));   // Okabe-Ito orange
  CHECK(task_color(0) == IM_COL32(0x33, 0x22, 0x88, 0xFF));   // Tol's indigo: never a state's colour
  const float before = app.fonts.size;
  h.ui.press(app, GLFW_KEY_EQUAL, false, /*ctrl=*/true);
  h.frame();
  CHECK(app.fonts.size > before);
  h.ui.press(app, GLFW_KEY_F5);
  h.frame();
  CHECK_FALSE(app.settings.presentation);
  CHECK_FALSE(theme().light);
}

TEST_CASE("edit in place and re-run with a syntax error: error at its line, text as typed, previous run kept") {
  Harness h;
  App& app = *h.app;
  for (int i = 0; i < 10; ++i) h.ui.press(app, GLFW_KEY_SPACE);
  const uint64_t recorded = app.doc.recorded();
  h.ui.click(app, h.centre("edit"));
  REQUIRE(app.editing);
  h.frame();
  // Click into the editor, go to the start, type a broken line.
  h.ui.click(app, h.centre("editor"));
  h.ui.press(app, GLFW_KEY_HOME, false, /*ctrl=*/true);
  h.ui.type(app, "def (:\n");
  CHECK(app.doc.text.rfind("def (:\n", 0) == 0);
  CHECK(app.doc.dirty);
  h.ui.press(app, GLFW_KEY_ENTER, false, /*ctrl=*/true);
  h.frame();
  REQUIRE(app.doc.diagnostic().has_value());
  CHECK(app.doc.diagnostic()->line == 1);
  CHECK(app.doc.diagnostic()->type == "SyntaxError");
  CHECK(app.doc.text.rfind("def (:\n", 0) == 0);    // kept as typed
  CHECK(app.doc.has_run());                          // the previous run stays usable
  CHECK(app.doc.recorded() == recorded);
  CHECK_FALSE(app.editing);                          // the view shows the error at its line
  CHECK(count_colour(with_alpha(theme().error, 0.22f)) > 0);
  // Fix it and re-run: a fresh run from the start.
  h.ui.click(app, h.centre("edit"));
  h.frame();
  app.doc.text.erase(0, 7);
  h.ui.press(app, GLFW_KEY_ENTER, false, true);
  h.frame();
  CHECK_FALSE(app.doc.diagnostic().has_value());
  CHECK(app.doc.cursor() == 0);
}

TEST_CASE("settings persist under XDG_CONFIG_HOME") {
  Settings s;
  s.lang = Lang::Zh;
  s.presentation = true;
  s.split_code = 0.4f;
  s.add_recent("/tmp/a.py");
  s.add_recent("/tmp/b.py");
  s.add_recent("/tmp/a.py");
  REQUIRE(save_settings(s));
  Settings t = load_settings();
  CHECK(t.lang == Lang::Zh);
  CHECK(t.presentation);
  CHECK(t.split_code == doctest::Approx(0.4f));
  REQUIRE(t.recent.size() == 2);
  CHECK(t.recent[0] == "/tmp/a.py");
}

TEST_CASE("docstring: titles and explanation per language") {
  DocInfo d = parse_docstring(kGatherSource);
  CHECK(d.title_en == "Running coroutines concurrently with asyncio.gather");
  CHECK(d.title_zh == "并发执行多个协程");
  CHECK(d.body_en.find("task 2 finishes first") != std::string::npos);
  CHECK(d.body_zh.find("任务 2 先结束") != std::string::npos);
}
