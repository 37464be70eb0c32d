// The session's state, shared by session.cpp (loading and stepping) and
// session_live.cpp (the live worker thread).
//
// Two sides: what the program records (the recorder, its trace, the run
// state as the driver reports it) and what the session shows (trace(),
// state(), the output texts).  Normally they are one trace and publish()
// only passes output on; in live mode the program records into its own
// trace on whatever thread steps it, and publish() copies the new events
// into the shown trace (under the mutex when a worker thread runs).
#pragma once
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "model/model_index.h"
#include "session.h"
#include "session_driver.h"
#include "trace/recorder.h"

namespace sandbox {

struct Session::Impl {
  SessionOptions opt;
  std::string source;
  std::optional<Diagnostic> diag;
  trace::Trace trace;                        // shown
  std::unique_ptr<trace::Trace> live_trace;  // recorded by a live program (null otherwise)
  std::unique_ptr<trace::Recorder> rec;
  mutable std::unique_ptr<model::ModelIndex> index;  // built on first model_at
  std::unique_ptr<SessionDriver> driver;
  RunState state = RunState::Empty;  // shown
  int exit_status = 0;
  std::string out, err;
  uint64_t forwarded = 0;  // events whose output has been passed on
  bool program_events = false;  // the session records ProgramStart/ProgramEnd

  // --- the recording side ---
  RunState run_state = RunState::Empty;
  int run_exit = 0;
  struct Direct {
    uint32_t stream;
    std::string text;
    double time;
  };
  std::vector<Direct> direct;  // output that could not go through the trace
  uint64_t copied = 0;         // live: events of live_trace copied into trace

  // --- the live worker thread ---
  std::thread worker;
  std::mutex mu;                       // held by the worker while it steps
  std::condition_variable cv;
  std::atomic<int> syncs_waiting{0};   // a sync_live wants the mutex
  std::atomic<bool> worker_done{false};

  trace::Trace& rec_trace() { return live_trace ? *live_trace : trace; }
  bool running() const { return state == RunState::Running; }
  bool run_running() const { return run_state == RunState::Running; }

  // Recording side: runs one unit of the program.
  void run_step();
  // Shown side: takes what was recorded (see the header comment).
  void publish();
  void forward_output();
  // Streaming (keep_trace false) with a callback: the text is passed on,
  // not kept, so a server that runs for hours stays flat.
  template <class Callback>
  bool keeps_text(const Callback& cb) const {
    return opt.keep_trace || !cb;
  }
  void write_direct(uint32_t stream, std::string_view text) {
    direct.push_back({stream, std::string(text), rec->time()});
  }
  void stop_with(const std::string& message, bool already_written);
  void driver_finished();
  void step() {
    if (!running()) return;
    run_step();
    publish();
  }
  bool matches(uint64_t seq, const StopRequest& req) const;
};

// Appends events [from, to) of src to dst, re-homing their strings.
void copy_events(const trace::Trace& src, uint64_t from, uint64_t to, trace::Trace& dst);

}  // namespace sandbox
