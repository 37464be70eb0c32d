#include "vm/lib/stdlib_modules.h"

#include "vm/int_big.h"

namespace sandbox::vm::lib {

namespace {

// memoryview: the buffer protocol is not modelled; the name exists (the
// library registers it with collections.abc.Sequence) and using it says so.
Value memoryview_new(VM&, Type*, std::span<const Value>, const KwArgs*) {
  throw_not_implemented_error("memoryview() is not available in asyncio-sandbox");
}

Type* memoryview_type() {
  static Type* t = [] {
    Type* m = make_type("memoryview", types().object, "builtins");
    m->new_ = memoryview_new;
    return m;
  }();
  return t;
}

}  // namespace

void install_stdlib_modules(VM& vm) {
  vm.builtins()->dict->set("memoryview", Value(memoryview_type()));
  install_frame_attrs();
  install_type_extras();
  set_int_max_str_digits(kIntMaxStrDigits);  // each program starts with CPython's default
  install_sys_module(vm);
  install_weakref_module(vm);
  install_itertools_module(vm);
  install_errno_module(vm);
  install_gc_module(vm);
  install_thread_module(vm);
}

}  // namespace sandbox::vm::lib
