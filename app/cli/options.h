// Options shared by run and trace: --max-time S, --live, FILE.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/commands.h"
#include "session.h"

namespace sandbox::cli {

struct CommonOptions {
  std::string file;
  double max_time = 3600;
  bool live = false;

  // Consumes args[i] (and its value, advancing i) if it is a common option or
  // the file: 1 = consumed, 0 = not ours, -1 = error (message printed).
  int parse(const Args& args, size_t& i) {
    const std::string& a = args[i];
    if (a == "--max-time" || a.rfind("--max-time=", 0) == 0) {
      std::string v;
      if (a == "--max-time") {
        if (i + 1 >= args.size()) return fail("--max-time needs a number of seconds");
        v = args[++i];
      } else {
        v = a.substr(11);
      }
      char* end = nullptr;
      max_time = std::strtod(v.c_str(), &end);
      if (v.empty() || *end || !(max_time > 0)) return fail("--max-time needs a positive number of seconds");
      return 1;
    }
    if (a == "--live") {
      live = true;
      return 1;
    }
    if (!a.empty() && a[0] == '-' && a != "-") return 0;
    if (!file.empty()) return fail("only one FILE, got '" + file + "' and '" + a + "'");
    file = a;
    return 1;
  }

  SessionOptions session_options() const {
    SessionOptions opt;
    opt.filename = file;
    opt.max_time = max_time;
    opt.live = live;
    return opt;
  }

 private:
  static int fail(const std::string& msg) {
    std::fprintf(stderr, "asyncio-sandbox: %s\n", msg.c_str());
    return -1;
  }
};

}  // namespace sandbox::cli
