// VM::pause_budget / resume_budget (vm.h): importing a library module runs
// thousands of instructions the program did not write (typing alone runs
// about a million); they must not trip the step budget of the task or the
// module code that happens to import it first.
#include "vm/vm.h"

namespace sandbox::vm {

namespace {
// Large enough never to run out during an import, far from wrapping.
constexpr uint64_t kPausedBudget = uint64_t(1) << 62;
}  // namespace

VM::BudgetPause VM::pause_budget() {
  if (budget_paused_++ > 0 || !budget_on_) return {0, budget_epoch_, false};
  // While a collection or a memory trip is due, the real budget waits in
  // saved_budget_ and the counter is 1 (interp.cpp request_gc).
  uint64_t& live = (memory_trip_ || gc_due_) ? saved_budget_ : budget_left_;
  BudgetPause p{live, budget_epoch_, true};
  live = kPausedBudget;
  return p;
}

void VM::resume_budget(const BudgetPause& p) {
  --budget_paused_;
  if (!p.active || p.epoch != budget_epoch_) return;  // a new budget (or a stop) was set meanwhile
  uint64_t& live = (memory_trip_ || gc_due_) ? saved_budget_ : budget_left_;
  live = p.left;
}

}  // namespace sandbox::vm
