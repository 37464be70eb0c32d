#include "vm/lib/sort.h"

#include <algorithm>

#include "vm/lib/args.h"

namespace sandbox::vm::lib {

namespace {

enum class KeyKind { Int, Float, Str, Generic };

KeyKind classify(const std::vector<Value>& keys) {
  bool all_int = true, all_float = true, all_str = true;
  for (const Value& k : keys) {
    all_int &= k.is_intlike();
    all_float &= k.is_float();
    all_str &= is_exact_str(k);
  }
  if (all_int) return KeyKind::Int;
  if (all_float) return KeyKind::Float;
  if (all_str) return KeyKind::Str;
  return KeyKind::Generic;
}

// Stable merge sort of the permutation `idx` by `less` (strict "<" on keys).
// Guarded loops only, so an inconsistent user __lt__ cannot run off the
// array.
template <class Less>
void merge_sort(std::vector<size_t>& idx, Less less) {
  size_t n = idx.size();
  constexpr size_t kRun = 16;
  // Binary-insertion sort of short runs (like timsort's binarysort).
  for (size_t lo = 0; lo < n; lo += kRun) {
    size_t hi = std::min(n, lo + kRun);
    for (size_t i = lo + 1; i < hi; i++) {
      size_t pivot = idx[i];
      size_t l = lo, r = i;
      while (l < r) {
        size_t m = l + (r - l) / 2;
        if (less(pivot, idx[m]))
          r = m;
        else
          l = m + 1;
      }
      for (size_t j = i; j > l; j--) idx[j] = idx[j - 1];
      idx[l] = pivot;
    }
  }
  std::vector<size_t> buf(n);
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      if (mid >= hi) continue;
      size_t a = lo, b = mid, o = lo;
      while (a < mid && b < hi) {
        // Take from the right run only when strictly less: stability.
        if (less(idx[b], idx[a]))
          buf[o++] = idx[b++];
        else
          buf[o++] = idx[a++];
      }
      while (a < mid) buf[o++] = idx[a++];
      while (b < hi) buf[o++] = idx[b++];
      std::copy(buf.begin() + static_cast<std::ptrdiff_t>(lo), buf.begin() + static_cast<std::ptrdiff_t>(hi),
                idx.begin() + static_cast<std::ptrdiff_t>(lo));
    }
  }
}

}  // namespace

void sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse) {
  size_t n = items.size();
  if (n < 2 && key.is_none()) return;
  if (reverse) std::reverse(items.begin(), items.end());
  std::vector<Value> keys;
  const std::vector<Value>* kp = &items;
  if (!key.is_none()) {
    keys.reserve(n);
    for (const Value& v : items) {
      Value arg[1] = {v};
      keys.push_back(vm.call(key, std::span<const Value>(arg, 1)));
    }
    kp = &keys;
  }
  const std::vector<Value>& k = *kp;
  std::vector<size_t> idx(n);
  for (size_t i = 0; i < n; i++) idx[i] = i;
  switch (classify(k)) {
    case KeyKind::Int:
      merge_sort(idx, [&](size_t a, size_t b) { return k[a].as_int() < k[b].as_int(); });
      break;
    case KeyKind::Float:
      merge_sort(idx, [&](size_t a, size_t b) { return k[a].as_float() < k[b].as_float(); });
      break;
    case KeyKind::Str:
      merge_sort(idx, [&](size_t a, size_t b) { return str_of(k[a]) < str_of(k[b]); });
      break;
    case KeyKind::Generic:
      merge_sort(idx, [&](size_t a, size_t b) { return vm.compare_bool(k[a], k[b], CmpOp::Lt); });
      break;
  }
  std::vector<Value> sorted;
  sorted.reserve(n);
  for (size_t i : idx) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
  if (reverse) std::reverse(items.begin(), items.end());
}

}  // namespace sandbox::vm::lib
