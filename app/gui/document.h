// One loaded program: its text (as typed), the run's trace source, the derived
// timeline index, the cursor and the model at it, breakpoints and errors.
// All the stepping logic lives here, free of ImGui, so it is tested directly.
// Going back only moves the cursor; only loading (re-running) records anew.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "source.h"
#include "trace_index.h"

namespace sandbox::gui {

using SourceFactory =
    std::function<std::unique_ptr<TraceSource>(const std::string& text, const std::string& filename, Diagnostic*)>;

struct RuntimeError {
  int line = 0;
  std::string message;     // "ValueError: boom", the traceback's last line
};

class Document {
 public:
  Document();
  Document(const Document&) = delete;   // the default factory refers to this
  Document& operator=(const Document&) = delete;
  void set_factory(SourceFactory f) { factory_ = std::move(f); }
  // Virtual or live; takes effect at the next load (or rerun).
  void set_run_mode(RunMode m) { mode_ = m; }
  const RunMode& run_mode() const { return mode_; }

  // Compiles and prepares `text`.  On a syntax error the text is kept as typed,
  // diagnostic() says where, and the previous run (if any) stays shown.
  bool load(std::string text, std::string path);
  bool rerun() { return load(text, path); }

  // The text as the user typed it (may differ from what the run was made of).
  std::string text;
  std::string path;                 // file on disk, "" if none
  std::string run_text;             // the text the current run was made of
  bool dirty = false;               // edited since last save
  std::set<int> breakpoints;

  bool has_run() const { return src_ != nullptr; }
  const std::optional<Diagnostic>& diagnostic() const { return diag_; }
  const std::optional<RuntimeError>& runtime_error() const { return rt_error_; }
  const TraceSource* source() const { return src_.get(); }
  const TraceIndex& index() const { return index_; }
  std::string filename() const;     // basename or "untitled.py"

  uint64_t cursor() const { return cursor_; }
  uint64_t recorded() const { return src_ ? src_->size() : 0; }
  bool finished() const;            // the program has ended: nothing more to run
  const model::Model& model() const { return model_; }

  // Controls.  Each returns true if the cursor moved.
  bool set_cursor(uint64_t c);      // clamped to what is recorded
  bool step(StopKind kind);         // Event, Line, Callback, Iteration, Output, Breakpoint
  bool step_back();
  bool reset() { return set_cursor(0); }
  bool to_end();
  bool jump_to_time(double t);
  // Play: advance by up to `events` events (stops at a breakpoint line).
  bool play_events(uint64_t events);
  // Play in virtual time: move to the first event at or after time t.
  bool play_until_time(double t);

  // Live runs: take in what the worker recorded since the last frame (never
  // waits on the network).  A cursor at the end stays at the end.  Returns
  // how many events arrived.
  uint64_t sync_live();
  bool live() const { return src_ && src_->live(); }
  bool live_running() const { return src_ && src_->live_running(); }
  // Stop, as Ctrl+C.  The KeyboardInterrupt it raises is the user's doing,
  // not the program's error: no runtime error is reported for it, and the
  // traceback it prints from here on is left out of the console.
  void interrupt() {
    if (!src_) return;
    if (src_->live_running() && !stopped_by_user_) {
      stopped_by_user_ = true;
      stop_seq_ = src_->size();
    }
    src_->interrupt();
  }
  bool stopped_by_user() const { return stopped_by_user_; }
  uint64_t stop_seq() const { return stop_seq_; }
  // The live speed factor: the next run's, and the running one's at once.
  void set_live_speed(double speed) {
    mode_.speed = speed;
    if (src_) src_->set_speed(speed);
  }

  // The event just before the cursor (the one that "just happened").
  const trace::Event* current_event() const;
  std::string str(int64_t id) const { return src_ ? std::string(src_->str(id)) : std::string(); }

 private:
  void after_advance();
  void find_runtime_error();

  RunMode mode_;
  SourceFactory factory_;
  std::unique_ptr<TraceSource> src_;
  TraceIndex index_;
  std::optional<Diagnostic> diag_;
  std::optional<RuntimeError> rt_error_;
  uint64_t cursor_ = 0;
  model::Model model_;
  bool stopped_by_user_ = false;
  uint64_t stop_seq_ = 0;
};

}  // namespace sandbox::gui
