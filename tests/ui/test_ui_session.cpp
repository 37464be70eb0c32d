// UI tests over the real engine: the gather scenario run through a Session,
// and a real syntax error from the real compiler.
#include "ui_harness.h"

#include "narrate.h"
#include "scenarios.h"

using namespace sandbox::gui;

namespace {
struct RealApp {
  HeadlessUi ui{1600, 960};
  std::unique_ptr<App> app;
  RealApp() {
    Settings s;
    s.lang = Lang::En;
    app = std::make_unique<App>(s, std::string(SANDBOX_SOURCE_DIR) + "/scenarios");
  }
};
}  // namespace

TEST_CASE("real session: the gather scenario stepped with Space, then to the end") {
  RealApp r;
  App& app = *r.app;
  const Scenario* gather = nullptr;
  for (const Scenario& s : app.scenarios)
    if (s.file.rfind("03_", 0) == 0) gather = &s;
  REQUIRE(gather);
  REQUIRE(app.open_file(gather->path));
  r.ui.frame(app);
  for (int i = 0; i < 8; ++i) r.ui.press(app, GLFW_KEY_SPACE);
  CHECK(app.doc.cursor() == 8);
  CHECK(app.shown_narration == narrate(app.doc, 7, Lang::En));
  r.ui.press(app, GLFW_KEY_END);
  CHECK(app.doc.finished());
  const auto& m = app.doc.model();
  REQUIRE(m.console.size() == 4);
  CHECK(m.console[0].text == "Task 1 started");
  CHECK(m.console[2].text == "Task 2 finished");
  CHECK(m.console[3].time == doctest::Approx(2.0));
  CHECK(app.doc.index().tasks().size() >= 3);
  // Back to the start is reading: nothing is re-run.
  const uint64_t n = app.doc.recorded();
  r.ui.press(app, GLFW_KEY_HOME);
  CHECK(app.doc.cursor() == 0);
  CHECK(app.doc.recorded() == n);
}

TEST_CASE("real session: a syntax error is shown at its line in Python's words") {
  RealApp r;
  App& app = *r.app;
  app.open_text("import asyncio\ndef (:\n  pass\n", "bad.py");
  r.ui.frame(app);
  REQUIRE(app.doc.diagnostic().has_value());
  CHECK(app.doc.diagnostic()->line == 2);
  CHECK(app.doc.diagnostic()->type == "SyntaxError");
  CHECK(app.doc.text == "import asyncio\ndef (:\n  pass\n");
  CHECK(test::count_colour(with_alpha(theme().error, 0.22f)) > 0);
}
