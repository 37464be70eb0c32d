// Layout, menu and keyboard of the app.  One full-window host; panels are
// child regions separated by draggable splitters, sized from the settings.
#include "app_ui.h"

#include <GLFW/glfw3.h>   // key codes only: the GLFW backend maps keys by them

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "narrate.h"
#include "theme.h"
#include "user_dirs.h"

namespace sandbox::gui {

App::App(Settings s, std::string dir) : settings(std::move(s)), scenarios_dir(std::move(dir)) {
  set_language(settings.lang);
  scenarios = list_scenarios(scenarios_dir);
  apply_theme(settings.presentation || settings.light, settings.presentation, font_size() / 17.0f);
  want_language_glyphs();
}

// The language menu names both languages, whatever the current one.
void App::want_language_glyphs() {
  want_glyphs("简体中文");
  if (language() != Lang::Zh) return;
  for (const char* s : all_zh_strings()) want_glyphs(s);
  for (const char* s : narration_zh_templates()) want_glyphs(s);
  for (const Scenario& sc : scenarios) want_glyphs(sc.doc.title_zh + sc.doc.body_zh + sc.doc.watch);
}

void App::want_glyphs(const std::string& text) {
  if (glyphs_.add_text(text)) fonts_dirty_ = true;
}

void App::rebuild_fonts() {
  build_fonts(ImGui::GetIO().Fonts, fonts, font_size(), glyphs_);
  adopt_fonts(fonts);
}

void App::adopt_fonts(const Fonts& built) {
  if (&built != &fonts) fonts = built;
  ImGui::GetIO().FontDefault = fonts.ui;
  apply_theme(settings.presentation || settings.light, settings.presentation, font_size() / 17.0f);
  fonts_dirty_ = false;
}

void App::set_presentation(bool on) {
  settings.presentation = on;
  fonts_dirty_ = true;
  timeline.fit();
}

void App::zoom_text(float factor) {
  float& size = settings.presentation ? settings.present_font_size : settings.font_size;
  size = std::clamp(std::round(size * factor), 10.0f, 72.0f);
  fonts_dirty_ = true;
}

void App::set_lang(Lang l) {
  settings.lang = l;
  set_language(l);
  want_language_glyphs();
}

void App::after_load() {
  doc_info = parse_docstring(doc.text);
  // New characters (a Chinese comment, a docstring) need glyphs in the atlas.
  want_glyphs(doc.text);
  playing = false;
  editing = false;
  show_scenarios = false;
  timeline.reset_view();
}

bool App::open_text(std::string text, std::string path) {
  if (doc.dirty && recovery_ && recovery_->set_aside(doc.path, doc.text)) {
    recovery_->clear();
    status = tr_fmt(Str::StatusKeptAside, doc.filename());
  }
  bool ok = doc.load(std::move(text), std::move(path));
  doc.dirty = false;
  after_load();   // on a syntax error the view shows it at its line, text as typed
  return ok;
}

bool App::open_file(const std::string& path) {
  std::string text;
  if (!read_file(path, &text)) {
    status = tr_fmt(Str::StatusCannotRead, path);
    return false;
  }
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).string();
  settings.add_recent(abs.empty() ? path : abs);
  bool ok = open_text(std::move(text), path);
  // Edits set aside when another file replaced this one: offered back first.
  if (recovery_)
    if (auto aside = recovery_->aside_for(path)) offers_.insert(offers_.begin(), *aside);
  return ok;
}

bool App::rerun() {
  bool ok = doc.rerun();
  playing = false;
  editing = false;   // show the run, or the error under its line
  want_glyphs(doc.text);
  if (ok) {
    timeline.reset_view();
    doc_info = parse_docstring(doc.text);
  }
  return ok;
}

bool App::is_bundled(const std::string& path) const {
  if (scenarios_dir.empty() || path.empty()) return false;
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir = fs::absolute(path, ec).lexically_normal().parent_path();
  if (fs::equivalent(dir, scenarios_dir, ec)) return true;
  return dir == fs::absolute(scenarios_dir, ec).lexically_normal();
}

