// Markers over the lanes: timers set (hollow triangle) and fired (filled),
// prints (a square), uncaught exceptions (a red diamond).  One marker per
// pixel column at most (level of detail).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

void draw_markers(const LaneCtx& c, const LaneRows& rows, size_t slot_begin, size_t slot_end, Hover& hover) {
  const Theme& th = theme();
  uint64_t s0 = c.first_visible(), s1 = c.last_visible();
  const float r = std::max(3.5f, c.font * 0.28f);
  const auto& lanes = c.idx->lane_markers();
  for (size_t slot = slot_begin; slot < std::min(slot_end, lanes.size()); ++slot) {
    const std::vector<Marker>& ms = lanes[slot];
    auto it = std::lower_bound(ms.begin(), ms.end(), s0, [](const Marker& m, uint64_t s) { return m.seq < s; });
    while (it != ms.end() && it->seq < s1) {
      float y = slot == 0 ? rows.loop_y : rows.y_of(it->lane_task);
      if (std::isnan(y)) break;
      float x = c.x_of(it->seq);
      if (!c.time_axis) x += static_cast<float>(c.scale * 0.5);
      ImVec2 p(x, y);
      switch (it->kind) {
        case MarkerKind::TimerSet:
          c.dl->AddTriangle(ImVec2(x - r, y - r), ImVec2(x + r, y - r), ImVec2(x, y + r * 0.4f), th.marker_timer, 1.5f);
          break;
        case MarkerKind::TimerFired:
          c.dl->AddTriangleFilled(ImVec2(x - r, y + r), ImVec2(x + r, y + r), ImVec2(x, y - r * 0.4f), th.marker_timer);
          break;
        case MarkerKind::Output:
          c.dl->AddRectFilled(ImVec2(x - r * 0.7f, y - r * 0.7f), ImVec2(x + r * 0.7f, y + r * 0.7f), th.marker_output);
          c.dl->AddRect(ImVec2(x - r * 0.7f, y - r * 0.7f), ImVec2(x + r * 0.7f, y + r * 0.7f), th.bg);
          break;
        case MarkerKind::Exception:
          c.dl->AddQuadFilled(ImVec2(x, y - r), ImVec2(x + r, y), ImVec2(x, y + r), ImVec2(x - r, y), th.error);
          break;
      }
      if (c.mouse_in && std::fabs(c.mouse.x - p.x) <= r + 1 && std::fabs(c.mouse.y - p.y) <= r + 1) {
        const char* what = it->kind == MarkerKind::TimerSet     ? "timer set"
                           : it->kind == MarkerKind::TimerFired ? "timer fired"
                           : it->kind == MarkerKind::Output     ? "print"
                                                                : "exception";
        char title[96];
        std::snprintf(title, sizeof title, "%s   t = %.3f", what, c.idx->time_at(it->seq));
        hover.set(title, "", it->seq);   // the view adds the event's narration
      }
      // Level of detail: the next marker at least 2 px further right, found by
      // binary search, so a dense lane costs O(pixels).
      uint64_t next_seq = std::max(it->seq + 1, c.seq_at(x + 2.0f) + 1);
      auto nx = std::lower_bound(it + 1, ms.end(), next_seq, [](const Marker& m, uint64_t s) { return m.seq < s; });
      it = nx;
    }
  }
}

}  // namespace sandbox::gui
