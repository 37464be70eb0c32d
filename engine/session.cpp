// The session: owns the trace, the recorder, the model index and the driver
// that runs the program; runs further only when a stop needs it.
#include "session.h"

#include <algorithm>
#include <optional>

#include "model/model_index.h"
#include "session_driver.h"
#include "session_runner.h"
#include "trace/recorder.h"

namespace sandbox {

using trace::EventKind;

struct Session::Impl {
  SessionOptions opt;
  std::string source;
  std::optional<Diagnostic> diag;
  trace::Trace trace;
  std::unique_ptr<trace::Recorder> rec;
  mutable std::unique_ptr<model::ModelIndex> index;  // built on first model_at
  std::unique_ptr<SessionDriver> driver;
  RunState state = RunState::Empty;
  int exit_status = 0;
  std::string out, err;
  uint64_t forwarded = 0;  // events whose output has been passed on
  bool program_events = false;  // the session records ProgramStart/ProgramEnd

  bool running() const { return state == RunState::Running; }

  // Passes Output events recorded since the last call to the text buffers
  // and the callbacks (the trace is the one source of the program's output).
  void forward_output() {
    for (uint64_t n = trace.size(); forwarded < n; ++forwarded) {
      const trace::Event& e = trace[forwarded];
      if (e.kind != EventKind::Output) continue;
      std::string_view text = trace.str(e.arg);
      if (e.obj == 2) {
        err.append(text);
        if (opt.on_stderr) opt.on_stderr(text, e.time);
      } else {
        out.append(text);
        if (opt.on_stdout) opt.on_stdout(text, e.time);
      }
    }
  }

  // Output that cannot go through the trace any more (it is full).
  void write_direct(uint32_t stream, std::string_view text) {
    forward_output();  // what was recorded comes first
    double t = rec->time();
    if (stream == 2) {
      err.append(text);
      if (opt.on_stderr) opt.on_stderr(text, t);
    } else {
      out.append(text);
      if (opt.on_stdout) opt.on_stdout(text, t);
    }
  }

  // Records a limit (once) and writes its message on stderr, unless the
  // driver did both already.
  void stop_with(const std::string& message, bool already_written) {
    bool recorded = false;
    for (uint64_t s = trace.size(); s-- > trace.first_kept();) {
      const trace::Event& e = trace[s];
      if (e.kind == EventKind::Limit) {
        recorded = true;
        break;
      }
      if (e.kind == EventKind::HandleRun || e.kind == EventKind::IterationBegin) break;  // older
    }
    if (!recorded && !rec->capped()) rec->emit_str(EventKind::Limit, message, {.task = 0});
    forward_output();
    if (!already_written) write_direct(2, message + "\n");
    state = RunState::Stopped;
    exit_status = 1;
  }

  // Runs one unit of the program.
  void step() {
    if (!running()) return;
    SessionDriver::Status st = driver->step();
    forward_output();
    if (!opt.keep_trace) trace.discard_before(forwarded);
    if (rec->capped() && st == SessionDriver::Status::Running) {
      stop_with(trace::Recorder::cap_message(rec->max_events()), false);
      return;
    }
    switch (st) {
      case SessionDriver::Status::Running:
        break;
      case SessionDriver::Status::Finished:
        state = RunState::Finished;
        exit_status = 0;
        break;
      case SessionDriver::Status::Failed:
        state = RunState::Failed;
        exit_status = 1;
        break;
      case SessionDriver::Status::Stopped:
        stop_with(driver->limit_message(), driver->writes_limit_message());
        break;
    }
    if (!running()) driver_finished();
  }

  // ProgramEnd closes the trace of a real run (scripted drivers record their own).
  void driver_finished() {
    if (program_events && !rec->capped())
      rec->emit(EventKind::ProgramEnd, {.task = 0, .arg = exit_status, .line = 0});
    forward_output();
  }

  bool matches(uint64_t seq, const StopRequest& req) const {
    const trace::Event& e = trace[seq];
    switch (req.kind) {
      case StopKind::Event: return true;
      case StopKind::Line: return e.kind == EventKind::Line;
      case StopKind::Callback: return e.kind == EventKind::HandleRun;
      case StopKind::Iteration: return e.kind == EventKind::IterationBegin;
      case StopKind::Output: return e.kind == EventKind::Output;
      case StopKind::Time: return e.time >= req.time;
      case StopKind::Breakpoint:
        return e.kind == EventKind::Line &&
               std::find(req.lines.begin(), req.lines.end(), static_cast<int>(e.line)) != req.lines.end();
      case StopKind::End: return false;
    }
    return false;
  }
};

Session::Session() : impl_(std::make_unique<Impl>()) {}
Session::~Session() = default;

bool Session::load(std::string source, SessionOptions options) {
  Diagnostic diag;
  // A fresh Impl per load: a session runs one program.
  auto impl = std::make_unique<Impl>();
  impl->rec = std::make_unique<trace::Recorder>(impl->trace, options.max_events, options.record_lines);
  Impl* raw = impl.get();
  // First event of a real run (the runtime may record while it is set up).
  impl->rec->emit_str(EventKind::ProgramStart, options.filename, {.task = 0, .line = 0});
  std::unique_ptr<SessionDriver> driver = make_runner_driver(
      source, options, *impl->rec, [raw](uint32_t stream, std::string_view text) { raw->write_direct(stream, text); },
      &diag);
  impl->source = std::move(source);
  impl->opt = std::move(options);
  if (!driver) {
    impl->diag = std::move(diag);
    impl_ = std::move(impl);
    return false;
  }
  impl->driver = std::move(driver);
  impl->state = RunState::Running;
  impl->program_events = true;
  impl_ = std::move(impl);
  return true;
}

bool Session::load_driver(const DriverFactory& make, SessionOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->rec = std::make_unique<trace::Recorder>(impl->trace, options.max_events, options.record_lines);
  impl->opt = std::move(options);
  impl->driver = make(*impl->rec);
  impl->state = RunState::Running;
  impl_ = std::move(impl);
  return true;
}

trace::Recorder* Session::recorder() { return impl_->rec.get(); }

const Diagnostic* Session::diagnostic() const { return impl_->diag ? &*impl_->diag : nullptr; }
const std::string& Session::source() const { return impl_->source; }

uint64_t Session::advance(uint64_t from, const StopRequest& req) {
  Impl& s = *impl_;
  if (req.kind == StopKind::End) {
    run_to_end();
    return s.trace.size();
  }
  uint64_t pos = std::max(from, s.trace.first_kept());
  for (;;) {
    for (uint64_t n = s.trace.size(); pos < n; ++pos)
      if (s.matches(pos, req)) return pos + 1;
    if (!s.running()) return s.trace.size();
    s.step();
  }
}

void Session::run_to_end() {
  while (impl_->running()) impl_->step();
}

RunState Session::state() const { return impl_->state; }
int Session::exit_status() const { return impl_->exit_status; }
const std::string& Session::stdout_text() const { return impl_->out; }
const std::string& Session::stderr_text() const { return impl_->err; }
const trace::Trace& Session::trace() const { return impl_->trace; }

model::Model Session::model_at(uint64_t cursor) const {
  if (!impl_->opt.keep_trace) return {};
  if (!impl_->index) impl_->index = std::make_unique<model::ModelIndex>(impl_->trace);
  return impl_->index->model_at(cursor);
}

}  // namespace sandbox
