// The descriptor protocol in attribute lookup (CPython's
// PyObject_GenericGetAttr/SetAttr, type_getattro's descriptor step,
// slot_tp_getattr_hook, slot_tp_setattro) and the builtin descriptors
// property, classmethod and staticmethod (Objects/descrobject.c,
// funcobject.c).  Bound-method equality and hashing live here too, since a
// bound method is what a function descriptor's __get__ makes.
#include "vm/descriptors.h"

#include <cassert>

#include "vm/classes.h"

namespace sandbox::vm {

namespace {

}  // namespace

bool is_plain_function(const Value& v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t == types().function || (t == types().native_function && v.as<NativeFunction>()->is_method);
}

namespace {

// The class's qualified name for messages ("Outer.Inner"): the class body's
// __qualname__ when it has one.
std::string type_qualname(const Type* t) { return t->qualname(); }

// A Python-level descriptor: an instance of a class defining __get__,
// __set__ or __delete__ somewhere along its MRO.
struct UserDescr {
  Value get = Value::null(), set = Value::null(), del = Value::null();
  bool is_data() const { return !set.is_null() || !del.is_null(); }
};
UserDescr user_descr(Type* dt) {
  UserDescr d;
  if (!dt->python_class) return d;
  d.get = type_lookup(dt, "__get__");
  d.set = type_lookup(dt, "__set__");
  d.del = type_lookup(dt, "__delete__");
  return d;
}

Value property_get(VM& vm, Property* p, const Value& obj) {
  if (p->fget.is_none()) {
    if (p->name.is_none())
      throw_attribute_error("property of '%s' object has no getter", type_qualname(obj.type()).c_str());
    throw_attribute_error("property %s of '%s' object has no getter", vm.repr_str(p->name).c_str(),
                          type_qualname(obj.type()).c_str());
  }
  return vm.call(p->fget, {obj});
}

void property_set(VM& vm, Property* p, const Value& obj, const Value& v) {
  const Value& fn = v.is_null() ? p->fdel : p->fset;
  if (fn.is_none()) {
    const char* what = v.is_null() ? "deleter" : "setter";
    if (p->name.is_none())
      throw_attribute_error("property of '%s' object has no %s", type_qualname(obj.type()).c_str(), what);
    throw_attribute_error("property %s of '%s' object has no %s", vm.repr_str(p->name).c_str(),
                          type_qualname(obj.type()).c_str(), what);
  }
  if (v.is_null()) vm.call(fn, {obj});
  else vm.call(fn, {obj, v});
}

}  // namespace

Value call_special(VM& vm, const Value& m, const Value& self, std::span<const Value> rest) {
  if (is_plain_function(m)) {
    Value small[4];
    std::vector<Value> big;
    Value* buf = small;
    if (rest.size() + 1 > 4) {
      big.resize(rest.size() + 1);
      buf = big.data();
    }
    buf[0] = self;
    for (size_t i = 0; i < rest.size(); ++i) buf[i + 1] = rest[i];
    return vm.call(m, std::span<const Value>(buf, rest.size() + 1));
  }
  Value bound = descr_get(vm, m, self, self.type());
  return vm.call(bound.is_null() ? m : bound, rest);
}

namespace {

Value descr_dunder_get(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*);

// property/classmethod/staticmethod's own __get__, chosen by the C++ object
// so that a Python subclass keeping the inherited __get__ binds the same.
Value builtin_descr_get(VM& vm, const Value& descr, const Value& obj, Type* owner) {
  Obj* o = descr.as_obj();
  if (auto* p = dynamic_cast<Property*>(o)) return obj.is_null() ? descr : property_get(vm, p, obj);
  auto* cm = dynamic_cast<ClassMethod*>(o);
  if (!cm) return Value::null();
  if (is_subtype(o->type, types().staticmethod)) return cm->func;
  // cm_descr_get: bound to the class, even through an instance; a wrapped
  // descriptor is asked in turn (3.9-3.12 chaining).
  assert(owner || !obj.is_null());
  Value cls = owner ? Value(owner) : Value(obj.type());
  const Value& f = cm->func;
  if (!is_plain_function(f)) {
    Value chained = descr_get(vm, f, cls, cls.as<Type>());
    if (!chained.is_null()) return chained;
  }
  return Value(new BoundMethod(cls, f));
}

}  // namespace

Value descr_get(VM& vm, const Value& descr, const Value& obj, Type* owner) {
  if (!descr.is_obj()) return Value::null();
  Type* dt = descr.as_obj()->type;
  const CoreTypes& t = types();
  if (is_plain_function(descr)) return obj.is_null() ? descr : Value(new BoundMethod(obj, descr));
  if (dt == t.property || dt == t.classmethod || dt == t.staticmethod) return builtin_descr_get(vm, descr, obj, owner);
  if (!dt->python_class) return Value::null();
  Value get = type_lookup(dt, "__get__");
  if (get.is_null()) return Value::null();
  if (is_type(get, t.native_function) && get.as<NativeFunction>()->fn == descr_dunder_get)
    return builtin_descr_get(vm, descr, obj, owner);
  Value args[2] = {obj.is_null() ? Value() : obj, owner ? Value(owner) : Value()};
  return call_special(vm, get, descr, std::span<const Value>(args, 2));
}

bool descr_is_data(const Value& descr) {
  if (!descr.is_obj()) return false;
  Type* dt = descr.as_obj()->type;
  if (dt == types().property) return true;
  return user_descr(dt).is_data();
}

bool descr_set(VM& vm, const Value& descr, const Value& obj, const Value& v) {
  if (!descr.is_obj()) return false;
  Type* dt = descr.as_obj()->type;
  if (dt == types().property) {
    property_set(vm, descr.as<Property>(), obj, v);
    return true;
  }
  UserDescr d = user_descr(dt);
  if (!d.is_data()) return false;
  // slot_tp_descr_set: a data descriptor lacking the one method asked for
  // fails with the method's name as the AttributeError's message.
  const Value& m = v.is_null() ? d.del : d.set;
  if (m.is_null()) throw_attribute_error("%s", v.is_null() ? "__delete__" : "__set__");
  if (v.is_null()) call_special(vm, m, descr, std::span<const Value>(&obj, 1));
  else {
    Value args[2] = {obj, v};
    call_special(vm, m, descr, std::span<const Value>(args, 2));
  }
  return true;
}

// PyObject_GenericGetAttr: data descriptors on the type, then the instance
// dict, then other descriptors and plain class attributes.
Value generic_getattr(VM& vm, const Value& self, Str* name) {
  Type* t = self.type();
  Value descr = type_lookup(t, name);
  // Builtins answer for the dunders of their native slots ([].__len__).
  if (descr.is_null() && name->s.size() > 4 && name->s[0] == '_' && name->s[1] == '_') descr = mro_lookup(t, name);
  if (descr.is_obj() && !is_plain_function(descr)) {
    Type* dt = descr.as_obj()->type;
    if (dt == types().property) return property_get(vm, descr.as<Property>(), self);
    if (dt->python_class) {
      UserDescr d = user_descr(dt);
      if (d.is_data() && !d.get.is_null()) {
        Value args[2] = {self, Value(t)};
        return call_special(vm, d.get, descr, std::span<const Value>(args, 2));
      }
    }
  }
  if (self.is_obj()) {
    Dict* d = self.as_obj()->instance_dict();
    if (d) {
      Value v = d->get(name);
      if (!v.is_null()) return v;
    }
  }
  if (!descr.is_null()) {
    Value r = descr_get(vm, descr, self, t);
    return r.is_null() ? descr : r;
  }
  if (name->s == "__class__") return Value(t);
  if (name->s == "__dict__" && self.is_obj() && self.as_obj()->instance_dict())
    return Value(self.as_obj()->instance_dict());
  if (name->s == "__doc__" && t->python_class) return Value();  // type_new gives every class a __doc__
  return Value::null();
}

// PyObject_GenericSetAttr (v null: delete).
void generic_setattr(VM& vm, const Value& self, Str* name, const Value& v) {
  Type* t = self.type();
  Value descr = type_lookup(t, name);
  if (!descr.is_null() && descr_set(vm, descr, self, v)) return;
  Dict* d = self.is_obj() ? self.as_obj()->instance_dict() : nullptr;
  if (!d) {
    if (!descr.is_null())
      throw_attribute_error("'%s' object attribute '%s' is read-only", t->name.c_str(), name->s.c_str());
    throw_attribute_error("'%s' object has no attribute '%s'", t->name.c_str(), name->s.c_str());
  }
  if (v.is_null()) {
    if (!d->remove(name)) throw_attribute_error("'%s' object has no attribute '%s'", t->name.c_str(), name->s.c_str());
  } else {
    d->set(name, v);
  }
}

Value class_attribute(VM& vm, Type* cls, const Value& attr) {
  Value r = descr_get(vm, attr, Value::null(), cls);
  return r.is_null() ? attr : r;
}

// ---------------------------------------------------------------- overrides
namespace {

Value g_object_getattribute, g_object_setattr, g_object_delattr;

Value hook_getattr(VM& vm, const Value& self, Str* name);
void hook_setattr(VM& vm, const Value& self, Str* name, const Value& v);

// The attribute slots a class would have without its own overrides: the
// nearest base's that are not these hooks (exceptions, modules, ... keep
// theirs).
GetAttrFn base_getattr(Type* t) {
  for (Type* b = t; b; b = b->base.get())
    if (b->getattr != hook_getattr) return b->getattr;
  return nullptr;
}
SetAttrFn base_setattr(Type* t) {
  for (Type* b = t; b; b = b->base.get())
    if (b->setattr != hook_setattr) return b->setattr;
  return nullptr;
}
Value plain_getattr(VM& vm, const Value& self, Str* name) {
  GetAttrFn f = base_getattr(self.type());
  return f ? f(vm, self, name) : generic_getattr(vm, self, name);
}
void plain_setattr(VM& vm, const Value& self, Str* name, const Value& v) {
  SetAttrFn f = base_setattr(self.type());
  if (f) f(vm, self, name, v);
  else generic_setattr(vm, self, name, v);
}

bool is_attribute_error(VM& vm, const PyException& e) { return vm.isinstance(e.value, vm.exc.AttributeError); }

// slot_tp_getattr_hook: __getattribute__ (the user's or object's), then
// __getattr__ when that raised AttributeError or found nothing.
Value hook_getattr(VM& vm, const Value& self, Str* name) {
  Type* t = self.type();
  Value ga = type_lookup(t, "__getattribute__");
  Value fallback = type_lookup(t, "__getattr__");
  Value v;
  try {
    if (ga.is_null() || ga.is(g_object_getattribute)) {
      v = plain_getattr(vm, self, name);
    } else {
      Value n(name);
      v = call_special(vm, ga, self, std::span<const Value>(&n, 1));
    }
  } catch (PyException& e) {
    if (fallback.is_null() || !is_attribute_error(vm, e)) throw;
    v = Value::null();
  }
  if (!v.is_null() || fallback.is_null()) return v;
  Value n(name);
  return call_special(vm, fallback, self, std::span<const Value>(&n, 1));
}

// slot_tp_setattro: the class's __setattr__ / __delattr__.
void hook_setattr(VM& vm, const Value& self, Str* name, const Value& v) {
  Type* t = self.type();
  Value m = type_lookup(t, v.is_null() ? "__delattr__" : "__setattr__");
  if (m.is_null() || m.is(g_object_setattr) || m.is(g_object_delattr)) return plain_setattr(vm, self, name, v);
  Value args[2] = {Value(name), v};
  call_special(vm, m, self, std::span<const Value>(args, v.is_null() ? 1 : 2));
}

Str* attr_name(const Value& v) {
  if (!v.is_obj() || v.as_obj()->type != types().str)
    throw_type_error("attribute name must be string, not '%s'", v.type()->name.c_str());
  return intern(v.as<Str>()->s);
}
void want(const char* name, std::span<const Value> a, size_t n) {
  if (a.size() != n)
    throw_type_error("%s expected %zu argument%s, got %zu", name, n - 1, n == 2 ? "" : "s", a.size() - 1);
}

Value object_getattribute(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("__getattribute__", a, 2);
  Str* name = attr_name(a[1]);
  Value v = plain_getattr(vm, a[0], name);
  if (v.is_null()) throw_attribute_error("'%s' object has no attribute '%s'", a[0].type()->name.c_str(), name->s.c_str());
  return v;
}
Value object_setattr(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("__setattr__", a, 3);
  plain_setattr(vm, a[0], attr_name(a[1]), a[2]);
  return Value();
}
Value object_delattr(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("__delattr__", a, 2);
  plain_setattr(vm, a[0], attr_name(a[1]), Value::null());
  return Value();
}

}  // namespace

void install_attribute_hooks(Type* t) {
  // The first class along the MRO defining the method decides: a Python
  // class's override (own or a mixin's) installs the hook; object's and the
  // builtins' native methods leave the inherited slot alone.
  auto py = [&](const char* n) {
    Str* key = intern(n);
    for (const Type* m : t->mro)
      if (!m->dict->get(key).is_null()) return m->python_class;
    return false;
  };
  if (py("__getattribute__") || py("__getattr__")) t->getattr = hook_getattr;
  if (py("__setattr__") || py("__delattr__")) t->setattr = hook_setattr;
}

// type_new_set_names: __set_name__(owner, name) on every attribute that has
// it, in definition order; failures are wrapped in RuntimeError (3.11).
void call_set_names(VM& vm, Type* t) {
  std::vector<std::pair<Value, Value>> items;
  t->dict->for_each([&](const Value& k, const Value& v) { items.emplace_back(k, v); });
  for (auto& [k, v] : items) {
    if (!v.is_obj()) continue;
    Type* vt = v.as_obj()->type;
    if (vt == types().property) {
      v.as<Property>()->name = k;
      continue;
    }
    if (!vt->python_class) continue;
    Value m = type_lookup(vt, "__set_name__");
    if (m.is_null()) continue;
    try {
      Value args[2] = {Value(t), k};
      call_special(vm, m, v, std::span<const Value>(args, 2));
    } catch (PyException& e) {
      Value err = make_exception(vm.exc.RuntimeError,
                                 "Error calling __set_name__ on '" + vt->name + "' instance " + vm.repr_str(k) +
                                     " in '" + t->name + "'");
      err.as<ExceptionObj>()->cause = e.value;
      err.as<ExceptionObj>()->suppress_context = true;
      err.as<ExceptionObj>()->context = e.value;
      throw PyException(err);
    }
  }
}

// ---------------------------------------------------------------- property
namespace {

Property* as_property(const Value& v, const char* method) {
  Property* p = v.is_obj() ? dynamic_cast<Property*>(v.as_obj()) : nullptr;
  if (!p)
    throw_type_error("descriptor '%s' for 'property' objects doesn't apply to a '%s' object", method,
                     v.type()->name.c_str());
  return p;
}

Value function_doc(VM& vm, const Value& f) {
  if (f.is_none()) return Value();
  try {
    Value d = vm.getattr_opt(f, intern("__doc__"));
    return d.is_null() ? Value() : d;
  } catch (PyException& e) {
    if (!vm.isinstance(e.value, vm.exc.AttributeError)) throw;
    return Value();
  }
}

// property_init: a doc taken from fget when none is given.
Value make_property(VM& vm, Value fget, Value fset, Value fdel, Value doc) {
  Property* p = new Property(std::move(fget), std::move(fset));
  Value pv(p);
  p->fdel = std::move(fdel);
  if (doc.is_none() && !p->fget.is_none()) {
    p->doc = function_doc(vm, p->fget);
    p->getter_doc = true;
  } else {
    p->doc = std::move(doc);
  }
  return pv;
}

Value property_new(VM& vm, Type*, std::span<const Value> a, const KwArgs* kw) {
  if (a.size() > 4) throw_type_error("property() takes at most 4 arguments (%zu given)", a.size());
  Value f[4];
  for (size_t i = 0; i < a.size(); ++i) f[i] = a[i];
  static const char* const names[4] = {"fget", "fset", "fdel", "doc"};
  if (kw)
    for (size_t k = 0; k < kw->size(); ++k) {
      size_t i = 0;
      while (i < 4 && kw->name(k) != names[i]) ++i;
      if (i == 4)
        throw_type_error("'%s' is an invalid keyword argument for property()", std::string(kw->name(k)).c_str());
      if (i < a.size())
        throw_type_error("argument for property() given by name ('%s') and position (%zu)", names[i], i + 1);
      f[i] = kw->values[k];
    }
  return make_property(vm, f[0], f[1], f[2], f[3]);
}

// property_copy: getter/setter/deleter make a new property with one
// function replaced, keeping the name and (unless it came from fget) doc.
Value property_copy(VM& vm, Property* p, int which, const Value& fn) {
  Value g = which == 0 ? fn : p->fget, s = which == 1 ? fn : p->fset, d = which == 2 ? fn : p->fdel;
  Value doc = p->getter_doc && !g.is_none() ? Value() : p->doc;
  Value r = make_property(vm, g, s, d, doc);
  r.as<Property>()->name = p->name;
  return r;
}
Value property_getter(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("getter", a, 2);
  return property_copy(vm, as_property(a[0], "getter"), 0, a[1]);
}
Value property_setter(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("setter", a, 2);
  return property_copy(vm, as_property(a[0], "setter"), 1, a[1]);
}
Value property_deleter(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("deleter", a, 2);
  return property_copy(vm, as_property(a[0], "deleter"), 2, a[1]);
}

// __get__(instance, owner=None) shared by every descriptor type here
// (wrap_descr_get: None means absent, and both absent is an error).
Value descr_dunder_get(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  if (a.size() < 2 || a.size() > 3) throw_type_error("expected 1 or 2 arguments, got %zu", a.size() - 1);
  Value obj = a[1].is_none() ? Value::null() : a[1];
  Value owner = a.size() == 3 ? a[2] : Value();
  if (obj.is_null() && owner.is_none()) throw_type_error("__get__(None, None) is invalid");
  Type* ot = owner.is_obj() && is_subtype(owner.as_obj()->type, types().type) ? owner.as<Type>() : nullptr;
  if (!ot && !obj.is_null()) ot = obj.type();
  Value r = descr_get(vm, a[0], obj, ot);
  return r.is_null() ? a[0] : r;
}
Value property_dunder_set(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("__set__", a, 3);
  property_set(vm, as_property(a[0], "__set__"), a[1], a[2]);
  return Value();
}
Value property_dunder_delete(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("__delete__", a, 2);
  property_set(vm, as_property(a[0], "__delete__"), a[1], Value::null());
  return Value();
}
Value property_set_name(VM&, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want("__set_name__", a, 3);
  as_property(a[0], "__set_name__")->name = a[2];
  return Value();
}

Value is_abstract(VM& vm, const Value& f) {
  if (f.is_none()) return Value::boolean(false);
  Value v = vm.getattr_opt(f, intern("__isabstractmethod__"));
  return Value::boolean(!v.is_null() && vm.truthy(v));
}

Value property_attr(VM& vm, const Value& self, Str* name) {
  Property* p = self.as<Property>();
  const std::string& n = name->s;
  if (n == "fget") return p->fget;
  if (n == "fset") return p->fset;
  if (n == "fdel") return p->fdel;
  if (n == "__doc__") return p->doc;
  if (n == "__isabstractmethod__") {
    for (const Value* f : {&p->fget, &p->fset, &p->fdel})
      if (vm.truthy(is_abstract(vm, *f))) return Value::boolean(true);
    return Value::boolean(false);
  }
  return generic_getattr(vm, self, name);
}
void property_setattr(VM&, const Value& self, Str* name, const Value& v) {
  if (name->s == "__doc__" && !v.is_null()) {
    self.as<Property>()->doc = v;
    return;
  }
  const char* n = name->s.c_str();
  if (name->s == "fget" || name->s == "fset" || name->s == "fdel" || name->s == "__isabstractmethod__")
    throw_attribute_error("readonly attribute");
  throw_attribute_error("'property' object has no attribute '%s'", n);
}

// ---------------------------------------------------------------- classmethod / staticmethod
Value classmethod_new(VM& vm, Type*, std::span<const Value> a, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("classmethod() takes no keyword arguments");
  if (a.size() != 1) throw_type_error("classmethod expected 1 argument, got %zu", a.size());
  return Value(new ClassMethod(vm.types.classmethod, a[0]));
}
Value staticmethod_new(VM& vm, Type*, std::span<const Value> a, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("staticmethod() takes no keyword arguments");
  if (a.size() != 1) throw_type_error("staticmethod expected 1 argument, got %zu", a.size());
  return Value(new ClassMethod(vm.types.staticmethod, a[0]));
}
// Both wrappers expose the function and, like functools.wraps in cm_init,
// its name, qualname, doc and module.
Value wrapper_attr(VM& vm, const Value& self, Str* name) {
  const Value& f = self.as<ClassMethod>()->func;
  const std::string& n = name->s;
  if (n == "__func__" || n == "__wrapped__") return f;
  if (n == "__isabstractmethod__") return is_abstract(vm, f);
  if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__") return vm.getattr_opt(f, name);
  return generic_getattr(vm, self, name);
}
Value wrapper_repr(VM& vm, const Value& self) {
  return make_str(self.type()->name + "(" + vm.repr_str(self.as<ClassMethod>()->func) + ")");
}
// staticmethod objects are callable since 3.10.
Value staticmethod_call(VM& vm, const Value& self, std::span<const Value> args, const KwArgs* kw) {
  return vm.call(self.as<ClassMethod>()->func, args, kw);
}

// ---------------------------------------------------------------- bound methods
// meth_richcompare: equal when bound to the same object and their functions
// are equal.
Value bound_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(b, types().bound_method)) return Value::null();
  BoundMethod* x = a.as<BoundMethod>();
  BoundMethod* y = b.as<BoundMethod>();
  bool eq = x->self.is(y->self) && vm.eq(x->func, y->func);
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}
// meth_hash: the bound object's identity combined with the function's hash.
int64_t bound_hash(VM& vm, const Value& self) {
  BoundMethod* b = self.as<BoundMethod>();
  int64_t x = b->self.is_obj() ? int64_t(b->self.as_obj()->serial) : vm.hash(b->self);
  int64_t h = x ^ vm.hash(b->func);
  return h == -1 ? -2 : h;
}

