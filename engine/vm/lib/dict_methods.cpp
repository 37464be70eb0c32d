// dict methods and the keys/values/items views (Objects/dictobject.c).
#include "vm/attr_cache.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

namespace {

enum class ViewKind : uint8_t { Keys, Values, Items };

struct DictView : GcObj {
  Ref<Dict> dict;
  ViewKind kind;
  DictView(Type* t, Dict* d, ViewKind k) : GcObj(t), dict(d), kind(k) {}
  void gc_traverse(GcVisitor& v) override { v(dict); }
};

struct DictViewIter : GcObj {
  void gc_traverse(GcVisitor& v) override { v(dict); }
  Ref<Dict> dict;
  ViewKind kind;
  size_t pos = 0;
  size_t used;
  uint64_t version;
  DictViewIter(Dict* d, ViewKind k)
      : GcObj(lib_types().dict_view_iter), dict(d), kind(k), used(d->size()), version(d->version) {}
};

Dict* dict_of(const Value& v) { return v.as<Dict>(); }

Value make_view(const Value& d, ViewKind k) {
  LibTypes& t = lib_types();
  Type* type = k == ViewKind::Keys ? t.dict_keys : k == ViewKind::Values ? t.dict_values : t.dict_items;
  return Value(new DictView(type, dict_of(d), k));
}

Value view_iter(VM&, const Value& self) {
  DictView* v = self.as<DictView>();
  return Value(new DictViewIter(v->dict.get(), v->kind));
}

Value self_iter(VM&, const Value& self) { return self; }

bool view_iter_next(VM&, const Value& self, Value& out) {
  DictViewIter* it = self.as<DictViewIter>();
  Dict* d = it->dict.get();
  if (!d) return false;
  if (d->size() != it->used) {
    it->used = static_cast<size_t>(-1);
    throw_runtime_error("dictionary changed size during iteration");
  }
  // The attribute cache's watched bit is not a change of keys.
  if ((d->version | kDictWatched) != (it->version | kDictWatched))
    throw_runtime_error("dictionary keys changed during iteration");
  while (it->pos < d->entries.size()) {
    const Dict::Entry& e = d->entries[it->pos++];
    if (e.key.is_null()) continue;
    switch (it->kind) {
      case ViewKind::Keys: out = e.key; break;
      case ViewKind::Values: out = e.value; break;
      case ViewKind::Items: out = make_tuple({e.key, e.value}); break;
    }
    return true;
  }
  it->dict.reset();
  return false;
}

int64_t view_len(VM&, const Value& self) { return static_cast<int64_t>(self.as<DictView>()->dict->size()); }

bool view_contains(VM& vm, const Value& self, const Value& item) {
  DictView* v = self.as<DictView>();
  Dict* d = v->dict.get();
  switch (v->kind) {
    case ViewKind::Keys: return !d->get(vm, item).is_null();
    case ViewKind::Values: {
      std::vector<Value> vals;
      d->for_each([&](const Value&, const Value& val) { vals.push_back(val); });
      for (const Value& val : vals)
        if (val.is(item) || vm.eq(val, item)) return true;
      return false;
    }
    case ViewKind::Items: {
      if (!is_tuple(item) || item.as<Tuple>()->size() != 2) return false;
      Value val = d->get(vm, item.as<Tuple>()->items[0]);
      if (val.is_null()) return false;
      const Value& want = item.as<Tuple>()->items[1];
      return val.is(want) || vm.eq(val, want);
    }
  }
  return false;
}

Value view_repr(VM& vm, const Value& self) {
  DictView* v = self.as<DictView>();
  std::string out = v->type->name + "([";
  bool first = true;
  std::vector<std::pair<Value, Value>> entries;
  v->dict->for_each([&](const Value& k, const Value& val) { entries.emplace_back(k, val); });
  for (auto& [k, val] : entries) {
    if (!first) out += ", ";
    first = false;
    switch (v->kind) {
      case ViewKind::Keys: out += vm.repr_str(k); break;
      case ViewKind::Values: out += vm.repr_str(val); break;
      case ViewKind::Items:
        out.push_back('(');
        out.append(vm.repr_str(k));
        out.append(", ");
        out.append(vm.repr_str(val));
        out.push_back(')');
        break;
    }
  }
  out += "])";
  return make_str(std::move(out));
}

// ---- methods
Value d_get(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("get", kw);
  check_args("get", a.subspan(1), 1, 2);
  Value v = dict_of(a[0])->get(vm, a[1]);
  if (!v.is_null()) return v;
  return a.size() > 2 ? a[2] : Value();
}

Value d_keys(VM&, NativeFunction*, Args a, const KwArgs*) { return make_view(a[0], ViewKind::Keys); }
Value d_values(VM&, NativeFunction*, Args a, const KwArgs*) { return make_view(a[0], ViewKind::Values); }
Value d_items(VM&, NativeFunction*, Args a, const KwArgs*) { return make_view(a[0], ViewKind::Items); }

Value d_pop(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("pop", kw);
  check_args("pop", a.subspan(1), 1, 2);
  Value v = dict_of(a[0])->pop(vm, a[1]);
  if (!v.is_null()) return v;
  if (a.size() > 2) return a[2];
  throw_key_error(a[1]);
}

Value d_popitem(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("popitem", kw);
  check_no_args("popitem", a.subspan(1));
  Dict* d = dict_of(a[0]);
  if (d->size() == 0) throw_key_error(make_str(std::string_view("popitem(): dictionary is empty")));
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (d->entries[i].key.is_null()) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    Value kv = make_tuple({k, v});
    d->pop(vm, k);
    return kv;
  }
  throw_key_error(make_str(std::string_view("popitem(): dictionary is empty")));
}

