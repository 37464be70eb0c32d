#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib {

void install_extension_modules(VM& vm) {
  install_collections_module(vm);
  install_math_module(vm);
  install_cmath_module(vm);
  install_struct_module(vm);
  install_binascii_module(vm);
  install_heapq_module(vm);
  install_bisect_module(vm);
  install_operator_module(vm);
  install_functools_module(vm);
}

}  // namespace sandbox::vm::lib
