#include "model/builder.h"

#include <algorithm>

#include "common/heapq.h"

namespace sandbox::model {

using trace::Event;
using trace::EventKind;

namespace {

// Every list the model keeps by id is sorted by id (ids are handed out in
// creation order, so this is creation order); lookups are binary searches.
template <class T>
T* find_by_id(std::vector<T>& v, uint32_t id) {
  auto it = std::lower_bound(v.begin(), v.end(), id, [](const T& x, uint32_t i) { return x.id < i; });
  return it != v.end() && it->id == id ? &*it : nullptr;
}
template <class T>
const T* find_by_id(const std::vector<T>& v, uint32_t id) {
  return find_by_id(const_cast<std::vector<T>&>(v), id);
}
template <class T>
T& insert_by_id(std::vector<T>& v, T item) {
  if (v.empty() || v.back().id < item.id) return v.emplace_back(std::move(item));
  auto it = std::lower_bound(v.begin(), v.end(), item.id, [](const T& x, uint32_t i) { return x.id < i; });
  if (it != v.end() && it->id == item.id) return *it = std::move(item);  // a reused id replaces
  return *v.insert(it, std::move(item));
}
bool is_counting(trace::SyncKind k) {
  return k == trace::SyncKind::Semaphore || k == trace::SyncKind::BoundedSemaphore;
}
bool is_step_handle(trace::HandleKind k) {
  return k == trace::HandleKind::TaskStep || k == trace::HandleKind::TaskWakeup;
}

}  // namespace

void IdList::add_unique(uint32_t id) {
  if (!pos_.emplace(id, slots_.size()).second) return;
  slots_.push_back(id);
}

void IdList::erase(uint32_t id) {
  auto it = pos_.find(id);
  if (it == pos_.end()) return;
  slots_[it->second] = kHole;
  pos_.erase(it);
  while (head_ < slots_.size() && slots_[head_] == kHole) ++head_;
  if (head_ == slots_.size()) {
    slots_.clear();
    head_ = 0;
  } else if (slots_.size() > 64 && slots_.size() > 2 * pos_.size()) {
    compact();
  }
}

void IdList::compact() {
  std::vector<uint32_t> kept = to_vector();
  slots_ = std::move(kept);
  head_ = 0;
  for (size_t i = 0; i < slots_.size(); ++i) pos_[slots_[i]] = i;
}

void IdList::clear() {
  slots_.clear();
  head_ = 0;
  pos_.clear();
}

std::vector<uint32_t> IdList::to_vector() const {
  std::vector<uint32_t> out;
  out.reserve(pos_.size());
  for (size_t i = head_; i < slots_.size(); ++i)
    if (slots_[i] != kHole) out.push_back(slots_[i]);
  return out;
}

TaskInfo* ModelBuilder::find_task(uint32_t id) { return find_by_id(m_.tasks, id); }
QueueInfo* ModelBuilder::find_queue(uint32_t id) { return find_by_id(m_.queues, id); }
SyncInfo* ModelBuilder::find_sync(uint32_t id) { return find_by_id(m_.syncs, id); }
SocketInfo* ModelBuilder::find_socket(uint32_t id) { return find_by_id(m_.sockets, id); }
std::vector<ModelBuilder::FutureSlot>::iterator ModelBuilder::future_slot(uint32_t id) {
  return std::lower_bound(futures_.begin(), futures_.end(), id,
                          [](const FutureSlot& x, uint32_t i) { return x.info.id < i; });
}

FutureInfo* ModelBuilder::find_future(uint32_t id) {
  auto it = future_slot(id);
  return it != futures_.end() && it->info.id == id && it->live ? &it->info : nullptr;
}

// A plain future finished: it leaves the pending list (as a hole, compacted
// once holes are the majority, so finishing costs O(1) amortised).
void ModelBuilder::finish_future(uint32_t id) {
  auto it = future_slot(id);
  if (it == futures_.end() || it->info.id != id || !it->live) return;
  it->live = false;
  ++dead_futures_;
  if (futures_.size() > 64 && dead_futures_ * 2 > futures_.size()) {
    std::erase_if(futures_, [](const FutureSlot& x) { return !x.live; });
    dead_futures_ = 0;
  }
}

const TaskInfo* Model::task(uint32_t id) const { return find_by_id(tasks, id); }
const QueueInfo* Model::queue(uint32_t id) const { return find_by_id(queues, id); }
const SyncInfo* Model::sync(uint32_t id) const { return find_by_id(syncs, id); }
const SocketInfo* Model::socket(uint32_t id) const { return find_by_id(sockets, id); }
const FutureInfo* Model::future(uint32_t id) const { return find_by_id(futures, id); }

const char* task_state_name(TaskState s) {
  switch (s) {
    case TaskState::Ready: return "ready";
    case TaskState::Running: return "running";
    case TaskState::Waiting: return "waiting";
    case TaskState::Done: return "done";
    case TaskState::Cancelled: return "cancelled";
    case TaskState::Failed: return "failed";
  }
  return "unknown";
}

const char* phase_name(Phase p) {
  switch (p) {
    case Phase::NotStarted: return "not_started";
    case Phase::Begin: return "begin";
    case Phase::ComputeTimeout: return "compute_timeout";
    case Phase::PollIO: return "poll_io";
    case Phase::DueTimers: return "due_timers";
    case Phase::RunReady: return "run_ready";
    case Phase::Stopped: return "stopped";
  }
  return "unknown";
}

// A step or wake-up handle for the task entered the ready queue: it is Ready
// (a running task that schedules its own next step stays Running until its
// step ends, then becomes Ready rather than Waiting).
void ModelBuilder::schedule_task_step(uint32_t task) {
  pending_step_.insert(task);
  if (TaskInfo* t = find_task(task); t && t->state == TaskState::Waiting) t->state = TaskState::Ready;
}

// Ready-queue handles popped by _run_once that were cancelled are skipped
// without a HandleRun; drop the ones left in this phase's batch of ntodo.
void ModelBuilder::drop_cancelled_batch_rest() {
  while (batch_left_ > 0 && !ready_.empty() && ready_.front().cancelled) {
    ready_.pop_front();
    --batch_left_;
  }
  batch_left_ = 0;
}

void ModelBuilder::handle_run(uint32_t id) {
  // Normally the front; cancelled handles before it were popped and skipped.
  while (!ready_.empty() && ready_.front().id != id && ready_.front().cancelled) {
    ready_.pop_front();
    --batch_left_;
  }
  auto it = std::find_if(ready_.begin(), ready_.end(), [&](const HandleInfo& h) { return h.id == id; });
  if (it != ready_.end()) {
    if (is_step_handle(it->kind) && it->task) pending_step_.erase(it->task);
    ready_.erase(it);
    --batch_left_;
  }
  m_.running_handle = id;
}

// The start of BaseEventLoop._run_once: drop cancelled timers, either by a
// full rebuild (more than 100 timers, over half cancelled) or from the head.
void ModelBuilder::timer_cleanup() {
  size_t n = heap_.size();
  if (n > 100 && static_cast<double>(timer_cancelled_count_) / static_cast<double>(n) > 0.5) {
    std::vector<TimerInfo> kept;
    for (auto& h : heap_)
      if (!h.cancelled) kept.push_back(std::move(h));
    heapq::heapify(kept, timer_less);
    heap_ = std::move(kept);
    timer_cancelled_count_ = 0;
  } else {
    while (!heap_.empty() && heap_.front().cancelled) {
      if (timer_cancelled_count_) --timer_cancelled_count_;
      heapq::heappop(heap_, timer_less);
    }
  }
}

// A due timer: heappop and append to the ready queue.
void ModelBuilder::timer_due(uint32_t id) {
  if (heap_.empty()) return;
  TimerInfo t;
  if (heap_.front().id == id) {
    t = heapq::heappop(heap_, timer_less);
  } else {
    auto it = std::find_if(heap_.begin(), heap_.end(), [&](const TimerInfo& x) { return x.id == id; });
    if (it == heap_.end()) return;
    t = heapq::remove_at(heap_, static_cast<size_t>(it - heap_.begin()), timer_less);
  }
  if (t.cancelled && timer_cancelled_count_) --timer_cancelled_count_;
  HandleInfo h;
  h.id = t.id;
  h.kind = t.kind == trace::TimerKind::CallLater ? trace::HandleKind::UserCallback
                                                 : trace::HandleKind::Internal;
  h.task = t.task;
  h.desc = t.desc;
  h.scheduled_seq = t.scheduled_seq;
  h.cancelled = t.cancelled;
  h.from_timer = true;
  h.timer_kind = t.kind;
  ready_.push_back(std::move(h));
}

// TimerHandle.cancel: counted by _timer_handle_cancelled only while the
// timer is still in the heap and the first time it is cancelled.
void ModelBuilder::timer_cancelled(uint32_t id) {
  for (auto& t : heap_)
    if (t.id == id) {
      if (!t.cancelled) ++timer_cancelled_count_;
      t.cancelled = true;
      return;
    }
  for (auto& h : ready_)
    if (h.id == id) h.cancelled = true;
}

// The task runs again: it no longer waits in any queue or primitive.
void ModelBuilder::unblock(uint32_t task) {
  for (auto& [id, q] : queue_states_) {
    q.getters.erase(task);
    q.putters.erase(task);
    q.joiners.erase(task);
  }
  for (auto& [id, w] : sync_waiters_) w.erase(task);
}

void ModelBuilder::block_on(const Event& e) {
  if (TaskInfo* t = find_task(e.task)) t->blocked_on = e.obj;
}

void ModelBuilder::output(const Event& e, std::string_view text, std::vector<ConsoleLine>& console) {
  int s = e.obj == 2 ? 1 : 0;
  while (!text.empty()) {
    if (open_line_[s] < 0) {
      ConsoleLine l;
      l.time = e.time;
      l.seq = m_.cursor - 1;
      l.is_stderr = s == 1;
      console.push_back(std::move(l));
      open_line_[s] = static_cast<int64_t>(console.size() - 1);
    }
    size_t nl = text.find('\n');
    ConsoleLine& line = console[static_cast<size_t>(open_line_[s])];
    if (nl == std::string_view::npos) {
      line.text.append(text);
      return;
    }
    line.text.append(text.substr(0, nl));
    open_line_[s] = -1;
    text.remove_prefix(nl + 1);
  }
}

void ModelBuilder::rename(uint32_t obj, std::string_view name) {
  if (TaskInfo* t = find_task(obj)) t->name = name;
  else if (QueueInfo* q = find_queue(obj)) q->name = name;
  else if (SyncInfo* y = find_sync(obj)) y->name = name;
  else if (SocketInfo* k = find_socket(obj)) k->name = name;
  else if (FutureInfo* f = find_future(obj)) f->name = name;
}

void ModelBuilder::thread_event(const trace::Event& e, const trace::Trace& tr) {
  ThreadInfo* t = nullptr;
  for (ThreadInfo& x : m_.threads)
    if (x.id == e.obj) t = &x;
  switch (e.kind) {
    case EventKind::ThreadStart: {
      ThreadInfo started;
      started.id = e.obj;
      started.name = std::string(tr.str(e.arg));
      m_.threads.push_back(std::move(started));
      return;
    }
    case EventKind::ThreadRun:
      for (ThreadInfo& x : m_.threads)
        if (x.state == ThreadState::Running) x.state = ThreadState::Blocked;
      m_.running_thread = e.obj;
      if (t) {
        t->state = ThreadState::Running;
        t->deadline = -1;
      }
      return;
    case EventKind::ThreadBlock:
      if (t) {
        t->state = ThreadState::Blocked;
        t->wait = e.aux;
        t->deadline = e.arg_d();
      }
      return;
    case EventKind::ThreadEnd:
      if (t) {
        t->state = ThreadState::Done;
        t->work.clear();
      }
      return;
    case EventKind::ThreadWork:
      if (t) t->work = std::string(tr.str(e.arg));
      return;
    case EventKind::ThreadResult:
      if (t) t->work.clear();
      return;
    default:
      return;
  }
}

void ModelBuilder::apply(const trace::Trace& tr, uint64_t seq, std::vector<ConsoleLine>& console) {
  const Event& e = tr[seq];
  m_.cursor = seq + 1;
  m_.time = e.time;
  m_.iteration = e.iter;
  auto S = [&] { return tr.str(e.arg); };
  switch (e.kind) {
    case EventKind::ProgramStart:
      break;
    case EventKind::ProgramEnd:
      m_.finished = true;
      m_.exit_status = e.arg;
      m_.phase = Phase::Stopped;
      m_.running_task = 0;
      m_.running_handle = 0;
      break;
    case EventKind::Line:
      m_.line = static_cast<int>(e.line);
      if (TaskInfo* t = e.task ? find_task(e.task) : nullptr) t->line = static_cast<int>(e.line);
      break;
    case EventKind::Output:
      output(e, S(), console);
      break;
    case EventKind::LoopBlocked:
    case EventKind::Limit:
      break;
    case EventKind::ThreadStart:
    case EventKind::ThreadRun:
    case EventKind::ThreadBlock:
    case EventKind::ThreadEnd:
    case EventKind::ThreadWork:
    case EventKind::ThreadResult:
      thread_event(e, tr);
      break;
    case EventKind::Name:
      rename(e.obj, S());
      break;

    case EventKind::LoopStart:
      m_.phase = Phase::NotStarted;
      break;
    case EventKind::LoopStop:
      drop_cancelled_batch_rest();
      m_.phase = Phase::Stopped;
      m_.running_handle = 0;
      break;
    case EventKind::IterationBegin:
      drop_cancelled_batch_rest();
      m_.phase = Phase::Begin;
      m_.running_handle = 0;
      break;
    case EventKind::PhaseComputeTimeout:
      drop_cancelled_batch_rest();
      timer_cleanup();
      m_.phase = Phase::ComputeTimeout;
      m_.running_handle = 0;
      break;
    case EventKind::PhasePollIO:
      m_.phase = Phase::PollIO;
      break;
    case EventKind::PhaseDueTimers:
      m_.phase = Phase::DueTimers;
      break;
    case EventKind::PhaseRunReady:
      m_.phase = Phase::RunReady;
      batch_left_ = e.arg;
      m_.run_ready_total = static_cast<int>(e.arg);
      break;
    case EventKind::ClockAdvance:
      m_.time = e.arg_d();
      break;

    case EventKind::HandleScheduled: {
      HandleInfo h;
      h.id = e.obj;
      h.kind = static_cast<trace::HandleKind>(e.aux);
      h.task = e.task;
      h.desc = S();
      h.scheduled_seq = seq;
      bool step = is_step_handle(h.kind);
      ready_.push_back(std::move(h));
      if (step && e.task) schedule_task_step(e.task);
      break;
    }
    case EventKind::HandleRun:
      handle_run(e.obj);
      break;
    case EventKind::HandleCancelled:
    case EventKind::TimerCancelled:
      timer_cancelled(e.obj);
      break;
    case EventKind::TimerScheduled: {
      TimerInfo t;
      t.id = e.obj;
      t.kind = static_cast<trace::TimerKind>(e.aux);
      t.task = e.task;
      t.when = e.arg_d();
      t.scheduled_seq = seq;
      heapq::heappush(heap_, std::move(t), timer_less);
      break;
    }
    case EventKind::TimerDue:
      timer_due(e.obj);
      break;

    case EventKind::TaskCreated: {
      TaskInfo t;
      t.id = e.obj ? e.obj : e.task;
      t.coro = S();
      t.state = TaskState::Ready;
      t.created_seq = seq;
      t.line = static_cast<int>(e.line);
      insert_by_id(m_.tasks, std::move(t));
      break;
    }
    case EventKind::TaskStepBegin: {
      m_.running_task = e.task;
      if (e.line) m_.line = static_cast<int>(e.line);
      pending_step_.erase(e.task);
      unblock(e.task);
      if (TaskInfo* t = find_task(e.task)) {
        t->state = TaskState::Running;
        t->cancel_requested = false;
        t->blocked_on = 0;
        ++t->steps;
        if (e.line) t->line = static_cast<int>(e.line);
      }
      break;
    }
    case EventKind::TaskStepEnd: {
      if (m_.running_task == e.task) m_.running_task = 0;
      TaskInfo* t = find_task(e.task);
      if (!t) break;
      if (e.line) t->line = static_cast<int>(e.line);
      switch (e.step_end()) {
        case trace::StepEnd::Suspended: {
          t->wait = e.wait_kind();
          t->awaiting = e.obj;
          t->awaiting_repr = e.arg == trace::kNoString ? std::string() : std::string(S());
          bool pending = pending_step_.count(e.task) != 0;
          t->state = pending ? TaskState::Ready : TaskState::Waiting;
          break;
        }
        case trace::StepEnd::Returned:
        case trace::StepEnd::Raised:
        case trace::StepEnd::Cancelled:
          t->state = e.step_end() == trace::StepEnd::Returned ? TaskState::Done
                     : e.step_end() == trace::StepEnd::Raised ? TaskState::Failed
                                                               : TaskState::Cancelled;
          if (e.arg != trace::kNoString) t->outcome = S();
          t->ended_seq = seq;
          t->wait = trace::WaitKind::None;
          t->awaiting = 0;
          t->awaiting_repr.clear();
          t->blocked_on = 0;
          unblock(e.task);
          break;
      }
      break;
    }
    case EventKind::TaskCancelRequested:
      if (TaskInfo* t = find_task(e.task ? e.task : e.obj)) t->cancel_requested = true;
      break;

    case EventKind::FutureCreated: {
      if (find_task(e.obj)) break;  // a task's own future part
      FutureInfo f;
      f.id = e.obj;
      f.kind = static_cast<trace::FutureKind>(e.aux);
      f.creator = e.task;
      f.created_seq = seq;
      auto it = future_slot(f.id);
      if (it != futures_.end() && it->info.id == f.id) {  // a reused id replaces
        if (!it->live) --dead_futures_;
        *it = FutureSlot{std::move(f), true};
      } else {
        futures_.insert(it, FutureSlot{std::move(f), true});
      }
      break;
    }
    case EventKind::FutureResult:
    case EventKind::FutureException:
    case EventKind::FutureCancelled: {
      finish_future(e.obj);
      if (TaskInfo* t = find_task(e.obj); t && e.arg != trace::kNoString && t->outcome.empty())
        t->outcome = S();
      break;
    }
    case EventKind::CallbackAdded:
      if (FutureInfo* f = find_future(e.obj)) ++f->callbacks;
      break;

    case EventKind::QueueCreated: {
      QueueInfo q;
      q.id = e.obj;
      q.kind = static_cast<trace::QueueKind>(e.aux);
      q.maxsize = e.arg;
      queue_states_[q.id] = QueueState{};
      insert_by_id(m_.queues, std::move(q));
      break;
    }
    case EventKind::QueuePut:
      if (QueueInfo* q = find_queue(e.obj)) {
        QueueState& qs = queue_state(q->id);
        qs.items.emplace_back(S());
        ++q->unfinished;
        qs.putters.erase(e.task);
      }
      break;
    case EventKind::QueueGet:
      if (QueueInfo* q = find_queue(e.obj)) {
        std::string_view item = S();
        QueueState& qs = queue_state(q->id);
        if (q->kind == trace::QueueKind::Lifo) {
          auto it = std::find(qs.items.rbegin(), qs.items.rend(), item);
          if (it != qs.items.rend()) qs.items.erase(std::next(it).base());
        } else {
          auto it = std::find(qs.items.begin(), qs.items.end(), item);
          if (it != qs.items.end()) qs.items.erase(it);
        }
        qs.getters.erase(e.task);
      }
      break;
    case EventKind::QueuePutWait:
      block_on(e);
      if (QueueInfo* q = find_queue(e.obj)) queue_state(q->id).putters.add_unique(e.task);
      break;
    case EventKind::QueueGetWait:
      block_on(e);
      if (QueueInfo* q = find_queue(e.obj)) queue_state(q->id).getters.add_unique(e.task);
      break;
    case EventKind::QueueTaskDone:
      if (QueueInfo* q = find_queue(e.obj)) {
        q->unfinished = e.arg;
        if (q->unfinished == 0) queue_state(q->id).joiners.clear();
      }
      break;
    case EventKind::QueueJoinWait:
      block_on(e);
      if (QueueInfo* q = find_queue(e.obj)) queue_state(q->id).joiners.add_unique(e.task);
      break;

    case EventKind::SyncCreated: {
      SyncInfo y;
      y.id = e.obj;
      y.kind = static_cast<trace::SyncKind>(e.aux);
      y.value = is_counting(y.kind) ? e.arg : 0;
      sync_waiters_[y.id] = IdList{};
      insert_by_id(m_.syncs, std::move(y));
      break;
    }
    case EventKind::SyncAcquire:
      if (SyncInfo* y = find_sync(e.obj)) {
        if (is_counting(y->kind)) {
          y->value = e.arg;  // semaphore events carry the value after them
        } else {
          y->value = 1;
          y->owner = e.task;
        }
        sync_waiters_[y->id].erase(e.task);
      }
      break;
    case EventKind::SyncWait:
      block_on(e);
      if (SyncInfo* y = find_sync(e.obj)) {
        sync_waiters_[y->id].add_unique(e.task);
        if (is_counting(y->kind)) y->value = e.arg;
      }
      break;
    case EventKind::SyncRelease:
      if (SyncInfo* y = find_sync(e.obj)) {
        if (is_counting(y->kind)) {
          y->value = e.arg;
        } else {
          y->value = 0;
          y->owner = 0;
        }
      }
      break;
    case EventKind::SyncNotify:
      break;
    case EventKind::SyncWake:
      if (SyncInfo* y = find_sync(e.obj)) {
        sync_waiters_[y->id].erase(e.task);
        if (is_counting(y->kind)) y->value = e.arg;
      }
      break;
    case EventKind::EventSet:
      if (SyncInfo* y = find_sync(e.obj)) y->value = 1;
      break;
    case EventKind::EventClear:
      if (SyncInfo* y = find_sync(e.obj)) y->value = 0;
      break;

    case EventKind::SockListen: {
      SocketInfo k;
      k.id = e.obj;
      k.listening = true;
      k.port = e.arg;
      k.name = "server :" + std::to_string(e.arg);
      insert_by_id(m_.sockets, std::move(k));
      break;
    }
    case EventKind::SockConnect: {
      SocketInfo k;
      k.id = e.obj;
      k.port = e.arg;
      k.name = "client -> :" + std::to_string(e.arg);
      insert_by_id(m_.sockets, std::move(k));
      break;
    }
    case EventKind::SockAccept: {
      uint32_t peer = static_cast<uint32_t>(e.arg);
      SocketInfo k;
      k.id = e.obj;
      k.peer = peer;
      if (SocketInfo* p = find_socket(peer)) k.port = p->port;
      k.name = "accepted <- #" + std::to_string(peer);
      insert_by_id(m_.sockets, std::move(k));
      if (SocketInfo* p = find_socket(peer)) p->peer = e.obj;
      break;
    }
    case EventKind::SockRefused:
      break;
    case EventKind::SockWrite:
      if (SocketInfo* k = find_socket(e.obj)) {
        k->written += static_cast<uint64_t>(e.arg);
        if (SocketInfo* p = k->peer ? find_socket(k->peer) : nullptr) p->buffered += static_cast<uint64_t>(e.arg);
      }
      break;
    case EventKind::SockRead:
      if (SocketInfo* k = find_socket(e.obj)) {
        uint64_t n = static_cast<uint64_t>(e.arg);
        k->read += n;
        k->buffered = k->buffered > n ? k->buffered - n : 0;
      }
      break;
    case EventKind::SockEof:
      if (SocketInfo* k = find_socket(e.obj)) k->eof = true;
      break;
    case EventKind::SockClose:
      if (SocketInfo* k = find_socket(e.obj)) k->closed = true;
      break;
    case EventKind::SockDrainWait:
      block_on(e);
      break;

    case EventKind::ExcRaised:
    case EventKind::ExcCaught:
    case EventKind::ExcUncaught:
      if (e.line && e.task)
        if (TaskInfo* t = find_task(e.task)) t->line = static_cast<int>(e.line);
      break;
    case EventKind::Count:
      break;
  }
}

Model ModelBuilder::materialize(std::vector<ConsoleLine> console) const {
  Model m = m_;
  m.ready.assign(ready_.begin(), ready_.end());
  for (const FutureSlot& f : futures_)
    if (f.live) m.futures.push_back(f.info);
  for (QueueInfo& q : m.queues) {
    auto it = queue_states_.find(q.id);
    if (it == queue_states_.end()) continue;
    q.items.assign(it->second.items.begin(), it->second.items.end());
    q.getters = it->second.getters.to_vector();
    q.putters = it->second.putters.to_vector();
    q.joiners = it->second.joiners.to_vector();
  }
  for (SyncInfo& y : m.syncs)
    if (auto it = sync_waiters_.find(y.id); it != sync_waiters_.end()) y.waiters = it->second.to_vector();
  // Pop a copy of the heap to list timers in the order the loop will see them.
  std::vector<TimerInfo> heap = heap_;
  m.timers.reserve(heap.size());
  while (!heap.empty()) m.timers.push_back(heapq::heappop(heap, timer_less));
  m.console = std::move(console);
  return m;
}

ConsoleMark ModelBuilder::console_mark(const std::vector<ConsoleLine>& console) const {
  ConsoleMark mark;
  mark.lines = console.size();
  for (int s = 0; s < 2; ++s) {
    mark.open_line[s] = open_line_[s];
    mark.open_len[s] = open_line_[s] >= 0 ? console[static_cast<size_t>(open_line_[s])].text.size() : 0;
  }
  return mark;
}

size_t ModelBuilder::cost_bytes() const {
  size_t b = sizeof(*this);
  b += m_.tasks.size() * (sizeof(TaskInfo) + 16);
  b += ready_.size() * (sizeof(HandleInfo) + 16);
  b += heap_.size() * sizeof(TimerInfo);
  b += futures_.size() * sizeof(FutureSlot);
  for (const auto& [id, q] : queue_states_) b += sizeof(QueueInfo) + q.items.size() * 40;
  b += m_.syncs.size() * sizeof(SyncInfo) + m_.sockets.size() * sizeof(SocketInfo);
  b += m_.threads.size() * (sizeof(ThreadInfo) + 32);
  return b;
}

}  // namespace sandbox::model
