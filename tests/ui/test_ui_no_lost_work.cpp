// No lost work (issue 13 item 6): quitting with unsaved edits asks first and
// keeps the recovery copy until the user chose; the recovery copy follows
// typing by the wall clock with no frames drawn; edits set aside by opening
// another file come back when it is reopened; a bundled scenario is never
// overwritten; F12 writes to the pictures folder and says where.
#include "ui_harness.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "scenarios.h"
#include "settings.h"
#include "temp_files.h"
#include "user_dirs.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;

namespace {

const char* kSaved =
    "import asyncio\n"
    "\n"
    "async def main():\n"
    "    print('saved')\n"
    "\n"
    "asyncio.run(main())\n";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t edit_files() {
  size_t n = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(config_dir() + "/recovery", ec))
    if (e.path().extension() == ".edit") ++n;
  return n;
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

void settle(Harness& h) {
  for (int i = 0; i < 3; ++i) h.frame();
}

}  // namespace

TEST_CASE("quit: no unsaved edits quits at once; Ctrl+Q with edits asks, Cancel keeps everything") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved);
  Harness h;
  App& app = *h.app;
  app.enable_recovery();
  REQUIRE(app.open_file(file));
  h.frame();
  h.ui.press(app, GLFW_KEY_Q, false, /*ctrl=*/true);
  CHECK(app.want_quit);
  app.want_quit = false;

  type_into(h, file, "# mine\n");
  h.ui.press(app, GLFW_KEY_Q, false, /*ctrl=*/true);
  settle(h);
  CHECK_FALSE(app.want_quit);
  CHECK(app.quit_asking());
  REQUIRE(app.rects.count("quit_save"));
  REQUIRE(app.rects.count("quit_discard"));
  REQUIRE(app.rects.count("quit_cancel"));
  // Asking wrote the recovery copy at once (the user may kill the app now).
  CHECK(app.recovery()->has_file());
  CHECK(edit_files() == 1);
  h.ui.click(app, h.centre("quit_cancel"));
  settle(h);
  CHECK_FALSE(app.want_quit);
  CHECK_FALSE(app.quit_asking());
  CHECK(app.doc.dirty);
  CHECK(app.doc.text == std::string("# mine\n") + kSaved);
  CHECK(app.recovery()->has_file());
  CHECK(slurp(file) == kSaved);
}

TEST_CASE("quit: File > Quit with edits, Discard quits; the recovery copy goes only at the clean exit after") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved);
  Harness h;
  App& app = *h.app;
  app.enable_recovery();
  type_into(h, file, "# mine\n");
  h.ui.click(app, h.centre("menu_file"));
  settle(h);
  REQUIRE(app.rects.count("menu_quit"));
  h.ui.click(app, h.centre("menu_quit"));
  settle(h);
  CHECK_FALSE(app.want_quit);
  REQUIRE(app.quit_asking());
  CHECK(edit_files() == 1);
  h.ui.click(app, h.centre("quit_discard"));
  h.frame();
  CHECK(app.want_quit);
  CHECK(slurp(file) == kSaved);   // discarded: the file as it was
  CHECK(edit_files() == 1);       // nothing removed by the prompt itself
  app.clean_exit();               // what the host does next
  CHECK(edit_files() == 0);
}

TEST_CASE("quit: the window's close button with edits asks; Save writes the file and quits") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved);
  Harness h;
  App& app = *h.app;
  app.enable_recovery();
  type_into(h, file, "# mine\n");
  CHECK_FALSE(app.request_quit());   // what the host calls on the close button
  settle(h);
  REQUIRE(app.quit_asking());
  h.ui.click(app, h.centre("quit_save"));
  h.frame();
  CHECK(app.want_quit);
  CHECK(slurp(file) == std::string("# mine\n") + kSaved);
  CHECK_FALSE(app.doc.dirty);
  CHECK(edit_files() == 0);
}

TEST_CASE("recovery: written about a second after the last keystroke by the wall clock, with no frames drawn") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved);
  Harness h;
  App& app = *h.app;
  app.enable_recovery();   // the real clock
  type_into(h, file, "# last words\n");
  const auto typed_at = std::chrono::steady_clock::now();
  // The idle app sleeps in glfwWaitEvents: no frame, no update() call.
  while (!app.recovery()->has_file() && std::chrono::steady_clock::now() - typed_at < std::chrono::seconds(5))
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - typed_at).count();
  REQUIRE(app.recovery()->has_file());
  CHECK(took < 2.5);   // kQuiet (1 s) after the last keystroke, plus scheduling
  CHECK(slurp(app.recovery()->edit_file()).find(std::string("# last words\n") + kSaved) != std::string::npos);
}

TEST_CASE("recovery: edits set aside by opening another file are offered back when it is reopened") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string file = tmp.write("lesson.py", kSaved), other = tmp.write("other.py", "print('other')\n");
  Harness h;
  App& app = *h.app;
  app.enable_recovery();
  type_into(h, file, "z = 3\n");
  REQUIRE(app.open_file(other));
  CHECK(app.status.find("kept for recovery") != std::string::npos);
  CHECK(app.recovery_offers().empty());   // not about other.py
  REQUIRE(app.open_file(file));
  REQUIRE(app.recovery_offers().size() == 1);
  CHECK(app.recovery_offers()[0].text == std::string("z = 3\n") + kSaved);
  settle(h);
  REQUIRE(app.rects.count("recover_yes"));
  h.ui.click(app, h.centre("recover_yes"));
  h.frame();
  CHECK(app.recovery_offers().empty());
  CHECK(app.doc.text == std::string("z = 3\n") + kSaved);
  CHECK(app.doc.dirty);
  CHECK(fs::path(app.doc.path) == fs::path(file));
  // The aside is gone; this instance protects the text as its own edit.
  CHECK(edit_files() == 1);

  // Set aside again, then declined on reopening: the file as saved, nothing kept.
  REQUIRE(app.open_file(other));
  REQUIRE(app.open_file(file));
  REQUIRE(app.recovery_offers().size() == 1);
  settle(h);
  h.ui.click(app, h.centre("recover_no"));
  h.frame();
  CHECK(app.doc.text == kSaved);
  CHECK_FALSE(app.doc.dirty);
  CHECK(edit_files() == 0);
}

