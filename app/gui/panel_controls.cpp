// The toolbar: step buttons (with their keys in tooltips), play/pause and
// speed, the scrubber over everything recorded, and jump to time.
#include <algorithm>
#include <cstdio>

#include "app_ui.h"
#include "theme.h"

namespace sandbox::gui {

namespace {
bool button(const char* label, const char* keys, bool enabled = true) {
  if (!enabled) ImGui::BeginDisabled();
  bool hit = ImGui::Button(label);
  if (!enabled) ImGui::EndDisabled();
  if (keys && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", keys);
  return hit;
}
}  // namespace

void draw_controls(App& app) {
  Document& doc = app.doc;
  const bool loaded = doc.has_run();
  const bool more = loaded && !(doc.finished() && doc.cursor() >= doc.recorded());
  const float fs = ImGui::GetFontSize();

  if (button(tr(Str::BtnReset), "Home", loaded && doc.cursor() > 0)) app.do_reset();
  ImGui::SameLine();
  if (button(tr(Str::BtnBack), "Shift+Space / Left", loaded && doc.cursor() > 0)) app.do_back();
  app.remember("back");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (button(tr(Str::BtnStep), "Space / Right", more)) app.do_step(StopKind::Event);
  app.remember("step");
  ImGui::PopStyleColor();
  ImGui::SameLine();
  if (button(tr(Str::BtnLine), "L / Down", more)) app.do_step(StopKind::Line);
  ImGui::SameLine();
  // Presentation mode keeps the essential buttons (the keys still work).
  if (!app.settings.presentation) {
    if (button(tr(Str::BtnCallback), "C", more)) app.do_step(StopKind::Callback);
    ImGui::SameLine();
    if (button(tr(Str::BtnIteration), "I", more)) app.do_step(StopKind::Iteration);
    ImGui::SameLine();
    if (button(tr(Str::BtnOutput), "O", more)) app.do_step(StopKind::Output);
    ImGui::SameLine();
    if (button(tr(Str::BtnBreakpoint), "B", more)) app.do_step(StopKind::Breakpoint);
    ImGui::SameLine();
  }
  if (button(tr(Str::BtnEnd), "End", more)) app.do_end();
  ImGui::SameLine(0, fs);
  if (button(app.playing ? tr(Str::BtnPause) : tr(Str::BtnPlay), "P", loaded)) app.toggle_play();
  app.remember("play");
  const bool compact = app.settings.presentation;   // a projector: the essentials, large
  if (!compact) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(fs * 7);
    const char* modes[] = {tr(Str::SpeedEvents), tr(Str::SpeedTime)};
    ImGui::Combo("##speed_mode", &app.settings.speed_mode, modes, 2);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(fs * 6);
    if (app.settings.speed_mode == 0)
      ImGui::DragFloat("##speed_events", &app.settings.speed_events, 0.2f, 0.5f, 5000.0f, "%.1f", ImGuiSliderFlags_Logarithmic);
    else
      ImGui::DragFloat("##speed_factor", &app.settings.speed_factor, 0.02f, 0.05f, 100.0f, "x%.2f", ImGuiSliderFlags_Logarithmic);

    // The Live switch and its speed; Stop is Ctrl+C for the running program.
    ImGui::SameLine(0, fs);
    bool live = doc.run_mode().live;
    if (ImGui::Checkbox(tr(Str::Live), &live)) app.set_live(live);
    app.remember("live");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::LiveTip));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(fs * 4.5f);
    if (ImGui::DragFloat("##live_speed", &app.settings.live_speed, 0.02f, 0.1f, 10.0f, "x%.2f", ImGuiSliderFlags_Logarithmic))
      doc.set_live_speed(app.settings.live_speed);
    app.remember("live_speed");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::LiveTip));
  }
  if (doc.live_running()) {
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::BtnStop))) doc.interrupt();
    app.remember("stop");
  }

  // Clock and position on the right of the first row.
  const model::Model& m = doc.model();
  char info[160];
  std::snprintf(info, sizeof info, "t = %.3f s    %s #%u    %s %llu", m.time, tr(Str::Iteration), m.iteration,
                tr(Str::Event), static_cast<unsigned long long>(doc.cursor()));
  float w = ImGui::CalcTextSize(info).x;
  ImGui::SameLine();
  bool info_fits = ImGui::GetCursorPosX() + w + fs * 0.5f <= ImGui::GetWindowWidth();
  if (!info_fits && compact) {   // one row only: the clock is what the class needs
    std::snprintf(info, sizeof info, "t = %.3f s", m.time);
    w = ImGui::CalcTextSize(info).x;
    info_fits = true;
  }
  if (info_fits) {
    ImGui::SameLine(ImGui::GetWindowWidth() - w - fs * 0.5f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(info);
  } else {
    ImGui::NewLine();
  }

  if (!app.settings.layout().scrubber) {
    if (!info_fits) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(info);
    }
    return;
  }
  // Second row: scrubber and jump to time.
  float jump_w = fs * 12;
  if (!info_fits) {   // narrow window: the clock goes at the start of the second row
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(info);
    ImGui::SameLine();
  }
  ImGui::SetNextItemWidth(std::max(fs * 4, ImGui::GetContentRegionAvail().x - jump_w - fs));
  int64_t cur = static_cast<int64_t>(doc.cursor());
  int64_t lo = 0, hi = static_cast<int64_t>(std::max<uint64_t>(doc.recorded(), 1));
  if (!loaded) ImGui::BeginDisabled();
  if (ImGui::SliderScalar("##scrubber", ImGuiDataType_S64, &cur, &lo, &hi, "%lld")) {
    app.playing = false;
    doc.set_cursor(static_cast<uint64_t>(cur));
    app.timeline.follow(doc.cursor());
  }
  app.remember("scrubber");
  ImGui::SameLine();
  ImGui::TextUnformatted(tr(Str::JumpTime));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  if (ImGui::InputFloat("##jump_time", &app.jump_time, 0, 0, "%.3f", ImGuiInputTextFlags_EnterReturnsTrue)) {
    app.playing = false;
    doc.jump_to_time(app.jump_time);
    app.timeline.follow(doc.cursor());
  }
  if (!loaded) ImGui::EndDisabled();
}

}  // namespace sandbox::gui
