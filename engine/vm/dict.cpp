// Dict: insertion-ordered entries plus an open-addressing index, like
// CPython's compact dict (Objects/dictobject.c), with Python key equality.
#include <cstring>

#include "vm/attr_cache.h"
#include "vm/vm.h"

namespace sandbox::vm {

static constexpr int32_t kEmpty = -1, kDummy = -2;

// Dict versions come from one counter, so a version names one state of one
// dict's keys; the watched bit (vm/attr_cache.h) is kept.
static uint64_t g_dict_versions = 0;
static uint64_t next_version(uint64_t old) { return ++g_dict_versions | (old & kDictWatched); }

// Key equality without running user code when both sides are core values.
static bool keys_equal(VM* vm, const Value& a, const Value& b) {
  if (a.is(b)) return true;
  if (a.is_obj() && b.is_obj()) {
    Obj* x = a.as_obj();
    Obj* y = b.as_obj();
    if (x->type == types().str && y->type == types().str)
      return static_cast<Str*>(x)->s == static_cast<Str*>(y)->s;
  }
  if (a.is_number() && b.is_number()) {
    if (a.is_float() || b.is_float()) return a.to_double() == b.to_double();
    return a.as_int() == b.as_int();
  }
  if (!vm) return false;
  if (!a.is_obj() && !b.is_obj()) return false;
  return vm->eq(a, b);
}

Dict::Dict() : GcObj(types().dict) {}
int64_t dict_find_str(const Dict* d, const Str* key) {
  const std::vector<int32_t>& index = d->index;
  if (index.empty()) return -1;
  int64_t hash = key->hash();
  size_t mask = index.size() - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    int32_t ix = index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const Dict::Entry& e = d->entries[size_t(ix)];
      if (e.hash == hash && e.key.is_obj()) {
        const Obj* k = e.key.as_obj();
        if (k == key) return ix;
        if (k->type == types().str && static_cast<const Str*>(k)->s == key->s) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t Dict::find(VM* vm, const Value& key, int64_t hash) const {
  if (index.empty()) return -1;
  size_t mask = index.size() - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    int32_t ix = index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const Entry& e = entries[size_t(ix)];
      if (e.hash == hash && keys_equal(vm, e.key, key)) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void Dict::rebuild(size_t min_size) {
  // Compact entries (drop holes) and rebuild the index at <= 2/3 load.
  if (used != entries.size()) {
    std::vector<Entry> live;
    live.reserve(used);
    for (Entry& e : entries)
      if (!e.key.is_null()) live.push_back(std::move(e));
    entries = std::move(live);
  }
  size_t n = 8;
  while (n * 2 < min_size * 3) n *= 2;
  index.assign(n, kEmpty);
  size_t mask = n - 1;
  for (size_t k = 0; k < entries.size(); ++k) {
    size_t i = size_t(entries[k].hash) & mask, perturb = size_t(entries[k].hash);
    while (index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = int32_t(k);
  }
}

void Dict::insert_new(Value key, Value v, int64_t hash) {
  if ((entries.size() + 1) * 3 >= index.size() * 2) rebuild(used + 1 > 8 ? (used + 1) * 2 : 8);
  size_t mask = index.size() - 1;
  size_t i = size_t(hash) & mask, perturb = size_t(hash);
  while (index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = int32_t(entries.size());
  entries.push_back(Entry{std::move(key), std::move(v), hash});
  ++used;
  version = next_version(version);
  dict_changed(this);
  account();
}

Value Dict::get(VM& vm, const Value& key) {
  int64_t h = vm.hash(key);
  int64_t ix = find(&vm, key, h);
  return ix < 0 ? Value::null() : entries[size_t(ix)].value;
}

// Stores v in an existing entry and only then releases the old value: its
// finalizer (a never-awaited coroutine's warning, a generator's close) may
// write to this very dict and move its entries, so the slot must not be
// touched after the old value goes.
static void replace_value(Value& slot, Value v) {
  Value old = std::move(slot);
  slot = std::move(v);
}

void Dict::set(VM& vm, const Value& key, Value v) {
  int64_t h = vm.hash(key);
  int64_t ix = find(&vm, key, h);
  if (ix >= 0) {
    dict_changed(this);
    replace_value(entries[size_t(ix)].value, std::move(v));
    return;
  }
  insert_new(key, std::move(v), h);
}

static void remove_at(Dict* d, int64_t ix) {
  size_t mask = d->index.size() - 1;
  int64_t hash = d->entries[size_t(ix)].hash;
  size_t i = size_t(hash) & mask, perturb = size_t(hash);
  while (d->index[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->index[i] = kDummy;
  Dict::Entry& e = d->entries[size_t(ix)];
  Value k = std::move(e.key), v = std::move(e.value);
  e.key = Value::null();
  e.value = Value();
  --d->used;
  d->version = next_version(d->version);
  dict_changed(d);
  // k and v die here, after the dict is consistent (their destructors may run code).
}

bool Dict::remove(VM& vm, const Value& key) {
  int64_t ix = find(&vm, key, vm.hash(key));
  if (ix < 0) return false;
  remove_at(this, ix);
  return true;
}

Value Dict::pop(VM& vm, const Value& key) {
  int64_t ix = find(&vm, key, vm.hash(key));
  if (ix < 0) return Value::null();
  Value v = entries[size_t(ix)].value;
  remove_at(this, ix);
  return v;
}

Value Dict::get(Str* key) const {
  int64_t ix = dict_find_str(this, key);
  return ix < 0 ? Value::null() : entries[size_t(ix)].value;
}
Value Dict::get(std::string_view key) const { return get(intern(key)); }

void Dict::set(Str* key, Value v) {
  int64_t ix = dict_find_str(this, key);
  Value k(key);
  int64_t h = key->hash();
  if (ix >= 0) {
    dict_changed(this);
    replace_value(entries[size_t(ix)].value, std::move(v));
    return;
  }
  insert_new(std::move(k), std::move(v), h);
}
void Dict::set(std::string_view key, Value v) { set(intern(key), std::move(v)); }

bool Dict::remove(Str* key) {
  int64_t ix = dict_find_str(this, key);
  if (ix < 0) return false;
  remove_at(this, ix);
  return true;
}

void Dict::clear() {
  std::vector<Entry> old = std::move(entries);
  entries.clear();
  index.clear();
  used = 0;
  version = next_version(version);
  dict_changed(this);
}

}  // namespace sandbox::vm
