// The itertools module (Modules/itertoolsmodule.c): every iterator of 3.11
// as a native type with CPython's argument checks, messages and reprs
// (count and repeat show their arguments, the others the default repr).
#include <algorithm>

#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox::vm::lib {

namespace {

// One iterator object: `refs` holds every Value it owns (the collector
// sees them all); the small integer state lives beside it.
struct ItObj final : GcObj {
  std::vector<Value> refs;
  std::vector<int64_t> ints;
  bool done = false;
  explicit ItObj(Type* t) : GcObj(t) {}
  void gc_traverse(GcVisitor& v) override { v(refs); }
  void gc_clear() override { refs.clear(); }
};

ItObj* it_of(const Value& v) { return static_cast<ItObj*>(v.as_obj()); }

struct Types {
  Type *count, *cycle, *repeat, *accumulate, *chain, *compress, *dropwhile, *filterfalse, *groupby, *grouper,
      *islice, *pairwise, *starmap, *takewhile, *tee, *zip_longest, *product, *permutations, *combinations,
      *cwr;
};
Types T{};

Value self_iter(VM&, const Value& self) { return self; }

bool next_of(VM& vm, const Value& it, Value& out) { return vm.next(it, out); }

Value new_it(Type* t, std::vector<Value> refs, std::vector<int64_t> ints = {}) {
  ItObj* o = new ItObj(t);
  o->refs = std::move(refs);
  o->ints = std::move(ints);
  return Value(o);
}

// ---------------------------------------------------------------- count
// refs: [current, step]
Value count_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  check_kwargs("count", kw, {"start", "step"});
  check_args("count", a, 0, 2);
  const Value* s = a.size() > 0 ? &a[0] : kwarg(kw, "start");
  const Value* st = a.size() > 1 ? &a[1] : kwarg(kw, "step");
  Value start = s ? *s : Value::integer(0), step = st ? *st : Value::integer(1);
  for (const Value* v : {&start, &step})
    if (!v->is_number() && !is_bigint(*v) && !vm.hasattr(*v, "__add__")) throw_type_error("a number is required");
  return new_it(cls, {start, step});
}
bool count_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  out = o->refs[0];
  o->refs[0] = vm.binary_op(BinOp::Add, o->refs[0], o->refs[1]);
  return true;
}
Value count_repr(VM& vm, const Value& self) {
  ItObj* o = it_of(self);
  std::string s = o->type->name + "(" + vm.repr_str(o->refs[0]);
  const Value& st = o->refs[1];
  if (!(st.is_int() && st.as_int() == 1)) s += ", " + vm.repr_str(st);
  return make_str(s + ")");
}

// ---------------------------------------------------------------- cycle
// refs: [iterator, saved list]; ints: [index into saved]
Value cycle_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  no_kwargs("cycle", kw);
  check_args("cycle", a, 1, 1);
  return new_it(cls, {vm.iter(a[0]), make_list()}, {0});
}
bool cycle_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  List* saved = o->refs[1].as<List>();
  if (!o->done) {
    if (next_of(vm, o->refs[0], out)) {
      saved->items.push_back(out);
      saved->account();
      return true;
    }
    o->done = true;
  }
  if (saved->items.empty()) return false;
  out = saved->items[size_t(o->ints[0])];
  o->ints[0] = (o->ints[0] + 1) % int64_t(saved->items.size());
  return true;
}

