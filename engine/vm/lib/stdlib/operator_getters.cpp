// operator.itemgetter, attrgetter and methodcaller (Modules/_operator.c):
// callables holding what to fetch, with CPython's reprs.
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/operator_internal.h"

namespace sandbox::vm::lib {

namespace {

Type* g_itemgetter = nullptr;
Type* g_attrgetter = nullptr;
Type* g_methodcaller = nullptr;

struct Getter : GcObj {
  std::vector<Value> items;   // itemgetter: the keys; attrgetter: the names as given;
                              // methodcaller: the name then the positional arguments
  Ref<Dict> kwargs;           // methodcaller's keyword arguments
  explicit Getter(Type* t) : GcObj(t) {}
  void gc_traverse(GcVisitor& v) override {
    v(items);
    v(kwargs);
  }
  void gc_clear() override {
    std::vector<Value> old;
    old.swap(items);
    if (kwargs) kwargs->clear();
  }
};

Value itemgetter_new(VM&, Type* cls, Args a, const KwArgs* kw) {
  no_kwargs("itemgetter", kw);
  if (a.empty()) throw_type_error("itemgetter expected 1 argument, got 0");
  Getter* g = new Getter(cls);
  Value out(g);
  g->items.assign(a.begin(), a.end());
  return out;
}

Value attrgetter_new(VM&, Type* cls, Args a, const KwArgs* kw) {
  no_kwargs("attrgetter", kw);
  if (a.empty()) throw_type_error("attrgetter expected 1 argument, got 0");
  for (const Value& n : a)
    if (!is_str(n)) throw_type_error("attribute name must be a string");
  Getter* g = new Getter(cls);
  Value out(g);
  g->items.assign(a.begin(), a.end());
  return out;
}

Value methodcaller_new(VM&, Type* cls, Args a, const KwArgs* kw) {
  if (a.empty()) throw_type_error("methodcaller needs at least one argument, the method name");
  if (!is_str(a[0])) throw_type_error("method name must be a string");
  Getter* g = new Getter(cls);
  Value out(g);
  g->items.assign(a.begin(), a.end());
  g->kwargs = new Dict();
  if (kw)
    for (size_t i = 0; i < kw->size(); i++) g->kwargs->set(kw->name(i), kw->values[i]);
  return out;
}

Getter* self_getter(const Value& v) { return static_cast<Getter*>(v.as_obj()->as_gc()); }

Value one_arg(const char* what, Args a, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("%s() takes no keyword arguments", what);
  if (a.size() != 1) throw_type_error("%s expected 1 argument, got %zu", what, a.size());
  return a[0];
}

Value itemgetter_call(VM& vm, const Value& self, Args a, const KwArgs* kw) {
  Value obj = one_arg("itemgetter", a, kw);
  Getter* g = self_getter(self);
  if (g->items.size() == 1) return vm.getitem(obj, g->items[0]);
  std::vector<Value> out;
  for (const Value& k : g->items) out.push_back(vm.getitem(obj, k));
  return make_tuple(std::move(out));
}

// Follows a dotted name one attribute at a time.
Value dotted_get(VM& vm, Value obj, const std::string& name) {
  size_t start = 0;
  for (;;) {
    size_t dot = name.find('.', start);
    std::string part = name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    obj = vm.getattr(obj, intern(part));
    if (dot == std::string::npos) return obj;
    start = dot + 1;
  }
}

Value attrgetter_call(VM& vm, const Value& self, Args a, const KwArgs* kw) {
  Value obj = one_arg("attrgetter", a, kw);
  Getter* g = self_getter(self);
  if (g->items.size() == 1) return dotted_get(vm, obj, str_of(g->items[0]));
  std::vector<Value> out;
  for (const Value& n : g->items) out.push_back(dotted_get(vm, obj, str_of(n)));
  return make_tuple(std::move(out));
}

Value methodcaller_call(VM& vm, const Value& self, Args a, const KwArgs* kw) {
  Value obj = one_arg("methodcaller", a, kw);
  Getter* g = self_getter(self);
  if (g->items.empty()) throw_type_error("methodcaller object was cleared");
  Value method = vm.getattr(obj, intern(str_of(g->items[0])));
  KwArgsBuilder b;
  g->kwargs->for_each([&](const Value& k, const Value& v) { b.add(str_of(k), v); });
  std::vector<Value> args(g->items.begin() + 1, g->items.end());
  return vm.call(method, args, &b.view());
}

std::string joined_reprs(VM& vm, const std::vector<Value>& vs, size_t from) {
  std::string s;
  for (size_t i = from; i < vs.size(); i++) {
    if (i > from) s += ", ";
    s += vm.repr_str(vs[i]);
  }
  return s;
}

// Reprs name the class as CPython's tp_name does: "operator.itemgetter",
// or a subclass's own name.
std::string repr_prefix(const Value& self, Type* base) {
  Type* t = self.type();
  return t == base ? "operator." + base->name : t->name;
}

Value guarded_repr(VM& vm, const Value& self, std::string (*body)(VM&, Getter*), Type* base) {
  Obj* o = self.as_obj();
  if (!repr_enter(vm, o)) return make_str(repr_prefix(self, base) + "(...)");
  std::string s;
  try {
    s = body(vm, self_getter(self));
  } catch (...) {
    repr_leave(vm, o);
    throw;
  }
  repr_leave(vm, o);
  return make_str(repr_prefix(self, base) + "(" + s + ")");
}

Value itemgetter_repr(VM& vm, const Value& self) {
  return guarded_repr(vm, self, [](VM& v, Getter* g) { return joined_reprs(v, g->items, 0); }, g_itemgetter);
}
Value attrgetter_repr(VM& vm, const Value& self) {
  return guarded_repr(vm, self, [](VM& v, Getter* g) { return joined_reprs(v, g->items, 0); }, g_attrgetter);
}
Value methodcaller_repr(VM& vm, const Value& self) {
  return guarded_repr(
      vm, self,
      [](VM& v, Getter* g) {
        std::string s = joined_reprs(v, g->items, 0);
        g->kwargs->for_each([&](const Value& k, const Value& val) { s += ", " + str_of(k) + "=" + v.repr_str(val); });
        return s;
      },
      g_methodcaller);
}

Type* make_getter_type(const char* name, NewFn nw, CallFn call, UnaryFn repr) {
  Type* t = make_type(name, types().object, "operator");
  t->new_ = nw;
  t->call = call;
  t->repr = repr;
  return t;
}

}  // namespace

void add_operator_getters(Dict* d) {
  if (!g_itemgetter) {
    g_itemgetter = make_getter_type("itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr);
    g_attrgetter = make_getter_type("attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr);
    g_methodcaller = make_getter_type("methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr);
  }
  d->set("itemgetter", Value(g_itemgetter));
  d->set("attrgetter", Value(g_attrgetter));
  d->set("methodcaller", Value(g_methodcaller));
}

}  // namespace sandbox::vm::lib
