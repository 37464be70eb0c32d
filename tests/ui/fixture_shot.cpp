// ui_fixture_shot OUT.png: the app with the gather TEST FIXTURE at its end,
// rendered in a real (Xvfb) window.
#include <cstdio>

#include "app.h"
#include "app_ui.h"
#include "fixtures.h"

using namespace sandbox::gui;

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  const char* lang = argc > 2 ? argv[2] : "en";
  bool present = argc > 3;
  return render_screenshot(1280, 800, argv[1], [&](App& app) {
    app.set_lang(std::string(lang) == "zh" ? Lang::Zh : Lang::En);
    if (present) app.set_presentation(true);
    app.doc.set_factory([](const std::string&, const std::string&, sandbox::Diagnostic*) {
      return std::unique_ptr<TraceSource>(test::gather_fixture());
    });
    app.open_text(test::kGatherSource, "03_gather.py");
    app.doc.play_events(48);
    return true;
  });
}
