// super(): the two-argument form, the zero-argument form (the __class__ cell
// and the first argument of the running function) and attribute lookup
// along the MRO of the object's type after the given class (CPython's
// Objects/typeobject.c: super_init, supercheck, super_getattro).
#include "vm/classes.h"
#include "vm/descriptors.h"

namespace sandbox::vm {

namespace {

struct Super : GcObj {
  Ref<Type> cls;       // lookups start after this class in obj_type's MRO
  Value obj;           // what methods bind to (an instance or a class); null: unbound super
  Ref<Type> obj_type;  // type(obj), or obj itself when obj is a subclass of cls
  Super(Type* c, Value o, Type* ot) : GcObj(types().super_), cls(c), obj(std::move(o)), obj_type(ot) {}
  void gc_traverse(GcVisitor& v) override {
    v(cls);
    v(obj);
    v(obj_type);
  }
  void gc_clear() override { obj = Value(); }
};

bool is_class(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, types().type); }

// supercheck: the type whose MRO the lookup walks.
Type* supercheck(Type* cls, const Value& obj) {
  if (is_class(obj) && is_subtype(obj.as<Type>(), cls)) return obj.as<Type>();
  if (is_subtype(obj.type(), cls)) return obj.type();
  throw_type_error("super(type, obj): obj must be an instance or subtype of type");
}

// super_getattro: descr.__get__(obj, obj_type), where obj is None when the
// super is bound to the class itself.
Value bind(VM& vm, const Value& d, Super* s) {
  bool on_class = s->obj.is_obj() && s->obj.as_obj() == s->obj_type.get();
  Value r = descr_get(vm, d, on_class ? Value::null() : s->obj, s->obj_type.get());
  return r.is_null() ? d : r;
}

Value super_getattr(VM& vm, const Value& self, Str* name) {
  Super* s = self.as<Super>();
  // super().__class__ is super itself, not the next class's attribute.
  if (s->obj_type && name->s != "__class__") {
    const std::vector<Type*>& mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->cls.get()) ++i;
    Value d = mro_lookup(s->obj_type.get(), name, i + 1);
    if (!d.is_null()) return bind(vm, d, s);
  }
  if (name->s == "__thisclass__") return Value(s->cls.get());
  if (name->s == "__self__") return s->obj.is_null() ? Value() : s->obj;
  if (name->s == "__self_class__") return s->obj_type ? Value(s->obj_type.get()) : Value();
  return generic_getattr(vm, self, name);
}

Value super_repr(VM&, const Value& self) {
  Super* s = self.as<Super>();
  std::string r = "<super: <class '" + s->cls->name + "'>, ";
  r += s->obj_type ? "<" + s->obj_type->name + " object>>" : "NULL>";
  return make_str(r);
}

// The zero-argument form: super(__class__, <first argument>).
Value implicit_super(VM& vm) {
  Frame* f = vm.current_frame();
  if (!f || !f->func) throw_runtime_error("super(): no arguments");
  Code* c = f->code.get();
  if (c->argcount == 0 && !c->varargs) throw_runtime_error("super(): no arguments");
  Value first = f->v[0];
  // The first argument may live in a cell (a closure captured it).
  for (size_t i = 0; i < c->cellvars.size(); ++i)
    if (c->cell_arg[i] == 0) first = f->v[c->nlocals() + i].as<Cell>()->value;
  if (first.is_null()) throw_runtime_error("super(): arg[0] deleted");
  size_t nc = c->cellvars.size();
  for (size_t i = 0; i < c->freevars.size(); ++i) {
    if (c->freevars[i]->s != "__class__") continue;
    Value cls = f->v[c->nlocals() + nc + i].as<Cell>()->value;
    if (cls.is_null()) throw_runtime_error("super(): empty __class__ cell");
    if (!is_class(cls)) throw_runtime_error("super(): __class__ is not a type (%s)", cls.type()->name.c_str());
    return Value(new Super(cls.as<Type>(), first, supercheck(cls.as<Type>(), first)));
  }
  throw_runtime_error("super(): __class__ cell not found");
}

Value super_new(VM& vm, Type*, std::span<const Value> args, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("super() takes no keyword arguments");
  if (args.empty()) return implicit_super(vm);
  if (args.size() > 2) throw_type_error("super() takes at most 2 arguments (%zu given)", args.size());
  if (!is_class(args[0])) throw_type_error("super() argument 1 must be a type, not %s", args[0].type()->name.c_str());
  Type* cls = args[0].as<Type>();
  if (args.size() == 1 || args[1].is_none()) return Value(new Super(cls, Value::null(), nullptr));
  return Value(new Super(cls, args[1], supercheck(cls, args[1])));
}

}  // namespace

void install_super(VM&) {
  Type* t = types().super_;
  t->getattr = super_getattr;
  t->repr = super_repr;
  t->new_ = super_new;
}

}  // namespace sandbox::vm
