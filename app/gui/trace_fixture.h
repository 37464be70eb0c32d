// A TraceSource over a trace built in memory by code, with the engine's
// ModelIndex for the model at any cursor.  For the UI benchmark (a synthetic
// million-event trace) and the headless UI tests; never a way to run a
// program: it cannot run further than what was appended.
#pragma once
#include <memory>

#include "model/model_index.h"
#include "source.h"
#include "trace/trace.h"

namespace sandbox::gui {

class FixtureSource final : public TraceSource {
 public:
  FixtureSource();
  trace::Trace& trace() { return *trace_; }
  // Appends an event (seq = index); returns its seq.
  uint64_t add(trace::Event e);
  void set_state(RunState s) { state_ = s; }
  // Events are revealed `reveal` at a time as advance() asks for more, like a
  // session that runs further on demand.  Default: all of them.
  void set_revealed(uint64_t n) { revealed_ = n; }

  uint64_t size() const override;
  const trace::Event& event(uint64_t i) const override { return (*trace_)[i]; }
  std::string_view str(int64_t id) const override { return trace_->str(id); }
  model::Model model_at(uint64_t cursor) const override;
  uint64_t advance(uint64_t from, const StopRequest& req) override;
  void run_to_end() override { revealed_ = trace_->size(); }
  RunState state() const override;
  const std::string& stderr_text() const override { return stderr_; }
  bool export_chrome(const std::string&, std::string* error) const override {
    if (error) *error = "fixture";
    return false;
  }

 private:
  std::unique_ptr<trace::Trace> trace_;
  mutable std::unique_ptr<model::ModelIndex> models_;
  RunState state_ = RunState::Finished;
  uint64_t revealed_ = ~0ull;
  std::string stderr_;
};

// Builds events the way the engine's Recorder does (seq = index, cause =
// seq + 1 of the causing event, 0 = none), for hand-made traces: the UI
// tests' fixtures and the benchmark's synthetic trace share it.
class EventBuilder {
 public:
  explicit EventBuilder(FixtureSource& src) : src_(src) {}
  double now = 0;                 // time stamped on the next events
  uint32_t iter = 0;              // loop iteration stamped on the next events
  static constexpr uint64_t kNoCause = ~0ull;
  // Appends an event; returns its seq.  `cause_seq` is the causing event's seq.
  uint64_t add(trace::EventKind k, uint32_t task = 0, uint32_t obj = 0, int64_t arg = 0, uint16_t aux = 0,
               uint32_t line = 0, uint64_t cause_seq = kNoCause);
  int64_t str(const char* text) { return src_.trace().add_string(text); }      // a one-off string
  int64_t intern(const char* text) { return src_.trace().intern(text); }       // a repeated one
  static int64_t dbl(double v);                                              // a double in `arg`
  static uint16_t step_end(trace::StepEnd se, trace::WaitKind w = trace::WaitKind::None);
  // IterationBegin, compute timeout (`timeout` seconds), poll I/O.
  void iteration(double timeout);

 private:
  FixtureSource& src_;
};

// The benchmark's synthetic program shape: `tasks` tasks sleeping in turn,
// a producer/consumer queue and a semaphore, prints, until `events` events.
std::unique_ptr<FixtureSource> make_synthetic_trace(uint64_t events, uint32_t tasks);

}  // namespace sandbox::gui
