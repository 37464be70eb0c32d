// asyncio-sandbox: subcommand dispatch (the subcommands live in app/cli/).
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#ifdef SANDBOX_HAVE_GUI
#include "gui/app.h"
#endif

int main(int argc, char** argv) {
  using namespace sandbox::cli;
  std::string cmd = argc > 1 ? argv[1] : "";
  Args rest;
  for (int i = 2; i < argc; ++i) rest.emplace_back(argv[i]);
  if (cmd == "run") return run_command(rest);
  if (cmd == "trace") return trace_command(rest);
  if (cmd == "list") return list_command(rest);
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    print_usage(false);
    return 0;
  }
#ifdef SANDBOX_HAVE_GUI
  if (cmd == "screenshot") return sandbox::gui::run_screenshot(argc - 1, argv + 1);
  if (cmd == "bench-ui") return sandbox::gui::run_bench_ui(argc - 1, argv + 1);
  // No subcommand, a FILE, or a GUI-only subcommand (screenshot): the app.
  return sandbox::gui::run_app(argc, argv);
#else
  if (cmd == "screenshot") std::fputs("asyncio-sandbox: screenshot needs a build with the app\n", stderr);
  print_usage(true);
  return 2;
#endif
}
