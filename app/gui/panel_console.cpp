// The console: what the program printed up to the cursor, each line with the
// virtual time it started at, long lines wrapped; click a line to jump to
// when it was printed.
#include <algorithm>
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

void draw_console_panel(App& app) {
  const model::Model& m = app.doc.model();
  if (m.console.empty()) {
    ImGui::TextDisabled("%s", tr(Str::NoOutput));
    return;
  }
  ImGui::PushFont(app.fonts.mono);
  ImGui::BeginChild("##console_lines", ImVec2(0, 0));
  const Theme& th = theme();
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float width = std::max(size * 4, ImGui::GetContentRegionAvail().x);
  uint64_t jump = ~0ull;
  // Long lines wrap under their text (never under the time stamp).  A line's
  // height depends on its length, so the list is clipped by hand: lines
  // above the view only advance the layout.
  const float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
  float y = 0;
  // After Stop, the KeyboardInterrupt traceback is the Stop button's doing:
  // one calm line says what happened instead.
  const bool stopped = app.doc.stopped_by_user() && app.doc.finished();
  for (size_t i = 0; i < m.console.size(); ++i) {
    const model::ConsoleLine& l = m.console[i];
    if (stopped && l.is_stderr && l.seq >= app.doc.stop_seq()) continue;
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "[%.3f] ", l.time);
    const float indent = font->CalcTextSizeA(size, 1e9f, 0, stamp).x;
    const float wrap = std::max(size * 2, width - indent);
    const bool visible = y < bottom + size * 2;
    const float h = visible ? font->CalcTextSizeA(size, 1e9f, wrap, l.text.c_str()).y : size;
    if (!visible || y + h < top - size * 2) {
      y += std::max(h, size) + ImGui::GetStyle().ItemSpacing.y;
      ImGui::SetCursorPosY(y);
      continue;
    }
    ImGui::PushID(static_cast<int>(i));
    ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##line", false, 0, ImVec2(0, std::max(h, size)))) jump = l.seq;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s %llu", tr(Str::Event), static_cast<unsigned long long>(l.seq));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(p, th.text_dim, stamp);
    dl->AddText(font, size, ImVec2(p.x + indent, p.y), l.is_stderr ? th.error : th.text, l.text.c_str(), nullptr, wrap);
    app.remember_rect("console_last", p, ImVec2(p.x + width, p.y + std::max(h, size)));
    ImGui::PopID();
    y = ImGui::GetCursorPosY();
  }
  if (stopped && app.doc.cursor() >= app.doc.recorded()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(th.text_dim));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(Str::StoppedByYou));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    app.remember("console_stopped");
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
