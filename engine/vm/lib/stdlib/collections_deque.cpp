// collections.deque (Modules/_collectionsmodule.c): the methods, slots and
// messages of CPython's deque over a std::deque<Value>.  An operation that
// adds or removes items bumps `state`, which the iterators check ("deque
// mutated during iteration"); reverse() and item assignment do not, as in
// CPython.  A full bounded deque drops items from the other end.
#include "vm/internal.h"
#include "vm/lib/stdlib/collections.h"

namespace sandbox::vm::lib {

namespace {

Type* g_deque = nullptr;
Type* g_iter = nullptr;
Type* g_riter = nullptr;

Deque* dq(const Value& v) { return v.as<Deque>(); }

Deque* self_deque(Args a, const char* name) {
  if (a.empty() || !is_deque(a[0]))
    throw_type_error("descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", name,
                     a.empty() ? "NoneType" : type_name(a[0]));
  return dq(a[0]);
}

void check_count(const char* name, Args a, size_t n) {
  size_t given = a.size() - 1;
  if (n == 0 && given != 0) throw_type_error("deque.%s() takes no arguments (%zu given)", name, given);
  if (n == 1 && given != 1) throw_type_error("deque.%s() takes exactly one argument (%zu given)", name, given);
}

// ---- the core operations (deque_append_internal and friends)
void push_back(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  d->items.push_back(std::move(v));
  d->state++;
  if (d->maxlen > 0 && static_cast<int64_t>(d->items.size()) > d->maxlen) {
    Value dropped = std::move(d->items.front());
    d->items.pop_front();
  }
  d->account();
}

void push_front(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  d->items.push_front(std::move(v));
  d->state++;
  if (d->maxlen > 0 && static_cast<int64_t>(d->items.size()) > d->maxlen) {
    Value dropped = std::move(d->items.back());
    d->items.pop_back();
  }
  d->account();
}

void clear_items(Deque* d) {
  std::deque<Value> old;
  old.swap(d->items);
  d->state++;
  d->account();
  // Finalizers of the dropped items may touch the deque: it is empty by then.
  while (!old.empty()) old.pop_back();
}

// Items of an iterable, read before any of them is added (extend(self)).
void extend_impl(VM& vm, Deque* d, const Value& iterable, bool left) {
  if (iterable.is_obj() && iterable.as_obj() == d) {
    std::vector<Value> copy(d->items.begin(), d->items.end());
    for (Value& v : copy) left ? push_front(d, std::move(v)) : push_back(d, std::move(v));
    return;
  }
  Value it = vm.iter(iterable);
  Value x;
  while (vm.next(it, x)) left ? push_front(d, std::move(x)) : push_back(d, std::move(x));
}

void rotate_impl(Deque* d, int64_t n) {
  int64_t len = static_cast<int64_t>(d->items.size());
  d->state++;
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  std::rotate(d->items.begin(), d->items.begin() + (len - n), d->items.end());
}

int64_t maxlen_arg(const Value& v) {
  if (v.is_none()) return -1;
  if (!is_int_value(v)) throw_type_error("an integer is required");
  int64_t m = as_index(v);
  if (m < 0) throw_value_error("maxlen must be non-negative");
  return m;
}

// deque_init: deque(iterable=(), maxlen=None).
void init_impl(VM& vm, Deque* d, Args a, const KwArgs* kw) {
  if (a.size() > 2) throw_type_error("deque() takes at most 2 arguments (%zu given)", a.size());
  Value iterable = a.size() > 0 ? a[0] : Value::null();
  Value maxlen = a.size() > 1 ? a[1] : Value();
  if (kw) {
    for (size_t i = 0; i < kw->size(); i++) {
      std::string_view n = kw->name(i);
      Value& slot = n == "iterable" ? iterable : maxlen;
      if (n != "iterable" && n != "maxlen")
        throw_type_error("'%.*s' is an invalid keyword argument for deque()", static_cast<int>(n.size()), n.data());
      if ((n == "iterable" && a.size() > 0) || (n == "maxlen" && a.size() > 1))
        throw_type_error("argument for deque() given by name ('%.*s') and position (%d)", static_cast<int>(n.size()),
                         n.data(), n == "iterable" ? 1 : 2);
      slot = kw->values[i];
    }
  }
  d->maxlen = maxlen_arg(maxlen);
  if (!d->items.empty()) clear_items(d);
  if (!iterable.is_null()) extend_impl(vm, d, iterable, false);
}

int64_t seq_index(const Value& i) {
  if (!is_int_value(i)) throw_type_error("sequence index must be integer, not '%s'", type_name(i));
  return as_index(i);
}

size_t checked_index(Deque* d, const Value& key) {
  int64_t i = seq_index(key), n = static_cast<int64_t>(d->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("deque index out of range");
  return static_cast<size_t>(i);
}

// A new deque of self's type holding its items (deque_copy): a subclass is
// called as type(d)(d) or type(d)(d, maxlen).
Value copy_of(VM& vm, const Value& self) {
  Deque* d = dq(self);
  if (self.type() == g_deque) {
    Deque* c = new Deque(g_deque);
    Value out(c);
    c->items = d->items;
    c->maxlen = d->maxlen;
    c->account();
    return out;
  }
  if (d->maxlen < 0) return vm.call(Value(self.type()), {self});
  return vm.call(Value(self.type()), {self, Value::integer(d->maxlen)});
}

// Finds x from `start`; -1 when absent.  The deque must not change while
// __eq__ runs (RuntimeError with `what`).
int64_t find(VM& vm, Deque* d, const Value& x, int64_t start, int64_t stop, bool remove_msg) {
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(d->items.size()); i++) {
    Value item = d->items[static_cast<size_t>(i)];
    bool eq = item.is(x) || vm.eq(item, x);
    if (d->state != state) {
      if (remove_msg) throw_index_error("deque mutated during remove().");
      throw_runtime_error("deque mutated during iteration");
    }
    if (eq) return i;
  }
  return -1;
}

// ---- methods
Value m_append(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.append", kw);
  Deque* d = self_deque(a, "append");
  check_count("append", a, 1);
  push_back(d, a[1]);
  return Value();
}

Value m_appendleft(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.appendleft", kw);
  Deque* d = self_deque(a, "appendleft");
  check_count("appendleft", a, 1);
  push_front(d, a[1]);
  return Value();
}

Value pop_end(Args a, const KwArgs* kw, bool left) {
  const char* name = left ? "popleft" : "pop";
  no_kwargs(left ? "deque.popleft" : "deque.pop", kw);
  Deque* d = self_deque(a, name);
  check_count(name, a, 0);
  if (d->items.empty()) throw_index_error("pop from an empty deque");
  Value v;
  if (left) {
    v = std::move(d->items.front());
    d->items.pop_front();
  } else {
    v = std::move(d->items.back());
    d->items.pop_back();
  }
  d->state++;
  d->account();
  return v;
}
Value m_pop(VM&, NativeFunction*, Args a, const KwArgs* kw) { return pop_end(a, kw, false); }
Value m_popleft(VM&, NativeFunction*, Args a, const KwArgs* kw) { return pop_end(a, kw, true); }

Value m_extend(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.extend", kw);
  Deque* d = self_deque(a, "extend");
  check_count("extend", a, 1);
  extend_impl(vm, d, a[1], false);
  return Value();
}

Value m_extendleft(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.extendleft", kw);
  Deque* d = self_deque(a, "extendleft");
  check_count("extendleft", a, 1);
  extend_impl(vm, d, a[1], true);
  return Value();
}

Value m_rotate(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.rotate", kw);
  Deque* d = self_deque(a, "rotate");
  if (a.size() > 2) throw_type_error("deque.rotate expected at most 1 argument, got %zu", a.size() - 1);
  rotate_impl(d, a.size() == 2 ? as_index(a[1]) : 1);
  return Value();
}

Value m_reverse(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.reverse", kw);
  Deque* d = self_deque(a, "reverse");
  check_count("reverse", a, 0);
  std::reverse(d->items.begin(), d->items.end());
  return Value();
}

Value m_clear(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.clear", kw);
  Deque* d = self_deque(a, "clear");
  check_count("clear", a, 0);
  clear_items(d);
  return Value();
}

Value m_copy(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.copy", kw);
  self_deque(a, "copy");
  check_count("copy", a, 0);
  return copy_of(vm, a[0]);
}

Value m_count(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.count", kw);
  Deque* d = self_deque(a, "count");
  check_count("count", a, 1);
  uint64_t state = d->state;
  int64_t n = 0;
  for (size_t i = 0; i < d->items.size(); i++) {
    Value item = d->items[i];
    bool eq = item.is(a[1]) || vm.eq(item, a[1]);
    if (d->state != state) throw_runtime_error("deque mutated during iteration");
    n += eq;
  }
  return Value::integer(n);
}

// The start/stop of index(): "slice indices must be integers ...", clamped like a slice.
int64_t clamp_bound(const Value& v, int64_t n) {
  if (!is_int_value(v)) throw_type_error("slice indices must be integers or have an __index__ method");
  int64_t i = is_bigint(v) ? (to_bignum(v).negative() ? -n - 1 : n) : v.as_int();
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i > n ? n : i;
}

Value m_index(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.index", kw);
  Deque* d = self_deque(a, "index");
  if (a.size() < 2) throw_type_error("index() takes at least 1 argument (%zu given)", a.size() - 1);
  if (a.size() > 4) throw_type_error("index() takes at most 3 arguments (%zu given)", a.size() - 1);
  int64_t n = static_cast<int64_t>(d->items.size());
  int64_t start = a.size() > 2 ? clamp_bound(a[2], n) : 0;
  int64_t stop = a.size() > 3 ? clamp_bound(a[3], n) : n;
  int64_t i = find(vm, d, a[1], start, stop, false);
  if (i < 0) throw_value_error("%s is not in deque", vm.repr_str(a[1]).c_str());
  return Value::integer(i);
}

Value m_insert(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.insert", kw);
  Deque* d = self_deque(a, "insert");
  if (a.size() != 3) throw_type_error("insert() takes exactly 2 arguments (%zu given)", a.size() - 1);
  int64_t n = static_cast<int64_t>(d->items.size());
  if (d->maxlen == n) throw_index_error("deque already at its maximum size");
  int64_t i = as_index(a[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  d->items.insert(d->items.begin() + i, a[2]);
  d->state++;
  d->account();
  return Value();
}

Value m_remove(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.remove", kw);
  Deque* d = self_deque(a, "remove");
  check_count("remove", a, 1);
  int64_t i = find(vm, d, a[1], 0, static_cast<int64_t>(d->items.size()), true);
  if (i < 0) throw_value_error("%s is not in deque", vm.repr_str(a[1]).c_str());
  Value dropped = std::move(d->items[static_cast<size_t>(i)]);
  d->items.erase(d->items.begin() + i);
  d->state++;
  d->account();
  return Value();
}

Value m_init(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  Deque* d = self_deque(a, "__init__");
  init_impl(vm, d, a.subspan(1), kw);
  return Value();
}

Value m_maxlen(VM&, NativeFunction*, Args a, const KwArgs*) {
  Deque* d = self_deque(a, "maxlen");
  return d->maxlen < 0 ? Value() : Value::integer(d->maxlen);
}

Value make_iter(Type* t, const Value& self);

Value m_reversed(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("deque.__reversed__", kw);
  self_deque(a, "__reversed__");
  check_count("__reversed__", a, 0);
  return make_iter(g_riter, a[0]);
}

Value m_iadd(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  Deque* d = self_deque(a, "__iadd__");
  check_count("__iadd__", a, 1);
  extend_impl(vm, d, a[1], false);
  return a[0];
}

// deque_inplace_repeat: n <= 0 empties; a bounded deque keeps the last
// maxlen items of the repetition.
void repeat_in_place(Deque* d, const Value& count) {
  if (!is_int_value(count)) throw_type_error("can't multiply sequence by non-int of type '%s'", type_name(count));
  int64_t n = is_bigint(count) ? (to_bignum(count).negative() ? 0 : INT64_MAX) : count.as_int();
  if (n <= 0 || d->items.empty()) {
    if (!d->items.empty()) clear_items(d);
    return;
  }
  if (n == 1) return;
  std::vector<Value> one(d->items.begin(), d->items.end());
  int64_t len = static_cast<int64_t>(one.size());
  if (n > INT64_MAX / len) throw_memory_error();
  int64_t total = len * n;
  int64_t keep = d->maxlen >= 0 && d->maxlen < total ? d->maxlen : total;
  heap_reserve(static_cast<size_t>(keep) * sizeof(Value));
  std::deque<Value> out;
  for (int64_t pos = total - keep; pos < total; pos++) out.push_back(one[static_cast<size_t>(pos % len)]);
  d->items.swap(out);
  d->state++;
  d->account();
}

Value m_imul(VM&, NativeFunction*, Args a, const KwArgs*) {
  Deque* d = self_deque(a, "__imul__");
  check_count("__imul__", a, 1);
  repeat_in_place(d, a[1]);
  return a[0];
}

Value m_copy_dunder(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) { return m_copy(vm, f, a, kw); }

// ---- slots
Value deque_new(VM& vm, Type* cls, Args a, const KwArgs* kw) {
  Deque* d = new Deque(cls);
  Value out(d);
  // A Python subclass gets its arguments through __init__ (deque_new ignores them).
  if (!cls->python_class) init_impl(vm, d, a, kw);
  return out;
}

Value deque_repr(VM& vm, const Value& self) {
  Deque* d = dq(self);
  if (!repr_enter(vm, d)) return make_str("[...]");
  std::string body;
  try {
    body = vm.repr_str(make_list(std::vector<Value>(d->items.begin(), d->items.end())));
  } catch (...) {
    repr_leave(vm, d);
    throw;
  }
  repr_leave(vm, d);
  std::string name = self.type()->name;
  if (d->maxlen < 0) return make_str(name + "(" + body + ")");
  return make_str(name + "(" + body + ", maxlen=" + std::to_string(d->maxlen) + ")");
}

int64_t deque_len(VM&, const Value& self) { return static_cast<int64_t>(dq(self)->items.size()); }

Value deque_getitem(VM&, const Value& self, const Value& key) {
  Deque* d = dq(self);
  return d->items[checked_index(d, key)];
}

void deque_setitem(VM&, const Value& self, const Value& key, const Value& v) {
  Deque* d = dq(self);
  size_t i = checked_index(d, key);
  if (v.is_null()) {
    Value dropped = std::move(d->items[i]);
    d->items.erase(d->items.begin() + static_cast<std::ptrdiff_t>(i));
    d->state++;
    d->account();
  } else {
    Value old = std::move(d->items[i]);
    d->items[i] = v;
  }
}

bool deque_contains(VM& vm, const Value& self, const Value& x) {
  Deque* d = dq(self);
  return find(vm, d, x, 0, static_cast<int64_t>(d->items.size()), false) >= 0;
}

Value deque_iter(VM&, const Value& self) { return make_iter(g_iter, self); }

// deque has no __hash__; the message names the type as CPython's tp_name does.
int64_t deque_hash(VM&, const Value& self) {
  Type* t = self.type();
  if (t == g_deque) throw_type_error("unhashable type: 'collections.deque'");
  throw_type_error("unhashable type: '%s'", t->name.c_str());
}

Value deque_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if (!is_deque(a) || !is_deque(b)) return Value::null();
  Deque* x = dq(a);
  Deque* y = dq(b);
  size_t nx = x->items.size(), ny = y->items.size();
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && nx != ny) return Value::boolean(op == CmpOp::Ne);
  // Snapshots: __eq__ of the items may change the deques.
  std::vector<Value> xs(x->items.begin(), x->items.end()), ys(y->items.begin(), y->items.end());
  size_t i = 0;
  for (; i < xs.size() && i < ys.size(); i++)
    if (!xs[i].is(ys[i]) && !vm.eq(xs[i], ys[i])) break;
  if (i >= xs.size() || i >= ys.size()) {
    int64_t c = static_cast<int64_t>(xs.size()) - static_cast<int64_t>(ys.size());
    switch (op) {
      case CmpOp::Lt: return Value::boolean(c < 0);
      case CmpOp::Le: return Value::boolean(c <= 0);
      case CmpOp::Eq: return Value::boolean(c == 0);
      case CmpOp::Ne: return Value::boolean(c != 0);
      case CmpOp::Gt: return Value::boolean(c > 0);
      case CmpOp::Ge: return Value::boolean(c >= 0);
    }
  }
  if (op == CmpOp::Eq) return Value::boolean(false);
  if (op == CmpOp::Ne) return Value::boolean(true);
  return vm.compare(xs[i], ys[i], op);
}

// deque + deque and deque * n (the sequence slots); anything else is
// NotImplemented first, so a right operand's __radd__/__rmul__ gets its turn.
Value deque_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool reflected) {
  const Value& self = reflected ? b : a;
  const Value& other = reflected ? a : b;
  if (op == BinOp::Add && !reflected) {
    if (!is_deque(other)) {
      if (other.type()->python_class && !type_lookup(other.type(), "__radd__").is_null()) return Value::null();
      throw_type_error("can only concatenate deque (not \"%s\") to deque", type_name(other));
    }
    Value out = copy_of(vm, self);
    extend_impl(vm, dq(out), other, false);
    return out;
  }
  if (op == BinOp::Mul) {
    if (!is_int_value(other)) {
      if (other.type()->python_class) return Value::null();
      throw_type_error("can't multiply sequence by non-int of type '%s'", type_name(other));
    }
    Value out = copy_of(vm, self);
    repeat_in_place(dq(out), other);
    return out;
  }
  return Value::null();
}

// ---- iterators (dequeiter_next / dequereviter_next): a position and a
// count of items left, checked against the deque's state.
struct DequeIter : GcObj {
  Ref<Deque> d;
  size_t index;
  size_t left;
  uint64_t state;
  DequeIter(Type* t, Deque* dd, bool reverse)
      : GcObj(t), d(dd), index(reverse ? dd->items.size() : 0), left(dd->items.size()), state(dd->state) {}
  void gc_traverse(GcVisitor& v) override { v(d); }
  void gc_clear() override { d.reset(); }
};

Value make_iter(Type* t, const Value& self) { return Value(new DequeIter(t, dq(self), t == g_riter)); }

bool iter_next(VM&, const Value& self, Value& out) {
  DequeIter* it = self.as<DequeIter>();
  if (!it->d) return false;
  if (it->d->state != it->state) {
    it->left = 0;
    throw_runtime_error("deque mutated during iteration");
  }
  if (it->left == 0) return false;
  // reverse() and item assignment keep the state and the length, so the
  // position stays inside the deque.
  if (self.type() == g_riter) {
    assert(it->index > 0);
    out = it->d->items[--it->index];
  } else {
    assert(it->index < it->d->items.size());
    out = it->d->items[it->index++];
  }
  it->left--;
  return true;
}

Value iter_self(VM&, const Value& self) { return self; }

Value iter_length_hint(VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::integer(static_cast<int64_t>(a[0].as<DequeIter>()->left));
}

// The comparison and arithmetic dunders as methods calling the slots
// directly, so a subclass's super().__eq__(other) or super().__add__(other)
// reaches deque's own code instead of dispatching back to the subclass.
template <CmpOp op>
Value m_compare(VM& vm, NativeFunction* self, Args a, const KwArgs*) {
  self_deque(a, self->name.c_str());
  if (a.size() != 2) throw_type_error("expected 1 argument, got %zu", a.size() - 1);
  Value r = deque_compare(vm, a[0], a[1], op);
  return r.is_null() ? not_implemented() : r;
}

template <BinOp op, bool reflected>
Value m_binary(VM& vm, NativeFunction* self, Args a, const KwArgs*) {
  self_deque(a, self->name.c_str());
  if (a.size() != 2) throw_type_error("expected 1 argument, got %zu", a.size() - 1);
  Value r = reflected ? deque_binary(vm, op, a[1], a[0], true) : deque_binary(vm, op, a[0], a[1], false);
  return r.is_null() ? not_implemented() : r;
}

// deque_reduce: (type, ((), maxlen) or (), __dict__ or None, iter(d)); copy
// and pickle rebuild the deque by appending the iterator's items.
Value m_reduce(VM&, NativeFunction*, Args a, const KwArgs*) {
  Deque* d = self_deque(a, "__reduce__");
  Dict* attrs = d->type->python_class && d->storage && d->storage->size() > 0 ? d->storage.get() : nullptr;
  Value args = d->maxlen < 0 ? empty_tuple() : make_tuple({empty_tuple(), Value::integer(d->maxlen)});
  return make_tuple({Value(d->type), args, attrs ? Value(attrs) : Value(), make_iter(g_iter, a[0])});
}

}  // namespace

