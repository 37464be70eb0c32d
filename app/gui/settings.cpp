#include "settings.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sandbox::gui {

void Settings::add_recent(const std::string& path) {
  recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
  recent.insert(recent.begin(), path);
  if (recent.size() > 10) recent.resize(10);
}

std::string config_dir() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  std::filesystem::path base;
  if (xdg && *xdg) {
    base = xdg;
  } else {
    const char* home = std::getenv("HOME");
    base = std::filesystem::path(home && *home ? home : ".") / ".config";
  }
  return (base / "asyncio-sandbox").string();
}

static std::string settings_path() { return config_dir() + "/settings.ini"; }

Settings load_settings() {
  Settings s;
  s.lang = default_language();
  std::ifstream in(settings_path());
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    std::string k = line.substr(0, eq), v = line.substr(eq + 1);
    auto f = [&](float lo, float hi, float def) {
      char* end = nullptr;
      float x = std::strtof(v.c_str(), &end);
      return end != v.c_str() ? std::clamp(x, lo, hi) : def;
    };
    if (k == "lang") s.lang = v == "zh" ? Lang::Zh : Lang::En;
    else if (k == "font_size") s.font_size = f(10, 48, s.font_size);
    else if (k == "present_font_size") s.present_font_size = f(14, 72, s.present_font_size);
    else if (k == "presentation") s.presentation = v == "1";
    else if (k == "light") s.light = v == "1";
    else if (k == "time_axis") s.time_axis = v == "1";
    else if (k == "speed_mode") s.speed_mode = v == "1" ? 1 : 0;
    else if (k == "speed_events") s.speed_events = f(0.5f, 10000, s.speed_events);
    else if (k == "speed_factor") s.speed_factor = f(0.01f, 1000, s.speed_factor);
    else if (k == "live_speed") s.live_speed = f(0.1f, 10, s.live_speed);
    else if (k == "split_code") s.split_code = f(0.15f, 0.8f, s.split_code);
    else if (k == "split_timeline") s.split_timeline = f(0.15f, 0.8f, s.split_timeline);
    else if (k == "present_split_code") s.present_split_code = f(0.15f, 0.8f, s.present_split_code);
    else if (k == "present_split_timeline") s.present_split_timeline = f(0.15f, 0.8f, s.present_split_timeline);
    else if (k == "panels" || k == "present_panels") {
      Settings::Layout& l = k == "panels" ? s.normal_layout : s.present_layout;
      if (v.size() == 4) {
        l.loop = v[0] == '1';
        l.tasks = v[1] == '1';
        l.console = v[2] == '1';
        l.scrubber = v[3] == '1';
      }
    }
    else if (k == "window_w") s.window_w = static_cast<int>(f(400, 8000, 1600));
    else if (k == "window_h") s.window_h = static_cast<int>(f(300, 8000, 960));
    else if (k == "recent" && !v.empty() && s.recent.size() < 10) s.recent.push_back(v);
  }
  return s;
}

static std::string panels(const Settings::Layout& l) {
  std::string v;
  for (bool b : {l.loop, l.tasks, l.console, l.scrubber}) v += b ? '1' : '0';
  return v;
}

bool save_settings(const Settings& s) {
  std::error_code ec;
  std::filesystem::create_directories(config_dir(), ec);
  std::ostringstream o;
  o << "lang=" << (s.lang == Lang::Zh ? "zh" : "en") << "\n"
    << "font_size=" << s.font_size << "\n"
    << "present_font_size=" << s.present_font_size << "\n"
    << "presentation=" << s.presentation << "\n"
    << "light=" << s.light << "\n"
    << "time_axis=" << s.time_axis << "\n"
    << "speed_mode=" << s.speed_mode << "\n"
    << "speed_events=" << s.speed_events << "\n"
    << "speed_factor=" << s.speed_factor << "\n"
    << "live_speed=" << s.live_speed << "\n"
    << "split_code=" << s.split_code << "\n"
    << "split_timeline=" << s.split_timeline << "\n"
    << "present_split_code=" << s.present_split_code << "\n"
    << "present_split_timeline=" << s.present_split_timeline << "\n"
    << "panels=" << panels(s.normal_layout) << "\n"
    << "present_panels=" << panels(s.present_layout) << "\n"
    << "window_w=" << s.window_w << "\n"
    << "window_h=" << s.window_h << "\n";
  for (const std::string& r : s.recent) o << "recent=" << r << "\n";
  std::string tmp = settings_path() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    if (!out) return false;
    out << o.str();
    if (!out) return false;
  }
  std::filesystem::rename(tmp, settings_path(), ec);
  return !ec;
}

}  // namespace sandbox::gui