// ---------------------------------------------------------------- repeat
// refs: [object]; ints: [times left, -1 = forever]
Value repeat_new(VM&, Type* cls, Args a, const KwArgs* kw) {
  check_kwargs("repeat", kw, {"object", "times"});
  const Value* obj = a.size() > 0 ? &a[0] : kwarg(kw, "object");
  const Value* times = a.size() > 1 ? &a[1] : kwarg(kw, "times");
  if (!obj) throw_type_error("repeat() missing required argument 'object' (pos 1)");
  if (a.size() > 2) throw_type_error("repeat expected at most 2 arguments, got %zu", a.size());
  int64_t n = -1;
  if (times) {
    n = as_index(*times);
    if (n < 0) n = 0;
  }
  return new_it(cls, {*obj}, {n});
}
bool repeat_next(VM&, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->ints[0] == 0) return false;
  if (o->ints[0] > 0) --o->ints[0];
  out = o->refs[0];
  return true;
}
Value repeat_repr(VM& vm, const Value& self) {
  ItObj* o = it_of(self);
  std::string s = "repeat(" + vm.repr_str(o->refs[0]);
  if (o->ints[0] >= 0) s += ", " + std::to_string(o->ints[0]);
  return make_str(s + ")");
}
Value repeat_length_hint(VM&, NativeFunction*, Args a, const KwArgs*) {
  ItObj* o = it_of(a[0]);
  if (o->ints[0] < 0) throw_type_error("len() of unsized object");
  return Value::integer(o->ints[0]);
}

// ---------------------------------------------------------------- accumulate
// refs: [iterator, func or None, total or null, initial or null]
Value accumulate_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  check_kwargs("accumulate", kw, {"iterable", "func", "initial"});
  const Value* it = a.size() > 0 ? &a[0] : kwarg(kw, "iterable");
  const Value* fn = a.size() > 1 ? &a[1] : kwarg(kw, "func");
  const Value* init = kwarg(kw, "initial");
  if (!it) throw_type_error("accumulate() missing required argument 'iterable' (pos 1)");
  if (a.size() > 2) throw_type_error("accumulate() takes at most 2 positional arguments (%zu given)", a.size());
  return new_it(cls, {vm.iter(*it), fn ? *fn : Value(), Value::null(), init && !init->is_none() ? *init : Value::null()});
}
bool accumulate_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (!o->refs[3].is_null()) {
    o->refs[2] = o->refs[3];
    o->refs[3] = Value::null();
    out = o->refs[2];
    return true;
  }
  Value x;
  if (!next_of(vm, o->refs[0], x)) return false;
  if (o->refs[2].is_null()) o->refs[2] = x;
  else if (o->refs[1].is_none()) o->refs[2] = vm.binary_op(BinOp::Add, o->refs[2], x);
  else o->refs[2] = vm.call(o->refs[1], {o->refs[2], x});
  out = o->refs[2];
  return true;
}

// ---------------------------------------------------------------- chain
// refs: [source iterator (of iterables), current iterator or null]
Value chain_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("chain() takes no keyword arguments");
  return new_it(cls, {vm.iter(make_tuple(std::vector<Value>(a.begin(), a.end()))), Value::null()});
}
Value chain_from_iterable(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("from_iterable", kw);
  if (a.size() != 2) throw_type_error("chain.from_iterable() takes exactly one argument (%zu given)", a.size() - 1);
  return new_it(a[0].as<Type>(), {vm.iter(a[1]), Value::null()});
}
bool chain_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done) return false;
  for (;;) {
    if (o->refs[1].is_null()) {
      Value src;
      if (!next_of(vm, o->refs[0], src)) {
        o->done = true;
        return false;
      }
      o->refs[1] = vm.iter(src);
    }
    if (next_of(vm, o->refs[1], out)) return true;
    o->refs[1] = Value::null();
  }
}

// ---------------------------------------------------------------- compress
Value compress_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  check_kwargs("compress", kw, {"data", "selectors"});
  const Value* d = a.size() > 0 ? &a[0] : kwarg(kw, "data");
  const Value* s = a.size() > 1 ? &a[1] : kwarg(kw, "selectors");
  if (!d) throw_type_error("compress() missing required argument 'data' (pos 1)");
  if (!s) throw_type_error("compress() missing required argument 'selectors' (pos 2)");
  return new_it(cls, {vm.iter(*d), vm.iter(*s)});
}
bool compress_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  for (;;) {
    Value d, s;
    if (!next_of(vm, o->refs[0], d) || !next_of(vm, o->refs[1], s)) return false;
    if (vm.truthy(s)) {
      out = d;
      return true;
    }
  }
}

