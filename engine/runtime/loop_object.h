// The Python face of the event loop (what asyncio.get_running_loop() returns)
// and of its handles: time, call_soon, call_later, call_at, create_future,
// create_task; Handle/TimerHandle with cancel(), cancelled(), when().
#pragma once
#include "runtime/handle.h"
#include "vm/object.h"

namespace sandbox::runtime {

class Runtime;

struct LoopObj : vm::Obj {  // holds no references (rt is the runtime)
  explicit LoopObj(Runtime& rt);
  Runtime* rt;
};

struct HandleObj : vm::GcObj {
  HandleObj(vm::Type* t, Runtime& rt, HandleRef h);
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, handle); }
  Runtime* rt;
  HandleRef handle;
};

vm::Value make_loop_object(Runtime& rt);
void init_loop_types();

}  // namespace sandbox::runtime
