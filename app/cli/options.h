// Options shared by run and trace: --max-time S, --live, --speed F,
// --allow-network, FILE.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

#include "cli/commands.h"
#include "session.h"

namespace sandbox::cli {

struct CommonOptions {
  std::string file;
  double max_time = 3600;
  bool max_time_given = false;
  bool live = false;
  double speed = 1.0;          // --speed F: live loop seconds per real second
  bool speed_given = false;
  bool allow_network = false;  // --allow-network: live sockets beyond loopback

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
      max_time_given = true;
      return 1;
    }
    if (a == "--live") {
      live = true;
      return 1;
    }
    if (a == "--speed" || a.rfind("--speed=", 0) == 0) {
      std::string v;
      if (a == "--speed") {
        if (i + 1 >= args.size()) return fail("--speed needs a factor from 0.1 to 10");
        v = args[++i];
      } else {
        v = a.substr(8);
      }
      char* end = nullptr;
      speed = std::strtod(v.c_str(), &end);
      if (v.empty() || *end || !(speed >= 0.1 && speed <= 10)) return fail("--speed needs a factor from 0.1 to 10");
      speed_given = true;
      return 1;
    }
    if (a == "--allow-network") {
      allow_network = true;
      return 1;
    }
    if (!a.empty() && a[0] == '-' && a != "-") return 0;
    if (!file.empty()) return fail("only one FILE, got '" + file + "' and '" + a + "'");
    file = a;
    return 1;
  }

  // --speed and --allow-network only mean something with --live.
  bool check() const {
    if (!live && speed_given) return fail("--speed needs --live") == 0;
    if (!live && allow_network) return fail("--allow-network needs --live") == 0;
    return true;
  }

  SessionOptions session_options() const {
    SessionOptions opt;
    opt.filename = file;
    // A live server runs until stopped: no time limit unless asked for.
    opt.max_time = live && !max_time_given ? std::numeric_limits<double>::infinity() : max_time;
    opt.live = live;
    opt.speed = speed;
    opt.allow_network = allow_network;
    opt.catch_sigint = live;
    return opt;
  }

 private:
  static int fail(const std::string& msg) {
    std::fprintf(stderr, "asyncio-sandbox: %s\n", msg.c_str());
    return -1;
  }
};

}  // namespace sandbox::cli
