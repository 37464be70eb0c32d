// The loop's default executor (executor.cpp): run_in_executor, to_thread,
// call_soon_threadsafe, shutdown_default_executor.
#pragma once
#include "vm/object.h"

namespace sandbox::runtime {

struct LoopObj;

// loop.shutdown_default_executor() of `loop` (a LoopObj): the coroutine
// asyncio.run / Runner.close run at the end.
vm::Value make_shutdown_default_executor(const vm::Value& loop);
// BaseEventLoop.close: executor.shutdown(wait=False).
void shutdown_executor_nowait(LoopObj& l);
// The loop methods and asyncio.to_thread.
void register_thread_api(vm::VM& vm, vm::Module& m);

}  // namespace sandbox::runtime
