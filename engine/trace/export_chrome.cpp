// The Chrome Trace Event Format exporter (JSON object form, "traceEvents").
// See export.h for the lanes and the two axes.
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include "trace/event_info.h"
#include "trace/export.h"

namespace sandbox::trace {

namespace {

constexpr uint32_t kLoopLane = 0;
constexpr uint64_t kIterationWidth = 10;  // extra microseconds per loop iteration (steps axis)

class ChromeWriter {
 public:
  ChromeWriter(const Trace& t, std::ostream& out, const ChromeOptions& o) : t_(t), out_(out), opt_(o) {}

  void run() {
    buf_ = "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"axis\":";
    buf_ += opt_.axis == ChromeAxis::Steps ? "\"steps\"" : "\"time\"";
    buf_ += ",\"events\":" + std::to_string(t_.size()) + "},\"traceEvents\":[\n";
    collect_names();
    metadata();
    for (uint64_t s = 0; s < t_.size(); ++s) event(s);
    close_all(t_.empty() ? 0 : end_ts());
    buf_ += "\n]}\n";
    out_ << buf_;
  }

 private:
  struct Open {
    std::string ts;       // formatted begin timestamp
    double begin = 0;
    std::string name;
    std::string args;     // JSON object body, without braces
  };

  double ts_of(uint64_t seq) const {
    const Event& e = t_[seq];
    if (opt_.axis == ChromeAxis::Time) return e.time * 1e6;
    return static_cast<double>(seq + kIterationWidth * e.iter);
  }
  double end_ts() const { return ts_of(t_.size() - 1) + 1; }

  void begin_record() {
    if (!first_) buf_ += ",\n";
    first_ = false;
    if (buf_.size() > (1 << 16)) {
      out_ << buf_;
      buf_.clear();
    }
  }
  void num(const char* key, double v) {
    buf_ += ",\"";
    buf_ += key;
    buf_ += "\":";
    buf_ += format_double(v);
  }
  void str(const char* key, std::string_view v) {
    buf_ += ",\"";
    buf_ += key;
    buf_ += "\":";
    append_json_string(buf_, v);
  }
  void head(const char* ph, std::string_view name, uint32_t tid, double ts, const char* cat) {
    begin_record();
    buf_ += "{\"ph\":\"";
    buf_ += ph;
    buf_ += "\"";
    str("name", name);
    str("cat", cat);
    buf_ += ",\"pid\":1";
    num("tid", tid);
    num("ts", ts);
  }

  void collect_names() {
    for (uint64_t s = 0; s < t_.size(); ++s) {
      const Event& e = t_[s];
      if (e.kind == EventKind::TaskCreated) {
        uint32_t id = e.obj ? e.obj : e.task;
        coro_[id] = std::string(t_.str(e.arg));
        tasks_.push_back(id);
      } else if (e.kind == EventKind::ThreadStart) {
        threads_.emplace_back(e.obj, std::string(t_.str(e.arg)));
        thread_lanes_.insert(e.obj);
      } else if (e.kind == EventKind::Name && names_.count(e.obj) == 0) {
        names_[e.obj] = std::string(t_.str(e.arg));  // the first name a task gets labels its lane
      }
    }
  }
  std::string name_of(uint32_t id, const char* fallback) const {
    auto it = names_.find(id);
    if (it != names_.end()) return it->second;
    return std::string(fallback) + " #" + std::to_string(id);
  }

  void metadata() {
    auto meta = [&](const char* what, uint32_t tid, std::string_view value, bool sort, int64_t index) {
      begin_record();
      buf_ += "{\"ph\":\"M\",\"pid\":1";
      num("tid", tid);
      str("name", what);
      buf_ += ",\"args\":{";
      if (sort) buf_ += "\"sort_index\":" + std::to_string(index);
      else {
        buf_ += "\"name\":";
        append_json_string(buf_, value);
      }
      buf_ += "}}";
    };
    meta("process_name", 0, opt_.process_name, false, 0);
    meta("thread_name", kLoopLane, "event loop", false, 0);
    meta("thread_sort_index", kLoopLane, "", true, 0);
    for (uint32_t id : tasks_) {
      std::string label = name_of(id, "Task");
      auto c = coro_.find(id);
      if (c != coro_.end() && !c->second.empty()) label += " (" + c->second + ")";
      meta("thread_name", id, label, false, 0);
      meta("thread_sort_index", id, "", true, id);
    }
    // Worker threads below the tasks (ids share one space: no clash).
    for (auto& [id, name] : threads_) {
      meta("thread_name", id, "thread " + name, false, 0);
      meta("thread_sort_index", id, "", true, int64_t{1} << 30 | id);
    }
  }

