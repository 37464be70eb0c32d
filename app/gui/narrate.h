// Narration: one sentence for the event the cursor just passed, saying what
// happened and why, made from the trace (never stored in it).  The sentence
// templates live in narrate_en.cpp and narrate_zh.cpp; placeholders:
// {task} the event's task, {obj} the object's name, {s} the string payload,
// {n} the integer payload, {d} the seconds payload, {t} the event's time,
// {line} its line, {dt} {d} minus {t}, {why} the cause clause (own template).
#pragma once
#include <string>
#include <vector>

#include "i18n.h"

namespace sandbox::gui {

class Document;

#define SANDBOX_NARRATION_KEYS(X)                                                          \
  X(ProgramStart) X(ProgramEndOk) X(ProgramEndFailed) X(LineTask) X(LineModule) X(Output)  \
  X(LoopBlocked) X(Limit) X(Name) X(LoopStart) X(LoopStop) X(IterationBegin)               \
  X(ComputeTimeoutZero) X(ComputeTimeoutTimer) X(ComputeTimeoutNone) X(PollIO) X(DueTimers) \
  X(RunReady) X(ClockAdvance) X(ScheduleStep) X(ScheduleWakeup) X(ScheduleFutureCallback)  \
  X(ScheduleUserCallback) X(ScheduleInternal) X(HandleRunTask) X(HandleRunOther)            \
  X(HandleCancelled) X(TimerSleep) X(TimerCallLater) X(TimerTimeout) X(TimerOther)          \
  X(TimerCancelled) X(TimerDueTask) X(TimerDueOther) X(TaskCreated) X(StepFirst) X(StepSend) \
  X(StepThrow) X(EndYield) X(EndTimer) X(EndFuture) X(EndTask) X(EndGather) X(EndQueue)      \
  X(EndLock) X(EndSemaphore) X(EndEvent) X(EndCondition) X(EndSocket) X(EndOther)          \
  X(EndReturned) X(EndRaised) X(EndCancelled) X(CancelRequested) X(FutureCreated)           \
  X(FutureResult) X(FutureException) X(FutureCancelled) X(CallbackAdded) X(QueueCreated)    \
  X(QueueCreatedUnbounded) X(QueuePut) X(QueueGet) X(QueuePutWait) X(QueueGetWait)          \
  X(QueueTaskDone) X(QueueJoinWait) X(SyncCreated) X(SyncAcquire) X(SyncWait)               \
  X(SyncRelease) X(SyncNotify) X(SyncWake) X(EventSet) X(EventClear) X(SockListen)          \
  X(SockConnect) X(SockAccept) X(SockRefused) X(SockWrite) X(SockRead) X(SockEof)           \
  X(SockClose) X(SockDrainWait) X(ExcRaised) X(ExcCaught) X(ExcUncaught)                    \
  X(WhyTimer) X(WhyResult) X(WhyException) X(WhyCancelled) X(WhyPut) X(WhyGet)              \
  X(WhyRelease) X(WhyEventSet) X(WhySockData) X(WhyNotify) X(Nothing)                      \
  X(ThreadStart) X(ThreadRunWorker) X(ThreadRunLoop) X(ThreadSleep) X(ThreadWaitResult)     \
  X(ThreadIdle) X(ThreadJoin) X(ThreadSelect) X(ThreadEnd) X(ThreadWork) X(ThreadResultOk)  \
  X(ThreadResultRaised)

enum class NKey : int {
#define SANDBOX_X(k) k,
  SANDBOX_NARRATION_KEYS(SANDBOX_X)
#undef SANDBOX_X
      Count
};

const char* narration_en(NKey k);   // narrate_en.cpp
const char* narration_zh(NKey k);   // narrate_zh.cpp
const char* narration_template(NKey k, Lang l);
std::vector<const char*> narration_zh_templates();

// The sentence for event `seq` of doc's trace.
std::string narrate(const Document& doc, uint64_t seq, Lang l);

}  // namespace sandbox::gui
