// list and tuple methods (Objects/listobject.c, Objects/tupleobject.c).
#include <cstring>
#include <algorithm>

#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/sort.h"

namespace sandbox::vm::lib {

namespace {

// PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.
bool same(VM& vm, const Value& a, const Value& b) { return a.is(b) || vm.eq(a, b); }

std::vector<Value>& items_of(const Value& v) { return v.as<List>()->items; }

// Clamps optional start/stop like _PyEval_SliceIndexNotNone for index().
void index_bounds(Args a, size_t first, size_t n, size_t& lo, size_t& hi) {
  int64_t len = static_cast<int64_t>(n), s = 0, e = len;
  if (a.size() > first) s = as_index(a[first]);
  if (a.size() > first + 1) e = as_index(a[first + 1]);
  if (s < 0) s = std::max<int64_t>(0, s + len);
  if (e < 0) e = std::max<int64_t>(0, e + len);
  lo = static_cast<size_t>(std::min(s, len));
  hi = static_cast<size_t>(std::min(e, len));
}

Value l_append(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("list.append", kw);
  if (a.size() != 2) throw_type_error("list.append() takes exactly one argument (%zu given)", a.size() - 1);
  items_of(a[0]).push_back(a[1]);
  a[0].as<List>()->account();
  return Value();
}

Value l_extend(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("list.extend", kw);
  if (a.size() != 2) throw_type_error("list.extend() takes exactly one argument (%zu given)", a.size() - 1);
  const Value& src = a[1];
  if (is_list(src)) {
    std::vector<Value> copy = items_of(src);  // extend with itself
    auto& it = items_of(a[0]);
    it.insert(it.end(), copy.begin(), copy.end());
  } else if (is_tuple(src)) {
    auto& it = items_of(a[0]);
    const auto& t = src.as<Tuple>()->items;
    it.insert(it.end(), t.begin(), t.end());
  } else {
    Value iter = vm.iter(src), item;
    while (vm.next(iter, item)) {
      items_of(a[0]).push_back(std::move(item));
      a[0].as<List>()->account();
    }
  }
  a[0].as<List>()->account();
  return Value();
}

// A Value is a tag and a word: moving one to another address is a byte
// copy, so the shifts of insert and pop are one memmove (CPython's
// list_ass_slice / ins1 do the same with pointers) instead of a chain of
// move-assignments, each checking a refcount to release.
void insert_at(std::vector<Value>& it, size_t i, const Value& x) {
  it.emplace_back();  // room at the end: a None, which owns nothing
  Value* p = it.data();
  size_t n = it.size() - 1;
  std::memmove(static_cast<void*>(p + i + 1), static_cast<const void*>(p + i), (n - i) * sizeof(Value));
  new (p + i) Value(x);  // the old bytes there are a copy now, not an owner
}
Value take_at(std::vector<Value>& it, size_t i) {
  Value v = std::move(it[i]);  // leaves a None, which owns nothing
  Value* p = it.data();
  size_t n = it.size();
  std::memmove(static_cast<void*>(p + i), static_cast<const void*>(p + i + 1), (n - i - 1) * sizeof(Value));
  new (p + n - 1) Value();  // the last slot's bytes were moved down: make it a None again
  it.pop_back();
  return v;
}

Value l_insert(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("insert", kw);
  if (a.size() != 3) throw_type_error("insert expected 2 arguments, got %zu", a.size() - 1);
  auto& it = items_of(a[0]);
  int64_t n = static_cast<int64_t>(it.size()), i = as_index(a[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  insert_at(it, size_t(i), a[2]);
  a[0].as<List>()->account();
  return Value();
}

Value l_pop(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("pop", kw);
  check_args("pop", a.subspan(1), 0, 1);
  auto& it = items_of(a[0]);
  if (it.empty()) throw_index_error("pop from empty list");
  int64_t n = static_cast<int64_t>(it.size()), i = a.size() > 1 ? as_index(a[1]) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("pop index out of range");
  return take_at(it, static_cast<size_t>(i));
}

Value l_remove(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("list.remove", kw);
  if (a.size() != 2) throw_type_error("list.remove() takes exactly one argument (%zu given)", a.size() - 1);
  auto& it = items_of(a[0]);
  for (size_t i = 0; i < it.size(); i++) {
    Value item = it[i];
    if (same(vm, item, a[1])) {
      if (i < it.size()) it.erase(it.begin() + static_cast<std::ptrdiff_t>(i));
      return Value();
    }
  }
  throw_value_error("list.remove(x): x not in list");
}

Value l_index(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("index", kw);
  check_args("index", a.subspan(1), 1, 3);
  auto& it = items_of(a[0]);
  size_t lo, hi;
  index_bounds(a, 2, it.size(), lo, hi);
  for (size_t i = lo; i < hi && i < it.size(); i++) {
    Value item = it[i];
    if (same(vm, item, a[1])) return Value::integer(static_cast<int64_t>(i));
  }
  std::string r = vm.repr_str(a[1]);
  throw_value_error("%s is not in list", r.c_str());
}

Value l_count(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("list.count", kw);
  if (a.size() != 2) throw_type_error("list.count() takes exactly one argument (%zu given)", a.size() - 1);
  auto& it = items_of(a[0]);
  int64_t n = 0;
  for (size_t i = 0; i < it.size(); i++) {
    Value item = it[i];
    n += same(vm, item, a[1]);
  }
  return Value::integer(n);
}

Value l_sort(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("sort", kw, {"key", "reverse"});
  if (a.size() > 1) throw_type_error("sort() takes no positional arguments");
  const Value* key = kwarg(kw, "key");
  const Value* rev = kwarg(kw, "reverse");
  // Sort a copy and swap it in, like listsort's empty-during-sort trick.
  std::vector<Value> items = items_of(a[0]);
  sort_values(vm, items, key ? *key : Value(), rev ? vm.truthy(*rev) : false);
  items_of(a[0]) = std::move(items);
  return Value();
}

Value l_reverse(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("list.reverse", kw);
  check_no_args("list.reverse", a.subspan(1));
  std::reverse(items_of(a[0]).begin(), items_of(a[0]).end());
  return Value();
}

Value l_copy(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("list.copy", kw);
  check_no_args("list.copy", a.subspan(1));
  return make_list(items_of(a[0]));
}

Value l_clear(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("list.clear", kw);
  check_no_args("list.clear", a.subspan(1));
  release_reversed(items_of(a[0]));  // destructors may run user code; list already empty
  return Value();
}

Value t_index(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("index", kw);
  check_args("index", a.subspan(1), 1, 3);
  const auto& it = a[0].as<Tuple>()->items;
  size_t lo, hi;
  index_bounds(a, 2, it.size(), lo, hi);
  for (size_t i = lo; i < hi; i++)
    if (same(vm, it[i], a[1])) return Value::integer(static_cast<int64_t>(i));
  throw_value_error("tuple.index(x): x not in tuple");
}

Value t_count(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("tuple.count", kw);
  if (a.size() != 2) throw_type_error("tuple.count() takes exactly one argument (%zu given)", a.size() - 1);
  int64_t n = 0;
  for (const Value& v : a[0].as<Tuple>()->items) n += same(vm, v, a[1]);
  return Value::integer(n);
}

}  // namespace

void install_list_methods() {
  Type* l = types().list;
  struct M {
    const char* name;
    NativeFn fn;
  };
  for (const M& m : {M{"append", l_append}, M{"extend", l_extend}, M{"insert", l_insert}, M{"pop", l_pop},
                     M{"remove", l_remove}, M{"index", l_index}, M{"count", l_count}, M{"sort", l_sort},
                     M{"reverse", l_reverse}, M{"copy", l_copy}, M{"clear", l_clear}})
    add_method(l, m.name, m.fn);
  add_method(types().tuple, "index", t_index);
  add_method(types().tuple, "count", t_count);
}

}  // namespace sandbox::vm::lib
