// loop._scheduled: a list kept in heapq order (common/heapq.h, CPython's
// Lib/heapq.py step for step).  `Less(a, b)` must be TimerHandle.__lt__: it
// compares deadlines only, so equal deadlines pop in heapq's order.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

#include "common/heapq.h"

namespace sandbox::runtime {

template <class T, class Less>
class TimerHeap {
 public:
  explicit TimerHeap(Less less = Less{}) : less_(less) {}

  size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const T& top() const { return items_[0]; }
  const T& operator[](size_t i) const { return items_[i]; }
  // The underlying list in heap order (heap[0] is the head).
  const std::vector<T>& items() const { return items_; }
  std::vector<T>& items() { return items_; }

  void push(T item) { heapq::heappush(items_, std::move(item), less_); }
  T pop() { return heapq::heappop(items_, less_); }
  void heapify() { heapq::heapify(items_, less_); }
  void clear() { items_.clear(); }

 private:
  std::vector<T> items_;
  Less less_;
};

}  // namespace sandbox::runtime
