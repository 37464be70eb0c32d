// The builtins aiter() and anext() (Python/bltinmodule.c, with
// Objects/iterobject.c's anext_awaitable), and the Python-level protocol
// of builtin awaitables written as NativeCoroutines (send/throw/close,
// __await__/__iter__/__next__, "<T object at 0x...>").
#pragma once
#include "vm/vm.h"

namespace sandbox::vm {

// Gives t (a subtype of the native coroutine type) the awaitable protocol.
void add_awaitable_protocol(Type* t);
// aiter, anext and their anext_awaitable type, into vm's builtins.
void install_async_builtins(VM& vm);

}  // namespace sandbox::vm
