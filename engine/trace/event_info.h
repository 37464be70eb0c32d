// What an event's arg and aux fields hold, per kind (the comments in event.h
// as data), and names for the small enums: exporters and the app decode
// events through this instead of re-reading event.h by hand.
#pragma once
#include <string>

#include "trace/event.h"
#include "trace/trace.h"

namespace sandbox::trace {

enum class ArgType : uint8_t { None, Str, Double, Int };
enum class AuxType : uint8_t {
  None, HandleKind, TimerKind, ResumeKind, StepEndWait, FutureKind, QueueKind, SyncKind,
  ThreadWait, ThreadOutcome  // ThreadBlock's ThreadWait; ThreadResult's 0 returned / 1 raised
};

ArgType arg_type(EventKind k);
AuxType aux_type(EventKind k);

const char* handle_kind_name(HandleKind k);  // "task_step"
const char* timer_kind_name(TimerKind k);    // "sleep"
const char* resume_kind_name(ResumeKind k);  // "first"
const char* step_end_name(StepEnd k);        // "suspended"
const char* wait_kind_name(WaitKind k);      // "timer"
const char* future_kind_name(FutureKind k);  // "plain"
const char* queue_kind_name(QueueKind k);    // "queue"
const char* sync_kind_name(SyncKind k);      // "lock"
const char* thread_wait_name(ThreadWait k);  // "sleep"
const char* thread_outcome_name(uint16_t aux);  // "returned" / "raised"

// Shortest text that reads back as the same double ("0.1", "1e-09", "3").
std::string format_double(double d);

// A JSON string literal for s, quotes included: UTF-8 passes through,
// '"' '\\' and control characters are escaped; invalid UTF-8 bytes become
// U+FFFD so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

}  // namespace sandbox::trace
