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
  trace::WaitKind wait = trace::WaitKind::None;
  uint32_t awaiting = 0;     // object id it waits on (future, task, queue, ...)
  std::string outcome;       // repr(result) or "ValueError('x')" once finished
  uint64_t created_seq = 0;  // event that created it
  uint64_t ended_seq = 0;    // event that finished it (0 = still alive)
};

struct HandleInfo {          // one entry of the ready deque, in run order
  uint32_t id = 0;
  trace::HandleKind kind = trace::HandleKind::Internal;
  uint32_t task = 0;         // task it steps or wakes, 0 = none
  std::string desc;          // what it will do
  uint64_t scheduled_seq = 0;
};

struct TimerInfo {           // one pending TimerHandle, sorted by (when, heap order)
  uint32_t id = 0;
  trace::TimerKind kind = trace::TimerKind::Internal;
  uint32_t task = 0;
  double when = 0;
  std::string desc;
  bool cancelled = false;    // cancelled timers stay in the heap until popped
};

struct QueueInfo {
  uint32_t id = 0;
  trace::QueueKind kind = trace::QueueKind::Queue;
  std::string name;
  int64_t maxsize = 0;
  std::vector<std::string> items;   // reprs, in get order
  std::vector<uint32_t> getters;    // tasks blocked in get(), in wake order
  std::vector<uint32_t> putters;    // tasks blocked in put()
  int64_t unfinished = 0;           // task_done() still owed
};

struct SyncInfo {
  uint32_t id = 0;
  trace::SyncKind kind = trace::SyncKind::Lock;
  std::string name;
  int64_t value = 0;                // semaphore value; 1/0 locked for Lock; set flag for Event
  uint32_t owner = 0;               // task holding a Lock / Condition's lock
  std::vector<uint32_t> waiters;    // in wake order
};

struct SocketInfo {
  uint32_t id = 0;
  std::string name;                 // "127.0.0.1:8888 <- 127.0.0.1:50001"
  bool listening = false;           // a server socket
  uint32_t peer = 0;
  uint64_t written = 0, read = 0;   // bytes
  uint64_t buffered = 0;            // written by the peer, not yet read here
  bool eof = false, closed = false;
};

struct ConsoleLine {
  std::string text;                 // without the newline
  double time = 0;                  // when the line started
  uint64_t seq = 0;                 // event that started it
  bool is_stderr = false;
};

enum class Phase : uint8_t { NotStarted, ComputeTimeout, PollIO, DueTimers, RunReady, Stopped };

struct Model {
  uint64_t cursor = 0;              // events [0, cursor) have happened
  double time = 0;
  uint32_t iteration = 0;
  Phase phase = Phase::NotStarted;
  uint32_t running_task = 0;        // 0 = none (or module code)
  uint32_t running_handle = 0;
  int line = 0;                     // line about to run / last run
  std::vector<TaskInfo> tasks;      // creation order
  std::vector<HandleInfo> ready;    // ready deque, front first
  std::vector<TimerInfo> timers;    // sorted by deadline
  std::vector<QueueInfo> queues;
  std::vector<SyncInfo> syncs;
  std::vector<SocketInfo> sockets;
  std::vector<ConsoleLine> console;

  const TaskInfo* task(uint32_t id) const;
};

}  // namespace sandbox::model
