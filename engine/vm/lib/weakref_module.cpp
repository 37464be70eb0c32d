// The _weakref module and weak references (Objects/weakrefobject.c,
// Modules/_weakref.c): ref (ReferenceType, subclassable: weakref.py's
// KeyedRef and WeakMethod), proxy (ProxyType / CallableProxyType),
// getweakrefcount, getweakrefs, _remove_dead_weakref.  The registry maps
// each weakly referenced object to its references; destroy_object clears
// them (vm/weakref.h).
#include <algorithm>
#include <unordered_map>
#include <vector>

#include "vm/descriptors.h"
#include "vm/gc.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"
#include "vm/weakref.h"

namespace sandbox::vm {

size_t g_weakref_targets = 0;

namespace {

using lib::Args;
using lib::type_name;
using lib::no_kwargs;
using lib::check_args;
using lib::check_one_arg;
using lib::is_dict;
using lib::is_str;
using lib::str_of;

Type* g_ref = nullptr;
Type* g_proxy = nullptr;
Type* g_callable_proxy = nullptr;
Type* g_pending = nullptr;

// A weak reference.  It derives from Instance so that Python subclasses
// (KeyedRef's __slots__ = ("key",)) have attribute storage.
struct WeakRef final : Instance {
  Obj* referent;            // not owned; null once the object died
  Value callback;           // None when there is none
  int64_t hash = -1;        // the referent's hash, once taken
  bool hashed = false;
  WeakRef(Type* t, Obj* o, Value cb);
  ~WeakRef() override;
  void gc_traverse(GcVisitor& v) override {
    Instance::gc_traverse(v);
    v(callback);
  }
  void gc_clear() override {
    Instance::gc_clear();
    callback = Value();
  }
};

std::unordered_map<const Obj*, std::vector<WeakRef*>>& registry() {
  static auto* r = new std::unordered_map<const Obj*, std::vector<WeakRef*>>();  // process lifetime
  return *r;
}

WeakRef::WeakRef(Type* t, Obj* o, Value cb) : Instance(t), referent(o), callback(std::move(cb)) {
  auto& list = registry()[o];
  if (list.empty()) ++g_weakref_targets;
  list.push_back(this);
}

WeakRef::~WeakRef() {
  if (!referent) return;
  auto it = registry().find(referent);
  if (it == registry().end()) return;
  auto& list = it->second;
  list.erase(std::remove(list.begin(), list.end(), this), list.end());
  if (list.empty()) {
    registry().erase(it);
    --g_weakref_targets;
  }
}

// A weak reference's callback waiting for the next safe point.
struct PendingCallback final : GcObj {
  Value ref, callback;
  PendingCallback(Value r, Value cb) : GcObj(g_pending), ref(std::move(r)), callback(std::move(cb)) {}
  void gc_traverse(GcVisitor& v) override {
    v(ref);
    v(callback);
  }
  void gc_clear() override {
    ref = Value();
    callback = Value();
  }
  bool gc_needs_finalize() const override { return true; }
  void gc_finalize(VM& vm) override {
    Value cb = std::move(callback), r = std::move(ref);
    callback = Value();
    try {
      vm.call(cb, {r});
    } catch (PyException& e) {
      // PyErr_WriteUnraisable(callback)
      vm.write_stderr("Exception ignored in: " + vm.repr_str(cb) + "\n" + vm.format_exception(e.value));
    }
  }
};

WeakRef* as_ref(const Value& v) { return v.is_obj() ? dynamic_cast<WeakRef*>(v.as_obj()) : nullptr; }

// Objects CPython's types give no __weakref__ slot.
bool weakrefable(const Value& v) {
  if (!v.is_obj()) return false;
  const CoreTypes& t = types();
  Type* ty = v.as_obj()->type;
  for (Type* no : {t.str, t.bytes, t.tuple, t.list, t.dict, t.int_, t.float_, t.native_function, t.slice})
    if (ty == no) return false;
  return true;
}

Value referent_of(const WeakRef* r) { return r->referent ? Value(r->referent) : Value(); }

// ---------------------------------------------------------------- ref
Value make_ref(VM& vm, Type* cls, const Value& ob, const Value& cb) {
  if (!weakrefable(ob)) throw_type_error("cannot create weak reference to '%s' object", type_name(ob));
  Value callback = cb.is_null() ? Value() : cb;
  // weakref_new: a plain ref without callback is shared.
  if (cls == g_ref && callback.is_none()) {
    auto it = registry().find(ob.as_obj());
    if (it != registry().end())
      for (WeakRef* r : it->second)
        if (r->type == g_ref && r->callback.is_none()) return Value(r);
  }
  (void)vm;
  return Value(new WeakRef(cls, ob.as_obj(), std::move(callback)));
}

Value ref_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  if (kw && !kw->empty() && cls == g_ref) throw_type_error("ref() takes no keyword arguments");
  if (a.empty() || (cls == g_ref && a.size() > 2))
    throw_type_error("__new__ expected at most 2 arguments, got %zu", a.size());
  return make_ref(vm, cls, a[0], a.size() > 1 ? a[1] : Value());
}

// ref.__new__(cls, ob, callback=None): what subclasses call from their __new__.
Value ref_new_method(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  if (a.empty() || !a[0].is_obj() || !is_subtype(a[0].as_obj()->type, types().type))
    throw_type_error("weakref.ReferenceType.__new__(X): X is not a type object");
  Type* cls = a[0].as<Type>();
  if (!is_subtype(cls, g_ref)) throw_type_error("ReferenceType.__new__(%s): not a subtype of ReferenceType", cls->name.c_str());
  if (a.size() < 2) throw_type_error("__new__ expected at least 1 argument, got 0");
  return make_ref(vm, cls, a[1], a.size() > 2 ? a[2] : Value());
}

Value ref_init(VM&, NativeFunction*, Args, const KwArgs*) { return Value(); }

Value ref_call(VM&, const Value& self, Args a, const KwArgs* kw) {
  if (!a.empty() || (kw && !kw->empty())) throw_type_error("weakref() takes no arguments");
  return referent_of(as_ref(self));
}

int64_t ref_hash(VM& vm, const Value& self) {
  WeakRef* r = as_ref(self);
  if (r->hashed) return r->hash;
  if (!r->referent) throw_type_error("weak object has gone away");
  r->hash = vm.hash(Value(r->referent));
  r->hashed = true;
  return r->hash;
}

Value ref_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  WeakRef* x = as_ref(a);
  WeakRef* y = as_ref(b);
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !x || !y || a.type() == g_proxy || b.type() == g_proxy) return Value::null();
  if (!x->referent || !y->referent) {
    bool same = x == y;
    return Value::boolean(op == CmpOp::Eq ? same : !same);
  }
  return vm.compare(Value(x->referent), Value(y->referent), op);
}

