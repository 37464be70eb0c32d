// The app's view: everything drawn each frame, independent of the window
// system, so the GLFW host (app.cpp), the screenshot command, the UI benchmark
// and the headless UI tests all drive the very same code.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "document.h"
#include "fonts.h"
#include "recovery.h"
#include "scenarios.h"
#include "settings.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

enum class FileDialogMode { None, Open, SaveAs, ExportChrome, Screenshot };

struct FileDialog {
  FileDialogMode mode = FileDialogMode::None;
  std::string dir;
  std::string name;                 // file name typed or picked
  std::string error;
  bool just_opened = false;
};

class App {
 public:
  App(Settings settings, std::string scenarios_dir);

  // Loading.  Both keep the previous run on a syntax error.
  bool open_file(const std::string& path);
  bool open_text(std::string text, std::string path);
  bool rerun();                     // the text as typed, from scratch
  bool save();                      // false if no path or a bundled scenario (then Save as)
  bool save_as(const std::string& path);   // refuses the bundled scenarios' folder
  // Opens the Save as dialog; a bundled scenario gets a new name in the
  // user's home folder, so the shipped file is never overwritten.
  void begin_save_as();
  // A file of the bundled scenarios (they stay as shipped).
  bool is_bundled(const std::string& path) const;
  // The window's file-drop callback: the first path opens at the next frame.
  void on_drop(int count, const char* const* paths);

  // Recovery of typed code (recovery.h), under <config dir>/recovery.  The
  // app turns it on at start (tests and tools that make throwaway Apps do
  // not); edits left by an instance that crashed are then offered back.
  // `clock` is for tests (seconds, monotonic); the default is the wall clock.
  void enable_recovery(Recovery::Clock clock = {});
  // A normal quit: the recovery file goes.  Without it (crash, kill, or the
  // App simply destroyed) the file stays for the next start.
  void clean_exit();
  // Quitting (File > Quit, Ctrl+Q, the window's close button): with unsaved
  // edits the app first asks Save / Discard / Cancel, and nothing is removed
  // before the user chose.  True (and want_quit set) when it may close now.
  bool request_quit();
  bool quit_asking() const { return quit_ask_; }
  bool quit_after_save = false;     // Save in the quit prompt went on to Save as
  // F12: where the screenshot goes (the XDG pictures folder, else the
  // program's folder, else home), written by `write`; the status line says
  // where.  The host passes the PNG writer.
  std::string screenshot_target() const;
  void take_screenshot(const std::function<bool(const std::string& path)>& write);
  const Recovery* recovery() const { return recovery_.get(); }
  const std::vector<RecoveredEdit>& recovery_offers() const { return offers_; }

  // One frame of UI: call between ImGui::NewFrame() and ImGui::Render().
  void frame(float dt);
  // True while something moves (playing): the host renders at 60 fps;
  // otherwise it may sleep until the next input event.
  bool animating() const { return playing || doc.live_running(); }
  // The Live switch: re-runs the program live (libuv, real time x
  // settings.live_speed, real loopback sockets) or back on the virtual clock.
  void set_live(bool on);

  // Fonts: the host rebuilds the atlas (and its GPU texture) before the next
  // NewFrame when this says so (size change, new characters loaded).
  bool fonts_dirty() const { return fonts_dirty_; }
  void rebuild_fonts();             // io.Fonts only; the host re-uploads the texture
  // Start-up builds the first atlas on another thread while the window opens:
  // what to build it with, then the result handed back (context thread).
  const GlyphSet& glyphs() const { return glyphs_; }
  void adopt_fonts(const Fonts& built);
  float font_size() const { return settings.presentation ? settings.present_font_size : settings.font_size; }
  void set_presentation(bool on);
  void zoom_text(float factor);
  void set_lang(Lang l);

  Document doc;
  Settings settings;
  Fonts fonts;
  std::vector<Scenario> scenarios;
  std::string scenarios_dir;
  DocInfo doc_info;                 // docstring of the loaded file
  TimelineView timeline;
  FileDialog file_dialog;

  bool playing = false;
  double play_accum = 0;            // events owed when playing by events/s
  double play_time = 0;             // virtual time reached when playing by factor
  bool editing = false;             // code panel shows the multiline editor
  bool show_scenarios = true;       // left column shows the scenario list
  float jump_time = 0;
  std::string status;               // last message for the status line
  std::string shown_narration;      // the sentence the narration panel drew last frame

  // Screen rectangles of named widgets from the last frame ("step",
  // "scrubber", "edit", "editor"...): lets tests and scripted input click them.
  std::map<std::string, std::pair<ImVec2, ImVec2>> rects;
  void remember(const char* name) { rects[name] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()}; }
  void remember_rect(const char* name, ImVec2 a, ImVec2 b) { rects[name] = {a, b}; }
  bool show_keys = false;           // the key-help overlay (F1 or ?)

  // Requests to the host (window system).
  bool want_fullscreen = false;
  bool want_screenshot = false;
  std::string screenshot_path;
  bool want_quit = false;

  // Step helpers bound to buttons and keys (stop playing, keep timeline cursor visible).
  void do_step(StopKind k);
  void do_back();
  void do_reset();
  void do_end();
  void toggle_play();

 private:
  void handle_keys();
  void draw_menu();
  void after_load();
  void want_glyphs(const std::string& text);
  void draw_recovery_offer();
  void draw_quit_prompt();
  void draw_key_help();
  void recovery_flush();            // the editor's text to the recovery file, now
  std::unique_ptr<Recovery> recovery_;
  std::vector<RecoveredEdit> offers_;   // newest first; the first is asked about
  bool quit_ask_ = false;
  std::string dropped_;             // a file dropped on the window, opened next frame
  void want_language_glyphs();
  bool fonts_dirty_ = true;
  GlyphSet glyphs_;                 // characters beyond Latin-1 the atlas holds
};

// Panels (one per file).  Each draws inside the current window/child.
void draw_controls(App& app);
void draw_code_panel(App& app);
void draw_scenario_panel(App& app);
void draw_narration_panel(App& app);
void draw_loop_panel(App& app);
void draw_tasks_panel(App& app);
void draw_queues_panel(App& app);
void draw_sync_panel(App& app);
void draw_sockets_panel(App& app);
void draw_console_panel(App& app);
void draw_file_dialog(App& app);

// Shared drawing helpers (panel_common.cpp).
bool panel_begin(const char* id, const char* title, ImVec2 size);
void panel_end();
ImU32 task_color_of(const App& app, uint32_t task);
const char* task_state_label(model::TaskState s);
const char* wait_kind_name(trace::WaitKind w);
std::string fmt_time(double t);   // "1.000"
// "Waiters: Task-3 Task-4 ... +N", as many names as fit on the line.
void task_names_inline(const App& app, const char* label, const std::vector<uint32_t>& tasks);

}  // namespace sandbox::gui
