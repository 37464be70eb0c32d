#include "fonts.h"

#include <cstdio>
#include <filesystem>
#include <string>

#include "i18n.h"
#include "narrate.h"

namespace sandbox::gui {

std::string find_font(const char* fc_pattern, const char* const* fallbacks) {
  // Debian's known paths first (no process to spawn at start-up), then
  // fontconfig, which knows where other distributions put the font.
  for (const char* const* f = fallbacks; f && *f; ++f) {
    std::error_code ec;
    if (std::filesystem::exists(*f, ec)) return *f;
  }
  std::string cmd = std::string("fc-match -f '%{file}' '") + fc_pattern + "' 2>/dev/null";
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[1024];
    size_t n = std::fread(buf, 1, sizeof buf - 1, p);
    pclose(p);
    buf[n] = 0;
    std::string path(buf);
    std::error_code ec;
    if (!path.empty() && std::filesystem::exists(path, ec)) {
      // fc-match always answers something; accept it only if it is the family asked for.
      std::string lower;
      for (char c : path) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string want;
      for (const char* c = fc_pattern; *c && *c != ':'; ++c)
        if (*c != ' ') want += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
      std::string flat;
      for (char c : lower)
        if (c != ' ' && c != '-' && c != '_') flat += c;
      if (flat.find(want.substr(0, 6)) != std::string::npos) return path;
    }
  }
  for (const char* const* f = fallbacks; f && *f; ++f) {
    std::error_code ec;
    if (std::filesystem::exists(*f, ec)) return *f;
  }
  return {};
}

namespace {
const char* const kSansPaths[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", nullptr};
const char* const kMonoPaths[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", nullptr};
const char* const kCjkPaths[] = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                 "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", nullptr};
// Symbols the panels draw besides Latin text.
const char* kSymbols = "→←↑↓▶■●◆▲▼✓✗⏸…·—×";

ImVector<ImWchar> g_ranges;   // must outlive the atlas build
}  // namespace

void build_fonts(Fonts& f, float size, const std::string& used_text) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  f.size = size;

  ImFontGlyphRangesBuilder rb;
  rb.AddRanges(io.Fonts->GetGlyphRangesDefault());
  rb.AddText(kSymbols);
  for (const char* s : all_zh_strings()) rb.AddText(s);
  for (const char* s : narration_zh_templates()) rb.AddText(s);
  rb.AddText(used_text.c_str(), used_text.c_str() + used_text.size());
  g_ranges.clear();
  rb.BuildRanges(&g_ranges);

  static std::string sans, mono;
  if (sans.empty()) sans = find_font("DejaVu Sans", kSansPaths);
  if (mono.empty()) mono = find_font("DejaVu Sans Mono", kMonoPaths);
  if (f.cjk_path.empty()) f.cjk_path = find_font("WenQuanYi Micro Hei:lang=zh-cn", kCjkPaths);

  auto add = [&](const std::string& path, float px) -> ImFont* {
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    ImFont* font = nullptr;
    if (!path.empty()) font = io.Fonts->AddFontFromFileTTF(path.c_str(), px, &cfg, g_ranges.Data);
    if (!font) {
      ImFontConfig def;
      def.SizePixels = px;
      font = io.Fonts->AddFontDefault(&def);
    }
    if (!f.cjk_path.empty()) {
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.OversampleH = 1;
      merge.OversampleV = 1;
      merge.PixelSnapH = true;
      io.Fonts->AddFontFromFileTTF(f.cjk_path.c_str(), px, &merge, g_ranges.Data);
    }
    return font;
  };
  f.ui = add(sans, size);
  f.mono = add(mono, size);
  f.big = add(sans, size * 1.25f);
  io.Fonts->Build();
  io.FontDefault = f.ui;
}

}  // namespace sandbox::gui