Value function_dunder_get(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  if (a.size() < 2 || a.size() > 3) throw_type_error("expected 1 or 2 arguments, got %zu", a.size() - 1);
  if (a[1].is_none()) {
    if (a.size() < 3 || a[2].is_none()) throw_type_error("__get__(None, None) is invalid");
    return a[0];
  }
  (void)vm;
  return Value(new BoundMethod(a[1], a[0]));
}

}  // namespace

void install_descriptor_types(VM& vm) {
  static bool done = false;
  if (done) return;
  done = true;
  const CoreTypes& t = vm.types;
  t.property->new_ = property_new;
  t.property->getattr = property_attr;
  t.property->setattr = property_setattr;
  add_method(t.property, "getter", property_getter);
  add_method(t.property, "setter", property_setter);
  add_method(t.property, "deleter", property_deleter);
  add_method(t.property, "__get__", descr_dunder_get);
  add_method(t.property, "__set__", property_dunder_set);
  add_method(t.property, "__delete__", property_dunder_delete);
  add_method(t.property, "__set_name__", property_set_name);
  t.classmethod->new_ = classmethod_new;
  t.staticmethod->new_ = staticmethod_new;
  for (Type* w : {t.classmethod, t.staticmethod}) {
    w->getattr = wrapper_attr;
    w->repr = wrapper_repr;
    add_method(w, "__get__", descr_dunder_get);
  }
  t.staticmethod->call = staticmethod_call;
  t.bound_method->compare = bound_compare;
  t.bound_method->hash = bound_hash;
  add_method(t.function, "__get__", function_dunder_get);
  g_object_getattribute = make_native("__getattribute__", object_getattribute);
  g_object_setattr = make_native("__setattr__", object_setattr);
  g_object_delattr = make_native("__delattr__", object_delattr);
  for (const Value* m : {&g_object_getattribute, &g_object_setattr, &g_object_delattr})
    m->as<NativeFunction>()->is_method = true;
  t.object->dict->set("__getattribute__", g_object_getattribute);
  t.object->dict->set("__setattr__", g_object_setattr);
  t.object->dict->set("__delattr__", g_object_delattr);
}

}  // namespace sandbox::vm
