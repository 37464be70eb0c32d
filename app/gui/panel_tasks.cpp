// The tasks panel: every task with its state, what it awaits, its line and
// its result or exception.
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

void draw_tasks_panel(App& app) {
  const model::Model& m = app.doc.model();
  if (m.tasks.empty()) {
    ImGui::TextDisabled("%s", tr(Str::NoTasks));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("##tasks", 5, flags)) return;
  ImGui::TableSetupColumn(tr(Str::ColName), 0, 1.9f);
  ImGui::TableSetupColumn(tr(Str::ColState), 0, 0.9f);
  ImGui::TableSetupColumn(tr(Str::ColAwaiting), 0, 1.4f);
  ImGui::TableSetupColumn(tr(Str::ColLine), 0, 0.4f);
  ImGui::TableSetupColumn(tr(Str::ColResult), 0, 1.3f);
  ImGui::TableHeadersRow();
  const float fs = ImGui::GetFontSize();
  // Only the rows on screen are laid out: a run may have 50,000 tasks.
  ImGuiListClipper clip;
  clip.Begin(static_cast<int>(m.tasks.size()));
  while (clip.Step())
  for (int row = clip.DisplayStart; row < clip.DisplayEnd; ++row) {
    const model::TaskInfo& t = m.tasks[static_cast<size_t>(row)];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + fs * 0.35f, p.y + fs), task_color_of(app, t.id), 2);
    ImGui::SetCursorScreenPos(ImVec2(p.x + fs * 0.6f, p.y));
    // The coroutine beside the name: asyncio.run's own shutdown tasks are
    // Task-2 and Task-3 too, and only their coroutines tell them apart.
    ImGui::TextUnformatted(t.name.c_str());
    if (!t.coro.empty()) {
      ImGui::SameLine(0, fs * 0.4f);
      const size_t dot = t.coro.rfind('.');   // the method, not its class: the tooltip has both
      ImGui::TextDisabled("%s()", t.coro.c_str() + (dot == std::string::npos ? 0 : dot + 1));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s()", t.name.c_str(), t.coro.c_str());
    ImGui::TableNextColumn();
    LaneState ls = LaneState::Ready;
    switch (t.state) {
      case model::TaskState::Ready: ls = LaneState::Ready; break;
      case model::TaskState::Running: ls = LaneState::Running; break;
      case model::TaskState::Waiting: ls = LaneState::Waiting; break;
      case model::TaskState::Done: ls = LaneState::Done; break;
      case model::TaskState::Cancelled: ls = LaneState::Cancelled; break;
      case model::TaskState::Failed: ls = LaneState::Failed; break;
    }
    ImU32 col = state_color(ls, t.wait);
    ImVec2 q = ImGui::GetCursorScreenPos();
    const char* sname = task_state_label(t.state);
    ImVec2 ts = ImGui::CalcTextSize(sname);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(q.x - 2, q.y), ImVec2(q.x + ts.x + 6, q.y + ts.y + 2), col, 3);
    ImGui::GetWindowDrawList()->AddText(ImVec2(q.x + 2, q.y + 1), contrast_text(col), sname);
    ImGui::Dummy(ImVec2(ts.x + 6, ts.y + 2));
    ImGui::TableNextColumn();
    if (t.state == model::TaskState::Waiting) {
      std::string what = wait_kind_name(t.wait);
      // A waiter future is an implementation detail: name the queue, lock
      // or socket it belongs to, with the same label its own panel shows.
      const uint32_t on = t.blocked_on ? t.blocked_on : t.awaiting;
      if (on) {
        std::string name = app.doc.index().task(on) ? app.doc.index().task_name(on) : app.doc.index().object_name(on);
        what += " ";
        what += name.empty() ? prefixed("#", on) : name;
      }
      ImGui::TextUnformatted(what.c_str());
    }
    ImGui::TableNextColumn();
    if (t.line > 0) ImGui::Text("%d", t.line);
    ImGui::TableNextColumn();
    if (!t.outcome.empty()) {
      if (t.state == model::TaskState::Failed) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme().error), "%s", t.outcome.c_str());
      else ImGui::TextUnformatted(t.outcome.c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace sandbox::gui