TEST_CASE("a bundled scenario is never overwritten: Save asks for a new name in the home folder") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  EnvVar home("HOME", (tmp.path / "home").c_str());
  fs::create_directories(tmp.path / "home");
  const std::string scenario = tmp.write("scenarios/01_demo.py", kSaved);
  Harness h;
  App& app = *h.app;
  app.scenarios_dir = (tmp.path / "scenarios").string();
  CHECK(app.is_bundled(scenario));
  type_into(h, scenario, "# my change\n");
  h.ui.press(app, GLFW_KEY_S, false, /*ctrl=*/true);
  settle(h);
  CHECK(slurp(scenario) == kSaved);
  CHECK(app.status == tr(Str::BundledReadOnly));
  REQUIRE(app.file_dialog.mode == FileDialogMode::SaveAs);
  CHECK(fs::path(app.file_dialog.dir) == tmp.path / "home");
  CHECK(app.file_dialog.name == "01_demo-mine.py");

  // Pointing the dialog back at the scenarios folder is refused, with the reason.
  app.file_dialog.dir = (tmp.path / "scenarios").string();
  settle(h);
  h.ui.click(app, h.centre("dialog_ok"));
  settle(h);
  CHECK(app.file_dialog.mode == FileDialogMode::SaveAs);
  CHECK(app.file_dialog.error == tr(Str::BundledReadOnly));
  CHECK(slurp(scenario) == kSaved);
  CHECK(fs::path(app.doc.path) == fs::path(scenario));

  app.file_dialog.dir = (tmp.path / "home").string();
  settle(h);
  h.ui.click(app, h.centre("dialog_ok"));
  settle(h);
  CHECK(app.file_dialog.mode == FileDialogMode::None);
  const fs::path mine = tmp.path / "home" / "01_demo-mine.py";
  CHECK(fs::path(app.doc.path) == mine);
  CHECK(slurp(mine) == std::string("# my change\n") + kSaved);
  CHECK(slurp(scenario) == kSaved);
  CHECK_FALSE(app.doc.dirty);
}

TEST_CASE("quit with an edited bundled scenario: Save goes through Save as, then quits") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  EnvVar home("HOME", (tmp.path / "home").c_str());
  fs::create_directories(tmp.path / "home");
  const std::string scenario = tmp.write("scenarios/01_demo.py", kSaved);
  Harness h;
  App& app = *h.app;
  app.scenarios_dir = (tmp.path / "scenarios").string();
  type_into(h, scenario, "# my change\n");
  app.request_quit();
  settle(h);
  h.ui.click(app, h.centre("quit_save"));
  settle(h);
  CHECK_FALSE(app.want_quit);
  REQUIRE(app.file_dialog.mode == FileDialogMode::SaveAs);
  h.ui.click(app, h.centre("dialog_ok"));
  settle(h);
  CHECK(app.want_quit);
  CHECK(slurp(tmp.path / "home" / "01_demo-mine.py") == std::string("# my change\n") + kSaved);
  CHECK(slurp(scenario) == kSaved);
}

TEST_CASE("F12: the screenshot goes to the XDG pictures folder, else the program's folder; the status says where") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  EnvVar home("HOME", (tmp.path / "home").c_str());
  EnvVar pictures("XDG_PICTURES_DIR", nullptr);
  fs::create_directories(tmp.path / "home" / "Bilder");
  tmp.write("config/user-dirs.dirs", "# written by xdg-user-dirs-update\nXDG_PICTURES_DIR=\"$HOME/Bilder\"\n");
  const std::string file = tmp.write("work/lesson.py", kSaved);
  Harness h;
  App& app = *h.app;
  REQUIRE(app.open_file(file));
  h.frame();
  h.ui.press(app, GLFW_KEY_F12);
  REQUIRE(app.want_screenshot);
  std::string written;
  auto writer = [&](const std::string& path) {
    written = path;
    std::ofstream(path, std::ios::binary) << "png";
    return true;
  };
  app.take_screenshot(writer);   // what the host does after drawing the frame
  CHECK_FALSE(app.want_screenshot);
  CHECK(fs::path(written).parent_path() == tmp.path / "home" / "Bilder");
  CHECK(fs::path(written).filename() == "asyncio-sandbox-lesson-0.png");
  CHECK(fs::exists(written));
  CHECK(app.status == "Screenshot saved to " + written);

  // No pictures folder: next to the program.
  fs::remove_all(tmp.path / "home" / "Bilder");
  h.ui.press(app, GLFW_KEY_F12);
  app.take_screenshot(writer);
  CHECK(fs::path(written).parent_path() == tmp.path / "work");
  // A write that fails says so, with the path.
  app.want_screenshot = true;
  app.take_screenshot([](const std::string&) { return false; });
  CHECK(app.status.rfind("Cannot write " + (tmp.path / "work").string(), 0) == 0);
}
