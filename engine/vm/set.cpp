// Set: the table layout and probing of CPython 3.11's Objects/setobject.c
// (linear probes then perturbation), so iterating a set of ints gives the
// same order as CPython.
#include "vm/vm.h"

namespace sandbox::vm {

static constexpr size_t kLinearProbes = 9, kPerturbShift = 5, kMinSize = 8;

Set::Set(Type* t) : GcObj(t) {
  table.resize(kMinSize);
  mem.set(table.capacity() * sizeof(Slot));
}

static bool is_empty(const Set::Slot& s) { return s.key.is_null() && !s.dummy; }

// set_lookkey: the slot holding key, or the empty slot ending the probe.
static Set::Slot* lookkey(VM& vm, Set* so, const Value& key, int64_t hash) {
  size_t mask = so->table.size() - 1;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    Set::Slot* entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (is_empty(*entry)) return entry;
      if (!entry->dummy && entry->hash == hash &&
          (entry->key.is(key) || vm.eq(entry->key, key)))
        return entry;
      ++entry;
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_insert_clean: into a table with no dummies and no equal key.
static void insert_clean(std::vector<Set::Slot>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    Set::Slot* entry = &table[i];
    if (is_empty(*entry)) {
      entry->key = std::move(key);
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (is_empty(*entry)) {
          entry->key = std::move(key);
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_table_resize
void Set::resize(VM&, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<Slot> old = std::move(table);
  table.clear();
  table.resize(newsize);
  for (Slot& s : old)
    if (!s.key.is_null() && !s.dummy) insert_clean(table, std::move(s.key), s.hash);
  fill = used;
  mem.set(table.capacity() * sizeof(Slot));
}

// set_add_entry
bool Set::add(VM& vm, const Value& key) {
  int64_t hash = vm.hash(key);
  size_t mask = table.size() - 1;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  Slot* freeslot = nullptr;
  for (;;) {
    Slot* entry = &table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (is_empty(*entry)) {
        if (freeslot) {
          ++used;
          freeslot->key = key;
          freeslot->hash = hash;
          freeslot->dummy = false;
          return true;
        }
        ++fill;
        ++used;
        entry->key = key;
        entry->hash = hash;
        if (fill * 5 < mask * 3) return true;
        resize(vm, used > 50000 ? used * 2 : used * 4);
        return true;
      }
      if (entry->dummy) {
        if (!freeslot) freeslot = entry;
      } else if (entry->hash == hash && (entry->key.is(key) || vm.eq(entry->key, key))) {
        return false;
      }
      ++entry;
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool Set::contains(VM& vm, const Value& key) {
  Slot* s = lookkey(vm, this, key, vm.hash(key));
  return !s->key.is_null();
}

bool Set::discard(VM& vm, const Value& key) {
  Slot* s = lookkey(vm, this, key, vm.hash(key));
  if (s->key.is_null()) return false;
  Value old = std::move(s->key);
  s->key = Value::null();
  s->dummy = true;
  s->hash = -1;
  --used;
  return true;
}

// set_merge: adding a whole set at once (set(s), s.update(t), {*s}).
void Set::merge(VM& vm, const Set& other) {
  if (&other == this || other.used == 0) return;
  size_t mask = table.size() - 1;
  if ((fill + other.used) * 5 >= mask * 3) resize(vm, (used + other.used) * 2);
  if (fill == 0 && table.size() == other.table.size() && other.fill == other.used) {
    for (size_t i = 0; i < table.size(); ++i) {
      table[i].key = other.table[i].key;
      table[i].hash = other.table[i].hash;
      table[i].dummy = false;
      if (other.table[i].dummy) table[i].key = Value::null();
    }
    fill = used = other.used;
    return;
  }
  if (fill == 0) {
    for (const Slot& s : other.table)
      if (!s.key.is_null() && !s.dummy) insert_clean(table, s.key, s.hash);
    fill = used = other.used;
    return;
  }
  for (const Slot& s : other.table)
    if (!s.key.is_null() && !s.dummy) add(vm, s.key);
}

void Set::clear() {
  std::vector<Slot> old = std::move(table);
  table.clear();
  table.resize(kMinSize);
  fill = used = 0;
}

}  // namespace sandbox::vm
