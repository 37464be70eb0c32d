// range (Objects/rangeobject.c) and the iterator types of bltinmodule.c /
// enumobject.c: enumerate, zip, map, filter, reversed.
#include "vm/lib/args.h"
#include "vm/lib/install.h"
#include "vm/lib/stdlib_modules.h"
#include "vm/lib/number_format.h"

namespace sandbox::vm::lib {

namespace {

LibTypes g_types;

struct Range : Obj {
  int64_t start, stop, step, length;
  Range(int64_t a, int64_t b, int64_t c) : Obj(g_types.range), start(a), stop(b), step(c) {
    // compute_range_length()
    __int128 lo = a, hi = b, st = c;
    __int128 n = 0;
    if (st > 0 && lo < hi) n = (hi - lo - 1) / st + 1;
    if (st < 0 && lo > hi) n = (lo - hi - 1) / (-st) + 1;
    length = static_cast<int64_t>(n);
  }
  int64_t at(int64_t i) const { return start + i * step; }
};

struct RangeIter : Obj {
  int64_t next_value, step, remaining;
  RangeIter(int64_t s, int64_t st, int64_t n) : Obj(g_types.range_iter), next_value(s), step(st), remaining(n) {}
};

struct Enumerate : GcObj {
  Value it;
  int64_t index;
  Enumerate(Value i, int64_t start) : GcObj(g_types.enumerate), it(std::move(i)), index(start) {}
  void gc_traverse(GcVisitor& v) override { v(it); }
};

struct Zip : GcObj {
  std::vector<Value> its;
  bool strict = false;
  explicit Zip(std::vector<Value> v) : GcObj(g_types.zip), its(std::move(v)) {}
  void gc_traverse(GcVisitor& v) override { v(its); }
};

struct Map : GcObj {
  Value func;
  std::vector<Value> its;
  Map(Value f, std::vector<Value> v) : GcObj(g_types.map), func(std::move(f)), its(std::move(v)) {}
  void gc_traverse(GcVisitor& v) override {
    v(func);
    v(its);
  }
};

struct Filter : GcObj {
  Value func, it;
  Filter(Value f, Value i) : GcObj(g_types.filter), func(std::move(f)), it(std::move(i)) {}
  void gc_traverse(GcVisitor& v) override {
    v(func);
    v(it);
  }
};

// reversed() over a sequence: index counts down; the sequence is read with
// getitem so lists that shrink stop early like CPython's reversed.
struct Reversed : GcObj {
  Value seq;
  int64_t index;  // next index to yield; -1 = exhausted
  Reversed(Value s, int64_t i) : GcObj(g_types.reversed), seq(std::move(s)), index(i) {}
  void gc_traverse(GcVisitor& v) override { v(seq); }
};

Value self_iter(VM&, const Value& self) { return self; }

// ---- range
Value range_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("range", kw);
  if (args.empty()) throw_type_error("range expected at least 1 argument, got 0");
  if (args.size() > 3) throw_type_error("range expected at most 3 arguments, got %zu", args.size());
  if (range_needs_long(args)) return make_long_range(vm, args);  // long_range.cpp
  int64_t start = 0, stop, step = 1;
  if (args.size() == 1) {
    stop = as_index(args[0]);
  } else {
    start = as_index(args[0]);
    stop = as_index(args[1]);
    if (args.size() == 3) step = as_index(args[2]);
  }
  if (step == 0) throw_value_error("range() arg 3 must not be zero");
  return Value(new Range(start, stop, step));
}

Value range_repr(VM&, const Value& self) {
  const Range* r = self.as<Range>();
  std::string s = "range(";
  append_int(s, r->start);
  s += ", ";
  append_int(s, r->stop);
  if (r->step != 1) {
    s += ", ";
    append_int(s, r->step);
  }
  s += ")";
  return make_str(std::move(s));
}

int64_t range_len(VM&, const Value& self) { return self.as<Range>()->length; }

Value range_iter(VM&, const Value& self) {
  const Range* r = self.as<Range>();
  return Value(new RangeIter(r->start, r->step, r->length));
}

bool range_iter_next(VM&, const Value& self, Value& out) {
  RangeIter* it = self.as<RangeIter>();
  if (it->remaining <= 0) return false;
  out = Value::integer(it->next_value);
  it->next_value = static_cast<int64_t>(static_cast<uint64_t>(it->next_value) + static_cast<uint64_t>(it->step));
  it->remaining--;
  return true;
}

Value range_getitem(VM& vm, const Value& self, const Value& key) {
  const Range* r = self.as<Range>();
  // range_item: an int beyond ssize_t is outside any range this holds.
  if (key.is_obj() && key.as_obj()->type == types().int_) throw_index_error("range object index out of range");
  if (key.is_intlike()) {
    int64_t i = key.as_int();
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) throw_index_error("range object index out of range");
    return Value::integer(r->at(i));
  }
  if (key.is_obj() && key.as_obj()->type == types().slice) {
    int64_t start, stop, step, count;
    slice_indices(vm, key.as<Slice>(), r->length, start, stop, step, count);
    // compute_slice: the slice's own bounds mapped through the range (so
    // range(4)[1::2] is range(1, 4, 2), not a stop derived from the count).
    (void)count;
    int64_t nstart = r->start + start * r->step;
    int64_t nstep = r->step * step;
    int64_t nstop = r->start + stop * r->step;
    return Value(new Range(nstart, nstop, nstep));
  }
  throw_type_error("range indices must be integers or slices, not %s", type_name(key));
}