void App::begin_save_as() {
  file_dialog = FileDialog{FileDialogMode::SaveAs, "", doc.filename(), "", true};
  if (is_bundled(doc.path)) {
    file_dialog.dir = home_dir();
    file_dialog.name = std::filesystem::path(doc.path).stem().string() + "-mine.py";
  }
}

bool App::save() {
  if (doc.path.empty()) return false;
  if (is_bundled(doc.path)) {
    status = tr(Str::BundledReadOnly);
    return false;
  }
  if (!write_file(doc.path, doc.text)) {
    status = tr_fmt(Str::CannotWrite, doc.path);
    return false;
  }
  doc.dirty = false;
  if (recovery_) recovery_->clear();
  status = tr_fmt(Str::StatusSaved, doc.path);
  return true;
}

bool App::save_as(const std::string& path) {
  if (is_bundled(path)) {
    status = tr(Str::BundledReadOnly);
    return false;
  }
  const std::string old = doc.path;
  doc.path = path;
  bool ok = save();
  if (!ok) {
    doc.path = old;   // still the file it was
    return false;
  }
  settings.add_recent(path);
  if (quit_after_save) want_quit = true;
  return true;
}

bool App::request_quit() {
  if (!doc.dirty) {
    want_quit = true;
    return true;
  }
  quit_ask_ = true;
  recovery_flush();
  return false;
}

std::string App::screenshot_target() const {
  namespace fs = std::filesystem;
  if (!screenshot_path.empty()) return screenshot_path;
  std::string stem = fs::path(doc.filename()).stem().string();
  std::string name = std::string("asyncio-sandbox-") + stem + prefixed("-", doc.cursor()) + ".png";
  std::string dir = pictures_dir();
  if (dir.empty() && !doc.path.empty() && !is_bundled(doc.path)) {
    std::error_code ec;
    std::string folder = fs::absolute(doc.path, ec).parent_path().string();
    if (writable_dir(folder)) dir = folder;
  }
  if (dir.empty()) dir = home_dir();
  return (fs::path(dir) / name).string();
}

void App::take_screenshot(const std::function<bool(const std::string&)>& write) {
  want_screenshot = false;
  const std::string path = screenshot_target();
  screenshot_path.clear();
  char buf[1024];
  std::snprintf(buf, sizeof buf, tr(write(path) ? Str::ScreenshotSaved : Str::CannotWrite), path.c_str());
  status = buf;
}

void App::enable_recovery(Recovery::Clock clock) {
  if (recovery_) return;
  recovery_ = std::make_unique<Recovery>(config_dir() + "/recovery", std::move(clock));
  offers_ = recovery_->orphans();
}

void App::recovery_flush() {
  if (!recovery_) return;
  recovery_->update(doc.path, doc.text, doc.dirty);
  recovery_->flush();
}

