// slice objects' attributes and indices() (Objects/sliceobject.c).
#include "vm/internal.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

namespace {

Value slice_start(VM&, NativeFunction*, Args a, const KwArgs*) { return a[0].as<Slice>()->start; }
Value slice_stop(VM&, NativeFunction*, Args a, const KwArgs*) { return a[0].as<Slice>()->stop; }
Value slice_step(VM&, NativeFunction*, Args a, const KwArgs*) { return a[0].as<Slice>()->step; }

// slice.indices(length): the (start, stop, step) a sequence of that length uses.
Value slice_indices_m(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("indices", kw);
  if (a.size() != 2) throw_type_error("slice.indices() takes exactly one argument (%zu given)", a.size() - 1);
  int64_t length = as_index(a[1]);
  if (length < 0) throw_value_error("length should not be negative");
  int64_t start, stop, step, count;
  slice_indices(vm, a[0].as<Slice>(), length, start, stop, step, count);
  return make_tuple({Value::integer(start), Value::integer(stop), Value::integer(step)});
}

// slice(stop) / slice(start, stop[, step])
Value slice_new(VM&, Type*, Args a, const KwArgs* kw) {
  no_kwargs("slice", kw);
  if (a.empty()) throw_type_error("slice expected at least 1 argument, got 0");
  if (a.size() > 3) throw_type_error("slice expected at most 3 arguments, got %zu", a.size());
  if (a.size() == 1) return Value(new Slice(Value(), a[0], Value()));
  return Value(new Slice(a[0], a[1], a.size() > 2 ? a[2] : Value()));
}

}  // namespace

void install_slice_methods() {
  Type* t = types().slice;
  t->new_ = slice_new;
  add_property(t, "start", slice_start);
  add_property(t, "stop", slice_stop);
  add_property(t, "step", slice_step);
  add_method(t, "indices", slice_indices_m);
}

}  // namespace sandbox::vm::lib
