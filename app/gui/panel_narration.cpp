// "What happened": the sentence for the event just run, in large type, and
// the scenario's explanation from its docstring.
#include "app_ui.h"
#include "narrate.h"
#include "theme.h"

namespace sandbox::gui {

void draw_narration_panel(App& app) {
  Document& doc = app.doc;
  const Lang l = language();
  const float fs = ImGui::GetFontSize();
  std::string sentence;
  if (!doc.has_run()) {
    sentence = doc.diagnostic() ? tr(Str::SyntaxError) : tr(Str::NoProgram);
  } else if (doc.cursor() == 0) {
    sentence = tr(Str::StartHint);
  } else if (doc.stopped_by_user() && doc.finished() && doc.cursor() >= doc.recorded()) {
    sentence = tr(Str::StoppedByYou);
  } else {
    sentence = narrate(doc, doc.cursor() - 1, l);
    // The program_end event says so itself; other last events (a limit hit) need the word.
    const trace::Event* last = doc.current_event();
    const bool says_end = last && last->kind == trace::EventKind::ProgramEnd;
    if (doc.finished() && doc.cursor() >= doc.recorded() && !says_end)
      sentence += "  " + std::string(tr(Str::Finished));
  }
  app.shown_narration = sentence;
  ImGui::PushFont(app.fonts.big);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(sentence.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();

  const DocInfo& info = app.doc_info;
  if (!info.title_en.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    std::string head = info.title(l);
    bool open = ImGui::TreeNodeEx("##about", ImGuiTreeNodeFlags_SpanAvailWidth, "%s: %s", tr(Str::PanelAbout),
                                  head.c_str());
    ImGui::PopStyleColor();
    if (open) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(info.body(l).c_str());
      if (!info.watch.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted(info.watch.c_str());
      }
      ImGui::PopTextWrapPos();
      ImGui::TreePop();
    }
  }
  (void)fs;
}

}  // namespace sandbox::gui
