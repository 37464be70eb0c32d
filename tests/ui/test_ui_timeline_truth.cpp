// A truthful timeline (issue 13 item 4): zoomed out, a merged block shows
// the state that holds most of its span (or "mixed"), never the first
// segment's colour stretched over a long wait; a legend of the state
// colours; task identity colours apart from every state colour in every
// theme; a step that never awaits drawn as a hazard span.
#include "ui_harness.h"

#include <cmath>

#include "timeline/timeline.h"
#include "trace_fixture.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;
using sandbox::trace::EventKind;
using sandbox::trace::HandleKind;
using sandbox::trace::StepEnd;
using sandbox::trace::WaitKind;

namespace {

constexpr uint32_t kSpinLines = 3000;
constexpr int kFlickers = 20;

// Task-2 ("sleeper") runs for two events, then sleeps through everything
// else; Task-3 ("spinner") runs one step of kSpinLines lines without an
// await (a blocked loop); Task-4 ("flicker") goes ready -> running ->
// waiting every event for a while (no state holds most of a sliver).
std::unique_ptr<FixtureSource> truth_fixture() {
  auto src = std::make_unique<FixtureSource>();
  EventBuilder b(*src);
  b.add(EventKind::ProgramStart, 0, 0, b.str("truth.py"));
  b.add(EventKind::LoopStart, 0, 1);
  b.add(EventKind::TaskCreated, 1, 1, b.str("main"));
  b.iteration(0);
  b.add(EventKind::TaskStepBegin, 1, 0, 0, uint16_t(sandbox::trace::ResumeKind::First), 20);
  b.add(EventKind::TaskCreated, 1, 2, b.str("sleeper"));
  b.add(EventKind::TaskCreated, 1, 3, b.str("spinner"));
  b.add(EventKind::TaskCreated, 1, 4, b.str("flicker"));
  b.add(EventKind::TaskStepEnd, 1, 9, 0, EventBuilder::step_end(StepEnd::Suspended, WaitKind::Gather), 21);
  b.iteration(0);
  b.add(EventKind::TaskStepBegin, 2, 0, 0, uint16_t(sandbox::trace::ResumeKind::First), 5);
  b.add(EventKind::Line, 2, 0, 0, 0, 6);
  b.add(EventKind::TaskStepEnd, 2, 5, 0, EventBuilder::step_end(StepEnd::Suspended, WaitKind::Timer), 6);
  for (int k = 0; k < kFlickers; ++k) {
    b.add(EventKind::TaskStepBegin, 4, 0, 0, uint16_t(sandbox::trace::ResumeKind::Send), 15);
    b.add(EventKind::TaskStepEnd, 4, 6, 0, EventBuilder::step_end(StepEnd::Suspended, WaitKind::Timer), 15);
    b.add(EventKind::HandleScheduled, 4, 200 + k, b.str("Task-4.__wakeup()"), uint16_t(HandleKind::TaskWakeup));
  }
  b.add(EventKind::TaskStepBegin, 3, 0, 0, uint16_t(sandbox::trace::ResumeKind::First), 10);
  for (uint32_t k = 0; k < kSpinLines; ++k) b.add(EventKind::Line, 3, 0, 0, 0, 11);
  b.add(EventKind::TaskStepEnd, 3, 0, 0, EventBuilder::step_end(StepEnd::Returned), 11);
  b.iteration(1.0);
  b.now = 1.0;
  b.add(EventKind::TaskStepBegin, 2, 0, 0, uint16_t(sandbox::trace::ResumeKind::Send), 6);
  b.add(EventKind::TaskStepEnd, 2, 0, 0, EventBuilder::step_end(StepEnd::Returned), 7);
  b.add(EventKind::LoopStop, 0, 1);
  b.add(EventKind::ProgramEnd, 0, 0, 0);
  return src;
}

void load_truth(Harness& h) {
  App& app = *h.app;
  app.doc.set_factory([](const std::string&, const std::string&, sandbox::Diagnostic*) {
    return std::unique_ptr<TraceSource>(truth_fixture());
  });
  app.open_text("# truth\n", "truth.py");
  app.doc.to_end();
  app.timeline.fit();
  h.frame();
  h.frame();
}

// Is point p inside a triangle drawn this frame whose vertices all have colour col?
bool covered_by(ImU32 col, ImVec2 p) {
  ImDrawData* dd = ImGui::GetDrawData();
  for (int i = 0; i < dd->CmdListsCount; ++i) {
    const ImDrawList* list = dd->CmdLists[i];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) continue;
      for (unsigned k = 0; k + 2 < cmd.ElemCount; k += 3) {
        const ImDrawVert* v[3];
        bool same = true;
        for (int j = 0; j < 3; ++j) {
          v[j] = &list->VtxBuffer[static_cast<int>(cmd.VtxOffset + list->IdxBuffer[static_cast<int>(cmd.IdxOffset + k + j)])];
          same = same && v[j]->col == col;
        }
        if (!same) continue;
        const ImVec2 a = v[0]->pos, b = v[1]->pos, c = v[2]->pos;
        auto side = [](ImVec2 p1, ImVec2 p2, ImVec2 q) { return (q.x - p2.x) * (p1.y - p2.y) - (p1.x - p2.x) * (q.y - p2.y); };
        const float d1 = side(p, a, b), d2 = side(p, b, c), d3 = side(p, c, a);
        const bool neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
        if (!(neg && pos)) return true;
      }
    }
  }
  return false;
}

