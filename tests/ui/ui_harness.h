// Shared set-up for the UI tests: a headless ImGui, an App over a TEST
// FIXTURE trace, and helpers to look into what was drawn.
#pragma once
#include <GLFW/glfw3.h>   // key codes
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "app_ui.h"
#include "fixtures.h"
#include "headless.h"
#include "theme.h"

namespace sandbox::gui::test {

struct Harness {
  HeadlessUi ui{1600, 960};
  std::unique_ptr<App> app;

  explicit Harness(bool lazy = true) {
    Settings s;
    s.lang = Lang::En;
    app = std::make_unique<App>(s, "");
    app->doc.set_factory([lazy](const std::string& text, const std::string&, Diagnostic* d) -> std::unique_ptr<TraceSource> {
      // Test double for the compiler: a line "def (" is a syntax error.
      size_t at = text.find("def (");
      if (at != std::string::npos) {
        d->line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
        d->col = 5;
        d->type = "SyntaxError";
        d->message = "invalid syntax";
        return nullptr;
      }
      auto src = gather_fixture();
      if (lazy) src->set_revealed(0);   // runs further only when asked, like a session
      return src;
    });
    app->open_text(kGatherSource, "03_gather.py");
    ui.frame(*app);
    ui.frame(*app);
  }
  void frame() { ui.frame(*app); }
  ImVec2 centre(const char* name) {
    auto it = app->rects.find(name);
    REQUIRE_MESSAGE(it != app->rects.end(), std::string(name));
    return ImVec2((it->second.first.x + it->second.second.x) * 0.5f, (it->second.first.y + it->second.second.y) * 0.5f);
  }
};

// Does any vertex drawn this frame have colour `col` at x within `tol` of `x`?
inline bool drawn_at_x(ImU32 col, float x, float tol) {
  ImDrawData* dd = ImGui::GetDrawData();
  for (int i = 0; i < dd->CmdListsCount; ++i)
    for (const ImDrawVert& v : dd->CmdLists[i]->VtxBuffer)
      if (v.col == col && v.pos.x >= x - tol && v.pos.x <= x + tol) return true;
  return false;
}
inline long count_colour(ImU32 col) {
  long n = 0;
  ImDrawData* dd = ImGui::GetDrawData();
  for (int i = 0; i < dd->CmdListsCount; ++i)
    for (const ImDrawVert& v : dd->CmdLists[i]->VtxBuffer)
      if (v.col == col) ++n;
  return n;
}

}  // namespace sandbox::gui::test
