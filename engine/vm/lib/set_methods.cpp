// set and frozenset methods and operators (Objects/setobject.c), following
// CPython's algorithms (which set is iterated, when tables are pre-sized) so
// that iteration order of results matches for ints.
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

namespace {

Set* set_of(const Value& v) { return v.as<Set>(); }
bool live(const Set::Slot& s) { return !s.key.is_null() && !s.dummy; }

Value new_set_like(const Value& proto) {
  Type* t = proto.as_obj()->type;
  bool frozen = is_subtype(t, types().frozenset);
  auto* s = new Set(frozen ? types().frozenset : types().set);
  s->frozen = frozen;
  return Value(s);
}

// set_merge(): pre-size once, then insert in the other table's slot order.
void merge(VM& vm, Set* so, const Set* other) {
  if (other->used == 0) return;
  size_t mask = so->table.size() - 1;
  if ((so->fill + other->used) * 5 >= mask * 3) so->resize(vm, (so->used + other->used) * 2);
  std::vector<Value> keys;
  keys.reserve(other->used);
  for (const Set::Slot& s : other->table)
    if (live(s)) keys.push_back(s.key);
  for (const Value& k : keys) so->add(vm, k);
}

// set_copy() / make_new_set_basetype(type, iterable)
Value copy_set(VM& vm, const Value& v) {
  Value r = new_set_like(v);
  merge(vm, set_of(r), set_of(v));
  return r;
}

std::vector<Value> live_keys(const Set* s) {
  std::vector<Value> keys;
  keys.reserve(s->used);
  for (const Set::Slot& slot : s->table)
    if (live(slot)) keys.push_back(slot.key);
  return keys;
}

// A set view of any iterable argument (sets are used as they are).
Value as_set(VM& vm, const Value& v) {
  if (is_set(v)) return v;
  auto* s = new Set(types().set);
  Value sv(s);
  set_update_from(vm, s, v);
  return sv;
}

Value set_intersection(VM& vm, const Value& a, const Value& b) {
  if (a.is(b)) return copy_set(vm, a);
  Value result = new_set_like(a);
  if (is_set(b)) {
    const Value* so = &a;
    const Value* other = &b;
    if (set_of(b)->used > set_of(a)->used) std::swap(so, other);
    for (const Value& k : live_keys(set_of(*other)))
      if (set_of(*so)->contains(vm, k)) set_of(result)->add(vm, k);
    return result;
  }
  Value it = vm.iter(b), k;
  while (vm.next(it, k))
    if (set_of(a)->contains(vm, k)) set_of(result)->add(vm, k);
  return result;
}

Value set_difference(VM& vm, const Value& a, const Value& b) {
  int64_t other_size = -1;
  if (is_set(b)) other_size = static_cast<int64_t>(set_of(b)->used);
  else if (is_dict(b)) other_size = static_cast<int64_t>(b.as<Dict>()->size());
  if (other_size < 0 || static_cast<int64_t>(set_of(a)->used >> 2) > other_size) {
    // set_copy_and_difference()
    Value result = copy_set(vm, a);
    if (is_set(b)) {
      for (const Value& k : live_keys(set_of(b))) set_of(result)->discard(vm, k);
    } else {
      Value it = vm.iter(b), k;
      while (vm.next(it, k)) set_of(result)->discard(vm, k);
    }
    return result;
  }
  Value result = new_set_like(a);
  for (const Value& k : live_keys(set_of(a))) {
    bool in_other = is_set(b) ? set_of(b)->contains(vm, k) : !b.as<Dict>()->get(vm, k).is_null();
    if (!in_other) set_of(result)->add(vm, k);
  }
  return result;
}

void symmetric_update(VM& vm, Set* so, const Value& other) {
  Value o = as_set(vm, other);
  for (const Value& k : live_keys(set_of(o)))
    if (!so->discard(vm, k)) so->add(vm, k);
}

Value set_symmetric_difference(VM& vm, const Value& a, const Value& b) {
  Value result = new_set_like(a);
  set_update_from(vm, set_of(result), b);
  symmetric_update(vm, set_of(result), a);
  return result;
}

Value set_union(VM& vm, const Value& a, const Value& b) {
  Value result = copy_set(vm, a);
  if (!a.is(b)) set_update_from(vm, set_of(result), b);
  return result;
}


Value st_add(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("set.add", kw);
  if (a.size() != 2) throw_type_error("set.add() takes exactly one argument (%zu given)", a.size() - 1);
  set_of(a[0])->add(vm, a[1]);
  return Value();
}

Value st_discard(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("set.discard", kw);
  if (a.size() != 2) throw_type_error("set.discard() takes exactly one argument (%zu given)", a.size() - 1);
  set_of(a[0])->discard(vm, a[1]);
  return Value();
}

Value st_remove(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("set.remove", kw);
  if (a.size() != 2) throw_type_error("set.remove() takes exactly one argument (%zu given)", a.size() - 1);
  if (!set_of(a[0])->discard(vm, a[1])) throw_key_error(a[1]);
  return Value();
}

// set_pop(): the first live slot (CPython resumes from a finger; we start at
// the table's beginning, which is the same slot unless items were added at
// lower slots between pops).
Value st_pop(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("set.pop", kw);
  check_no_args("set.pop", a.subspan(1));
  Set* s = set_of(a[0]);
  if (s->used == 0) throw_key_error(make_str(std::string_view("pop from an empty set")));
  for (Set::Slot& slot : s->table) {
    if (!live(slot)) continue;
    Value k = std::move(slot.key);
    slot.key = Value::null();
    slot.dummy = true;
    slot.hash = -1;
    s->used--;
    return k;
  }
  throw_key_error(make_str(std::string_view("pop from an empty set")));
}

Value st_copy(VM& vm, NativeFunction*, Args a, const KwArgs*) { return copy_set(vm, a[0]); }

Value st_clear(VM&, NativeFunction*, Args a, const KwArgs*) {
  set_of(a[0])->clear();
  return Value();
}

Value st_union(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("union", kw);
  Value result = copy_set(vm, a[0]);
  for (size_t i = 1; i < a.size(); i++)
    if (!a[i].is(a[0])) set_update_from(vm, set_of(result), a[i]);
  return result;
}

Value st_intersection(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("intersection", kw);
  if (a.size() == 1) return copy_set(vm, a[0]);
  Value result = a[0];
  for (size_t i = 1; i < a.size(); i++) result = set_intersection(vm, result, a[i]);
  return result;
}

Value st_difference(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("difference", kw);
  if (a.size() == 1) return copy_set(vm, a[0]);
  Value result = set_difference(vm, a[0], a[1]);
  for (size_t i = 2; i < a.size(); i++) {
    if (is_set(a[i])) {
      for (const Value& k : live_keys(set_of(a[i]))) set_of(result)->discard(vm, k);
    } else {
      Value it = vm.iter(a[i]), k;
      while (vm.next(it, k)) set_of(result)->discard(vm, k);
    }
  }
  return result;
}

Value st_symmetric_difference(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("symmetric_difference", kw);
  check_one_arg("symmetric_difference", a.subspan(1));
  return set_symmetric_difference(vm, a[0], a[1]);
}

Value st_update(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("update", kw);
  for (size_t i = 1; i < a.size(); i++) set_update_from(vm, set_of(a[0]), a[i]);
  return Value();
}

Value st_intersection_update(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("intersection_update", kw);
  Value result = a[0];
  for (size_t i = 1; i < a.size(); i++) result = set_intersection(vm, result, a[i]);
  Set* s = set_of(a[0]);
  if (!result.is(a[0])) {
    s->table = set_of(result)->table;
    s->fill = set_of(result)->fill;
    s->used = set_of(result)->used;
  }
  return Value();
}

Value st_difference_update(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("difference_update", kw);
  for (size_t i = 1; i < a.size(); i++) {
    if (a[i].is(a[0])) {
      set_of(a[0])->clear();
      continue;
    }
    Value it = vm.iter(a[i]), k;
    while (vm.next(it, k)) set_of(a[0])->discard(vm, k);
  }
  return Value();
}

Value st_symmetric_difference_update(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("symmetric_difference_update", kw);
  check_one_arg("symmetric_difference_update", a.subspan(1));
  if (a[1].is(a[0])) {
    set_of(a[0])->clear();
    return Value();
  }
  symmetric_update(vm, set_of(a[0]), a[1]);
  return Value();
}

bool subset(VM& vm, const Value& a, const Value& b) {
  Value other = as_set(vm, b);
  if (set_of(a)->used > set_of(other)->used) return false;
  for (const Value& k : live_keys(set_of(a)))
    if (!set_of(other)->contains(vm, k)) return false;
  return true;
}

Value st_issubset(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  check_one_arg("issubset", a.subspan(1));
  return Value::boolean(subset(vm, a[0], a[1]));
}
Value st_issuperset(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  check_one_arg("issuperset", a.subspan(1));
  return Value::boolean(subset(vm, as_set(vm, a[1]), a[0]));
}
Value st_isdisjoint(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  check_one_arg("isdisjoint", a.subspan(1));
  Value it = vm.iter(a[1]), k;
  while (vm.next(it, k))
    if (set_of(a[0])->contains(vm, k)) return Value::boolean(false);
  return Value::boolean(true);
}

Value set_binary(VM& vm, BinOp op, const Value& x, const Value& y, bool reflected) {
  const Value& a = reflected ? y : x;
  const Value& b = reflected ? x : y;
  if (!is_set(a) || !is_set(b)) return Value::null();
  switch (op) {
    case BinOp::Or: return set_union(vm, a, b);
    case BinOp::And: return set_intersection(vm, a, b);
    case BinOp::Sub: return set_difference(vm, a, b);
    case BinOp::Xor: return set_symmetric_difference(vm, a, b);
    default: return Value::null();
  }
}

}  // namespace

