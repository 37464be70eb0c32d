// asyncio.Queue, LifoQueue and PriorityQueue (queues.py 3.11).  put() and
// get() are the native coroutines of queues.py with the same waiter futures:
// a blocked getter is woken by put_nowait, a blocked putter by get_nowait,
// each time only the first waiter that is not done (_wakeup_next), so blocked
// producers resume in FIFO order and one that blocks again queues behind the
// others.  PriorityQueue is heapq's exact algorithm over Python comparisons.
//
// Trace: QueueCreated/Put/Get/PutWait/GetWait/TaskDone/JoinWait.  A get
// that waited points (cause) at the put that woke it, and the other way round.
#pragma once
#include <cstdint>
#include <deque>

#include "runtime/future.h"
#include "runtime/sync.h"
#include "trace/event.h"
#include "vm/object.h"

namespace sandbox::runtime {

class Runtime;

struct QueueObj : vm::GcObj {
  explicit QueueObj(vm::Type* t) : vm::GcObj(t) {}
  void gc_traverse(vm::GcVisitor& v) override {
    v(maxsize);
    for (const vm::Value& x : items) v(x);
    for (const SyncWaiter& w : getters) v(w.fut);
    for (const SyncWaiter& w : putters) v(w.fut);
    v(finished);
  }
  void gc_clear() override {
    std::deque<vm::Value> old;
    old.swap(items);
    std::deque<SyncWaiter> g, p;
    g.swap(getters);
    p.swap(putters);
  }
  trace::QueueKind kind = trace::QueueKind::Queue;
  vm::Value maxsize = vm::Value::integer(0);  // `_maxsize` as given
  // `_queue`: a deque (Queue), a list used as a stack (LifoQueue) or as a
  // heap (PriorityQueue); one random-access container serves all three.
  std::deque<vm::Value> items;
  std::deque<SyncWaiter> getters, putters;  // `_getters`, `_putters`
  // The three deques' entries, charged to the VM heap account (vm/heap.h)
  // as CPython's deques are Python memory: a queue filled forever ends in
  // MemoryError.  account() after any of them changes size.
  vm::HeapCharge mem;
  void account() {
    mem.set(items.size() * sizeof(vm::Value) + (getters.size() + putters.size()) * sizeof(SyncWaiter));
  }
  int64_t unfinished = 0;                   // `_unfinished_tasks`
  vm::Ref<EventObj> finished;               // `_finished` (untraced Event)
  uint32_t id = 0;                          // trace id
};

struct QueueTypes {
  vm::Type *Queue, *LifoQueue, *PriorityQueue, *QueueEmpty, *QueueFull;
};
const QueueTypes& queue_types();

bool queue_full(vm::VM& vm, const QueueObj* q);
// put_nowait / get_nowait; cause_field: the trace cause of the put/get.
void queue_put_nowait(Runtime& rt, QueueObj* q, const vm::Value& item, uint32_t cause_field = 0);
vm::Value queue_get_nowait(Runtime& rt, QueueObj* q, uint32_t cause_field = 0);
vm::Value queue_put_op(QueueObj* q, vm::Value item);
vm::Value queue_get_op(QueueObj* q);
vm::Value queue_join_op(QueueObj* q);
void queue_task_done(Runtime& rt, QueueObj* q);

// Registers Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull in `m`.
void register_queue_types(vm::VM& vm, vm::Module& m);

}  // namespace sandbox::runtime
