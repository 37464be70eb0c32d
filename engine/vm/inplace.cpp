// The in-place slots of `x op= y`: CPython's binary_iop1 and
// PyNumber_InPlace* (Objects/abstract.c) try the left operand's in-place
// slot first and fall back to the plain operator when there is none or it
// returns NotImplemented.  Builtin types with in-place slots: set
// (set_ior/set_iand/set_isub/set_ixor) and dict (dict_ior); list's
// in-place concat/repeat come after the plain operator (binary_op_ex).
#include "vm/descriptors.h"
#include "vm/internal.h"

namespace sandbox::vm {

namespace {

const char* const kInplaceDunders[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
                                       "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
                                       "__iand__", "__ior__", "__ixor__"};

bool is_any_set(const Value& v) {
  return v.is_obj() && (v.type() == types().set || v.type() == types().frozenset);
}

// Runs a builtin method of `a` (set.update, dict.update, ...) and answers `a`.
Value mutate_with(VM& vm, const Value& a, const char* method, const Value& b) {
  Value m = type_lookup(a.type(), method);
  Value args[2] = {a, b};
  vm.call(m, std::span<const Value>(args, 2));
  return a;
}

}  // namespace

Value inplace_slot(VM& vm, BinOp op, const Value& a, const Value& b) {
  Type* ta = a.type();
  if (ta->python_class) {
    // slot_nb_inplace_add and friends: call the class's __iXXX__ when it has one.
    Value m = type_lookup(ta, kInplaceDunders[int(op)]);
    if (m.is_null()) return Value::null();
    Value r = call_special(vm, m, a, std::span<const Value>(&b, 1));
    return r.is(not_implemented()) ? Value::null() : r;
  }
  if (ta == types().set && is_any_set(b)) {
    switch (op) {
      case BinOp::Or: return mutate_with(vm, a, "update", b);
      case BinOp::And: return mutate_with(vm, a, "intersection_update", b);
      case BinOp::Sub: return mutate_with(vm, a, "difference_update", b);
      case BinOp::Xor: return mutate_with(vm, a, "symmetric_difference_update", b);
      default: return Value::null();
    }
  }
  // dict_ior: dict_update_arg accepts any mapping or iterable of pairs
  // (defaultdict inherits it).
  if (is_subtype(ta, types().dict) && op == BinOp::Or) return mutate_with(vm, a, "update", b);
  // A native type with an in-place method of its own (deque's __iadd__, __imul__).
  if (ta != types().object && ta->module != "builtins") {
    Value m = type_lookup(ta, kInplaceDunders[int(op)]);
    if (!m.is_null()) {
      Value r = call_special(vm, m, a, std::span<const Value>(&b, 1));
      return r.is(not_implemented()) ? Value::null() : r;
    }
  }
  return Value::null();
}

}  // namespace sandbox::vm
