// CPython's abstract object layer: repr/str/hash/compare/truth, attribute
// access, iteration, subscripts and arithmetic (Objects/abstract.c,
// Objects/object.c, Objects/longobject.c, Objects/floatobject.c).
#include <cmath>
#include <cstring>

#include "vm/classes.h"
#include "vm/complex.h"
#include "vm/descriptors.h"
#include "vm/int_big.h"

namespace sandbox::vm {

Type* Value::type() const {
  const CoreTypes& t = types();
  switch (tag_) {
    case Tag::Null:
    case Tag::None: return t.none;
    case Tag::Bool: return t.bool_;
    case Tag::Int: return t.int_;
    case Tag::Float: return t.float_;
    case Tag::Obj: return u_.o->type;
  }
  return t.none;
}


// ---------------------------------------------------------------- recursion
// Py_EnterRecursiveCall for native recursion: repr of [[[...]]], == on
// deeply nested tuples.  CPython counts it with the Python frames; here the
// native nesting is counted on its own, against the same limit.
namespace {
int g_native_depth = 0;
struct NativeRecursion {
  // scale: how many levels count as one (CPython's tuple hash has no check
  // at all, so hashing nests ten times deeper before it stops).
  NativeRecursion(const VM& vm, const char* where, int scale = 1) {
    if (++g_native_depth > vm.recursion_limit() * scale) {
      --g_native_depth;
      throw_recursion_error("maximum recursion depth exceeded%s", where);
    }
  }
  ~NativeRecursion() { --g_native_depth; }
  NativeRecursion(const NativeRecursion&) = delete;
  NativeRecursion& operator=(const NativeRecursion&) = delete;
};
}  // namespace

// ---------------------------------------------------------------- repr / str
Value VM::repr(const Value& v) {
  Type* t = v.type();
  if (!t->repr) return make_str("<object>");
  NativeRecursion guard(*this, " while getting the repr of an object");
  Value r = t->repr(*this, v);
  if (!is_type(r, types.str) && !(r.is_obj() && is_subtype(r.as_obj()->type, types.str)))
    throw_type_error("__repr__ returned non-string (type %s)", r.type()->name.c_str());
  return r;
}
std::string VM::repr_str(const Value& v) { return repr(v).as<Str>()->s; }

Value VM::str(const Value& v) {
  if (is_type(v, types.str)) return v;
  Type* t = v.type();
  if (!t->str) return repr(v);
  NativeRecursion guard(*this, " while getting the str of an object");
  Value r = t->str(*this, v);
  if (!is_type(r, types.str) && !(r.is_obj() && is_subtype(r.as_obj()->type, types.str)))
    throw_type_error("__str__ returned non-string (type %s)", r.type()->name.c_str());
  return r;
}
std::string VM::to_str(const Value& v) { return str(v).as<Str>()->s; }

// ---------------------------------------------------------------- hash / eq
int64_t VM::hash(const Value& v) {
  switch (v.tag()) {
    case Tag::Int:
    case Tag::Bool: return hash_int(v.as_int());
    case Tag::Float: return hash_float(v.as_float());
    case Tag::None:
    case Tag::Null: return 0x5f3759df;
    case Tag::Obj: break;
  }
  Obj* o = v.as_obj();
  if (o->type == types.str) return static_cast<Str*>(o)->hash();
  if (!o->type->hash) throw_type_error("unhashable type: '%s'", o->type->name.c_str());
  NativeRecursion guard(*this, "", 10);
  return o->type->hash(*this, v);
}

// An int (int64) or a float against a float, exactly (float_richcompare).
static int number_float_compare(const Value& a, const Value& b) {
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
  }
  if (a.is_float()) {
    int c = small_int_float_compare(b.as_int(), a.as_float());
    return c == 2 ? 2 : -c;
  }
  return small_int_float_compare(a.as_int(), b.as_float());
}

static bool cmp_holds(int c, CmpOp op) {
  if (c == 2) return op == CmpOp::Ne;  // NaN: only != holds
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

bool VM::eq(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (a.is_float() || b.is_float()) return number_float_compare(a, b) == 0;
    return a.as_int() == b.as_int();
  }
  if (a.is_obj() && b.is_obj() && a.as_obj()->type == types.str && b.as_obj()->type == types.str)
    return a.as_obj() == b.as_obj() || a.as<Str>()->s == b.as<Str>()->s;
  return truthy(compare(a, b, CmpOp::Eq));
}

static const char* cmp_symbol(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return "<";
    case CmpOp::Le: return "<=";
    case CmpOp::Eq: return "==";
    case CmpOp::Ne: return "!=";
    case CmpOp::Gt: return ">";
    case CmpOp::Ge: return ">=";
  }
  return "?";
}

static CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

