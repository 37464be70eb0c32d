// types.SimpleNamespace (Objects/namespaceobject.c): an object whose
// attributes are its keyword arguments.  sys.implementation is one, and
// types.py takes the class from it: SimpleNamespace = type(sys.implementation).
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox::vm::lib {

namespace {

Type* g_namespace = nullptr;

// namespace_init: keyword arguments only, each a str.
Value ns_init(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  if (a.size() > 1) throw_type_error("no positional arguments expected");
  Dict* d = a[0].as_obj()->instance_dict();
  if (kw)
    for (size_t i = 0; i < kw->size(); i++) d->set(kw->names[i].as<Str>(), kw->values[i]);
  return Value();
}

// namespace_new + namespace_init: the keyword arguments become attributes
// (a subclass's own __init__, if any, runs after).
Value ns_new(VM&, Type* cls, Args a, const KwArgs* kw) {
  if (!a.empty() && cls == g_namespace) throw_type_error("no positional arguments expected");
  Value ns(new Instance(cls));
  Dict* d = ns.as_obj()->instance_dict();
  Value init = type_lookup(cls, "__init__");
  bool own_init = is_type(init, types().native_function) && init.as<NativeFunction>()->fn == ns_init;
  if (kw && own_init)
    for (size_t i = 0; i < kw->size(); i++) d->set(kw->names[i].as<Str>(), kw->values[i]);
  return ns;
}

// namespace_repr: "namespace(a=1, b=2)"; a subclass shows its own name.
Value ns_repr(VM& vm, const Value& self) {
  Obj* o = self.as_obj();
  std::string name = o->type == g_namespace ? "namespace" : o->type->name;
  if (!repr_enter(vm, o)) return make_str(name + "(...)");
  std::string out = name + "(";
  try {
    bool first = true;
    std::vector<std::pair<Value, Value>> items;
    o->instance_dict()->for_each([&](const Value& k, const Value& v) { items.emplace_back(k, v); });
    for (auto& [k, v] : items) {
      if (!is_str(k)) continue;
      if (!first) out += ", ";
      first = false;
      out += str_of(k) + "=" + vm.repr_str(v);
    }
  } catch (...) {
    repr_leave(vm, o);
    throw;
  }
  repr_leave(vm, o);
  return make_str(out + ")");
}

// namespace_richcompare: == and != between namespaces compare their dicts.
Value ns_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !vm.isinstance(a, g_namespace) || !vm.isinstance(b, g_namespace))
    return Value::null();
  return vm.compare(Value(a.as_obj()->instance_dict()), Value(b.as_obj()->instance_dict()), op);
}

Value ns_reduce(VM&, NativeFunction*, Args a, const KwArgs*) {
  return make_tuple({Value(a[0].type()), empty_tuple(), Value(a[0].as_obj()->instance_dict())});
}

}  // namespace

Type* simple_namespace_type() {
  if (g_namespace) return g_namespace;
  Type* t = make_type("SimpleNamespace", types().object, "types");
  t->new_ = ns_new;
  t->repr = ns_repr;
  t->compare = ns_compare;
  t->hash = nullptr;
  t->dict->set("__hash__", Value());
  add_method(t, "__init__", ns_init);
  add_method(t, "__reduce__", ns_reduce);
  g_namespace = t;
  return t;
}

Value make_simple_namespace(std::initializer_list<std::pair<const char*, Value>> items) {
  Value ns(new Instance(simple_namespace_type()));
  for (auto& [k, v] : items) ns.as_obj()->instance_dict()->set(k, v);
  return ns;
}

}  // namespace sandbox::vm::lib
