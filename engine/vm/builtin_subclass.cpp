// Classes deriving from list, dict, set, frozenset, tuple, str and bytes:
// their instances have the builtin's layout (so every native method and slot
// of the builtin works on them) plus an instance dict, and their type is the
// subclass.  Arithmetic and comparisons on them give the builtin's results
// (CPython: Stack([1]) + [2] is a plain list).  Also list/dict/set.__init__
// and the builtins' __new__, which subclasses reach through super().
#include "vm/classes.h"

namespace sandbox::vm {

namespace {

// The attribute storage of a builtin-layout instance.
struct HasStorage {
  Ref<Dict> storage{new Dict()};
  Ref<Dict> slot_values;  // __slots__ attributes (made on first store)
};

template <class Base>
Dict* storage_if_visible(Base* self, HasStorage* h) {
  return self->type->no_instance_dict ? nullptr : h->storage.get();
}

struct ListSub final : List, HasStorage {
  explicit ListSub(Type* t) { type = t; }
  Dict* instance_dict() override { return storage_if_visible(this, this); }
  void gc_traverse(GcVisitor& v) override {
    List::gc_traverse(v);
    v(storage);
    v(slot_values);
  }
};

struct DictSub final : Dict, HasStorage {
  explicit DictSub(Type* t) { type = t; }
  Dict* instance_dict() override { return storage_if_visible(this, this); }
  void gc_traverse(GcVisitor& v) override {
    Dict::gc_traverse(v);
    v(storage);
    v(slot_values);
  }
};

struct SetSub final : Set, HasStorage {
  explicit SetSub(Type* t) : Set(t) {}
  Dict* instance_dict() override { return storage_if_visible(this, this); }
  void gc_traverse(GcVisitor& v) override {
    Set::gc_traverse(v);
    v(storage);
    v(slot_values);
  }
};

struct TupleSub final : Tuple, HasStorage {
  TupleSub(Type* t, std::vector<Value> items) : Tuple(std::move(items)) { type = t; }
  Dict* instance_dict() override { return storage_if_visible(this, this); }
  void gc_traverse(GcVisitor& v) override {
    Tuple::gc_traverse(v);
    v(storage);
    v(slot_values);
  }
};

// str and bytes are not containers: the collector does not see these
// dicts, so a cycle through a str subclass instance's attributes lives
// until teardown (as everything does without the collector).
struct StrSub final : Str, HasStorage {
  StrSub(Type* t, std::string s) : Str(std::move(s)) { type = t; }
  Dict* instance_dict() override { return storage_if_visible(this, this); }
};

struct BytesSub final : Bytes, HasStorage {
  BytesSub(Type* t, std::string s) : Bytes(std::move(s)) { type = t; }
  Dict* instance_dict() override { return storage_if_visible(this, this); }
};

bool is_class(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, types().type); }

// An exact builtin value of `layout`'s type made from args (the builtin's own constructor).
Value construct_exact(VM& vm, Type* layout, std::span<const Value> args, const KwArgs* kw) {
  return layout->new_(vm, layout, args, kw);
}

Value copy_set_into(VM& vm, Set* dst, const Value& src) {
  Value out(dst);
  dst->merge(vm, *src.as<Set>());
  dst->frozen = src.as<Set>()->frozen;
  return out;
}

// Copies v (an exact builtin or a subclass instance) into a new object of type cls.
Value make_sub(VM& vm, Type* cls, Type* layout, const Value& v) {
  const CoreTypes& t = vm.types;
  if (layout == t.tuple) return Value(new TupleSub(cls, v.as<Tuple>()->items));
  if (layout == t.str) return Value(new StrSub(cls, v.as<Str>()->s));
  if (layout == t.bytes) return Value(new BytesSub(cls, v.as<Bytes>()->s));
  if (layout == t.frozenset || layout == t.set) return copy_set_into(vm, new SetSub(cls), v);
  assert(false && "make_sub: not an immutable builtin layout");
  return v;
}

Value sub_set_repr(VM& vm, const Value& self) {
  std::string name = self.type()->name;
  if (self.as<Set>()->used == 0) return make_str(name + "()");
  Value plain(new Set(vm.types.set));
  plain.as<Set>()->merge(vm, *self.as<Set>());
  return make_str(name + "(" + vm.repr_str(plain) + ")");
}

// Arithmetic and comparisons the VM does for exact builtins only.
Value sub_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool) {
  Value x = builtin_value(vm, a), y = builtin_value(vm, b);
  if (x.is(a) && y.is(b)) return Value::null();
  try {
    return vm.binary_op(op, x, y);
  } catch (PyException& e) {
    if (!is_subtype(e.value.type(), vm.exc.TypeError)) throw;
    return Value::null();
  }
}
Value sub_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  Value x = builtin_value(vm, a), y = builtin_value(vm, b);
  if (x.is(a) && y.is(b)) return Value::null();
  try {
    return vm.compare(x, y, op);
  } catch (PyException& e) {
    if (!is_subtype(e.value.type(), vm.exc.TypeError)) throw;
    return Value::null();
  }
}

