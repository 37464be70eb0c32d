// asyncio-sandbox trace: runs a program and writes its event trace as text,
// jsonl or chrome (Trace Event Format), to OUT or stdout.  The program's own
// output is not printed (it is in the trace); a traceback or limit message
// still goes to stderr.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "session.h"
#include "trace/export.h"

namespace sandbox::cli {

int trace_command(const Args& args) {
  CommonOptions o;
  std::string format = "text", axis = "steps", out_path;
  bool lines = true;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& dst, const char* name) {
      if (a.size() > std::strlen(name) && a.compare(0, std::strlen(name), name) == 0 && a[std::strlen(name)] == '=') {
        dst = a.substr(std::strlen(name) + 1);
        return true;
      }
      if (a != name) return false;
      if (i + 1 >= args.size()) {
        dst.clear();
        return true;
      }
      dst = args[++i];
      return true;
    };
    if (a == "--no-lines") {
      lines = false;
      continue;
    }
    if (value(format, "--format") || value(axis, "--axis") || value(out_path, "-o") || value(out_path, "--output")) {
      continue;
    } else if (int r = o.parse(args, i); r < 0) {
      return 2;
    } else if (r == 0) {
      std::fprintf(stderr, "asyncio-sandbox trace: unknown option '%s'\n", a.c_str());
      print_usage(true);
      return 2;
    }
  }
  if (o.file.empty() || (format != "text" && format != "jsonl" && format != "chrome" && format != "stats") ||
      (axis != "steps" && axis != "time")) {
    print_usage(true);
    return 2;
  }
  std::string source, error;
  if (!read_file(o.file, &source, &error)) {
    std::fprintf(stderr, "asyncio-sandbox: %s\n", error.c_str());
    return 1;
  }
  Session session;
  SessionOptions opt = o.session_options();
  opt.record_lines = lines;
  if (!session.load(std::move(source), opt)) {
    write_stderr(session.diagnostic()->formatted);
    return 1;
  }
  session.run_to_end();
  write_stderr(session.stderr_text());

  std::ofstream file;
  if (!out_path.empty() && out_path != "-") {
    file.open(out_path, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "asyncio-sandbox: cannot write '%s'\n", out_path.c_str());
      return 1;
    }
  }
  std::ostream& out = file.is_open() ? static_cast<std::ostream&>(file) : std::cout;
  const trace::Trace& t = session.trace();
  if (format == "text") {
    trace::export_text(t, out);
  } else if (format == "stats") {
    trace::export_stats(t, out);
  } else if (format == "jsonl") {
    trace::export_jsonl(t, out);
  } else {
    trace::ChromeOptions co;
    co.axis = axis == "time" ? trace::ChromeAxis::Time : trace::ChromeAxis::Steps;
    co.process_name = "asyncio-sandbox: " + o.file;
    trace::export_chrome(t, out, co);
  }
  out.flush();
  return out ? 0 : 1;
}

}  // namespace sandbox::cli
