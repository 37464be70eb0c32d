// mappingproxy: the read-only view of a class's dict that C.__dict__ gives
// (CPython's Objects/descrobject.c).  Reads go to the dict; it has no
// __setitem__, so assignment raises the usual TypeError.
#include "vm/classes.h"

namespace sandbox::vm {

namespace {

struct MappingProxy : GcObj {
  Ref<Dict> mapping;
  MappingProxy(Type* t, Dict* d) : GcObj(t), mapping(d) {}
  void gc_traverse(GcVisitor& v) override { v(mapping); }
};

Type* g_proxy_type = nullptr;

Value target(const Value& self) { return Value(self.as<MappingProxy>()->mapping.get()); }

Value proxy_repr(VM& vm, const Value& self) { return make_str("mappingproxy(" + vm.repr_str(target(self)) + ")"); }
Value proxy_str(VM& vm, const Value& self) { return vm.str(target(self)); }
int64_t proxy_len(VM& vm, const Value& self) { return vm.len(target(self)); }
Value proxy_iter(VM& vm, const Value& self) { return vm.iter(target(self)); }
Value proxy_getitem(VM& vm, const Value& self, const Value& key) { return vm.getitem(target(self), key); }
bool proxy_contains(VM& vm, const Value& self, const Value& item) { return vm.contains(target(self), item); }
Value proxy_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::null();
  return vm.compare(target(a), b, op);
}

// keys/values/items/get/copy: the dict's own method on the proxied dict.
Value proxy_method(VM& vm, NativeFunction* self, std::span<const Value> args, const KwArgs* kw) {
  const char* name = static_cast<const char*>(self->ctx);
  if (args.empty() || !is_type(args[0], g_proxy_type))
    throw_type_error("descriptor '%s' requires a 'mappingproxy' object", name);
  Value m = types().dict->dict->get(name);
  assert(!m.is_null());
  std::vector<Value> a(args.begin(), args.end());
  a[0] = target(args[0]);
  return vm.call(m, a, kw);
}

}  // namespace

Value make_mappingproxy(Dict* d) {
  assert(g_proxy_type);
  return Value(new MappingProxy(g_proxy_type, d));
}

void install_mappingproxy(VM&) {
  if (g_proxy_type) return;  // the builtin types are shared by every VM
  Type* t = make_type("mappingproxy", types().object);
  t->new_ = nullptr;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->len = proxy_len;
  t->iter = proxy_iter;
  t->getitem = proxy_getitem;
  t->contains = proxy_contains;
  t->compare = proxy_compare;
  t->hash = nullptr;
  static const char* const kMethods[] = {"keys", "values", "items", "get", "copy"};
  for (const char* m : kMethods) add_method(t, m, proxy_method, const_cast<char*>(m));
  g_proxy_type = t;
}

}  // namespace sandbox::vm
