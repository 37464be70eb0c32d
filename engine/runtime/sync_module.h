// rtio's part of the asyncio module: asyncio_module.cpp (rtcore) calls this
// while building the module.  Adds Lock, Event, Condition, Semaphore,
// BoundedSemaphore (sync_types.cpp).
#pragma once

namespace sandbox::vm {
class VM;
struct Module;
}  // namespace sandbox::vm

namespace sandbox::runtime {

void register_sync_types(vm::VM& vm, vm::Module& m);
// asyncio.Barrier and BrokenBarrierError (barrier.cpp).
void register_barrier_types(vm::VM& vm, vm::Module& m);

}  // namespace sandbox::runtime
