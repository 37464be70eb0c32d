// The `_bisect` module (Modules/_bisectmodule.c): binary search with `<`
// over any sequence, key= applied to the sequence's items (and to x by
// insort), insort through list.insert or the object's own insert().
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib {

namespace {

struct BisectArgs {
  Value a, x, key;
  int64_t lo = 0, hi = -1;
};

int64_t index_or_none(const Value& v, bool allow_none) {
  if (allow_none && v.is_none()) return -1;
  if (!v.is_intlike()) {
    if (allow_none) throw_type_error("argument should be integer or None, not '%s'", type_name(v));
    throw_type_error("'%s' object cannot be interpreted as an integer", type_name(v));
  }
  return v.as_int();
}

BisectArgs parse(const char* fname, Args a, const KwArgs* kw) {
  static const char* const names[] = {"a", "x", "lo", "hi", "key"};
  Value slots[5] = {Value::null(), Value::null(), Value::null(), Value::null(), Value::null()};
  if (a.size() > 4) throw_type_error("%s() takes at most 4 positional arguments (%zu given)", fname, a.size());
  for (size_t i = 0; i < a.size(); i++) slots[i] = a[i];
  if (kw) {
    for (size_t i = 0; i < kw->size(); i++) {
      std::string_view n = kw->name(i);
      size_t k = 0;
      while (k < 5 && n != names[k]) k++;
      if (k == 5)
        throw_type_error("'%.*s' is an invalid keyword argument for %s()", static_cast<int>(n.size()), n.data(), fname);
      if (k < a.size())
        throw_type_error("argument for %s() given by name ('%s') and position (%zu)", fname, names[k], k + 1);
      slots[k] = kw->values[i];
    }
  }
  if (slots[0].is_null()) throw_type_error("%s() missing required argument 'a' (pos 1)", fname);
  if (slots[1].is_null()) throw_type_error("%s() missing required argument 'x' (pos 2)", fname);
  BisectArgs out;
  out.a = slots[0];
  out.x = slots[1];
  out.key = slots[4].is_null() ? Value() : slots[4];
  if (!slots[2].is_null()) out.lo = index_or_none(slots[2], false);
  if (!slots[3].is_null()) out.hi = index_or_none(slots[3], true);
  return out;
}

// internal_bisect_right / _left: the first index whose item is > x (right) or >= x (left).
int64_t search(VM& vm, const BisectArgs& b, const Value& x, bool right) {
  int64_t lo = b.lo, hi = b.hi;
  if (lo < 0) throw_value_error("lo must be non-negative");
  if (hi == -1) hi = vm.len(b.a);
  while (lo < hi) {
    int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    Value item = vm.getitem(b.a, Value::integer(mid));
    if (!b.key.is_none()) item = vm.call(b.key, {item});
    bool go_left = right ? vm.compare_bool(x, item, CmpOp::Lt) : !vm.compare_bool(item, x, CmpOp::Lt);
    if (go_left) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

Value bisect_right(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  BisectArgs b = parse("bisect_right", a, kw);
  return Value::integer(search(vm, b, b.x, true));
}

Value bisect_left(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  BisectArgs b = parse("bisect_left", a, kw);
  return Value::integer(search(vm, b, b.x, false));
}

Value insort(VM& vm, const BisectArgs& b, bool right) {
  Value kx = b.key.is_none() ? b.x : vm.call(b.key, {b.x});
  int64_t i = search(vm, b, kx, right);
  if (b.a.is_obj() && b.a.type() == types().list) {
    List* l = b.a.as<List>();
    l->items.insert(l->items.begin() + std::min<int64_t>(i, static_cast<int64_t>(l->items.size())), b.x);
    l->account();
  } else {
    Value args[2] = {Value::integer(i), b.x};
    vm.call_method(b.a, "insert", std::span<const Value>(args, 2));
  }
  return Value();
}

Value insort_right(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return insort(vm, parse("insort_right", a, kw), true);
}

Value insort_left(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return insort(vm, parse("insort_left", a, kw), false);
}

}  // namespace

void install_bisect_module(VM& vm) {
  Module* m = make_module("_bisect");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("bisect_right", make_native("bisect_right", bisect_right));
  d->set("bisect_left", make_native("bisect_left", bisect_left));
  d->set("insort_right", make_native("insort_right", insort_right));
  d->set("insort_left", make_native("insort_left", insort_left));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