// ---------------------------------------------------------------- dropwhile / takewhile / filterfalse
Value pred_new(VM& vm, Type* cls, Args a, const KwArgs* kw, const char* name) {
  if (kw && !kw->empty()) throw_type_error("%s() takes no keyword arguments", name);
  if (a.size() != 2) throw_type_error("%s expected 2 arguments, got %zu", name, a.size());
  return new_it(cls, {a[0], vm.iter(a[1])});
}
Value dropwhile_new(VM& vm, Type* cls, Args a, const KwArgs* kw) { return pred_new(vm, cls, a, kw, "dropwhile"); }
Value takewhile_new(VM& vm, Type* cls, Args a, const KwArgs* kw) { return pred_new(vm, cls, a, kw, "takewhile"); }
Value filterfalse_new(VM& vm, Type* cls, Args a, const KwArgs* kw) { return pred_new(vm, cls, a, kw, "filterfalse"); }
bool dropwhile_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  for (;;) {
    if (!next_of(vm, o->refs[1], out)) return false;
    if (o->done || !vm.truthy(vm.call(o->refs[0], {out}))) {
      o->done = true;
      return true;
    }
  }
}
bool takewhile_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done || !next_of(vm, o->refs[1], out)) return false;
  if (vm.truthy(vm.call(o->refs[0], {out}))) return true;
  o->done = true;
  return false;
}
bool filterfalse_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  for (;;) {
    if (!next_of(vm, o->refs[1], out)) return false;
    bool keep = o->refs[0].is_none() ? vm.truthy(out) : vm.truthy(vm.call(o->refs[0], {out}));
    if (!keep) return true;
  }
}

// ---------------------------------------------------------------- starmap
Value starmap_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("starmap() takes no keyword arguments");
  if (a.size() != 2) throw_type_error("starmap expected 2 arguments, got %zu", a.size());
  return new_it(cls, {a[0], vm.iter(a[1])});
}
bool starmap_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  Value args;
  if (!next_of(vm, o->refs[1], args)) return false;
  std::vector<Value> v = vm.to_vector(args);
  out = vm.call(o->refs[0], std::span<const Value>(v));
  return true;
}

// ---------------------------------------------------------------- islice
// refs: [iterator]; ints: [next index to yield, stop (-1 none), step, consumed]
int64_t slice_arg(const Value& v, const char* what) {
  if (v.is_none()) return -1;
  if (!v.is_intlike() || v.as_int() < 0 || v.as_int() > INT64_MAX / 2)
    throw_value_error("%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what);
  return v.as_int();
}
Value islice_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("islice() takes no keyword arguments");
  if (a.size() < 2 || a.size() > 4)
    throw_type_error("islice expected %s arguments, got %zu", a.size() < 2 ? "at least 2" : "at most 4", a.size());
  int64_t start = 0, stop = -1, step = 1;
  if (a.size() == 2) {
    stop = slice_arg(a[1], "Stop");
  } else {
    if (!a[1].is_none()) start = a[1].is_intlike() && a[1].as_int() >= 0 ? a[1].as_int() : -2;
    if (start == -2)
      throw_value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (!a[2].is_none()) {
      if (!a[2].is_intlike() || a[2].as_int() < 0)
        throw_value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
      stop = a[2].as_int();
    }
    if (a.size() == 4 && !a[3].is_none()) {
      if (!a[3].is_intlike() || a[3].as_int() < 1)
        throw_value_error("Step for islice() must be a positive integer or None.");
      step = a[3].as_int();
    }
  }
  return new_it(cls, {vm.iter(a[0])}, {start, stop, step, 0});
}
bool islice_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done) return false;
  int64_t& want = o->ints[0];
  int64_t stop = o->ints[1];
  int64_t& consumed = o->ints[3];
  if (stop >= 0 && want >= stop) {
    // islice_next: consume up to stop before finishing.
    Value x;
    while (consumed < stop && next_of(vm, o->refs[0], x)) ++consumed;
    o->done = true;
    o->refs.clear();
    return false;
  }
  Value x;
  while (consumed < want) {
    if (!next_of(vm, o->refs[0], x)) {
      o->done = true;
      o->refs.clear();
      return false;
    }
    ++consumed;
  }
  if (!next_of(vm, o->refs[0], out)) {
    o->done = true;
    o->refs.clear();
    return false;
  }
  ++consumed;
  want += o->ints[2];
  if (stop >= 0 && want > stop) want = stop;
  return true;
}