Deque::Deque(Type* t) : GcObj(t) {}
Deque::~Deque() {
  while (!items.empty()) items.pop_back();
}
Dict* Deque::instance_dict() {
  if (!type->python_class || type->no_instance_dict) return nullptr;
  if (!storage) storage = new Dict();
  return storage.get();
}
void Deque::gc_traverse(GcVisitor& v) {
  for (const Value& x : items) v(x);
  v(storage);
}
void Deque::gc_clear() {
  std::deque<Value> old;
  old.swap(items);
  state++;
  account();
  storage.reset();
}

Type* deque_type() { return g_deque; }
bool is_deque(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, g_deque); }

void install_deque_type() {
  if (g_deque) return;
  Type* t = make_type("deque", types().object, "collections");
  t->new_ = deque_new;
  t->repr = deque_repr;
  t->len = deque_len;
  t->getitem = deque_getitem;
  t->setitem = deque_setitem;
  t->contains = deque_contains;
  t->iter = deque_iter;
  t->compare = deque_compare;
  t->binary = deque_binary;
  t->hash = deque_hash;
  t->dict->set("__hash__", Value());
  add_method(t, "__init__", m_init);
  add_method(t, "append", m_append);
  add_method(t, "appendleft", m_appendleft);
  add_method(t, "pop", m_pop);
  add_method(t, "popleft", m_popleft);
  add_method(t, "extend", m_extend);
  add_method(t, "extendleft", m_extendleft);
  add_method(t, "rotate", m_rotate);
  add_method(t, "reverse", m_reverse);
  add_method(t, "clear", m_clear);
  add_method(t, "copy", m_copy);
  add_method(t, "__copy__", m_copy_dunder);
  add_method(t, "count", m_count);
  add_method(t, "index", m_index);
  add_method(t, "insert", m_insert);
  add_method(t, "remove", m_remove);
  add_method(t, "__reversed__", m_reversed);
  add_method(t, "__iadd__", m_iadd);
  add_method(t, "__imul__", m_imul);
  add_property(t, "maxlen", m_maxlen);
  add_method(t, "__eq__", m_compare<CmpOp::Eq>);
  add_method(t, "__ne__", m_compare<CmpOp::Ne>);
  add_method(t, "__lt__", m_compare<CmpOp::Lt>);
  add_method(t, "__le__", m_compare<CmpOp::Le>);
  add_method(t, "__gt__", m_compare<CmpOp::Gt>);
  add_method(t, "__ge__", m_compare<CmpOp::Ge>);
  add_method(t, "__add__", m_binary<BinOp::Add, false>);
  add_method(t, "__mul__", m_binary<BinOp::Mul, false>);
  add_method(t, "__rmul__", m_binary<BinOp::Mul, true>);
  add_method(t, "__reduce__", m_reduce);
  g_deque = t;
  for (Type** slot : {&g_iter, &g_riter}) {
    Type* it = make_type(slot == &g_iter ? "_deque_iterator" : "_deque_reverse_iterator", types().object,
                         "_collections");
    it->new_ = nullptr;
    it->iter = iter_self;
    it->next = iter_next;
    add_method(it, "__length_hint__", iter_length_hint);
    *slot = it;
  }
}

void add_deque_types(Dict* d) {
  d->set("deque", Value(g_deque));
  d->set("_deque_iterator", Value(g_iter));
  d->set("_deque_reverse_iterator", Value(g_riter));
}

}  // namespace sandbox::vm::lib