template <class T>
static bool cmp_result(const T& x, const T& y, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return x < y;
    case CmpOp::Le: return x <= y;
    case CmpOp::Eq: return x == y;
    case CmpOp::Ne: return x != y;
    case CmpOp::Gt: return x > y;
    case CmpOp::Ge: return x >= y;
  }
  return false;
}

// Lexicographic comparison of sequences (list_richcompare / tuplerichcompare).
static Value seq_compare(VM& vm, const std::vector<Value>& a, const std::vector<Value>& b, CmpOp op) {
  size_t i = 0;
  for (; i < a.size() && i < b.size(); ++i) {
    Value x = a[i], y = b[i];
    if (!x.is(y) && !vm.eq(x, y)) break;
  }
  if (i >= a.size() || i >= b.size()) return Value::boolean(cmp_result(a.size(), b.size(), op));
  if (op == CmpOp::Eq) return Value::boolean(false);
  if (op == CmpOp::Ne) return Value::boolean(true);
  Value x = a[i], y = b[i];
  return vm.compare(x, y, op);
}

// Comparison of core types; null = not handled here.
static Value core_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if (a.is_number() && b.is_number()) {
    if (a.is_float() || b.is_float()) return Value::boolean(cmp_holds(number_float_compare(a, b), op));
    return Value::boolean(cmp_result(a.as_int(), b.as_int(), op));
  }
  if ((is_bigint(a) || is_bigint(b)) && (is_int_value(a) || a.is_float()) &&
      (is_int_value(b) || b.is_float())) {
    int c;
    if (a.is_float()) {
      c = int_float_compare(to_bignum(b), a.as_float());
      if (c != 2) c = -c;
    } else if (b.is_float()) {
      c = int_float_compare(to_bignum(a), b.as_float());
    } else {
      c = BigNum::compare(to_bignum(a), to_bignum(b));
    }
    return Value::boolean(cmp_holds(c, op));
  }
  if (!a.is_obj() || !b.is_obj()) return Value::null();
  Type* ta = a.as_obj()->type;
  Type* tb = b.as_obj()->type;
  const CoreTypes& t = types();
  // set and frozenset compare with each other (set_richcompare takes any set).
  bool sets = (ta == t.set || ta == t.frozenset) && (tb == t.set || tb == t.frozenset);
  if (ta != tb && !sets) return Value::null();
  if (ta == t.str) return Value::boolean(cmp_result(a.as<Str>()->s, b.as<Str>()->s, op));
  if (ta == t.bytes) return Value::boolean(cmp_result(a.as<Bytes>()->s, b.as<Bytes>()->s, op));
  if (ta == t.tuple) return seq_compare(vm, a.as<Tuple>()->items, b.as<Tuple>()->items, op);
  if (ta == t.list) return seq_compare(vm, a.as<List>()->items, b.as<List>()->items, op);
  if (ta == t.dict && (op == CmpOp::Eq || op == CmpOp::Ne)) {
    Dict* x = a.as<Dict>();
    Dict* y = b.as<Dict>();
    bool equal = x->used == y->used;
    for (size_t i = 0; equal && i < x->entries.size(); ++i) {
      if (x->entries[i].key.is_null()) continue;
      Value k = x->entries[i].key, v = x->entries[i].value;
      Value w = y->get(vm, k);
      if (w.is_null() || !(v.is(w) || vm.eq(v, w))) equal = false;
    }
    return Value::boolean(op == CmpOp::Eq ? equal : !equal);
  }
  if (ta == t.set || ta == t.frozenset) {
    Set* x = a.as<Set>();
    Set* y = b.as<Set>();
    auto subset = [&](Set* p, Set* q) {
      if (p->used > q->used) return false;
      for (const Value& k : set_items(p))
        if (!q->contains(vm, k)) return false;
      return true;
    };
    switch (op) {
      case CmpOp::Eq: return Value::boolean(x->used == y->used && subset(x, y));
      case CmpOp::Ne: return Value::boolean(!(x->used == y->used && subset(x, y)));
      case CmpOp::Le: return Value::boolean(subset(x, y));
      case CmpOp::Lt: return Value::boolean(x->used < y->used && subset(x, y));
      case CmpOp::Ge: return Value::boolean(subset(y, x));
      case CmpOp::Gt: return Value::boolean(y->used < x->used && subset(y, x));
    }
  }
  return Value::null();
}

