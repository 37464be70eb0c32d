// The `_functools` module (Modules/_functoolsmodule.c): reduce, partial
// (flattening nested partials, merging keywords, CPython's repr) and
// cmp_to_key's KeyWrapper.  functools.py keeps its pure-Python
// _lru_cache_wrapper, which this module does not provide.
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib {

namespace {

Type* g_partial = nullptr;
Type* g_keywrapper = nullptr;

Value reduce(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("reduce", kw);
  if (a.size() < 2) throw_type_error("reduce expected at least 2 arguments, got %zu", a.size());
  if (a.size() > 3) throw_type_error("reduce expected at most 3 arguments, got %zu", a.size());
  Value it;
  try {
    it = vm.iter(a[1]);
  } catch (PyException& e) {
    if (!is_subtype(e.value.type(), exc().TypeError)) throw;
    throw_type_error("reduce() arg 2 must support iteration");
  }
  Value acc = a.size() == 3 ? a[2] : Value::null();
  Value x;
  while (vm.next(it, x)) acc = acc.is_null() ? x : vm.call(a[0], {acc, x});
  if (acc.is_null()) throw_type_error("reduce() of empty iterable with no initial value");
  return acc;
}

struct Partial : GcObj {
  Value func;
  std::vector<Value> args;
  Ref<Dict> keywords;
  Ref<Dict> dict;  // attributes set on the partial (made on first use)
  explicit Partial(Type* t) : GcObj(t), keywords(new Dict()) {}
  Dict* instance_dict() override {
    if (type->no_instance_dict) return nullptr;
    if (!dict) dict = new Dict();
    return dict.get();
  }
  void gc_traverse(GcVisitor& v) override {
    v(func);
    v(args);
    v(keywords);
    v(dict);
  }
  // The dicts are emptied, not dropped: a partial a finalizer brought
  // back stays callable (with nothing bound) instead of dangling.
  void gc_clear() override {
    func = Value();
    std::vector<Value> old;
    old.swap(args);
    keywords->clear();
    if (dict) dict->clear();
  }
};

bool is_partial(const Value& v) { return v.is_obj() && is_subtype(v.type(), g_partial); }
Partial* as_partial(const Value& v) { return static_cast<Partial*>(v.as_obj()->as_gc()); }

Value partial_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  if (a.empty()) throw_type_error("type 'partial' takes at least one argument");
  Value func = a[0];
  std::vector<Value> args(a.begin() + 1, a.end());
  Partial* p = new Partial(cls);
  Value out(p);
  // A partial of a partial without attributes of its own is flattened.
  if (is_partial(func) && (!as_partial(func)->dict || as_partial(func)->dict->size() == 0)) {
    Partial* inner = as_partial(func);
    std::vector<Value> merged = inner->args;
    merged.insert(merged.end(), args.begin(), args.end());
    args = std::move(merged);
    inner->keywords->for_each([&](const Value& k, const Value& v) { p->keywords->set(vm, k, v); });
    func = inner->func;
  }
  if (!vm.callable(func)) throw_type_error("the first argument must be callable");
  p->func = func;
  p->args = std::move(args);
  if (kw)
    for (size_t i = 0; i < kw->size(); i++) p->keywords->set(kw->name(i), kw->values[i]);
  return out;
}

Value partial_call(VM& vm, const Value& self, Args a, const KwArgs* kw) {
  Partial* p = as_partial(self);
  Value func = p->func;
  std::vector<Value> args = p->args;
  args.insert(args.end(), a.begin(), a.end());
  KwArgsBuilder b;
  Ref<Dict> merged(new Dict());
  p->keywords->for_each([&](const Value& k, const Value& v) { merged->set(vm, k, v); });
  if (kw)
    for (size_t i = 0; i < kw->size(); i++) merged->set(kw->name(i), kw->values[i]);
  merged->for_each([&](const Value& k, const Value& v) { b.add(str_of(k), v); });
  return vm.call(func, args, &b.view());
}

Value partial_repr(VM& vm, const Value& self) {
  Partial* p = as_partial(self);
  std::string name = self.type() == g_partial ? "functools.partial" : self.type()->name;
  if (!repr_enter(vm, p)) return make_str("...");
  std::string s;
  try {
    s = vm.repr_str(p->func);
    for (const Value& v : p->args) s += ", " + vm.repr_str(v);
    Value keep(p->keywords.get());
    p->keywords->for_each([&](const Value& k, const Value& v) { s += ", " + vm.to_str(k) + "=" + vm.repr_str(v); });
  } catch (...) {
    repr_leave(vm, p);
    throw;
  }
  repr_leave(vm, p);
  return make_str(name + "(" + s + ")");
}

Partial* self_partial(Args a) {
  if (a.empty() || !is_partial(a[0])) throw_type_error("descriptor requires a 'functools.partial' object");
  return as_partial(a[0]);
}
Value get_func(VM&, NativeFunction*, Args a, const KwArgs*) { return self_partial(a)->func; }
Value get_args(VM&, NativeFunction*, Args a, const KwArgs*) { return make_tuple(self_partial(a)->args); }
Value get_keywords(VM&, NativeFunction*, Args a, const KwArgs*) { return Value(self_partial(a)->keywords.get()); }

// ---- cmp_to_key: K = cmp_to_key(cmp) is a KeyWrapper without an object;
// K(x) is one holding x, compared through cmp(a, b) <op> 0.
struct KeyWrapper : GcObj {
  Value cmp;
  Value obj = Value::null();
  explicit KeyWrapper(Type* t) : GcObj(t) {}
  void gc_traverse(GcVisitor& v) override {
    v(cmp);
    v(obj);
  }
  void gc_clear() override {
    cmp = Value();
    obj = Value();
  }
};

KeyWrapper* as_kw(const Value& v) { return static_cast<KeyWrapper*>(v.as_obj()->as_gc()); }

Value cmp_to_key(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("cmp_to_key", kw, {"mycmp"});
  Value cmp = a.size() > 0 ? a[0] : Value::null();
  if (const Value* v = kwarg(kw, "mycmp")) cmp = *v;
  if (a.size() > 1) throw_type_error("cmp_to_key() takes at most 1 argument (%zu given)", a.size());
  if (cmp.is_null()) throw_type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)");
  KeyWrapper* k = new KeyWrapper(g_keywrapper);
  Value out(k);
  k->cmp = cmp;
  return out;
}

