// types.UnionType (Objects/unionobject.c): `int | None`, `str | list[int]`
// (PEP 604), made by `|` between classes, None, generic aliases and unions.
// Its __args__ are flattened and deduplicated (None as NoneType); it prints
// as written, compares as a set of arguments and works with isinstance and
// issubclass.
#include "vm/classes.h"

namespace sandbox::vm {

namespace {

struct UnionType : GcObj {
  Value args;  // tuple of at least two
  UnionType(Type* t, Value a) : GcObj(t), args(std::move(a)) {}
  void gc_traverse(GcVisitor& v) override { v(args); }
  void gc_clear() override { args = empty_tuple(); }
};

Type* g_union_type = nullptr;

// is_unionable: None, a class, a generic alias or a union.
bool unionable(const Value& v) {
  return v.is_none() || is_type(v, g_union_type) || is_generic_alias(v) ||
         (v.is_obj() && is_subtype(v.type(), types().type));
}

void add_arg(VM& vm, std::vector<Value>& out, const Value& v) {
  if (is_type(v, g_union_type)) {
    for (const Value& x : v.as<UnionType>()->args.as<Tuple>()->items) add_arg(vm, out, x);
    return;
  }
  Value item = v.is_none() ? Value(types().none) : v;
  for (const Value& x : out)
    if (x.is(item) || vm.eq(x, item)) return;
  out.push_back(item);
}

Value union_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool reflected) {
  if (op != BinOp::Or || !unionable(a) || !unionable(b)) return Value::null();
  const Value& left = reflected ? b : a;
  const Value& right = reflected ? a : b;
  std::vector<Value> args;
  add_arg(vm, args, left);
  add_arg(vm, args, right);
  if (args.size() == 1) return args[0];
  return Value(new UnionType(g_union_type, make_tuple(std::move(args))));
}

Value union_repr(VM& vm, const Value& self) {
  std::string out;
  for (const Value& x : self.as<UnionType>()->args.as<Tuple>()->items) {
    if (!out.empty()) out += " | ";
    out += x.is(Value(types().none)) ? "None" : type_arg_repr(vm, x);
  }
  return make_str(out);
}

Value union_getattr(VM& vm, const Value& self, Str* name) {
  if (name->s == "__args__") return self.as<UnionType>()->args;
  if (name->s == "__parameters__") return empty_tuple();
  return generic_getattr(vm, self, name);
}

bool contains_all(VM& vm, const std::vector<Value>& big, const std::vector<Value>& small) {
  for (const Value& x : small) {
    bool found = false;
    for (const Value& y : big) found = found || vm.eq(x, y);
    if (!found) return false;
  }
  return true;
}

Value union_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(b, g_union_type)) return Value::null();
  const std::vector<Value>& x = a.as<UnionType>()->args.as<Tuple>()->items;
  const std::vector<Value>& y = b.as<UnionType>()->args.as<Tuple>()->items;
  bool same = contains_all(vm, x, y) && contains_all(vm, y, x);
  return Value::boolean(op == CmpOp::Eq ? same : !same);
}

// The hash of the frozenset of the arguments: order does not matter.
int64_t union_hash(VM& vm, const Value& self) {
  int64_t h = 0;
  for (const Value& x : self.as<UnionType>()->args.as<Tuple>()->items) h ^= vm.hash(x);
  return h;
}

}  // namespace

const std::vector<Value>* union_args(const Value& v) {
  if (!g_union_type || !is_type(v, g_union_type)) return nullptr;
  return &v.as<UnionType>()->args.as<Tuple>()->items;
}

void install_union_type(VM&) {
  if (g_union_type) return;  // the builtin types are shared by every VM
  Type* t = make_type("UnionType", types().object, "types");
  t->new_ = nullptr;
  t->repr = union_repr;
  t->str = union_repr;
  t->getattr = union_getattr;
  t->compare = union_compare;
  t->hash = union_hash;
  t->binary = union_binary;
  g_union_type = t;
  // `int | None` and `list[int] | None`: a class's own __or__ (a metaclass
  // slot) still comes first, as it replaces this slot.
  assert(!types().type->binary);
  types().type->binary = union_binary;
  types().none->binary = union_binary;
  set_generic_alias_binary(union_binary);
}

}  // namespace sandbox::vm
