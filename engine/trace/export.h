// Writing a trace out: text (one readable line per event), jsonl (one JSON
// object per event, every field decoded) and chrome (the Trace Event Format
// that Perfetto and chrome://tracing open).  Used by `asyncio-sandbox trace`
// and by the app's export menu.
#pragma once
#include <cstdint>
#include <ostream>
#include <string>

#include "trace/trace.h"

namespace sandbox::trace {

// "     12  0.000000 it=1   task_step_begin      task=2 line=5 resume=first"
std::string event_text(const Trace& t, uint64_t seq);
void export_text(const Trace& t, std::ostream& out);

// {"seq":12,"kind":"task_step_begin","time":0,"iter":1,"task":2,"obj":0,
//  "cause":0,"line":5,"aux":0,"arg":0,"resume":"first"}
// arg is decoded per kind: a string, a number, or the raw integer.
std::string event_json(const Trace& t, uint64_t seq);
void export_jsonl(const Trace& t, std::ostream& out);

// "key: value" lines: events, strings, trace_bytes, bytes_per_event, then
// "kind.<name>: count" for every kind that occurs (bench/run.py reads these).
void export_stats(const Trace& t, std::ostream& out);

// The horizontal axis of the chrome export.
//  Steps (default): ts = seq + 10 * iteration microseconds.  Every event
//    gets 1 us and every loop iteration 10 us more, so the many events that
//    happen at one virtual instant are spread out and readable.
//  Time: ts = virtual time in microseconds; simultaneous events collapse
//    (true proportions; good for programs that sleep a lot).
enum class ChromeAxis : uint8_t { Steps, Time };

struct ChromeOptions {
  ChromeAxis axis = ChromeAxis::Steps;
  std::string process_name = "asyncio-sandbox";
};

// Lanes (tid): 0 = the event loop (iterations, phases, handles run, module
// code), then one lane per task (tid = task id), named with thread_name
// metadata, then one lane per worker thread ("thread asyncio_0": "runs"
// slices while it holds the baton, a slice per work item).  Task steps are "X" slices; wake-ups are flow events ("s" at the
// causing event, "f" at the step it caused); queue sizes and semaphore /
// lock / event values are "C" counters; output lines and exceptions are
// instant ("i") events.
void export_chrome(const Trace& t, std::ostream& out, const ChromeOptions& options = {});

}  // namespace sandbox::trace
