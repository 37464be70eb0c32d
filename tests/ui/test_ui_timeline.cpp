// Timeline tests: lanes, click to move the cursor, wheel zoom, drag pan, fit,
// the time axis, and level of detail on a large trace.
#include "ui_harness.h"

#include <cmath>

#include "timeline/timeline.h"
#include "trace_fixture.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;

TEST_CASE("timeline: task lanes coloured by state; click moves the cursor there") {
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_END);
  h.frame();
  const TraceIndex& idx = app.doc.index();
  REQUIRE(idx.tasks().size() == 3);
  CHECK(idx.tasks()[1].name == "Task-2");
  // Task-3 (task2 in the source) waits on a timer from its first step to t=1.
  const TaskLane* t3 = idx.task(3);
  REQUIRE(t3);
  auto waiting = std::find_if(t3->segs.begin(), t3->segs.end(), [](const Segment& s) { return s.state == LaneState::Waiting; });
  REQUIRE(waiting != t3->segs.end());
  CHECK(waiting->wait == sandbox::trace::WaitKind::Timer);
  CHECK(idx.time_at(waiting->end) == doctest::Approx(1.0));
  // Its colour is on screen.
  CHECK(count_colour(state_color(LaneState::Waiting, sandbox::trace::WaitKind::Timer)) > 0);

  // Click in the middle of that waiting segment, on Task-3's lane.
  uint64_t mid = (waiting->begin + waiting->end) / 2;
  float x = app.timeline.x_of_last(mid) + 1;
  float y = app.timeline.lane_y_of(3);
  REQUIRE_FALSE(std::isnan(y));
  h.ui.click(app, ImVec2(x, y));
  CHECK(app.doc.cursor() > waiting->begin);
  CHECK(app.doc.cursor() <= waiting->end + 1);
  const auto* t = app.doc.model().task(3);
  REQUIRE(t);
  CHECK(t->state == sandbox::model::TaskState::Waiting);
}

TEST_CASE("timeline: wheel zooms at the mouse, drag pans, F fits") {
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_END);
  h.frame();
  TimelineView& tl = app.timeline;
  const double span0 = tl.view_end() - tl.view_begin();
  float cx = (tl.lanes_x0() + tl.lanes_x1()) * 0.5f;
  float y = tl.lane_y_of(1);
  h.ui.wheel(app, ImVec2(cx, y), 2.0f);
  h.frame();
  double span1 = tl.view_end() - tl.view_begin();
  CHECK(span1 < span0 * 0.8);
  CHECK_FALSE(tl.auto_fit());
  const uint64_t cursor = app.doc.cursor();
  double b0 = tl.view_begin();
  h.ui.drag(app, ImVec2(cx, y), ImVec2(cx - 200, y));
  CHECK(tl.view_begin() > b0);                       // dragged left: later events come into view
  CHECK(app.doc.cursor() == cursor);                 // a drag is not a click
  h.ui.press(app, GLFW_KEY_F);
  h.frame();
  CHECK(tl.auto_fit());
  CHECK(tl.view_end() - tl.view_begin() == doctest::Approx(span0));
}

TEST_CASE("timeline: the virtual-time axis puts t=1 and t=2 where they belong") {
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_END);
  app.settings.time_axis = true;
  h.frame();
  h.frame();
  const TraceIndex& idx = app.doc.index();
  uint64_t s1 = idx.seq_at_time(1.0), s2 = idx.seq_at_time(2.0);
  float x0 = app.timeline.x_of_last(0), x1 = app.timeline.x_of_last(s1), x2 = app.timeline.x_of_last(s2);
  CHECK(x1 - x0 == doctest::Approx(x2 - x1).epsilon(0.01));
}

TEST_CASE("timeline: a million events draw in bounded vertices (level of detail)") {
  Harness h;
  App& app = *h.app;
  auto big = make_synthetic_trace(1'000'000, 24);
  FixtureSource* raw = big.release();
  app.doc.set_factory([raw](const std::string&, const std::string&, sandbox::Diagnostic*) {
    return std::unique_ptr<TraceSource>(raw);
  });
  app.open_text("# big\n", "");
  app.doc.to_end();
  h.frame();
  h.frame();
  long vertices = 0;
  ImDrawData* dd = ImGui::GetDrawData();
  for (int i = 0; i < dd->CmdListsCount; ++i) vertices += dd->CmdLists[i]->VtxBuffer.Size;
  CHECK(app.doc.recorded() >= 1'000'000);
  CHECK(vertices < 400'000);   // O(pixels x lanes), not O(events)
  CHECK(vertices > 1'000);
}