// ---------------------------------------------------------------- pairwise
// refs: [iterator, previous or null]
Value pairwise_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("pairwise() takes no keyword arguments");
  if (a.size() != 1) throw_type_error("pairwise expected 1 argument, got %zu", a.size());
  return new_it(cls, {vm.iter(a[0]), Value::null()});
}
bool pairwise_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done) return false;
  if (o->refs[1].is_null()) {
    Value first;
    if (!next_of(vm, o->refs[0], first)) {
      o->done = true;
      return false;
    }
    o->refs[1] = first;
  }
  Value x;
  if (!next_of(vm, o->refs[0], x)) {
    o->done = true;
    return false;
  }
  out = make_tuple({o->refs[1], x});
  o->refs[1] = x;
  return true;
}

// ---------------------------------------------------------------- zip_longest
// refs: [fillvalue, iterators... (None once exhausted)]; ints: [active]
Value zip_longest_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  check_kwargs("zip_longest", kw, {"fillvalue"});
  const Value* fill = kwarg(kw, "fillvalue");
  std::vector<Value> refs{fill ? *fill : Value()};
  for (const Value& x : a) refs.push_back(vm.iter(x));
  return new_it(cls, std::move(refs), {int64_t(a.size())});
}
bool zip_longest_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  size_t n = o->refs.size() - 1;
  if (n == 0 || o->ints[0] == 0) return false;
  std::vector<Value> items;
  for (size_t i = 1; i <= n; i++) {
    Value x;
    if (o->refs[i].is_none()) {
      items.push_back(o->refs[0]);
    } else if (next_of(vm, o->refs[i], x)) {
      items.push_back(x);
    } else {
      o->refs[i] = Value();
      if (--o->ints[0] == 0) return false;
      items.push_back(o->refs[0]);
    }
  }
  out = make_tuple(std::move(items));
  return true;
}

// ---------------------------------------------------------------- groupby
// refs: [iterator, keyfunc, tgtkey, currkey, currvalue]  (null = unset)
Value groupby_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  check_kwargs("groupby", kw, {"iterable", "key"});
  const Value* it = a.size() > 0 ? &a[0] : kwarg(kw, "iterable");
  const Value* key = a.size() > 1 ? &a[1] : kwarg(kw, "key");
  if (!it) throw_type_error("groupby() missing required argument 'iterable' (pos 1)");
  return new_it(cls, {vm.iter(*it), key ? *key : Value(), Value::null(), Value::null(), Value::null()});
}
bool groupby_step(VM& vm, ItObj* o) {
  Value v;
  if (!next_of(vm, o->refs[0], v)) return false;
  o->refs[3] = o->refs[1].is_none() ? v : vm.call(o->refs[1], {v});
  o->refs[4] = v;
  return true;
}
bool groupby_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  // Skip to the next key.
  if (o->refs[3].is_null()) {
    if (!groupby_step(vm, o)) return false;
  } else if (!o->refs[2].is_null()) {
    while (vm.eq(o->refs[2], o->refs[3]))
      if (!groupby_step(vm, o)) return false;
  }
  o->refs[2] = o->refs[3];
  Value grouper = new_it(T.grouper, {self, o->refs[2]});
  out = make_tuple({o->refs[3], grouper});
  return true;
}
// A group: refs [parent groupby, its key].
bool grouper_next(VM& vm, const Value& self, Value& out) {
  ItObj* g = it_of(self);
  ItObj* p = it_of(g->refs[0]);
  if (!p->refs[2].is(g->refs[1])) return false;  // the groupby moved on
  if (p->refs[4].is_null()) {
    if (!groupby_step(vm, p)) return false;
  }
  if (!vm.eq(g->refs[1], p->refs[3])) return false;
  out = p->refs[4];
  p->refs[4] = Value::null();
  return true;
}

