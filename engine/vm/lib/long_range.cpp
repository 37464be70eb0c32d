// range() over ints beyond int64 (rangeobject.c's PyLong paths and
// longrangeiterobject): arithmetic on the int values themselves.  Its
// iterator is a `longrange_iterator`, the type _collections_abc.py takes
// from iter(range(1 << 1000)).  The range itself is a separate type also
// named "range": isinstance(range(1 << 100), range) is False here.
#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox::vm::lib {

namespace {

Type* g_long_range = nullptr;
Type* g_long_range_iter = nullptr;

struct LongRange final : Obj {
  Value start, stop, step, length;
  LongRange(Value a, Value b, Value c, Value n)
      : Obj(g_long_range), start(std::move(a)), stop(std::move(b)), step(std::move(c)), length(std::move(n)) {}
};

struct LongRangeIter final : Obj {
  Value next, step, remaining;
  LongRangeIter(Value a, Value s, Value n) : Obj(g_long_range_iter), next(std::move(a)), step(std::move(s)), remaining(std::move(n)) {}
};

Value add(VM& vm, const Value& a, const Value& b) { return vm.binary_op(BinOp::Add, a, b); }
Value sub(VM& vm, const Value& a, const Value& b) { return vm.binary_op(BinOp::Sub, a, b); }
bool lt(VM& vm, const Value& a, const Value& b) { return vm.compare_bool(a, b, CmpOp::Lt); }

// compute_range_length
Value range_length(VM& vm, const Value& lo, const Value& hi, const Value& step) {
  Value zero = Value::integer(0);
  if (lt(vm, zero, step)) {
    if (!lt(vm, lo, hi)) return zero;
    return add(vm, vm.binary_op(BinOp::FloorDiv, sub(vm, sub(vm, hi, lo), Value::integer(1)), step), Value::integer(1));
  }
  if (!lt(vm, hi, lo)) return zero;
  Value neg = vm.unary_op(UnaryOp::Neg, step);
  return add(vm, vm.binary_op(BinOp::FloorDiv, sub(vm, sub(vm, lo, hi), Value::integer(1)), neg), Value::integer(1));
}

Value lr_repr(VM& vm, const Value& self) {
  LongRange* r = self.as<LongRange>();
  std::string s = "range(" + vm.repr_str(r->start) + ", " + vm.repr_str(r->stop);
  if (!(r->step.is_int() && r->step.as_int() == 1)) s += ", " + vm.repr_str(r->step);
  return make_str(s + ")");
}

int64_t lr_len(VM&, const Value& self) { return as_index(self.as<LongRange>()->length); }

bool lr_truthy(VM& vm, const Value& self) { return vm.truthy(self.as<LongRange>()->length); }

Value lr_iter(VM&, const Value& self) {
  LongRange* r = self.as<LongRange>();
  return Value(new LongRangeIter(r->start, r->step, r->length));
}

bool lr_next(VM& vm, const Value& self, Value& out) {
  LongRangeIter* it = self.as<LongRangeIter>();
  if (!vm.truthy(it->remaining)) return false;
  out = it->next;
  it->next = add(vm, it->next, it->step);
  it->remaining = sub(vm, it->remaining, Value::integer(1));
  return true;
}

bool lr_contains(VM& vm, const Value& self, const Value& x) {
  LongRange* r = self.as<LongRange>();
  if (!is_int_value(x)) {
    Value it = lr_iter(vm, self);
    Value v;
    while (lr_next(vm, it, v))
      if (vm.eq(v, x)) return true;
    return false;
  }
  Value zero = Value::integer(0);
  bool up = lt(vm, zero, r->step);
  if (up ? (lt(vm, x, r->start) || !lt(vm, x, r->stop)) : (lt(vm, r->start, x) || !lt(vm, r->stop, x))) return false;
  return vm.eq(vm.binary_op(BinOp::Mod, sub(vm, x, r->start), r->step), zero);
}

Value lr_getitem(VM& vm, const Value& self, const Value& key) {
  LongRange* r = self.as<LongRange>();
  if (!is_int_value(key)) throw_type_error("range indices must be integers or slices, not %s", type_name(key));
  Value i = key;
  if (lt(vm, i, Value::integer(0))) i = add(vm, i, r->length);
  if (lt(vm, i, Value::integer(0)) || !lt(vm, i, r->length)) throw_index_error("range object index out of range");
  return add(vm, r->start, vm.binary_op(BinOp::Mul, i, r->step));
}

void make_types() {
  if (g_long_range) return;
  g_long_range = make_type("range", types().object, "builtins");
  g_long_range->new_ = nullptr;
  g_long_range->repr = lr_repr;
  g_long_range->len = lr_len;
  g_long_range->truthy = lr_truthy;
  g_long_range->iter = lr_iter;
  g_long_range->contains = lr_contains;
  g_long_range->getitem = lr_getitem;
  g_long_range_iter = make_type("longrange_iterator", types().object, "builtins");
  g_long_range_iter->new_ = nullptr;
  g_long_range_iter->iter = [](VM&, const Value& self) { return self; };
  g_long_range_iter->next = lr_next;
}

}  // namespace

bool range_needs_long(Args args) {
  for (const Value& a : args)
    if (is_bigint(a)) return true;
  return false;
}

Value make_long_range(VM& vm, Args args) {
  make_types();
  Value start = Value::integer(0), stop, step = Value::integer(1);
  for (const Value& a : args)
    if (!is_int_value(a)) throw_type_error("'%s' object cannot be interpreted as an integer", type_name(a));
  if (args.size() == 1) {
    stop = args[0];
  } else {
    start = args[0];
    stop = args[1];
    if (args.size() == 3) step = args[2];
  }
  if (vm.eq(step, Value::integer(0))) throw_value_error("range() arg 3 must not be zero");
  Value n = range_length(vm, start, stop, step);
  return Value(new LongRange(start, stop, step, n));
}

}  // namespace sandbox::vm::lib