// ---- list/dict/set.__init__: fill the instance the subclass's new_ made empty.
void check_self(std::span<const Value> args, Type* owner) {
  if (args.empty()) throw_type_error("descriptor '__init__' of '%s' object needs an argument", owner->name.c_str());
  if (!is_subtype(args[0].type(), owner))
    throw_type_error("descriptor '__init__' requires a '%s' object but received a '%s'", owner->name.c_str(),
                     args[0].type()->name.c_str());
}

Value list_init(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  check_self(args, vm.types.list);
  if (kw && !kw->empty()) throw_type_error("list() takes no keyword arguments");
  if (args.size() > 2) throw_type_error("list expected at most 1 argument, got %zu", args.size() - 1);
  List* l = args[0].as<List>();
  std::vector<Value> items = args.size() == 2 ? vm.to_vector(args[1]) : std::vector<Value>();
  release_reversed(l->items);
  l->items = std::move(items);
  l->account();
  return Value();
}

Value dict_init(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  check_self(args, vm.types.dict);
  if (args.size() > 2) throw_type_error("dict expected at most 1 argument, got %zu", args.size() - 1);
  Value update = vm.types.dict->dict->get("update");
  assert(!update.is_null());
  return vm.call(update, args, kw);
}

Value set_init(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  check_self(args, vm.types.set);
  if (kw && !kw->empty()) throw_type_error("set() takes no keyword arguments");
  if (args.size() > 2) throw_type_error("set expected at most 1 argument, got %zu", args.size() - 1);
  Set* s = args[0].as<Set>();
  s->clear();
  if (args.size() == 2)
    for (const Value& x : vm.to_vector(args[1])) s->add(vm, x);
  return Value();
}

// ---- X.__new__(cls, ...) of a builtin X, reached by super().__new__(cls, ...).
bool overrides(const Type* cls, const char* name) {
  Value v = type_lookup(cls, name);
  return !v.is_null() && v.is_obj() && (v.as_obj()->type == types().function ||
                                        (v.as_obj()->type == types().staticmethod &&
                                         is_type(v.as<ClassMethod>()->func, types().function)));
}

Value builtin_new_method(VM& vm, NativeFunction* self, std::span<const Value> args, const KwArgs* kw) {
  Type* owner = self->data.as<Type>();
  const char* on = owner->name.c_str();
  if (args.empty()) throw_type_error("%s.__new__(): not enough arguments", on);
  if (!is_class(args[0])) throw_type_error("%s.__new__(X): X is not a type object (%s)", on, args[0].type()->name.c_str());
  Type* cls = args[0].as<Type>();
  if (!is_subtype(cls, owner))
    throw_type_error("%s.__new__(%s): %s is not a subtype of %s", on, cls->name.c_str(), cls->name.c_str(), on);
  std::span<const Value> rest = args.subspan(1);
  if (owner == vm.types.object) {
    Type* layout = builtin_ancestor(cls);
    if (layout != vm.types.object)
      throw_type_error("object.__new__(%s) is not safe, use %s.__new__()", cls->name.c_str(), layout->name.c_str());
    bool excess = !rest.empty() || (kw && !kw->empty());
    // object_new: extra arguments are an error unless __init__ takes them and __new__ is not overridden.
    if (excess && overrides(cls, "__new__"))
      throw_type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    if (excess && !overrides(cls, "__init__")) throw_type_error("%s() takes no arguments", cls->name.c_str());
    return object_new(vm, cls, {}, nullptr);
  }
  if (owner->is_exception || cls == owner) return owner->new_(vm, cls, rest, kw);
  return builtin_subclass_new(vm, cls, rest, kw);
}

}  // namespace