void App::draw_quit_prompt() {
  if (!quit_ask_) return;
  if (!doc.dirty) {   // saved meanwhile (Ctrl+S)
    quit_ask_ = false;
    want_quit = true;
    return;
  }
  if (!ImGui::IsPopupOpen("##quit")) ImGui::OpenPopup("##quit");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("##quit", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  char ask[512];
  std::snprintf(ask, sizeof ask, tr(Str::QuitAsk), doc.filename().c_str());
  ImGui::TextUnformatted(ask);
  ImGui::Spacing();
  const bool save_it = ImGui::Button(tr(Str::BtnSave));
  remember("quit_save");
  ImGui::SameLine();
  const bool discard = ImGui::Button(tr(Str::BtnDiscard));
  remember("quit_discard");
  ImGui::SameLine();
  const bool cancel = ImGui::Button(tr(Str::BtnCancel)) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
  remember("quit_cancel");
  if (save_it || discard || cancel) {
    quit_ask_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  if (discard) {
    want_quit = true;   // the user chose: clean_exit() may remove the recovery copy now
  } else if (save_it) {
    if (save()) {
      want_quit = true;
    } else {
      quit_after_save = true;   // no file yet, or a bundled scenario: ask for a name
      begin_save_as();
    }
  }
}

void App::clean_exit() {
  if (recovery_) recovery_->finish();
}

void App::draw_recovery_offer() {
  if (offers_.empty()) return;
  if (!ImGui::IsPopupOpen("##recover")) ImGui::OpenPopup("##recover");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("##recover", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  const RecoveredEdit& e = offers_.front();
  std::string name = e.path.empty() ? "untitled.py" : std::filesystem::path(e.path).filename().string();
  char ask[512];
  std::snprintf(ask, sizeof ask, tr(Str::RecoverAsk), name.c_str(), e.when().c_str());
  ImGui::TextUnformatted(ask);
  if (!e.path.empty()) ImGui::TextDisabled("%s", e.path.c_str());
  ImGui::Spacing();
  const bool take = ImGui::Button(tr(Str::BtnRecover));
  remember("recover_yes");
  ImGui::SameLine();
  const bool drop = ImGui::Button(tr(Str::BtnDiscard));
  remember("recover_no");
  if (take || drop) {
    RecoveredEdit chosen = e;
    offers_.erase(offers_.begin());
    if (take) {
      open_text(chosen.text, chosen.path);   // the text as typed, even if it does not compile
      doc.dirty = true;                      // it differs from the file on disk
      editing = true;
      status = tr_fmt(Str::StatusRecovered, chosen.path.empty() ? std::string("untitled.py") : chosen.path);
      // Protected again at once, under this instance's name.
      recovery_flush();
    }
    recovery_->resolve(chosen);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void App::set_live(bool on) {
  doc.set_run_mode(RunMode{on, static_cast<double>(settings.live_speed)});
  playing = false;
  if (!doc.text.empty()) rerun();
  status = on ? tr(Str::StatusLive) : "";
}

void App::on_drop(int count, const char* const* paths) {
  if (count > 0 && paths && paths[0]) dropped_ = paths[0];
}

void App::do_step(StopKind k) {
  playing = false;
  doc.step(k);
  timeline.follow(doc.cursor());
}
void App::do_back() {
  playing = false;
  doc.step_back();
  timeline.follow(doc.cursor());
}
void App::do_reset() {
  playing = false;
  doc.reset();
  timeline.follow(0);
}
void App::do_end() {
  playing = false;
  doc.to_end();
  timeline.fit();
}
void App::toggle_play() {
  playing = !playing;
  play_accum = 0;
  play_time = doc.model().time;
  if (playing && doc.finished() && doc.cursor() >= doc.recorded()) doc.reset();
}

void App::handle_keys() {
  ImGuiIO& io = ImGui::GetIO();
  const bool ctrl = io.KeyCtrl, shift = io.KeyShift;
  auto pressed = [](int key, bool repeat = true) { return ImGui::IsKeyPressed(key, repeat); };
  // Keys that work even while typing.
  if (ctrl && (pressed(GLFW_KEY_ENTER, false) || pressed(GLFW_KEY_KP_ENTER, false))) rerun();
  if (ctrl && pressed(GLFW_KEY_S, false)) {
    if (!save()) begin_save_as();
  }
  if (ctrl && pressed(GLFW_KEY_Q, false)) request_quit();
  if (ctrl && pressed(GLFW_KEY_O, false)) file_dialog = FileDialog{FileDialogMode::Open, "", "", "", true};
  if (ctrl && (pressed(GLFW_KEY_EQUAL, false) || pressed(GLFW_KEY_KP_ADD, false))) zoom_text(1.15f);
  if (ctrl && (pressed(GLFW_KEY_MINUS, false) || pressed(GLFW_KEY_KP_SUBTRACT, false))) zoom_text(1 / 1.15f);
  if (pressed(GLFW_KEY_F5, false)) set_presentation(!settings.presentation);
  if (pressed(GLFW_KEY_F11, false)) want_fullscreen = true;
  if (pressed(GLFW_KEY_F12, false)) want_screenshot = true;
  if (pressed(GLFW_KEY_F1, false)) show_keys = !show_keys;
  if (io.WantTextInput || ctrl) return;
  bool question = false;
  for (ImWchar c : io.InputQueueCharacters) question = question || c == '?';
  if (question) show_keys = !show_keys;
  if (show_keys) {
    if (pressed(GLFW_KEY_ESCAPE, false)) show_keys = false;
    return;   // the overlay is up: keys do not step behind it
  }
  Settings::Layout& lay = settings.layout();
  if (pressed(GLFW_KEY_1, false)) lay.loop = !lay.loop;
  if (pressed(GLFW_KEY_2, false)) lay.tasks = !lay.tasks;
  if (pressed(GLFW_KEY_3, false)) lay.console = !lay.console;
  if (pressed(GLFW_KEY_4, false)) lay.scrubber = !lay.scrubber;
  // Stepping keys: only when no text field has the keyboard.
  if (pressed(GLFW_KEY_SPACE)) shift ? do_back() : do_step(StopKind::Event);
  if (pressed(GLFW_KEY_RIGHT)) do_step(StopKind::Event);
  if (pressed(GLFW_KEY_LEFT)) do_back();
  if (pressed(GLFW_KEY_DOWN) || pressed(GLFW_KEY_L)) do_step(StopKind::Line);
  if (pressed(GLFW_KEY_C)) do_step(StopKind::Callback);
  if (pressed(GLFW_KEY_I)) do_step(StopKind::Iteration);
  if (pressed(GLFW_KEY_O)) do_step(StopKind::Output);
  if (pressed(GLFW_KEY_B)) do_step(StopKind::Breakpoint);
  if (pressed(GLFW_KEY_P, false)) toggle_play();
  if (pressed(GLFW_KEY_HOME, false)) do_reset();
  if (pressed(GLFW_KEY_END, false)) do_end();
  if (pressed(GLFW_KEY_F, false)) timeline.fit();
  if (pressed(GLFW_KEY_ESCAPE, false) && editing && doc.diagnostic() == std::nullopt) editing = false;
}

void App::draw_key_help() {
  if (!show_keys) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.97f);
  ImGui::Begin("##key_help", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  ImGui::TextUnformatted(tr(Str::KeyHelpTitle));
  ImGui::Separator();
  const std::pair<const char*, Str> rows[] = {
      {"Space  /  Right", Str::KeyStep},     {"Shift+Space  /  Left", Str::KeyBack},
      {"L  /  Down", Str::KeyLine},          {"C", Str::KeyCallback},
      {"I", Str::KeyIteration},              {"O", Str::KeyOutput},
      {"B", Str::KeyBreakpoint},             {"P", Str::KeyPlay},
      {"Home  /  End", Str::KeyStartEnd},    {"F", Str::KeyFit},
      {"1  2  3  (4)", Str::KeyPanels},      {"F5", Str::KeyPresent},
      {"F11", Str::KeyFullscreen},           {"F12", Str::KeyShot},
      {"Ctrl+=  /  Ctrl+-", Str::KeyZoom},   {"Ctrl+O  /  Ctrl+S  /  Ctrl+Q", Str::KeyFiles},
      {"Ctrl+Enter", Str::KeyRun},           {"F1  /  ?", Str::KeyHelp},
  };
  if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (const auto& [keys, what] : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(keys);
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", tr(what));
    }
    ImGui::EndTable();
  }
  const ImVec2 a = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
  rects["key_help"] = {a, ImVec2(a.x + sz.x, a.y + sz.y)};
  // A click anywhere closes it.
  if (ImGui::IsMouseClicked(0)) show_keys = false;
  ImGui::End();
}

void App::draw_menu() {
  if (!ImGui::BeginMenuBar()) return;
  const bool file_menu = ImGui::BeginMenu(tr(Str::MenuFile));
  remember("menu_file");
  if (file_menu) {
    if (ImGui::MenuItem(tr(Str::MenuOpen), "Ctrl+O")) file_dialog = FileDialog{FileDialogMode::Open, "", "", "", true};
    if (ImGui::MenuItem(tr(Str::MenuSave), "Ctrl+S", false, !doc.text.empty()))
      if (!save()) begin_save_as();
    if (ImGui::MenuItem(tr(Str::MenuSaveAs), nullptr, false, !doc.text.empty())) begin_save_as();
    const bool recent_menu = ImGui::BeginMenu(tr(Str::MenuRecent), !settings.recent.empty());
    remember("menu_recent");
    if (recent_menu) {
      std::string pick;
      for (size_t i = 0; i < settings.recent.size(); ++i) {
        if (ImGui::MenuItem(settings.recent[i].c_str())) pick = settings.recent[i];
        remember(("recent:" + std::to_string(i)).c_str());
      }
      ImGui::EndMenu();
      if (!pick.empty()) open_file(pick);
    }
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuExportChrome), nullptr, false, doc.has_run())) {
      std::string base = std::filesystem::path(doc.filename()).stem().string();
      file_dialog = FileDialog{FileDialogMode::ExportChrome, "", base + ".trace.json", "", true};
    }
    if (ImGui::MenuItem(tr(Str::MenuScreenshot), "F12")) want_screenshot = true;
    ImGui::Separator();
    const bool quit = ImGui::MenuItem(tr(Str::MenuQuit), "Ctrl+Q");
    remember("menu_quit");
    if (quit) request_quit();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr(Str::MenuScenarios))) {
    for (const Scenario& sc : scenarios) {
      std::string label = sc.doc.title(language()) + "##" + sc.file;
      if (ImGui::MenuItem(label.c_str(), sc.file.c_str())) open_file(sc.path);
    }
    if (scenarios.empty()) ImGui::TextDisabled("%s", tr(Str::Empty));
    ImGui::EndMenu();
  }
  const bool view_menu = ImGui::BeginMenu(tr(Str::MenuView));
  remember("menu_view");
  if (view_menu) {
    if (ImGui::MenuItem(tr(Str::MenuPresentation), "F5", settings.presentation)) set_presentation(!settings.presentation);
    if (ImGui::MenuItem(tr(Str::MenuFullscreen), "F11")) want_fullscreen = true;
    if (ImGui::MenuItem(tr(Str::MenuZoomIn), "Ctrl+=")) zoom_text(1.15f);
    if (ImGui::MenuItem(tr(Str::MenuZoomOut), "Ctrl+-")) zoom_text(1 / 1.15f);
    if (ImGui::MenuItem(tr(Str::MenuLightTheme), nullptr, settings.light, !settings.presentation)) {
      settings.light = !settings.light;
      apply_theme(settings.light, false, font_size() / 17.0f);
    }
    ImGui::Separator();
    Settings::Layout& lay = settings.layout();
    if (ImGui::MenuItem(tr(Str::MenuShowLoop), "1", lay.loop)) lay.loop = !lay.loop;
    remember("menu_show_loop");
    if (ImGui::MenuItem(tr(Str::MenuShowTasks), "2", lay.tasks)) lay.tasks = !lay.tasks;
    remember("menu_show_tasks");
    if (ImGui::MenuItem(tr(Str::MenuShowConsole), "3", lay.console)) lay.console = !lay.console;
    remember("menu_show_console");
    if (ImGui::MenuItem(tr(Str::MenuShowScrubber), "4", lay.scrubber)) lay.scrubber = !lay.scrubber;
    if (ImGui::MenuItem(tr(Str::PanelScenarios), nullptr, show_scenarios)) show_scenarios = !show_scenarios;
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuKeyHelp), "F1 / ?", show_keys)) show_keys = !show_keys;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr(Str::MenuLanguage))) {
    if (ImGui::MenuItem("English", nullptr, language() == Lang::En)) set_lang(Lang::En);
    if (ImGui::MenuItem("简体中文", nullptr, language() == Lang::Zh)) set_lang(Lang::Zh);
    ImGui::EndMenu();
  }
  // Right side: file name and run state.
  std::string right = doc.text.empty() ? std::string() : doc.filename() + (doc.dirty ? " *" : "");
  if (!status.empty()) right = status + "    " + right;
  float w = ImGui::CalcTextSize(right.c_str()).x;
  ImGui::SameLine(ImGui::GetWindowWidth() - w - ImGui::GetFontSize());
  ImGui::TextDisabled("%s", right.c_str());
  ImGui::EndMenuBar();
}