Value ref_repr(VM& vm, const Value& self) {
  WeakRef* r = as_ref(self);
  std::string out = "<weakref at " + fake_address(r) + "; ";
  if (!r->referent) return make_str(out + "dead>");
  Value o(r->referent);
  out += "to '" + o.type()->qualified_name() + "' at " + fake_address(r->referent);
  Value name = Value::null();
  try {
    name = vm.getattr_opt(o, intern("__name__"));
  } catch (PyException&) {
  }
  if (!name.is_null() && is_str(name)) out += " (" + str_of(name) + ")";
  return make_str(out + ">");
}

Value ref_callback(VM&, NativeFunction*, Args a, const KwArgs*) { return as_ref(a[0])->callback; }

// ---------------------------------------------------------------- proxy
Value proxy_target(VM& vm, const Value& self) {
  WeakRef* r = as_ref(self);
  if (!r->referent)
    throw PyException(vm.call(vm.builtins()->dict->get("ReferenceError"), {make_str("weakly-referenced object no longer exists")}));
  return Value(r->referent);
}

Value proxy_getattr(VM& vm, const Value& self, Str* name) {
  if (name->s == "__class__") return vm.getattr(proxy_target(vm, self), name);
  return vm.getattr(proxy_target(vm, self), name);
}
void proxy_setattr(VM& vm, const Value& self, Str* name, const Value& v) {
  Value t = proxy_target(vm, self);
  if (v.is_null()) vm.delattr(t, name);
  else vm.setattr(t, name, v);
}
Value proxy_repr(VM&, const Value& self) {
  WeakRef* r = as_ref(self);
  if (!r->referent) return make_str("<weakproxy at " + fake_address(r) + "; dead>");
  return make_str("<weakproxy at " + fake_address(r) + "; to '" + r->referent->type->qualified_name() + "' at " +
                  fake_address(r->referent) + ">");
}
Value proxy_str(VM& vm, const Value& self) { return vm.str(proxy_target(vm, self)); }
Value proxy_call(VM& vm, const Value& self, Args a, const KwArgs* kw) { return vm.call(proxy_target(vm, self), a, kw); }
int64_t proxy_len(VM& vm, const Value& self) { return vm.len(proxy_target(vm, self)); }
Value proxy_getitem(VM& vm, const Value& self, const Value& k) { return vm.getitem(proxy_target(vm, self), k); }
void proxy_setitem(VM& vm, const Value& self, const Value& k, const Value& v) {
  if (v.is_null()) vm.delitem(proxy_target(vm, self), k);
  else vm.setitem(proxy_target(vm, self), k, v);
}
bool proxy_contains(VM& vm, const Value& self, const Value& x) { return vm.contains(proxy_target(vm, self), x); }
Value proxy_iter(VM& vm, const Value& self) { return vm.iter(proxy_target(vm, self)); }
bool proxy_truthy(VM& vm, const Value& self) { return vm.truthy(proxy_target(vm, self)); }
Value proxy_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  Value x = as_ref(a) && (a.type() == g_proxy || a.type() == g_callable_proxy) ? proxy_target(vm, a) : a;
  Value y = as_ref(b) && (b.type() == g_proxy || b.type() == g_callable_proxy) ? proxy_target(vm, b) : b;
  return vm.compare(x, y, op);
}
Value proxy_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool) {
  Value x = as_ref(a) && (a.type() == g_proxy || a.type() == g_callable_proxy) ? proxy_target(vm, a) : a;
  Value y = as_ref(b) && (b.type() == g_proxy || b.type() == g_callable_proxy) ? proxy_target(vm, b) : b;
  return vm.binary_op(op, x, y);
}

