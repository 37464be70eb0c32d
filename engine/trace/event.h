// The trace event: one fixed-size record per observable thing the program did.
// The trace is the single source of truth for everything the app shows and the
// model is rebuilt from it; human sentences are made from events by the app.
#pragma once
#include <cstdint>
#include <cstring>

namespace sandbox::trace {

// X(Name, "snake_name") -- the meaning of each field per kind is documented
// beside it.  Fields: task = task concerned (0 = module code / no task),
// obj = primary object id, arg = payload (S = string id in Trace::strings,
// D = double stored with set_d/get_d, I = integer), aux = small enum.
// cause = seq + 1 of the event that caused this one (0 = none).
#define SANDBOX_EVENT_KINDS(X)                                                       \
  /* program */                                                                      \
  X(ProgramStart, "program_start")     /* arg S filename */                          \
  X(ProgramEnd, "program_end")         /* arg I exit status (0 ok, 1 uncaught) */     \
  X(Line, "line")                      /* task, line: a new line starts running */    \
  X(Output, "output")                  /* arg S text; obj 1 = stdout, 2 = stderr */   \
  X(LoopBlocked, "loop_blocked")       /* arg D seconds of time.sleep; line */        \
  X(Limit, "limit")                    /* arg S message: budget/time/deadlock */      \
  X(Name, "name")                      /* obj, arg S: (re)names any object */         \
  /* loop: BaseEventLoop._run_once phases */                                         \
  X(LoopStart, "loop_start")           /* obj loop id; aux 0 asyncio.run,             \
                                          1 run_until_complete / Runner.run,          \
                                          2 run_forever, 3 Runner.close's shutdown */ \
  X(LoopStop, "loop_stop")             /* obj loop id */                              \
  X(IterationBegin, "iteration_begin") /* iteration number in the event's iter */     \
  X(PhaseComputeTimeout, "phase_compute_timeout") /* arg D timeout (-1 = none) */     \
  X(PhasePollIO, "phase_poll_io")      /* arg I number of I/O events delivered */     \
  X(PhaseDueTimers, "phase_due_timers") /* arg I timers moved to ready */            \
  X(PhaseRunReady, "phase_run_ready")  /* arg I handles to run this iteration */      \
  X(ClockAdvance, "clock_advance")     /* arg D new virtual time */                   \
  /* handles (call_soon) and timers (call_later/call_at) */                          \
  X(HandleScheduled, "handle_scheduled") /* obj handle, task target, aux HandleKind, arg S desc */ \
  X(HandleRun, "handle_run")           /* obj handle, task target */                  \
  X(HandleCancelled, "handle_cancelled") /* obj handle */                             \
  X(TimerScheduled, "timer_scheduled") /* obj timer, task target, aux TimerKind, arg D when */ \
  X(TimerCancelled, "timer_cancelled") /* obj timer */                                \
  X(TimerDue, "timer_due")             /* obj timer: moved to the ready queue */      \
  /* tasks (a task is a future: same id) */                                          \
  X(TaskCreated, "task_created")       /* task = obj = new id, arg S coroutine name */ \
  X(TaskStepBegin, "task_step_begin")  /* task, line to resume at, aux ResumeKind */   \
  X(TaskStepEnd, "task_step_end")      /* task, aux StepEnd | WaitKind<<8, obj awaited, arg S repr */ \
  X(TaskCancelRequested, "task_cancel_requested") /* task, arg S message or -1 */     \
  /* futures */                                                                      \
  X(FutureCreated, "future_created")   /* obj, aux FutureKind, task = creator */      \
  X(FutureResult, "future_result")     /* obj, arg S repr(result) */                  \
  X(FutureException, "future_exception") /* obj, arg S "ValueError('x')" */           \
  X(FutureCancelled, "future_cancelled") /* obj, arg S message or -1 */               \
  X(CallbackAdded, "callback_added")   /* obj future, arg S callback desc */          \
  /* queues */                                                                       \
  X(QueueCreated, "queue_created")     /* obj, aux QueueKind, arg I maxsize */        \
  X(QueuePut, "queue_put")             /* obj, task, arg S repr(item) */              \
  X(QueueGet, "queue_get")             /* obj, task, arg S repr(item) */              \
  X(QueuePutWait, "queue_put_wait")    /* obj, task: queue full, put blocks */        \
  X(QueueGetWait, "queue_get_wait")    /* obj, task: queue empty, get blocks */       \
  X(QueueTaskDone, "queue_task_done")  /* obj, arg I unfinished tasks after */        \
  X(QueueJoinWait, "queue_join_wait")  /* obj, task */                                \
  /* sync primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore */         \
  X(SyncCreated, "sync_created")       /* obj, aux SyncKind, arg I initial value */   \
  X(SyncAcquire, "sync_acquire")       /* obj, task: acquired (lock/sem/cond) */      \
  X(SyncWait, "sync_wait")             /* obj, task: blocked (acquire/wait) */        \
  X(SyncRelease, "sync_release")       /* obj, task */                                \
  X(SyncNotify, "sync_notify")         /* obj, arg I number notified (cond) */        \
  X(SyncWake, "sync_wake")             /* obj, task woken (its waiter future done) */ \
  X(EventSet, "event_set")             /* obj */                                      \
  X(EventClear, "event_clear")         /* obj */                                      \
  /* simulated (or live) sockets and streams */                                      \
  X(SockListen, "sock_listen")         /* obj server, arg I port */                   \
  X(SockConnect, "sock_connect")       /* obj client socket, arg I port */            \
  X(SockAccept, "sock_accept")         /* obj server-side socket, arg I peer socket id */ \
  X(SockRefused, "sock_refused")       /* arg I port */                               \
  X(SockWrite, "sock_write")           /* obj socket, arg I bytes */                  \
  X(SockRead, "sock_read")             /* obj socket, arg I bytes */                  \
  X(SockEof, "sock_eof")               /* obj socket that received EOF */             \
  X(SockClose, "sock_close")           /* obj socket or server */                     \
  X(SockDrainWait, "sock_drain_wait")  /* obj socket, task: buffer over the limit */  \
  /* exceptions */                                                                   \
  X(ExcRaised, "exc_raised")           /* task, line, arg S "ValueError: msg" */      \
  X(ExcCaught, "exc_caught")           /* task, line */                               \
  X(ExcUncaught, "exc_uncaught")       /* task, arg S last traceback line */      \
  /* threads (runtime/threads.h): obj = thread id, 0 = the loop's own thread */       \
  X(ThreadStart, "thread_start")       /* obj new thread, arg S name ("asyncio_0") */ \
  X(ThreadRun, "thread_run")           /* obj: this thread runs now (until it blocks) */ \
  X(ThreadBlock, "thread_block")       /* obj, aux ThreadWait, arg D deadline (-1 none), line */ \
  X(ThreadEnd, "thread_end")           /* obj: the thread finished */                 \
  X(ThreadWork, "thread_work")         /* obj thread, arg S callable desc: a work item starts */ \
  X(ThreadResult, "thread_result")     /* obj thread, aux 0 result / 1 exception, arg S repr; \
                                          causes the call_soon_threadsafe that wakes the awaiting task */

enum class EventKind : uint16_t {
#define SANDBOX_X(name, text) name,
  SANDBOX_EVENT_KINDS(SANDBOX_X)
#undef SANDBOX_X
      Count
};

const char* kind_name(EventKind k);  // "task_step_begin"

// What a scheduled handle will do when it runs (HandleScheduled aux).
enum class HandleKind : uint16_t { TaskStep, TaskWakeup, FutureCallback, UserCallback, Internal };
// Why a timer exists (TimerScheduled aux).
enum class TimerKind : uint16_t { Sleep, CallLater, Timeout, WaitFor, Wait, Internal };
// How a task step was entered (TaskStepBegin aux).
enum class ResumeKind : uint16_t { First, Send, Throw };
// How a task step ended (TaskStepEnd aux & 0xff).
enum class StepEnd : uint16_t { Suspended, Returned, Raised, Cancelled };
// What a suspended task waits on (TaskStepEnd aux >> 8).
enum class WaitKind : uint16_t {
  None, Yield /* sleep(0) */, Timer /* sleep */, Future, Task, Gather, Queue, Lock, Semaphore,
  Event, Condition, Socket, Other
};
enum class FutureKind : uint16_t { Plain, Sleep, Gather, Shield, WaitFor, Wait, Waiter, Internal };
enum class QueueKind : uint16_t { Queue, Lifo, Priority };
enum class SyncKind : uint16_t { Lock, Event, Condition, Semaphore, BoundedSemaphore };
// What a blocked thread waits for (ThreadBlock aux).
enum class ThreadWait : uint16_t { Sleep, Wait, Idle, Join, Select };

constexpr int64_t kNoString = -1;

// 40 bytes; strings live in the trace's pool so events stay fixed-size.
struct Event {
  double time;      // virtual (or live) seconds since the loop's clock origin
  int64_t arg;      // payload, see the kind's comment
  uint32_t iter;    // loop iteration (0 before the loop starts)
  uint32_t task;    // task id, 0 = module code or no task
  uint32_t obj;     // primary object id (future, timer, handle, queue, sync, socket)
  uint32_t cause;   // seq + 1 of the causing event, 0 = none
  uint32_t line;    // 1-based source line, 0 = none
  EventKind kind;
  uint16_t aux;     // small enum, see the kind's comment

  double arg_d() const { double d; std::memcpy(&d, &arg, sizeof d); return d; }
  void set_arg_d(double d) { std::memcpy(&arg, &d, sizeof d); }
  StepEnd step_end() const { return static_cast<StepEnd>(aux & 0xff); }
  WaitKind wait_kind() const { return static_cast<WaitKind>(aux >> 8); }
};
static_assert(sizeof(Event) == 40, "events must stay small: the trace holds millions");

}  // namespace sandbox::trace
