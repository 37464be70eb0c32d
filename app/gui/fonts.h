// The font atlas: a proportional UI font and a monospace code font, each with
// Chinese glyphs merged in from a CJK font found through fontconfig (or known
// paths).  Only the characters actually needed are baked (Latin-1, the
// panels' symbols, and a GlyphSet that grows lazily: the Chinese UI when the
// language is Chinese, the loaded program's text), so the atlas is small and
// quick to build, even at presentation sizes.
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

namespace sandbox::gui {

// Code points beyond Latin-1 that the atlas must hold.
class GlyphSet {
 public:
  // Adds every character of `utf8`; true if any was new.
  bool add_text(const char* utf8);
  bool add_text(const std::string& utf8) { return add_text(utf8.c_str()); }
  bool contains(ImWchar c) const { return c < have_.size() && have_[c]; }
  // ImGui glyph ranges (pairs, 0-terminated) of the members >= `from`.
  void ranges(ImWchar from, ImVector<ImWchar>* out) const;

 private:
  std::vector<bool> have_ = std::vector<bool>(0x10000, false);
};

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* mono = nullptr;
  ImFont* big = nullptr;        // narration headline, 1.25x
  float size = 0;
  std::string cjk_path;         // "" when no CJK font was found
  ImVector<ImWchar> ranges;     // the atlas keeps pointers to these until rebuilt
  ImVector<ImWchar> cjk_ranges;
};

// Rebuilds `atlas` at `size` pixels with glyphs for Latin-1, arrows and
// `extra`.  Touches no ImGui context, so it may run on another thread while
// the window is being created.  The renderer's font texture must be
// recreated afterwards.
void build_fonts(ImFontAtlas* atlas, Fonts& f, float size, const GlyphSet& extra);
std::string find_font(const char* fc_pattern, const char* const* fallbacks);

}  // namespace sandbox::gui
