// Text and JSONL exporters: one line per event.
#include <cstdio>

#include "trace/event_info.h"
#include "trace/export.h"

namespace sandbox::trace {

namespace {

void append_aux(std::string& out, const Event& e, bool json) {
  auto field = [&](const char* key, const char* value) {
    if (json) {
      out.append(",\"").append(key).append("\":\"").append(value).push_back('"');
    } else {
      out.append(" ").append(key).append("=").append(value);
    }
  };
  switch (aux_type(e.kind)) {
    case AuxType::None: break;
    case AuxType::HandleKind: field("handle_kind", handle_kind_name(static_cast<HandleKind>(e.aux))); break;
    case AuxType::TimerKind: field("timer_kind", timer_kind_name(static_cast<TimerKind>(e.aux))); break;
    case AuxType::ResumeKind: field("resume", resume_kind_name(static_cast<ResumeKind>(e.aux))); break;
    case AuxType::StepEndWait:
      field("end", step_end_name(e.step_end()));
      if (e.step_end() == StepEnd::Suspended) field("wait", wait_kind_name(e.wait_kind()));
      break;
    case AuxType::FutureKind: field("future_kind", future_kind_name(static_cast<FutureKind>(e.aux))); break;
    case AuxType::QueueKind: field("queue_kind", queue_kind_name(static_cast<QueueKind>(e.aux))); break;
    case AuxType::SyncKind: field("sync_kind", sync_kind_name(static_cast<SyncKind>(e.aux))); break;
    case AuxType::ThreadWait: field("wait", thread_wait_name(static_cast<ThreadWait>(e.aux))); break;
    case AuxType::ThreadOutcome: field("outcome", thread_outcome_name(e.aux)); break;
  }
}

void append_json_double(std::string& out, double d) {
  if (d != d || d - d != 0) out.append("null");  // NaN / infinity are not JSON
  else out.append(format_double(d));
}

}  // namespace

std::string event_text(const Trace& t, uint64_t seq) {
  const Event& e = t[seq];
  char head[96];
  std::snprintf(head, sizeof head, "%7llu %10.6f it=%-4u %-22s", static_cast<unsigned long long>(seq),
                e.time, e.iter, kind_name(e.kind));
  std::string out = head;
  auto num = [&](const char* key, uint64_t v) {
    if (v) out.append(" ").append(key).append("=").append(std::to_string(v));
  };
  num("task", e.task);
  num("obj", e.obj);
  num("line", e.line);
  append_aux(out, e, false);
  switch (arg_type(e.kind)) {
    case ArgType::Str:
      if (e.arg != kNoString) {
        out.append(" ");
        append_json_string(out, t.str(e.arg));  // quoted and escaped: one line per event
      }
      break;
    case ArgType::Double: out.append(" ").append(format_double(e.arg_d())); break;
    case ArgType::Int: out.append(" ").append(std::to_string(e.arg)); break;
    case ArgType::None: break;
  }
  if (e.cause) out.append(" <- #").append(std::to_string(e.cause - 1));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void export_text(const Trace& t, std::ostream& out) {
  std::string buf;
  for (uint64_t i = 0; i < t.size(); ++i) {
    buf += event_text(t, i);
    buf.push_back('\n');
    if (buf.size() > (1 << 16)) {
      out << buf;
      buf.clear();
    }
  }
  out << buf;
}

std::string event_json(const Trace& t, uint64_t seq) {
  const Event& e = t[seq];
  std::string out = "{\"seq\":" + std::to_string(seq) + ",\"kind\":\"" + kind_name(e.kind) + "\",\"time\":";
  append_json_double(out, e.time);
  out.append(",\"iter\":").append(std::to_string(e.iter));
  out.append(",\"task\":").append(std::to_string(e.task));
  out.append(",\"obj\":").append(std::to_string(e.obj));
  out.append(",\"cause\":").append(std::to_string(e.cause));
  out.append(",\"line\":").append(std::to_string(e.line));
  out.append(",\"aux\":").append(std::to_string(e.aux));
  out.append(",\"arg\":");
  switch (arg_type(e.kind)) {
    case ArgType::Str:
      if (e.arg == kNoString) out.append("null");
      else append_json_string(out, t.str(e.arg));
      break;
    case ArgType::Double: append_json_double(out, e.arg_d()); break;
    case ArgType::Int:
    case ArgType::None: out.append(std::to_string(e.arg)); break;
  }
  append_aux(out, e, true);
  out.push_back('}');
  return out;
}

void export_jsonl(const Trace& t, std::ostream& out) {
  std::string buf;
  for (uint64_t i = 0; i < t.size(); ++i) {
    buf += event_json(t, i);
    buf.push_back('\n');
    if (buf.size() > (1 << 16)) {
      out << buf;
      buf.clear();
    }
  }
  out << buf;
}

void export_stats(const Trace& t, std::ostream& out) {
  uint64_t counts[static_cast<size_t>(EventKind::Count)] = {};
  for (uint64_t i = 0; i < t.size(); ++i) {
    auto k = static_cast<size_t>(t[i].kind);
    if (k < static_cast<size_t>(EventKind::Count)) ++counts[k];
  }
  size_t bytes = t.memory_bytes();
  char per[32];
  std::snprintf(per, sizeof per, "%.1f", t.empty() ? 0.0 : static_cast<double>(bytes) / static_cast<double>(t.size()));
  out << "events: " << t.size() << "\n"
      << "strings: " << t.string_count() << "\n"
      << "trace_bytes: " << bytes << "\n"
      << "bytes_per_event: " << per << "\n";
  for (size_t k = 0; k < static_cast<size_t>(EventKind::Count); ++k)
    if (counts[k]) out << "kind." << kind_name(static_cast<EventKind>(k)) << ": " << counts[k] << "\n";
}

}  // namespace sandbox::trace
