// The minor items of issue 13 (item 8) that are fixed: the runtime-error
// caret under the statement (not column 0), a new file's code starting at
// its top, Markdown backticks left out of titles, no negative time on the axis.
#include "ui_harness.h"

#include "scenarios.h"
#include "timeline/timeline.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;

namespace {

// The caret's x, and the width of four spaces in the code font.
std::pair<float, float> caret_x(const char* program) {
  HeadlessUi ui(1600, 960);
  Settings s;
  s.lang = Lang::En;
  App app(s, "");
  REQUIRE(app.open_text(program, "boom.py"));
  ui.frame(app);
  ui.press(app, GLFW_KEY_END);
  ui.frame(app);
  ui.frame(app);
  REQUIRE(app.doc.runtime_error().has_value());
  REQUIRE(app.rects.count("error_caret"));
  const float x = app.rects["error_caret"].first.x;
  const float four = app.fonts.mono->CalcTextSizeA(app.fonts.mono->FontSize, 1e9f, 0, "    ").x;
  return {x, four};
}

}  // namespace

TEST_CASE("runtime error: the caret sits under the statement's first character, not at column 0") {
  const auto [at_col0, four] = caret_x("x = 1\nraise ValueError('boom')\n");
  const auto [indented, four2] = caret_x("def f():\n    raise ValueError('boom')\nf()\n");
  CHECK(four == doctest::Approx(four2));
  CHECK(indented - at_col0 == doctest::Approx(four).epsilon(0.05));
}

TEST_CASE("another file's code starts at its top, not at the previous file's scroll position") {
  Harness h;
  App& app = *h.app;
  std::string long_text;
  for (int i = 0; i < 300; ++i) long_text += "x = " + std::to_string(i) + "\n";
  app.open_text(long_text, "long.py");
  h.frame();
  h.frame();
  REQUIRE(app.rects.count("code_line_1"));
  const auto view = app.rects.at("code_view");
  h.ui.wheel(app, ImVec2((view.first.x + view.second.x) * 0.5f, (view.first.y + view.second.y) * 0.5f), -30.0f);
  h.frame();
  h.frame();
  REQUIRE_FALSE(app.rects.count("code_line_1"));   // scrolled down
  app.open_text(long_text, "other.py");
  h.frame();
  h.frame();
  CHECK(app.rects.count("code_line_1"));
}

TEST_CASE("titles: Markdown backticks are not shown raw") {
  DocInfo d = parse_docstring("\"\"\"Waiting with `asyncio.wait_for`\n\n"
                              "Explained.\n\n`wait_for` 超时：说明。\n\"\"\"\nimport asyncio\n");
  CHECK(d.title_en == "Waiting with asyncio.wait_for");
  CHECK(d.title_zh == "wait_for 超时");
}

TEST_CASE("time axis: panned left of the start, no negative times are labelled") {
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_END);
  app.settings.time_axis = true;
  h.frame();
  h.frame();
  TimelineView& tl = app.timeline;
  const float y = tl.lane_y_of(1);
  h.ui.drag(app, ImVec2(tl.lanes_x0() + 50, y), ImVec2(tl.lanes_x0() + 600, y));
  h.frame();
  REQUIRE(tl.view_begin() < 0);
  // Every glyph drawn left of t = 0 on the axis row would be a negative label.
  const float x_zero = tl.lanes_x0() + static_cast<float>((0 - tl.view_begin()) / (tl.view_end() - tl.view_begin())) *
                                           (tl.lanes_x1() - tl.lanes_x0());
  // The axis row (between the header and the loop lane), as laid out at this font size.
  const float axis_top = tl.lane_y_of(0) - 40, axis_bottom = tl.lane_y_of(0) - 14;
  long glyphs_left = 0;
  ImDrawData* dd = ImGui::GetDrawData();
  for (int i = 0; i < dd->CmdListsCount; ++i)
    for (const ImDrawVert& v : dd->CmdLists[i]->VtxBuffer)
      if (v.col == theme().text_dim && v.pos.x > tl.lanes_x0() + 2 && v.pos.x < x_zero - 4 && v.pos.y > axis_top &&
          v.pos.y < axis_bottom)
        ++glyphs_left;
  CHECK(glyphs_left == 0);
}

TEST_CASE("status messages follow the language") {
  Harness h;
  App& app = *h.app;
  app.open_file("/nonexistent/lesson.py");
  CHECK(app.status == "cannot read /nonexistent/lesson.py");
  app.set_lang(Lang::Zh);
  app.open_file("/nonexistent/lesson.py");
  CHECK(app.status == "无法读取 /nonexistent/lesson.py");
  app.set_lang(Lang::En);
}
