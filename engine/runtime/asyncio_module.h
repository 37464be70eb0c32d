// The `asyncio` module object: everything a program can import from asyncio.
//
// rtio's part (queues, locks, streams) plugs in through three functions that
// rtio defines, each in its own header; the builder calls each one whose
// header exists (so main keeps building while a part is missing):
//   runtime/queue_module.h   void register_queue_types(vm::VM&, vm::Module&);
//   runtime/sync_module.h    void register_sync_types(vm::VM&, vm::Module&);
//   runtime/stream_module.h  void register_stream_types(vm::VM&, vm::Module&);
// Each adds its names to module.dict (Queue, LifoQueue, ..., Lock, Event, ...,
// open_connection, start_server, StreamReader, ...).
#pragma once
#include "vm/object.h"

namespace sandbox::runtime {

// Builds the asyncio module and registers it with the VM (import asyncio).
vm::Module* make_asyncio_module(vm::VM& vm);

}  // namespace sandbox::runtime
