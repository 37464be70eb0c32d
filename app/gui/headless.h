// An ImGui context with a built font atlas and a display size but no window
// or GPU: the UI benchmark and the UI tests drive the real App through it with
// simulated keys and mouse (ImGui 1.86's io.KeysDown/MousePos/MouseDown),
// using the same key codes as the GLFW backend.
#pragma once
#include <imgui.h>

namespace sandbox::gui {

class App;

class HeadlessUi {
 public:
  HeadlessUi(float width, float height);
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // One frame: rebuilds fonts if asked, NewFrame, app.frame, Render.
  void frame(App& app, float dt = 1.0f / 60);
  // Press and release a key (GLFW key code) over two frames.
  void press(App& app, int key, bool shift = false, bool ctrl = false);
  void mouse_move(App& app, ImVec2 p);
  void click(App& app, ImVec2 p);
  void drag(App& app, ImVec2 from, ImVec2 to, int steps = 4);
  void wheel(App& app, ImVec2 p, float amount);
  void type(App& app, const char* utf8);
  ImDrawData* draw_data() const { return ImGui::GetDrawData(); }

 private:
  ImGuiContext* ctx_;
};

}  // namespace sandbox::gui
