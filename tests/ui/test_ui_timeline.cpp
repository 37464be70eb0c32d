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

namespace {
// 80 tasks: more lanes than the timeline panel has rows for.
void load_many_tasks(Harness& h) {
  App& app = *h.app;
  auto big = make_synthetic_trace(20'000, 80);
  FixtureSource* raw = big.release();
  app.doc.set_factory([raw](const std::string&, const std::string&, sandbox::Diagnostic*) {
    return std::unique_ptr<TraceSource>(raw);
  });
  app.open_text("# many tasks\n", "");
  app.doc.to_end();
  h.frame();
  h.frame();
}
}  // namespace

TEST_CASE("timeline: more task lanes than fit scroll vertically; loop lane and counters stay") {
  Harness h;
  App& app = *h.app;
  load_many_tasks(h);
  TimelineView& tl = app.timeline;
  const TraceIndex& idx = app.doc.index();
  REQUIRE(idx.tasks().size() == 80);
  REQUIRE(idx.counters().size() == 2);   // the queue and the semaphore
  CHECK_FALSE(tl.lanes_fit());
  CHECK(tl.first_row() == 0);
  CHECK(tl.end_row() < 80);
  CHECK(tl.end_row() > 2);
  const uint32_t first_id = idx.tasks()[0].id, last_id = idx.tasks()[79].id;
  CHECK_FALSE(std::isnan(tl.lane_y_of(first_id)));
  CHECK(std::isnan(tl.lane_y_of(last_id)));
  const float loop_y = tl.lane_y_of(0), counters_top = tl.counters_top();
  const double span = tl.view_end() - tl.view_begin();
  // The counters are drawn (the queue's fill colour is on screen).
  const ImU32 queue_fill = with_alpha(state_color(LaneState::Waiting, sandbox::trace::WaitKind::Queue), 0.85f);
  CHECK(count_colour(queue_fill) > 0);

  // The wheel over the lane names scrolls the rows instead of zooming.
  const ImVec2 over_names(tl.lanes_x0() - 30, tl.lane_y_of(first_id));
  h.ui.wheel(app, over_names, -2.0f);
  h.frame();
  CHECK(tl.first_row() > 0);
  CHECK(std::isnan(tl.lane_y_of(first_id)));
  CHECK(tl.view_end() - tl.view_begin() == doctest::Approx(span));
  CHECK(tl.lane_y_of(0) == loop_y);                 // the loop lane stays put
  CHECK(tl.counters_top() == counters_top);         // and so do the counters
  CHECK(count_colour(queue_fill) > 0);

  // Shift+wheel over the lanes scrolls too; the plain wheel there still zooms.
  const uint32_t row = tl.first_row();
  const float mid_x = (tl.lanes_x0() + tl.lanes_x1()) * 0.5f;
  const float lane_y = tl.lane_y_of(idx.tasks()[row + 1].id);
  ImGui::GetIO().KeyShift = true;
  h.ui.wheel(app, ImVec2(mid_x, lane_y), -1.0f);
  ImGui::GetIO().KeyShift = false;
  h.frame();
  CHECK(tl.first_row() > row);
  CHECK(tl.view_end() - tl.view_begin() == doctest::Approx(span));

  // Dragging the scroll bar's thumb to the bottom shows the last lane.
  ImVec2 a = tl.thumb_min(), b = tl.thumb_max();
  REQUIRE(b.y > a.y);
  const ImVec2 thumb((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  h.ui.drag(app, thumb, ImVec2(thumb.x, thumb.y + 2000));
  h.frame();
  CHECK(tl.end_row() == 80);
  CHECK_FALSE(std::isnan(tl.lane_y_of(last_id)));
  CHECK(tl.lane_y_of(0) == loop_y);
  CHECK(tl.view_end() - tl.view_begin() == doctest::Approx(span));   // the bar does not pan

  // A click on a scrolled-in lane lands on that lane's segment.
  const uint64_t before = app.doc.cursor();
  const float y_last = tl.lane_y_of(last_id);
  h.ui.click(app, ImVec2(mid_x, y_last));
  CHECK(app.doc.cursor() != before);
  const auto& segs = idx.task(last_id)->segs;
  CHECK(std::any_of(segs.begin(), segs.end(), [&](const Segment& g) { return g.begin == app.doc.cursor() - 1; }));

  // Stepping to an event of the first task scrolls its lane back into view.
  uint64_t seq = 0;
  for (uint64_t s = app.doc.recorded() / 2; s < app.doc.recorded(); ++s)
    if (idx.lane_of(s) == first_id) { seq = s; break; }
  REQUIRE(seq > 0);
  app.doc.set_cursor(seq);
  app.do_step(sandbox::StopKind::Event);
  h.frame();
  CHECK(idx.lane_of(app.doc.cursor() - 1) == first_id);
  CHECK_FALSE(std::isnan(tl.lane_y_of(first_id)));
}

TEST_CASE("timeline: lanes that fit do not scroll") {
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_END);
  h.frame();
  TimelineView& tl = app.timeline;
  CHECK(tl.lanes_fit());
  CHECK(tl.thumb_max().y == tl.thumb_min().y);
  const float y1 = tl.lane_y_of(1);
  h.ui.wheel(app, ImVec2(tl.lanes_x0() - 30, y1), -3.0f);
  h.frame();
  CHECK(tl.lanes_scroll() == 0);
  CHECK(tl.lane_y_of(1) == y1);
}
