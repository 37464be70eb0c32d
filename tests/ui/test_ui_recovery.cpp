// The editor never loses typed code (issue 5 item 6): typing writes a
// recovery file (debounced, atomic), saving or a clean exit removes it, and
// after a crash -- here: the App destroyed without clean_exit(), which drops
// its lock as the kernel does for a killed process -- the next App with the
// same config directory offers the edits back.
#include "ui_harness.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <fstream>
#include <sstream>

#include "scenarios.h"
#include "settings.h"
#include "temp_files.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;

namespace {

// A monotonic clock the test moves by hand (read by the recovery writer thread).
struct FakeClock {
  std::shared_ptr<std::atomic<double>> t = std::make_shared<std::atomic<double>>(0.0);
  Recovery::Clock fn() const {
    auto p = t;
    return [p] { return p->load(); };
  }
  void advance(double s) { t->store(t->load() + s); }
};

const char* kSaved =
    "import asyncio\n"
    "\n"
    "async def main():\n"
    "    print('saved')\n"
    "\n"
    "asyncio.run(main())\n";

std::vector<fs::path> recovery_files(const std::string& ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(config_dir() + "/recovery", ec))
    if (e.path().extension() == ext) out.push_back(e.path());
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Opens `file`, clicks Edit and the editor, and types `typed` at the start.
void type_into(Harness& h, const std::string& file, const char* typed) {
  App& app = *h.app;
  REQUIRE(app.open_file(file));
  h.frame();
  h.ui.click(app, h.centre("edit"));
  REQUIRE(app.editing);
  h.frame();
  h.ui.click(app, h.centre("editor"));
  h.ui.press(app, GLFW_KEY_HOME, false, /*ctrl=*/true);
  h.ui.type(app, typed);
  REQUIRE(app.doc.dirty);
}

}  // namespace

TEST_CASE("recovery: typed code survives a crash and is offered back on the next start") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved);
  const char* typed = "# typed, never saved\n";
  const std::string expected = std::string(typed) + kSaved;
  {
    FakeClock clock;
    Harness h;
    App& app = *h.app;
    app.enable_recovery(clock.fn());
    CHECK(app.recovery_offers().empty());
    type_into(h, file, typed);
    // Debounced: nothing yet while typing goes on...
    CHECK_FALSE(app.recovery()->has_file());
    // ...written once the typing has paused for a second.
    clock.advance(1.5);
    h.frame();
    REQUIRE(app.recovery()->wait_written(5));
    REQUIRE(app.recovery()->has_file());
    const fs::path edit = app.recovery()->edit_file();
    CHECK(edit.parent_path() == fs::path(config_dir()) / "recovery");
    CHECK(slurp(edit).find(expected) != std::string::npos);
    CHECK(slurp(file) == kSaved);   // the file itself is untouched
    // A second instance running at the same time does not offer it.
    Recovery other(config_dir() + "/recovery");
    CHECK(other.orphans().empty());
    // The crash: no clean_exit(), the App is simply gone.
  }
  REQUIRE(recovery_files(".edit").size() == 1);

  Harness h;
  App& app = *h.app;
  app.enable_recovery();
  REQUIRE(app.recovery_offers().size() == 1);
  const RecoveredEdit offer = app.recovery_offers()[0];
  CHECK(fs::path(offer.path) == fs::path(file));
  CHECK(offer.text == expected);
  REQUIRE(offer.when().size() == 5);
  CHECK(offer.when()[2] == ':');
  h.frame();
  h.frame();
  REQUIRE(app.rects.count("recover_yes"));
  h.ui.click(app, h.centre("recover_yes"));
  h.frame();
  CHECK(app.recovery_offers().empty());
  CHECK(app.doc.text == expected);
  CHECK(fs::path(app.doc.path) == fs::path(file));
  CHECK(app.doc.dirty);
  CHECK(app.editing);
  // The old file went; this instance protects the text under its own name.
  CHECK_FALSE(fs::exists(offer.file));
  CHECK(app.recovery()->has_file());
  REQUIRE(recovery_files(".edit").size() == 1);

  // Saving puts the text on disk and removes the recovery file.
  h.ui.press(app, GLFW_KEY_S, false, /*ctrl=*/true);
  h.frame();
  CHECK(slurp(file) == expected);
  CHECK_FALSE(app.doc.dirty);
  CHECK(recovery_files(".edit").empty());
  // A clean exit leaves nothing behind.
  app.clean_exit();
  CHECK(recovery_files(".edit").empty());
  CHECK(recovery_files(".lock").empty());
}

TEST_CASE("recovery: Discard deletes the offer; a clean exit offers nothing next time") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved);
  {
    FakeClock clock;
    Harness h;
    h.app->enable_recovery(clock.fn());
    type_into(h, file, "x = 1\n");
    clock.advance(6.0);   // at most kMaxDelay after the first keystroke
    h.frame();
    REQUIRE(h.app->recovery()->wait_written(5));
    REQUIRE(h.app->recovery()->has_file());
  }
  {
    Harness h;
    App& app = *h.app;
    app.enable_recovery();
    REQUIRE(app.recovery_offers().size() == 1);
    const std::string before = app.doc.text;
    h.frame();
    h.frame();
    h.ui.click(app, h.centre("recover_no"));
    h.frame();
    CHECK(app.recovery_offers().empty());
    CHECK(app.doc.text == before);
    CHECK(recovery_files(".edit").empty());
    type_into(h, file, "y = 2\n");
    REQUIRE(app.recovery()->wait_written(5));   // the real clock: about a second
    REQUIRE(app.recovery()->has_file());
    app.clean_exit();   // quit normally: unsaved edits were the user's choice
  }
  Harness h;
  h.app->enable_recovery();
  CHECK(h.app->recovery_offers().empty());
}

TEST_CASE("recovery: opening another file over unsaved edits keeps them for the next start") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved), other = tmp.write("other.py", "print('other')\n");
  {
    Harness h;
    App& app = *h.app;
    app.enable_recovery();
    type_into(h, file, "z = 3\n");
    REQUIRE(app.open_file(other));
    CHECK_FALSE(app.doc.dirty);
    h.frame();
    app.clean_exit();
  }
  Harness h;
  h.app->enable_recovery();
  REQUIRE(h.app->recovery_offers().size() == 1);
  CHECK(h.app->recovery_offers()[0].text == std::string("z = 3\n") + kSaved);
  CHECK(fs::path(h.app->recovery_offers()[0].path) == fs::path(file));
}
