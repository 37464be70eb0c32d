// Exception groups (Objects/exceptions.c: BaseExceptionGroup_new, derive,
// split, subgroup, exceptiongroup_split_recursive, _PyExc_PrepReraiseStar)
// and exception notes (BaseException.add_note, 3.11).
#include "vm/exception_group.h"

#include <set>

#include "vm/internal.h"

namespace sandbox::vm {

void ExceptionGroupObj::gc_traverse(GcVisitor& v) {
  ExceptionObj::gc_traverse(v);
  v(message);
  v(excs);
}

// Cleared groups stay printable (an empty group) for anything that still
// sees them while the collector breaks their cycles.
void ExceptionGroupObj::gc_clear() {
  ExceptionObj::gc_clear();
  message = make_str("");
  excs = empty_tuple();
}

ExceptionGroupObj* as_exception_group(const Value& v) {
  if (!v.is_obj() || !v.as_obj()->type->is_exception) return nullptr;
  return dynamic_cast<ExceptionGroupObj*>(v.as_obj());
}

namespace {

bool is_exception_class(const Value& v) {
  return v.is_obj() && is_subtype(v.as_obj()->type, types().type) && v.as<Type>()->is_exception;
}

bool is_group_class(const Type* t) { return is_subtype(t, exc().BaseExceptionGroup); }

ExceptionGroupObj* self_group(std::span<const Value> args, const char* method) {
  ExceptionGroupObj* g = args.empty() ? nullptr : as_exception_group(args[0]);
  if (!g) throw_type_error("descriptor '%s' requires a 'BaseExceptionGroup' object", method);
  return g;
}

// BaseExceptionGroup.__new__(cls, message, exceptions)
Value eg_new(VM& vm, Type* cls, std::span<const Value> args, const KwArgs*) {
  if (args.size() != 2)
    throw_type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", args.size());
  if (!args[0].is_obj() || !is_subtype(args[0].as_obj()->type, types().str))
    throw_type_error("BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0].type()->name.c_str());
  const Value& seq = args[1];
  // PySequence_Check: a __getitem__ that is not a mapping's.
  Type* st = seq.type();
  if (!seq.is_obj() || !st->getitem || is_subtype(st, types().dict))
    throw_type_error("second argument (exceptions) must be a sequence");
  std::vector<Value> excs = vm.to_vector(seq);
  if (excs.empty()) throw_value_error("second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (size_t i = 0; i < excs.size(); ++i) {
    const Value& x = excs[i];
    if (!x.is_obj() || !x.as_obj()->type->is_exception || is_subtype(x.as_obj()->type, types().type))
      throw_value_error("Item %zu of second argument (exceptions) is not an exception", i);
    if (!is_subtype(x.as_obj()->type, exc().Exception)) nested_base = true;
  }
  Type* t = cls;
  if (cls == exc().BaseExceptionGroup) {
    if (!nested_base) t = exc().ExceptionGroup;
  } else if (cls == exc().ExceptionGroup) {
    if (nested_base) throw_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && is_subtype(cls, exc().Exception)) {
    throw_type_error("Cannot nest BaseExceptions in '%s'", cls->name.c_str());
  }
  auto* g = new ExceptionGroupObj(t);
  Value gv(g);
  g->args = make_tuple({args[0], args[1]});
  g->message = args[0];
  g->excs = make_tuple(std::move(excs));
  return gv;
}

Value eg_str(VM& vm, const Value& self) {
  ExceptionGroupObj* g = as_exception_group(self);
  if (!g) return make_str("");
  size_t n = g->excs.as<Tuple>()->items.size();
  return make_str(vm.to_str(g->message) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Value eg_message(VM&, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  return self_group(args, "message")->message;
}

Value eg_exceptions(VM&, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  return self_group(args, "exceptions")->excs;
}

// derive(excs): a group like self (message) around excs; split/subgroup
// call it so that subclasses can keep their type.
Value eg_derive(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  ExceptionGroupObj* g = self_group(args, "derive");
  if (args.size() != 2) throw_type_error("BaseExceptionGroup.derive() takes exactly one argument (%zu given)", args.size() - 1);
  return vm.call(Value(exc().BaseExceptionGroup), {g->message, args[1]});
}

// What split/subgroup match with (get_matcher_type).
struct Matcher {
  enum Kind { ByType, Predicate, InstanceIds } kind = ByType;
  Value value;
  std::set<const Obj*> ids;
};

Matcher get_matcher(VM& vm, const Value& v) {
  Matcher m;
  m.value = v;
  if (vm.callable(v) && !is_subtype(v.type(), types().type)) {
    m.kind = Matcher::Predicate;
    return m;
  }
  if (is_exception_class(v)) return m;
  if (is_type(v, types().tuple)) {
    bool ok = true;
    for (const Value& x : v.as<Tuple>()->items) ok = ok && is_exception_class(x);
    if (ok) return m;
  }
  throw_type_error("expected a function, exception type or tuple of exception types");
}

bool check_match(VM& vm, const Value& exc, const Matcher& m) {
  switch (m.kind) {
    case Matcher::ByType: return exception_matches_spec(vm, exc, m.value);
    case Matcher::Predicate: return vm.truthy(vm.call(m.value, {exc}));
    case Matcher::InstanceIds: return m.ids.count(exc.as_obj()) != 0;
  }
  return false;
}

// exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause,
// context and a copy of its notes; null when excs is empty.
Value subset(VM& vm, ExceptionGroupObj* orig, std::vector<Value> excs) {
  if (excs.empty()) return Value::null();
  Value list = make_list(std::move(excs));
  Value derived = vm.call_method(Value(orig), "derive", std::span<const Value>(&list, 1));
  ExceptionGroupObj* g = as_exception_group(derived);
  if (!g) throw_type_error("derive must return an instance of BaseExceptionGroup");
  g->traceback = orig->traceback;
  g->tb_mem.set(g->traceback.capacity() * sizeof(TracebackEntry));
  g->context = orig->context;
  g->cause = orig->cause;
  g->suppress_context = orig->suppress_context;
  Value notes = orig->dict->get("__notes__");
  if (!notes.is_null() && notes.is_obj() && notes.type()->getitem && !is_subtype(notes.type(), types().dict) &&
      !is_subtype(notes.type(), types().str))
    g->dict->set("__notes__", make_list(vm.to_vector(notes)));
  return derived;
}

struct SplitResult {
  Value match = Value::null();
  Value rest = Value::null();
};

// exceptiongroup_split_recursive
SplitResult split_recursive(VM& vm, const Value& exc, const Matcher& m, bool construct_rest) {
  SplitResult r;
  if (check_match(vm, exc, m)) {
    r.match = exc;
    return r;
  }
  ExceptionGroupObj* g = as_exception_group(exc);
  if (!g) {
    if (construct_rest) r.rest = exc;
    return r;
  }
  std::vector<Value> matches, rests;
  Value keep = exc;  // the predicate may drop other references
  std::vector<Value> items = g->excs.as<Tuple>()->items;
  for (const Value& e : items) {
    SplitResult sub = split_recursive(vm, e, m, construct_rest);
    if (!sub.match.is_null()) matches.push_back(std::move(sub.match));
    if (!sub.rest.is_null()) rests.push_back(std::move(sub.rest));
  }
  r.match = subset(vm, g, std::move(matches));
  if (construct_rest) r.rest = subset(vm, g, std::move(rests));
  return r;
}

Value none_if_null(const Value& v) { return v.is_null() ? Value() : v; }

Value eg_split(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  self_group(args, "split");
  if (args.size() != 2) throw_type_error("BaseExceptionGroup.split() takes exactly one argument (%zu given)", args.size() - 1);
  Matcher m = get_matcher(vm, args[1]);
  SplitResult r = split_recursive(vm, args[0], m, true);
  return make_tuple({none_if_null(r.match), none_if_null(r.rest)});
}

Value eg_subgroup(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  self_group(args, "subgroup");
  if (args.size() != 2)
    throw_type_error("BaseExceptionGroup.subgroup() takes exactly one argument (%zu given)", args.size() - 1);
  Matcher m = get_matcher(vm, args[1]);
  return none_if_null(split_recursive(vm, args[0], m, false).match);
}

// BaseException.add_note(note)
Value exc_add_note(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  if (args.size() != 2) throw_type_error("BaseException.add_note() takes exactly one argument (%zu given)", args.size() - 1);
  if (!args[1].is_obj() || !is_subtype(args[1].type(), types().str))
    throw_type_error("note must be a str, not '%s'", args[1].type()->name.c_str());
  ExceptionObj* e = args[0].as<ExceptionObj>();
  Value notes = e->dict->get("__notes__");
  if (notes.is_null()) {
    notes = make_list();
    e->dict->set("__notes__", notes);
  }
  if (!is_type(notes, types().list) && !is_subtype(notes.type(), types().list))
    throw_type_error("Cannot add note: __notes__ is not a list");
  notes.as<List>()->items.push_back(args[1]);
  notes.as<List>()->account();
  (void)vm;
  return Value();
}

void collect_leaf_ids(const Value& e, std::set<const Obj*>& ids) {
  if (!e.is_obj()) return;
  if (ExceptionGroupObj* g = as_exception_group(e)) {
    for (const Value& x : g->excs.as<Tuple>()->items) collect_leaf_ids(x, ids);
    return;
  }
  ids.insert(e.as_obj());
}

// is_same_exception_metadata: a re-raise keeps the group's traceback, cause
// and context (a `raise e` adds a traceback entry, so it counts as raised).
bool same_metadata(const ExceptionObj* a, const ExceptionObj* b) {
  if (!a->cause.is(b->cause) || !a->context.is(b->context)) return false;
  if (a->traceback.size() != b->traceback.size()) return false;
  for (size_t i = 0; i < a->traceback.size(); ++i) {
    const TracebackEntry &x = a->traceback[i], &y = b->traceback[i];
    if (x.code.get() != y.code.get() || x.line != y.line || x.instr != y.instr) return false;
  }
  return true;
}

}  // namespace

// ExceptionGroup inherits all of this through its MRO; only the slots,
// copied from the base when the type is made, need setting on both.
void install_exception_groups(ExcTypes& e) {
  Type* t = e.BaseExceptionGroup;
  add_property(t, "message", eg_message);
  add_property(t, "exceptions", eg_exceptions);
  add_method(t, "derive", eg_derive);
  add_method(t, "split", eg_split);
  add_method(t, "subgroup", eg_subgroup);
  for (Type* g : {e.BaseExceptionGroup, e.ExceptionGroup}) {
    g->new_ = eg_new;
    g->str = eg_str;
  }
  add_method(e.BaseException, "add_note", exc_add_note);
}

void check_except_star_type(const Value& spec) {
  std::vector<Value> classes;
  if (is_type(spec, types().tuple)) classes = spec.as<Tuple>()->items;
  else classes.push_back(spec);
  for (const Value& c : classes)
    if (!is_exception_class(c)) throw_type_error("catching classes that do not inherit from BaseException is not allowed");
  for (const Value& c : classes)
    if (is_group_class(c.as<Type>()))
      throw_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
}

std::pair<Value, Value> exception_group_match(VM& vm, const Value& value, const Value& spec) {
  if (value.is_none()) return {Value(), Value()};
  if (exception_matches_spec(vm, value, spec)) {
    if (as_exception_group(value)) return {value, Value()};
    // A naked exception: wrap it (_PyExc_CreateExceptionGroup("", (exc,))).
    // (3.11 gives the wrapper no traceback of its own.)
    return {vm.call(Value(exc().BaseExceptionGroup), {make_str(""), make_tuple({value})}), Value()};
  }
  if (as_exception_group(value)) {
    Matcher m;
    m.value = spec;
    SplitResult r = split_recursive(vm, value, m, true);
    return {none_if_null(r.match), none_if_null(r.rest)};
  }
  return {Value(), Value()};
}

Value prep_reraise_star(VM& vm, const Value& orig, const Value& excs) {
  const std::vector<Value>& items = excs.as<List>()->items;
  if (items.empty()) return Value();
  ExceptionGroupObj* og = as_exception_group(orig);
  if (!og) {
    // A naked exception was caught and wrapped: only one clause ran.
    return items[0];
  }
  std::vector<Value> raised, reraised;
  for (const Value& e : items) {
    if (e.is_none()) continue;
    (same_metadata(e.as<ExceptionObj>(), og) ? reraised : raised).push_back(e);
  }
  // exception_group_projection: the part of orig whose leaves were re-raised.
  Value reraised_eg;
  if (!reraised.empty()) {
    Matcher m;
    m.kind = Matcher::InstanceIds;
    for (const Value& e : reraised) collect_leaf_ids(e, m.ids);
    reraised_eg = none_if_null(split_recursive(vm, orig, m, false).match);
  }
  if (raised.empty()) return reraised_eg;
  if (!reraised_eg.is_none()) raised.push_back(reraised_eg);
  if (raised.size() == 1) return raised[0];
  return vm.call(Value(exc().BaseExceptionGroup), {make_str(""), make_list(std::move(raised))});
}

}  // namespace sandbox::vm
