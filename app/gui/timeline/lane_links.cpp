// Cause -> effect arrows (timer due -> task resumed, future done -> waiter
// woken, put -> get, release -> acquire, write -> read).  All links are drawn
// only when few enough are on screen to read; the links into the event just
// run are always drawn, bold.
#include <algorithm>
#include <cmath>

#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

namespace {
void arrow(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thick) {
  float dx = std::max(20.0f, std::fabs(b.x - a.x) * 0.4f);
  dl->AddBezierCubic(a, ImVec2(a.x + dx, a.y), ImVec2(b.x - dx, b.y), b, col, thick);
  float s = 4 + thick * 1.5f;
  dl->AddTriangleFilled(b, ImVec2(b.x - s, b.y - s * 0.6f), ImVec2(b.x - s, b.y + s * 0.6f), col);
}
}  // namespace

void draw_links(const LaneCtx& c, const LaneRows& rows) {
  const auto& links = c.idx->links();
  if (links.empty()) return;
  const Theme& th = theme();
  uint64_t s0 = c.first_visible(), s1 = c.last_visible();
  auto first = std::lower_bound(links.begin(), links.end(), s0, [](const Link& l, uint64_t s) { return l.to < s; });
  auto last = std::lower_bound(first, links.end(), s1, [](const Link& l, uint64_t s) { return l.to < s; });
  const float half = c.time_axis ? 0.0f : static_cast<float>(c.scale * 0.5);
  auto endpoint = [&](uint64_t seq) {
    float y = rows.y_or_edge(c.idx->lane_of(seq));
    return ImVec2(c.x_of(seq) + half, y);
  };
  // Only links between different lanes carry information worth an arrow.
  if (last - first <= 1500 && c.scale >= 0.5) {
    for (auto it = first; it != last; ++it) {
      if (it->to >= c.cursor) break;   // not yet happened
      if (c.idx->lane_of(it->from) == c.idx->lane_of(it->to)) continue;
      arrow(c.dl, endpoint(it->from), endpoint(it->to), with_alpha(th.link, 0.35f), 1.0f);
    }
  }
  if (c.cursor > 0) {
    uint64_t cur = c.cursor - 1;
    auto lo = std::lower_bound(links.begin(), links.end(), cur, [](const Link& l, uint64_t s) { return l.to < s; });
    for (auto it = lo; it != links.end() && it->to == cur; ++it)
      arrow(c.dl, endpoint(it->from), endpoint(it->to), th.cursor, 2.5f);
  }
}

}  // namespace sandbox::gui
