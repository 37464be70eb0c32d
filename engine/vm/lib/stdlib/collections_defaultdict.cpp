// collections.defaultdict (Modules/_collectionsmodule.c defdict_*): a dict
// whose __missing__ calls default_factory and stores the result.  It has
// dict's layout, so every dict method and slot works on it; the dict
// subscript slot calls __missing__ for types other than exact dict.
#include "vm/internal.h"
#include "vm/lib/stdlib/collections.h"

namespace sandbox::vm::lib {

namespace {

Type* g_defaultdict = nullptr;
BinaryFn g_dict_binary = nullptr;

struct DefaultDict final : Dict {
  Value factory;           // None or a callable
  Ref<Dict> storage;       // instance attributes of Python subclasses
  explicit DefaultDict(Type* t) { type = t; }
  Dict* instance_dict() override {
    if (!type->python_class || type->no_instance_dict) return nullptr;
    if (!storage) storage = new Dict();
    return storage.get();
  }
  void gc_traverse(GcVisitor& v) override {
    Dict::gc_traverse(v);
    v(factory);
    v(storage);
  }
  void gc_clear() override {
    factory = Value();
    storage.reset();
    Dict::gc_clear();
  }
};

bool is_defaultdict(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, g_defaultdict); }

DefaultDict* self_dd(Args a, const char* name) {
  if (a.empty() || !is_defaultdict(a[0]))
    throw_type_error("descriptor '%s' for 'collections.defaultdict' objects doesn't apply to a '%s' object", name,
                     a.empty() ? "NoneType" : type_name(a[0]));
  return static_cast<DefaultDict*>(a[0].as<Dict>());
}

// defdict_init: the first positional argument is the factory, the rest go to dict.__init__.
void init_impl(VM& vm, const Value& self, Args a, const KwArgs* kw) {
  DefaultDict* d = static_cast<DefaultDict*>(self.as<Dict>());
  Value factory;
  if (!a.empty()) {
    factory = a[0];
    if (!factory.is_none() && !vm.callable(factory)) throw_type_error("first argument must be callable or None");
    a = a.subspan(1);
  }
  d->factory = factory;
  Value init = types().dict->dict->get("__init__");
  assert(!init.is_null());
  std::vector<Value> args{self};
  args.insert(args.end(), a.begin(), a.end());
  vm.call(init, args, kw);
}

// type(dd)(dd.default_factory, arg): copy() and the | operators call the class.
Value new_like(VM& vm, DefaultDict* dd, const Value& arg) {
  return vm.call(Value(dd->type), {dd->factory, arg});
}

Value dd_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  Value out(new DefaultDict(cls));
  if (!cls->python_class) init_impl(vm, out, a, kw);
  return out;
}

Value m_init(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  self_dd(a, "__init__");
  init_impl(vm, a[0], a.subspan(1), kw);
  return Value();
}

Value m_missing(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("defaultdict.__missing__", kw);
  DefaultDict* d = self_dd(a, "__missing__");
  if (a.size() != 2) throw_type_error("defaultdict.__missing__() takes exactly one argument (%zu given)", a.size() - 1);
  if (d->factory.is_none()) throw_key_error(a[1]);
  Value v = vm.call(d->factory, {});
  vm.setitem(a[0], a[1], v);
  return v;
}

Value m_copy(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("defaultdict.copy", kw);
  DefaultDict* d = self_dd(a, "copy");
  if (a.size() != 1) throw_type_error("defaultdict.copy() takes no arguments (%zu given)", a.size() - 1);
  return new_like(vm, d, a[0]);
}

Value get_factory(VM&, NativeFunction*, Args a, const KwArgs*) { return self_dd(a, "default_factory")->factory; }

Value set_factory(VM&, NativeFunction*, Args a, const KwArgs*) {
  DefaultDict* d = self_dd(a, "default_factory");
  // A member (T_OBJECT): any value is accepted, deleting stores None.
  d->factory = a.size() > 1 ? a[1] : Value();
  return Value();
}