float distance(ImU32 a, ImU32 b) {
  auto ch = [](ImU32 c, int shift) { return static_cast<float>((c >> shift) & 0xFF); };
  float dr = ch(a, IM_COL32_R_SHIFT) - ch(b, IM_COL32_R_SHIFT), dg = ch(a, IM_COL32_G_SHIFT) - ch(b, IM_COL32_G_SHIFT),
        db = ch(a, IM_COL32_B_SHIFT) - ch(b, IM_COL32_B_SHIFT);
  return std::sqrt(dr * dr + dg * dg + db * db);
}

}  // namespace

TEST_CASE("timeline truth: zoomed out, a short run never paints the long wait after it as running") {
  Harness h;
  App& app = *h.app;
  load_truth(h);
  TimelineView& tl = app.timeline;
  const TraceIndex& idx = app.doc.index();
  const TaskLane* sleeper = idx.task(2);
  REQUIRE(sleeper);
  auto wait = std::find_if(sleeper->segs.begin(), sleeper->segs.end(), [](const Segment& s) { return s.state == LaneState::Waiting; });
  REQUIRE(wait != sleeper->segs.end());
  REQUIRE(wait - 1 >= sleeper->segs.begin());
  const Segment& run = *(wait - 1);
  REQUIRE(run.state == LaneState::Running);
  // Fitted, the two-event run is narrower than a merge (the bug's shape).
  REQUIRE(tl.x_of_last(run.end) - tl.x_of_last(run.begin) < kMinItemPx);
  const float y = tl.lane_y_of(2);
  REQUIRE_FALSE(std::isnan(y));
  const ImU32 running = state_color(LaneState::Running, WaitKind::None);
  const ImU32 timer = state_color(LaneState::Waiting, WaitKind::Timer);
  // Along the whole wait: the waiting colour, never the running one.
  for (double f : {0.1, 0.3, 0.5, 0.7, 0.9}) {
    const uint64_t seq = wait->begin + static_cast<uint64_t>(f * static_cast<double>(wait->end - wait->begin));
    const ImVec2 p(tl.x_of_last(seq), y);
    CHECK_MESSAGE(covered_by(timer, p), "seq " << seq);
    CHECK_MESSAGE(!covered_by(running, p), "seq " << seq);
    CHECK_FALSE(covered_by(with_alpha(running, 0.75f), p));
  }
  // The merged block at the run stays within its couple of pixels.
  const float run_x = tl.x_of_last(run.begin);
  CHECK_FALSE(covered_by(running, ImVec2(run_x + kMinItemPx + 1.5f, y)));
}

TEST_CASE("timeline truth: a sliver with no dominant state is drawn as mixed") {
  Harness h;
  App& app = *h.app;
  load_truth(h);
  TimelineView& tl = app.timeline;
  const TaskLane* flicker = app.doc.index().task(4);
  REQUIRE(flicker);
  REQUIRE(flicker->segs.size() > static_cast<size_t>(kFlickers) * 2);
  const float y = tl.lane_y_of(4);
  // Somewhere in the middle of the flickering the block is "mixed".
  const uint64_t from = flicker->segs[3].begin, to = flicker->segs[flicker->segs.size() - 4].begin;
  bool mixed = false;
  for (float x = tl.x_of_last(from); x < tl.x_of_last(to); x += 0.5f) mixed = mixed || covered_by(theme().mixed, ImVec2(x, y));
  CHECK(mixed);
  // Zoomed far in, each state shows in its own colour again.
  for (int i = 0; i < 12; ++i) h.ui.wheel(app, ImVec2(tl.x_of_last(from), y), 3.0f);
  h.frame();
  const Segment& s = flicker->segs[5];
  const float a = tl.x_of_last(s.begin), b = tl.x_of_last(s.end);
  REQUIRE(b - a >= kMinItemPx);
  CHECK(covered_by(state_color(s.state, s.wait), ImVec2((a + b) * 0.5f, y)));
  CHECK_FALSE(covered_by(theme().mixed, ImVec2((a + b) * 0.5f, y)));
}