  // Emits an "X" slice on `tid` that began at `o` and ends at `end`.
  void complete(uint32_t tid, const Open& o, double end, const char* cat) {
    head("X", o.name, tid, o.begin, cat);
    num("dur", end > o.begin ? end - o.begin : 0);
    buf_ += ",\"args\":{" + o.args + "}}";
  }
  Open open_at(uint64_t seq, std::string name, std::string args = {}) {
    Open o;
    o.begin = ts_of(seq);
    o.name = std::move(name);
    o.args = std::move(args);
    return o;
  }
  void close_handle(double ts) {
    if (handle_) complete(kLoopLane, *handle_, ts, "handle");
    handle_.reset();
  }
  void close_phase(double ts) {
    close_handle(ts);
    if (phase_) complete(kLoopLane, *phase_, ts, "phase");
    phase_.reset();
  }
  void close_iteration(double ts) {
    close_phase(ts);
    if (iteration_) complete(kLoopLane, *iteration_, ts, "iteration");
    iteration_.reset();
  }
  void close_module(double ts) {
    if (module_) complete(kLoopLane, *module_, ts, "module");
    module_.reset();
  }
  void close_all(double ts) {
    close_iteration(ts);
    close_module(ts);
    for (auto& [tid, o] : steps_) complete(tid, o, ts, "step");
    steps_.clear();
    for (auto& [tid, o] : thread_runs_) complete(tid, o, ts, "thread");
    thread_runs_.clear();
    for (auto& [tid, o] : thread_work_) complete(tid, o, ts, "work");
    thread_work_.clear();
  }

  static std::string jstr(std::string_view key, std::string_view v) {
    std::string s;
    s.push_back('"');
    s.append(key);
    s.append("\":");
    append_json_string(s, v);
    return s;
  }

  void counter(const std::string& name, const char* key, int64_t v, double ts) {
    begin_record();
    buf_ += "{\"ph\":\"C\",\"pid\":1";
    str("name", name);
    num("ts", ts);
    buf_ += ",\"args\":{\"";
    buf_ += key;
    buf_ += "\":" + std::to_string(v) + "}}";
  }
  void instant(std::string_view name, uint32_t tid, double ts, const char* cat, const char* scope,
               const std::string& args = {}) {
    head("i", name, tid, ts, cat);
    buf_ += ",\"s\":\"";
    buf_ += scope;
    buf_ += "\",\"args\":{" + args + "}}";
  }

  // Where the arrow into a task step starts: walk back through the loop's
  // plumbing (the HandleRun that ran the step, the HandleScheduled or
  // TimerDue that queued it) to the event that made the task runnable (a
  // FutureResult, a QueuePut, a SyncWake, ...).  If the handle was queued
  // by a running step with no more specific cause (create_task, sleep(0)),
  // the arrow starts where it was queued.
  std::optional<uint64_t> waker(const Event& e) const {
    auto cause = [&](uint64_t seq) -> std::optional<uint64_t> {
      uint32_t c = t_[seq].cause;
      if (c == 0 || c - 1 >= seq) return std::nullopt;
      return c - 1;
    };
    auto plumbing = [&](uint64_t seq) {
      EventKind k = t_[seq].kind;
      return k == EventKind::HandleRun || k == EventKind::TaskStepBegin || k == EventKind::TaskStepEnd ||
             k == EventKind::IterationBegin || k == EventKind::PhaseRunReady;
    };
    std::optional<uint64_t> c;
    if (e.cause) c = e.cause - 1;
    else if (last_run_ != ~uint64_t{0}) c = last_run_;
    if (!c) return std::nullopt;
    if (t_[*c].kind == EventKind::HandleRun) {
      auto q = cause(*c);
      if (!q) {
        auto it = scheduled_at_.find(t_[*c].obj);
        if (it == scheduled_at_.end()) return c;
        q = it->second;
      }
      c = q;
    }
    EventKind k = t_[*c].kind;
    if (k == EventKind::HandleScheduled || k == EventKind::TimerDue) {
      if (auto why = cause(*c); why && !plumbing(*why) && t_[*why].kind != EventKind::HandleScheduled &&
                                t_[*why].kind != EventKind::TimerScheduled) {
        // A future finished for a worker thread (wrap_future's _set_state):
        // the arrow starts at the worker's result, in its lane.
        EventKind wk = t_[*why].kind;
        if (wk == EventKind::FutureResult || wk == EventKind::FutureException || wk == EventKind::FutureCancelled)
          if (auto w = cause(*why); w && thread_lanes_.count(lane_[*w])) return w;
        return why;
      }
    }
    return c;
  }

