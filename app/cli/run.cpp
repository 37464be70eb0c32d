// asyncio-sandbox run: runs a program headless and prints, byte for byte,
// what CPython prints.  Output is streamed as the program writes it; with
// --timestamps every stdout line is prefixed by "[%.3f] " of the virtual
// time at which the line started (print(end=" ") continues the line, so the
// prefix is written only when a new line starts).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "cli/commands.h"
#include "cli/options.h"
#include "session.h"
#include "session_stamp.h"

namespace sandbox::cli {

namespace {

// Writes program stdout, adding the line prefix when a line starts.
struct StdoutWriter {
  LineStamper stamper;
  bool tty = false;
  std::string buf;

  void write(std::string_view text, double time) {
    buf.clear();
    stamper.feed(text, time, buf);
    std::fwrite(buf.data(), 1, buf.size(), stdout);
    if (tty) std::fflush(stdout);
  }
};

}  // namespace

int run_command(const Args& args) {
  CommonOptions o;
  bool timestamps = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--timestamps") {
      timestamps = true;
    } else if (int r = o.parse(args, i); r < 0) {
      return 2;
    } else if (r == 0) {
      std::fprintf(stderr, "asyncio-sandbox run: unknown option '%s'\n", args[i].c_str());
      print_usage(true);
      return 2;
    }
  }
  if (o.file.empty()) {
    print_usage(true);
    return 2;
  }
  if (!o.check()) return 2;
  std::string source, error;
  if (!read_file(o.file, &source, &error)) {
    std::fprintf(stderr, "asyncio-sandbox: %s\n", error.c_str());
    return 1;
  }

  StdoutWriter out;
  out.stamper = LineStamper(timestamps);
  // Live output is watched as it happens, even through a pipe.
  out.tty = o.live || isatty(fileno(stdout));
  SessionOptions opt = o.session_options();
  opt.record_lines = false;  // nobody steps by line here; keeps the run fast
  opt.read_stdin = true;     // input() reads the terminal, as python3 does
  opt.keep_trace = false;    // stream: output is passed on, old events freed
  opt.on_stdout = [&](std::string_view text, double time) { out.write(text, time); };
  opt.on_stderr = [&](std::string_view text, double) {
    std::fflush(stdout);  // keep the interleaving the program produced
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  };

  Session session;
  if (!session.load(std::move(source), opt)) {
    std::fflush(stdout);
    write_stderr(session.diagnostic()->formatted);
    return 1;
  }
  session.run_to_end();
  std::fflush(stdout);
  switch (session.state()) {
    case RunState::Finished: return session.exit_status();
    case RunState::Failed:
    case RunState::Stopped: return session.exit_status() ? session.exit_status() : 1;
    default: return 1;
  }
}

}  // namespace sandbox::cli
