// Sockets and streams: bytes written, read, and waiting in the buffer.
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

void draw_sockets_panel(App& app) {
  const model::Model& m = app.doc.model();
  if (m.sockets.empty()) return;
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr(Str::PanelSockets));
  ImGui::Separator();
  const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg;
  if (!ImGui::BeginTable("##sockets", 4, flags)) return;
  for (const model::SocketInfo& s : m.sockets) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(s.name.empty() ? (prefixed("#", s.id)).c_str() : s.name.c_str());
    ImGui::TableNextColumn();
    if (s.listening) {
      ImGui::TextDisabled("%s", tr(Str::Listening));
    } else {
      ImGui::Text("%s %llu  %s %llu", tr(Str::Written), static_cast<unsigned long long>(s.written), tr(Str::Read),
                  static_cast<unsigned long long>(s.read));
    }
    ImGui::TableNextColumn();
    if (!s.listening) {
      if (s.buffered) ImGui::Text("%s %llu", tr(Str::Buffered), static_cast<unsigned long long>(s.buffered));
    }
    ImGui::TableNextColumn();
    if (s.closed) ImGui::TextDisabled("%s", tr(Str::Closed));
    else if (s.eof) ImGui::TextDisabled("%s", tr(Str::Eof));
  }
  ImGui::EndTable();
}

}  // namespace sandbox::gui