  void event(uint64_t s) {
    const Event& e = t_[s];
    double ts = ts_of(s);
    uint32_t lane = thread_lane_ ? thread_lane_ : running_ ? running_ : kLoopLane;
    lane_.push_back(lane);
    switch (e.kind) {
      case EventKind::ProgramStart:
        module_ = open_at(s, "module code", jstr("file", t_.str(e.arg)));
        break;
      case EventKind::ProgramEnd:
        close_all(ts);
        instant("program end (exit " + std::to_string(e.arg) + ")", kLoopLane, ts, "program", "g");
        break;
      case EventKind::LoopStart:
        close_module(ts);
        break;
      case EventKind::LoopStop:
        close_iteration(ts);
        module_ = open_at(s, "module code");
        break;
      case EventKind::IterationBegin:
        close_iteration(ts);
        iteration_ = open_at(s, "iteration " + std::to_string(e.iter));
        break;
      case EventKind::PhaseComputeTimeout:
      case EventKind::PhasePollIO:
      case EventKind::PhaseDueTimers:
      case EventKind::PhaseRunReady: {
        close_phase(ts);
        std::string args;
        if (e.kind == EventKind::PhaseComputeTimeout) args = "\"timeout\":" + (e.arg_d() < 0 ? std::string("null") : format_double(e.arg_d()));
        else args = "\"count\":" + std::to_string(e.arg);
        const char* name = e.kind == EventKind::PhaseComputeTimeout ? "compute timeout"
                           : e.kind == EventKind::PhasePollIO       ? "poll I/O"
                           : e.kind == EventKind::PhaseDueTimers    ? "due timers"
                                                                    : "run ready";
        phase_ = open_at(s, name, args);
        break;
      }
      case EventKind::HandleScheduled:
        scheduled_at_[e.obj] = s;
        break;
      case EventKind::TimerDue:
        scheduled_at_[e.obj] = s;
        break;
      case EventKind::HandleRun: {
        close_handle(ts);
        std::string name = "handle #" + std::to_string(e.obj);
        if (e.task) name += " -> " + name_of(e.task, "Task");
        handle_ = open_at(s, name, "\"handle\":" + std::to_string(e.obj));
        last_run_ = s;
        break;
      }
      case EventKind::TaskStepBegin: {
        auto c = coro_.find(e.task);
        std::string name = c != coro_.end() && !c->second.empty() ? c->second : name_of(e.task, "Task");
        std::string args = "\"resume\":\"" + std::string(resume_kind_name(static_cast<ResumeKind>(e.aux))) +
                           "\",\"line\":" + std::to_string(e.line);
        steps_[e.task] = open_at(s, name, args);
        if (auto w = waker(e); w && *w < s) {
          ++flow_id_;
          head("s", "wake-up", lane_[*w], ts_of(*w), "wake");
          buf_ += ",\"id\":" + std::to_string(flow_id_) + "}";
          head("f", "wake-up", e.task, ts, "wake");
          buf_ += ",\"bp\":\"e\",\"id\":" + std::to_string(flow_id_) + "}";
        }
        running_ = e.task;
        break;
      }
      case EventKind::TaskStepEnd: {
        auto it = steps_.find(e.task);
        if (it != steps_.end()) {
          Open o = std::move(it->second);
          steps_.erase(it);
          o.args += ",\"end\":\"" + std::string(step_end_name(e.step_end())) + "\"";
          if (e.step_end() == StepEnd::Suspended)
            o.args += ",\"wait\":\"" + std::string(wait_kind_name(e.wait_kind())) + "\",\"awaiting\":" + std::to_string(e.obj);
          if (e.arg != kNoString) o.args += "," + jstr("repr", t_.str(e.arg));
          complete(e.task, o, ts, "step");
        }
        if (running_ == e.task) running_ = 0;
        break;
      }
      case EventKind::Output: {
        std::string_view text = t_.str(e.arg);
        while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
        if (text.size() > 200) text = text.substr(0, 200);
        instant(text, lane, ts, e.obj == 2 ? "stderr" : "stdout", "t");
        break;
      }
      case EventKind::ExcRaised:
      case EventKind::ExcUncaught:
        instant(t_.str(e.arg), lane, ts, kind_name(e.kind), "t", "\"line\":" + std::to_string(e.line));
        break;
      case EventKind::ThreadRun:
        thread_lane_ = e.obj;
        if (e.obj) thread_runs_[e.obj] = open_at(s, "runs");
        break;
      case EventKind::ThreadBlock:
      case EventKind::ThreadEnd: {
        auto it = thread_runs_.find(e.obj);
        if (it != thread_runs_.end()) {
          Open o = std::move(it->second);
          thread_runs_.erase(it);
          if (e.kind == EventKind::ThreadBlock)
            o.args = "\"then\":\"" + std::string(thread_wait_name(static_cast<ThreadWait>(e.aux))) + "\"";
          complete(e.obj, o, ts, "thread");
        }
        break;
      }
      case EventKind::ThreadWork:
        thread_work_[e.obj] = open_at(s, std::string(t_.str(e.arg)));
        break;
      case EventKind::ThreadResult: {
        auto it = thread_work_.find(e.obj);
        if (it != thread_work_.end()) {
          Open o = std::move(it->second);
          thread_work_.erase(it);
          o.args = std::string("\"outcome\":\"") + thread_outcome_name(e.aux) + "\"," + jstr("repr", t_.str(e.arg));
          complete(e.obj, o, ts, "work");
        }
        break;
      }
      case EventKind::LoopBlocked:
        instant("time.sleep(" + format_double(e.arg_d()) + ") blocks the loop", lane, ts, "blocked", "p");
        break;
      case EventKind::Limit:
        instant(t_.str(e.arg), lane, ts, "limit", "g");
        break;
      case EventKind::QueueCreated:
        queue_size_[e.obj] = 0;
        counter(name_of(e.obj, "queue") + " size", "size", 0, ts);
        break;
      case EventKind::QueuePut:
      case EventKind::QueueGet: {
        int64_t& n = queue_size_[e.obj];
        n += e.kind == EventKind::QueuePut ? 1 : -1;
        if (n < 0) n = 0;
        counter(name_of(e.obj, "queue") + " size", "size", n, ts);
        break;
      }
      case EventKind::SyncCreated: {
        auto kind = static_cast<SyncKind>(e.aux);
        sync_kind_[e.obj] = kind;
        bool counting = kind == SyncKind::Semaphore || kind == SyncKind::BoundedSemaphore;
        sync_value_[e.obj] = counting ? e.arg : 0;
        counter(sync_label(e.obj), sync_key(e.obj), sync_value_[e.obj], ts);
        break;
      }
      case EventKind::SyncAcquire:
      case EventKind::SyncRelease:
      case EventKind::SyncWake:
      case EventKind::EventSet:
      case EventKind::EventClear: {
        auto k = sync_kind_.find(e.obj);
        if (k == sync_kind_.end()) break;
        bool counting = k->second == SyncKind::Semaphore || k->second == SyncKind::BoundedSemaphore;
        int64_t& v = sync_value_[e.obj];
        if (e.kind == EventKind::EventSet) v = 1;
        else if (e.kind == EventKind::EventClear) v = 0;
        else if (counting) v = e.arg;  // semaphore events carry the value after them
        else if (e.kind == EventKind::SyncWake) break;
        else v = e.kind == EventKind::SyncAcquire ? 1 : 0;
        counter(sync_label(e.obj), sync_key(e.obj), v, ts);
        break;
      }
      default:
        break;
    }
  }

