// Queues drawn as boxes: one box per item in get order (empty slots up to
// maxsize for bounded queues), then the tasks blocked in get() and put().
#include <algorithm>
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

void draw_queues_panel(App& app) {
  const model::Model& m = app.doc.model();
  if (m.queues.empty()) return;
  const Theme& th = theme();
  const float fs = ImGui::GetFontSize();
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr(Str::PanelQueues));
  ImGui::Separator();
  for (const model::QueueInfo& q : m.queues) {
    ImGui::PushID(static_cast<int>(q.id));
    const char* kind = q.kind == trace::QueueKind::Lifo ? "LifoQueue" : q.kind == trace::QueueKind::Priority ? "PriorityQueue" : "Queue";
    std::string name = q.name.empty() ? prefixed("#", q.id) : q.name;
    if (q.maxsize > 0)
      ImGui::Text("%s  (%s, maxsize %lld)  %s %zu", name.c_str(), kind, static_cast<long long>(q.maxsize), tr(Str::Size), q.items.size());
    else
      ImGui::Text("%s  (%s)  %s %zu", name.c_str(), kind, tr(Str::Size), q.items.size());
    // Boxes, wrapping to the panel width.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = fs * 1.6f, pad = fs * 0.4f, gap = 4;
    float x_start = ImGui::GetCursorScreenPos().x, right = x_start + ImGui::GetContentRegionAvail().x;
    ImVec2 p = ImGui::GetCursorScreenPos();
    // At most kBoxes boxes (four or five rows); a longer queue says how many more.
    constexpr size_t kBoxes = 64;
    size_t slots = std::max<size_t>(q.items.size(), q.maxsize > 0 ? static_cast<size_t>(std::min<int64_t>(q.maxsize, 64)) : 0);
    const size_t hidden = slots > kBoxes ? slots - kBoxes : 0;
    slots = std::clamp<size_t>(slots, 1, kBoxes);
    float x = p.x, y = p.y;
    ImU32 fill = state_color(LaneState::Waiting, trace::WaitKind::Queue);
    for (size_t i = 0; i < slots; ++i) {
      const bool filled = i < q.items.size();
      std::string text = filled ? q.items[i] : "";
      if (text.size() > 24) text = text.substr(0, 21) + "...";
      float w = std::max(fs * 2.0f, ImGui::CalcTextSize(text.c_str()).x + pad * 2);
      if (x + w > right && x > p.x) {
        x = p.x;
        y += h + gap;
      }
      if (filled) {
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), fill, 3);
        dl->AddText(ImVec2(x + pad, y + (h - fs) * 0.5f), contrast_text(fill), text.c_str());
      } else {
        dl->AddRect(ImVec2(x, y), ImVec2(x + w, y + h), th.grid, 3, 0, 1.5f);
        if (q.items.empty() && q.maxsize <= 0)
          dl->AddText(ImVec2(x + w + pad, y + (h - fs) * 0.5f), th.text_dim, tr(Str::Empty));
      }
      x += w + gap;
    }
    if (hidden > 0) {
      char more[32];
      std::snprintf(more, sizeof more, "... +%zu", hidden);
      dl->AddText(ImVec2(x + pad, y + (h - fs) * 0.5f), th.text_dim, more);
    }
    ImGui::Dummy(ImVec2(right - p.x, y + h - p.y + gap));
    task_names_inline(app, tr(Str::Getters), q.getters);
    task_names_inline(app, tr(Str::Putters), q.putters);
    if (q.unfinished > 0) ImGui::TextDisabled("%s: %lld", tr(Str::Unfinished), static_cast<long long>(q.unfinished));
    ImGui::PopID();
  }
}

}  // namespace sandbox::gui
