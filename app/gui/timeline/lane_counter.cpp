// A counter lane: a queue's size or a semaphore's value over the trace, drawn
// as a stepped area.  With more change points than pixels, one sample per
// pixel column (binary search), so the cost follows the width, not the data.
#include <algorithm>
#include <cstdio>

#include "i18n.h"
#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

void draw_counter_lane(const LaneCtx& c, const Counter& k, Hover& hover) {
  if (k.seq.empty()) return;
  const Theme& th = theme();
  const float top = c.y + 2, bottom = c.y + c.h - 2;
  const double maxv = std::max<double>({1.0, static_cast<double>(k.max_value), static_cast<double>(k.capacity)});
  auto y_of = [&](int64_t v) { return static_cast<float>(bottom - (bottom - top) * (static_cast<double>(v) / maxv)); };
  ImU32 fill = k.is_queue ? state_color(LaneState::Waiting, trace::WaitKind::Queue)
                          : state_color(LaneState::Waiting, trace::WaitKind::Semaphore);
  c.dl->AddLine(ImVec2(c.x0, bottom), ImVec2(c.x1, bottom), th.grid);
  if (k.capacity > 0) c.dl->AddLine(ImVec2(c.x0, y_of(k.capacity)), ImVec2(c.x1, y_of(k.capacity)), th.grid);

  uint64_t s0 = c.first_visible();
  size_t i = static_cast<size_t>(std::upper_bound(k.seq.begin(), k.seq.end(), s0) - k.seq.begin());
  if (i > 0) --i;
  const uint64_t end_seq = c.n;
  while (i < k.seq.size()) {
    float a = c.x_of(k.seq[i]);
    if (a > c.x1) break;
    size_t next = i + 1;
    float b = next < k.seq.size() ? c.x_of(k.seq[next]) : c.x_of(end_seq);
    int64_t v = k.value[i];
    if (b - a < 1.0f && next < k.seq.size()) {
      // Sample: jump to the last change point within this pixel.
      uint64_t limit = c.seq_at(a + 1.0f);
      size_t j = static_cast<size_t>(std::upper_bound(k.seq.begin() + i, k.seq.end(), limit) - k.seq.begin());
      next = std::max(j, i + 1);
      v = k.value[next - 1];
      b = next < k.seq.size() ? c.x_of(k.seq[next]) : c.x_of(end_seq);
      b = std::max(b, a + 1.0f);
    }
    float ra = std::max(a, c.x0 - 1), rb = std::min(b, c.x1 + 1);
    if (rb > ra && v > 0) c.dl->AddRectFilled(ImVec2(ra, y_of(v)), ImVec2(rb, bottom), with_alpha(fill, 0.85f));
    if (c.hit(ra, rb, top, bottom + 2)) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "%s = %lld", k.is_queue ? tr(Str::Size) : tr(Str::Value),
                    static_cast<long long>(v));
      hover.set(k.name, buf, k.seq[i]);
    }
    i = next;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(maxv));
  c.dl->AddText(ImGui::GetFont(), c.font * 0.75f, ImVec2(c.x1 - c.font * 2, top), th.text_dim, buf);
}

}  // namespace sandbox::gui