  std::string sync_label(uint32_t id) const {
    auto k = sync_kind_.find(id);
    return name_of(id, k == sync_kind_.end() ? "sync" : sync_kind_name(k->second));
  }
  const char* sync_key(uint32_t id) const {
    auto k = sync_kind_.find(id);
    if (k == sync_kind_.end()) return "value";
    switch (k->second) {
      case SyncKind::Lock:
      case SyncKind::Condition: return "locked";
      case SyncKind::Event: return "set";
      default: return "value";
    }
  }

  const Trace& t_;
  std::ostream& out_;
  ChromeOptions opt_;
  std::string buf_;
  bool first_ = true;
  std::map<uint32_t, std::string> names_, coro_;  // ordered: metadata comes out by id
  std::vector<uint32_t> tasks_;
  std::vector<uint32_t> lane_;  // lane of every event so far (flow sources)
  uint32_t running_ = 0;
  uint32_t thread_lane_ = 0;  // the worker thread running (ThreadRun), 0 = the loop's thread
  std::vector<std::pair<uint32_t, std::string>> threads_;  // ThreadStart: id, name
  std::map<uint32_t, Open> thread_runs_, thread_work_;
  std::set<uint32_t> thread_lanes_;
  uint64_t last_run_ = ~uint64_t{0};
  uint64_t flow_id_ = 0;
  std::optional<Open> module_, iteration_, phase_, handle_;
  std::map<uint32_t, Open> steps_;
  std::unordered_map<uint32_t, uint64_t> scheduled_at_;  // lookups only
  std::map<uint32_t, int64_t> queue_size_, sync_value_;
  std::map<uint32_t, SyncKind> sync_kind_;
};

}  // namespace

void export_chrome(const Trace& t, std::ostream& out, const ChromeOptions& options) {
  ChromeWriter(t, out, options).run();
}

}  // namespace sandbox::trace
