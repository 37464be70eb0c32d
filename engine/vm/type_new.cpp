// Making classes: __build_class__ (metaclass selection, __prepare__, the
// class body), type.__new__ (CPython's type_new: bases, MRO, __slots__,
// __set_name__, __init_subclass__), type.__init__/__call__/__prepare__/mro
// and object.__init_subclass__.
#include "vm/attr_cache.h"
#include "vm/classes.h"
#include "vm/descriptors.h"

namespace sandbox::vm {

static bool is_class(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, types().type); }

// ---------------------------------------------------------------- __slots__
// A slot is a data descriptor (a property of two natives) whose value lives
// in the object's slot storage, apart from any __dict__.
static Value slot_get(VM&, NativeFunction* self, std::span<const Value> args, const KwArgs*) {
  Str* name = self->data.as<Str>();
  Dict* d = args[0].is_obj() ? slot_storage(args[0].as_obj(), false) : nullptr;
  Value v = d ? d->get(name) : Value::null();
  if (v.is_null()) throw_attribute_error("'%s' object has no attribute '%s'", args[0].type()->name.c_str(), name->s.c_str());
  return v;
}
static Value slot_set(VM&, NativeFunction* self, std::span<const Value> args, const KwArgs*) {
  Str* name = self->data.as<Str>();
  Dict* d = args[0].is_obj() ? slot_storage(args[0].as_obj(), true) : nullptr;
  if (!d) throw_attribute_error("'%s' object has no attribute '%s'", args[0].type()->name.c_str(), name->s.c_str());
  d->set(name, args[1]);
  return Value();
}

static bool type_has_instance_dict(const Type* t) {
  if (t->python_class) return !t->no_instance_dict;
  return t->is_exception;
}

// Reads __slots__ (a str or an iterable of str) and adds a descriptor per name.
static void make_slots(VM& vm, Type* t, const Value& spec) {
  std::vector<Value> names;
  if (is_type(spec, vm.types.str)) names.push_back(spec);
  else names = vm.to_vector(spec);
  bool wants_dict = false;
  std::vector<Value> kept;
  for (const Value& n : names) {
    if (!n.is_obj() || !is_subtype(n.as_obj()->type, vm.types.str))
      throw_type_error("__slots__ items must be strings, not '%s'", n.type()->name.c_str());
    const std::string& s = n.as<Str>()->s;
    if (s == "__dict__") {
      if (wants_dict) throw_type_error("__dict__ slot disallowed: we already got one");
      wants_dict = true;
      kept.push_back(n);
      continue;
    }
    if (s == "__weakref__") {
      kept.push_back(n);
      continue;
    }
    Str* key = intern(s);
    if (!t->dict->get(key).is_null())
      throw_value_error("'%s' in __slots__ conflicts with class variable", s.c_str());
    kept.push_back(Value(key));
  }
  bool base_dict = false;
  for (const Ref<Type>& b : t->bases) base_dict = base_dict || type_has_instance_dict(b.get());
  t->no_instance_dict = !wants_dict && !base_dict;
  for (const Value& k : kept) {
    const std::string& s = k.as<Str>()->s;
    if (s == "__dict__" || s == "__weakref__") continue;
    Value getter = make_native(s, slot_get, k);
    Value setter = make_native(s, slot_set, k);
    t->dict->set(k.as<Str>(), Value(new Property(getter, setter)));
  }
}

// ---------------------------------------------------------------- type.__new__
static void call_init_subclass(VM& vm, Type* t, const KwArgs* kw) {
  Str* name = intern("__init_subclass__");
  Type* where = nullptr;
  Value f = mro_lookup(t, name, 1, &where);
  assert(!f.is_null());  // object.__init_subclass__ at least
  if (is_type(f, vm.types.classmethod)) f = f.as<ClassMethod>()->func;
  Value a[1] = {Value(t)};
  vm.call(f, a, kw);
}

static std::string caller_module_name(VM& vm) {
  Frame* f = vm.current_frame();
  if (f && f->globals) {
    Value n = f->globals->get("__name__");
    if (is_type(n, vm.types.str)) return n.as<Str>()->s;
  }
  return "builtins";
}

