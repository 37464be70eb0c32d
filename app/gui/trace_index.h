// Derived, read-only views of the trace that the timeline draws: per-task state
// segments, loop iterations/phases/callbacks, counter series, markers and
// cause->effect links.  Built from events only and extended incrementally as
// the session records more, so a million-event trace is indexed once.
#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "source.h"

namespace sandbox::gui {

// "#12" (built by appending: GCC 12 warns falsely on "lit" + std::string).
inline std::string prefixed(const char* prefix, uint64_t id) {
  std::string s = prefix;
  s += std::to_string(id);
  return s;
}

constexpr uint64_t kOpen = std::numeric_limits<uint64_t>::max();

// What a task lane segment shows.  Waiting is refined by WaitKind.
enum class LaneState : uint8_t { Ready, Running, Waiting, Done, Cancelled, Failed };

struct Segment {
  uint64_t begin = 0;          // seq of the event that entered this state
  uint64_t end = kOpen;        // seq of the event that left it (kOpen = still)
  LaneState state = LaneState::Ready;
  trace::WaitKind wait = trace::WaitKind::None;
  uint32_t obj = 0;            // awaited object while Waiting
};

// A task's lane, or a worker thread's (ThreadStart: coro "worker thread").
struct TaskLane {
  uint32_t id = 0;
  std::string name;            // from Name events, else "Task-<n>"
  std::string coro;
  uint64_t created = 0;
  uint64_t ended = kOpen;
  std::vector<Segment> segs;
  size_t color = 0;            // palette index, creation order
};

struct Span {                  // a run of events on the loop lane
  uint64_t begin = 0, end = kOpen;
  uint32_t value = 0;          // iteration number / phase / handle id
  uint32_t task = 0;           // callbacks: the task the handle steps or wakes
  uint16_t kind = 0;           // callbacks: HandleKind
};

struct Counter {
  uint32_t obj = 0;
  std::string name;
  bool is_queue = true;        // else a semaphore
  int64_t capacity = 0;        // maxsize / initial value (0 = unbounded)
  int64_t max_value = 0;
  std::vector<uint64_t> seq;   // change points, ascending
  std::vector<int64_t> value;  // value from that seq on
};

enum class MarkerKind : uint8_t { TimerSet, TimerFired, Output, Exception };
struct Marker {
  uint64_t seq = 0;
  MarkerKind kind = MarkerKind::Output;
  uint32_t lane_task = 0;      // task lane it sits on, 0 = loop lane
};

struct Link {                  // cause -> effect, both seqs
  uint64_t from = 0, to = 0;
};

class TraceIndex {
 public:
  void clear();
  // Index events [indexed(), src.size()).
  void extend(const TraceSource& src);
  uint64_t indexed() const { return times_.size(); }

  double time_at(uint64_t seq) const;           // seq >= size: last time
  // First seq whose time >= t (the time axis inverse).
  uint64_t seq_at_time(double t) const;
  double end_time() const { return times_.empty() ? 0.0 : times_.back(); }

  const std::vector<TaskLane>& tasks() const { return tasks_; }
  const TaskLane* task(uint32_t id) const;
  // A task's row: its index in tasks() (creation order); kNoSlot if unknown.
  static constexpr uint32_t kNoSlot = std::numeric_limits<uint32_t>::max();
  uint32_t slot_of(uint32_t id) const {
    return id == 0 || id >= task_slot_.size() || task_slot_[id] == 0 ? kNoSlot : task_slot_[id] - 1;
  }
  std::string task_name(uint32_t id) const;     // "Task-2" or its name=
  const std::vector<Span>& iterations() const { return iters_; }
  const std::vector<Span>& phases() const { return phases_; }
  const std::vector<Span>& callbacks() const { return callbacks_; }
  const std::vector<Counter>& counters() const { return counters_; }
  const std::vector<Marker>& markers() const { return markers_; }
  // Markers of one lane (slot 0 = loop, slot k = k-th task), by seq.
  const std::vector<std::vector<Marker>>& lane_markers() const { return lane_markers_; }
  const std::vector<Link>& links() const { return links_; }   // sorted by `to`
  // The lane an event belongs to (task id, 0 = loop).
  uint32_t lane_of(uint64_t seq) const { return seq < lane_.size() ? lane_[seq] : 0; }
  uint32_t iteration_at(uint64_t seq) const;
  // The name an object was given by a Name event ("" if none).
  std::string object_name(uint32_t obj) const;

 private:
  TaskLane* lane_for(uint32_t id);
  void set_state(TaskLane& lane, uint64_t seq, LaneState s, trace::WaitKind w, uint32_t obj);
  void close_span(std::vector<Span>& v, uint64_t seq);
  Counter* counter_for(uint32_t obj);
  void bump(Counter& c, uint64_t seq, int64_t delta);

  std::vector<double> times_;
  std::vector<uint32_t> lane_;
  std::vector<TaskLane> tasks_;            // creation order
  std::vector<uint32_t> task_slot_;        // task id -> index+1 into tasks_
  std::vector<Span> iters_, phases_, callbacks_;
  std::vector<Counter> counters_;
  std::vector<std::pair<uint32_t, size_t>> counter_slot_;  // sorted (obj, index)
  std::vector<Marker> markers_;
  std::vector<std::vector<Marker>> lane_markers_;
  void add_marker(const Marker& m);
  std::vector<Link> links_;
  std::vector<std::pair<uint32_t, std::string>> names_;   // sorted by obj
  std::vector<uint32_t> ready_pending_;    // tasks scheduled while running
  uint32_t thread_running_ = 0;            // the worker thread running (ThreadRun), 0 = the loop's
};

}  // namespace sandbox::gui
