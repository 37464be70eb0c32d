#include "trace/event_info.h"

#include <charconv>
#include <cmath>

namespace sandbox::trace {

ArgType arg_type(EventKind k) {
  switch (k) {
    case EventKind::ProgramStart: case EventKind::Output: case EventKind::Limit:
    case EventKind::Name: case EventKind::HandleScheduled: case EventKind::TaskCreated:
    case EventKind::TaskStepEnd: case EventKind::TaskCancelRequested:
    case EventKind::FutureResult: case EventKind::FutureException:
    case EventKind::FutureCancelled: case EventKind::CallbackAdded: case EventKind::QueuePut:
    case EventKind::QueueGet: case EventKind::ExcRaised: case EventKind::ExcUncaught:
    case EventKind::ThreadStart: case EventKind::ThreadWork: case EventKind::ThreadResult:
      return ArgType::Str;
    case EventKind::LoopBlocked: case EventKind::PhaseComputeTimeout:
    case EventKind::ClockAdvance: case EventKind::TimerScheduled: case EventKind::ThreadBlock:
      return ArgType::Double;
    case EventKind::ProgramEnd: case EventKind::PhasePollIO: case EventKind::PhaseDueTimers:
    case EventKind::PhaseRunReady: case EventKind::QueueCreated: case EventKind::QueueTaskDone:
    case EventKind::SyncCreated: case EventKind::SyncNotify: case EventKind::SockListen:
    case EventKind::SockConnect: case EventKind::SockAccept: case EventKind::SockRefused:
    case EventKind::SockWrite: case EventKind::SockRead:
      return ArgType::Int;
    default:
      return ArgType::None;
  }
}

AuxType aux_type(EventKind k) {
  switch (k) {
    case EventKind::HandleScheduled: return AuxType::HandleKind;
    case EventKind::TimerScheduled: return AuxType::TimerKind;
    case EventKind::TaskStepBegin: return AuxType::ResumeKind;
    case EventKind::TaskStepEnd: return AuxType::StepEndWait;
    case EventKind::FutureCreated: return AuxType::FutureKind;
    case EventKind::QueueCreated: return AuxType::QueueKind;
    case EventKind::SyncCreated: return AuxType::SyncKind;
    case EventKind::ThreadBlock: return AuxType::ThreadWait;
    case EventKind::ThreadResult: return AuxType::ThreadOutcome;
    default: return AuxType::None;
  }
}

template <size_t N>
static const char* pick(const char* const (&names)[N], uint16_t i) {
  return i < N ? names[i] : "unknown";
}

const char* handle_kind_name(HandleKind k) {
  static const char* const n[] = {"task_step", "task_wakeup", "future_callback", "user_callback", "internal"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* timer_kind_name(TimerKind k) {
  static const char* const n[] = {"sleep", "call_later", "timeout", "wait_for", "wait", "internal"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* resume_kind_name(ResumeKind k) {
  static const char* const n[] = {"first", "send", "throw"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* step_end_name(StepEnd k) {
  static const char* const n[] = {"suspended", "returned", "raised", "cancelled"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* wait_kind_name(WaitKind k) {
  static const char* const n[] = {"none", "yield", "timer", "future", "task", "gather", "queue",
                                  "lock", "semaphore", "event", "condition", "socket", "other"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* future_kind_name(FutureKind k) {
  static const char* const n[] = {"plain", "sleep", "gather", "shield", "wait_for", "wait", "waiter", "internal"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* queue_kind_name(QueueKind k) {
  static const char* const n[] = {"queue", "lifo", "priority"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* thread_wait_name(ThreadWait k) {
  static const char* const n[] = {"sleep", "wait", "idle", "join", "select"};
  return pick(n, static_cast<uint16_t>(k));
}
const char* thread_outcome_name(uint16_t aux) { return aux == 0 ? "returned" : "raised"; }
const char* sync_kind_name(SyncKind k) {
  static const char* const n[] = {"lock", "event", "condition", "semaphore", "bounded_semaphore"};
  return pick(n, static_cast<uint16_t>(k));
}

std::string format_double(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  // Plain digits for everyday magnitudes (timestamps in microseconds, 0.25 s),
  // the shortest exponent form otherwise; both read back exactly.
  double a = std::fabs(d);
  bool fixed = a == 0 || (a >= 1e-4 && a < 1e16);
  auto r = fixed ? std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed)
                 : std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, r.ptr);
}

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
static size_t utf8_len(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 0;
  if (n == 2 && c < 0xc2) return 0;  // overlong
  return n;
}

void append_json_string(std::string& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  out.push_back('"');
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t n = utf8_len(s, i);
      if (n == 0) {
        out.append("\\ufffd");
        ++i;
      } else {
        out.append(s.substr(i, n));
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out.append("\\u00");
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out.push_back('"');
}

}  // namespace sandbox::trace
