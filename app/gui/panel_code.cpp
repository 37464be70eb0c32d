// The code panel.  Viewing: highlighted source with line numbers, the line
// about to run highlighted, each task's current line tagged in its colour,
// breakpoints in the gutter (click), errors under their line in Python's
// words.  Editing: a multiline editor over the text as typed; Ctrl+Enter
// re-runs from scratch.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>

#include "app_ui.h"
#include "highlight.h"
#include "theme.h"

namespace sandbox::gui {

namespace {

ImU32 token_color(Tok t) {
  const bool L = theme().light;
  switch (t) {
    case Tok::Keyword: return L ? IM_COL32(0x00, 0x33, 0xB3, 255) : IM_COL32(0xC6, 0x78, 0xDD, 255);
    case Tok::Builtin: return L ? IM_COL32(0x00, 0x70, 0x70, 255) : IM_COL32(0x56, 0xB6, 0xC2, 255);
    case Tok::String: return L ? IM_COL32(0x06, 0x7D, 0x17, 255) : IM_COL32(0x98, 0xC3, 0x79, 255);
    case Tok::Comment: return L ? IM_COL32(0x6A, 0x6A, 0x6A, 255) : IM_COL32(0x7F, 0x84, 0x8E, 255);
    case Tok::Number: return L ? IM_COL32(0x17, 0x50, 0xEB, 255) : IM_COL32(0xD1, 0x9A, 0x66, 255);
    case Tok::Def: return L ? IM_COL32(0x00, 0x00, 0x00, 255) : IM_COL32(0x61, 0xAF, 0xEF, 255);
    case Tok::Decorator: return L ? IM_COL32(0x9E, 0x88, 0x0D, 255) : IM_COL32(0xE5, 0xC0, 0x7B, 255);
    case Tok::Self: return L ? IM_COL32(0x94, 0x55, 0x8D, 255) : IM_COL32(0xE0, 0x6C, 0x75, 255);
    case Tok::Text: break;
  }
  return theme().text;
}

struct ErrorMark {
  int line = 0;
  int col = 0;
  std::string text;    // Python's words
};

}  // namespace

void draw_code_panel(App& app) {
  Document& doc = app.doc;
  const float fs = ImGui::GetFontSize();
  const Theme& th = theme();

  // Buttons and the error in Python's words.
  if (app.editing) {
    if (ImGui::Button(tr(Str::BtnRun))) app.rerun();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::BtnCancel))) {
      if (doc.diagnostic() == std::nullopt || doc.has_run()) app.editing = false;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(Str::Editing));
  } else if (!app.settings.presentation || doc.diagnostic()) {
    // (A projector keeps every row for code: double-click a line to edit.)
    if (ImGui::Button(tr(Str::BtnEdit))) app.editing = true;
    app.remember("edit");
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::BtnRun))) app.rerun();
    if (doc.diagnostic()) {
      ImGui::SameLine();
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(th.error), "%s", tr(Str::SyntaxError));
    }
  }
  std::vector<ErrorMark> errors;
  if (const auto& d = doc.diagnostic()) {
    errors.push_back({d->line, d->col, d->type + ": " + d->message});
  } else if (const auto& r = doc.runtime_error(); r && doc.cursor() >= doc.recorded()) {
    errors.push_back({r->line, 0, r->message});
  }

  if (app.editing) {
    for (const ErrorMark& e : errors)
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(th.error), "line %d: %s", e.line, e.text.c_str());
    ImGui::PushFont(app.fonts.mono);
    if (ImGui::InputTextMultiline("##editor", &doc.text, ImGui::GetContentRegionAvail(),
                                  ImGuiInputTextFlags_AllowTabInput))
      doc.dirty = true;
    app.remember("editor");
    ImGui::PopFont();
    return;
  }

  // Viewing.  Shown text: as typed when it failed to compile, else the run's.
  const std::string& text = doc.diagnostic() ? doc.text : (doc.run_text.empty() ? doc.text : doc.run_text);
  static std::string cached_src;
  static std::vector<HighlightedLine> lines;
  if (cached_src != text || lines.empty()) {
    cached_src = text;
    lines = highlight_python(text);
  }
  const model::Model& m = doc.model();
  // Current line of each live task, and the running one.
  std::map<int, std::vector<uint32_t>> task_lines;
  for (const model::TaskInfo& t : m.tasks) {
    if (t.line <= 0 || t.state == model::TaskState::Done || t.state == model::TaskState::Cancelled ||
        t.state == model::TaskState::Failed)
      continue;
    task_lines[t.line].push_back(t.id);
  }
  const int active_line = doc.cursor() > 0 ? m.line : 0;

  ImGui::PushFont(app.fonts.mono);
  ImGui::BeginChild("##code_view", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  // Every line is exactly line_h tall (the spacing is inside it), so line
  // n sits at (n - 1) * line_h: the scrolling below relies on it.
  const float line_h = ImGui::GetTextLineHeightWithSpacing();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  // Another file starts at its top, not at the previous file's scroll position.
  static std::string last_path = "\x01";
  if (last_path != doc.path) {
    ImGui::SetScrollX(0);
    ImGui::SetScrollY(0);
    last_path = doc.path;
  }
  const float digit_w = ImGui::CalcTextSize("0").x;
  const float bp_w = fs * 1.2f;
  const float num_w = digit_w * (lines.size() >= 1000 ? 4 : 3);
  const float tag_w = fs * 0.9f;
  const float text_x = bp_w + num_w + digit_w + tag_w * 2;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float full_w = std::max(ImGui::GetContentRegionAvail().x, 1.0f);

  // Keep the active line fully in view (above the horizontal scroll bar):
  // when the cursor moves, and when the panel changes size (presentation
  // mode, a splitter, the window).
  static uint64_t last_cursor = ~0ull;
  static float last_view_h = 0;
  const float view_h =
      ImGui::GetWindowHeight() - (ImGui::GetScrollMaxX() > 0 ? ImGui::GetStyle().ScrollbarSize : 0.0f);
  if ((last_cursor != doc.cursor() || last_view_h != view_h) && active_line > 0) {
    const float y = static_cast<float>(active_line - 1) * line_h, sy = ImGui::GetScrollY();
    const float margin = view_h > line_h * 4 ? line_h : 0.0f;
    if (y < sy + margin * 0.5f || y + line_h > sy + view_h - margin)
      ImGui::SetScrollY(std::max(0.0f, y - std::max(0.0f, view_h - line_h) * 0.35f));
  }
  last_cursor = doc.cursor();
  last_view_h = view_h;
  {
    const ImVec2 wp = ImGui::GetWindowPos();
    app.remember_rect("code_view", wp, ImVec2(wp.x + ImGui::GetWindowWidth(), wp.y + view_h));
  }
  // A new error: bring its line into view.
  static std::string last_error;
  std::string error_key = errors.empty() ? std::string() : std::to_string(errors[0].line) + errors[0].text;
  if (error_key != last_error && !errors.empty() && errors[0].line > 0)
    ImGui::SetScrollY(std::max(0.0f, (errors[0].line - 1) * line_h - ImGui::GetWindowHeight() * 0.35f));
  last_error = error_key;

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()), line_h);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const int ln = i + 1;
      ImVec2 p = ImGui::GetCursorScreenPos();
      const HighlightedLine& hl = lines[i];
      bool is_error = std::any_of(errors.begin(), errors.end(), [&](const ErrorMark& e) { return e.line == ln; });
      if (ln == active_line) app.remember_rect("current_line", p, ImVec2(p.x + full_w, p.y + line_h));
      if (ln == 1) app.remember_rect("code_line_1", p, ImVec2(p.x + full_w, p.y + line_h));
      if (ln == active_line)
        dl->AddRectFilled(ImVec2(p.x + bp_w, p.y), ImVec2(p.x + full_w + ImGui::GetScrollX(), p.y + line_h),
                          th.current_line);
      if (is_error)
        dl->AddRectFilled(ImVec2(p.x + bp_w, p.y), ImVec2(p.x + full_w + ImGui::GetScrollX(), p.y + line_h),
                          with_alpha(th.error, 0.22f));
      // Gutter: breakpoint toggle.
      ImGui::PushID(i);
      if (ImGui::InvisibleButton("##bp", ImVec2(bp_w + num_w, line_h))) {
        if (!doc.breakpoints.erase(ln)) doc.breakpoints.insert(ln);
      }
      bool gutter_hover = ImGui::IsItemHovered();
      ImGui::PopID();
      ImVec2 c(p.x + bp_w * 0.5f, p.y + line_h * 0.5f);
      if (doc.breakpoints.count(ln)) dl->AddCircleFilled(c, fs * 0.32f, th.breakpoint);
      else if (gutter_hover) dl->AddCircle(c, fs * 0.32f, with_alpha(th.breakpoint, 0.6f));
      char num[16];
      std::snprintf(num, sizeof num, "%*d", lines.size() >= 1000 ? 4 : 3, ln);
      dl->AddText(ImVec2(p.x + bp_w, p.y), ln == active_line ? th.text : th.text_dim, num);
      // Task tags: a coloured bar per task whose current line this is.
      auto tl = task_lines.find(ln);
      if (tl != task_lines.end()) {
        float tx = p.x + bp_w + num_w + digit_w * 0.5f;
        for (size_t k = 0; k < tl->second.size() && k < 4; ++k) {
          uint32_t id = tl->second[k];
          ImU32 col = task_color_of(app, id);
          bool running = m.running_task == id;
          float w = running ? tag_w * 0.9f : tag_w * 0.45f;
          dl->AddRectFilled(ImVec2(tx, p.y + 2), ImVec2(tx + w, p.y + line_h - 2), col, 2.0f);
          tx += w + 2;
        }
      }
      // Highlighted text.
      float x = p.x + text_x;
      for (const Run& r : hl.runs) {
        const char* b = hl.text.data() + r.begin;
        const char* e = hl.text.data() + r.end;
        dl->AddText(ImVec2(x, p.y), token_color(r.tok), b, e);
        x += ImGui::CalcTextSize(b, e).x;
      }
      ImGui::SameLine(0, 0);
      ImGui::Dummy(ImVec2(std::max(1.0f, x - p.x - (bp_w + num_w)), line_h));
      if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) app.editing = true;
      // Tooltip on task tags: which tasks stand here.
      if (tl != task_lines.end() && ImGui::IsMouseHoveringRect(ImVec2(p.x + bp_w + num_w, p.y),
                                                                ImVec2(p.x + text_x, p.y + line_h))) {
        ImGui::BeginTooltip();
        for (uint32_t id : tl->second) {
          const model::TaskInfo* t = m.task(id);
          if (t) ImGui::Text("%s: %s", t->name.c_str(), task_state_label(t->state));
        }
        ImGui::EndTooltip();
      }
      // The error, in Python's words, right under its line.
      for (const ErrorMark& e : errors) {
        if (e.line != ln) continue;
        ImVec2 q = ImGui::GetCursorScreenPos();
        // A runtime error has no column: the caret goes under the statement's
        // first character, not at column 0 (under the indentation).
        size_t col = e.col > 0 ? static_cast<size_t>(e.col - 1) : hl.text.find_first_not_of(" \t");
        if (col == std::string::npos) col = 0;
        float indent = text_x + ImGui::CalcTextSize(hl.text.c_str(), hl.text.c_str() + std::min(col, hl.text.size())).x;
        dl->AddText(ImVec2(q.x + indent, q.y - 2), th.error, "^");
        app.remember_rect("error_caret", ImVec2(q.x + indent, q.y - 2), ImVec2(q.x + indent + digit_w, q.y + line_h));
        ImGui::SetCursorScreenPos(ImVec2(q.x + text_x, q.y + line_h * 0.6f));
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(th.error), "%s", e.text.c_str());
      }
    }
  }
  clipper.End();
  ImGui::PopStyleVar();
  ImGui::EndChild();
  ImGui::PopFont();
}

}  // namespace sandbox::gui
