#include "vm/lib/stdlib_modules.h"

#include "vm/int_big.h"

namespace sandbox::vm::lib {

void install_stdlib_modules(VM& vm) {
  install_frame_attrs();
  set_int_max_str_digits(kIntMaxStrDigits);  // each program starts with CPython's default
  install_sys_module(vm);
}

}  // namespace sandbox::vm::lib
