#include "document.h"

#include <algorithm>
#include <filesystem>

namespace sandbox::gui {

Document::Document()
    : factory_([this](const std::string& text, const std::string& filename, Diagnostic* diag) {
        return make_session_source(text, filename, diag, mode_);
      }) {}

uint64_t Document::sync_live() {
  if (!src_ || !src_->live()) return 0;
  const bool at_end = cursor_ >= src_->size();
  const uint64_t n = src_->sync();
  if (n == 0) return 0;
  after_advance();
  if (at_end && cursor_ != src_->size()) {
    cursor_ = src_->size();
    model_ = src_->model_at(cursor_);
  }
  return n;
}

std::string Document::filename() const {
  if (path.empty()) return "untitled.py";
  return std::filesystem::path(path).filename().string();
}

bool Document::load(std::string new_text, std::string new_path) {
  text = std::move(new_text);
  path = std::move(new_path);
  Diagnostic d;
  d.filename = path.empty() ? "<string>" : path;
  auto src = factory_(text, path.empty() ? "<string>" : path, &d);
  if (!src) {
    diag_ = d;                      // previous run stays on screen
    return false;
  }
  diag_.reset();
  rt_error_.reset();
  stopped_by_user_ = false;
  stop_seq_ = 0;
  src_ = std::move(src);
  run_text = text;
  index_.clear();
  after_advance();
  // A live run is watched at its newest event (sync_live keeps it there).
  cursor_ = src_->live() ? src_->size() : 0;
  model_ = src_->model_at(cursor_);
  return true;
}

bool Document::finished() const {
  if (!src_) return true;
  return src_->state() != RunState::Running && src_->state() != RunState::Empty;
}

void Document::after_advance() {
  if (!src_) return;
  if (index_.indexed() < src_->size()) index_.extend(*src_);
  if (finished() && !rt_error_) find_runtime_error();
}

void Document::find_runtime_error() {
  if (src_->state() != RunState::Failed) return;
  // The traceback's last line names the exception; its line is where the last
  // exception was raised in the task that failed (ExcUncaught carries the task).
  const uint64_t n = src_->size();
  for (uint64_t i = n; i-- > 0;) {
    const trace::Event& e = src_->event(i);
    if (e.kind != trace::EventKind::ExcUncaught) continue;
    RuntimeError err;
    err.message = std::string(src_->str(e.arg));
    for (uint64_t j = i; j-- > 0;) {
      const trace::Event& r = src_->event(j);
      if (r.kind == trace::EventKind::ExcRaised && r.task == e.task && r.line) {
        err.line = static_cast<int>(r.line);
        break;
      }
    }
    if (err.line == 0 && e.line) err.line = static_cast<int>(e.line);
    if (stopped_by_user_ && err.message.rfind("KeyboardInterrupt", 0) == 0) return;   // the Stop button's own
    rt_error_ = err;
    return;
  }
}

bool Document::set_cursor(uint64_t c) {
  if (!src_) return false;
  c = std::min<uint64_t>(c, src_->size());
  if (c == cursor_) return false;
  cursor_ = c;
  model_ = src_->model_at(c);
  return true;
}

bool Document::step(StopKind kind) {
  if (!src_) return false;
  StopRequest req;
  req.kind = kind;
  if (kind == StopKind::Breakpoint) {
    req.lines.assign(breakpoints.begin(), breakpoints.end());
    if (req.lines.empty()) req.kind = StopKind::End;
  }
  uint64_t c = src_->advance(cursor_, req);
  after_advance();
  return set_cursor(c);
}

bool Document::step_back() { return cursor_ > 0 && set_cursor(cursor_ - 1); }

bool Document::to_end() {
  if (!src_) return false;
  src_->run_to_end();
  after_advance();
  return set_cursor(src_->size());
}

bool Document::jump_to_time(double t) {
  if (!src_) return false;
  StopRequest req;
  req.kind = StopKind::Time;
  req.time = t;
  uint64_t c = src_->advance(0, req);
  after_advance();
  // advance points just past the first event at time >= t; land before it so
  // the model shows the state as of time t.
  if (c > 0 && c <= src_->size() && src_->event(c - 1).time >= t) --c;
  return set_cursor(c);
}

bool Document::play_events(uint64_t events) {
  if (!src_) return false;
  uint64_t c = cursor_;
  for (uint64_t i = 0; i < events; ++i) {
    uint64_t next = src_->advance(c, StopRequest{});
    if (next == c) break;
    c = next;
    const trace::Event& e = src_->event(c - 1);
    if (e.kind == trace::EventKind::Line && breakpoints.count(static_cast<int>(e.line))) break;
  }
  after_advance();
  return set_cursor(c);   // one model rebuild per call, not per event
}

bool Document::play_until_time(double t) {
  if (!src_) return false;
  StopRequest req;
  req.kind = StopKind::Time;
  req.time = t;
  uint64_t c = src_->advance(cursor_, req);
  after_advance();
  if (c > cursor_ + 1 && c <= src_->size() && src_->event(c - 1).time > t) --c;
  return set_cursor(c);
}

const trace::Event* Document::current_event() const {
  if (!src_ || cursor_ == 0 || cursor_ > src_->size()) return nullptr;
  return &src_->event(cursor_ - 1);
}

}  // namespace sandbox::gui
