// The axis: loop iteration numbers on the steps axis (each iteration gets
// width even when no virtual time passes), seconds on the time axis.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

namespace {
// 1, 2, 5 x 10^k: the smallest step at least `min` wide.
double nice_step(double min) {
  double p = std::pow(10.0, std::floor(std::log10(std::max(min, 1e-12))));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (p * m >= min) return p * m;
  return p * 10;
}
}  // namespace

void draw_axis(const LaneCtx& c) {
  const Theme& th = theme();
  ImDrawList* dl = c.dl;
  const float bottom = c.y + c.h;
  dl->AddRectFilled(ImVec2(c.x0 - 2, c.y), ImVec2(c.x1, bottom), th.panel);
  dl->AddLine(ImVec2(c.x0, bottom), ImVec2(c.x1, bottom), th.grid);
  const float min_label_px = c.font * 5.5f;
  char buf[64];
  if (c.time_axis) {
    double step = nice_step(min_label_px / c.scale);
    // Panned left of the start: no ticks before t = 0 (there is no negative time).
    double first = std::max(0.0, std::ceil(c.v0 / step) * step);
    for (double t = first; t <= c.v1 + step * 0.5; t += step) {
      float x = static_cast<float>(c.x0 + (t - c.v0) * c.scale);
      if (x < c.x0 - 1 || x > c.x1) continue;
      dl->AddLine(ImVec2(x, bottom - c.h * 0.35f), ImVec2(x, bottom), th.text_dim);
      int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step))), 0, 6);
      std::snprintf(buf, sizeof buf, "%.*f s", decimals, t);
      dl->AddText(ImVec2(x + 3, c.y + 2), th.text_dim, buf);
    }
    return;
  }
  // Steps: a tick per loop iteration, labelled when there is room; with too
  // many iterations on screen, tick event numbers instead (level of detail).
  const auto& iters = c.idx->iterations();
  uint64_t s0 = c.first_visible(), s1 = c.last_visible();
  auto it = std::lower_bound(iters.begin(), iters.end(), s0,
                             [](const Span& sp, uint64_t s) { return sp.begin < s; });
  float last_label = -1e9f;
  size_t drawn = 0;
  while (it != iters.end() && it->begin < s1 && drawn < 4000) {
    float x = c.x_of(it->begin);
    if (x - last_label >= min_label_px) {
      dl->AddLine(ImVec2(x, c.y + 2), ImVec2(x, bottom), th.text_dim);
      std::snprintf(buf, sizeof buf, "#%u", it->value);
      dl->AddText(ImVec2(x + 3, c.y + 2), th.text, buf);
      last_label = x;
      ++it;
      ++drawn;
    } else {
      dl->AddLine(ImVec2(x, bottom - c.h * 0.3f), ImVec2(x, bottom), th.grid);
      // Skip to the first iteration far enough right for the next tick.
      uint64_t next = c.seq_at(x + 3);
      auto nx = std::upper_bound(it, iters.end(), next, [](uint64_t s, const Span& sp) { return s < sp.begin; });
      it = nx == it ? it + 1 : nx;
      ++drawn;
    }
  }
  // Event numbers along the bottom edge when zoomed in enough.
  double step = nice_step(min_label_px / c.scale);
  if (step <= 1e12) {
    double first = std::max(0.0, std::ceil(c.v0 / step) * step);
    for (double s = first; s <= c.v1; s += step) {
      float x = static_cast<float>(c.x0 + (s - c.v0) * c.scale);
      if (x < c.x0 || x > c.x1 || std::fabs(x - last_label) < 2) continue;
      std::snprintf(buf, sizeof buf, "%.0f", s);
      ImVec2 ts = ImGui::CalcTextSize(buf);
      dl->AddText(ImGui::GetFont(), c.font * 0.8f, ImVec2(x + 2, bottom - ts.y * 0.8f - 1), th.text_dim, buf);
    }
  }
}

}  // namespace sandbox::gui