bool range_contains(VM& vm, const Value& self, const Value& item) {
  const Range* r = self.as<Range>();
  if (item.is_intlike()) {
    int64_t v = item.as_int();
    if (r->length == 0) return false;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    return (static_cast<__int128>(v) - r->start) % r->step == 0;
  }
  for (int64_t i = 0; i < r->length; i++)
    if (vm.eq(Value::integer(r->at(i)), item)) return true;
  return false;
}

Value range_compare(VM&, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !b.is_obj() || b.as_obj()->type != g_types.range)
    return Value::null();
  const Range *x = a.as<Range>(), *y = b.as<Range>();
  bool eq = x->length == y->length &&
            (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

// range.count / range.index (range_count, range_index): ints by arithmetic,
// other objects by comparing with each element.
Value range_count(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("count", kw);
  if (a.size() != 2) throw_type_error("range.count() takes exactly one argument (%zu given)", a.size() - 1);
  const Range* r = a[0].as<Range>();
  if (a[1].is_intlike()) return Value::integer(range_contains(vm, a[0], a[1]) ? 1 : 0);
  int64_t n = 0;
  for (int64_t i = 0; i < r->length; i++)
    if (vm.eq(Value::integer(r->at(i)), a[1])) n++;
  return Value::integer(n);
}

Value range_index(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("index", kw);
  if (a.size() != 2) throw_type_error("range.index() takes exactly one argument (%zu given)", a.size() - 1);
  const Range* r = a[0].as<Range>();
  if (a[1].is_intlike()) {
    if (range_contains(vm, a[0], a[1])) return Value::integer((a[1].as_int() - r->start) / r->step);
  } else {
    for (int64_t i = 0; i < r->length; i++)
      if (vm.eq(Value::integer(r->at(i)), a[1])) return Value::integer(i);
  }
  throw_value_error("%s is not in range", vm.repr_str(a[1]).c_str());
}

Value range_start(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(a[0].as<Range>()->start); }
Value range_stop(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(a[0].as<Range>()->stop); }
Value range_step(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(a[0].as<Range>()->step); }

// ---- enumerate
Value enumerate_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  check_kwargs("enumerate", kw, {"iterable", "start"});
  Value iterable = Value::null();
  int64_t start = 0;
  if (!args.empty()) iterable = args[0];
  if (const Value* v = kwarg(kw, "iterable")) iterable = *v;
  if (args.size() > 1) start = as_index(args[1]);
  if (const Value* v = kwarg(kw, "start")) start = as_index(*v);
  if (args.size() > 2) throw_type_error("enumerate() takes at most 2 arguments (%zu given)", args.size());
  if (iterable.is_null()) throw_type_error("enumerate() missing required argument 'iterable' (pos 1)");
  return Value(new Enumerate(vm.iter(iterable), start));
}

bool enumerate_next(VM& vm, const Value& self, Value& out) {
  Enumerate* e = self.as<Enumerate>();
  Value item;
  if (!vm.next(e->it, item)) return false;
  out = make_tuple({Value::integer(e->index), std::move(item)});
  if (__builtin_add_overflow(e->index, 1, &e->index)) throw_int_overflow();
  return true;
}

// ---- zip
Value zip_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  check_kwargs("zip", kw, {"strict"});
  std::vector<Value> its;
  its.reserve(args.size());
  for (size_t i = 0; i < args.size(); i++) {
    try {
      its.push_back(vm.iter(args[i]));
    } catch (const PyException&) {
      throw_type_error("zip argument #%zu must support iteration", i + 1);
    }
  }
  auto* z = new Zip(std::move(its));
  Value zv(z);
  if (const Value* s = kwarg(kw, "strict")) z->strict = vm.truthy(*s);
  return zv;
}

bool zip_next(VM& vm, const Value& self, Value& out) {
  Zip* z = self.as<Zip>();
  if (z->its.empty()) return false;
  std::vector<Value> items;
  items.reserve(z->its.size());
  for (size_t i = 0; i < z->its.size(); i++) {
    Value item;
    if (!vm.next(z->its[i], item)) {
      if (z->strict) {
        if (i > 0)
          throw_value_error("zip() argument %zu is shorter than argument%s%zu", i + 1, i == 1 ? " " : "s 1-", i);
        for (size_t j = 1; j < z->its.size(); j++) {
          Value extra;
          if (vm.next(z->its[j], extra))
            throw_value_error("zip() argument %zu is longer than argument%s%zu", j + 1, j == 1 ? " " : "s 1-", j);
        }
      }
      return false;
    }
    items.push_back(std::move(item));
  }
  out = make_tuple(std::move(items));
  return true;
}

