// The Python face of asyncio.queues: Queue, LifoQueue, PriorityQueue,
// QueueEmpty, QueueFull (queues.py 3.11).
#include "runtime/event_loop.h"
#include "runtime/queue.h"
#include "runtime/runtime.h"
#include "runtime/sync_args.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

QueueTypes g_types{};

QueueObj* self_queue(vm::VM& vm, Args a, const char* method) {
  if (a.empty() || !vm.isinstance(a[0], g_types.Queue))
    vm::throw_type_error("descriptor '%s' requires a 'Queue' object", method);
  return a[0].as<QueueObj>();
}

Value queue_new(vm::VM& vm, vm::Type* cls, Args args, const KwArgs* kw) {
  check_max_args(args, 1, cls->name.c_str());
  Value maxsize = bind_arg(args, kw, 0, "maxsize", Value::integer(0), cls->name.c_str());
  Runtime& rt = ctor_runtime();
  vm::Ref<QueueObj> q(new QueueObj(cls));
  q->maxsize = maxsize;
  if (vm::is_subtype(cls, g_types.PriorityQueue)) q->kind = trace::QueueKind::Priority;
  else if (vm::is_subtype(cls, g_types.LifoQueue)) q->kind = trace::QueueKind::Lifo;
  q->finished = make_event(rt, false);
  q->finished->value = true;  // self._finished.set()
  q->id = rt.rec.new_id();
  rt.rec.emit(EventKind::QueueCreated,
              {.obj = q->id, .arg = maxsize.is_intlike() ? maxsize.as_int() : 0,
               .aux = static_cast<uint16_t>(q->kind)});
  (void)vm;
  return q.value();
}

// Queue._format
std::string queue_format(vm::VM& vm, QueueObj* q) {
  std::string r = "maxsize=" + vm.repr_str(q->maxsize);
  if (!q->items.empty()) {
    std::vector<Value> items(q->items.begin(), q->items.end());
    r += " _queue=" + vm.repr_str(vm::make_list(std::move(items)));
  }
  if (!q->getters.empty()) r += " _getters[" + std::to_string(q->getters.size()) + "]";
  if (!q->putters.empty()) r += " _putters[" + std::to_string(q->putters.size()) + "]";
  if (q->unfinished) r += " tasks=" + std::to_string(q->unfinished);
  return r;
}

Value queue_repr(vm::VM& vm, const Value& self) {
  QueueObj* q = self.as<QueueObj>();
  return vm::make_str("<" + q->type->name + " at " + fake_address(q->id) + " " + queue_format(vm, q) + ">");
}

Value queue_str(vm::VM& vm, const Value& self) {
  QueueObj* q = self.as<QueueObj>();
  return vm::make_str("<" + q->type->name + " " + queue_format(vm, q) + ">");
}

void init_queue(vm::Type* t) {
  t->new_ = queue_new;
  t->repr = queue_repr;
  t->str = queue_str;
  add_property(t, "maxsize", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return self_queue(vm, a, "maxsize")->maxsize;
  });
  add_method(t, "qsize", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::integer(static_cast<int64_t>(self_queue(vm, a, "qsize")->items.size()));
  });
  add_method(t, "empty", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(self_queue(vm, a, "empty")->items.empty());
  });
  add_method(t, "full", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(queue_full(vm, self_queue(vm, a, "full")));
  });
  add_method(t, "put", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    QueueObj* q = self_queue(vm, a, "put");
    return queue_put_op(q, bind_arg(a, kw, 1, "item", Value::null(), "put"));
  });
  add_method(t, "get", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return queue_get_op(self_queue(vm, a, "get"));
  });
  add_method(t, "put_nowait", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    QueueObj* q = self_queue(vm, a, "put_nowait");
    queue_put_nowait(ctor_runtime(), q, bind_arg(a, kw, 1, "item", Value::null(), "put_nowait"));
    return Value();
  });
  add_method(t, "get_nowait", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return queue_get_nowait(ctor_runtime(), self_queue(vm, a, "get_nowait"));
  });
  add_method(t, "task_done", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    queue_task_done(ctor_runtime(), self_queue(vm, a, "task_done"));
    return Value();
  });
  add_method(t, "join", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return queue_join_op(self_queue(vm, a, "join"));
  });
}

void init_types_once() {
  if (g_types.Queue) return;
  g_types.Queue = vm::make_type("Queue", vm::types().object, "asyncio.queues");
  init_queue(g_types.Queue);
  g_types.LifoQueue = vm::make_type("LifoQueue", g_types.Queue, "asyncio.queues");
  g_types.PriorityQueue = vm::make_type("PriorityQueue", g_types.Queue, "asyncio.queues");
  g_types.QueueEmpty = vm::make_exception_type("QueueEmpty", vm::exc().Exception, "asyncio.queues");
  g_types.QueueFull = vm::make_exception_type("QueueFull", vm::exc().Exception, "asyncio.queues");
  // Process-wide like the builtin types: the module dict of one VM must not free them.
  for (vm::Type* t : {g_types.Queue, g_types.LifoQueue, g_types.PriorityQueue, g_types.QueueEmpty, g_types.QueueFull})
    vm::incref(t);
}

}  // namespace

const QueueTypes& queue_types() {
  init_types_once();
  return g_types;
}

void register_queue_types(vm::VM&, vm::Module& m) {
  const QueueTypes& t = queue_types();
  m.dict->set("Queue", Value(t.Queue));
  m.dict->set("LifoQueue", Value(t.LifoQueue));
  m.dict->set("PriorityQueue", Value(t.PriorityQueue));
  m.dict->set("QueueEmpty", Value(t.QueueEmpty));
  m.dict->set("QueueFull", Value(t.QueueFull));
}

}  // namespace sandbox::runtime
