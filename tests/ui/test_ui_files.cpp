// Files: the in-app file dialog (open a .py from a temporary directory, with
// a sub-folder), a file dropped on the window (the drop callback's path),
// F11's fullscreen request, and recent files persisted in the settings and
// reopened from the File menu.
#include "ui_harness.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "scenarios.h"
#include "temp_files.h"

using namespace sandbox::gui;
using namespace sandbox::gui::test;
namespace fs = std::filesystem;

namespace {

const char* kProgram =
    "import asyncio\n"
    "\n"
    "async def main():\n"
    "    await asyncio.sleep(1)\n"
    "    print('picked')\n"
    "\n"
    "asyncio.run(main())\n";

bool has_rect(App& app, const std::string& name) { return app.rects.count(name) > 0; }

// Types a folder into the dialog's folder field, replacing what it showed.
void type_dir(Harness& h, const std::string& dir) {
  App& app = *h.app;
  h.ui.click(app, h.centre("dialog_dir"));
  h.ui.press(app, GLFW_KEY_A, false, true);   // select all
  h.ui.type(app, dir.c_str());
  h.frame();
}

}  // namespace

TEST_CASE("file dialog: Ctrl+O, into a sub-folder, pick a .py, OK opens it") {
  TempDir tmp;
  const std::string picked = tmp.write("lesson/picked.py", kProgram);
  tmp.write("top.py", "print('top')\n");
  tmp.write("notes.txt", "not a program\n");
  Harness h;
  App& app = *h.app;
  h.ui.press(app, GLFW_KEY_O, false, true);
  h.frame();
  REQUIRE(app.file_dialog.mode == FileDialogMode::Open);
  type_dir(h, tmp.path.string());
  CHECK(app.file_dialog.dir == tmp.path.string());
  // Folders and .py files only.
  CHECK(has_rect(app, "dialog_entry:lesson/"));
  CHECK(has_rect(app, "dialog_entry:top.py"));
  CHECK_FALSE(has_rect(app, "dialog_entry:notes.txt"));

  h.ui.click(app, h.centre("dialog_entry:lesson/"));
  h.frame();
  CHECK(fs::path(app.file_dialog.dir) == tmp.path / "lesson");
  REQUIRE(has_rect(app, "dialog_entry:picked.py"));
  // A moment later (picked.py sits where lesson/ was: two quick clicks there
  // would be a double click, which opens it at once).
  h.ui.frame(app, 0.5f);
  h.ui.click(app, h.centre("dialog_entry:picked.py"));
  CHECK(app.file_dialog.name == "picked.py");
  h.ui.click(app, h.centre("dialog_ok"));
  h.frame();
  CHECK(app.file_dialog.mode == FileDialogMode::None);
  CHECK(fs::path(app.doc.path) == fs::path(picked));
  CHECK(app.doc.text == kProgram);
  CHECK(app.doc.filename() == "picked.py");
  REQUIRE_FALSE(app.settings.recent.empty());
  CHECK(fs::path(app.settings.recent[0]) == fs::absolute(picked));
}

TEST_CASE("file dialog: a typed name that does not exist says so and stays open; Cancel closes") {
  TempDir tmp;
  tmp.write("a.py", kProgram);
  Harness h;
  App& app = *h.app;
  const std::string before = app.doc.text;
  h.ui.press(app, GLFW_KEY_O, false, true);
  h.frame();
  type_dir(h, tmp.path.string());
  h.ui.click(app, h.centre("dialog_name"));
  h.ui.type(app, "missing.py");
  h.ui.press(app, GLFW_KEY_ENTER);
  h.frame();
  CHECK(app.file_dialog.mode == FileDialogMode::Open);
  CHECK(app.file_dialog.error.find("cannot read") != std::string::npos);
  CHECK(app.doc.text == before);
  h.ui.click(app, h.centre("dialog_cancel"));
  h.frame();
  CHECK(app.file_dialog.mode == FileDialogMode::None);
}

TEST_CASE("a file dropped on the window opens; a bad drop changes nothing and does not crash") {
  TempDir tmp;
  const std::string dropped = tmp.write("dropped.py", kProgram);
  Harness h;
  App& app = *h.app;
  const char* paths[] = {dropped.c_str()};
  app.on_drop(1, paths);   // what GLFW's drop callback calls
  h.frame();
  CHECK(app.doc.path == dropped);
  CHECK(app.doc.text == kProgram);

  const char* missing[] = {"/nonexistent/nothing.py"};
  app.on_drop(1, missing);
  h.frame();
  CHECK(app.doc.path == dropped);
  CHECK(app.status.find("cannot read") != std::string::npos);
  app.on_drop(0, nullptr);
  h.frame();
  CHECK(app.doc.path == dropped);

  // Binary junk is shown as text that does not compile, never a crash.
  const std::string junk = tmp.write("junk.py", std::string("\x00\xff\xfe def (\x01\x02", 12));
  const char* junk_paths[] = {junk.c_str()};
  app.on_drop(1, junk_paths);
  h.frame();
  h.frame();
  CHECK(app.doc.path == junk);
  CHECK(app.doc.diagnostic().has_value());
}

TEST_CASE("F11 asks the host for fullscreen, again to leave it") {
  Harness h;
  App& app = *h.app;
  CHECK_FALSE(app.want_fullscreen);
  h.ui.press(app, GLFW_KEY_F11);
  CHECK(app.want_fullscreen);
  app.want_fullscreen = false;   // the host toggled the window
  h.ui.press(app, GLFW_KEY_F11);
  CHECK(app.want_fullscreen);
}

TEST_CASE("recent files: persisted in the settings, listed in File > Recent, reopened from there") {
  TempDir tmp;
  ConfigDir config(tmp.path / "config");
  const std::string a = tmp.write("a.py", kProgram), b = tmp.write("b.py", "print('b')\n");
  {
    Harness h;
    App& app = *h.app;
    app.settings.recent.clear();
    REQUIRE(app.open_file(a));
    REQUIRE(app.open_file(b));
    h.frame();
    REQUIRE(save_settings(app.settings));   // what the host does on exit
  }
  Settings loaded = load_settings();
  REQUIRE(loaded.recent.size() == 2);
  CHECK(fs::path(loaded.recent[0]) == fs::absolute(b));
  CHECK(fs::path(loaded.recent[1]) == fs::absolute(a));

  // A new start with those settings: File > Recent > a.py opens it.
  Harness h;
  App& app = *h.app;
  app.settings = loaded;
  h.frame();
  h.ui.click(app, h.centre("menu_file"));
  h.ui.mouse_move(app, h.centre("menu_recent"));
  h.frame();
  h.frame();
  REQUIRE(has_rect(app, "recent:1"));
  h.ui.click(app, h.centre("recent:1"));
  h.frame();
  CHECK(fs::path(app.doc.path) == fs::absolute(a));
  CHECK(app.doc.text == kProgram);
  CHECK(fs::path(app.settings.recent[0]) == fs::absolute(a));   // moved to the front
}
