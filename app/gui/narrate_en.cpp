// English narration templates (see narrate.h for the placeholders).
#include "narrate.h"

namespace sandbox::gui {

const char* narration_en(NKey k) {
  switch (k) {
    case NKey::ProgramStart: return "The program {s} starts: module code runs from the top.";
    case NKey::ProgramEndOk: return "The program ended normally.";
    case NKey::ProgramEndFailed: return "The program ended with an uncaught exception (exit status 1).";
    case NKey::LineTask: return "{task} runs line {line}.";
    case NKey::LineModule: return "Module code runs line {line}.";
    case NKey::Output: return "{task} printed \"{s}\" at t={t}.";
    case NKey::LoopBlocked: return "time.sleep({d}) blocks the whole loop: no other task can run for {d} s.";
    case NKey::Limit: return "The run was stopped: {s}";
    case NKey::Name: return "The object is named {s}.";
    case NKey::LoopStart: return "asyncio.run() starts the event loop; the main task is ready.";
    case NKey::LoopStop: return "The event loop stops: the main coroutine has finished.";
    case NKey::IterationBegin: return "Loop iteration {n} begins (BaseEventLoop._run_once).";
    case NKey::ComputeTimeoutZero: return "Callbacks are ready, so the loop will not sleep (timeout 0).";
    case NKey::ComputeTimeoutTimer: return "Nothing is ready: the loop may sleep {d} s, until the next timer.";
    case NKey::ComputeTimeoutNone: return "Nothing is ready and no timer is pending: the loop waits for I/O.";
    case NKey::PollIO: return "The loop polls for I/O: {n} event(s) delivered.";
    case NKey::DueTimers: return "{n} timer(s) are due: their callbacks move to the ready queue.";
    case NKey::RunReady: return "The loop runs the {n} callback(s) that are ready, in order.";
    case NKey::ClockAdvance: return "Virtual time jumps to t={d}: nothing can happen before the next timer.";
    case NKey::ScheduleStep: return "{task} is scheduled to run its next step (call_soon).";
    case NKey::ScheduleWakeup: return "{task} will be woken up: what it awaited is done.";
    case NKey::ScheduleFutureCallback: return "A done-callback is scheduled: {s}.";
    case NKey::ScheduleUserCallback: return "call_soon scheduled {s}.";
    case NKey::ScheduleInternal: return "An internal callback is scheduled: {s}.";
    case NKey::HandleRunTask: return "The loop takes the next ready callback: a step of {task}.";
    case NKey::HandleRunOther: return "The loop runs the next ready callback: {s}.";
    case NKey::HandleCancelled: return "A scheduled callback was cancelled; the loop will skip it.";
    case NKey::TimerSleep: return "{task} sleeps {dt} s: a timer is set for t={d}.";
    case NKey::TimerCallLater: return "call_later: a timer is set for t={d}.";
    case NKey::TimerTimeout: return "A timeout is armed: it fires at t={d} unless the work finishes first.";
    case NKey::TimerOther: return "A timer is set for t={d}.";
    case NKey::TimerCancelled: return "A timer was cancelled; it stays in the heap until its time comes.";
    case NKey::TimerDueTask: return "{task}'s timer is due at t={t}: its callback moves to the ready queue.";
    case NKey::TimerDueOther: return "A timer is due at t={t}: its callback moves to the ready queue.";
    case NKey::TaskCreated: return "A new task {task} wraps {s}() and is scheduled to start.";
    case NKey::StepFirst: return "{task} starts running {s}().";
    case NKey::StepSend: return "{task} resumes at line {line}{why}.";
    case NKey::StepThrow: return "{task} resumes at line {line} with an exception thrown in{why}.";
    case NKey::EndYield: return "{task} yields (sleep(0)): it goes to the back of the ready queue.";
    case NKey::EndTimer: return "{task} pauses at await: it sleeps until its timer fires.";
    case NKey::EndFuture: return "{task} pauses at await: it waits for a future ({obj}).";
    case NKey::EndTask: return "{task} pauses at await: it waits for task {obj} to finish.";
    case NKey::EndGather: return "{task} pauses at await: gather waits for all of its children.";
    case NKey::EndQueue: return "{task} pauses at await: it waits on the queue {obj}.";
    case NKey::EndLock: return "{task} pauses at await: the lock {obj} is held by another task.";
    case NKey::EndSemaphore: return "{task} pauses at await: the semaphore {obj} has no free slot.";
    case NKey::EndEvent: return "{task} pauses at await: it waits for the event {obj} to be set.";
    case NKey::EndCondition: return "{task} pauses at await: it waits on the condition {obj}.";
    case NKey::EndSocket: return "{task} pauses at await: it waits for the socket {obj}.";
    case NKey::EndOther: return "{task} pauses at await.";
    case NKey::EndReturned: return "{task} finished and returned {s}.";
    case NKey::EndRaised: return "{task} failed: {s}.";
    case NKey::EndCancelled: return "{task} is cancelled: CancelledError ended it.";
    case NKey::CancelRequested: return "{task}.cancel() was called: CancelledError will be thrown in at its await.";
    case NKey::FutureCreated: return "A future {obj} is created.";
    case NKey::FutureResult: return "{obj} is done with result {s}.";
    case NKey::FutureException: return "{obj} is done with exception {s}.";
    case NKey::FutureCancelled: return "{obj} is cancelled.";
    case NKey::CallbackAdded: return "{s} will be called when {obj} is done.";
    case NKey::QueueCreated: return "A queue {obj} is created (maxsize {n}).";
    case NKey::QueueCreatedUnbounded: return "A queue {obj} is created (no size limit).";
    case NKey::QueuePut: return "{task} puts {s} into {obj}.";
    case NKey::QueueGet: return "{task} takes {s} from {obj}.";
    case NKey::QueuePutWait: return "{obj} is full: {task} waits for room to put.";
    case NKey::QueueGetWait: return "{obj} is empty: {task} waits for an item.";
    case NKey::QueueTaskDone: return "task_done(): {n} item(s) of {obj} still unfinished.";
    case NKey::QueueJoinWait: return "{task} waits until every item of {obj} is processed (join).";
    case NKey::SyncCreated: return "{obj} is created.";
    case NKey::SyncAcquire: return "{task} acquires {obj}.";
    case NKey::SyncWait: return "{task} must wait for {obj}.";
    case NKey::SyncRelease: return "{task} releases {obj}.";
    case NKey::SyncNotify: return "{obj} notifies {n} waiter(s).";
    case NKey::SyncWake: return "{task} is woken by {obj}.";
    case NKey::EventSet: return "{obj} is set: every task waiting on it wakes up.";
    case NKey::EventClear: return "{obj} is cleared.";
    case NKey::SockListen: return "A server listens on port {n}.";
    case NKey::SockConnect: return "{task} connects to port {n}.";
    case NKey::SockAccept: return "The server accepts a connection ({obj}).";
    case NKey::SockRefused: return "Connecting to port {n} is refused: nobody listens there.";
    case NKey::SockWrite: return "{task} writes {n} bytes to {obj}.";
    case NKey::SockRead: return "{task} reads {n} bytes from {obj}.";
    case NKey::SockEof: return "{obj} reached end of stream: the peer closed.";
    case NKey::SockClose: return "{obj} is closed.";
    case NKey::SockDrainWait: return "{task} waits in drain(): the write buffer of {obj} is full.";
    case NKey::ExcRaised: return "{s} is raised at line {line} in {task}.";
    case NKey::ExcCaught: return "{task} catches the exception at line {line}.";
    case NKey::ExcUncaught: return "Nobody caught it: {s}";
    case NKey::WhyTimer: return ": its timer fired at t={t}";
    case NKey::WhyResult: return ": what it awaited is done";
    case NKey::WhyException: return ": what it awaited raised an exception";
    case NKey::WhyCancelled: return ": what it awaited was cancelled";
    case NKey::WhyPut: return ": an item was put into the queue";
    case NKey::WhyGet: return ": room was made in the queue";
    case NKey::WhyRelease: return ": the lock/semaphore was released";
    case NKey::WhyEventSet: return ": the event was set";
    case NKey::WhySockData: return ": data arrived on the socket";
    case NKey::WhyNotify: return ": the condition was notified";
    case NKey::Nothing: return "Nothing has run yet.";
    case NKey::Count: break;
  }
  return "";
}

}  // namespace sandbox::gui
