// User-defined classes: calling a type (type_call), instances, the slot
// thunks that route the VM's slots to dunder methods (typeobject.c's
// slot_tp_*), __build_class__ and zero-argument super().
#include "vm/descriptors.h"
#include "vm/internal.h"

namespace sandbox::vm {


Value object_new(VM&, Type* cls, std::span<const Value>, const KwArgs*) { return Value(new Instance(cls)); }

static Value object_init(VM&, NativeFunction*, std::span<const Value>, const KwArgs*) { return Value(); }

static Value g_object_init;
bool is_native_init_of_object(const Value& init) { return init.is_obj() && init.as_obj() == g_object_init.as_obj(); }

// type.__call__: new_ then __init__ (CPython's type_call).
Value type_call(VM& vm, const Value& self, std::span<const Value> args, const KwArgs* kw) {
  Type* cls = self.as<Type>();
  if (cls == vm.types.type) {
    if (args.size() == 1 && (!kw || kw->empty())) return Value(args[0].type());
    throw_type_error("type() with 3 arguments is not supported");
  }
  if (!cls->new_) throw_type_error("cannot create '%s' instances", cls->qualified_name().c_str());
  Value obj = cls->new_(vm, cls, args, kw);
  if (!is_subtype(obj.type(), cls)) return obj;
  Value init = type_lookup(cls, "__init__");
  if (!init.is_null() && !is_native_init_of_object(init)) {
    if (is_type(init, vm.types.native_function) && !cls->python_class && !cls->is_exception) return obj;
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (args.size() + 1 > 8) {
      big.resize(args.size() + 1);
      buf = big.data();
    }
    buf[0] = obj;
    for (size_t i = 0; i < args.size(); ++i) buf[i + 1] = args[i];
    Value r = vm.call(init, std::span<const Value>(buf, args.size() + 1), kw);
    if (!r.is_none()) throw_type_error("__init__() should return None, not '%s'", r.type()->name.c_str());
  } else if (cls->new_ == object_new && (!args.empty() || (kw && !kw->empty()))) {
    throw_type_error("%s() takes no arguments", cls->name.c_str());
  }
  return obj;
}

// ---------------------------------------------------------------- thunks
static Value call_dunder(VM& vm, const Value& self, const char* name, std::span<const Value> rest) {
  Value m = type_lookup(self.type(), name);
  if (m.is_null()) return Value::null();
  Value buf[4];
  buf[0] = self;
  for (size_t i = 0; i < rest.size() && i < 3; ++i) buf[i + 1] = rest[i];
  if (is_plain_function(m))
    return vm.call(m, std::span<const Value>(buf, rest.size() + 1));
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
  Value m = type_lookup(a.type(), names[int(op)]);
  if (m.is_null()) {
    if (op == CmpOp::Ne) {
      // object.__ne__ inverts __eq__
      Value eq = type_lookup(a.type(), "__eq__");
      if (eq.is_null()) return Value::null();
      Value r = call_dunder(vm, a, "__eq__", {&b, 1});
      if (r.is_null() || r.is(not_implemented())) return Value::null();
      return Value::boolean(!vm.truthy(r));
    }
    return Value::null();
  }
  Value r = call_dunder(vm, a, names[int(op)], {&b, 1});
  if (r.is(not_implemented())) return Value::null();
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

// Points the slots of a Python class at its dunder methods (fixup_slot_dispatchers).
void install_python_class_slots(Type* t) {
  auto has = [&](const char* n) { return !type_lookup(t, n).is_null() && t->python_class; };
  auto own = [&](const char* n) { return !t->dict->get(n).is_null(); };
  if (own("__repr__")) t->repr = slot_repr;
  if (own("__str__")) t->str = slot_str;
  if (own("__hash__")) t->hash = t->dict->get("__hash__").is_none() ? slot_unhashable : slot_hash;
  else if (own("__eq__")) t->hash = slot_unhashable;
  for (const char* n : {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"})
    if (own(n)) t->compare = slot_compare;
  for (const char* n : {"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__and__",
                        "__or__", "__xor__", "__lshift__", "__rshift__", "__matmul__", "__radd__", "__rsub__", "__rmul__",
                        "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rand__", "__ror__", "__rxor__",
                        "__rmatmul__", "__rlshift__", "__rrshift__"})
    if (own(n)) t->binary = slot_binary;
  if (own("__neg__") || own("__pos__") || own("__invert__")) t->unary = slot_unary;
  if (own("__call__")) t->call = slot_call;
  install_attribute_hooks(t);
  if (own("__iter__")) t->iter = slot_iter;
  if (own("__next__")) t->next = slot_next;
  if (own("__len__")) t->len = slot_len;
  if (own("__getitem__")) t->getitem = slot_getitem;
  if (own("__setitem__") || own("__delitem__")) t->setitem = slot_setitem;
  if (own("__contains__")) t->contains = slot_contains;
  if (own("__bool__") || (own("__len__") && !t->truthy)) t->truthy = slot_truthy;
  if (own("__await__")) t->await_ = slot_await;
  (void)has;
}

// ---------------------------------------------------------------- __build_class__
static Value build_class(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  if (args.size() < 2 || !is_type(args[0], vm.types.function) || !is_type(args[1], vm.types.str))
    throw_type_error("__build_class__: bad arguments");
  Function* body = args[0].as<Function>();
  std::string name = args[1].as<Str>()->s;
  Type* base = vm.types.object;
  if (args.size() > 3) throw_not_implemented_error("multiple inheritance is not supported (class %s)", name.c_str());
  if (args.size() == 3) {
    if (!args[2].is_obj() || !is_subtype(args[2].as_obj()->type, vm.types.type))
      throw_type_error("bases must be types");
    base = args[2].as<Type>();
    if (base == vm.types.bool_) throw_type_error("type 'bool' is not an acceptable base type");
  }
  Ref<Dict> ns(new Dict());
  Frame* fr = Frame::create(body->code, body->globals);
  Ref<Frame> keep(fr);
  fr->locals = ns;
  fr->func = body;
  Code* c = body->code.get();
  uint32_t nl = c->nlocals();
  for (size_t i = 0; i < c->cellvars.size(); ++i) fr->v[nl + i] = Value(new Cell());
  for (size_t i = 0; i < c->freevars.size() && i < body->closure.size(); ++i)
    fr->v[nl + c->cellvars.size() + i] = Value(body->closure[i].get());
  vm.run_frame(fr);
  Value module = ns->get("__module__");
  Type* t = make_type(name, base, module.is_obj() && is_type(module, vm.types.str) ? module.as<Str>()->s : "__main__");
  Value tv(t);
  decref(t);  // make_type's immortal reference: a user class lives by its owners
  t->python_class = true;
  vm.keep_class(t);
  Value cell = ns->get("__classcell__");
  ns->for_each([&](const Value& k, const Value& v) {
    if (is_type(k, vm.types.str) && k.as<Str>()->s == "__classcell__") return;
    t->dict->set(vm, k, v);
  });
  install_python_class_slots(t);
  if (!cell.is_null() && is_type(cell, vm.types.cell)) cell.as<Cell>()->value = tv;
  if (t->dict->get("__doc__").is_null()) t->dict->set("__doc__", Value());  // type_new_set_doc
  call_set_names(vm, t);
  return tv;
}

// ---------------------------------------------------------------- super
struct Super : GcObj {
  Ref<Type> cls;   // lookups start after this class
  Value obj;       // the instance (or class) methods bind to
  Super(Type* c, Value o) : GcObj(types().super_), cls(c), obj(std::move(o)) {}
  void gc_traverse(GcVisitor& v) override {
    v(cls);
    v(obj);
  }
};

static Value super_getattr(VM& vm, const Value& self, Str* name) {
  Super* s = self.as<Super>();
  for (Type* t = s->cls->base.get(); t; t = t->base.get()) {
    Value d = t->dict->get(name);
    if (d.is_null()) continue;
    // super_getattro: the found attribute's __get__(obj, starting type);
    // super(C, cls) (a class as obj) binds as class access.
    bool class_obj = s->obj.is_obj() && is_subtype(s->obj.as_obj()->type, vm.types.type);
    Type* owner = class_obj ? s->obj.as<Type>() : s->obj.type();
    Value r = descr_get(vm, d, class_obj ? Value::null() : s->obj, owner);
    return r.is_null() ? d : r;
  }
  return generic_getattr(vm, self, name);
}

static Value super_repr(VM&, const Value& self) {
  Super* s = self.as<Super>();
  return make_str("<super: <class '" + s->cls->name + "'>, <" + s->obj.type()->name + " object>>");
}

static Value super_new(VM& vm, Type*, std::span<const Value> args, const KwArgs*) {
  if (args.size() == 2) {
    if (!args[0].is_obj() || !is_subtype(args[0].as_obj()->type, vm.types.type))
      throw_type_error("super() argument 1 must be a type, not %s", args[0].type()->name.c_str());
    return Value(new Super(args[0].as<Type>(), args[1]));
  }
  if (!args.empty()) throw_type_error("super() takes 0 or 2 arguments");
  Frame* f = vm.current_frame();
  if (!f || !f->func) throw_runtime_error("super(): no arguments");
  Code* c = f->code.get();
  if (c->argcount == 0 && !c->varargs) throw_runtime_error("super(): no arguments");
  Value first = f->v[0];
  for (size_t i = 0; i < c->cellvars.size(); ++i)
    if (c->cell_arg[i] == 0) first = f->v[c->nlocals() + i].as<Cell>()->value;
  size_t nc = c->cellvars.size();
  for (size_t i = 0; i < c->freevars.size(); ++i) {
    if (c->freevars[i]->s != "__class__") continue;
    Value cls = f->v[c->nlocals() + nc + i].as<Cell>()->value;
    if (!cls.is_obj()) throw_runtime_error("super(): empty __class__ cell");
    if (first.is_null()) throw_runtime_error("super(): arg[0] deleted");
    return Value(new Super(cls.as<Type>(), first));
  }
  throw_runtime_error("super(): __class__ cell not found");
}

void install_class_builtins(VM& vm) {
  Dict* b = vm.builtins()->dict.get();
  b->set("__build_class__", make_native("__build_class__", build_class));
  if (!g_object_init.is_obj()) {
    g_object_init = make_native("object.__init__", object_init);
    g_object_init.as<NativeFunction>()->is_method = true;
    types().object->dict->set("__init__", g_object_init);
    types().super_->getattr = super_getattr;
    types().super_->repr = super_repr;
    types().super_->new_ = super_new;
  }
}

}  // namespace sandbox::vm