void set_update_from(VM& vm, Set* s, const Value& iterable) {
  if (is_set(iterable)) {
    merge(vm, s, set_of(iterable));
    return;
  }
  if (is_dict(iterable)) {
    Dict* d = iterable.as<Dict>();
    size_t mask = s->table.size() - 1;
    if ((s->fill + d->size()) * 5 >= mask * 3) s->resize(vm, (s->used + d->size()) * 2);
    std::vector<Value> keys;
    d->for_each([&](const Value& k, const Value&) { keys.push_back(k); });
    for (const Value& k : keys) s->add(vm, k);
    return;
  }
  if (is_list(iterable) || is_tuple(iterable)) {
    std::vector<Value> items = is_list(iterable) ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
    for (const Value& k : items) s->add(vm, k);
    return;
  }
  Value it = vm.iter(iterable), k;
  while (vm.next(it, k)) s->add(vm, k);
}

// frozenset_hash (setobject.c): order-independent, so equal frozensets
// hash alike; the xor over live entries is what CPython's loop over the
// whole table leaves once it removes the empty and dummy slots' effect.
int64_t frozenset_hash(VM&, const Value& self) {
  const Set* s = self.as<Set>();
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t hash = 0;
  for (const Set::Slot& e : s->table)
    if (!e.key.is_null() && !e.dummy) hash ^= shuffle(static_cast<uint64_t>(e.hash));
  hash ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  return static_cast<int64_t>(hash);
}

void install_set_methods() {
  types().frozenset->hash = frozenset_hash;
  struct M {
    const char* name;
    NativeFn fn;
    bool mutating;
  };
  for (Type* t : {types().set, types().frozenset}) {
    bool frozen = t == types().frozenset;
    for (const M& m : {M{"add", st_add, true}, M{"discard", st_discard, true}, M{"remove", st_remove, true},
                       M{"pop", st_pop, true}, M{"clear", st_clear, true}, M{"update", st_update, true},
                       M{"intersection_update", st_intersection_update, true},
                       M{"difference_update", st_difference_update, true},
                       M{"symmetric_difference_update", st_symmetric_difference_update, true},
                       M{"copy", st_copy, false}, M{"union", st_union, false},
                       M{"intersection", st_intersection, false}, M{"difference", st_difference, false},
                       M{"symmetric_difference", st_symmetric_difference, false},
                       M{"issubset", st_issubset, false}, M{"issuperset", st_issuperset, false},
                       M{"isdisjoint", st_isdisjoint, false}}) {
      if (frozen && m.mutating) continue;
      add_method(t, m.name, m.fn);
    }
    t->binary = set_binary;
  }
}

}  // namespace sandbox::vm::lib
