// User-defined classes: calling a type (type_call), instances, the slot
// thunks that route the VM's slots to dunder methods (typeobject.c's
// slot_tp_*), __build_class__ and zero-argument super().
#include "vm/classes.h"

#include <algorithm>
#include "vm/descriptors.h"

namespace sandbox::vm {


// object_new refuses an abstract class: one whose __abstractmethods__ (set
// by abc.ABCMeta) is not empty.
Value object_new(VM& vm, Type* cls, std::span<const Value>, const KwArgs*) {
  if (cls->python_class) {
    Value abstract = type_lookup(cls, "__abstractmethods__");
    if (abstract.is_obj() && (is_type(abstract, types().frozenset) || is_type(abstract, types().set)) &&
        abstract.as<Set>()->size() > 0) {
      std::vector<std::string> names;
      abstract.as<Set>()->for_each([&](const Value& k) { names.push_back(vm.to_str(k)); });
      std::sort(names.begin(), names.end());
      std::string joined;
      for (const std::string& n : names) joined += (joined.empty() ? "" : ", ") + n;
      throw_type_error("Can't instantiate abstract class %s with abstract method%s %s", cls->name.c_str(),
                       names.size() > 1 ? "s" : "", joined.c_str());
    }
  }
  return Value(new Instance(cls));
}

static Value g_object_init;

// object_init: extra arguments are an error unless __new__ takes them and __init__ is not overridden.
static Value object_init(VM&, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  if (args.size() <= 1 && (!kw || kw->empty())) return Value();
  Type* t = args[0].type();
  Value init = type_lookup(t, "__init__");
  if (!init.is(g_object_init))
    throw_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
  Value nw = type_lookup(t, "__new__");
  bool new_overridden = nw.is_obj() && nw.as_obj()->type == types().staticmethod &&
                        is_type(nw.as<ClassMethod>()->func, types().function);
  if (!new_overridden && t->new_ == object_new) throw_type_error("%s() takes no arguments", t->name.c_str());
  return Value();
}
bool is_native_init_of_object(const Value& init) { return init.is_obj() && init.as_obj() == g_object_init.as_obj(); }

// A class's own __new__ (a Python function, stored as a staticmethod), or
// null when instances come from the new_ slot.
static Value python_new(const Type* cls) {
  Value nw = type_lookup(cls, "__new__");
  if (nw.is_obj() && nw.as_obj()->type == types().staticmethod) nw = nw.as<ClassMethod>()->func;
  if (nw.is_obj() && nw.as_obj()->type == types().function) return nw;
  return Value::null();
}

static Value call_with_first(VM& vm, const Value& f, const Value& first, std::span<const Value> args,
                             const KwArgs* kw) {
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (args.size() + 1 > 8) {
    big.resize(args.size() + 1);
    buf = big.data();
  }
  buf[0] = first;
  for (size_t i = 0; i < args.size(); ++i) buf[i + 1] = args[i];
  return vm.call(f, std::span<const Value>(buf, args.size() + 1), kw);
}

// type.__call__: __new__ then __init__ (CPython's type_call, object_new's argument checks).
Value type_call(VM& vm, const Value& self, std::span<const Value> args, const KwArgs* kw) {
  Type* cls = self.as<Type>();
  bool has_kw = kw && !kw->empty();
  if (cls == vm.types.type) {
    if (args.size() == 1 && !has_kw) return Value(args[0].type());
    if (args.size() != 3) throw_type_error("type() takes 1 or 3 arguments");
  }
  Value nw = python_new(cls);
  Value obj;
  if (!nw.is_null()) {
    obj = call_with_first(vm, nw, self, args, kw);
  } else {
    if (!cls->new_) throw_type_error("cannot create '%s' instances", cls->qualified_name().c_str());
    obj = cls->new_(vm, cls, args, kw);
  }
  if (!is_subtype(obj.type(), cls)) return obj;
  Value init = type_lookup(cls, "__init__");
  if (!init.is_null() && !is_native_init_of_object(init)) {
    if (is_type(init, vm.types.native_function) && !cls->python_class && !cls->is_exception) return obj;
    Value r = call_with_first(vm, init, obj, args, kw);
    if (!r.is_none()) throw_type_error("__init__() should return None, not '%s'", r.type()->name.c_str());
  } else if (nw.is_null() && cls->new_ == object_new && (!args.empty() || has_kw)) {
    throw_type_error("%s() takes no arguments", cls->name.c_str());
  }
  return obj;
}

// ---------------------------------------------------------------- thunks
static Value call_dunder(VM& vm, const Value& self, const char* name, std::span<const Value> rest) {
  Value m = mro_lookup(self.type(), intern(name));
  if (m.is_null()) return Value::null();
  return call_special(vm, m, self, rest);
}

static Value slot_repr(VM& vm, const Value& self) { return call_dunder(vm, self, "__repr__", {}); }
static Value slot_str(VM& vm, const Value& self) { return call_dunder(vm, self, "__str__", {}); }
static int64_t slot_hash(VM& vm, const Value& self) {
  Value h = call_dunder(vm, self, "__hash__", {});
  if (!h.is_intlike()) throw_type_error("__hash__ method should return an integer");
  int64_t r = h.as_int();
  return r == -1 ? -2 : r;
}
static int64_t slot_unhashable(VM&, const Value& self) {
  throw_type_error("unhashable type: '%s'", self.type()->name.c_str());
}
static Value slot_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  // Along the whole MRO: object.__ne__ inverts a Python __eq__, a list
  // subclass that defines only __eq__ still orders like a list.
  Value r = call_dunder(vm, a, names[int(op)], {&b, 1});
  if (r.is_null() || r.is(not_implemented())) return Value::null();
  return r;
}
static Value slot_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool reflected) {
  static const char* fwd[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__",
                              "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"};
  static const char* rev[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
                              "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"};
  Value r = reflected ? call_dunder(vm, b, rev[int(op)], {&a, 1}) : call_dunder(vm, a, fwd[int(op)], {&b, 1});
  if (r.is(not_implemented())) return Value::null();
  return r;
}
static Value slot_unary(VM& vm, UnaryOp op, const Value& self) {
  static const char* names[] = {"__neg__", "__pos__", "__invert__"};
  return call_dunder(vm, self, names[int(op)], {});
}
static Value slot_call(VM& vm, const Value& self, std::span<const Value> args, const KwArgs* kw) {
  Value m = type_lookup(self.type(), "__call__");
  if (m.is_null()) throw_type_error("'%s' object is not callable", self.type()->name.c_str());
  std::vector<Value> a;
  a.push_back(self);
  a.insert(a.end(), args.begin(), args.end());
  return vm.call(m, a, kw);
}
static Value slot_iter(VM& vm, const Value& self) { return call_dunder(vm, self, "__iter__", {}); }
static bool slot_next(VM& vm, const Value& it, Value& out) {
  try {
    out = call_dunder(vm, it, "__next__", {});
    return true;
  } catch (PyException& e) {
    if (is_subtype(e.value.type(), exc().StopIteration)) return false;
    throw;
  }
}
static int64_t slot_len(VM& vm, const Value& self) {
  Value r = call_dunder(vm, self, "__len__", {});
  if (!r.is_intlike()) throw_type_error("'%s' object cannot be interpreted as an integer", r.type()->name.c_str());
  if (r.as_int() < 0) throw_value_error("__len__() should return >= 0");
  return r.as_int();
}
static Value slot_getitem(VM& vm, const Value& self, const Value& key) { return call_dunder(vm, self, "__getitem__", {&key, 1}); }
static void slot_setitem(VM& vm, const Value& self, const Value& key, const Value& v) {
  if (v.is_null()) {
    if (call_dunder(vm, self, "__delitem__", {&key, 1}).is_null())
      throw_type_error("'%s' object doesn't support item deletion", self.type()->name.c_str());
    return;
  }
  Value a[2] = {key, v};
  if (call_dunder(vm, self, "__setitem__", {a, 2}).is_null())
    throw_type_error("'%s' object does not support item assignment", self.type()->name.c_str());
}
static bool slot_contains(VM& vm, const Value& self, const Value& item) {
  Value r = call_dunder(vm, self, "__contains__", {&item, 1});
  return vm.truthy(r);
}
static bool slot_truthy(VM& vm, const Value& self) {
  Value m = type_lookup(self.type(), "__bool__");
  if (!m.is_null()) {
    Value r = call_dunder(vm, self, "__bool__", {});
    if (!r.is_bool()) throw_type_error("__bool__ should return bool, returned %s", r.type()->name.c_str());
    return r.as_bool();
  }
  return slot_len(vm, self) != 0;
}
static Value slot_await(VM& vm, const Value& self) { return call_dunder(vm, self, "__await__", {}); }

