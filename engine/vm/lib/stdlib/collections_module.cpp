// The `_collections` module: deque, defaultdict, _count_elements (Counter's
// counting loop) and _tuplegetter (namedtuple's field accessors).
#include "vm/internal.h"
#include "vm/lib/stdlib/collections.h"
#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib {

namespace {

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for
// each x; a dict whose get and item assignment are dict's own is updated
// directly (CPython's fast path, which skips a subclass's __missing__).
Value count_elements(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("_count_elements", kw);
  if (a.size() != 2) throw_type_error("_count_elements expected 2 arguments, got %zu", a.size());
  const Value& mapping = a[0];
  Value one = Value::integer(1), zero = Value::integer(0);
  Value it = vm.iter(a[1]);
  Value x;
  Type* mt = mapping.type();
  bool fast = is_dict(mapping) && type_lookup(mt, "get").is(types().dict->dict->get("get")) &&
              mt->setitem == types().dict->setitem;
  if (fast) {
    Dict* d = mapping.as<Dict>();
    while (vm.next(it, x)) {
      Value old = d->get(vm, x);
      d->set(vm, x, old.is_null() ? one : vm.binary_op(BinOp::Add, old, one));
    }
    return Value();
  }
  Value get = vm.getattr(mapping, "get");
  while (vm.next(it, x)) {
    Value old = vm.call(get, {x, zero});
    vm.setitem(mapping, x, vm.binary_op(BinOp::Add, old, one));
  }
  return Value();
}

// _tuplegetter(index, doc): a read-only data descriptor giving tuple item
// `index` (made as a property whose getter, setter and deleter carry
// tuplegetter's messages).
Value tuplegetter_get(VM&, NativeFunction* self, Args a, const KwArgs*) {
  int64_t index = self->data.as_int();
  if (a.empty() || !is_subtype(a[0].type(), types().tuple))
    throw_type_error("descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                     static_cast<long long>(index), a.empty() ? "NoneType" : type_name(a[0]));
  const std::vector<Value>& items = a[0].as<Tuple>()->items;
  if (index >= static_cast<int64_t>(items.size())) throw_index_error("tuple index out of range");
  return items[static_cast<size_t>(index)];
}

Value tuplegetter_set(VM&, NativeFunction*, Args a, const KwArgs*) {
  throw_attribute_error(a.size() > 1 ? "can't set attribute" : "can't delete attribute");
}

Value tuplegetter_new(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("_tuplegetter", kw);
  if (a.size() != 2) throw_type_error("_tuplegetter expected 2 arguments, got %zu", a.size());
  int64_t index = as_index(a[0]);
  if (index < 0) throw_index_error("tuple index out of range");
  Value setter = make_native("_tuplegetter.__set__", tuplegetter_set);
  Property* p = new Property(make_native("_tuplegetter.__get__", tuplegetter_get, Value::integer(index)), setter);
  Value out(p);
  p->fdel = setter;
  p->doc = a[1];
  return out;
}

}  // namespace

void install_collections_module(VM& vm) {
  install_deque_type();
  install_defaultdict_type();
  Module* m = make_module("_collections");
  Value keep(m);
  Dict* d = m->dict.get();
  add_deque_types(d);
  add_defaultdict_type(d);
  d->set("_count_elements", make_native("_count_elements", count_elements));
  d->set("_tuplegetter", make_native("_tuplegetter", tuplegetter_new));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
