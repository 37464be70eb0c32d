#include "theme.h"

#include <algorithm>

namespace sandbox::gui {

namespace {
Theme g_theme;

constexpr ImU32 rgb(uint32_t hex, uint8_t a = 255) {
  return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, a);
}

// Two kinds of colour meet on the timeline: a task's STATE (the lesson:
// running, ready, waiting on what) and a task's IDENTITY (which task a
// callback steps, which lane is whose).  They must never be confused, so the
// identity palettes keep clear of every state colour of their theme (the UI
// tests measure the distance).
//
// Light themes (and presentation mode): the states use Okabe & Ito (2008),
// "Color Universal Design", distinguishable with any common colour-vision
// deficiency; identities use Paul Tol's "muted" scheme (also colour-blind
// safe), its two pale entries swapped for darker ones readable as text on white.
constexpr uint32_t kLightTasks[] = {0x332288, 0x117733, 0x44AA99, 0x999933, 0xCC6677, 0x882255, 0xAA4499, 0x997700};
// Dark theme: the states are mid-tone; identities are light tints, readable
// as text on the dark background and apart from every state colour.
constexpr uint32_t kDarkTasks[] = {0x9ECBFF, 0xFFC6A5, 0xB5E8A0, 0xFF9EC7, 0xD7B8FF, 0x9EF0E6, 0xF5E99A, 0xFF8A8A};
}  // namespace

const Theme& theme() { return g_theme; }

