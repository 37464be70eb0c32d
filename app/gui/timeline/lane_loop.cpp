// The loop lane: top row = iterations split into _run_once's phases; bottom
// row = which ready callback runs (coloured by the task it steps).
#include <algorithm>
#include <cstdio>

#include "app_ui.h"
#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

namespace {
const char* phase_name(uint32_t kind) {
  switch (static_cast<trace::EventKind>(kind)) {
    case trace::EventKind::PhaseRunReady: return tr(Str::PhaseRunReady);
    case trace::EventKind::PhaseComputeTimeout: return tr(Str::PhaseComputeTimeout);
    case trace::EventKind::PhasePollIO: return tr(Str::PhasePollIO);
    case trace::EventKind::PhaseDueTimers: return tr(Str::PhaseDueTimers);
    default: return "";
  }
}

// Draws spans on one row with merging; colour and label per span.
template <class ColorFn, class LabelFn, class HoverFn>
void draw_spans(const LaneCtx& c, const std::vector<Span>& spans, float top, float bottom, ColorFn color,
                LabelFn label, HoverFn on_hover) {
  if (spans.empty()) return;
  uint64_t s0 = c.first_visible(), s1 = c.last_visible();
  auto it = std::upper_bound(spans.begin(), spans.end(), s0, [](uint64_t s, const Span& g) { return s < g.begin; });
  if (it != spans.begin()) --it;
  while (it != spans.end() && it->begin <= s1) {
    uint64_t end = std::min<uint64_t>(it->end == kOpen ? c.n : it->end, c.n);
    float a = c.x_of(it->begin), b = c.x_of(end);
    auto next = it + 1;
    ImU32 col = color(*it);
    bool merged = false;
    if (b - a < kMinItemPx) {
      uint64_t limit = c.seq_at(a + kMinItemPx);
      next = std::upper_bound(it, spans.end(), limit, [](uint64_t s, const Span& g) { return s < g.begin; });
      if (next == it) next = it + 1;
      const Span& last = *(next - 1);
      b = std::max(a + 1.0f, c.x_of(std::min<uint64_t>(last.end == kOpen ? c.n : last.end, c.n)));
      merged = next - it > 1;
    }
    float ra = std::max(a, c.x0 - 2), rb = std::min(b, c.x1 + 2);
    if (rb > ra) {
      c.dl->AddRectFilled(ImVec2(ra, top), ImVec2(rb, bottom), col);
      if (!merged && rb - ra > 3) c.dl->AddLine(ImVec2(ra, top), ImVec2(ra, bottom), with_alpha(theme().bg, 0.6f));
      if (!merged && rb - ra > c.font * 3) {
        std::string text = label(*it);
        c.dl->PushClipRect(ImVec2(ra, top), ImVec2(rb, bottom), true);
        c.dl->AddText(ImGui::GetFont(), c.font * 0.8f, ImVec2(ra + 4, top + (bottom - top - c.font * 0.8f) * 0.5f),
                      contrast_text(col), text.c_str());
        c.dl->PopClipRect();
      }
      if (c.hit(ra, std::max(rb, ra + 2), top, bottom)) on_hover(*it);
    }
    it = next;
  }
}
}  // namespace

void draw_loop_lane(const LaneCtx& c, Hover& hover) {
  const TraceIndex& idx = *c.idx;
  const float row = (c.h - 2) * 0.5f;
  const float top = c.y + 1, mid = c.y + row + 1, bottom = c.y + c.h - 1;

  // Iteration bands behind the phases, alternating shades.
  draw_spans(
      c, idx.iterations(), top, mid - 1, [](const Span& s) { return s.value % 2 ? theme().loop_a : theme().loop_b; },
      [](const Span&) { return std::string(); },
      [&](const Span& s) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "%s #%u   t = %.3f", tr(Str::Iteration), s.value, idx.time_at(s.begin));
        hover.set(buf, "", s.begin);
      });
  draw_spans(
      c, idx.phases(), top + 3, mid - 1, [](const Span& s) { return phase_color(static_cast<trace::EventKind>(s.value)); },
      [](const Span& s) { return std::string(phase_name(s.value)); },
      [&](const Span& s) {
        char buf[128];
        std::snprintf(buf, sizeof buf, "%s #%u: %s", tr(Str::Iteration), idx.iteration_at(s.begin), phase_name(s.value));
        hover.set(buf, "", s.begin);
      });
  draw_spans(
      c, idx.callbacks(), mid + 1, bottom,
      [&](const Span& s) {
        const TaskLane* t = idx.task(s.task);
        return t ? task_color(t->color) : theme().text_dim;
      },
      [&](const Span& s) { return s.task ? idx.task_name(s.task) : prefixed("#", s.value); },
      [&](const Span& s) {
        std::string who = s.task ? idx.task_name(s.task) : prefixed("handle #", s.value);
        char buf[96];
        std::snprintf(buf, sizeof buf, "\n%s %llu   t = %.3f", tr(Str::Event), static_cast<unsigned long long>(s.begin),
                      idx.time_at(s.begin));
        hover.set(std::string(tr(Str::Callbacks)) + ": " + who, buf, s.begin);
      });
}

}  // namespace sandbox::gui