bool builtin_subclassable(const Type* b) {
  const CoreTypes& t = types();
  return b == t.list || b == t.dict || b == t.set || b == t.frozenset || b == t.tuple || b == t.str || b == t.bytes;
}

Value builtin_subclass_new(VM& vm, Type* cls, std::span<const Value> args, const KwArgs* kw) {
  Type* layout = builtin_ancestor(cls);
  const CoreTypes& t = vm.types;
  // The mutable containers start empty; their __init__ fills them.
  if (layout == t.list) return Value(new ListSub(cls));
  if (layout == t.dict) return Value(new DictSub(cls));
  if (layout == t.set) return Value(new SetSub(cls));
  Value exact = construct_exact(vm, layout, args, kw);
  return make_sub(vm, cls, layout, exact);
}

Value builtin_value(VM& vm, const Value& v) {
  if (!v.is_obj() || !v.type()->python_class) return v;
  Type* layout = builtin_ancestor(v.type());
  const CoreTypes& t = vm.types;
  if (layout == t.list) return make_list(v.as<List>()->items);
  if (layout == t.tuple) return make_tuple(v.as<Tuple>()->items);
  if (layout == t.str) return make_str(v.as<Str>()->s);
  if (layout == t.bytes) return make_bytes(v.as<Bytes>()->s);
  if (layout == t.dict) {
    Value d = make_dict();
    v.as<Dict>()->for_each([&](const Value& k, const Value& x) { d.as<Dict>()->set(vm, k, x); });
    return d;
  }
  if (layout == t.set || layout == t.frozenset) {
    Value s(new Set(layout));
    s.as<Set>()->merge(vm, *v.as<Set>());
    s.as<Set>()->frozen = layout == t.frozenset;
    return s;
  }
  return v;
}

Dict* slot_storage(Obj* o, bool create) {
  Ref<Dict>* slot = nullptr;
  if (auto* i = dynamic_cast<Instance*>(o)) slot = &i->slot_values;
  else if (auto* h = dynamic_cast<HasStorage*>(o)) slot = &h->slot_values;
  if (!slot) return nullptr;
  if (!*slot && create) *slot = new Dict();
  return slot->get();
}

// Slots a class deriving from a builtin layout needs beyond the inherited ones.
void install_builtin_subclass_slots(Type* cls) {
  Type* layout = builtin_ancestor(cls);
  if (!builtin_subclassable(layout)) return;
  if (cls->binary == layout->binary) cls->binary = sub_binary;
  if (cls->compare == layout->compare) cls->compare = sub_compare;
  if ((layout == types().set || layout == types().frozenset) && cls->repr == layout->repr) cls->repr = sub_set_repr;
}

void install_builtin_subclass(VM& vm) {
  const CoreTypes& t = vm.types;
  if (!t.list->dict->get("__init__").is_null()) return;  // the builtin types are shared by every VM
  add_method(t.list, "__init__", list_init);
  add_method(t.dict, "__init__", dict_init);
  add_method(t.set, "__init__", set_init);
  for (Type* owner : {t.object, t.list, t.dict, t.set, t.frozenset, t.tuple, t.str, t.bytes, t.int_, t.float_,
                      vm.exc.BaseException, vm.exc.BaseExceptionGroup}) {
    Value fn = make_native(owner->name + ".__new__", builtin_new_method, Value(owner));
    owner->dict->set("__new__", Value(new ClassMethod(t.staticmethod, fn)));
  }
}

}  // namespace sandbox::vm