namespace {
// A draggable splitter; returns the new fraction.
float splitter(const char* id, bool vertical, ImVec2 pos, float length, float thickness, float fraction, float total) {
  ImGui::SetCursorScreenPos(pos);
  ImVec2 size = vertical ? ImVec2(thickness, length) : ImVec2(length, thickness);
  ImGui::InvisibleButton(id, size);
  if (ImGui::IsItemHovered() || ImGui::IsItemActive())
    ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
  if (ImGui::IsItemActive()) {
    float d = vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y;
    fraction = std::clamp(fraction + d / std::max(1.0f, total), 0.15f, 0.8f);
  }
  return fraction;
}
}  // namespace

void App::frame(float dt) {
  ImGuiIO& io = ImGui::GetIO();
  if (!dropped_.empty()) {
    std::string path = std::move(dropped_);
    dropped_.clear();
    open_file(path);
  }
  rects.clear();   // what this frame draws
  handle_keys();

  // A live run: take in what its worker recorded (a copy under a mutex the
  // worker never holds while it waits on the network), once per frame.
  if (doc.live() && doc.sync_live() > 0 && doc.cursor() >= doc.recorded()) timeline.follow(doc.cursor());

  // Playing: by events per second, or by virtual time at a factor.
  if (playing) {
    if (settings.speed_mode == 0) {
      play_accum += dt * settings.speed_events;
      auto k = static_cast<uint64_t>(play_accum);
      play_accum -= static_cast<double>(k);
      if (k > 0) doc.play_events(k);
    } else {
      play_time += dt * settings.speed_factor;
      doc.play_until_time(play_time);
    }
    timeline.follow(doc.cursor());
    if (doc.finished() && doc.cursor() >= doc.recorded()) playing = false;
    const trace::Event* e = doc.current_event();
    if (e && e->kind == trace::EventKind::Line && doc.breakpoints.count(static_cast<int>(e->line)) && settings.speed_mode == 0)
      playing = false;
  }

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(2);
  draw_menu();

  const float fs = ImGui::GetFontSize();
  const float gap = std::max(4.0f, fs * 0.3f);
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();

  // Toolbar: two rows, or one when the scrubber row is hidden (presentation).
  const Settings::Layout& lay = settings.layout();
  const int toolbar_rows = lay.scrubber ? 2 : 1;
  const float toolbar_h = ImGui::GetFrameHeight() * static_cast<float>(toolbar_rows) +
                          ImGui::GetStyle().ItemSpacing.y * static_cast<float>(toolbar_rows - 1) + gap * 2;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + gap, origin.y + gap));
  ImGui::BeginChild("##controls", ImVec2(avail.x - 2 * gap, toolbar_h - gap), false, ImGuiWindowFlags_NoScrollbar);
  draw_controls(*this);
  ImGui::EndChild();

  const float top = origin.y + toolbar_h;
  const float H = avail.y - toolbar_h;
  const float W = avail.x;
  float& split_code = settings.code_split();
  float& split_timeline = settings.timeline_split();
  const float timeline_h = std::round(H * split_timeline);
  const float upper_h = H - timeline_h - gap;
  const float code_w = std::round(W * split_code);

  // Code column (or the scenario list).
  ImGui::SetCursorScreenPos(ImVec2(origin.x + gap, top));
  if (show_scenarios || (!doc.has_run() && doc.text.empty())) {
    if (panel_begin("##scenarios", tr(Str::PanelScenarios), ImVec2(code_w - gap, upper_h))) draw_scenario_panel(*this);
    panel_end();
  } else {
    std::string title = std::string(tr(Str::PanelCode)) + " - " + doc.filename() + (doc.dirty ? " *" : "");
    if (panel_begin("##code", title.c_str(), ImVec2(code_w - gap, upper_h))) draw_code_panel(*this);
    panel_end();
  }
  split_code = splitter("##split_code", true, ImVec2(origin.x + code_w, top), upper_h, gap, split_code, W);

  // Right of the code: narration on top, then the optional panels: the loop
  // (full height on the left: ready queue and timer heap grow down), tasks
  // and objects on the right with the console under them.
  const float rx = origin.x + code_w + gap;
  const float rw = W - code_w - 2 * gap;
  const bool any_below = lay.loop || lay.tasks || lay.console;
  // The narration: its sentence in large type, two lines of it at least,
  // and the scenario's About line, never squeezed out by the panels below.
  const float big = fonts.big ? fonts.big->FontSize : fs * 1.3f;
  float narr_h = std::round(big * 2.6f + fs * 3.2f);
  if (!any_below) narr_h = upper_h;
  narr_h = std::min(narr_h, upper_h);
  ImGui::SetCursorScreenPos(ImVec2(rx, top));
  if (panel_begin("##narration", tr(Str::PanelNarration), ImVec2(rw, narr_h))) draw_narration_panel(*this);
  panel_end();
  remember_rect("panel:narration", ImVec2(rx, top), ImVec2(rx + rw, top + narr_h));
  const float sy = top + narr_h + gap;
  const float sh = upper_h - narr_h - gap;
  if (any_below && sh > fs * 2) {
    const bool right_col = lay.tasks || lay.console;
    const float loop_w = lay.loop ? (right_col ? std::round(rw * 0.42f) : rw) : 0.0f;
    if (lay.loop) {
      ImGui::SetCursorScreenPos(ImVec2(rx, sy));
      if (panel_begin("##loop", tr(Str::PanelLoop), ImVec2(loop_w, sh))) draw_loop_panel(*this);
      panel_end();
      remember_rect("panel:loop", ImVec2(rx, sy), ImVec2(rx + loop_w, sy + sh));
    }
    const float ox = rx + (lay.loop ? loop_w + gap : 0.0f), ow = rw - (lay.loop ? loop_w + gap : 0.0f);
    const float console_h = !lay.console ? 0.0f : lay.tasks ? std::round(sh * 0.40f) : sh;
    if (lay.tasks) {
      const float state_h = sh - (console_h > 0 ? console_h + gap : 0);
      ImGui::SetCursorScreenPos(ImVec2(ox, sy));
      if (panel_begin("##state", tr(Str::PanelTasks), ImVec2(ow, state_h))) {
        draw_tasks_panel(*this);
        draw_queues_panel(*this);
        draw_sync_panel(*this);
        draw_sockets_panel(*this);
      }
      panel_end();
      remember_rect("panel:tasks", ImVec2(ox, sy), ImVec2(ox + ow, sy + state_h));
    }
    if (lay.console) {
      const float cy = sy + sh - console_h;
      ImGui::SetCursorScreenPos(ImVec2(ox, cy));
      if (panel_begin("##console", tr(Str::PanelConsole), ImVec2(ow, console_h))) draw_console_panel(*this);
      panel_end();
      remember_rect("panel:console", ImVec2(ox, cy), ImVec2(ox + ow, cy + console_h));
    }
  }

  // Timeline across the bottom.
  split_timeline = 1.0f - splitter("##split_timeline", false, ImVec2(origin.x, top + upper_h), W, gap,
                                   1.0f - split_timeline, H);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + gap, top + upper_h + gap));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(gap, gap));
  ImGui::BeginChild("##timeline", ImVec2(W - 2 * gap, timeline_h - gap), true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  timeline.draw(*this);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  remember_rect("panel:timeline", ImVec2(origin.x + gap, top + upper_h + gap),
                ImVec2(origin.x + W - gap, top + upper_h + timeline_h));

  ImGui::End();
  draw_file_dialog(*this);
  draw_key_help();
  draw_recovery_offer();
  draw_quit_prompt();
  if (recovery_) recovery_->update(doc.path, doc.text, doc.dirty);
  (void)io;
}

}  // namespace sandbox::gui
