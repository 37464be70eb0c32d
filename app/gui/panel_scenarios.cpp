// The scenario list: the bundled scenarios in article order with their
// titles in the chosen language, recent files, and an Open button.
#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

void draw_scenario_panel(App& app) {
  const Lang l = language();
  const float fs = ImGui::GetFontSize();
  if (ImGui::Button(tr(Str::MenuOpen))) app.file_dialog = FileDialog{FileDialogMode::Open, "", "", "", true};
  if (app.doc.has_run()) {
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::PanelCode))) app.show_scenarios = false;
  }
  ImGui::Spacing();
  if (app.scenarios.empty()) ImGui::TextWrapped("%s", tr(Str::NoProgram));
  ImGui::BeginChild("##scenario_list");
  std::string open_path;
  for (const Scenario& sc : app.scenarios) {
    ImGui::PushID(sc.file.c_str());
    std::string num = sc.file.substr(0, sc.file.find('_'));
    bool selected = app.doc.path == sc.path;
    ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##pick", selected, 0, ImVec2(0, fs * 2.5f))) open_path = sc.path;
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(ImVec2(p.x + 4, p.y + 2), theme().text_dim, num.c_str());
    dl->AddText(ImVec2(p.x + fs * 2.6f, p.y + 2), theme().text, sc.doc.title(l).c_str());
    dl->AddText(ImVec2(p.x + fs * 2.6f, p.y + fs * 1.25f), theme().text_dim, sc.file.c_str());
    if (hovered && !sc.doc.body(l).empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(fs * 32);
      ImGui::TextUnformatted(sc.doc.body(l).c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
  if (!app.settings.recent.empty()) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Str::MenuRecent));
    ImGui::Separator();
    for (const std::string& r : app.settings.recent)
      if (ImGui::Selectable(r.c_str())) open_path = r;
  }
  ImGui::EndChild();
  if (!open_path.empty()) app.open_file(open_path);
}

}  // namespace sandbox::gui
