// Chooses the sentence for an event and fills in its placeholders.  The "why"
// of a resumed task follows the event's cause chain back (step <- handle run
// <- wakeup scheduled <- timer due / future done / put / release ...).
#include "narrate.h"

#include <cstdio>

#include "document.h"

namespace sandbox::gui {

using trace::Event;
using trace::EventKind;

const char* narration_template(NKey k, Lang l) { return l == Lang::Zh ? narration_zh(k) : narration_en(k); }

std::vector<const char*> narration_zh_templates() {
  std::vector<const char*> v;
  for (int k = 0; k < static_cast<int>(NKey::Count); ++k) v.push_back(narration_zh(static_cast<NKey>(k)));
  return v;
}

namespace {

std::string fmt_time(double t) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.3f", t);
  return buf;
}

std::string fmt_secs(double t) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%g", t);
  return buf;
}

std::string object_label(const Document& doc, uint32_t obj) {
  if (obj == 0) return "?";
  if (doc.index().task(obj)) return doc.index().task_name(obj);
  std::string n = doc.index().object_name(obj);
  return n.empty() ? prefixed("#", obj) : n;
}

bool is_block_event(EventKind k) {
  return k == EventKind::QueuePutWait || k == EventKind::QueueGetWait || k == EventKind::QueueJoinWait ||
         k == EventKind::SyncWait || k == EventKind::SockDrainWait;
}

// A step that suspends on a queue, lock or socket awaits a waiter future the
// user never sees; the *_wait event just before it names the queue itself.
uint32_t blocked_on(const TraceSource& src, uint64_t seq, const Event& end) {
  for (uint64_t back = 1; back <= 4 && back <= seq; ++back) {
    const Event& p = src.event(seq - back);
    if (p.task != end.task || p.kind == EventKind::TaskStepBegin) break;
    if (is_block_event(p.kind)) return p.obj;
  }
  return end.obj;
}

std::string shorten(std::string s, size_t max = 80) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  if (s.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    s = s.substr(0, cut) + "...";
  }
  return s;
}

// Walks causes back from `e` to the first event that explains a wake-up.
NKey why_key(const Document& doc, const Event& e, const Event** found) {
  const TraceSource* src = doc.source();
  uint32_t cause = e.cause;
  for (int hops = 0; hops < 6 && cause != 0 && cause - 1 < src->size(); ++hops) {
    const Event& c = src->event(cause - 1);
    *found = &c;
    switch (c.kind) {
      case EventKind::TimerDue: return NKey::WhyTimer;
      case EventKind::FutureResult: return NKey::WhyResult;
      case EventKind::FutureException: return NKey::WhyException;
      case EventKind::FutureCancelled: return NKey::WhyCancelled;
      case EventKind::QueuePut: return NKey::WhyPut;
      case EventKind::QueueGet: return NKey::WhyGet;
      case EventKind::SyncRelease: return NKey::WhyRelease;
      case EventKind::EventSet: return NKey::WhyEventSet;
      case EventKind::SockWrite: case EventKind::SockEof: return NKey::WhySockData;
      case EventKind::SyncNotify: return NKey::WhyNotify;
      default: break;
    }
    cause = c.cause;
  }
  return NKey::Count;
}

