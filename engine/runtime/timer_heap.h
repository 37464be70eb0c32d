// A binary min-heap that pops in exactly the order CPython's heapq does.
// heapq is not stable: equal keys leave in an order fixed by its sift
// algorithm, and on a virtual clock equal deadlines are everywhere, so the
// algorithm is mirrored step for step (Lib/heapq.py / Modules/_heapqmodule.c).
// `Less(a, b)` must be TimerHandle.__lt__: it compares deadlines only.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

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

  // heapq.heappush
  void push(T item) {
    items_.push_back(std::move(item));
    sift_down(0, items_.size() - 1);
  }

  // heapq.heappop
  T pop() {
    T last = std::move(items_.back());
    items_.pop_back();
    if (items_.empty()) return last;
    T ret = std::move(items_[0]);
    items_[0] = std::move(last);
    sift_up(0);
    return ret;
  }

  // heapq.heapify (the C module's cache-friendly variant builds the same heap)
  void heapify() {
    size_t n = items_.size();
    for (size_t i = n / 2; i-- > 0;) sift_up(i);
  }

  void clear() { items_.clear(); }

 private:
  // heapq._siftdown: move the item at pos up towards startpos while it is
  // smaller than its parent (strictly: ties stay below).
  void sift_down(size_t startpos, size_t pos) {
    T newitem = std::move(items_[pos]);
    while (pos > startpos) {
      size_t parentpos = (pos - 1) >> 1;
      if (less_(newitem, items_[parentpos])) {
        items_[pos] = std::move(items_[parentpos]);
        pos = parentpos;
        continue;
      }
      break;
    }
    items_[pos] = std::move(newitem);
  }

  // heapq._siftup: bubble the smaller child up until a leaf is reached (the
  // right child wins unless left < right), then sift the item back down.
  void sift_up(size_t pos) {
    size_t endpos = items_.size();
    size_t startpos = pos;
    T newitem = std::move(items_[pos]);
    size_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
      size_t rightpos = childpos + 1;
      if (rightpos < endpos && !less_(items_[childpos], items_[rightpos])) childpos = rightpos;
      items_[pos] = std::move(items_[childpos]);
      pos = childpos;
      childpos = 2 * pos + 1;
    }
    items_[pos] = std::move(newitem);
    sift_down(startpos, pos);
  }

  std::vector<T> items_;
  Less less_;
};

}  // namespace sandbox::runtime
