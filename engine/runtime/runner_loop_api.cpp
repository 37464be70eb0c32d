// The Runner's side of the loop API (loop_api.cpp): loop.run_until_complete,
// loop.run_forever and Runner.close suspend the module code with a
// RunRequest; the loop then runs step by step like asyncio.run's, between a
// LoopStart and a LoopStop event (aux says which call ran it), so several
// loops run one after another show as several runs in the trace.
#include "runtime/asyncgen_hooks.h"
#include "runtime/loop_object.h"
#include "runtime/run.h"
#include "runtime/runner.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

void Runner::begin_loop_request(const RunRequest& req) {
  LoopObj& l = *req.loop.as<LoopObj>();
  activate_loop(l);
  loop_->set_running(true);
  set_running_loop(loop_.get());
  install_asyncgen_hooks(*rt_);  // run_forever: sys.set_asyncgen_hooks(the loop's hooks)
  rec_.emit(EventKind::LoopStart, {.task = 0, .obj = loop_->id(), .aux = static_cast<uint16_t>(req.kind)});
  switch (req.kind) {
    case RunKind::Shutdown:
      main_ok_ = true;
      main_outcome_ = Value();
      begin_shutdown();
      return;
    case RunKind::UntilComplete:
      run_until_complete(FutureRef(as_future(req.fut)));
      break;
    case RunKind::Forever:
    case RunKind::AsyncioRun:
      current_fut_ = FutureRef();
      break;
  }
  phase_ = Phase::UserLoop;
}

// The end of run_forever (stop() was called, by _run_until_complete_cb or
// by the program): run_until_complete's result, or its error.
void Runner::after_user_run() {
  FutureRef fut = current_fut_;
  current_fut_ = FutureRef();
  if (fut) fut->remove_done_callback(stop_cb_.get());
  stop_cb_ = NativeCallbackRef();
  loop_->set_running(false);
  set_running_loop(nullptr);
  remove_asyncgen_hooks();
  rec_.emit(EventKind::LoopStop, {.task = 0, .obj = loop_->id()});
  phase_ = Phase::Module;
  main_ok_ = true;
  main_outcome_ = Value();
  if (!fut) return;
  if (!fut->done()) {
    main_ok_ = false;
    main_outcome_ = vm::make_exception_args(vm::exc().RuntimeError,
                                            {vm::make_str("Event loop stopped before Future completed.")});
    return;
  }
  try {
    main_outcome_ = fut->result();
  } catch (vm::PyException& e) {
    main_ok_ = false;
    main_outcome_ = e.value;
  }
}

}  // namespace sandbox::runtime
