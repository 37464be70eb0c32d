// Settings and layout that persist between runs, in
// $XDG_CONFIG_HOME/asyncio-sandbox/settings.ini (else ~/.config/...).
#pragma once
#include <string>
#include <vector>

#include "i18n.h"

namespace sandbox::gui {

struct Settings {
  Lang lang = Lang::En;
  float font_size = 17;             // normal mode
  float present_font_size = 28;     // presentation mode
  bool presentation = false;
  bool light = false;               // light theme outside presentation mode
  bool time_axis = false;           // timeline x = virtual time (else loop steps)
  int speed_mode = 0;               // 0 = events per second, 1 = virtual time factor
  float speed_events = 4;
  float speed_factor = 1;
  float live_speed = 1;             // live runs: loop seconds per real second
  float split_code = 0.36f;         // width fraction of the code column
  float split_timeline = 0.38f;     // height fraction of the timeline
  // Which of the optional panels show (code, narration and timeline always
  // do), and the splits: one set per mode, so a projector layout never
  // leaks into the desk layout or back.
  struct Layout {
    bool loop = true, tasks = true, console = true;
    bool scrubber = true;           // the toolbar's second row (scrubber, jump to time)
  };
  Layout normal_layout;
  Layout present_layout{false, false, true, false};
  float present_split_code = 0.50f;
  float present_split_timeline = 0.50f;
  Layout& layout() { return presentation ? present_layout : normal_layout; }
  const Layout& layout() const { return presentation ? present_layout : normal_layout; }
  float& code_split() { return presentation ? present_split_code : split_code; }
  float& timeline_split() { return presentation ? present_split_timeline : split_timeline; }
  int window_w = 1600, window_h = 960;
  std::vector<std::string> recent;  // most recent first

  void add_recent(const std::string& path);
};

std::string config_dir();           // created on save
// Missing or unreadable file: defaults (language from the locale).
Settings load_settings();
bool save_settings(const Settings& s);

}  // namespace sandbox::gui