Value type_new(VM& vm, Type* meta, std::span<const Value> args, const KwArgs* kw) {
  if (args.size() != 3) throw_type_error("type.__new__() takes exactly 3 arguments (%zu given)", args.size());
  if (!args[0].is_obj() || !is_subtype(args[0].as_obj()->type, vm.types.str))
    throw_type_error("type.__new__() argument 1 must be str, not %s", args[0].type()->name.c_str());
  if (!args[1].is_obj() || !is_subtype(args[1].as_obj()->type, vm.types.tuple))
    throw_type_error("type.__new__() argument 2 must be tuple, not %s", args[1].type()->name.c_str());
  if (!args[2].is_obj() || !is_subtype(args[2].as_obj()->type, vm.types.dict))
    throw_type_error("type.__new__() argument 3 must be dict, not %s", args[2].type()->name.c_str());
  Dict* ns = args[2].as<Dict>();
  // The metaclass is computed from the bases' types before they must be types (CPython's order).
  Type* winner = calculate_metaclass(meta, args[1].as<Tuple>()->items);
  if (winner != meta) {
    Value nw = type_lookup(winner, "__new__");
    if (is_type(nw, vm.types.staticmethod)) {
      std::vector<Value> a{Value(winner)};
      a.insert(a.end(), args.begin(), args.end());
      return vm.call(nw.as<ClassMethod>()->func, a, kw);
    }
    meta = winner;
  }
  std::vector<Ref<Type>> bases;
  for (const Value& b : args[1].as<Tuple>()->items) {
    if (!is_class(b)) throw_type_error("bases must be types");
    bases.emplace_back(b.as<Type>());
  }
  if (bases.empty()) bases.emplace_back(vm.types.object);
  Type* base = best_base(bases);
  Type* layout = builtin_ancestor(base);
  if (layout == vm.types.int_ || layout == vm.types.float_)
    throw_not_implemented_error("subclassing '%s' is not supported", layout->name.c_str());

  Value module = ns->get("__module__");
  std::string module_name = is_type(module, vm.types.str) ? module.as<Str>()->s : caller_module_name(vm);
  Type* t = make_type(args[0].as<Str>()->s, base, module_name);
  Value tv(t);
  decref(t);  // make_type's immortal reference: a class lives by its owners
  t->type = meta;
  t->python_class = true;
  t->bases = bases;
  t->mro = compute_mro(t);
  type_cache_invalidate();
  vm.keep_class(t);

  Value qualname = ns->get("__qualname__");
  if (!qualname.is_null()) {
    if (!is_type(qualname, vm.types.str))
      throw_type_error("type __qualname__ must be a str, not %s", qualname.type()->name.c_str());
    if (qualname.as<Str>()->s != t->name) t->qualname_ = qualname.as<Str>()->s;
  }
  Value cell = ns->get("__classcell__");
  if (!cell.is_null() && !is_type(cell, vm.types.cell))
    throw_type_error("__classcell__ must be a nonlocal cell, not %s", cell.type()->qualname().c_str());
  ns->for_each([&](const Value& k, const Value& v) {
    if (is_type(k, vm.types.str)) {
      const std::string& s = k.as<Str>()->s;
      if (s == "__qualname__" || s == "__classcell__") return;
    }
    t->dict->set(vm, k, v);
  });
  if (module.is_null()) t->dict->set("__module__", make_str(module_name));
  if (t->dict->get("__doc__").is_null()) t->dict->set("__doc__", Value());
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (!t->dict->get("__eq__").is_null() && t->dict->get("__hash__").is_null()) t->dict->set("__hash__", Value());
  // Implicit staticmethod / classmethods.
  Value nw = t->dict->get("__new__");
  if (is_type(nw, vm.types.function)) t->dict->set("__new__", Value(new ClassMethod(vm.types.staticmethod, nw)));
  for (const char* n : {"__init_subclass__", "__class_getitem__"}) {
    Value f = t->dict->get(n);
    if (is_type(f, vm.types.function)) t->dict->set(n, Value(new ClassMethod(vm.types.classmethod, f)));
  }
  Value slots = t->dict->get("__slots__");
  if (!slots.is_null()) make_slots(vm, t, slots);

  if (layout != vm.types.object && !layout->is_exception && builtin_subclassable(layout)) t->new_ = builtin_subclass_new;
  install_python_class_slots(t);
  if (!cell.is_null()) cell.as<Cell>()->value = tv;
  call_set_names(vm, t);
  call_init_subclass(vm, t, kw);
  return tv;
}

static Value type_new_slot(VM& vm, Type* meta, std::span<const Value> args, const KwArgs* kw) {
  return type_new(vm, meta, args, kw);
}

// type.__new__(meta, name, bases, ns): explicit calls from a metaclass's __new__.
static Value type_new_method(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  if (args.empty()) throw_type_error("type.__new__(): not enough arguments");
  if (!is_class(args[0]))
    throw_type_error("type.__new__(X): X is not a type object (%s)", args[0].type()->name.c_str());
  Type* meta = args[0].as<Type>();
  if (!is_subtype(meta, vm.types.type))
    throw_type_error("type.__new__(%s): %s is not a subtype of type", meta->name.c_str(), meta->name.c_str());
  return type_new(vm, meta, args.subspan(1), kw);
}

static Value type_init_method(VM&, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  size_t n = args.size() - 1;
  if (kw && !kw->empty() && n == 1) throw_type_error("type.__init__() takes no keyword arguments");
  if (n != 1 && n != 3) throw_type_error("type.__init__() takes 1 or 3 arguments");
  return Value();
}