// PyObject_RichCompare
Value VM::compare(const Value& a, const Value& b, CmpOp op) {
  NativeRecursion guard(*this, " in comparison");
  Value r = core_compare(*this, a, b, op);
  if (!r.is_null()) return r;
  Type* ta = a.type();
  Type* tb = b.type();
  bool reflected_first = ta != tb && is_subtype(tb, ta) && tb->compare;
  if (reflected_first) {
    r = tb->compare(*this, b, a, swapped(op));
    if (!r.is_null()) return r;
  }
  if (ta->compare) {
    r = ta->compare(*this, a, b, op);
    if (!r.is_null()) return r;
  }
  if (!reflected_first && tb->compare) {
    r = tb->compare(*this, b, a, swapped(op));
    if (!r.is_null()) return r;
  }
  if (op == CmpOp::Eq) return Value::boolean(a.is(b));
  if (op == CmpOp::Ne) return Value::boolean(!a.is(b));
  throw_type_error("'%s' not supported between instances of '%s' and '%s'", cmp_symbol(op),
                   ta->name.c_str(), tb->name.c_str());
}

bool VM::compare_bool(const Value& a, const Value& b, CmpOp op) {
  if (a.is_int() && b.is_int()) return cmp_result(a.as_int(), b.as_int(), op);
  if (op == CmpOp::Eq) return eq(a, b);
  if (op == CmpOp::Ne) return !eq(a, b);
  return truthy(compare(a, b, op));
}

bool VM::truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::Null:
    case Tag::None: return false;
    case Tag::Bool:
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0;
    case Tag::Obj: break;
  }
  Type* t = v.as_obj()->type;
  if (t == types.str) return v.as<Str>()->s.size() != 0;
  if (t == types.list) return !v.as<List>()->items.empty();
  if (t->truthy) return t->truthy(*this, v);
  if (t->len) return t->len(*this, v) != 0;
  return true;
}

// ---------------------------------------------------------------- attributes
// generic_getattr / generic_setattr: vm/descriptors.cpp.

// Attribute access on a class object (type_getattro): the class's MRO
// first (descriptors bound to the class), then its metaclass's.
static Value type_getattr(VM& vm, const Value& self, Str* name) {
  Type* cls = self.as<Type>();
  const std::string& n = name->s;
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (n == "__name__") return make_str(cls->name);
    if (n == "__qualname__") return make_str(cls->qualname());
    if (n == "__base__") return cls->base ? Value(cls->base.get()) : Value();
    if (n == "__bases__") {
      std::vector<Value> b;
      for (const Ref<Type>& x : cls->bases) b.push_back(Value(x.get()));
      return make_tuple(std::move(b));
    }
    if (n == "__mro__") {
      std::vector<Value> m;
      for (Type* t : cls->mro) m.push_back(Value(t));
      return make_tuple(std::move(m));
    }
    if (n == "__dict__") return make_mappingproxy(cls->dict.get());
    if (n == "__class__") return Value(cls->type);
    if (n == "__annotations__" && cls->python_class) {
      // type_get_annotations: a class's own, never a base's; an empty dict
      // is made (and kept) for a class without annotations.
      Value v = cls->dict->get(name);
      if (v.is_null()) {
        v = make_dict();
        cls->dict->set(name, v);
      }
      return v;
    }
    if (n == "__module__" || n == "__doc__") {
      Value v = cls->dict->get(name);
      if (!v.is_null()) return v;
      return n == "__doc__" ? Value() : make_str(cls->module);
    }
  }
  Value v = mro_lookup(cls, name);
  if (!v.is_null()) return class_attribute(vm, cls, v);
  // The metaclass's methods and properties (type.mro, a metaclass's own methods).
  Value meta = mro_lookup(cls->type, name);
  if (meta.is_null()) return Value::null();
  Value r = descr_get(vm, meta, self, cls->type);
  return r.is_null() ? meta : r;
}

static void type_setattr(VM&, const Value& self, Str* name, const Value& v) {
  Type* cls = self.as<Type>();
  if (!cls->python_class)
    throw_type_error("cannot set '%s' attribute of immutable type '%s'", name->s.c_str(), cls->name.c_str());
  if (v.is_null()) {
    if (!cls->dict->remove(name)) throw_attribute_error("type object '%s' has no attribute '%s'", cls->name.c_str(), name->s.c_str());
  } else {
    cls->dict->set(name, v);
  }
  install_python_class_slots(cls);
}

static Value module_getattr(VM&, const Value& self, Str* name) {
  Module* m = self.as<Module>();
  Value v = m->dict->get(name);
  if (!v.is_null()) return v;
  if (name->s == "__dict__") return Value(m->dict.get());
  return Value::null();
}

// func_module: the __name__ of the function's globals.  There is no slot
// of its own: an assigned different name is kept in the function's dict.
static Value function_module(Function* f) {
  Value m = f->globals->get("__name__");
  return m.is_null() ? Value() : m;
}

