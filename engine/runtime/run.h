// asyncio.run(main): validates its argument like runners.run / Runner.run,
// then suspends the module code with a RunRequest that the Runner services
// by running the loop step by step (see runner.h).
#pragma once
#include "vm/object.h"

namespace sandbox::runtime {

struct RunRequest : vm::GcObj {
  explicit RunRequest(vm::Value coro);
  void gc_traverse(vm::GcVisitor& v) override { v(coro); }
  vm::Value coro;  // the main coroutine
};
bool is_run_request(const vm::Value& v);

vm::Value aio_run(vm::VM& vm, vm::NativeFunction* self, std::span<const vm::Value> args,
                  const vm::KwArgs* kw);

}  // namespace sandbox::runtime