Value keywrapper_call(VM&, const Value& self, Args a, const KwArgs* kw) {
  check_kwargs("K", kw, {"obj"});
  Value obj = a.size() > 0 ? a[0] : Value::null();
  if (const Value* v = kwarg(kw, "obj")) obj = *v;
  if (a.size() > 1) throw_type_error("K() takes at most 1 argument (%zu given)", a.size());
  if (obj.is_null()) throw_type_error("K() missing required argument 'obj' (pos 1)");
  KeyWrapper* k = new KeyWrapper(g_keywrapper);
  Value out(k);
  k->cmp = as_kw(self)->cmp;
  k->obj = obj;
  return out;
}

Value keywrapper_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if (!b.is_obj() || b.type() != g_keywrapper) throw_type_error("other argument must be K instance");
  KeyWrapper* x = as_kw(a);
  KeyWrapper* y = as_kw(b);
  if (x->obj.is_null() || y->obj.is_null()) throw_attribute_error("object");
  Value r = vm.call(x->cmp, {x->obj, y->obj});
  return vm.compare(r, Value::integer(0), op);
}

int64_t keywrapper_hash(VM&, const Value&) { throw_type_error("unhashable type: 'functools.KeyWrapper'"); }

Value keywrapper_obj(VM&, NativeFunction*, Args a, const KwArgs*) {
  KeyWrapper* k = as_kw(a[0]);
  if (k->obj.is_null()) throw_attribute_error("obj");
  return k->obj;
}

}  // namespace

void install_functools_module(VM& vm) {
  if (!g_partial) {
    Type* t = make_type("partial", types().object, "functools");
    t->new_ = partial_new;
    t->call = partial_call;
    t->repr = partial_repr;
    add_property(t, "func", get_func);
    add_property(t, "args", get_args);
    add_property(t, "keywords", get_keywords);
    g_partial = t;
    Type* k = make_type("KeyWrapper", types().object, "functools");
    k->new_ = nullptr;
    k->call = keywrapper_call;
    k->compare = keywrapper_compare;
    k->hash = keywrapper_hash;
    add_property(k, "obj", keywrapper_obj);
    g_keywrapper = k;
  }
  Module* m = make_module("_functools");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("reduce", make_native("reduce", reduce));
  d->set("partial", Value(g_partial));
  d->set("cmp_to_key", make_native("cmp_to_key", cmp_to_key));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