static Value function_getattr(VM& vm, const Value& self, Str* name) {
  Function* f = self.as<Function>();
  const std::string& n = name->s;
  if (n == "__name__") return Value(f->name.get());
  if (n == "__qualname__") return Value(f->qualname.get());
  if (n == "__module__") {
    if (f->dict) {
      Value set = f->dict->get(name);
      if (!set.is_null()) return set;
    }
    return function_module(f);
  }
  if (n == "__code__") return Value(f->code.get());
  if (f->dict) {
    Value v = f->dict->get(name);
    if (!v.is_null()) return v;
  }
  if (n == "__doc__") return f->doc.is_null() ? f->code->doc : f->doc;
  if (n == "__defaults__") return f->defaults.empty() ? Value() : make_tuple(f->defaults);
  if (n == "__kwdefaults__") return f->kwdefaults ? Value(f->kwdefaults.get()) : Value();
  if (n == "__annotations__") {
    // func_get_annotations: an empty dict, kept, for a function without any.
    if (!f->annotations) f->annotations = new Dict();
    return Value(f->annotations.get());
  }
  if (n == "__dict__") {
    if (!f->dict) f->dict = new Dict();
    return Value(f->dict.get());
  }
  return generic_getattr(vm, self, name);
}

static void function_setattr(VM& vm, const Value& self, Str* name, const Value& v) {
  Function* f = self.as<Function>();
  if (name->s == "__name__" && !v.is_null() && is_type(v, types().str)) { f->name = v.as<Str>(); return; }
  if (name->s == "__qualname__" && !v.is_null() && is_type(v, types().str)) { f->qualname = v.as<Str>(); return; }
  if (name->s == "__doc__") { f->doc = v.is_null() ? Value() : v; return; }
  if (name->s == "__defaults__") {
    // func_set_defaults: a tuple or None (delete = None).
    if (!v.is_null() && !v.is_none() && !is_type(v, types().tuple))
      throw_type_error("__defaults__ must be set to a tuple object");
    f->defaults = is_type(v, types().tuple) ? v.as<Tuple>()->items : std::vector<Value>{};
    return;
  }
  if (name->s == "__kwdefaults__") {
    if (!v.is_null() && !v.is_none() && !is_type(v, types().dict))
      throw_type_error("__kwdefaults__ must be set to a dict object");
    f->kwdefaults = is_type(v, types().dict) ? Ref<Dict>(v.as<Dict>()) : Ref<Dict>();
    return;
  }
  if (name->s == "__annotations__") {
    // func_set_annotations: None and del leave it to be recreated empty.
    if (!v.is_null() && !v.is_none() && !is_type(v, types().dict))
      throw_type_error("__annotations__ must be set to a dict object");
    f->annotations = is_type(v, types().dict) ? Ref<Dict>(v.as<Dict>()) : Ref<Dict>();
    return;
  }
  if (name->s == "__module__" && !v.is_null() && vm.eq(v, function_module(f))) {
    // The globals' own name (what wraps-style copies assign): nothing to keep.
    if (f->dict) f->dict->remove(name);
    return;
  }
  if (!f->dict) f->dict = new Dict();
  if (v.is_null()) f->dict->remove(name);
  else f->dict->set(name, v);
}

static Value native_getattr(VM& vm, const Value& self, Str* name) {
  NativeFunction* f = self.as<NativeFunction>();
  if (name->s == "__name__" || name->s == "__qualname__") {
    std::string n = f->name;
    if (name->s == "__name__") {
      size_t dot = n.rfind('.');
      if (dot != std::string::npos) n = n.substr(dot + 1);
    }
    return make_str(n);
  }
  // CPython gives builtins their C docstrings; the sandbox keeps none, so
  // __doc__ is None (present, as on every builtin_function_or_method).
  if (name->s == "__doc__") return Value();
  return generic_getattr(vm, self, name);
}

static Value bound_getattr(VM& vm, const Value& self, Str* name) {
  BoundMethod* b = self.as<BoundMethod>();
  if (name->s == "__self__") return b->self;
  if (name->s == "__func__") return b->func;
  Value v = generic_getattr(vm, self, name);
  if (!v.is_null()) return v;
  return vm.getattr_opt(b->func, name);
}

static Value coroutine_getattr(VM& vm, const Value& self, Str* name) {
  Coroutine* c = self.as<Coroutine>();
  const std::string& n = name->s;
  if (n == "__name__") return Value(c->name.get());
  if (n == "__qualname__") return Value(c->qualname.get());
  if (n == "cr_frame" || n == "gi_frame") return c->frame ? Value(c->frame.get()) : Value();
  if (n == "cr_running" || n == "gi_running") return Value::boolean(c->state == Coroutine::State::Running);
  if (n == "cr_code" || n == "gi_code") return c->frame ? Value(c->frame->code.get()) : Value();
  if (n == "gi_yieldfrom" || n == "cr_await")
    return c->frame && c->state == Coroutine::State::Suspended && !c->frame->delegate.is_null() ? c->frame->delegate
                                                                                               : Value();
  return generic_getattr(vm, self, name);
}