ImU32 with_alpha(ImU32 c, float a) {
  uint32_t alpha = static_cast<uint32_t>(std::clamp(a, 0.0f, 1.0f) * 255.0f);
  return (c & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

ImU32 contrast_text(ImU32 bg) {
  float r = ((bg >> IM_COL32_R_SHIFT) & 0xff) / 255.0f, g = ((bg >> IM_COL32_G_SHIFT) & 0xff) / 255.0f,
        b = ((bg >> IM_COL32_B_SHIFT) & 0xff) / 255.0f;
  float lum = 0.2126f * r + 0.7152f * g + 0.0722f * b;
  return lum > 0.55f ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
}

ImU32 task_color(size_t index) {
  if (g_theme.light) return rgb(kLightTasks[index % std::size(kLightTasks)]);
  return rgb(kDarkTasks[index % std::size(kDarkTasks)]);
}

size_t task_palette_size() { return std::size(kLightTasks); }

ImU32 state_color(LaneState s, trace::WaitKind w) {
  const bool L = g_theme.light;
  switch (s) {
    case LaneState::Running: return L ? rgb(0x009E73) : rgb(0x3FBF6F);
    case LaneState::Ready: return L ? rgb(0xE69F00) : rgb(0xE0B040);
    case LaneState::Done: return L ? rgb(0xBBBBBB) : rgb(0x555A60);
    case LaneState::Cancelled: return L ? rgb(0x999999) : rgb(0x6E6E6E);
    case LaneState::Failed: return L ? rgb(0xD55E00) : rgb(0xE0524A);
    case LaneState::Waiting: break;
  }
  using W = trace::WaitKind;
  switch (w) {
    case W::Timer: return L ? rgb(0x56B4E9) : rgb(0x3A7BBF);
    case W::Future: case W::Task: case W::Gather: return L ? rgb(0xCC79A7) : rgb(0x8E5FB8);
    case W::Queue: return L ? rgb(0x0072B2) : rgb(0x2F9C95);
    case W::Lock: case W::Semaphore: case W::Event: case W::Condition:
      return L ? rgb(0xA0522D) : rgb(0xB5733A);
    case W::Socket: return L ? rgb(0x6A6A00) : rgb(0x8A8A3A);
    default: return L ? rgb(0x8DA0CB) : rgb(0x4A5A78);
  }
}

ImU32 phase_color(trace::EventKind phase) {
  const bool L = g_theme.light;
  switch (phase) {
    case trace::EventKind::PhaseRunReady: return L ? rgb(0x9ED9B5) : rgb(0x2E5E45);
    case trace::EventKind::PhaseComputeTimeout: return L ? rgb(0xD9D9D9) : rgb(0x3C4250);
    case trace::EventKind::PhasePollIO: return L ? rgb(0xB9D4EE) : rgb(0x2E4A66);
    case trace::EventKind::PhaseDueTimers: return L ? rgb(0xF3D19C) : rgb(0x6A5326);
    default: return L ? rgb(0xEEEEEE) : rgb(0x30343C);
  }
}

void apply_theme(bool light, bool colorblind, float scale) {
  Theme& t = g_theme;
  t.light = light;
  t.colorblind = colorblind;
  ImGuiStyle& st = ImGui::GetStyle();
  st = ImGuiStyle();
  if (light) {
    ImGui::StyleColorsLight(&st);
    t.text = rgb(0x000000);
    t.text_dim = rgb(0x444444);
    t.bg = rgb(0xFFFFFF);
    t.panel = rgb(0xF4F4F4);
    t.grid = rgb(0xC8C8C8);
    t.cursor = rgb(0xD00000);
    t.current_line = rgb(0xFFE680);
    t.breakpoint = rgb(0xD00000);
    t.error = rgb(0xC00000);
    t.marker_timer = rgb(0x0072B2);
    t.marker_output = rgb(0x000000);
    t.link = rgb(0x000000, 170);
    t.loop_a = rgb(0xE8E8E8);
    t.loop_b = rgb(0xD4D4D4);
    t.mixed = rgb(0x606060);
    t.hazard = rgb(0xD00000);
    ImVec4* c = st.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 0);
    c[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.27f, 0.27f, 0.27f, 1);
    c[ImGuiCol_Border] = ImVec4(0.55f, 0.55f, 0.55f, 1);
    c[ImGuiCol_TitleBgActive] = ImVec4(0.85f, 0.85f, 0.85f, 1);
    c[ImGuiCol_Button] = ImVec4(0.88f, 0.88f, 0.88f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.75f, 0.85f, 1.0f, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.90f, 0.90f, 1);   // inputs visible on white
    c[ImGuiCol_PopupBg] = ImVec4(0.98f, 0.98f, 0.98f, 1);
  } else {
    ImGui::StyleColorsDark(&st);
    t.text = rgb(0xE6E6E6);
    t.text_dim = rgb(0x9AA0A8);
    t.bg = rgb(0x1B1D22);
    t.panel = rgb(0x23262D);
    t.grid = rgb(0x3A3F4A);
    t.cursor = rgb(0xFF5A4F);
    t.current_line = rgb(0x4A4320);
    t.breakpoint = rgb(0xE5484D);
    t.error = rgb(0xFF6B6B);
    t.marker_timer = rgb(0x7FC4FF);
    t.marker_output = rgb(0xF2F2F2);
    t.link = rgb(0xFFFFFF, 150);
    t.loop_a = rgb(0x2A2E36);
    t.loop_b = rgb(0x323743);
    t.mixed = rgb(0xA8A8A8);
    t.hazard = rgb(0xFF3030);
    ImVec4* c = st.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.106f, 0.114f, 0.133f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = ImVec4(0.14f, 0.15f, 0.18f, 1);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.14f, 0.15f, 0.18f, 1);
    c[ImGuiCol_Header] = ImVec4(0.22f, 0.30f, 0.42f, 1);
    c[ImGuiCol_Button] = ImVec4(0.20f, 0.22f, 0.27f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.27f, 0.36f, 0.50f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.30f, 0.42f, 0.60f, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0.16f, 0.17f, 0.21f, 1);
    c[ImGuiCol_Tab] = ImVec4(0.16f, 0.17f, 0.21f, 1);
    c[ImGuiCol_TabActive] = ImVec4(0.25f, 0.33f, 0.46f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0.30f, 0.40f, 0.55f, 1);
  }
  st.WindowRounding = 0;
  st.FrameRounding = 3;
  st.GrabRounding = 3;
  st.TabRounding = 3;
  st.WindowBorderSize = 1;
  st.FramePadding = ImVec2(8, 4);
  st.ItemSpacing = ImVec2(8, 6);
  st.WindowPadding = ImVec2(10, 8);
  st.ScrollbarSize = 14;
  st.ScaleAllSizes(scale);
}

}  // namespace sandbox::gui
