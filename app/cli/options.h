// Options shared by run and trace: --max-time S, the other limits
// (--step-budget N, --max-memory BYTES, ...: kLimitFlags), --live, --speed F,
// --allow-network, --stdlib DIR, FILE.
#pragma once
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <string>

#include "cli/commands.h"
#include "session.h"
#include "vm/python_lib.h"

namespace sandbox::cli {

struct CommonOptions {
  std::string file;
  double max_time = 3600;
  bool max_time_given = false;
  bool live = false;
  SessionOptions limits = cli_defaults();  // the integer limits, as set by their flags

  // The command line runs module code and task steps without a step
  // budget, as CPython does: a compute-heavy coroutine just takes its time.
  // The budgets guard the app, whose UI thread runs the program inside
  // Session::advance and must not hang on an endless loop; in a terminal,
  // Ctrl+C ends such a run, while a budget would stop real work
  // (bench/compute.py needs more than the app's 200M instructions).
  static SessionOptions cli_defaults() {
    SessionOptions o;
    o.module_step_budget = 0;
    o.step_budget = 0;
    return o;
  }

  // --NAME N for each integer limit of SessionOptions (0 = no limit);
  // byte counts take a K, M or G suffix.
  struct LimitFlag {
    const char* name;
    uint64_t SessionOptions::*u64;
    uint32_t SessionOptions::*u32;
    int SessionOptions::*i32;
  };
  static constexpr LimitFlag kLimitFlags[] = {
      {"--step-budget", &SessionOptions::step_budget, nullptr, nullptr},
      {"--module-step-budget", &SessionOptions::module_step_budget, nullptr, nullptr},
      {"--recursion-limit", nullptr, nullptr, &SessionOptions::recursion_limit},
      {"--max-memory", &SessionOptions::max_memory, nullptr, nullptr},
      {"--max-output", &SessionOptions::max_output, nullptr, nullptr},
      {"--max-events", &SessionOptions::max_events, nullptr, nullptr},
      {"--max-tasks", nullptr, &SessionOptions::max_tasks, nullptr},
      {"--max-sockets", nullptr, &SessionOptions::max_sockets, nullptr},
  };

  // 1 = a limit flag (consumed with its value), 0 = not one, -1 = error.
  int parse_limit(const Args& args, size_t& i) {
    const std::string& a = args[i];
    for (const LimitFlag& f : kLimitFlags) {
      std::string name = f.name;
      std::string v;
      if (a == name) {
        if (i + 1 >= args.size()) return fail(name + " needs a number");
        v = args[++i];
      } else if (a.rfind(name + "=", 0) == 0) {
        v = a.substr(name.size() + 1);
      } else {
        continue;
      }
      char* end = nullptr;
      unsigned long long n = std::strtoull(v.c_str(), &end, 10);
      unsigned long long scale = 1;
      if (end && *end && end[1] == 0) {
        switch (*end) {
          case 'K': case 'k': scale = 1ull << 10; ++end; break;
          case 'M': case 'm': scale = 1ull << 20; ++end; break;
          case 'G': case 'g': scale = 1ull << 30; ++end; break;
          default: break;
        }
      }
      if (v.empty() || v[0] == '-' || *end) return fail(name + " needs a whole number, got '" + v + "'");
      n *= scale;
      if (f.u64) limits.*f.u64 = n;
      if (f.u32) limits.*f.u32 = n > UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(n);
      if (f.i32) {
        if (n == 0 || n > 1'000'000) return fail(name + " must be between 1 and 1000000");
        limits.*f.i32 = static_cast<int>(n);
      }
      return 1;
    }
    return 0;
  }
  double speed = 1.0;          // --speed F: live loop seconds per real second
  bool speed_given = false;
  bool allow_network = false;  // --allow-network: live sockets beyond loopback
  std::string python_lib;      // --stdlib DIR: the Python 3.11 library folder

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
    if (int r = parse_limit(args, i); r != 0) return r;
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
    if (a == "--stdlib" || a.rfind("--stdlib=", 0) == 0) {
      std::string v;
      if (a == "--stdlib") {
        if (i + 1 >= args.size()) return fail("--stdlib needs the folder of the Python 3.11 library");
        v = args[++i];
      } else {
        v = a.substr(9);
      }
      std::error_code ec;
      std::filesystem::path abs = std::filesystem::absolute(v, ec).lexically_normal();
      std::string dir = abs.string();
      while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
      if (std::string why = vm::python_lib_problem(dir); !why.empty()) return fail("--stdlib: " + why);
      python_lib = dir;
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
    SessionOptions opt = limits;
    opt.filename = file;
    // A live server runs until stopped: no time limit unless asked for.
    opt.max_time = live && !max_time_given ? std::numeric_limits<double>::infinity() : max_time;
    opt.live = live;
    opt.speed = speed;
    opt.allow_network = allow_network;
    opt.python_lib = python_lib;
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
