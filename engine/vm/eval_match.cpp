// What the pattern-matching instructions do at run time (Python/ceval.c
// 3.11: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS / match_keys,
// MATCH_CLASS / match_class), and DICT_UPDATE from a mapping that is not
// a dict (PyDict_Update's keys() protocol).
#include "vm/eval_match.h"

#include "vm/internal.h"

namespace sandbox::vm {

namespace {

// collections.abc's classes carry __abc_tpflags__ (Py_TPFLAGS_SEQUENCE /
// Py_TPFLAGS_MAPPING) for ABCMeta to copy into the type's flags.
constexpr int64_t kTpflagsSequence = 1 << 5;
constexpr int64_t kTpflagsMapping = 1 << 6;

bool builtin_named(const Type* t, const char* name, const char* module) {
  return !t->python_class && t->name == name && t->module == module;
}

// The collection flags a type has (inherited along its bases, as
// type_ready's inherit_special does).
int64_t collection_flags(const Type* t) {
  const CoreTypes& T = types();
  for (; t; t = t->base.get()) {
    if (t == T.dict) return kTpflagsMapping;
    if (t == T.list || t == T.tuple || builtin_named(t, "range", "builtins") ||
        builtin_named(t, "deque", "collections") || builtin_named(t, "memoryview", "builtins"))
      return kTpflagsSequence;
    Value f = t->dict->get("__abc_tpflags__");
    if (f.is_int()) {
      int64_t flags = f.as_int() & (kTpflagsSequence | kTpflagsMapping);
      if (flags) return flags;
    }
  }
  return 0;
}

// Builtin classes whose single positional sub-pattern is the subject itself
// (_Py_TPFLAGS_MATCH_SELF), inherited by subclasses.
bool matches_self(const Type* t) {
  const CoreTypes& T = types();
  for (; t; t = t->base.get()) {
    if (t == T.bool_ || t == T.bytes || t == T.dict || t == T.float_ || t == T.frozenset || t == T.int_ ||
        t == T.set || t == T.str || t == T.list || t == T.tuple || builtin_named(t, "bytearray", "builtins"))
      return true;
  }
  return false;
}

// match_class_attr: subject.name, or null when it has no such attribute.
Value class_attr(VM& vm, const Value& subject, const Type* cls, Str* name, std::vector<std::string>& seen) {
  for (const std::string& s : seen)
    if (s == name->s)
      throw_type_error("%s() got multiple sub-patterns for attribute %s", cls->name.c_str(),
                       vm.repr_str(Value(name)).c_str());
  seen.push_back(name->s);
  try {
    return vm.getattr(subject, name);
  } catch (PyException& e) {
    if (!is_subtype(e.value.type(), exc().AttributeError)) throw;
    return Value::null();
  }
}

}  // namespace

bool match_is_mapping(const Value& subject) { return collection_flags(subject.type()) & kTpflagsMapping; }

bool match_is_sequence(const Value& subject) { return collection_flags(subject.type()) & kTpflagsSequence; }

Value match_keys(VM& vm, const Value& subject, const Value& keys) {
  const std::vector<Value>& ks = keys.as<Tuple>()->items;
  if (ks.empty()) return empty_tuple();
  // map.get(key, dummy): like CPython, a dict subclass's __missing__ is not called.
  Value get = vm.getattr(subject, "get");
  Value dummy = make_list();
  Ref<Set> seen(new Set(types().set));
  std::vector<Value> values;
  for (const Value& k : ks) {
    if (!seen->add(vm, k)) throw_value_error("mapping pattern checks duplicate key (%s)", vm.repr_str(k).c_str());
    Value v = vm.call(get, {k, dummy});
    if (v.is(dummy)) return Value();
    values.push_back(std::move(v));
  }
  return make_tuple(std::move(values));
}

Value match_class(VM& vm, const Value& subject, const Value& cls, uint32_t nargs, const Value& names) {
  if (!cls.is_obj() || !is_subtype(cls.as_obj()->type, types().type))
    throw_type_error("called match pattern must be a type");
  const Type* t = cls.as<Type>();
  if (!is_subtype(subject.type(), t)) return Value();
  std::vector<std::string> seen;
  std::vector<Value> attrs;
  if (nargs) {
    bool match_self = false;
    Value match_args = vm.getattr_opt(cls, intern("__match_args__"));
    if (!match_args.is_null()) {
      if (!is_type(match_args, types().tuple))
        throw_type_error("%s.__match_args__ must be a tuple (got %s)", t->name.c_str(),
                         match_args.type()->name.c_str());
    } else {
      match_args = empty_tuple();
      match_self = matches_self(t);
    }
    const std::vector<Value>& margs = match_args.as<Tuple>()->items;
    size_t allowed = match_self ? 1 : margs.size();
    if (allowed < nargs)
      throw_type_error("%s() accepts %zu positional sub-pattern%s (%u given)", t->name.c_str(), allowed,
                       allowed == 1 ? "" : "s", nargs);
    if (match_self) {
      attrs.push_back(subject);
    } else {
      for (uint32_t i = 0; i < nargs; ++i) {
        const Value& name = margs[i];
        if (!is_type(name, types().str))
          throw_type_error("__match_args__ elements must be strings (got %s)", name.type()->name.c_str());
        Value a = class_attr(vm, subject, t, name.as<Str>(), seen);
        if (a.is_null()) return Value();
        attrs.push_back(std::move(a));
      }
    }
  }
  for (const Value& name : names.as<Tuple>()->items) {
    Value a = class_attr(vm, subject, t, name.as<Str>(), seen);
    if (a.is_null()) return Value();
    attrs.push_back(std::move(a));
  }
  return make_tuple(std::move(attrs));
}

void dict_update_from_mapping(VM& vm, Dict* d, const Value& mapping) {
  Value keys_fn = vm.getattr_opt(mapping, intern("keys"));
  if (keys_fn.is_null()) throw_type_error("'%s' object is not a mapping", mapping.type()->name.c_str());
  Value keys = vm.call(keys_fn, std::span<const Value>());
  for (const Value& k : vm.to_vector(keys)) d->set(vm, k, vm.getitem(mapping, k));
}

}  // namespace sandbox::vm