static Value type_call_method(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  if (args.empty() || !is_class(args[0])) throw_type_error("descriptor '__call__' of 'type' object needs an argument");
  return type_call(vm, args[0], args.subspan(1), kw);
}

static Value type_prepare(VM&, NativeFunction*, std::span<const Value>, const KwArgs*) { return make_dict(); }

static Value type_mro_method(VM&, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  if (args.size() != 1 || !is_class(args[0])) throw_type_error("mro() takes no arguments");
  std::vector<Value> m;
  for (Type* t : compute_mro(args[0].as<Type>())) m.push_back(Value(t));
  return make_list(std::move(m));
}

static Value object_init_subclass(VM&, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  if (kw && !kw->empty())
    throw_type_error("%s.__init_subclass__() takes no keyword arguments", args[0].as<Type>()->name.c_str());
  if (args.size() > 1)
    throw_type_error("%s.__init_subclass__() takes no arguments (%zu given)", args[0].as<Type>()->name.c_str(),
                     args.size() - 1);
  return Value();
}

// ---------------------------------------------------------------- __build_class__
static Value build_class(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  if (args.size() < 2) throw_type_error("__build_class__: not enough arguments");
  if (!is_type(args[0], vm.types.function)) throw_type_error("__build_class__: func must be a function");
  if (!is_type(args[1], vm.types.str)) throw_type_error("__build_class__: name is not a string");
  Function* body = args[0].as<Function>();
  Value name = args[1];
  Value bases = make_tuple(std::vector<Value>(args.begin() + 2, args.end()));
  // metaclass= is __build_class__'s own; the other keywords go to the metaclass.
  Value meta;
  KwArgsBuilder rest;
  if (kw)
    for (size_t i = 0; i < kw->size(); ++i) {
      if (kw->name(i) == "metaclass") meta = kw->values[i];
      else rest.add(kw->name(i), kw->values[i]);
    }
  const KwArgs& kwv = rest.view();
  const std::vector<Value>& bv = bases.as<Tuple>()->items;
  if (meta.is_none()) meta = bv.empty() ? Value(vm.types.type) : Value(bv[0].type());
  if (is_class(meta)) meta = Value(calculate_metaclass(meta.as<Type>(), bv));
  Value ns;
  Value prepare = vm.getattr_opt(meta, intern("__prepare__"));
  if (prepare.is_null()) {
    ns = make_dict();
  } else {
    Value pa[2] = {name, bases};
    ns = vm.call(prepare, pa, &kwv);
  }
  if (!ns.is_obj() || !is_subtype(ns.as_obj()->type, vm.types.dict)) {
    std::string who = is_class(meta) ? meta.as<Type>()->name : "<metaclass>";
    throw_type_error("%s.__prepare__() must return a mapping, not %s", who.c_str(), ns.type()->name.c_str());
  }
  Frame* fr = Frame::create(body->code, body->globals);
  Ref<Frame> keep(fr);
  fr->locals = ns.as<Dict>();
  fr->func = body;
  Code* c = body->code.get();
  uint32_t nl = c->nlocals();
  for (size_t i = 0; i < c->cellvars.size(); ++i) fr->v[nl + i] = Value(new Cell());
  for (size_t i = 0; i < c->freevars.size() && i < body->closure.size(); ++i)
    fr->v[nl + c->cellvars.size() + i] = Value(body->closure[i].get());
  vm.run_frame(fr);
  Value ca[3] = {name, bases, ns};
  return vm.call(meta, ca, &kwv);
}

void install_type_new(VM& vm) {
  vm.builtins()->dict->set("__build_class__", make_native("__build_class__", build_class));
  Type* type = vm.types.type;
  if (type->new_ == type_new_slot) return;  // the builtin types are shared by every VM
  type->new_ = type_new_slot;
  type->dict->set("__new__", Value(new ClassMethod(vm.types.staticmethod, make_native("type.__new__", type_new_method))));
  // Methods of type bind to the class they are looked up on (method
  // descriptors, unlike builtin functions stored on a class).
  auto method = [](const char* name, NativeFn fn) {
    Value m = make_native(name, fn);
    m.as<NativeFunction>()->is_method = true;
    return m;
  };
  type->dict->set("__init__", method("type.__init__", type_init_method));
  type->dict->set("__call__", method("type.__call__", type_call_method));
  type->dict->set("__prepare__", Value(new ClassMethod(vm.types.classmethod, make_native("type.__prepare__", type_prepare))));
  type->dict->set("mro", method("type.mro", type_mro_method));
  vm.types.object->dict->set(
      "__init_subclass__",
      Value(new ClassMethod(vm.types.classmethod, make_native("object.__init_subclass__", object_init_subclass))));
}

}  // namespace sandbox::vm
