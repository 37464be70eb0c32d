// The asyncio module's functions written in C++ (each mirrors the function of
// the same name in Lib/asyncio/tasks.py, timeouts.py, taskgroups.py,
// runners.py), as VM natives.
#pragma once
#include <span>

#include "runtime/future.h"
#include "vm/object.h"

namespace sandbox::runtime {

class Runtime;

#define SANDBOX_AIO_NATIVE(name) \
  vm::Value name(vm::VM& vm, vm::NativeFunction* self, std::span<const vm::Value> args, const vm::KwArgs* kw);
SANDBOX_AIO_NATIVE(aio_sleep)
SANDBOX_AIO_NATIVE(aio_gather)
SANDBOX_AIO_NATIVE(aio_shield)
SANDBOX_AIO_NATIVE(aio_wait)
SANDBOX_AIO_NATIVE(aio_wait_for)
SANDBOX_AIO_NATIVE(aio_as_completed)
SANDBOX_AIO_NATIVE(aio_timeout)
SANDBOX_AIO_NATIVE(aio_timeout_at)
SANDBOX_AIO_NATIVE(aio_taskgroup_new)
#undef SANDBOX_AIO_NATIVE

vm::Value make_sleep(vm::Value delay, vm::Value result);
// tasks.gather(*children, return_exceptions=...) from C++ (asyncio.run's shutdown).
FutureRef gather(Runtime& rt, std::span<const vm::Value> children, bool return_exceptions);

void init_timeout_type();
void init_taskgroup_type();
void init_as_completed_type();

}  // namespace sandbox::runtime
