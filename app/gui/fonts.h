// The font atlas: a proportional UI font and a monospace code font, each with
// Chinese glyphs merged in from a CJK font found through fontconfig (or known
// paths).  Only the characters actually used are baked, so the atlas stays
// small even at presentation sizes.
#pragma once
#include <string>

#include <imgui.h>

namespace sandbox::gui {

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* mono = nullptr;
  ImFont* big = nullptr;        // narration headline, 1.25x
  float size = 0;
  std::string cjk_path;         // "" when no CJK font was found
};

// Rebuilds io.Fonts at `size` pixels with glyphs for `used_text` (UTF-8) on top
// of Latin, arrows and every Chinese UI/narration string.  The renderer's font
// texture must be recreated afterwards.
void build_fonts(Fonts& f, float size, const std::string& used_text);
std::string find_font(const char* fc_pattern, const char* const* fallbacks);

}  // namespace sandbox::gui
