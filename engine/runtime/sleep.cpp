// asyncio.sleep (Lib/asyncio/tasks.py sleep and __sleep0).
#include "runtime/aio_functions.h"
#include "runtime/args.h"
#include "runtime/native_coro.h"
#include "runtime/runtime.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::Value;

namespace {

struct Sleep final : AsyncFn {
  Sleep(Value d, Value r) : AsyncFn("sleep"), delay(std::move(d)), result(std::move(r)) {}
  Value delay, result;
  HandleRef timer;
  Runtime* rt = nullptr;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(delay);
    v(result);
    gc_visit(v, timer);
  }

  Next body(vm::VM& vm, Outcome o) override {
    switch (state) {
      case 0:
        if (vm.compare_bool(delay, Value::integer(0), vm::CmpOp::Le)) {
          state = 1;
          return Next::yield_();  // await __sleep0(): a bare yield
        } else {
          rt = &running_runtime();
          FutureRef fut = new_future(*rt, trace::FutureKind::Sleep);
          timer = make_set_result_unless_cancelled(*rt, fut, result);
          Value when = vm.binary_op(vm::BinOp::Add, Value::real(rt->loop.time()), delay);
          rt->loop.call_at(when.to_double(), timer, trace::TimerKind::Sleep);
          state = 2;
          return Next::await_(fut.value());
        }
      case 1:
        if (o.raised) return Next::raise(o.value);
        return Next::ret(result);
      default:
        // finally: h.cancel()
        timer->cancel(rt->loop);
        timer = HandleRef();
        if (o.raised) return Next::raise(o.value);
        return Next::ret(o.value);
    }
  }
};

}  // namespace

Value make_sleep(Value delay, Value result) { return Value(new Sleep(std::move(delay), std::move(result))); }

Value aio_sleep(vm::VM&, vm::NativeFunction*, std::span<const Value> a, const vm::KwArgs* kw) {
  const Value& delay = need_arg(a, kw, 0, "delay", "sleep");
  return make_sleep(delay, opt_arg(a, kw, 1, "result"));
}

}  // namespace sandbox::runtime
