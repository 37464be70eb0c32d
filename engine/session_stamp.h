// The --timestamps line prefix: "[%.3f] " of the virtual time at which each
// stdout line started.  A write that continues a line (print(end=" ")) gets
// no prefix; the next write after a newline does, with its own time.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace sandbox {

class LineStamper {
 public:
  explicit LineStamper(bool enabled = true) : enabled_(enabled) {}
  // Appends text to out, prefixing every line that starts in it.
  void feed(std::string_view text, double time, std::string& out) {
    while (!text.empty()) {
      if (enabled_ && at_line_start_) {
        char buf[48];
        int n = std::snprintf(buf, sizeof buf, "[%.3f] ", time);
        out.append(buf, static_cast<size_t>(n));
        at_line_start_ = false;
      }
      size_t nl = text.find('\n');
      size_t n = nl == std::string_view::npos ? text.size() : nl + 1;
      out.append(text.substr(0, n));
      if (nl != std::string_view::npos) at_line_start_ = true;
      text.remove_prefix(n);
    }
  }
  bool at_line_start() const { return at_line_start_; }

 private:
  bool enabled_;
  bool at_line_start_ = true;
};

}  // namespace sandbox
