// The `_heapq` module (Modules/_heapqmodule.c): the same sift algorithm as
// Lib/heapq.py (so the list ends in the same order), comparing with `<`
// only, and checking that comparisons did not change the heap's size.
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib {

namespace {

bool less(VM& vm, const Value& a, const Value& b, bool max_heap) {
  return max_heap ? vm.compare_bool(b, a, CmpOp::Lt) : vm.compare_bool(a, b, CmpOp::Lt);
}

// Moves the item at pos up toward startpos while it is smaller than its parent.
void sift_down(VM& vm, List* heap, size_t startpos, size_t pos, bool max_heap) {
  size_t size = heap->items.size();
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    Value newitem = heap->items[pos];
    Value parent = heap->items[parentpos];
    bool lt = less(vm, newitem, parent, max_heap);
    if (size != heap->items.size()) throw_runtime_error("list changed size during iteration");
    if (!lt) break;
    std::swap(heap->items[pos], heap->items[parentpos]);
    pos = parentpos;
  }
}

// Bubbles the smaller child up from pos to a leaf, then sifts the item down.
void sift_up(VM& vm, List* heap, size_t pos, bool max_heap) {
  size_t endpos = heap->items.size();
  size_t startpos = pos;
  size_t limit = endpos >> 1;
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      bool lt = less(vm, heap->items[childpos], heap->items[childpos + 1], max_heap);
      if (endpos != heap->items.size()) throw_runtime_error("list changed size during iteration");
      if (!lt) childpos += 1;
    }
    std::swap(heap->items[pos], heap->items[childpos]);
    pos = childpos;
  }
  sift_down(vm, heap, startpos, pos, max_heap);
}

List* heap_arg(const Value& v, const char* fname, bool single) {
  if (!v.is_obj() || !is_subtype(v.type(), types().list)) {
    if (single) throw_type_error("%s() argument must be list, not %s", fname, type_name(v));
    throw_type_error("%s() argument 1 must be list, not %s", fname, type_name(v));
  }
  return v.as<List>();
}

void expect(const char* fname, Args a, size_t n) {
  if (a.size() != n) throw_type_error("%s expected %zu argument%s, got %zu", fname, n, n == 1 ? "" : "s", a.size());
}

Value h_push(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("heappush", kw);
  expect("heappush", a, 2);
  List* heap = heap_arg(a[0], "heappush", false);
  heap->items.push_back(a[1]);
  heap->account();
  sift_down(vm, heap, 0, heap->items.size() - 1, false);
  return Value();
}

Value pop_impl(VM& vm, const Value& arg, const char* fname, bool max_heap) {
  List* heap = heap_arg(arg, fname, true);
  if (heap->items.empty()) throw_index_error("index out of range");
  Value last = std::move(heap->items.back());
  heap->items.pop_back();
  if (heap->items.empty()) return last;
  Value top = std::move(heap->items[0]);
  heap->items[0] = std::move(last);
  sift_up(vm, heap, 0, max_heap);
  return top;
}

Value h_pop(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("heappop", kw);
  check_one_arg("heappop", a);
  return pop_impl(vm, a[0], "heappop", false);
}

Value h_pop_max(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("_heappop_max", kw);
  check_one_arg("_heappop_max", a);
  return pop_impl(vm, a[0], "_heappop_max", true);
}

Value replace_impl(VM& vm, Args a, const char* fname, bool max_heap) {
  expect(fname, a, 2);
  List* heap = heap_arg(a[0], fname, false);
  if (heap->items.empty()) throw_index_error("index out of range");
  Value top = std::move(heap->items[0]);
  heap->items[0] = a[1];
  sift_up(vm, heap, 0, max_heap);
  return top;
}

Value h_replace(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("heapreplace", kw);
  return replace_impl(vm, a, "heapreplace", false);
}

Value h_replace_max(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("_heapreplace_max", kw);
  return replace_impl(vm, a, "_heapreplace_max", true);
}

Value h_pushpop(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("heappushpop", kw);
  expect("heappushpop", a, 2);
  List* heap = heap_arg(a[0], "heappushpop", false);
  if (heap->items.empty()) return a[1];
  Value top = heap->items[0];
  bool lt = vm.compare_bool(top, a[1], CmpOp::Lt);
  if (!lt) return a[1];
  if (heap->items.empty()) throw_index_error("index out of range");
  Value out = std::move(heap->items[0]);
  heap->items[0] = a[1];
  sift_up(vm, heap, 0, false);
  return out;
}

Value heapify_impl(VM& vm, Args a, const char* fname, bool max_heap) {
  check_one_arg(fname, a);
  List* heap = heap_arg(a[0], fname, true);
  size_t n = heap->items.size();
  for (size_t i = n / 2; i-- > 0;) sift_up(vm, heap, i, max_heap);
  return Value();
}

Value h_heapify(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("heapify", kw);
  return heapify_impl(vm, a, "heapify", false);
}

Value h_heapify_max(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("_heapify_max", kw);
  return heapify_impl(vm, a, "_heapify_max", true);
}

}  // namespace

void install_heapq_module(VM& vm) {
  Module* m = make_module("_heapq");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("heappush", make_native("heappush", h_push));
  d->set("heappop", make_native("heappop", h_pop));
  d->set("heapreplace", make_native("heapreplace", h_replace));
  d->set("heappushpop", make_native("heappushpop", h_pushpop));
  d->set("heapify", make_native("heapify", h_heapify));
  d->set("_heappop_max", make_native("_heappop_max", h_pop_max));
  d->set("_heapreplace_max", make_native("_heapreplace_max", h_replace_max));
  d->set("_heapify_max", make_native("_heapify_max", h_heapify_max));
  d->set("__about__", make_str("Heap queues"));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