NKey key_for(const Document& doc, const Event& e) {
  using W = trace::WaitKind;
  switch (e.kind) {
    case EventKind::ProgramStart: return NKey::ProgramStart;
    case EventKind::ProgramEnd: return e.arg == 0 ? NKey::ProgramEndOk : NKey::ProgramEndFailed;
    case EventKind::Line: return e.task ? NKey::LineTask : NKey::LineModule;
    case EventKind::Output: return NKey::Output;
    case EventKind::LoopBlocked: return NKey::LoopBlocked;
    case EventKind::Limit: return NKey::Limit;
    case EventKind::Name: return NKey::Name;
    case EventKind::LoopStart: return NKey::LoopStart;
    case EventKind::LoopStop: return NKey::LoopStop;
    case EventKind::IterationBegin: return NKey::IterationBegin;
    case EventKind::PhaseComputeTimeout: {
      double d = e.arg_d();
      return d < 0 ? NKey::ComputeTimeoutNone : d == 0 ? NKey::ComputeTimeoutZero : NKey::ComputeTimeoutTimer;
    }
    case EventKind::PhasePollIO: return NKey::PollIO;
    case EventKind::PhaseDueTimers: return NKey::DueTimers;
    case EventKind::PhaseRunReady: return NKey::RunReady;
    case EventKind::ClockAdvance: return NKey::ClockAdvance;
    case EventKind::HandleScheduled:
      switch (static_cast<trace::HandleKind>(e.aux)) {
        case trace::HandleKind::TaskStep: return NKey::ScheduleStep;
        case trace::HandleKind::TaskWakeup: return NKey::ScheduleWakeup;
        case trace::HandleKind::FutureCallback: return NKey::ScheduleFutureCallback;
        case trace::HandleKind::UserCallback: return NKey::ScheduleUserCallback;
        case trace::HandleKind::Internal: return NKey::ScheduleInternal;
      }
      return NKey::ScheduleInternal;
    case EventKind::HandleRun: return e.task ? NKey::HandleRunTask : NKey::HandleRunOther;
    case EventKind::HandleCancelled: return NKey::HandleCancelled;
    case EventKind::TimerScheduled:
      switch (static_cast<trace::TimerKind>(e.aux)) {
        case trace::TimerKind::Sleep: return NKey::TimerSleep;
        case trace::TimerKind::CallLater: return NKey::TimerCallLater;
        case trace::TimerKind::Timeout: case trace::TimerKind::WaitFor: case trace::TimerKind::Wait:
          return NKey::TimerTimeout;
        case trace::TimerKind::Internal: return NKey::TimerOther;
      }
      return NKey::TimerOther;
    case EventKind::TimerCancelled: return NKey::TimerCancelled;
    case EventKind::TimerDue: return e.task ? NKey::TimerDueTask : NKey::TimerDueOther;
    case EventKind::TaskCreated: return NKey::TaskCreated;
    case EventKind::TaskStepBegin:
      switch (static_cast<trace::ResumeKind>(e.aux)) {
        case trace::ResumeKind::First: return NKey::StepFirst;
        case trace::ResumeKind::Send: return NKey::StepSend;
        case trace::ResumeKind::Throw: return NKey::StepThrow;
      }
      return NKey::StepSend;
    case EventKind::TaskStepEnd:
      switch (e.step_end()) {
        case trace::StepEnd::Returned: return NKey::EndReturned;
        case trace::StepEnd::Raised: return NKey::EndRaised;
        case trace::StepEnd::Cancelled: return NKey::EndCancelled;
        case trace::StepEnd::Suspended: break;
      }
      switch (e.wait_kind()) {
        case W::Yield: return NKey::EndYield;
        case W::Timer: return NKey::EndTimer;
        case W::Future: return NKey::EndFuture;
        case W::Task: return NKey::EndTask;
        case W::Gather: return NKey::EndGather;
        case W::Queue: return NKey::EndQueue;
        case W::Lock: return NKey::EndLock;
        case W::Semaphore: return NKey::EndSemaphore;
        case W::Event: return NKey::EndEvent;
        case W::Condition: return NKey::EndCondition;
        case W::Socket: return NKey::EndSocket;
        default: return NKey::EndOther;
      }
    case EventKind::TaskCancelRequested: return NKey::CancelRequested;
    case EventKind::FutureCreated: return NKey::FutureCreated;
    case EventKind::FutureResult: return NKey::FutureResult;
    case EventKind::FutureException: return NKey::FutureException;
    case EventKind::FutureCancelled: return NKey::FutureCancelled;
    case EventKind::CallbackAdded: return NKey::CallbackAdded;
    case EventKind::QueueCreated: return e.arg > 0 ? NKey::QueueCreated : NKey::QueueCreatedUnbounded;
    case EventKind::QueuePut: return NKey::QueuePut;
    case EventKind::QueueGet: return NKey::QueueGet;
    case EventKind::QueuePutWait: return NKey::QueuePutWait;
    case EventKind::QueueGetWait: return NKey::QueueGetWait;
    case EventKind::QueueTaskDone: return NKey::QueueTaskDone;
    case EventKind::QueueJoinWait: return NKey::QueueJoinWait;
    case EventKind::SyncCreated: return NKey::SyncCreated;
    case EventKind::SyncAcquire: return NKey::SyncAcquire;
    case EventKind::SyncWait: return NKey::SyncWait;
    case EventKind::SyncRelease: return NKey::SyncRelease;
    case EventKind::SyncNotify: return NKey::SyncNotify;
    case EventKind::SyncWake: return NKey::SyncWake;
    case EventKind::EventSet: return NKey::EventSet;
    case EventKind::EventClear: return NKey::EventClear;
    case EventKind::SockListen: return NKey::SockListen;
    case EventKind::SockConnect: return NKey::SockConnect;
    case EventKind::SockAccept: return NKey::SockAccept;
    case EventKind::SockRefused: return NKey::SockRefused;
    case EventKind::SockWrite: return NKey::SockWrite;
    case EventKind::SockRead: return NKey::SockRead;
    case EventKind::SockEof: return NKey::SockEof;
    case EventKind::SockClose: return NKey::SockClose;
    case EventKind::SockDrainWait: return NKey::SockDrainWait;
    case EventKind::ExcRaised: return NKey::ExcRaised;
    case EventKind::ExcCaught: return NKey::ExcCaught;
    case EventKind::ExcUncaught: return NKey::ExcUncaught;
    case EventKind::ThreadStart: return NKey::ThreadStart;
    case EventKind::ThreadRun: return e.obj ? NKey::ThreadRunWorker : NKey::ThreadRunLoop;
    case EventKind::ThreadBlock:
      switch (static_cast<trace::ThreadWait>(e.aux)) {
        case trace::ThreadWait::Sleep: return e.obj ? NKey::ThreadSleep : NKey::LoopBlocked;
        case trace::ThreadWait::Wait: return NKey::ThreadWaitResult;
        case trace::ThreadWait::Idle: return NKey::ThreadIdle;
        case trace::ThreadWait::Join: return NKey::ThreadJoin;
        case trace::ThreadWait::Select: return NKey::ThreadSelect;
      }
      return NKey::ThreadSelect;
    case EventKind::ThreadEnd: return NKey::ThreadEnd;
    case EventKind::ThreadWork: return NKey::ThreadWork;
    case EventKind::ThreadResult: return e.aux ? NKey::ThreadResultRaised : NKey::ThreadResultOk;
    case EventKind::Count: break;
  }
  (void)doc;
  return NKey::Nothing;
}

