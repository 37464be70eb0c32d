#include "i18n.h"

#include <cstdlib>
#include <cstring>

namespace sandbox::gui {

namespace {
Lang g_lang = Lang::En;

struct Entry { const char* en; const char* zh; };
const Entry kStrings[] = {
#define SANDBOX_X(id, en, zh) {en, zh},
    SANDBOX_UI_STRINGS(SANDBOX_X)
#undef SANDBOX_X
};
}  // namespace

Lang language() { return g_lang; }
void set_language(Lang l) { g_lang = l; }

Lang default_language() {
  for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::strncmp(v, "zh", 2) == 0 ? Lang::Zh : Lang::En;
  }
  return Lang::En;
}

const char* tr(Str s, Lang l) {
  const Entry& e = kStrings[static_cast<int>(s)];
  return l == Lang::Zh ? e.zh : e.en;
}
const char* tr(Str s) { return tr(s, g_lang); }

std::string tr_fmt(Str s, const std::string& arg) {
  const std::string pattern = tr(s);
  const size_t at = pattern.find("%s");
  if (at == std::string::npos) return pattern;
  return pattern.substr(0, at) + arg + pattern.substr(at + 2);
}

std::vector<const char*> all_zh_strings() {
  std::vector<const char*> v;
  for (const Entry& e : kStrings) v.push_back(e.zh);
  return v;
}

}  // namespace sandbox::gui
