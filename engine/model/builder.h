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
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/model.h"
#include "trace/trace.h"

namespace sandbox::model {

struct ConsoleMark {
  uint64_t lines = 0;                 // console lines that existed
  int64_t open_line[2] = {-1, -1};    // per stream (stdout, stderr): open line index or -1
  uint64_t open_len[2] = {0, 0};      // its length then
};

// Task ids in wake order (a queue's getters, a primitive's waiters) with
// constant-time add, remove and membership: tens of thousands of tasks may
// wait on one semaphore.  Removed entries leave a hole until compaction.
class IdList {
 public:
  void add_unique(uint32_t id);
  void erase(uint32_t id);
  void clear();
  std::vector<uint32_t> to_vector() const;

 private:
  static constexpr uint32_t kHole = UINT32_MAX;
  void compact();
  std::vector<uint32_t> slots_;
  size_t head_ = 0;                           // slots before head_ are holes
  std::unordered_map<uint32_t, size_t> pos_;  // id -> its slot (lookups only)
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
  void block_on(const trace::Event& e);  // a *_wait event: e.task blocks on e.obj
  void finish_future(uint32_t id);
  void output(const trace::Event& e, std::string_view text, std::vector<ConsoleLine>& console);
  void rename(uint32_t obj, std::string_view name);
  void thread_event(const trace::Event& e, const trace::Trace& tr);

  // What the model's queue and sync entries list, kept in forms whose
  // updates cost O(1); materialize() copies them into the Model.
  struct QueueState {
    std::deque<std::string> items;
    IdList getters, putters, joiners;
  };
  QueueState& queue_state(uint32_t id) { return queue_states_[id]; }

  Model m_;                           // tasks, queues (no lists), syncs (no waiters), sockets, scalars
  std::map<uint32_t, QueueState> queue_states_;
  std::map<uint32_t, IdList> sync_waiters_;
  // Pending plain futures by id; finished ones are holes (live = false)
  // until more than half are holes.
  struct FutureSlot {
    FutureInfo info;
    bool live = true;
  };
  std::vector<FutureSlot> futures_;
  std::vector<FutureSlot>::iterator future_slot(uint32_t id);  // lower_bound by id
  size_t dead_futures_ = 0;
  std::deque<HandleInfo> ready_;      // loop._ready
  std::vector<TimerInfo> heap_;       // loop._scheduled, in heapq layout
  uint64_t timer_cancelled_count_ = 0;  // loop._timer_cancelled_count
  int64_t batch_left_ = 0;            // handles still to pop in this RunReady phase
  int64_t open_line_[2] = {-1, -1};   // per stream: index of the open console line
  std::unordered_set<uint32_t> pending_step_;  // tasks with a step/wake-up handle in ready (membership only)
};

}  // namespace sandbox::model