// ---------------------------------------------------------------- tee
// A shared buffer: a list of values read from the source, and per tee
// object its position.  refs: [source iterator, buffer list]; ints: [pos, base]
struct TeeShared final : GcObj {
  Value source;
  std::vector<Value> buffer;
  int64_t base = 0;  // index of buffer[0] in the stream
  TeeShared(Type* t, Value s) : GcObj(t), source(std::move(s)) {}
  void gc_traverse(GcVisitor& v) override {
    v(source);
    v(buffer);
  }
  void gc_clear() override {
    source = Value();
    buffer.clear();
  }
};
Type* g_tee_data = nullptr;

Value make_tee(const Value& shared, int64_t pos) { return new_it(T.tee, {shared}, {pos}); }

Value tee_new(VM& vm, Type*, Args a, const KwArgs* kw) {
  no_kwargs("_tee", kw);
  check_args("_tee", a, 1, 1);
  Value it = vm.iter(a[0]);
  if (it.type() == T.tee) return make_tee(it_of(it)->refs[0], it_of(it)->ints[0]);
  return make_tee(Value(new TeeShared(g_tee_data, it)), 0);
}
bool tee_next(VM& vm, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  TeeShared* s = static_cast<TeeShared*>(o->refs[0].as_obj());
  int64_t idx = o->ints[0] - s->base;
  if (idx < int64_t(s->buffer.size())) {
    out = s->buffer[size_t(idx)];
  } else {
    if (s->source.is_none() || !next_of(vm, s->source, out)) return false;
    s->buffer.push_back(out);
  }
  ++o->ints[0];
  return true;
}
Value tee_copy(VM&, NativeFunction*, Args a, const KwArgs*) { return make_tee(it_of(a[0])->refs[0], it_of(a[0])->ints[0]); }

Value it_tee(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("tee", kw);
  check_args("tee", a, 1, 2);
  int64_t n = a.size() > 1 ? as_index(a[1]) : 2;
  if (n < 0) throw_value_error("n must be >= 0");
  std::vector<Value> out;
  if (n == 0) return make_tuple({});
  Value it = vm.iter(a[0]);
  Value first = it.type() == T.tee ? make_tee(it_of(it)->refs[0], it_of(it)->ints[0])
                                   : make_tee(Value(new TeeShared(g_tee_data, it)), 0);
  out.push_back(first);
  for (int64_t i = 1; i < n; i++) out.push_back(make_tee(it_of(first)->refs[0], it_of(first)->ints[0]));
  return make_tuple(std::move(out));
}

// ---------------------------------------------------------------- combinatorics
// refs: [pool tuple]; ints: indices (and cycles for permutations); r stored last.
std::vector<Value> pool_of(VM& vm, const Value& v) { return vm.to_vector(v); }

Value product_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  check_kwargs("product", kw, {"repeat"});
  int64_t repeat = 1;
  if (const Value* r = kwarg(kw, "repeat")) {
    repeat = as_index(*r);
    if (repeat < 0) throw_value_error("repeat argument cannot be negative");
  }
  std::vector<Value> pools;
  for (int64_t k = 0; k < repeat; k++)
    for (const Value& x : a) pools.push_back(make_tuple(pool_of(vm, x)));
  Value result = new_it(cls, std::move(pools));
  ItObj* o = it_of(result);
  o->ints.assign(o->refs.size() + 1, 0);  // indices, then "started"
  return result;
}
bool product_next(VM&, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done) return false;
  size_t n = o->refs.size();
  std::vector<int64_t>& idx = o->ints;
  if (idx[n] == 0) {
    for (const Value& p : o->refs)
      if (p.as<Tuple>()->items.empty()) {
        o->done = true;
        return false;
      }
    idx[n] = 1;
  } else {
    size_t i = n;
    for (;;) {
      if (i == 0) {
        o->done = true;
        return false;
      }
      --i;
      if (++idx[i] < int64_t(o->refs[i].as<Tuple>()->items.size())) break;
      idx[i] = 0;
    }
  }
  std::vector<Value> items;
  for (size_t i = 0; i < n; i++) items.push_back(o->refs[i].as<Tuple>()->items[size_t(idx[i])]);
  out = make_tuple(std::move(items));
  return true;
}

