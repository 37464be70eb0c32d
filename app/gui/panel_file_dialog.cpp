// A file dialog inside the app (no toolkit dependency): folders and files of
// one directory, a name field, OK/Cancel.  Used for open, save as, export.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

namespace fs = std::filesystem;

void draw_file_dialog(App& app) {
  FileDialog& d = app.file_dialog;
  if (d.mode == FileDialogMode::None) return;
  const char* title = d.mode == FileDialogMode::Open ? tr(Str::OpenFile) : tr(Str::SaveFile);
  if (d.just_opened) {
    if (d.dir.empty()) {
      std::error_code ec;
      d.dir = !app.doc.path.empty() ? fs::absolute(app.doc.path, ec).parent_path().string()
                                    : fs::current_path(ec).string();
    }
    ImGui::OpenPopup("##file_dialog");
    d.just_opened = false;
  }
  const float fs_px = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(fs_px * 36, fs_px * 26), ImGuiCond_Appearing);
  ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("##file_dialog", nullptr, ImGuiWindowFlags_NoTitleBar)) {
    d.mode = FileDialogMode::None;
    return;
  }
  ImGui::TextUnformatted(title);
  ImGui::Separator();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##dir", &d.dir);
  app.remember("dialog_dir");

  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(d.dir, fs::directory_options::skip_permission_denied, ec)) {
    std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    if (e.is_directory(ec) || d.mode != FileDialogMode::Open || e.path().extension() == ".py") entries.push_back(e);
  }
  // Folders first, then by name (directory order is unspecified).
  std::sort(entries.begin(), entries.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
    std::error_code e1, e2;
    bool da = a.is_directory(e1), db = b.is_directory(e2);
    if (da != db) return da;
    return a.path().filename() < b.path().filename();
  });
  bool accept = false;
  ImGui::BeginChild("##entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2.2f), true);
  if (ImGui::Selectable("..")) d.dir = fs::path(d.dir).parent_path().string();
  app.remember("dialog_entry:..");
  for (const auto& e : entries) {
    std::string name = e.path().filename().string();
    bool dir = e.is_directory(ec);
    std::string label = dir ? name + "/" : name;
    if (ImGui::Selectable(label.c_str(), d.name == name, ImGuiSelectableFlags_AllowDoubleClick)) {
      if (dir) {
        d.dir = e.path().string();
      } else {
        d.name = name;
        if (ImGui::IsMouseDoubleClicked(0)) accept = true;
      }
    }
    app.remember(("dialog_entry:" + label).c_str());
  }
  ImGui::EndChild();
  ImGui::TextUnformatted(tr(Str::FileName));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##name", &d.name, ImGuiInputTextFlags_EnterReturnsTrue)) accept = true;
  app.remember("dialog_name");
  if (!d.error.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme().error), "%s", d.error.c_str());
  if (ImGui::Button(tr(Str::BtnOk))) accept = true;
  app.remember("dialog_ok");
  ImGui::SameLine();
  bool cancel = ImGui::Button(tr(Str::BtnCancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
  app.remember("dialog_cancel");
  if (accept && !d.name.empty()) {
    std::string path = (fs::path(d.dir) / d.name).string();
    bool ok = true;
    switch (d.mode) {
      case FileDialogMode::Open: ok = app.open_file(path); if (!ok && app.doc.path != path) d.error = app.status; break;
      case FileDialogMode::SaveAs: ok = app.save_as(path); if (!ok) d.error = app.status; break;
      case FileDialogMode::ExportChrome: {
        std::string err;
        ok = app.doc.source() && app.doc.source()->export_chrome(path, &err);
        if (!ok) d.error = err;
        else app.status = tr_fmt(Str::StatusExported, path);
        break;
      }
      case FileDialogMode::Screenshot:
        app.want_screenshot = true;
        app.screenshot_path = path;
        break;
      case FileDialogMode::None: break;
    }
    // A syntax error still opened the file (shown at its line).
    if (ok || (d.mode == FileDialogMode::Open && app.doc.path == path)) cancel = true;
  }
  if (cancel) {
    if (d.mode == FileDialogMode::SaveAs && !app.want_quit) app.quit_after_save = false;   // quitting was called off
    d.mode = FileDialogMode::None;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace sandbox::gui
