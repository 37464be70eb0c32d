// asyncio.Queue's algorithms (queues.py 3.11): put/get with waiter futures,
// _wakeup_next, task_done/join.  See queue.h.
#include "runtime/queue.h"

#include <algorithm>

#include "runtime/event_loop.h"
#include "common/heapq.h"
#include "runtime/runtime.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

// Queue._put / _get for the three kinds.
void raw_put(vm::VM& vm, QueueObj* q, const Value& item) {
  if (q->kind == trace::QueueKind::Priority) {
    heapq::heappush(q->items, item, [&](const Value& a, const Value& b) {
      return vm.compare_bool(a, b, vm::CmpOp::Lt);
    });
  } else {
    q->items.push_back(item);
  }
  q->account();
}

Value raw_get(vm::VM& vm, QueueObj* q) {
  switch (q->kind) {
    case trace::QueueKind::Queue: {
      Value v = q->items.front();
      q->items.pop_front();
      q->account();
      return v;
    }
    case trace::QueueKind::Lifo: {
      Value v = q->items.back();
      q->items.pop_back();
      q->account();
      return v;
    }
    case trace::QueueKind::Priority: {
      Value v = heapq::heappop(q->items, [&](const Value& a, const Value& b) {
        return vm.compare_bool(a, b, vm::CmpOp::Lt);
      });
      q->account();
      return v;
    }
  }
  return Value();
}

// Queue._wakeup_next: the first waiter that is not done yet, and only it.
void wakeup_next(Runtime& rt, QueueObj* q, std::deque<SyncWaiter>& waiters, uint64_t cause) {
  while (!waiters.empty()) {
    SyncWaiter w = std::move(waiters.front());
    waiters.pop_front();
    if (!w.fut->done()) {
      complete_waiter(rt, w.fut.get(), Value(), cause);
      break;
    }
  }
  q->account();
}

void remove_from(QueueObj* q, std::deque<SyncWaiter>& waiters, const Future* fut) {
  auto it = std::find_if(waiters.begin(), waiters.end(),
                         [&](const SyncWaiter& w) { return w.fut.get() == fut; });
  if (it != waiters.end()) waiters.erase(it);
  q->account();
}

// Queue.put
struct QueuePutOp : AsyncFn {
  QueuePutOp(QueueObj* q, Value item) : AsyncFn("Queue.put"), queue(q), item(std::move(item)) {}
  vm::Ref<QueueObj> queue;
  Value item;
  FutureRef putter;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(queue);
    v(item);
    v(putter);
  }

  Next body(vm::VM& vm, Outcome o) override {
    Runtime& rt = running_runtime();
    QueueObj* q = queue.get();
    uint32_t cause = 0;
    if (state == 1) {
      if (o.raised) {
        // except: putter.cancel(); remove it; pass a wake-up we cannot use on.
        putter->cancel();
        remove_from(q, q->putters, putter.get());
        if (!queue_full(vm, q) && !putter->cancelled()) wakeup_next(rt, q, q->putters, ~uint64_t{0});
        return Next::raise(o.value);
      }
      cause = wake_cause(rt, putter.get());
    }
    if (queue_full(vm, q)) {  // while self.full()
      putter = new_waiter(rt, trace::WaitKind::Queue);
      q->putters.push_back({putter, running_task_id(rt)});
      q->account();
      rt.rec.emit(EventKind::QueuePutWait, {.obj = q->id});
      state = 1;
      return Next::await_(Value(putter.get()));
    }
    queue_put_nowait(rt, q, item, cause);
    return Next::ret();
  }
};