Value d_setdefault(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("setdefault", kw);
  check_args("setdefault", a.subspan(1), 1, 2);
  Dict* d = dict_of(a[0]);
  Value v = d->get(vm, a[1]);
  if (!v.is_null()) return v;
  Value dflt = a.size() > 2 ? a[2] : Value();
  d->set(vm, a[1], dflt);
  return dflt;
}

Value d_update(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  if (a.size() > 2) throw_type_error("update expected at most 1 argument, got %zu", a.size() - 1);
  Dict* d = dict_of(a[0]);
  if (a.size() > 1) dict_update_from(vm, d, a[1]);
  if (kw)
    for (size_t i = 0; i < kw->size(); i++) d->set(vm, kw->names[i], kw->values[i]);
  return Value();
}

Value d_copy(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("copy", kw);
  check_no_args("copy", a.subspan(1));
  Value out = make_dict();
  dict_of(a[0])->for_each([&](const Value& k, const Value& v) { out.as<Dict>()->set(vm, k, v); });
  return out;
}

Value d_clear(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("clear", kw);
  check_no_args("clear", a.subspan(1));
  dict_of(a[0])->clear();
  return Value();
}

Value d_fromkeys(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("fromkeys", kw);
  // a[0] is the class (classmethod)
  check_args("fromkeys", a.subspan(1), 1, 2);
  Value value = a.size() > 2 ? a[2] : Value();
  Value out = make_dict();
  Value it = vm.iter(a[1]), k;
  while (vm.next(it, k)) out.as<Dict>()->set(vm, k, value);
  return out;
}

Value dict_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool reflected) {
  if (op != BinOp::Or || !is_dict(a) || !is_dict(b)) return Value::null();
  const Value& l = reflected ? b : a;
  const Value& r = reflected ? a : b;
  Value out = make_dict();
  dict_of(l)->for_each([&](const Value& k, const Value& v) { out.as<Dict>()->set(vm, k, v); });
  dict_of(r)->for_each([&](const Value& k, const Value& v) { out.as<Dict>()->set(vm, k, v); });
  return out;
}

Type* view_type(const char* name) {
  Type* t = make_type(name, types().object, "builtins");
  incref(t);
  t->new_ = nullptr;
  t->iter = view_iter;
  t->len = view_len;
  t->contains = view_contains;
  t->repr = view_repr;
  return t;
}

}  // namespace

void dict_update_from(VM& vm, Dict* d, const Value& arg) {
  if (is_dict(arg)) {
    std::vector<std::pair<Value, Value>> entries;
    dict_of(arg)->for_each([&](const Value& k, const Value& v) { entries.emplace_back(k, v); });
    for (auto& [k, v] : entries) d->set(vm, k, v);
    return;
  }
  if (vm.hasattr(arg, "keys")) {
    Value keys = vm.call_method(arg, "keys", {});
    for (const Value& k : vm.to_vector(keys)) d->set(vm, k, vm.getitem(arg, k));
    return;
  }
  Value it = vm.iter(arg), item;
  size_t index = 0;
  while (vm.next(it, item)) {
    std::vector<Value> pair;
    if (is_tuple(item))
      pair = item.as<Tuple>()->items;
    else if (is_list(item))
      pair = item.as<List>()->items;
    else {
      try {
        pair = vm.to_vector(item);
      } catch (const PyException&) {
        throw_type_error("cannot convert dictionary update sequence element #%zu to a sequence", index);
      }
    }
    if (pair.size() != 2)
      throw_value_error("dictionary update sequence element #%zu has length %zu; 2 is required", index, pair.size());
    d->set(vm, pair[0], pair[1]);
    index++;
  }
}

void install_dict_methods() {
  LibTypes& lt = lib_types();
  lt.dict_keys = view_type("dict_keys");
  lt.dict_values = view_type("dict_values");
  lt.dict_items = view_type("dict_items");
  // The set-like views are unhashable (dictviews_as_set sets tp_hash to
  // PyObject_HashNotImplemented); values views keep object's hash.
  lt.dict_keys->hash = nullptr;
  lt.dict_items->hash = nullptr;
  lt.dict_view_iter = make_type("dict_itemiterator", types().object, "builtins");
  incref(lt.dict_view_iter);
  lt.dict_view_iter->new_ = nullptr;
  lt.dict_view_iter->iter = self_iter;
  lt.dict_view_iter->next = view_iter_next;
  Type* t = types().dict;
  struct M {
    const char* name;
    NativeFn fn;
  };
  for (const M& m : {M{"get", d_get}, M{"keys", d_keys}, M{"values", d_values}, M{"items", d_items},
                     M{"pop", d_pop}, M{"popitem", d_popitem}, M{"setdefault", d_setdefault},
                     M{"update", d_update}, M{"copy", d_copy}, M{"clear", d_clear}})
    add_method(t, m.name, m.fn);
  t->dict->set("fromkeys", Value(new ClassMethod(types().classmethod, make_native("fromkeys", d_fromkeys))));
  t->binary = dict_binary;
}

}  // namespace sandbox::vm::lib
