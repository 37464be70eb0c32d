// The loop panel: the phase of the current iteration (BaseEventLoop._run_once:
// compute timeout -> poll I/O -> due timers to ready -> run ready callbacks),
// the virtual clock, the ready queue in run order, the timer heap by deadline.
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

namespace {
const char* handle_kind_name(trace::HandleKind k) {
  const bool zh = language() == Lang::Zh;
  switch (k) {
    case trace::HandleKind::TaskStep: return zh ? "任务步进" : "task step";
    case trace::HandleKind::TaskWakeup: return zh ? "唤醒任务" : "wake task";
    case trace::HandleKind::FutureCallback: return zh ? "完成回调" : "done callback";
    case trace::HandleKind::UserCallback: return "call_soon";
    case trace::HandleKind::Internal: return zh ? "内部" : "internal";
  }
  return "";
}
const char* timer_kind_name(trace::TimerKind k) {
  switch (k) {
    case trace::TimerKind::Sleep: return "sleep";
    case trace::TimerKind::CallLater: return "call_later";
    case trace::TimerKind::Timeout: return "timeout";
    case trace::TimerKind::WaitFor: return "wait_for";
    case trace::TimerKind::Wait: return "wait";
    case trace::TimerKind::Internal: return "internal";
  }
  return "";
}

// A pill: rounded box with text, filled when active.
void pill(const char* text, bool active, ImU32 col) {
  ImVec2 ts = ImGui::CalcTextSize(text);
  const float pad = ImGui::GetFontSize() * 0.4f;
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImVec2 q(p.x + ts.x + pad * 2, p.y + ts.y + pad);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (active) dl->AddRectFilled(p, q, col, 4.0f);
  dl->AddRect(p, q, active ? col : theme().grid, 4.0f, 0, active ? 2.0f : 1.0f);
  dl->AddText(ImVec2(p.x + pad, p.y + pad * 0.5f), active ? contrast_text(col) : theme().text_dim, text);
  ImGui::Dummy(ImVec2(q.x - p.x, q.y - p.y));
}
}  // namespace

void draw_loop_panel(App& app) {
  const model::Model& m = app.doc.model();
  const Theme& th = theme();

  // Clock and iteration.
  ImGui::PushFont(app.fonts.big);
  ImGui::Text("t = %.3f s", m.time);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("  %s #%u", tr(Str::Iteration), m.iteration);

  // Phases, in the order _run_once goes through them.
  struct P { model::Phase ph; Str name; trace::EventKind k; };
  const P phases[] = {{model::Phase::ComputeTimeout, Str::PhaseComputeTimeout, trace::EventKind::PhaseComputeTimeout},
                      {model::Phase::PollIO, Str::PhasePollIO, trace::EventKind::PhasePollIO},
                      {model::Phase::DueTimers, Str::PhaseDueTimers, trace::EventKind::PhaseDueTimers},
                      {model::Phase::RunReady, Str::PhaseRunReady, trace::EventKind::PhaseRunReady}};
  float avail = ImGui::GetContentRegionAvail().x;
  float used = 0;
  for (size_t i = 0; i < std::size(phases); ++i) {
    const char* name = tr(phases[i].name);
    float w = ImGui::CalcTextSize(name).x + ImGui::GetFontSize() * 1.4f;
    if (i > 0) {
      if (used + w < avail) ImGui::SameLine();
      else used = 0;
    }
    ImU32 col = th.light ? IM_COL32(0, 0x72, 0xB2, 255) : IM_COL32(0x4E, 0x9B, 0xD8, 255);
    pill(name, m.phase == phases[i].ph, col);
    used += w;
  }
  ImGui::Spacing();

  // Ready queue.
  ImGui::TextUnformatted(tr(Str::ReadyQueue));
  ImGui::Separator();
  if (m.ready.empty()) ImGui::TextDisabled("%s", tr(Str::Empty));
  int i = 0;
  // Long queues: the first entries are what runs next; the rest is counted.
  constexpr int kShown = 60;
  for (const model::HandleInfo& h : m.ready) {
    if (i == kShown) {
      ImGui::TextDisabled("... +%zu", m.ready.size() - kShown);
      break;
    }
    ImGui::PushID(i);
    ImGui::TextDisabled("%d.", ++i);
    ImGui::SameLine();
    if (h.task) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(task_color_of(app, h.task)));
      ImGui::TextUnformatted(app.doc.index().task_name(h.task).c_str());
      ImGui::PopStyleColor();
      ImGui::SameLine();
    }
    ImGui::TextDisabled("%s", handle_kind_name(h.kind));
    if (!h.desc.empty()) {
      ImGui::SameLine();
      ImGui::TextUnformatted(h.desc.c_str());
    }
    ImGui::PopID();
  }
  ImGui::Spacing();

  // Timer heap, by deadline.
  ImGui::TextUnformatted(tr(Str::TimerHeap));
  ImGui::Separator();
  if (m.timers.empty()) ImGui::TextDisabled("%s", tr(Str::Empty));
  if (!m.timers.empty() && ImGui::BeginTable("##timers", 3, ImGuiTableFlags_SizingStretchProp)) {
    int shown = 0;
    for (const model::TimerInfo& t : m.timers) {
      if (shown++ == kShown) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("... +%zu", m.timers.size() - kShown);
        break;
      }
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("t=%.3f", t.when);
      ImGui::TableNextColumn();
      double left = t.when - m.time;
      if (t.cancelled) ImGui::TextDisabled("%s", tr(Str::Cancelled));
      else ImGui::Text("%.3f s %s", left < 0 ? 0.0 : left, tr(Str::Left));
      ImGui::TableNextColumn();
      if (t.task) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(task_color_of(app, t.task)));
        ImGui::TextUnformatted(app.doc.index().task_name(t.task).c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
      }
      ImGui::TextDisabled("%s", t.desc.empty() ? timer_kind_name(t.kind) : t.desc.c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace sandbox::gui
