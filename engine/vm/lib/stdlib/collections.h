// _collections (Modules/_collectionsmodule.c): deque, its iterators,
// defaultdict, _count_elements and _tuplegetter.  Shared between the files
// of this folder only.
#pragma once
#include <algorithm>
#include <cassert>
#include <deque>

#include "vm/int_big.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

// A deque: a double-ended queue of Values with an optional maxlen.
// `state` changes on every operation that adds or removes items, so an
// iterator can tell that the deque changed under it (CPython's deque->state).
struct Deque : GcObj {
  std::deque<Value> items;
  int64_t maxlen = -1;         // -1: unbounded
  uint64_t state = 0;
  Ref<Dict> storage;           // instance attributes of Python subclasses
  HeapCharge mem;
  explicit Deque(Type* t);
  ~Deque() override;
  void account() { mem.set(items.size() * sizeof(Value)); }
  Dict* instance_dict() override;
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

Type* deque_type();
Type* defaultdict_type();
bool is_deque(const Value& v);

// Installers (each makes its types once per process).
void install_deque_type();
void install_defaultdict_type();
// The module's functions and types, added to the `_collections` dict.
void add_deque_types(Dict* d);
void add_defaultdict_type(Dict* d);
void add_collections_helpers(VM& vm, Dict* d);

}  // namespace sandbox::vm::lib