static Value frame_getattr(VM& vm, const Value& self, Str* name) {
  Frame* f = self.as<Frame>();
  if (name->s == "f_lineno") return Value::integer(f->current_line());
  if (name->s == "f_code") return Value(f->code.get());
  return generic_getattr(vm, self, name);
}

static Value code_getattr(VM& vm, const Value& self, Str* name) {
  Code* c = self.as<Code>();
  if (name->s == "co_name") return Value(c->name.get());
  if (name->s == "co_qualname") return Value(c->qualname.get());
  if (name->s == "co_filename") return make_str(c->filename);
  if (name->s == "co_firstlineno") return Value::integer(c->first_line);
  if (name->s == "co_argcount") return Value::integer(c->argcount);
  if (name->s == "co_posonlyargcount") return Value::integer(c->posonlyargcount);
  if (name->s == "co_kwonlyargcount") return Value::integer(c->kwonlyargcount);
  if (name->s == "co_varnames") {
    // Frames keep *args before the keyword-only parameters; CPython lists
    // positional, keyword-only, *args, **kwargs, then the other locals.
    std::vector<Value> names;
    size_t argc = size_t(c->argcount), kw = size_t(c->kwonlyargcount), star = c->varargs ? 1 : 0;
    for (size_t i = 0; i < argc; ++i) names.push_back(Value(c->varnames[i].get()));
    for (size_t i = 0; i < kw; ++i) names.push_back(Value(c->varnames[argc + star + i].get()));
    if (star) names.push_back(Value(c->varnames[argc].get()));
    for (size_t i = argc + star + kw; i < c->varnames.size(); ++i) names.push_back(Value(c->varnames[i].get()));
    return make_tuple(std::move(names));
  }
  return generic_getattr(vm, self, name);
}

Value VM::getattr_opt(const Value& obj, Str* name) {
  Type* t = obj.type();
  if (t->getattr) return t->getattr(*this, obj, name);
  return generic_getattr(*this, obj, name);
}

Value VM::getattr(const Value& obj, Str* name) {
  Value v = getattr_opt(obj, name);
  if (!v.is_null()) return v;
  if (is_type(obj, types.module))
    throw_attribute_error("module '%s' has no attribute '%s'", obj.as<Module>()->name->s.c_str(), name->s.c_str());
  if (obj.is_obj() && is_subtype(obj.as_obj()->type, types.type))
    throw_attribute_error("type object '%s' has no attribute '%s'", obj.as<Type>()->name.c_str(), name->s.c_str());
  throw_attribute_error("'%s' object has no attribute '%s'", obj.type()->name.c_str(), name->s.c_str());
}
Value VM::getattr(const Value& obj, std::string_view name) { return getattr(obj, intern(name)); }

bool VM::hasattr(const Value& obj, std::string_view name) {
  try {
    return !getattr_opt(obj, intern(name)).is_null();
  } catch (PyException& e) {
    if (isinstance(e.value, exc.AttributeError)) return false;
    throw;
  }
}

void VM::setattr(const Value& obj, Str* name, const Value& v) {
  Type* t = obj.type();
  if (t->setattr) t->setattr(*this, obj, name, v);
  else generic_setattr(*this, obj, name, v);
}
void VM::setattr(const Value& obj, std::string_view name, const Value& v) { setattr(obj, intern(name), v); }
void VM::delattr(const Value& obj, Str* name) { setattr(obj, name, Value::null()); }

// ---------------------------------------------------------------- iteration
Value VM::iter(const Value& v) {
  Type* t = v.type();
  if (t->iter) return t->iter(*this, v);
  throw_type_error("'%s' object is not iterable", t->name.c_str());
}

bool VM::next(const Value& it, Value& out) {
  Type* t = it.type();
  if (t->next) return t->next(*this, it, out);
  throw_type_error("'%s' object is not an iterator", t->name.c_str());
}

std::vector<Value> VM::to_vector(const Value& iterable) {
  if (is_type(iterable, types.list)) return iterable.as<List>()->items;
  if (is_type(iterable, types.tuple)) return iterable.as<Tuple>()->items;
  std::vector<Value> out;
  Value it = iter(iterable);
  Value x;
  while (next(it, x)) out.push_back(std::move(x));
  return out;
}

// ---------------------------------------------------------------- subscripts
Value VM::getitem(const Value& obj, const Value& key) {
  Type* t = obj.type();
  if (t->getitem) return t->getitem(*this, obj, key);
  if (obj.is_obj() && is_subtype(obj.as_obj()->type, types.type)) {
    Value cg = getattr_opt(obj, intern("__class_getitem__"));
    if (!cg.is_null()) return call(cg, {key});
    return class_subscript(*this, obj, key);
  }
  throw_type_error("'%s' object is not subscriptable", t->name.c_str());
}

