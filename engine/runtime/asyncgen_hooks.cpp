// base_events.py: _asyncgen_firstiter_hook, _asyncgen_finalizer_hook,
// shutdown_asyncgens.
#include "runtime/asyncgen_hooks.h"

#include <vector>

#include "runtime/aio_functions.h"
#include "runtime/native_coro.h"
#include "runtime/net_poller.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "vm/async_gen.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;

namespace {

// self._asyncgens.add(agen)
Value firstiter_hook(vm::VM&, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  if (a.size() == 1 && a[0].type() == vm::async_generator_type()) vm::asyncgen_track(a[0].as<vm::AsyncGen>());
  return Value();
}

// self._asyncgens.discard(agen); if not self.is_closed():
//     self.call_soon_threadsafe(self.create_task, agen.aclose())
Value finalizer_hook(vm::VM& vm, NativeFunction* self, std::span<const Value> a, const KwArgs*) {
  Runtime& rt = *static_cast<Runtime*>(self->ctx);
  if (a.size() != 1 || a[0].type() != vm::async_generator_type()) return Value();
  vm::asyncgen_untrack(a[0].as<vm::AsyncGen>());
  if (rt.loop.is_closed()) return Value();
  Value aclose = vm::async_gen_aclose(vm, a[0]);
  Runtime* rtp = &rt;
  rt.loop.call_soon(make_net_handle("BaseEventLoop.create_task", [rtp, aclose] { create_task(*rtp, aclose); }));
  return Value();
}

struct ShutdownAsyncgens final : AsyncFn {
  explicit ShutdownAsyncgens(Runtime& rt) : AsyncFn("BaseEventLoop.shutdown_asyncgens"), rt_(&rt) {}

  Next body(vm::VM& vm, Outcome o) override {
    if (state == 0) {
      closing_ = vm::asyncgen_take_tracked();
      if (closing_.empty()) return Next::ret();
      std::vector<Value> closes;
      for (const Value& ag : closing_) closes.push_back(vm::async_gen_aclose(vm, ag));
      FutureRef all = gather(*rt_, closes, true);
      state = 1;
      return Next::await_(Value(all.get()));
    }
    if (o.raised) return Next::raise(o.value);
    const std::vector<Value>& results = o.value.as<vm::List>()->items;
    for (size_t i = 0; i < results.size() && i < closing_.size(); ++i) {
      if (!vm.isinstance(results[i], vm.exc.Exception)) continue;
      // call_exception_handler -> default_exception_handler's log
      std::string agen = vm.repr_str(closing_[i]);
      std::string text = "an error occurred during closing of asynchronous generator " + agen +
                         "\nasyncgen: " + agen + "\n" + vm.format_exception(results[i]);
      if (text.back() != '\n') text += '\n';
      vm.write_stderr(text);
    }
    closing_.clear();
    return Next::ret();
  }
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(closing_);
  }
  void gc_clear() override {
    AsyncFn::gc_clear();
    closing_.clear();
  }

 private:
  Runtime* rt_;
  std::vector<Value> closing_;  // list(self._asyncgens), registration order
};

}  // namespace

void install_asyncgen_hooks(Runtime& rt) {
  vm::set_asyncgen_hooks(vm::make_native("_asyncgen_firstiter_hook", firstiter_hook, Value(), &rt),
                         vm::make_native("_asyncgen_finalizer_hook", finalizer_hook, Value(), &rt));
}

void remove_asyncgen_hooks() { vm::set_asyncgen_hooks(Value(), Value()); }

Value make_shutdown_asyncgens(Runtime& rt) { return Value(new ShutdownAsyncgens(rt)); }

}  // namespace sandbox::runtime
