// The `_operator` module (Modules/_operator.c): the operators as functions,
// through the VM's own protocols so every dunder and message is the one
// the operator syntax gives.  operator.py imports * from it.
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/modules.h"
#include "vm/lib/stdlib/operator_internal.h"

namespace sandbox::vm::lib {

namespace {

struct BinaryEntry {
  const char* name;
  BinOp op;
  bool inplace;
};

const BinaryEntry kBinary[] = {
    {"add", BinOp::Add, false},          {"sub", BinOp::Sub, false},         {"mul", BinOp::Mul, false},
    {"matmul", BinOp::MatMul, false},    {"truediv", BinOp::TrueDiv, false}, {"floordiv", BinOp::FloorDiv, false},
    {"mod", BinOp::Mod, false},          {"pow", BinOp::Pow, false},         {"lshift", BinOp::LShift, false},
    {"rshift", BinOp::RShift, false},    {"and_", BinOp::And, false},        {"or_", BinOp::Or, false},
    {"xor", BinOp::Xor, false},          {"iadd", BinOp::Add, true},         {"isub", BinOp::Sub, true},
    {"imul", BinOp::Mul, true},          {"imatmul", BinOp::MatMul, true},   {"itruediv", BinOp::TrueDiv, true},
    {"ifloordiv", BinOp::FloorDiv, true}, {"imod", BinOp::Mod, true},        {"ipow", BinOp::Pow, true},
    {"ilshift", BinOp::LShift, true},    {"irshift", BinOp::RShift, true},   {"iand", BinOp::And, true},
    {"ior", BinOp::Or, true},            {"ixor", BinOp::Xor, true},
};

void two(const char* name, Args a, const KwArgs* kw) {
  no_kwargs(name, kw);
  if (a.size() != 2) throw_type_error("%s expected 2 arguments, got %zu", name, a.size());
}

void one(const char* name, Args a, const KwArgs* kw) {
  std::string full = std::string("_operator.") + name;
  no_kwargs(full.c_str(), kw);
  check_one_arg(full.c_str(), a);
}

Value binary(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  const BinaryEntry* e = static_cast<const BinaryEntry*>(self->ctx);
  two(e->name, a, kw);
  return binary_op_ex(vm, e->op, a[0], a[1], e->inplace);
}

struct CompareEntry {
  const char* name;
  CmpOp op;
};
const CompareEntry kCompare[] = {{"lt", CmpOp::Lt}, {"le", CmpOp::Le}, {"eq", CmpOp::Eq},
                                 {"ne", CmpOp::Ne}, {"gt", CmpOp::Gt}, {"ge", CmpOp::Ge}};

Value compare(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  const CompareEntry* e = static_cast<const CompareEntry*>(self->ctx);
  two(e->name, a, kw);
  return vm.compare(a[0], a[1], e->op);
}

Value op_neg(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  one("neg", a, kw);
  return vm.unary_op(UnaryOp::Neg, a[0]);
}
Value op_pos(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  one("pos", a, kw);
  return vm.unary_op(UnaryOp::Pos, a[0]);
}
Value op_invert(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  one(self->name.c_str(), a, kw);
  return vm.unary_op(UnaryOp::Invert, a[0]);
}
Value op_abs(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  one("abs", a, kw);
  return vm.call(vm.builtins()->dict->get("abs"), {a[0]});
}
Value op_not(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  one("not_", a, kw);
  return Value::boolean(!vm.truthy(a[0]));
}
Value op_truth(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  one("truth", a, kw);
  return Value::boolean(vm.truthy(a[0]));
}
Value op_index(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  one("index", a, kw);
  if (a[0].is_bool()) return Value::integer(a[0].as_int());
  if (a[0].is_int() || (a[0].is_obj() && a[0].type() == types().int_)) return a[0];
  Value m = lookup_special_method(vm, a[0], "__index__");
  if (m.is_null()) throw_type_error("'%s' object cannot be interpreted as an integer", type_name(a[0]));
  Value r = vm.call(m, {});
  if (!r.is_intlike() && !(r.is_obj() && r.type() == types().int_))
    throw_type_error("__index__ returned non-int (type %s)", type_name(r));
  return r;
}
Value op_is(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  two("is_", a, kw);
  return Value::boolean(a[0].is(a[1]));
}
Value op_is_not(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  two("is_not", a, kw);
  return Value::boolean(!a[0].is(a[1]));
}
Value op_contains(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  two("contains", a, kw);
  return Value::boolean(vm.contains(a[0], a[1]));
}
Value op_getitem(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  two("getitem", a, kw);
  return vm.getitem(a[0], a[1]);
}
Value op_setitem(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("setitem", kw);
  if (a.size() != 3) throw_type_error("setitem expected 3 arguments, got %zu", a.size());
  vm.setitem(a[0], a[1], a[2]);
  return Value();
}
Value op_delitem(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  two("delitem", a, kw);
  vm.delitem(a[0], a[1]);
  return Value();
}

// PySequence_Concat: only sequences concatenate.
bool is_sequence(VM& vm, const Value& v) {
  if (!v.is_obj()) return false;
  Type* t = v.type();
  if (t == types().dict || is_subtype(t, types().dict)) return false;
  return t->getitem != nullptr || !lookup_special_method(vm, v, "__getitem__").is_null();
}

Value concat_impl(VM& vm, const char* name, Args a, const KwArgs* kw, bool inplace) {
  two(name, a, kw);
  if (!is_sequence(vm, a[0])) throw_type_error("'%s' object can't be concatenated", type_name(a[0]));
  return binary_op_ex(vm, BinOp::Add, a[0], a[1], inplace);
}
Value op_concat(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return concat_impl(vm, "concat", a, kw, false); }
Value op_iconcat(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return concat_impl(vm, "iconcat", a, kw, true); }

Value op_countof(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  two("countOf", a, kw);
  int64_t n = 0;
  Value it = vm.iter(a[0]), x;
  while (vm.next(it, x)) n += x.is(a[1]) || vm.eq(x, a[1]);
  return Value::integer(n);
}

Value op_indexof(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  two("indexOf", a, kw);
  int64_t i = 0;
  Value it = vm.iter(a[0]), x;
  while (vm.next(it, x)) {
    if (x.is(a[1]) || vm.eq(x, a[1])) return Value::integer(i);
    i++;
  }
  throw_value_error("sequence.index(x): x not in sequence");
}

// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default.
Value op_length_hint(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("length_hint", kw);
  check_args("length_hint", a, 1, 2);
  int64_t dflt = a.size() > 1 ? as_index(a[1]) : 0;
  const Value& obj = a[0];
  Type* t = obj.type();
  if (t->len || !lookup_special_method(vm, obj, "__len__").is_null()) {
    try {
      return Value::integer(vm.len(obj));
    } catch (PyException& e) {
      if (!is_subtype(e.value.type(), exc().TypeError)) throw;
    }
  }
  Value hint = lookup_special_method(vm, obj, "__length_hint__");
  if (hint.is_null()) return Value::integer(dflt);
  Value r = vm.call(hint, {});
  if (r.is(not_implemented())) return Value::integer(dflt);
  if (!r.is_intlike()) throw_type_error("__length_hint__ must be an integer, not %s", type_name(r));
  if (r.as_int() < 0) throw_value_error("__length_hint__() should return >= 0");
  return r;
}

Value op_call(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  if (a.empty()) throw_type_error("call() missing 1 required positional argument: 'obj'");
  return vm.call(a[0], a.subspan(1), kw);
}

// _compare_digest(a, b): CPython's answer and argument rules; its constant
// time matters for real secrets, not for the sandbox's virtual clock.
Value op_compare_digest(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  two("_compare_digest", a, kw);
  std::string x, y;
  if (is_str(a[0]) && is_str(a[1])) {
    for (const Value& v : a)
      for (unsigned char c : str_of(v))
        if (c >= 0x80) throw_type_error("comparing strings with non-ASCII characters is not supported");
    x = str_of(a[0]);
    y = str_of(a[1]);
  } else if (!is_str(a[0]) && !is_str(a[1]) && (is_bytes(a[0]) || a[0].type()->name == "bytearray") &&
             (is_bytes(a[1]) || a[1].type()->name == "bytearray")) {
    x = vm.call(Value(types().bytes), {a[0]}).as<Bytes>()->s;
    y = vm.call(Value(types().bytes), {a[1]}).as<Bytes>()->s;
  } else {
    throw_type_error("unsupported operand types(s) or combination of types: '%s' and '%s'", type_name(a[0]),
                     type_name(a[1]));
  }
  return Value::boolean(x == y);
}

}  // namespace

void install_operator_module(VM& vm) {
  Module* m = make_module("_operator");
  Value keep(m);
  Dict* d = m->dict.get();
  for (const BinaryEntry& e : kBinary) d->set(e.name, make_native(e.name, binary, Value(), const_cast<BinaryEntry*>(&e)));
  for (const CompareEntry& e : kCompare)
    d->set(e.name, make_native(e.name, compare, Value(), const_cast<CompareEntry*>(&e)));
  struct Named {
    const char* name;
    NativeFn fn;
  };
  for (const Named& n :
       {Named{"neg", op_neg}, Named{"pos", op_pos}, Named{"inv", op_invert}, Named{"invert", op_invert},
        Named{"abs", op_abs}, Named{"not_", op_not}, Named{"truth", op_truth}, Named{"index", op_index},
        Named{"is_", op_is}, Named{"is_not", op_is_not}, Named{"contains", op_contains}, Named{"getitem", op_getitem},
        Named{"setitem", op_setitem}, Named{"delitem", op_delitem}, Named{"concat", op_concat},
        Named{"iconcat", op_iconcat}, Named{"countOf", op_countof}, Named{"indexOf", op_indexof},
        Named{"length_hint", op_length_hint}, Named{"call", op_call}, Named{"_compare_digest", op_compare_digest}})
    d->set(n.name, make_native(n.name, n.fn));
  add_operator_getters(d);
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