// Queue.get
struct QueueGetOp : AsyncFn {
  explicit QueueGetOp(QueueObj* q) : AsyncFn("Queue.get"), queue(q) {}
  vm::Ref<QueueObj> queue;
  FutureRef getter;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(queue);
    v(getter);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    QueueObj* q = queue.get();
    uint32_t cause = 0;
    if (state == 1) {
      if (o.raised) {
        getter->cancel();
        remove_from(q, q->getters, getter.get());
        if (!q->items.empty() && !getter->cancelled()) wakeup_next(rt, q, q->getters, ~uint64_t{0});
        return Next::raise(o.value);
      }
      cause = wake_cause(rt, getter.get());
    }
    if (q->items.empty()) {  // while self.empty()
      getter = new_waiter(rt, trace::WaitKind::Queue);
      q->getters.push_back({getter, running_task_id(rt)});
      q->account();
      rt.rec.emit(EventKind::QueueGetWait, {.obj = q->id});
      state = 1;
      return Next::await_(Value(getter.get()));
    }
    return Next::ret(queue_get_nowait(rt, q, cause));
  }
};

// Queue.join: `if self._unfinished_tasks > 0: await self._finished.wait()`
struct QueueJoinOp : AsyncFn {
  explicit QueueJoinOp(QueueObj* q) : AsyncFn("Queue.join"), queue(q) {}
  vm::Ref<QueueObj> queue;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(queue);
  }

  Next body(vm::VM&, Outcome o) override {
    if (state == 1) return o.raised ? Next::raise(o.value) : Next::ret();
    QueueObj* q = queue.get();
    if (q->unfinished <= 0) return Next::ret();
    Runtime& rt = running_runtime();
    rt.rec.emit(EventKind::QueueJoinWait, {.obj = q->id});
    state = 1;
    return Next::await_(event_wait_op(q->finished.get()));
  }
};

}  // namespace

bool queue_full(vm::VM& vm, const QueueObj* q) {
  if (q->maxsize.is_intlike()) {
    int64_t m = q->maxsize.as_int();
    return m > 0 && static_cast<int64_t>(q->items.size()) >= m;
  }
  if (vm.compare_bool(q->maxsize, Value::integer(0), vm::CmpOp::Le)) return false;
  return vm.compare_bool(Value::integer(static_cast<int64_t>(q->items.size())), q->maxsize,
                         vm::CmpOp::Ge);
}

void queue_put_nowait(Runtime& rt, QueueObj* q, const Value& item, uint32_t cause_field) {
  if (queue_full(rt.vm, q)) throw vm::PyException(vm::make_exception_args(queue_types().QueueFull, {}));
  raw_put(rt.vm, q, item);
  q->unfinished += 1;
  q->finished->value = false;  // self._finished.clear() (internal Event: no event)
  uint64_t seq = rt.rec.emit_str(EventKind::QueuePut, trace_repr(rt.vm, item),
                                 {.obj = q->id, .cause = cause_field});
  wakeup_next(rt, q, q->getters, seq);
}

Value queue_get_nowait(Runtime& rt, QueueObj* q, uint32_t cause_field) {
  if (q->items.empty()) throw vm::PyException(vm::make_exception_args(queue_types().QueueEmpty, {}));
  Value item = raw_get(rt.vm, q);
  uint64_t seq = rt.rec.emit_str(EventKind::QueueGet, trace_repr(rt.vm, item),
                                 {.obj = q->id, .cause = cause_field});
  wakeup_next(rt, q, q->putters, seq);
  return item;
}

void queue_task_done(Runtime& rt, QueueObj* q) {
  if (q->unfinished <= 0) vm::throw_value_error("task_done() called too many times");
  q->unfinished -= 1;
  uint64_t seq = rt.rec.emit(EventKind::QueueTaskDone, {.obj = q->id, .arg = q->unfinished});
  if (q->unfinished == 0) {
    uint64_t saved = rt.loop.cause();
    rt.loop.set_cause(seq);
    event_set(rt, q->finished.get());
    rt.loop.set_cause(saved);
  }
}

Value queue_put_op(QueueObj* q, Value item) { return Value(new QueuePutOp(q, std::move(item))); }
Value queue_get_op(QueueObj* q) { return Value(new QueueGetOp(q)); }
Value queue_join_op(QueueObj* q) { return Value(new QueueJoinOp(q)); }

}  // namespace sandbox::runtime
