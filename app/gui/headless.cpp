#include "headless.h"

#include <GLFW/glfw3.h>   // key codes only

#include "app_ui.h"

namespace sandbox::gui {

HeadlessUi::HeadlessUi(float width, float height) {
  ctx_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  // Like the OpenGL3 backend: big draw lists are split by vertex offset.
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60;
  // The GLFW backend's key map (imgui_impl_glfw.cpp), so KeysDown indices match.
  io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
  io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
  io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
  io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
  io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
  io.KeyMap[ImGuiKey_PageUp] = GLFW_KEY_PAGE_UP;
  io.KeyMap[ImGuiKey_PageDown] = GLFW_KEY_PAGE_DOWN;
  io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
  io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
  io.KeyMap[ImGuiKey_Insert] = GLFW_KEY_INSERT;
  io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
  io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
  io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
  io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
  io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
  io.KeyMap[ImGuiKey_KeyPadEnter] = GLFW_KEY_KP_ENTER;
  io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
  io.KeyMap[ImGuiKey_C] = GLFW_KEY_C;
  io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
  io.KeyMap[ImGuiKey_X] = GLFW_KEY_X;
  io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
  io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(ctx_); }

void HeadlessUi::frame(App& app, float dt) {
  ImGuiIO& io = ImGui::GetIO();
  if (app.fonts_dirty()) {
    app.rebuild_fonts();
    unsigned char* px;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);   // no GPU: the CPU atlas is enough
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
  }
  io.DeltaTime = dt;
  ImGui::NewFrame();
  app.frame(dt);
  ImGui::Render();
}

void HeadlessUi::press(App& app, int key, bool shift, bool ctrl) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyShift = shift;
  io.KeyCtrl = ctrl;
  io.KeysDown[key] = true;
  frame(app);
  io.KeysDown[key] = false;
  frame(app);
  io.KeyShift = io.KeyCtrl = false;
}

void HeadlessUi::mouse_move(App& app, ImVec2 p) {
  ImGui::GetIO().MousePos = p;
  frame(app);
}

void HeadlessUi::click(App& app, ImVec2 p) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = p;
  frame(app);
  io.MouseDown[0] = true;
  frame(app);
  io.MouseDown[0] = false;
  frame(app);
}

void HeadlessUi::drag(App& app, ImVec2 from, ImVec2 to, int steps) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = from;
  frame(app);
  io.MouseDown[0] = true;
  frame(app);
  for (int i = 1; i <= steps; ++i) {
    io.MousePos = ImVec2(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
    frame(app);
  }
  io.MouseDown[0] = false;
  frame(app);
}

void HeadlessUi::wheel(App& app, ImVec2 p, float amount) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = p;
  io.MouseWheel = amount;
  frame(app);
  io.MouseWheel = 0;
}

void HeadlessUi::type(App& app, const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  frame(app);
}

}  // namespace sandbox::gui
