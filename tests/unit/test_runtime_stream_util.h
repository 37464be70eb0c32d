// Running Python programs through the engine for the rtio tests (queues,
// locks, streams): stdout with CPython-reference timestamps ("[%.3f] " at
// each line start), stderr, and the recorded trace to assert on.
#pragma once
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "session.h"
#include "trace/event.h"
#include "trace/trace.h"

namespace rtio_test {

using sandbox::trace::Event;
using sandbox::trace::EventKind;

struct PyRun {
  sandbox::Session s;
  bool ran = false;   // false: this build has no VM/runtime yet (test skipped)
  std::string out;    // timestamped like `asyncio-sandbox run --timestamps`
  std::string err;
  bool at_line_start = true;

  explicit PyRun(const std::string& src) {
    sandbox::SessionOptions o;
    o.filename = "prog.py";
    o.on_stdout = [this](std::string_view text, double time) {
      for (char c : text) {
        if (at_line_start) {
          char buf[48];
          std::snprintf(buf, sizeof buf, "[%.3f] ", time);
          out += buf;
        }
        out += c;
        at_line_start = c == '\n';
      }
    };
    o.on_stderr = [this](std::string_view text, double) { err += text; };
    if (!s.load(src, o)) {
      const sandbox::Diagnostic* d = s.diagnostic();
      if (d && d->message == "the runtime is not available in this build") {
        MESSAGE("skipped: this build has no VM/runtime yet");
        return;
      }
      FAIL("load failed: " << (d ? d->formatted : std::string("?")));
      return;
    }
    s.run_to_end();
    ran = true;
  }

  const sandbox::trace::Trace& trace() const { return s.trace(); }
  // seqs of the events of kind k, in order
  std::vector<uint64_t> find(EventKind k) const {
    std::vector<uint64_t> r;
    for (uint64_t i = 0; i < trace().size(); ++i)
      if (trace()[i].kind == k) r.push_back(i);
    return r;
  }
  // The event an event's cause field points at (nullptr if none).
  const Event* cause_of(const Event& e) const {
    if (e.cause == 0 || e.cause > trace().size()) return nullptr;
    return &trace()[e.cause - 1];
  }
  // Follows causes from e until an event of kind k (nullptr if the chain ends).
  const Event* caused_by(const Event& e, EventKind k, int max_hops = 8) const {
    const Event* c = &e;
    for (int i = 0; i < max_hops && c; ++i) {
      c = cause_of(*c);
      if (c && c->kind == k) return c;
    }
    return nullptr;
  }
};

}  // namespace rtio_test
