// asyncio.run(main): validates its argument like runners.run / Runner.run,
// then suspends the module code with a RunRequest that the Runner services
// by running the loop step by step (see runner.h).
#pragma once
#include "vm/object.h"

namespace sandbox::runtime {

// What the module code asks the Runner to run while it waits.
enum class RunKind : uint8_t {
  AsyncioRun,     // asyncio.run(coro): a new loop, the main task, the shutdown, close
  UntilComplete,  // loop.run_until_complete(fut) / Runner.run: the loop until fut is done
  Forever,        // loop.run_forever(): the loop until stop()
  Shutdown,       // Runner.close(): cancel the tasks, shutdown_asyncgens/_default_executor, close
};

struct RunRequest : vm::GcObj {
  explicit RunRequest(vm::Value coro);
  RunRequest(RunKind kind, vm::Value loop, vm::Value fut);
  void gc_traverse(vm::GcVisitor& v) override {
    v(coro);
    v(loop);
    v(fut);
  }
  RunKind kind = RunKind::AsyncioRun;
  vm::Value coro;  // asyncio.run's main coroutine
  vm::Value loop;  // the LoopObj to run (the others)
  vm::Value fut;   // UntilComplete: the future it waits for
  bool new_task = false;  // run_until_complete wrapped a coroutine in a task
};
bool is_run_request(const vm::Value& v);

vm::Value aio_run(vm::VM& vm, vm::NativeFunction* self, std::span<const vm::Value> args,
                  const vm::KwArgs* kw);

}  // namespace sandbox::runtime
