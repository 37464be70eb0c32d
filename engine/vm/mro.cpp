// Multiple inheritance: the C3 method resolution order, the instance layout
// a class extends and the metaclass it gets (CPython's Objects/typeobject.c:
// mro_implementation/pmerge, best_base/solid_base, _PyType_CalculateMetaclass).
#include "vm/classes.h"

namespace sandbox::vm {

bool is_acceptable_base(const Type* t) {
  const CoreTypes& c = types();
  for (const Type* final_type : {c.bool_, c.none, c.notimplemented, c.ellipsis, c.slice, c.cell, c.code, c.frame,
                                 c.function, c.native_function, c.bound_method, c.coroutine, c.generator,
                                 c.native_coroutine, c.list_iter, c.tuple_iter, c.str_iter, c.dict_iter, c.set_iter,
                                 c.seq_iter})
    if (t == final_type) return false;
  return true;
}

Type* builtin_ancestor(const Type* t) {
  for (Type* m : t->mro)
    if (!m->python_class) return m;
  return types().object;
}

// Does t's instance layout add to its base's (extra_ivars)?  A Python class
// does only with non-empty __slots__; a builtin exception only when it has
// fields of its own (OSError's errno, StopIteration's value, ...).
static bool adds_layout(const Type* t) {
  if (!t->base) return false;
  if (t->python_class) {
    Value slots = t->dict->get("__slots__");
    if (slots.is_null()) return false;
    auto real = [](const Value& s) {
      return !is_type(s, types().str) || (s.as<Str>()->s != "__dict__" && s.as<Str>()->s != "__weakref__");
    };
    if (is_type(slots, types().str)) return real(slots);
    const std::vector<Value>* names = is_type(slots, types().tuple) ? &slots.as<Tuple>()->items
                                      : is_type(slots, types().list) ? &slots.as<List>()->items
                                                                     : nullptr;
    if (!names) return true;
    for (const Value& s : *names)
      if (real(s)) return true;
    return false;
  }
  if (t->is_exception) {
    const ExcTypes& e = exc();
    for (const Type* x : {e.BaseException, e.StopIteration, e.SystemExit, e.ImportError, e.OSError, e.SyntaxError,
                          e.UnicodeError, e.BaseExceptionGroup, e.NameError, e.AttributeError})
      if (t == x) return true;
    return false;
  }
  return t != types().bool_;
}

static Type* solid_base(Type* t) {
  Type* base = t->base ? solid_base(t->base.get()) : types().object;
  return adds_layout(t) ? t : base;
}

Type* best_base(std::span<const Ref<Type>> bases) {
  Type* base = nullptr;
  Type* winner = nullptr;
  for (const Ref<Type>& b : bases) {
    if (!is_acceptable_base(b.get())) throw_type_error("type '%s' is not an acceptable base type", b->name.c_str());
    Type* candidate = solid_base(b.get());
    if (!winner) {
      winner = candidate;
      base = b.get();
    } else if (is_subtype(winner, candidate)) {
      continue;
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = b.get();
    } else {
      throw_type_error("multiple bases have instance lay-out conflict");
    }
  }
  assert(base);
  return base;
}

Type* calculate_metaclass(Type* meta, std::span<const Value> bases) {
  Type* winner = meta;
  for (const Value& b : bases) {
    Type* t = b.type();
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    throw_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of "
        "all its bases");
  }
  return winner;
}

// set_mro_error: the heads no merge step could take, each named once, in
// the order the lists offer them.
[[noreturn]] static void mro_error(const std::vector<std::vector<Type*>>& lists, const std::vector<size_t>& remain) {
  std::vector<Type*> heads;
  for (size_t i = 0; i < lists.size(); ++i) {
    if (remain[i] >= lists[i].size()) continue;
    Type* h = lists[i][remain[i]];
    bool seen = false;
    for (Type* x : heads) seen = seen || x == h;
    if (!seen) heads.push_back(h);
  }
  std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
  for (size_t i = 0; i < heads.size(); ++i) msg += (i ? ", " : " ") + heads[i]->name;
  throw_type_error("%s", msg.c_str());
}

std::vector<Type*> compute_mro(Type* t) {
  std::vector<Type*> result{t};
  if (t->bases.size() == 1) {
    const std::vector<Type*>& m = t->bases[0]->mro;
    result.insert(result.end(), m.begin(), m.end());
    return result;
  }
  for (size_t i = 0; i < t->bases.size(); ++i)
    for (size_t j = i + 1; j < t->bases.size(); ++j)
      if (t->bases[i].get() == t->bases[j].get())
        throw_type_error("duplicate base class %s", t->bases[i]->name.c_str());
  // pmerge: the bases' MROs, then the list of bases itself.
  std::vector<std::vector<Type*>> lists;
  for (const Ref<Type>& b : t->bases) lists.push_back(b->mro);
  lists.emplace_back();
  for (const Ref<Type>& b : t->bases) lists.back().push_back(b.get());
  std::vector<size_t> remain(lists.size(), 0);
  auto in_a_tail = [&](Type* c) {
    for (size_t j = 0; j < lists.size(); ++j)
      for (size_t k = remain[j] + 1; k < lists[j].size(); ++k)
        if (lists[j][k] == c) return true;
    return false;
  };
  for (;;) {
    bool took = false;
    size_t empty = 0;
    for (size_t i = 0; i < lists.size(); ++i) {
      if (remain[i] >= lists[i].size()) {
        ++empty;
        continue;
      }
      Type* candidate = lists[i][remain[i]];
      if (in_a_tail(candidate)) continue;
      result.push_back(candidate);
      for (size_t j = 0; j < lists.size(); ++j)
        if (remain[j] < lists[j].size() && lists[j][remain[j]] == candidate) ++remain[j];
      took = true;
      break;  // CPython restarts from the first list after each pick
    }
    if (took) continue;
    if (empty != lists.size()) mro_error(lists, remain);
    return result;
  }
}

}  // namespace sandbox::vm
