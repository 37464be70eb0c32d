// The console: what the program printed up to the cursor, each line with the
// virtual time it started at; click a line to jump to when it was printed.
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

void draw_console_panel(App& app) {
  const model::Model& m = app.doc.model();
  if (app.settings.presentation) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Str::PanelConsole));
    ImGui::Separator();
  }
  if (m.console.empty()) {
    ImGui::TextDisabled("%s", tr(Str::NoOutput));
    return;
  }
  ImGui::PushFont(app.fonts.mono);
  ImGui::BeginChild("##console_lines", ImVec2(0, app.settings.presentation ? ImGui::GetFontSize() * 8 : 0));
  const Theme& th = theme();
  uint64_t jump = ~0ull;
  ImGuiListClipper clip;
  clip.Begin(static_cast<int>(m.console.size()));
  while (clip.Step()) {
    for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
      const model::ConsoleLine& l = m.console[i];
      ImGui::PushID(i);
      char stamp[32];
      std::snprintf(stamp, sizeof stamp, "[%.3f] ", l.time);
      ImVec2 p = ImGui::GetCursorScreenPos();
      if (ImGui::Selectable("##line", false, 0, ImVec2(0, ImGui::GetTextLineHeight()))) jump = l.seq;
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s %llu", tr(Str::Event), static_cast<unsigned long long>(l.seq));
      ImDrawList* dl = ImGui::GetWindowDrawList();
      dl->AddText(p, th.text_dim, stamp);
      dl->AddText(ImVec2(p.x + ImGui::CalcTextSize(stamp).x, p.y), l.is_stderr ? th.error : th.text, l.text.c_str());
      ImGui::PopID();
    }
  }
  // Follow the newest line.
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - ImGui::GetTextLineHeight() * 2) ImGui::SetScrollHereY(1.0f);
  ImGui::EndChild();
  ImGui::PopFont();
  if (jump != ~0ull) {
    app.playing = false;
    app.doc.set_cursor(jump + 1);
    app.timeline.follow(app.doc.cursor());
  }
}

}  // namespace sandbox::gui