// Points the slots of a Python class at its dunder methods (fixup_slot_dispatchers):
// a slot dispatches to Python when the first class along the MRO defining the
// dunder is a Python class; otherwise it keeps the builtin's native slot.
void install_python_class_slots(Type* t) {
  auto py = [&](const char* n) {
    Str* key = intern(n);
    for (const Type* m : t->mro)
      if (!m->dict->get(key).is_null()) return m->python_class;
    return false;
  };
  if (py("__repr__")) t->repr = slot_repr;
  if (py("__str__")) t->str = slot_str;
  if (py("__hash__")) t->hash = type_lookup(t, "__hash__").is_none() ? slot_unhashable : slot_hash;
  for (const char* n : {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"})
    if (py(n)) t->compare = slot_compare;
  for (const char* n : {"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__and__",
                        "__or__", "__xor__", "__lshift__", "__rshift__", "__matmul__", "__radd__", "__rsub__", "__rmul__",
                        "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rand__", "__ror__", "__rxor__",
                        "__rmatmul__", "__rlshift__", "__rrshift__"})
    if (py(n)) t->binary = slot_binary;
  if (py("__neg__") || py("__pos__") || py("__invert__")) t->unary = slot_unary;
  if (py("__call__")) t->call = slot_call;
  install_attribute_hooks(t);
  if (py("__iter__")) t->iter = slot_iter;
  if (py("__next__")) t->next = slot_next;
  if (py("__len__")) t->len = slot_len;
  if (py("__getitem__")) t->getitem = slot_getitem;
  if (py("__setitem__") || py("__delitem__")) t->setitem = slot_setitem;
  if (py("__contains__")) t->contains = slot_contains;
  if (py("__bool__") || (py("__len__") && !t->truthy)) t->truthy = slot_truthy;
  if (py("__await__")) t->await_ = slot_await;
  install_builtin_subclass_slots(t);
}

void install_class_builtins(VM& vm) {
  install_type_new(vm);
  if (!g_object_init.is_obj()) {
    g_object_init = make_native("object.__init__", object_init);
    g_object_init.as<NativeFunction>()->is_method = true;
    types().object->dict->set("__init__", g_object_init);
    install_super(vm);
    install_mappingproxy(vm);
    install_generic_alias(vm);
    install_union_type(vm);
    install_builtin_subclass(vm);
  }
}

}  // namespace sandbox::vm
