// libFuzzer target over the whole path a user's text takes: source -> lex,
// parse, compile (Session::load) -> run with small step, time and trace
// budgets (Session::run_to_end) -> every trace export and the model at the
// end.  It is the path `asyncio-sandbox trace` takes, with budgets small
// enough that one input runs in milliseconds.  Anything the sanitizers or
// libFuzzer flag (crash, hang, leak, UB) is a bug in the engine: a program
// may fail, but only as a Python error or a limit message.
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <streambuf>
#include <string>

#include "fuzz_one.h"
#include "session.h"
#include "trace/export.h"

namespace sandbox::fuzz {
namespace {

// Discards what the exporters write: the formatting code is what we test,
// and growing a string per input showed up in the profile (memmove and page
// faults under ASan) without adding coverage.
class NullBuf : public std::streambuf {
 protected:
  int_type overflow(int_type ch) override { return traits_type::not_eof(ch); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

SessionOptions fuzz_options() {
  SessionOptions opt;
  opt.filename = "fuzz.py";
  // Small limits: an input that hits one ends in milliseconds with the
  // limit's message, and the limit paths themselves get covered often.
  opt.max_time = 30;                  // virtual seconds
  opt.step_budget = 20'000;           // instructions per task step
  // Module code between asyncio.run phases.  The default (200 M) let an
  // endless module loop take seconds under ASan; 10 M still lets every
  // regression input finish its loops (the longest runs ~3 M instructions,
  // tests/fuzz/regressions/crash_hash_nested_tuples.py).
  opt.module_step_budget = 10'000'000;
  opt.max_events = 20'000;            // the trace stops growing (and the run) here
  opt.max_memory = 64ull << 20;       // MemoryError well below -rss_limit_mb
  opt.max_output = 1ull << 20;        // bytes of stdout + stderr
  opt.max_tasks = 2'000;
  return opt;
}

}  // namespace

void run_one(const uint8_t* data, size_t size) {
  Session session;
  const SessionOptions opt = fuzz_options();
  if (!session.load(std::string(reinterpret_cast<const char*>(data), size), opt)) {
    // The diagnostic must be complete and printable.
    const Diagnostic* d = session.diagnostic();
    if (d == nullptr || d->formatted.empty()) __builtin_trap();
    return;
  }
  session.run_to_end();
  const trace::Trace& t = session.trace();
  NullBuf null_buf;
  std::ostream sink(&null_buf);
  trace::export_text(t, sink);
  trace::export_jsonl(t, sink);
  trace::export_chrome(t, sink);
  trace::export_stats(t, sink);
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