// ---------------------------------------------------------------- module
Value wr_proxy(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("proxy", kw);
  check_args("proxy", a, 1, 2);
  if (!weakrefable(a[0])) throw_type_error("cannot create weak reference to '%s' object", type_name(a[0]));
  Type* t = vm.callable(a[0]) ? g_callable_proxy : g_proxy;
  Value cb = a.size() > 1 ? a[1] : Value();
  if (cb.is_none()) {
    auto it = registry().find(a[0].as_obj());
    if (it != registry().end())
      for (WeakRef* r : it->second)
        if (r->type == t && r->callback.is_none()) return Value(r);
  }
  return Value(new WeakRef(t, a[0].as_obj(), cb));
}

Value wr_getweakrefcount(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("getweakrefcount", kw);
  check_one_arg("getweakrefcount", a);
  if (!a[0].is_obj()) return Value::integer(0);
  auto it = registry().find(a[0].as_obj());
  return Value::integer(it == registry().end() ? 0 : int64_t(it->second.size()));
}

Value wr_getweakrefs(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("getweakrefs", kw);
  check_one_arg("getweakrefs", a);
  std::vector<Value> out;
  if (a[0].is_obj()) {
    auto it = registry().find(a[0].as_obj());
    if (it != registry().end())
      for (WeakRef* r : it->second) out.push_back(Value(r));
  }
  return make_list(std::move(out));
}