TEST_CASE("timeline truth: a step that never awaits is a hazard span on its lane") {
  Harness h;
  App& app = *h.app;
  load_truth(h);
  TimelineView& tl = app.timeline;
  const TraceIndex& idx = app.doc.index();
  const TaskLane* spinner = idx.task(3);
  REQUIRE(spinner);
  auto spin = std::find_if(spinner->segs.begin(), spinner->segs.end(), [](const Segment& s) { return s.state == LaneState::Running; });
  REQUIRE(spin != spinner->segs.end());
  CHECK(blocks_loop(idx, *spin, idx.indexed()));
  // A short step is no hazard.
  const TaskLane* sleeper = idx.task(2);
  for (const Segment& s : sleeper->segs) CHECK_FALSE(blocks_loop(idx, s, idx.indexed()));
  const float a = tl.x_of_last(spin->begin), b = tl.x_of_last(spin->end);
  CHECK(drawn_at_x(theme().hazard, (a + b) * 0.5f, (b - a) * 0.5f));
  // Hovering it says why it matters; only the spinner's lane has the stripes.
  const float ys = tl.lane_y_of(3), half = std::fabs(ys - tl.lane_y_of(2)) * 0.5f;
  long on_lane = 0, elsewhere = 0;
  ImDrawData* dd = ImGui::GetDrawData();
  for (int i = 0; i < dd->CmdListsCount; ++i)
    for (const ImDrawVert& v : dd->CmdLists[i]->VtxBuffer) {
      if (v.col != theme().hazard || v.pos.x <= a || v.pos.x >= b) continue;
      if (std::fabs(v.pos.y - ys) <= half) ++on_lane;
      for (uint32_t other : {2u, 4u})
        if (std::fabs(v.pos.y - tl.lane_y_of(other)) < half) ++elsewhere;
    }
  CHECK(on_lane > 0);
  CHECK(elsewhere == 0);
}

TEST_CASE("timeline truth: a legend strip shows each state's colour as the lanes draw it") {
  for (bool present : {false, true}) {
    Harness h;
    App& app = *h.app;
    if (present) app.set_presentation(true);
    load_truth(h);
    h.frame();
    struct Want {
      const char* key;
      ImU32 col;
    };
    const Want wants[] = {
        {"running", state_color(LaneState::Running, WaitKind::None)},
        {"ready", state_color(LaneState::Ready, WaitKind::None)},
        {"timer", state_color(LaneState::Waiting, WaitKind::Timer)},
        {"queue", state_color(LaneState::Waiting, WaitKind::Queue)},
        {"lock", state_color(LaneState::Waiting, WaitKind::Lock)},
        {"done", state_color(LaneState::Done, WaitKind::None)},
        {"mixed", theme().mixed},
    };
    for (const Want& w : wants) {
      const std::string key = std::string("legend:") + w.key;
      REQUIRE_MESSAGE(app.rects.count(key), key);
      const auto& r = app.rects[key];
      const ImVec2 c((r.first.x + r.second.x) * 0.5f, (r.first.y + r.second.y) * 0.5f);
      CHECK_MESSAGE(covered_by(w.col, c), key);
    }
    REQUIRE(app.rects.count("legend:blocked"));
    // Above the lanes, inside the timeline panel.
    CHECK(app.rects["legend:running"].second.y < app.timeline.lane_y_of(0));
  }
}

TEST_CASE("timeline truth: task identity colours stay apart from every state colour, in every theme") {
  Harness h;
  struct Mode {
    bool light, colorblind;
  };
  for (Mode m : {Mode{false, false}, Mode{true, false}, Mode{true, true}}) {
    apply_theme(m.light, m.colorblind, 1.0f);
    std::vector<ImU32> states;
    for (LaneState s : {LaneState::Running, LaneState::Ready, LaneState::Done, LaneState::Cancelled, LaneState::Failed})
      states.push_back(state_color(s, WaitKind::None));
    for (int w = 0; w <= static_cast<int>(WaitKind::Other); ++w)
      states.push_back(state_color(LaneState::Waiting, static_cast<WaitKind>(w)));
    states.push_back(theme().mixed);
    states.push_back(theme().hazard);
    for (size_t i = 0; i < task_palette_size(); ++i)
      for (ImU32 s : states)
        CHECK_MESSAGE(distance(task_color(i), s) >= 45.0f,
                      "theme light=" << m.light << " task " << i << " vs state colour " << std::hex << s);
  }
  // The reported case: in the light theme Task-1 was drawn in "ready"'s colour.
  apply_theme(true, true, 1.0f);
  CHECK(task_color(0) != state_color(LaneState::Ready, WaitKind::None));
}