// ---- map
Value map_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("map", kw);
  if (args.size() < 2) throw_type_error("map() must have at least two arguments.");
  std::vector<Value> its;
  for (size_t i = 1; i < args.size(); i++) its.push_back(vm.iter(args[i]));
  return Value(new Map(args[0], std::move(its)));
}

bool map_next(VM& vm, const Value& self, Value& out) {
  Map* m = self.as<Map>();
  Value small[4];
  std::vector<Value> big;
  Value* buf = small;
  if (m->its.size() > 4) {
    big.resize(m->its.size());
    buf = big.data();
  }
  for (size_t i = 0; i < m->its.size(); i++)
    if (!vm.next(m->its[i], buf[i])) return false;
  out = vm.call(m->func, std::span<const Value>(buf, m->its.size()));
  return true;
}

// ---- filter
Value filter_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("filter", kw);
  check_args("filter", args, 2, 2);
  return Value(new Filter(args[0], vm.iter(args[1])));
}

bool filter_next(VM& vm, const Value& self, Value& out) {
  Filter* f = self.as<Filter>();
  Value item;
  while (vm.next(f->it, item)) {
    bool ok;
    if (f->func.is_none() || f->func.is(Value(types().bool_)))
      ok = vm.truthy(item);
    else
      ok = vm.truthy(vm.call(f->func, std::span<const Value>(&item, 1)));
    if (ok) {
      out = std::move(item);
      return true;
    }
  }
  return false;
}

// ---- reversed
Value reversed_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("reversed", kw);
  check_args("reversed", args, 1, 1);
  const Value& seq = args[0];
  if (seq.is_obj() && seq.as_obj()->type == g_types.range) {
    const Range* r = seq.as<Range>();
    return Value(new RangeIter(r->at(r->length - 1), -r->step, r->length));
  }
  if (is_dict(seq)) {
    std::vector<Value> keys;
    seq.as<Dict>()->for_each([&](const Value& k, const Value&) { keys.push_back(k); });
    Value l = make_list(std::move(keys));
    int64_t n = static_cast<int64_t>(l.as<List>()->size());
    return Value(new Reversed(l, n - 1));
  }
  Value m = type_lookup(seq.type(), "__reversed__");
  if (!m.is_null()) return vm.call_method(seq, "__reversed__", {});
  bool sequence = is_list(seq) || is_tuple(seq) || is_str(seq) || is_bytes(seq) ||
                  (!type_lookup(seq.type(), "__getitem__").is_null() && !type_lookup(seq.type(), "__len__").is_null());
  if (!sequence || is_dict(seq) || is_set(seq)) throw_type_error("'%s' object is not reversible", type_name(seq));
  return Value(new Reversed(seq, vm.len(seq) - 1));
}

bool reversed_next(VM& vm, const Value& self, Value& out) {
  Reversed* r = self.as<Reversed>();
  if (r->index < 0) return false;
  if (is_list(r->seq)) {
    List* l = r->seq.as<List>();
    if (r->index >= static_cast<int64_t>(l->size())) {
      r->index = -1;
      return false;
    }
    out = l->items[static_cast<size_t>(r->index--)];
    return true;
  }
  out = vm.getitem(r->seq, Value::integer(r->index--));
  return true;
}

Type* new_type(const char* name, NewFn new_fn) {
  Type* t = make_type(name, types().object, "builtins");
  incref(t);  // immortal
  t->new_ = new_fn;
  return t;
}

Type* iterator_type(const char* name, NewFn new_fn, NextFn next) {
  Type* t = new_type(name, new_fn);
  t->iter = self_iter;
  t->next = next;
  return t;
}

}  // namespace

LibTypes& lib_types() { return g_types; }

void install_iter_types(VM& vm) {
  if (!g_types.range) {
    g_types.range = new_type("range", range_new);
    g_types.range->repr = range_repr;
    g_types.range->len = range_len;
    g_types.range->iter = range_iter;
    g_types.range->getitem = range_getitem;
    g_types.range->contains = range_contains;
    g_types.range->compare = range_compare;
    add_property(g_types.range, "start", range_start);
    add_property(g_types.range, "stop", range_stop);
    add_property(g_types.range, "step", range_step);
    add_method(g_types.range, "count", range_count);
    add_method(g_types.range, "index", range_index);
    g_types.range_iter = iterator_type("range_iterator", nullptr, range_iter_next);
    g_types.enumerate = iterator_type("enumerate", enumerate_new, enumerate_next);
    g_types.zip = iterator_type("zip", zip_new, zip_next);
    g_types.map = iterator_type("map", map_new, map_next);
    g_types.filter = iterator_type("filter", filter_new, filter_next);
    g_types.reversed = iterator_type("reversed", reversed_new, reversed_next);
  }
  Dict* b = vm.builtins()->dict.get();
  for (Type* t : {g_types.range, g_types.enumerate, g_types.zip, g_types.map, g_types.filter, g_types.reversed})
    b->set(t->name, Value(t));
}

}  // namespace sandbox::vm::lib