// _remove_dead_weakref(dict, key): del dict[key] if it is a dead weakref.
Value wr_remove_dead(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("_remove_dead_weakref", kw);
  if (a.size() != 2) throw_type_error("_remove_dead_weakref expected 2 arguments, got %zu", a.size());
  if (!is_dict(a[0])) throw_type_error("_remove_dead_weakref() argument 1 must be dict, not %s", type_name(a[0]));
  Dict* d = a[0].as<Dict>();
  Value v = d->get(vm, a[1]);
  if (v.is_null()) return Value();
  WeakRef* r = as_ref(v);
  if (r && !r->referent) d->remove(vm, a[1]);
  return Value();
}

void make_types() {
  if (g_ref) return;
  g_pending = make_type("weakref_callback", types().object, "_weakref");
  g_pending->new_ = nullptr;
  g_ref = make_type("ReferenceType", types().object, "weakref");
  g_ref->new_ = ref_new;
  g_ref->call = ref_call;
  g_ref->hash = ref_hash;
  g_ref->compare = ref_compare;
  g_ref->repr = ref_repr;
  g_ref->str = nullptr;
  g_ref->dict->set("__new__", Value(new ClassMethod(types().staticmethod, make_native("ReferenceType.__new__", ref_new_method))));
  add_method(g_ref, "__init__", ref_init);
  add_property(g_ref, "__callback__", ref_callback);
  for (Type** slot : {&g_proxy, &g_callable_proxy}) {
    Type* t = make_type(slot == &g_proxy ? "ProxyType" : "CallableProxyType", types().object, "weakref");
    t->new_ = nullptr;
    t->getattr = proxy_getattr;
    t->setattr = proxy_setattr;
    t->repr = proxy_repr;
    t->str = proxy_str;
    t->len = proxy_len;
    t->getitem = proxy_getitem;
    t->setitem = proxy_setitem;
    t->contains = proxy_contains;
    t->iter = proxy_iter;
    t->truthy = proxy_truthy;
    t->compare = proxy_compare;
    t->binary = proxy_binary;
    t->hash = nullptr;
    t->dict->set("__hash__", Value());
    if (slot == &g_callable_proxy) t->call = proxy_call;
    *slot = t;
  }
}

}  // namespace

void clear_weakrefs(Obj* o) {
  auto it = registry().find(o);
  if (it == registry().end()) return;
  std::vector<WeakRef*> refs = std::move(it->second);
  registry().erase(it);
  --g_weakref_targets;
  for (WeakRef* r : refs) r->referent = nullptr;
  for (auto i = refs.rbegin(); i != refs.rend(); ++i) {
    WeakRef* r = *i;
    if (r->callback.is_none() || r->callback.is_null()) continue;
    Value cb = r->callback;
    r->callback = Value();  // called once; the reference no longer holds it
    gc_defer_finalize(new PendingCallback(Value(r), std::move(cb)));
  }
}

namespace lib {

void install_weakref_module(VM& vm) {
  make_types();
  Module* m = make_module("_weakref");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("ref", Value(g_ref));
  d->set("ReferenceType", Value(g_ref));
  d->set("ProxyType", Value(g_proxy));
  d->set("CallableProxyType", Value(g_callable_proxy));
  d->set("proxy", make_native("proxy", wr_proxy));
  d->set("getweakrefcount", make_native("getweakrefcount", wr_getweakrefcount));
  d->set("getweakrefs", make_native("getweakrefs", wr_getweakrefs));
  d->set("_remove_dead_weakref", make_native("_remove_dead_weakref", wr_remove_dead));
  vm.register_module(m);
}

}  // namespace lib
}  // namespace sandbox::vm
