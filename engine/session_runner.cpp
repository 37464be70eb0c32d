#include "session_runner.h"

#include "lang/parser.h"

namespace sandbox {

namespace {

Diagnostic to_diagnostic(const lang::SyntaxError& e) {
  Diagnostic d;
  d.filename = e.filename;
  d.line = e.line;
  d.col = e.offset;
  d.end_col = e.end_offset;
  d.type = e.type;
  d.message = e.message;
  d.source_line = e.text;
  d.formatted = e.format();
  return d;
}

}  // namespace

std::unique_ptr<SessionDriver> make_runner_driver(const std::string& source, const SessionOptions& options,
                                                  trace::Recorder& rec, Diagnostic* diag) {
  (void)rec;
  lang::ParseResult parsed = lang::parse(source, options.filename);
  if (!parsed.ok()) {
    *diag = to_diagnostic(*parsed.error);
    return nullptr;
  }
  // Until runtime::Runner is merged there is nothing to run the program with.
  diag->filename = options.filename;
  diag->type = "NotImplementedError";
  diag->message = "the runtime is not available in this build";
  diag->formatted = "NotImplementedError: " + diag->message + "\n";
  return nullptr;
}

}  // namespace sandbox
