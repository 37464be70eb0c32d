// libFuzzer target over the whole path a user's text takes: source -> lex,
// parse, compile (Session::load) -> run with small step, time and trace
// budgets (Session::run_to_end) -> every trace export and the model at the
// end.  It is the path `asyncio-sandbox trace` takes, with budgets small
// enough that one input runs in milliseconds.  Anything the sanitizers or
// libFuzzer flag (crash, hang, leak, UB) is a bug in the engine: a program
// may fail, but only as a Python error or a limit message.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_one.h"
#include "session.h"
#include "trace/export.h"

namespace sandbox::fuzz {

void run_one(const uint8_t* data, size_t size) {
  Session session;
  SessionOptions opt;
  opt.filename = "fuzz.py";
  opt.max_time = 30;          // virtual seconds
  opt.step_budget = 20'000;   // instructions per task step (module code: x100)
  opt.max_events = 20'000;    // the trace stops growing (and the run) here
  if (!session.load(std::string(reinterpret_cast<const char*>(data), size), opt)) {
    // The diagnostic must be complete and printable.
    const Diagnostic* d = session.diagnostic();
    if (d == nullptr || d->formatted.empty()) __builtin_trap();
    return;
  }
  session.run_to_end();
  const trace::Trace& t = session.trace();
  std::ostringstream text, jsonl, chrome, stats;
  trace::export_text(t, text);
  trace::export_jsonl(t, jsonl);
  trace::export_chrome(t, chrome);
  trace::export_stats(t, stats);
  // The model at the end and half-way: what the app shows on a cursor move.
  (void)session.model_at(t.size());
  (void)session.model_at(t.size() / 2);
}

}  // namespace sandbox::fuzz

#ifndef SANDBOX_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sandbox::fuzz::run_one(data, size);
  return 0;
}
#endif
