// ModelIndex: the model at any cursor of a growing trace.  A head builder
// follows the trace as it grows and snapshots its state into a keyframe
// every `interval` events (more sparsely when the state is large, so
// keyframes never cost more memory than ~the events they cover); model_at
// copies the nearest keyframe at or before the cursor and replays the rest.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "model/builder.h"
#include "model/model.h"
#include "trace/trace.h"

namespace sandbox::model {

class ModelIndex {
 public:
  explicit ModelIndex(const trace::Trace& t, uint64_t interval = 4096);

  // Consumes events appended to the trace since the last call.
  void sync();
  // The state after events [0, cursor); cursor is clamped to the trace size.
  // Calls sync() first.
  Model model_at(uint64_t cursor);
  // The state at the end of the trace (after sync()).
  Model head() { return model_at(trace_->size()); }

  size_t keyframe_count() const { return keyframes_.size(); }
  size_t memory_bytes() const;
  // The console up to the head (it only grows).
  const std::vector<ConsoleLine>& console() const { return console_; }

 private:
  struct Keyframe {
    uint64_t seq;          // events [0, seq) applied
    ModelBuilder state;
    ConsoleMark mark;
  };
  std::vector<ConsoleLine> console_prefix(const ConsoleMark& mark) const;

  const trace::Trace* trace_;
  uint64_t interval_;
  ModelBuilder head_;
  std::vector<ConsoleLine> console_;
  // A deque: growing it never copies the keyframes (ModelBuilder's move may throw).
  std::deque<Keyframe> keyframes_;
};

}  // namespace sandbox::model
