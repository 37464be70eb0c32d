// The one door into the engine for the app and the command line: load a
// program, run it further on demand, and read the trace and the model at any
// cursor.  Going back is reading the trace, never re-running.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/limits.h"
#include "model/model.h"
#include "trace/trace.h"

namespace sandbox {

class SessionDriver;  // session_driver.h
namespace trace { class Recorder; }

// A compile or load error in CPython's shape.
struct Diagnostic {
  std::string filename;
  int line = 0, col = 0, end_col = 0;  // 1-based; col 0 = unknown
  std::string type;                    // "SyntaxError", "IndentationError", "NotImplementedError"
  std::string message;                 // "invalid syntax"
  std::string source_line;
  std::string formatted;               // the whole text CPython prints on stderr
};

// What the app or CLI asks of a run: its limits (common/limits.h) and how
// it runs.
struct SessionOptions : Limits {
  std::string filename = "<string>";
  bool record_lines = true;            // Line events (step line needs them)
  // The CPython 3.11 standard library folder; "" = SANDBOX_PYTHON_LIB or
  // the configured default (vm/python_lib.h).
  std::string python_lib;
  bool read_stdin = false;             // input() reads the process's stdin (the CLI)
  bool live = false;                   // libuv clock and real sockets (live mode)
  double speed = 1.0;                  // live: loop seconds per real second (0.1 .. 10)
  bool allow_network = false;          // live: bind/connect beyond loopback
  bool catch_sigint = false;           // live: SIGINT stops the run as Ctrl+C does (the CLI)
  // (added) false = streaming: events are discarded once their output has
  // been passed on (the CLI's `run`: memory stays flat however long the
  // program runs); model_at then returns an empty Model and only events
  // [trace().first_kept(), size()) can be read; stdout_text()/stderr_text()
  // stay empty for a stream that has an on_stdout/on_stderr callback.
  bool keep_trace = true;
  // Called as the program writes; time = virtual time of the write.
  std::function<void(std::string_view text, double time)> on_stdout, on_stderr;
};

enum class StopKind : uint8_t {
  Event,      // the next event
  Line,       // the next Line event, in any task
  Callback,   // the next HandleRun
  Iteration,  // the next IterationBegin
  Output,     // the next Output
  Time,       // the first event with time >= StopRequest::time
  Breakpoint, // the next Line event on a line in StopRequest::lines
  End         // run to completion
};

struct StopRequest {
  StopKind kind = StopKind::Event;
  double time = 0;
  std::vector<int> lines;
};

enum class RunState : uint8_t { Empty, Running, Finished, Failed, Stopped };
// Running: more can run. Finished: exit 0. Failed: uncaught exception (exit 1).
// Stopped: a limit ended it (step budget, max time, deadlock, trace size).

class Session {
 public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Compiles and prepares source; nothing runs yet. False on a compile error.
  // A session runs one program: load() again starts over with a fresh trace.
  bool load(std::string source, SessionOptions options = {});
  // (added) Runs a program through another driver (tests: scripted events);
  // make receives the recorder the driver must record through.
  using DriverFactory = std::function<std::unique_ptr<SessionDriver>(trace::Recorder&)>;
  bool load_driver(const DriverFactory& make, SessionOptions options = {});
  // (added) The recorder the program records through (drivers, tests).
  trace::Recorder* recorder();
  const Diagnostic* diagnostic() const;     // set when load() failed
  const std::string& source() const;

  // The first cursor after `from` at which req holds (the cursor points just
  // past the matching event), running the program further as needed.
  // Returns trace().size() when the program ends first.  The event at seq
  // `from` is the first candidate (cursor `from` = events [0, from) happened).
  // Line and Breakpoint stops need options.record_lines.
  uint64_t advance(uint64_t from, const StopRequest& req);
  void run_to_end();

  RunState state() const;
  int exit_status() const;                  // 0, or 1 after an uncaught exception
  const std::string& stdout_text() const;
  const std::string& stderr_text() const;   // traceback / limit message
  // stdout/stderr are taken from the trace's Output events as they are
  // recorded; on_stdout/on_stderr are called in the same order.

  const trace::Trace& trace() const;
  model::Model model_at(uint64_t cursor) const;  // state after events [0, cursor)

  // --- live mode on a worker thread (for the app: no frame waits) ----------
  // A live program never ends by itself while it serves, and waits on the
  // network; the app runs it on a worker thread and takes what it recorded
  // once per frame:
  //
  //   session.load(src, {.live = true});   // nothing runs yet
  //   session.start_live();                // the worker thread runs it
  //   every frame: session.sync_live();    // new events -> trace(), output
  //   Stop button / closing the window: session.stop_live();
  //
  // While the worker runs, trace(), model_at(), state(), stdout_text() and
  // stderr_text() show what the last sync_live() copied (call them from the
  // thread that calls sync_live); advance() and run_to_end() only sync.
  // sync_live() holds a mutex just to copy the new events; the worker
  // releases it whenever it waits for the network or a timer, and yields it
  // between steps when a sync is waiting, so a sync never waits on the
  // network (at most on one task step).
  //
  // Starts the worker (after a successful load() with options.live).
  bool start_live();
  // Copies the events recorded since the last call into trace(), passes
  // their output on (on_stdout/on_stderr run on the calling thread) and
  // updates state(); returns how many events arrived.
  uint64_t sync_live();
  // Thread-safe: stop the program as on Ctrl+C (the main task is
  // cancelled, asyncio.run ends with KeyboardInterrupt, exit status 130).
  void interrupt();
  // (added) Thread-safe: change the live run's speed factor (clamped to
  // 0.1 .. 10) at once; loop.time() stays continuous.
  void set_live_speed(double speed);
  // interrupt(), then wait for the worker to finish (a second interrupt
  // after a second if the program ignores the first), join it and sync.
  // Every socket the program opened is closed when this returns.
  void stop_live();
  // The worker thread exists and the program has not ended yet.
  bool live_running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sandbox