void VM::setitem(const Value& obj, const Value& key, const Value& v) {
  Type* t = obj.type();
  if (t->setitem) return t->setitem(*this, obj, key, v);
  throw_type_error("'%s' object does not support item assignment", t->name.c_str());
}

void VM::delitem(const Value& obj, const Value& key) {
  Type* t = obj.type();
  if (t->setitem) return t->setitem(*this, obj, key, Value::null());
  throw_type_error("'%s' object doesn't support item deletion", t->name.c_str());
}

int64_t VM::len(const Value& v) {
  Type* t = v.type();
  if (t->len) return t->len(*this, v);
  throw_type_error("object of type '%s' has no len()", t->name.c_str());
}

bool VM::contains(const Value& container, const Value& item) {
  Type* t = container.type();
  if (t->contains) return t->contains(*this, container, item);
  if (t->iter) {
    Value it = iter(container);
    Value x;
    while (next(it, x))
      if (x.is(item) || eq(x, item)) return true;
    return false;
  }
  throw_type_error("argument of type '%s' is not iterable", t->name.c_str());
}

// ---------------------------------------------------------------- arithmetic
const char* binop_symbol(BinOp op, bool inplace) {
  static const char* plain[] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};
  static const char* inpl[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="};
  return (inplace ? inpl : plain)[int(op)];
}

static Value int_pow(int64_t base, int64_t exp) {
  if (exp < 0) {
    if (base == 0) throw_zero_division_error("0.0 cannot be raised to a negative power");
    return Value::real(std::pow(double(base), double(exp)));
  }
  const int64_t orig_base = base, orig_exp = exp;
  auto big_pow = [](int64_t b, int64_t e) {
    return big_int_binop(BinOp::Pow, BigNum::from_i64(b), BigNum::from_i64(e));
  };
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1)
      if (__builtin_mul_overflow(result, base, &result)) return big_pow(orig_base, orig_exp);
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return big_pow(orig_base, orig_exp);
  }
  return Value::integer(result);
}

// float_divmod
static void float_divmod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

