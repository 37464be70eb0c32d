// Locks, events, conditions and semaphores: value, owner, waiters in wake order.
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

void draw_sync_panel(App& app) {
  const model::Model& m = app.doc.model();
  if (m.syncs.empty()) return;
  const float fs = ImGui::GetFontSize();
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr(Str::PanelSync));
  ImGui::Separator();
  for (const model::SyncInfo& s : m.syncs) {
    ImGui::PushID(static_cast<int>(s.id));
    const char* kind = "";
    switch (s.kind) {
      case trace::SyncKind::Lock: kind = "Lock"; break;
      case trace::SyncKind::Event: kind = "Event"; break;
      case trace::SyncKind::Condition: kind = "Condition"; break;
      case trace::SyncKind::Semaphore: kind = "Semaphore"; break;
      case trace::SyncKind::BoundedSemaphore: kind = "BoundedSemaphore"; break;
    }
    std::string name = s.name.empty() ? prefixed("#", s.id) : s.name;
    ImGui::Text("%s  (%s)", name.c_str(), kind);
    ImGui::SameLine();
    std::string state;
    if (s.kind == trace::SyncKind::Lock || s.kind == trace::SyncKind::Condition)
      state = s.owner ? (language() == Lang::Zh ? "已锁定" : "locked") : (language() == Lang::Zh ? "未锁定" : "unlocked");
    else if (s.kind == trace::SyncKind::Event)
      state = s.value ? (language() == Lang::Zh ? "已设置" : "set") : (language() == Lang::Zh ? "未设置" : "not set");
    else
      state = std::string(tr(Str::Value)) + prefixed(" ", s.value);
    ImGui::TextDisabled("%s", state.c_str());
    // Semaphore slots as dots: filled = free.
    if (s.kind == trace::SyncKind::Semaphore || s.kind == trace::SyncKind::BoundedSemaphore) {
      ImGui::SameLine();
      ImVec2 p = ImGui::GetCursorScreenPos();
      ImU32 col = state_color(LaneState::Running, trace::WaitKind::None);
      for (int64_t i = 0; i < std::min<int64_t>(s.value, 32); ++i)
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + fs * (0.5f + i * 0.8f), p.y + fs * 0.55f), fs * 0.3f, col);
      ImGui::Dummy(ImVec2(fs * 0.8f * static_cast<float>(std::min<int64_t>(s.value, 32)), fs));
    }
    if (s.owner) {
      ImGui::TextDisabled("%s:", tr(Str::Owner));
      ImGui::SameLine();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(task_color_of(app, s.owner)));
      ImGui::TextUnformatted(app.doc.index().task_name(s.owner).c_str());
      ImGui::PopStyleColor();
    }
    task_names_inline(app, tr(Str::Waiters), s.waiters);
    ImGui::PopID();
  }
}

}  // namespace sandbox::gui
