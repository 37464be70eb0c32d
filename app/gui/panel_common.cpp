// Helpers shared by the panels: a framed panel with a title strip, names of
// states, the task colour of a task id.
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

bool panel_begin(const char* id, const char* title, ImVec2 size) {
  const float fs = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(fs * 0.6f, fs * 0.4f));
  bool open = ImGui::BeginChild(id, size, true);
  ImGui::PopStyleVar();
  // Title strip: dimmed, small caps feel via spacing.
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float w = ImGui::GetContentRegionAvail().x;
  dl->AddLine(ImVec2(p.x, ImGui::GetCursorScreenPos().y - 2), ImVec2(p.x + w, ImGui::GetCursorScreenPos().y - 2),
              theme().grid);
  return open;
}

void panel_end() { ImGui::EndChild(); }

ImU32 task_color_of(const App& app, uint32_t task) {
  const TaskLane* t = app.doc.index().task(task);
  return t ? task_color(t->color) : theme().text_dim;
}

const char* task_state_label(model::TaskState s) {
  switch (s) {
    case model::TaskState::Ready: return tr(Str::StReady);
    case model::TaskState::Running: return tr(Str::StRunning);
    case model::TaskState::Waiting: return tr(Str::StWaiting);
    case model::TaskState::Done: return tr(Str::StDone);
    case model::TaskState::Cancelled: return tr(Str::StCancelled);
    case model::TaskState::Failed: return tr(Str::StFailed);
  }
  return "";
}

const char* wait_kind_name(trace::WaitKind w) {
  const bool zh = language() == Lang::Zh;
  using W = trace::WaitKind;
  switch (w) {
    case W::None: return "";
    case W::Yield: return "sleep(0)";
    case W::Timer: return zh ? "定时器" : "timer";
    case W::Future: return "future";
    case W::Task: return zh ? "任务" : "task";
    case W::Gather: return "gather";
    case W::Queue: return zh ? "队列" : "queue";
    case W::Lock: return zh ? "锁" : "lock";
    case W::Semaphore: return zh ? "信号量" : "semaphore";
    case W::Event: return zh ? "事件" : "event";
    case W::Condition: return zh ? "条件变量" : "condition";
    case W::Socket: return zh ? "套接字" : "socket";
    case W::Other: return zh ? "其他" : "other";
  }
  return "";
}

void task_names_inline(const App& app, const char* label, const std::vector<uint32_t>& tasks) {
  if (tasks.empty()) return;
  ImGui::TextDisabled("%s:", label);
  // Names flow on one line up to the panel's edge; the rest is counted
  // (a semaphore may have 50,000 waiters).
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  size_t shown = 0;
  for (uint32_t id : tasks) {
    std::string name = app.doc.index().task_name(id);
    ImGui::SameLine();
    char more[32];
    std::snprintf(more, sizeof more, "... +%zu", tasks.size() - shown);
    float reserve = shown + 1 < tasks.size() ? ImGui::CalcTextSize(more).x + ImGui::GetStyle().ItemSpacing.x : 0;
    if (shown > 0 && ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(name.c_str()).x + reserve > right) {
      ImGui::TextDisabled("%s", more);
      return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(task_color_of(app, id)));
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopStyleColor();
    ++shown;
  }
}

std::string fmt_time(double t) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.3f", t);
  return buf;
}

}  // namespace sandbox::gui