// Overflowing int64 results continue as BigInts (vm/int_big.cpp).
static Value int_binop(BinOp op, int64_t a, int64_t b) {
  int64_t r;
  auto big = [&] { return big_int_binop(op, BigNum::from_i64(a), BigNum::from_i64(b)); };
  constexpr int64_t kExact = int64_t(1) << 53;  // doubles hold smaller ints exactly
  switch (op) {
    case BinOp::Add: if (__builtin_add_overflow(a, b, &r)) return big(); return Value::integer(r);
    case BinOp::Sub: if (__builtin_sub_overflow(a, b, &r)) return big(); return Value::integer(r);
    case BinOp::Mul: if (__builtin_mul_overflow(a, b, &r)) return big(); return Value::integer(r);
    case BinOp::TrueDiv:
      if (b == 0) throw_zero_division_error("division by zero");
      if (a <= -kExact || a >= kExact || b <= -kExact || b >= kExact) return big();
      return Value::real(double(a) / double(b));
    case BinOp::FloorDiv: {
      if (b == 0) throw_zero_division_error("integer division or modulo by zero");
      if (a == INT64_MIN && b == -1) return big();
      int64_t q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      return Value::integer(q);
    }
    case BinOp::Mod: {
      if (b == 0) throw_zero_division_error("integer modulo by zero");
      if (b == -1) return Value::integer(0);
      int64_t m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return Value::integer(m);
    }
    case BinOp::Pow: return int_pow(a, b);
    case BinOp::LShift:
      if (b < 0) throw_value_error("negative shift count");
      if (a == 0) return Value::integer(0);
      if (b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) return big();
      return Value::integer(int64_t(uint64_t(a) << b));
    case BinOp::RShift:
      if (b < 0) throw_value_error("negative shift count");
      return Value::integer(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case BinOp::And: return Value::integer(a & b);
    case BinOp::Or: return Value::integer(a | b);
    case BinOp::Xor: return Value::integer(a ^ b);
    case BinOp::MatMul: break;
  }
  return Value::null();
}

static Value float_binop(BinOp op, double a, double b) {
  switch (op) {
    case BinOp::Add: return Value::real(a + b);
    case BinOp::Sub: return Value::real(a - b);
    case BinOp::Mul: return Value::real(a * b);
    case BinOp::TrueDiv:
      if (b == 0) throw_zero_division_error("float division by zero");
      return Value::real(a / b);
    case BinOp::FloorDiv: {
      if (b == 0) throw_zero_division_error("float floor division by zero");
      double d, m;
      float_divmod(a, b, d, m);
      return Value::real(d);
    }
    case BinOp::Mod: {
      if (b == 0) throw_zero_division_error("float modulo");
      double d, m;
      float_divmod(a, b, d, m);
      return Value::real(m);
    }
    case BinOp::Pow:
      if (a == 0 && b < 0) throw_zero_division_error("0.0 cannot be raised to a negative power");
      if (a < 0 && b != std::floor(b)) return complex_pow_of_floats(a, b);
      {
        double r = std::pow(a, b);
        if (std::isinf(r) && !std::isinf(a) && !std::isinf(b)) throw_overflow_error("(34, 'Numerical result out of range')");
        return Value::real(r);
      }
    default: break;
  }
  return Value::null();
}

static Value repeat_seq(const std::vector<Value>& items, int64_t n, bool tuple) {
  std::vector<Value> out;
  if (n > 0 && !items.empty()) {
    // list_repeat: a size that cannot be allocated is MemoryError.
    if (size_t(n) > (SIZE_MAX / sizeof(Value)) / items.size()) throw_memory_error();
    heap_reserve(items.size() * size_t(n) * sizeof(Value));
    out.reserve(items.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  }
  return tuple ? make_tuple(std::move(out)) : make_list(std::move(out));
}

static Value seq_binop(VM& vm, BinOp op, const Value& a, const Value& b) {
  const CoreTypes& t = types();
  Type* ta = a.type();
  Type* tb = b.type();
  if (op == BinOp::Add) {
    if (ta == t.str) {
      if (tb != t.str) throw_type_error("can only concatenate str (not \"%s\") to str", tb->name.c_str());
      return make_str(a.as<Str>()->s + b.as<Str>()->s);
    }
    if (ta == t.list) {
      if (tb != t.list) throw_type_error("can only concatenate list (not \"%s\") to list", tb->name.c_str());
      std::vector<Value> out = a.as<List>()->items;
      const std::vector<Value>& bi = b.as<List>()->items;
      out.insert(out.end(), bi.begin(), bi.end());
      return make_list(std::move(out));
    }
    if (ta == t.tuple) {
      if (tb != t.tuple) throw_type_error("can only concatenate tuple (not \"%s\") to tuple", tb->name.c_str());
      std::vector<Value> out = a.as<Tuple>()->items;
      const std::vector<Value>& bi = b.as<Tuple>()->items;
      out.insert(out.end(), bi.begin(), bi.end());
      return make_tuple(std::move(out));
    }
    if (ta == t.bytes) {
      if (tb != t.bytes) throw_type_error("can't concat %s to bytes", tb->name.c_str());
      return make_bytes(a.as<Bytes>()->s + b.as<Bytes>()->s);
    }
  }
  if (op == BinOp::Mul) {
    const Value* seq = nullptr;
    const Value* n = nullptr;
    if (ta == t.str || ta == t.list || ta == t.tuple || ta == t.bytes) { seq = &a; n = &b; }
    else if (tb == t.str || tb == t.list || tb == t.tuple || tb == t.bytes) { seq = &b; n = &a; }
    if (seq) {
      if (is_bigint(*n)) throw_overflow_error("cannot fit 'int' into an index-sized integer");
      if (!n->is_intlike()) {
        // Let a user class's __rmul__ answer; builtin sequences never do.
        Type* nt = n->type();
        bool builtin_seq = nt == t.str || nt == t.list || nt == t.tuple || nt == t.bytes;
        if (nt->binary && !builtin_seq) return Value::null();
        throw_type_error("can't multiply sequence by non-int of type '%s'", n->type()->name.c_str());
      }
      int64_t k = n->as_int();
      Type* st = seq->type();
      if (st == t.str || st == t.bytes) {
        const std::string& s = st == t.str ? seq->as<Str>()->s : seq->as<Bytes>()->s;
        std::string out;
        if (k > 0) {
          if (size_t(k) > (size_t(1) << 31) / (s.size() ? s.size() : 1)) throw_memory_error();
          heap_reserve(s.size() * size_t(k));
          out.reserve(s.size() * size_t(k));
          for (int64_t i = 0; i < k; ++i) out += s;
        }
        return st == t.str ? make_str(std::move(out)) : make_bytes(out);
      }
      if (st == t.list) return repeat_seq(seq->as<List>()->items, k, false);
      return repeat_seq(seq->as<Tuple>()->items, k, true);
    }
  }
  (void)vm;
  return Value::null();
}

Value binary_op_ex(VM& vm, BinOp op, const Value& a, const Value& b, bool inplace) {
  if (inplace && a.is_obj()) {
    Value r = inplace_slot(vm, op, a, b);
    if (!r.is_null()) return r;
  }
  if (a.is_intlike() && b.is_intlike()) {
    if (a.is_bool() && b.is_bool() && (op == BinOp::And || op == BinOp::Or || op == BinOp::Xor)) {
      Value r = int_binop(op, a.as_int(), b.as_int());
      return Value::boolean(r.as_int() != 0);
    }
    Value r = int_binop(op, a.as_int(), b.as_int());
    if (!r.is_null()) return r;
  } else if (a.is_number() && b.is_number()) {
    Value r = float_binop(op, a.to_double(), b.to_double());
    if (!r.is_null()) return r;
  } else if ((is_bigint(a) || is_bigint(b)) && (is_int_value(a) || a.is_float()) &&
             (is_int_value(b) || b.is_float())) {
    // A BigInt with an int, a BigInt or a float (long_* and float_* slots).
    Value r = a.is_float() || b.is_float()
                  ? float_binop(op, a.is_float() ? a.as_float() : int_to_double(a),
                                b.is_float() ? b.as_float() : int_to_double(b))
                  : big_int_binop(op, to_bignum(a), to_bignum(b));
    if (!r.is_null()) return r;
  } else {
    Type* ta = a.type();
    Type* tb = b.type();
    if (inplace && ta == types().list && (op == BinOp::Add || op == BinOp::Mul)) {
      // PyNumber_InPlaceAdd: the plain operator (a class's __radd__) before list_inplace_concat.
      if (tb->python_class && tb->binary) {
        Value r = tb->binary(vm, op, a, b, true);
        if (!r.is_null()) return r;
      }
      List* l = a.as<List>();
      if (op == BinOp::Add) {
        std::vector<Value> extra = vm.to_vector(b);
        l->items.insert(l->items.end(), extra.begin(), extra.end());
        l->account();
        return a;
      }
      if (b.is_intlike()) {
        std::vector<Value> orig = l->items;
        if (b.as_int() > 0) heap_reserve(orig.size() * sizeof(Value) * size_t(b.as_int()));
        l->items.clear();
        for (int64_t i = 0; i < b.as_int(); ++i) l->items.insert(l->items.end(), orig.begin(), orig.end());
        l->account();
        return a;
      }
    }
    bool a_py = ta->python_class, b_py = tb->python_class;
    if (!a_py && !b_py) {
      Value r = seq_binop(vm, op, a, b);
      if (!r.is_null()) return r;
    }
    // binary_op1: a right operand whose native type derives from the left's
    // and has its own slot goes first ({} | defaultdict(...) is a defaultdict).
    bool right_first = !a_py && !b_py && tb != ta && tb->binary && tb->binary != ta->binary && is_subtype(tb, ta);
    if (right_first) {
      Value r = tb->binary(vm, op, a, b, true);
      if (!r.is_null()) return r;
    }
    if (ta->binary) {
      Value r = ta->binary(vm, op, a, b, false);
      if (!r.is_null()) return r;
    }
    if (tb->binary && tb != ta && !right_first) {
      Value r = tb->binary(vm, op, a, b, true);
      if (!r.is_null()) return r;
    }
    if (a_py || b_py) {
      Value r = seq_binop(vm, op, a, b);
      if (!r.is_null()) return r;
    }
  }
  throw_type_error("unsupported operand type(s) for %s: '%s' and '%s'", binop_symbol(op, inplace),
                   a.type()->name.c_str(), b.type()->name.c_str());
}

Value VM::binary_op(BinOp op, const Value& a, const Value& b) { return binary_op_ex(*this, op, a, b, false); }

Value VM::unary_op(UnaryOp op, const Value& v) {
  if (v.is_intlike()) {
    int64_t i = v.as_int();
    switch (op) {
      case UnaryOp::Neg:
        if (i == INT64_MIN) return big_int_unary(op, BigNum::from_i64(i));
        return Value::integer(-i);
      case UnaryOp::Pos: return Value::integer(i);
      case UnaryOp::Invert: return Value::integer(~i);
    }
  }
  if (v.is_float()) {
    if (op == UnaryOp::Neg) return Value::real(-v.as_float());
    if (op == UnaryOp::Pos) return v;
  }
  if (is_bigint(v)) return big_int_unary(op, v.as<BigInt>()->n);
  Type* t = v.type();
  if (t->unary) {
    Value r = t->unary(*this, op, v);
    if (!r.is_null()) return r;
  }
  const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
  throw_type_error("bad operand type for unary %s: '%s'", sym, t->name.c_str());
}

// ---------------------------------------------------------------- install
void install_core_slots(CoreTypes& t) {
  t.type->getattr = type_getattr;
  t.type->setattr = type_setattr;
  t.type->call = type_call;
  t.module->getattr = module_getattr;
  t.function->getattr = function_getattr;
  t.function->setattr = function_setattr;
  t.native_function->getattr = native_getattr;
  t.bound_method->getattr = bound_getattr;
  t.coroutine->getattr = coroutine_getattr;
  t.generator->getattr = coroutine_getattr;
  t.frame->getattr = frame_getattr;
  t.code->getattr = code_getattr;
  t.object->new_ = object_new;
}

}  // namespace sandbox::vm
