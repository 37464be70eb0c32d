// types.GenericAlias (Objects/genericaliasobject.c): what list[int],
// dict[str, int] or asyncio.Queue[int] evaluate to, mostly in annotations.
// It remembers the class and the arguments, prints as written, compares by
// both, calls the class, and answers other attributes from the class.
// There are no TypeVars, so __parameters__ is always empty.
#include "vm/classes.h"

namespace sandbox::vm {

namespace {

struct GenericAlias : GcObj {
  Value origin;
  Value args;  // tuple
  GenericAlias(Type* t, Value o, Value a) : GcObj(t), origin(std::move(o)), args(std::move(a)) {}
  void gc_traverse(GcVisitor& v) override {
    v(origin);
    v(args);
  }
  void gc_clear() override {
    origin = Value();
    args = empty_tuple();
  }
};

Type* g_alias_type = nullptr;

}  // namespace

// ga_repr_item: classes as module.qualname (no module for builtins).
std::string type_arg_repr(VM& vm, const Value& v) {
  if (v.is_obj() && v.as_obj()->type == types().ellipsis) return "...";
  if (v.is_obj() && is_subtype(v.type(), types().type) && !is_type(v, g_alias_type)) {
    Value module = vm.getattr_opt(v, intern("__module__"));
    Value qualname = vm.getattr_opt(v, intern("__qualname__"));
    if (!module.is_null() && !qualname.is_null() && is_type(qualname, types().str)) {
      if (is_type(module, types().str) && module.as<Str>()->s == "builtins") return qualname.as<Str>()->s;
      return vm.to_str(module) + "." + qualname.as<Str>()->s;
    }
  }
  return vm.repr_str(v);
}

bool is_generic_alias(const Value& v) { return g_alias_type && is_type(v, g_alias_type); }

void set_generic_alias_binary(BinaryFn fn) {
  assert(g_alias_type);
  g_alias_type->binary = fn;
}

namespace {

Value alias_repr(VM& vm, const Value& self) {
  GenericAlias* g = self.as<GenericAlias>();
  std::string out = type_arg_repr(vm, g->origin) + "[";
  const std::vector<Value>& items = g->args.as<Tuple>()->items;
  if (items.empty()) out += "()";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + type_arg_repr(vm, items[i]);
  return make_str(out + "]");
}

Value alias_call(VM& vm, const Value& self, std::span<const Value> args, const KwArgs* kw) {
  return vm.call(self.as<GenericAlias>()->origin, args, kw);
}

Value alias_getattr(VM& vm, const Value& self, Str* name) {
  GenericAlias* g = self.as<GenericAlias>();
  const std::string& n = name->s;
  if (n == "__origin__") return g->origin;
  if (n == "__args__") return g->args;
  if (n == "__parameters__") return empty_tuple();
  if (n == "__class__") return Value(g_alias_type);
  return vm.getattr_opt(g->origin, name);
}

Value alias_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(b, g_alias_type)) return Value::null();
  GenericAlias *x = a.as<GenericAlias>(), *y = b.as<GenericAlias>();
  bool same = vm.eq(x->origin, y->origin) && vm.eq(x->args, y->args);
  return Value::boolean(op == CmpOp::Eq ? same : !same);
}

int64_t alias_hash(VM& vm, const Value& self) {
  GenericAlias* g = self.as<GenericAlias>();
  return vm.hash(g->origin) ^ vm.hash(g->args);
}

// The classes CPython gives a __class_getitem__ that makes a GenericAlias
// (of those the sandbox has).
bool is_generic_class(const Type* t) {
  const CoreTypes& c = types();
  for (const Type* g : {c.list, c.dict, c.tuple, c.set, c.frozenset, c.type})
    if (t == g) return true;
  if (t->module == "asyncio.queues") return t->name == "Queue" || t->name == "PriorityQueue" || t->name == "LifoQueue";
  if (t->module == "collections") return t->name == "deque" || t->name == "defaultdict";
  if (t->module == "functools") return t->name == "partial";
  if (t->module == "_asyncio") return t->name == "Future" || t->name == "Task";
  if (t->module == "re") return t->name == "Pattern" || t->name == "Match";
  return false;
}

}  // namespace

Value class_subscript(VM& vm, const Value& cls, const Value& key) {
  (void)vm;
  Type* t = cls.as<Type>();
  if (!is_generic_class(t)) throw_type_error("type '%s' is not subscriptable", t->name.c_str());
  assert(g_alias_type);
  Value args = is_type(key, types().tuple) ? key : make_tuple({key});
  return Value(new GenericAlias(g_alias_type, cls, std::move(args)));
}

void install_generic_alias(VM&) {
  if (g_alias_type) return;  // the builtin types are shared by every VM
  Type* t = make_type("GenericAlias", types().object, "types");
  t->new_ = nullptr;
  t->repr = alias_repr;
  t->str = alias_repr;
  t->call = alias_call;
  t->getattr = alias_getattr;
  t->compare = alias_compare;
  t->hash = alias_hash;
  g_alias_type = t;
}

}  // namespace sandbox::vm
