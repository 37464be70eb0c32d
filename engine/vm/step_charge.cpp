// VM::charge_steps: the step budget and the heap limit as seen by a native
// that runs long without returning to the interpreter (the regex matcher).
// It mirrors the interpreter's check at each instruction (eval.cpp): a
// memory trip raises MemoryError (or ends the run far past the limit), an
// exhausted budget ends the run at the calling line.
#include "vm/vm.h"

namespace sandbox::vm {

void VM::charge_steps(uint64_t n) {
  if (memory_trip_) {
    memory_trip_ = false;
    if (!gc_due_) budget_left_ = saved_budget_ ? saved_budget_ : 1;
    if (heap_account().used <= hard_limit_) throw_memory_error();
    memory_aborted_ = true;
    abort_line_ = current_line();
    throw VMAbort();
  }
  // While a collection is due the interpreter runs on a budget of 1 and the
  // real budget waits in saved_budget_ (interp.cpp request_gc).
  uint64_t& left = gc_due_ ? saved_budget_ : budget_left_;
  if (left > n) {
    left -= n;
    return;
  }
  left = 0;
  budget_left_ = 0;
  abort_line_ = current_line();
  throw VMAbort();
}

}  // namespace sandbox::vm
