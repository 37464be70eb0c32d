// The state of the program at one cursor of the trace: everything the app's
// panels draw.  Built from events only (never from the VM), so any cursor can
// be reconstructed after the fact.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "trace/event.h"

namespace sandbox::model {

enum class TaskState : uint8_t { Ready, Running, Waiting, Done, Cancelled, Failed };

struct TaskInfo {
  uint32_t id = 0;
  std::string name;          // "Task-1" or the name= given
  std::string coro;          // coroutine function name, "main"
  TaskState state = TaskState::Ready;
  int line = 0;              // line it runs or is suspended at
  // What its last suspended step waits on.  Meaningful while Waiting; kept
  // after the wake-up (state Ready) so the app can say what it woke from.
  trace::WaitKind wait = trace::WaitKind::None;
  uint32_t awaiting = 0;     // object id it waits on (future, task, queue, ...)
  std::string awaiting_repr; // TaskStepEnd's repr of the awaited object (added)
  // The queue, lock, semaphore, event, condition or socket whose waiter
  // future `awaiting` is (0 = none): what a user thinks it waits on.  Set by
  // the *_wait event of the same step, cleared when the next step begins.
  uint32_t blocked_on = 0;
  bool cancel_requested = false;  // cancel() called, not yet delivered (added)
  uint32_t steps = 0;        // task steps begun so far (added)
  std::string outcome;       // repr(result) or "ValueError('x')" once finished
  uint64_t created_seq = 0;  // event that created it
  uint64_t ended_seq = 0;    // event that finished it (0 = still alive)
  bool operator==(const TaskInfo&) const = default;
};

struct HandleInfo {          // one entry of the ready deque, in run order
  uint32_t id = 0;
  trace::HandleKind kind = trace::HandleKind::Internal;
  uint32_t task = 0;         // task it steps or wakes, 0 = none
  std::string desc;          // what it will do
  uint64_t scheduled_seq = 0;
  bool cancelled = false;    // (added) cancelled handles stay until popped
  bool from_timer = false;   // (added) a TimerHandle moved here by TimerDue
  trace::TimerKind timer_kind = trace::TimerKind::Internal;  // (added) if from_timer
  bool operator==(const HandleInfo&) const = default;
};

// One pending TimerHandle.  Model::timers lists them in the exact order
// CPython's heap would pop them: the builder mirrors loop._scheduled with
// heapq's own sift algorithms (TimerHandle.__lt__ compares `when` only, so
// equal deadlines come out in heap order, not FIFO), including the
// cancelled-head cleanup and the heapify rebuild of BaseEventLoop._run_once.
struct TimerInfo {
  uint32_t id = 0;
  trace::TimerKind kind = trace::TimerKind::Internal;
  uint32_t task = 0;
  double when = 0;
  std::string desc;          // empty: TimerScheduled carries no text; the app words it from kind
  bool cancelled = false;    // cancelled timers stay in the heap until popped
  uint64_t scheduled_seq = 0;  // (added) the TimerScheduled event
  bool operator==(const TimerInfo&) const = default;
};

// (added) A pending plain future (not a task): created and not yet done.
// Finished futures leave the list, so it stays small.
struct FutureInfo {
  uint32_t id = 0;
  trace::FutureKind kind = trace::FutureKind::Plain;
  uint32_t creator = 0;      // task that created it (0 = module code / loop)
  std::string name;          // from a Name event, if any
  uint32_t callbacks = 0;    // CallbackAdded so far
  uint64_t created_seq = 0;
  bool operator==(const FutureInfo&) const = default;
};

struct QueueInfo {
  uint32_t id = 0;
  trace::QueueKind kind = trace::QueueKind::Queue;
  std::string name;
  int64_t maxsize = 0;
  std::vector<std::string> items;   // reprs, in get order
  std::vector<uint32_t> getters;    // tasks blocked in get(), in wake order
  std::vector<uint32_t> putters;    // tasks blocked in put()
  std::vector<uint32_t> joiners;    // (added) tasks blocked in join()
  int64_t unfinished = 0;           // task_done() still owed
  // Items: Queue = FIFO, Lifo = the last is got first (items.back() next),
  // Priority = insertion order (only reprs are recorded, so the model cannot
  // order them); a QueueGet removes the item with the recorded repr.
  bool operator==(const QueueInfo&) const = default;
};

struct SyncInfo {
  uint32_t id = 0;
  trace::SyncKind kind = trace::SyncKind::Lock;
  std::string name;
  int64_t value = 0;                // semaphore value; 1/0 locked for Lock; set flag for Event
  uint32_t owner = 0;               // task holding a Lock / Condition's lock
  std::vector<uint32_t> waiters;    // in wake order
  bool operator==(const SyncInfo&) const = default;
};

struct SocketInfo {
  uint32_t id = 0;
  std::string name;                 // from a Name event; else "server :8888" / "client -> :8888" / "accepted <- #id"
  bool listening = false;           // a server socket
  int64_t port = 0;                 // (added) listening / connected-to port
  uint32_t peer = 0;
  uint64_t written = 0, read = 0;   // bytes
  uint64_t buffered = 0;            // written by the peer, not yet read here
  bool eof = false, closed = false;
  bool operator==(const SocketInfo&) const = default;
};

// A worker thread (runtime/threads.h): its lane on the timeline.
enum class ThreadState : uint8_t { Runnable, Running, Blocked, Done };
struct ThreadInfo {
  uint32_t id = 0;                  // trace id (ThreadStart's obj)
  std::string name;                 // "asyncio_0"
  ThreadState state = ThreadState::Runnable;
  uint16_t wait = 0;                // trace::ThreadWait while blocked
  double deadline = -1;             // while blocked until a time (-1 = none)
  std::string work;                 // the work item it runs ("" = none)
  bool operator==(const ThreadInfo&) const = default;
};

struct ConsoleLine {
  std::string text;                 // without the newline
  double time = 0;                  // when the line started
  uint64_t seq = 0;                 // event that started it
  bool is_stderr = false;
  // Lines are split at '\n'; a write without a newline leaves the line open
  // and the next write to the same stream continues it (print(end=" ")).
  bool operator==(const ConsoleLine&) const = default;
};

// Begin: an iteration has begun and no phase of it has run yet.
enum class Phase : uint8_t { NotStarted, Begin, ComputeTimeout, PollIO, DueTimers, RunReady, Stopped };

struct Model {
  uint64_t cursor = 0;              // events [0, cursor) have happened
  double time = 0;
  uint32_t iteration = 0;
  Phase phase = Phase::NotStarted;
  uint32_t running_task = 0;        // 0 = none (or module code)
  uint32_t running_handle = 0;
  int line = 0;                     // line about to run / last run
  int run_ready_total = 0;          // (added) handles this iteration's RunReady phase runs
  bool finished = false;            // (added) ProgramEnd seen
  int64_t exit_status = 0;          // (added) ProgramEnd's status
  std::vector<TaskInfo> tasks;      // creation order
  std::vector<HandleInfo> ready;    // ready deque, front first
  std::vector<TimerInfo> timers;    // in pop order (sorted by deadline, ties in heap order)
  std::vector<FutureInfo> futures;  // (added) pending plain futures, creation order
  std::vector<QueueInfo> queues;
  std::vector<SyncInfo> syncs;
  std::vector<SocketInfo> sockets;
  std::vector<ThreadInfo> threads;  // (added) worker threads, creation order
  uint32_t running_thread = 0;      // (added) the worker running now, 0 = the loop's thread
  std::vector<ConsoleLine> console;

  // Lookups by id (binary search: every list is in creation = id order,
  // except ready and timers, which are scanned).  nullptr if absent.
  bool operator==(const Model&) const = default;
  const TaskInfo* task(uint32_t id) const;
  const QueueInfo* queue(uint32_t id) const;
  const SyncInfo* sync(uint32_t id) const;
  const SocketInfo* socket(uint32_t id) const;
  const FutureInfo* future(uint32_t id) const;
};

const char* task_state_name(TaskState s);  // "ready", "running", ...
const char* phase_name(Phase p);           // "not_started", "compute_timeout", ...

}  // namespace sandbox::model
