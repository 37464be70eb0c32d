// ModelBuilder: the model's state machine.  apply(event) moves the state one
// event forward; materialize() turns the state into a Model.  The state is a
// plain value (copyable), which is what a keyframe stores.
//
// The console is kept outside the state (a ConsoleLog) because it only grows:
// a keyframe records how much of it existed (line count, and the length of
// each stream's still-open line), so keyframes don't copy it.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "model/model.h"
#include "trace/trace.h"

namespace sandbox::model {

struct ConsoleMark {
  uint64_t lines = 0;                 // console lines that existed
  int64_t open_line[2] = {-1, -1};    // per stream (stdout, stderr): open line index or -1
  uint64_t open_len[2] = {0, 0};      // its length then
};

class ModelBuilder {
 public:
  // Applies trace[seq]; console receives the Output text.
  void apply(const trace::Trace& t, uint64_t seq, std::vector<ConsoleLine>& console);

  // The Model after the applied events, with `console` as its console.
  Model materialize(std::vector<ConsoleLine> console) const;

  uint64_t cursor() const { return m_.cursor; }
  ConsoleMark console_mark(const std::vector<ConsoleLine>& console) const;
  // Rough heap bytes the state holds (decides the keyframe spacing).
  size_t cost_bytes() const;

 private:
  static bool timer_less(const TimerInfo& a, const TimerInfo& b) { return a.when < b.when; }

  TaskInfo* find_task(uint32_t id);
  QueueInfo* find_queue(uint32_t id);
  SyncInfo* find_sync(uint32_t id);
  SocketInfo* find_socket(uint32_t id);
  FutureInfo* find_future(uint32_t id);

  void schedule_task_step(uint32_t task);
  void handle_run(uint32_t id);
  void drop_cancelled_batch_rest();
  void timer_cleanup();
  void timer_due(uint32_t id);
  void timer_cancelled(uint32_t id);
  void unblock(uint32_t task);
  void output(const trace::Event& e, std::string_view text, std::vector<ConsoleLine>& console);
  void rename(uint32_t obj, std::string_view name);

  Model m_;                           // tasks, queues, syncs, sockets, futures, scalars
  std::deque<HandleInfo> ready_;      // loop._ready
  std::vector<TimerInfo> heap_;       // loop._scheduled, in heapq layout
  uint64_t timer_cancelled_count_ = 0;  // loop._timer_cancelled_count
  int64_t batch_left_ = 0;            // handles still to pop in this RunReady phase
  int64_t open_line_[2] = {-1, -1};   // per stream: index of the open console line
  std::vector<uint32_t> pending_step_;  // tasks with a step/wake-up handle in ready (sorted)
};

}  // namespace sandbox::model
