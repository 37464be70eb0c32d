// The `asyncio` module object: everything a program can import from asyncio.
//
// The builder gathers the names each part of the runtime registers (the loop
// API, queues, locks, Barrier, streams: register_*_types in their own
// headers), then makes the submodules (asyncio.exceptions, asyncio.events,
// ...) from them.
#pragma once
#include "vm/object.h"

namespace sandbox::vm { class VM; }

namespace sandbox::runtime {

// Builds the asyncio module and registers it with the VM (import asyncio).
vm::Module* make_asyncio_module(vm::VM& vm);

// Registers asyncio.<sub> for each submodule CPython's asyncio imports, each
// holding the names of its __all__ that `asyncio` has, and sets them as
// attributes of the package (asyncio_submodules.cpp).
void register_asyncio_submodules(vm::VM& vm, vm::Module& asyncio);

}  // namespace sandbox::runtime
