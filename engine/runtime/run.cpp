#include "runtime/run.h"

#include "runtime/args.h"
#include "runtime/runtime.h"
#include "runtime/threads.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::Value;

namespace {
vm::Type* run_request_type() {
  static vm::Type* t = [] {
    vm::Type* ty = vm::make_type("_RunRequest", vm::types().object, "asyncio.runners");
    vm::incref(ty);
    return ty;
  }();
  return t;
}
}  // namespace

RunRequest::RunRequest(Value c) : vm::GcObj(run_request_type()), coro(std::move(c)) {}
RunRequest::RunRequest(RunKind k, Value l, Value f)
    : vm::GcObj(run_request_type()), kind(k), loop(std::move(l)), fut(std::move(f)) {}

bool is_run_request(const Value& v) { return v.is_obj() && v.as_obj()->type == run_request_type(); }

// runners.run + Runner.run's checks, then hand the coroutine to the Runner.
Value aio_run(vm::VM& vm, vm::NativeFunction*, std::span<const Value> a, const vm::KwArgs* kw) {
  const Value& main = need_arg(a, kw, 0, "main", "run");
  Runtime* rt = current_runtime();
  if (ThreadScheduler* s = current_threads(); s && s->in_worker())
    vm::throw_runtime_error("sandbox: asyncio.run() in a worker thread is not supported "
                            "(the program's event loop runs in the main thread)");
  if (rt && rt->loop.is_running())
    vm::throw_runtime_error("asyncio.run() cannot be called from a running event loop");
  if (!vm.is_coroutine(main))
    vm::throw_value_error("a coroutine was expected, got %s", vm.repr_str(main).c_str());
  vm.suspend(Value(new RunRequest(main)));
  return Value();
}

}  // namespace sandbox::runtime