int64_t r_arg(const Value* r, int64_t n) {
  if (!r || r->is_none()) return n;
  int64_t v = as_index(*r);
  if (v < 0) throw_value_error("r must be non-negative");
  return v;
}

// combinations / combinations_with_replacement / permutations:
// ints = [r, started, indices..., (permutations: cycles...)]
Value comb_new(VM& vm, Type* cls, Args a, const KwArgs* kw, const char* name, bool r_required) {
  check_kwargs(name, kw, {"iterable", "r"});
  const Value* it = a.size() > 0 ? &a[0] : kwarg(kw, "iterable");
  const Value* r = a.size() > 1 ? &a[1] : kwarg(kw, "r");
  if (!it) throw_type_error("%s() missing required argument 'iterable' (pos 1)", name);
  if (!r && r_required) throw_type_error("%s() missing required argument 'r' (pos 2)", name);
  std::vector<Value> pool = pool_of(vm, *it);
  int64_t n = int64_t(pool.size());
  int64_t rr = r_arg(r, n);
  return new_it(cls, {make_tuple(std::move(pool))}, {rr, 0});
}
Value combinations_new(VM& vm, Type* cls, Args a, const KwArgs* kw) { return comb_new(vm, cls, a, kw, "combinations", true); }
Value cwr_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  return comb_new(vm, cls, a, kw, "combinations_with_replacement", true);
}
Value permutations_new(VM& vm, Type* cls, Args a, const KwArgs* kw) { return comb_new(vm, cls, a, kw, "permutations", false); }

Value pick(const std::vector<Value>& pool, const std::vector<int64_t>& ints, size_t from, int64_t r) {
  std::vector<Value> items;
  for (int64_t i = 0; i < r; i++) items.push_back(pool[size_t(ints[from + size_t(i)])]);
  return make_tuple(std::move(items));
}

bool combinations_next(VM&, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done) return false;
  const std::vector<Value>& pool = o->refs[0].as<Tuple>()->items;
  int64_t n = int64_t(pool.size()), r = o->ints[0];
  std::vector<int64_t>& s = o->ints;
  if (s[1] == 0) {
    if (r > n) {
      o->done = true;
      return false;
    }
    s[1] = 1;
    for (int64_t i = 0; i < r; i++) s.push_back(i);
  } else {
    int64_t i = r - 1;
    while (i >= 0 && s[size_t(2 + i)] == i + n - r) --i;
    if (i < 0) {
      o->done = true;
      return false;
    }
    ++s[size_t(2 + i)];
    for (int64_t j = i + 1; j < r; j++) s[size_t(2 + j)] = s[size_t(2 + j - 1)] + 1;
  }
  out = pick(pool, s, 2, r);
  return true;
}

bool cwr_next(VM&, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done) return false;
  const std::vector<Value>& pool = o->refs[0].as<Tuple>()->items;
  int64_t n = int64_t(pool.size()), r = o->ints[0];
  std::vector<int64_t>& s = o->ints;
  if (s[1] == 0) {
    if (n == 0 && r > 0) {
      o->done = true;
      return false;
    }
    s[1] = 1;
    for (int64_t i = 0; i < r; i++) s.push_back(0);
  } else {
    int64_t i = r - 1;
    while (i >= 0 && s[size_t(2 + i)] == n - 1) --i;
    if (i < 0) {
      o->done = true;
      return false;
    }
    int64_t v = s[size_t(2 + i)] + 1;
    for (int64_t j = i; j < r; j++) s[size_t(2 + j)] = v;
  }
  out = pick(pool, s, 2, r);
  return true;
}