Value dd_repr(VM& vm, const Value& self) {
  DefaultDict* d = static_cast<DefaultDict*>(self.as<Dict>());
  std::string base = types().dict->repr(vm, self).as<Str>()->s;
  std::string factory = "None";
  if (!d->factory.is_none()) {
    Obj* f = d->factory.is_obj() ? d->factory.as_obj() : nullptr;
    if (f && !repr_enter(vm, f)) {
      factory = "...";
    } else {
      try {
        factory = vm.repr_str(d->factory);
      } catch (...) {
        if (f) repr_leave(vm, f);
        throw;
      }
      if (f) repr_leave(vm, f);
    }
  }
  return make_str(self.type()->name + "(" + factory + ", " + base + ")");
}

// defdict_or: a defaultdict | a dict (either side) is a new defaultdict of
// the defaultdict operand's class, with its factory.
Value dd_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool reflected) {
  if (op != BinOp::Or) return g_dict_binary(vm, op, a, b, reflected);
  // The operands come in source order; `reflected` only says which one is ours.
  const Value& left = a;
  const Value& right = b;
  const Value& self = is_defaultdict(left) ? left : right;
  const Value& other = is_defaultdict(left) ? right : left;
  if (!is_dict(other)) return Value::null();
  Value out = new_like(vm, static_cast<DefaultDict*>(self.as<Dict>()), left);
  vm.call_method(out, "update", std::span<const Value>(&right, 1));
  return out;
}

// dict's comparisons and | as methods that do not dispatch back to a
// subclass's own __eq__/__or__ when it calls super().
template <CmpOp op>
Value m_compare(VM& vm, NativeFunction* self, Args a, const KwArgs*) {
  self_dd(a, self->name.c_str());
  if (a.size() != 2) throw_type_error("expected 1 argument, got %zu", a.size() - 1);
  if (!is_dict(a[1])) return not_implemented();
  // dict equality is the VM's own (dict has no compare slot): compare
  // plain copies, which cannot dispatch back to a subclass's __eq__.
  auto plain = [&](const Value& v) {
    if (v.type() == types().dict) return v;
    Value out = make_dict();
    v.as<Dict>()->for_each([&](const Value& k, const Value& x) { out.as<Dict>()->set(vm, k, x); });
    return out;
  };
  return vm.compare(plain(a[0]), plain(a[1]), op);
}

template <bool reflected>
Value m_or(VM& vm, NativeFunction* self, Args a, const KwArgs*) {
  self_dd(a, self->name.c_str());
  if (a.size() != 2) throw_type_error("expected 1 argument, got %zu", a.size() - 1);
  Value r = reflected ? dd_binary(vm, BinOp::Or, a[1], a[0], true) : dd_binary(vm, BinOp::Or, a[0], a[1], false);
  return r.is_null() ? not_implemented() : r;
}

// defdict_reduce: (type, (factory,) or (), None, None, iter(d.items())).
Value m_reduce(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  DefaultDict* d = self_dd(a, "__reduce__");
  Value args = d->factory.is_none() ? empty_tuple() : make_tuple({d->factory});
  Value items = vm.iter(vm.call_method(a[0], "items", {}));
  return make_tuple({Value(d->type), args, Value(), Value(), items});
}

}  // namespace

Type* defaultdict_type() { return g_defaultdict; }

void install_defaultdict_type() {
  if (g_defaultdict) return;
  Type* t = make_type("defaultdict", types().dict, "collections");
  g_dict_binary = types().dict->binary;
  assert(g_dict_binary);
  t->new_ = dd_new;
  t->repr = dd_repr;
  t->binary = dd_binary;
  add_method(t, "__init__", m_init);
  add_method(t, "__missing__", m_missing);
  add_method(t, "copy", m_copy);
  add_method(t, "__copy__", m_copy);
  add_property(t, "default_factory", get_factory, set_factory);
  add_method(t, "__eq__", m_compare<CmpOp::Eq>);
  add_method(t, "__ne__", m_compare<CmpOp::Ne>);
  add_method(t, "__or__", m_or<false>);
  add_method(t, "__ror__", m_or<true>);
  add_method(t, "__reduce__", m_reduce);
  g_defaultdict = t;
}

void add_defaultdict_type(Dict* d) { d->set("defaultdict", Value(g_defaultdict)); }

}  // namespace sandbox::vm::lib