// Kinds whose arg is a string id / a double / an integer.
bool arg_is_string(EventKind k) {
  switch (k) {
    case EventKind::ProgramStart: case EventKind::Output: case EventKind::Limit: case EventKind::Name:
    case EventKind::HandleScheduled: case EventKind::TaskCreated: case EventKind::TaskStepEnd:
    case EventKind::TaskCancelRequested: case EventKind::FutureResult: case EventKind::FutureException:
    case EventKind::FutureCancelled: case EventKind::CallbackAdded: case EventKind::QueuePut:
    case EventKind::QueueGet: case EventKind::ExcRaised: case EventKind::ExcUncaught:
    case EventKind::ThreadStart: case EventKind::ThreadWork: case EventKind::ThreadResult:
      return true;
    default: return false;
  }
}
bool arg_is_double(EventKind k) {
  return k == EventKind::LoopBlocked || k == EventKind::PhaseComputeTimeout || k == EventKind::ClockAdvance ||
         k == EventKind::TimerScheduled;
}

void replace_all(std::string& s, const std::string& what, const std::string& with) {
  for (size_t pos = 0; (pos = s.find(what, pos)) != std::string::npos; pos += with.size())
    s.replace(pos, what.size(), with);
}

}  // namespace

std::string narrate(const Document& doc, uint64_t seq, Lang l) {
  const TraceSource* src = doc.source();
  if (!src || seq >= src->size()) return narration_template(NKey::Nothing, l);
  const Event& e = src->event(seq);
  NKey key = key_for(doc, e);
  std::string out = narration_template(key, l);

  std::string s, n, d;
  if (arg_is_string(e.kind)) s = shorten(doc.str(e.arg));
  else if (arg_is_double(e.kind)) d = fmt_secs(e.arg_d());
  else n = std::to_string(e.arg);
  if (e.kind == EventKind::IterationBegin) n = std::to_string(e.iter);  // the number is the event's iter, not its arg
  if (e.kind == EventKind::TimerScheduled) d = fmt_time(e.arg_d());
  if (e.kind == EventKind::ClockAdvance) d = fmt_time(e.arg_d());
  // A thread blocks until a deadline: the narration says for how long.
  if (e.kind == EventKind::ThreadBlock) d = e.arg_d() < 0 ? std::string("-") : fmt_secs(e.arg_d() - e.time);
  // The coroutine name of a task's first step comes from its creation.
  if (e.kind == EventKind::TaskStepBegin) {
    if (const TaskLane* t = doc.index().task(e.task)) s = t->coro;
  }
  if (e.kind == EventKind::HandleRun && !e.task) s = prefixed("#", e.obj);

  if (out.find("{why}") != std::string::npos) {
    const Event* c = nullptr;
    NKey wk = why_key(doc, e, &c);
    std::string why;
    if (wk != NKey::Count) {
      why = narration_template(wk, l);
      replace_all(why, "{t}", fmt_time(c ? c->time : e.time));
    }
    replace_all(out, "{why}", why);
  }
  replace_all(out, "{task}", doc.index().task_name(e.task));
  const uint32_t obj = e.kind == EventKind::TaskStepEnd ? blocked_on(*src, seq, e) : e.obj;
  replace_all(out, "{obj}", object_label(doc, obj));
  replace_all(out, "{line}", std::to_string(e.line));
  replace_all(out, "{t}", fmt_time(e.time));
  if (e.kind == EventKind::TimerScheduled) replace_all(out, "{dt}", fmt_secs(e.arg_d() - e.time));
  replace_all(out, "{n}", n);
  replace_all(out, "{d}", d);
  replace_all(out, "{s}", s);   // last: the payload may itself contain braces
  return out;
}

}  // namespace sandbox::gui
