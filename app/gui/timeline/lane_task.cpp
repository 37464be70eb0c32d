// A task lane: segments coloured by state (running, ready, waiting on what,
// done/cancelled/failed).  Segments narrower than kMinItemPx are merged.
#include <algorithm>
#include <cstdio>

#include "app_ui.h"
#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

namespace {
const char* state_word(LaneState s) {
  switch (s) {
    case LaneState::Ready: return tr(Str::StReady);
    case LaneState::Running: return tr(Str::StRunning);
    case LaneState::Waiting: return tr(Str::StWaiting);
    case LaneState::Done: return tr(Str::StDone);
    case LaneState::Cancelled: return tr(Str::StCancelled);
    case LaneState::Failed: return tr(Str::StFailed);
  }
  return "";
}
}  // namespace

std::string describe_segment(const TraceIndex& idx, const Segment& s) {
  std::string out = state_word(s.state);
  if (s.state == LaneState::Waiting) {
    out += ": ";
    out += wait_kind_name(s.wait);
    if (s.obj) {
      std::string name = idx.task(s.obj) ? idx.task_name(s.obj) : idx.object_name(s.obj);
      out += " ";
      out += name.empty() ? prefixed("#", s.obj) : name;
    }
  }
  char buf[160];
  double t0 = idx.time_at(s.begin), t1 = idx.time_at(s.end == kOpen ? idx.indexed() : s.end);
  std::snprintf(buf, sizeof buf, "\n%s %llu..%llu   t = %.3f..%.3f", tr(Str::Event),
                static_cast<unsigned long long>(s.begin),
                static_cast<unsigned long long>(s.end == kOpen ? idx.indexed() : s.end), t0, t1);
  return out + buf;
}

void draw_task_lane(const LaneCtx& c, const TaskLane& lane, Hover& hover) {
  const auto& segs = lane.segs;
  if (segs.empty()) return;
  const float top = c.y + 2, bottom = c.y + c.h - 2;
  uint64_t s0 = c.first_visible(), s1 = c.last_visible();
  // First segment that ends after s0.
  auto it = std::upper_bound(segs.begin(), segs.end(), s0, [](uint64_t s, const Segment& g) { return s < g.begin; });
  if (it != segs.begin()) --it;
  const ImU32 text_col = theme().text;
  while (it != segs.end() && it->begin <= s1) {
    uint64_t end = std::min<uint64_t>(it->end == kOpen ? c.n : it->end, c.n);
    float a = c.x_of(it->begin), b = c.x_of(end);
    if (c.time_axis && b - a < 1) b = a + 1;   // zero-duration: still visible
    auto next = it + 1;
    ImU32 col = state_color(it->state, it->wait);
    if (b - a < kMinItemPx) {
      // Level of detail: one block for every segment starting within the next
      // couple of pixels (found by binary search, not by visiting them).
      uint64_t limit = c.seq_at(a + kMinItemPx);
      next = std::upper_bound(it, segs.end(), limit, [](uint64_t s, const Segment& g) { return s < g.begin; });
      if (next == it) next = it + 1;
      const Segment& last = *(next - 1);
      b = std::max(a + kMinItemPx, c.x_of(std::min<uint64_t>(last.end == kOpen ? c.n : last.end, c.n)));
      if (next - it > 1) col = with_alpha(col, 0.75f);
    }
    float ra = std::max(a, c.x0 - 2), rb = std::min(b, c.x1 + 2);
    bool finished = it->state == LaneState::Done || it->state == LaneState::Cancelled || it->state == LaneState::Failed;
    if (finished) {
      // A finished task: a short end cap, then nothing.
      c.dl->AddRectFilled(ImVec2(ra, top), ImVec2(std::max(rb, ra + 3), bottom), col);
    } else if (it->state == LaneState::Waiting) {
      c.dl->AddRectFilled(ImVec2(ra, top + (bottom - top) * 0.25f), ImVec2(rb, bottom - (bottom - top) * 0.25f), col);
    } else {
      c.dl->AddRectFilled(ImVec2(ra, top), ImVec2(rb, bottom), col);
    }
    // Label long segments with what they wait on.
    if (rb - ra > c.font * 4 && it->state == LaneState::Waiting && next == it + 1) {
      std::string what = wait_kind_name(it->wait);
      c.dl->PushClipRect(ImVec2(ra, top), ImVec2(rb, bottom), true);
      c.dl->AddText(ImGui::GetFont(), c.font * 0.8f, ImVec2(ra + 4, top + (bottom - top - c.font * 0.8f) * 0.5f),
                    contrast_text(col), what.c_str());
      c.dl->PopClipRect();
    } else if (rb - ra > c.font * 4 && it->state == LaneState::Running && next == it + 1) {
      c.dl->PushClipRect(ImVec2(ra, top), ImVec2(rb, bottom), true);
      c.dl->AddText(ImGui::GetFont(), c.font * 0.8f, ImVec2(ra + 4, top + (bottom - top - c.font * 0.8f) * 0.5f),
                    contrast_text(col), tr(Str::StRunning));
      c.dl->PopClipRect();
    }
    if (c.hit(ra, std::max(rb, ra + 3), c.y, c.y + c.h))
      hover.set(lane.name + "  (" + lane.coro + ")", describe_segment(*c.idx, *it), it->begin);
    (void)text_col;
    it = next;
  }
}

}  // namespace sandbox::gui
