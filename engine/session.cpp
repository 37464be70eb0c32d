// The session: owns the trace, the recorder, the model index and the driver
// that runs the program; runs further only when a stop needs it.
#include "session.h"

#include <algorithm>

#include "session_impl.h"
#include "session_runner.h"

namespace sandbox {

using trace::EventKind;

// Passes Output events published since the last call to the text buffers
// and the callbacks (the trace is the one source of the program's output).
void Session::Impl::forward_output() {
  for (uint64_t n = trace.size(); forwarded < n; ++forwarded) {
    const trace::Event& e = trace[forwarded];
    if (e.kind != EventKind::Output) continue;
    std::string_view text = trace.str(e.arg);
    if (e.obj == 2) {
      if (keeps_text(opt.on_stderr)) err.append(text);
      if (opt.on_stderr) opt.on_stderr(text, e.time);
    } else {
      if (keeps_text(opt.on_stdout)) out.append(text);
      if (opt.on_stdout) opt.on_stdout(text, e.time);
    }
  }
}

void Session::Impl::publish() {
  if (live_trace) {
    uint64_t n = live_trace->size();
    copy_events(*live_trace, copied, n, trace);
    copied = n;
    live_trace->discard_before(copied);
  }
  forward_output();
  // Output that cannot go through the trace any more (it is full) comes
  // after what was recorded.
  for (const Direct& d : direct) {
    if (d.stream == 2) {
      if (keeps_text(opt.on_stderr)) err.append(d.text);
      if (opt.on_stderr) opt.on_stderr(d.text, d.time);
    } else {
      if (keeps_text(opt.on_stdout)) out.append(d.text);
      if (opt.on_stdout) opt.on_stdout(d.text, d.time);
    }
  }
  direct.clear();
  if (!opt.keep_trace) trace.discard_before(forwarded);
  state = run_state;
  exit_status = run_exit;
}

// Records a limit (once) and writes its message on stderr, unless the
// driver did both already.
void Session::Impl::stop_with(const std::string& message, bool already_written) {
  trace::Trace& t = rec_trace();
  bool recorded = false;
  for (uint64_t s = t.size(); s-- > t.first_kept();) {
    const trace::Event& e = t[s];
    if (e.kind == EventKind::Limit) {
      recorded = true;
      break;
    }
    if (e.kind == EventKind::HandleRun || e.kind == EventKind::IterationBegin) break;  // older
  }
  if (!recorded && !rec->capped()) rec->emit_str(EventKind::Limit, message, {.task = 0});
  if (!already_written) write_direct(2, message + "\n");
  run_state = RunState::Stopped;
  run_exit = 1;
}

void Session::Impl::run_step() {
  if (!run_running()) return;
  SessionDriver::Status st = driver->step();
  if (rec->capped() && st == SessionDriver::Status::Running) {
    stop_with(trace::Recorder::cap_message(rec->max_events()), false);
    driver_finished();
    return;
  }
  switch (st) {
    case SessionDriver::Status::Running:
      break;
    case SessionDriver::Status::Finished:
      run_state = RunState::Finished;
      run_exit = 0;
      break;
    case SessionDriver::Status::Failed:
      run_state = RunState::Failed;
      run_exit = driver->failed_exit_status();
      break;
    case SessionDriver::Status::Stopped:
      stop_with(driver->limit_message(), driver->writes_limit_message());
      break;
  }
  if (!run_running()) driver_finished();
}

// ProgramEnd closes the trace of a real run (scripted drivers record their own).
void Session::Impl::driver_finished() {
  if (program_events && !rec->capped())
    rec->emit(EventKind::ProgramEnd, {.task = 0, .arg = run_exit, .line = 0});
}

bool Session::Impl::matches(uint64_t seq, const StopRequest& req) const {
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

Session::Session() : impl_(std::make_unique<Impl>()) {}
Session::~Session() { stop_live(); }

bool Session::load(std::string source, SessionOptions options) {
  stop_live();
  Diagnostic diag;
  // A fresh Impl per load: a session runs one program.
  auto impl = std::make_unique<Impl>();
  // A live program records into its own trace, which publish() copies
  // (session_live.cpp): it may run on a worker thread.
  if (options.live) impl->live_trace = std::make_unique<trace::Trace>();
  impl->rec = std::make_unique<trace::Recorder>(impl->rec_trace(), options.max_events, options.record_lines);
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
    impl->publish();  // ProgramStart
    impl_ = std::move(impl);
    return false;
  }
  impl->driver = std::move(driver);
  impl->state = impl->run_state = RunState::Running;
  impl->program_events = true;
  impl_ = std::move(impl);
  impl_->publish();  // ProgramStart
  return true;
}

bool Session::load_driver(const DriverFactory& make, SessionOptions options) {
  stop_live();
  auto impl = std::make_unique<Impl>();
  impl->rec = std::make_unique<trace::Recorder>(impl->trace, options.max_events, options.record_lines);
  impl->opt = std::move(options);
  impl->driver = make(*impl->rec);
  impl->state = impl->run_state = RunState::Running;
  impl_ = std::move(impl);
  return true;
}

trace::Recorder* Session::recorder() { return impl_->rec.get(); }

const Diagnostic* Session::diagnostic() const { return impl_->diag ? &*impl_->diag : nullptr; }
const std::string& Session::source() const { return impl_->source; }

uint64_t Session::advance(uint64_t from, const StopRequest& req) {
  Impl& s = *impl_;
  if (s.worker.joinable()) {
    sync_live();
    return s.trace.size();
  }
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
  if (impl_->worker.joinable()) {
    sync_live();
    return;
  }
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
