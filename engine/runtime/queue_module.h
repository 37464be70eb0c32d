// rtio's part of the asyncio module: asyncio_module.cpp (rtcore) calls this
// while building the module.  Adds Queue, LifoQueue, PriorityQueue,
// QueueEmpty, QueueFull (queue_types.cpp).
#pragma once

namespace sandbox::vm {
class VM;
struct Module;
}  // namespace sandbox::vm

namespace sandbox::runtime {

void register_queue_types(vm::VM& vm, vm::Module& m);

}  // namespace sandbox::runtime
