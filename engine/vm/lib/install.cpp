#include "vm/lib/install.h"

#include "vm/lib/stdlib/modules.h"
#include "vm/lib/stdlib_modules.h"
#include "vm/syntax_exc.h"

namespace sandbox::vm::lib {

void install(VM& vm) {
  static bool types_done = false;
  if (!types_done) {
    types_done = true;
    install_constructors();
    install_str_methods();
    install_str_translate();
    install_slice_methods();
    install_bytes_methods();
    install_bytes_more();
    install_list_methods();
    install_dict_methods();
    install_set_methods();
    install_number_methods();
  }
  install_builtin_functions(vm);
  install_syntax_error(vm);
  install_builtins_exec(vm);
  install_callable_iter(vm);
  install_bytearray(vm);
  install_iter_types(vm);
  install_time_module(vm);
  install_random_module(vm);
  install_complex_type(vm);
  install_stdlib_modules(vm);
  install_extension_modules(vm);
  install_sre_module(vm);
}

}  // namespace sandbox::vm::lib
