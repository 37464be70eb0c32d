// Task.get_stack / print_stack (task_stack.cpp).
#pragma once
#include "vm/object.h"

namespace sandbox::runtime {

void init_task_stack_methods(vm::Type* task);

}  // namespace sandbox::runtime
