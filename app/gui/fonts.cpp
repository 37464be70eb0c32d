#include "fonts.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include <imgui_internal.h>   // ImTextCharFromUtf8

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

bool GlyphSet::add_text(const char* p) {
  bool added = false;
  while (*p) {
    unsigned int cp = 0;
    int len = ImTextCharFromUtf8(&cp, p, nullptr);
    if (len <= 0) break;
    p += len;
    if (cp >= 0x100 && cp < have_.size() && !have_[cp]) {
      have_[cp] = true;
      added = true;
    }
  }
  return added;
}

void GlyphSet::ranges(ImWchar from, ImVector<ImWchar>* out) const {
  out->clear();
  for (size_t c = from; c < have_.size(); ++c) {
    if (!have_[c]) continue;
    size_t e = c;
    while (e + 1 < have_.size() && have_[e + 1]) ++e;
    out->push_back(static_cast<ImWchar>(c));
    out->push_back(static_cast<ImWchar>(e));
    c = e;
  }
  out->push_back(0);
}

namespace {
const char* const kSansPaths[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", nullptr};
const char* const kMonoPaths[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", nullptr};
const char* const kCjkPaths[] = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                 "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", nullptr};
// Symbols the panels draw besides Latin text.
const char* kSymbols = "→←↑↓▶■●◆▲▼✓✗⏸…·—×";
// The first code point taken from the CJK font (CJK radicals and up).
constexpr ImWchar kCjkFrom = 0x2E80;

// Font files are mapped once and shared by every font and rebuild: the CJK
// collection alone is 5 MB, and ImGui copies data it does not own (three
// copies took most of the start-up atlas time), while a mapping only pages in
// the tables and glyphs actually rasterized.  So fonts are added as if the
// atlas owned the data (no copy) and handed back to us right after Build()
// (release_shared_data), before anything could free them.
struct FontFile {
  std::string path;
  const unsigned char* data = nullptr;   // mapped read-only for the process's life
  size_t size = 0;
};

std::vector<FontFile>& font_cache() {
  static std::vector<FontFile> cache;
  return cache;
}

const FontFile* font_data(const std::string& path) {
  auto& cache = font_cache();
  for (const FontFile& f : cache)
    if (f.path == path) return f.data ? &f : nullptr;
  FontFile file{path, nullptr, 0};
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > 0) {
    void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      file.data = static_cast<const unsigned char*>(p);
      file.size = static_cast<size_t>(st.st_size);
    }
  }
  if (fd >= 0) ::close(fd);
  cache.push_back(file);
  return file.data ? &cache.back() : nullptr;
}

void release_shared_data(ImFontAtlas* atlas) {
  for (ImFontConfig& cfg : atlas->ConfigData)
    for (const FontFile& f : font_cache())
      if (f.data && cfg.FontData == f.data) cfg.FontDataOwnedByAtlas = false;
}

ImFont* add_font(ImFontAtlas* atlas, const std::string& path, float px, ImFontConfig cfg, const ImWchar* ranges) {
  const FontFile* file = path.empty() ? nullptr : font_data(path);
  if (!file) return nullptr;
  cfg.FontDataOwnedByAtlas = true;   // no copy; see release_shared_data
  // ImGui only reads font data; the mapping is read-only.
  void* bytes = const_cast<unsigned char*>(file->data);
  return atlas->AddFontFromMemoryTTF(bytes, static_cast<int>(file->size), px, &cfg, ranges);
}
}  // namespace

void build_fonts(ImFontAtlas* atlas, Fonts& f, float size, const GlyphSet& extra) {
  atlas->Clear();
  // Only the rows in use: a power-of-two height nearly doubles the texture
  // to convert and upload at start-up (1024x2048 for Chinese at 17 px).
  atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  f.size = size;

  ImFontGlyphRangesBuilder rb;
  static const ImWchar kLatin[] = {0x0020, 0x00FF, 0};
  rb.AddRanges(kLatin);
  rb.AddText(kSymbols);
  ImVector<ImWchar> more;
  extra.ranges(0x100, &more);
  for (int i = 0; i + 1 < more.Size; i += 2)
    for (unsigned c = more[i]; c <= more[i + 1] && c < kCjkFrom; ++c) rb.AddChar(static_cast<ImWchar>(c));
  f.ranges.clear();
  rb.BuildRanges(&f.ranges);
  extra.ranges(kCjkFrom, &f.cjk_ranges);
  const bool want_cjk = f.cjk_ranges.Size > 1;

  static std::string sans, mono;
  if (sans.empty()) sans = find_font("DejaVu Sans", kSansPaths);
  if (mono.empty()) mono = find_font("DejaVu Sans Mono", kMonoPaths);
  // fontconfig is only asked once Chinese is needed: it may spawn a process.
  if (want_cjk && f.cjk_path.empty()) f.cjk_path = find_font("WenQuanYi Micro Hei:lang=zh-cn", kCjkPaths);

  auto add = [&](const std::string& path, float px) -> ImFont* {
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    ImFont* font = add_font(atlas, path, px, cfg, f.ranges.Data);
    if (!font) {
      ImFontConfig def;
      def.SizePixels = px;
      font = atlas->AddFontDefault(&def);
    }
    if (want_cjk && !f.cjk_path.empty()) {
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.OversampleH = 1;
      merge.OversampleV = 1;
      merge.PixelSnapH = true;
      add_font(atlas, f.cjk_path, px, merge, f.cjk_ranges.Data);
    }
    return font;
  };
  f.ui = add(sans, size);
  f.mono = add(mono, size);
  f.big = add(sans, size * 1.25f);
  atlas->Build();
  release_shared_data(atlas);
}

}  // namespace sandbox::gui