bool permutations_next(VM&, const Value& self, Value& out) {
  ItObj* o = it_of(self);
  if (o->done) return false;
  const std::vector<Value>& pool = o->refs[0].as<Tuple>()->items;
  int64_t n = int64_t(pool.size()), r = o->ints[0];
  std::vector<int64_t>& s = o->ints;  // [r, started, indices (n), cycles (r)]
  if (s[1] == 0) {
    if (r > n) {
      o->done = true;
      return false;
    }
    s[1] = 1;
    for (int64_t i = 0; i < n; i++) s.push_back(i);
    for (int64_t i = 0; i < r; i++) s.push_back(n - i);
    out = pick(pool, s, 2, r);
    return true;
  }
  auto idx = [&](int64_t i) -> int64_t& { return s[size_t(2 + i)]; };
  auto cyc = [&](int64_t i) -> int64_t& { return s[size_t(2 + n + i)]; };
  if (n == 0) {
    o->done = true;
    return false;
  }
  for (int64_t i = r - 1; i >= 0; i--) {
    if (--cyc(i) == 0) {
      int64_t first = idx(i);
      for (int64_t j = i; j < n - 1; j++) idx(j) = idx(j + 1);
      idx(n - 1) = first;
      cyc(i) = n - i;
    } else {
      int64_t j = cyc(i);
      std::swap(idx(i), idx(n - j));
      out = pick(pool, s, 2, r);
      return true;
    }
  }
  o->done = true;
  return false;
}

Type* it_type(const char* name, NewFn nw, NextFn nx) {
  Type* t = make_type(name, types().object, "itertools");
  t->new_ = nw;
  t->iter = self_iter;
  t->next = nx;
  return t;
}

void make_types() {
  if (T.count) return;
  T.count = it_type("count", count_new, count_next);
  T.count->repr = count_repr;
  T.cycle = it_type("cycle", cycle_new, cycle_next);
  T.repeat = it_type("repeat", repeat_new, repeat_next);
  T.repeat->repr = repeat_repr;
  add_method(T.repeat, "__length_hint__", repeat_length_hint);
  T.accumulate = it_type("accumulate", accumulate_new, accumulate_next);
  T.chain = it_type("chain", chain_new, chain_next);
  T.chain->dict->set("from_iterable", Value(new ClassMethod(types().classmethod, make_native("from_iterable", chain_from_iterable))));
  T.compress = it_type("compress", compress_new, compress_next);
  T.dropwhile = it_type("dropwhile", dropwhile_new, dropwhile_next);
  T.takewhile = it_type("takewhile", takewhile_new, takewhile_next);
  T.filterfalse = it_type("filterfalse", filterfalse_new, filterfalse_next);
  T.groupby = it_type("groupby", groupby_new, groupby_next);
  T.grouper = it_type("_grouper", nullptr, grouper_next);
  T.islice = it_type("islice", islice_new, islice_next);
  T.pairwise = it_type("pairwise", pairwise_new, pairwise_next);
  T.starmap = it_type("starmap", starmap_new, starmap_next);
  T.tee = it_type("_tee", tee_new, tee_next);
  add_method(T.tee, "__copy__", tee_copy);
  g_tee_data = make_type("_tee_dataobject", types().object, "itertools");
  g_tee_data->new_ = nullptr;
  T.zip_longest = it_type("zip_longest", zip_longest_new, zip_longest_next);
  T.product = it_type("product", product_new, product_next);
  T.permutations = it_type("permutations", permutations_new, permutations_next);
  T.combinations = it_type("combinations", combinations_new, combinations_next);
  T.cwr = it_type("combinations_with_replacement", cwr_new, cwr_next);
}

}  // namespace

void install_itertools_module(VM& vm) {
  make_types();
  Module* m = make_module("itertools");
  Value keep(m);
  Dict* d = m->dict.get();
  for (Type* t : {T.count, T.cycle, T.repeat, T.accumulate, T.chain, T.compress, T.dropwhile, T.takewhile,
                  T.filterfalse, T.groupby, T.islice, T.pairwise, T.starmap, T.zip_longest, T.product,
                  T.permutations, T.combinations, T.cwr, T.tee, T.grouper})
    d->set(t->name, Value(t));
  d->set("tee", make_native("tee", it_tee));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
