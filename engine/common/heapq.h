// A mirror of CPython's Lib/heapq.py (heappush, heappop, heapify and their
// _siftdown/_siftup helpers), generic over the element and a strict "less".
// heapq is not stable: equal keys leave in an order fixed by its sift
// algorithm, and on a virtual clock equal deadlines are everywhere, so the
// algorithm is mirrored step for step.  The runtime's timer heap
// (runtime/timer_heap.h) and the model's copy of loop._scheduled both use it.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

namespace sandbox::heapq {

// heapq._siftdown: move heap[pos] up towards startpos while it is smaller
// than its parent.
template <class T, class Less>
void siftdown(std::vector<T>& heap, size_t startpos, size_t pos, Less less) {
  T newitem = std::move(heap[pos]);
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    if (less(newitem, heap[parentpos])) {
      heap[pos] = std::move(heap[parentpos]);
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = std::move(newitem);
}

// heapq._siftup: bubble the smaller child up until hitting a leaf, then put
// the item there and sift it down (the "bottom-up" variant CPython uses).
template <class T, class Less>
void siftup(std::vector<T>& heap, size_t pos, Less less) {
  size_t endpos = heap.size();
  size_t startpos = pos;
  T newitem = std::move(heap[pos]);
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = std::move(heap[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = std::move(newitem);
  siftdown(heap, startpos, pos, less);
}

template <class T, class Less>
void heappush(std::vector<T>& heap, T item, Less less) {
  heap.push_back(std::move(item));
  siftdown(heap, 0, heap.size() - 1, less);
}

template <class T, class Less>
T heappop(std::vector<T>& heap, Less less) {
  T last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  T ret = std::move(heap[0]);
  heap[0] = std::move(last);
  siftup(heap, 0, less);
  return ret;
}

template <class T, class Less>
void heapify(std::vector<T>& heap, Less less) {
  for (size_t i = heap.size() / 2; i-- > 0;) siftup(heap, i, less);
}

// Remove heap[i] (not in heapq; used only when a TimerDue names a timer that
// is not at the head, which a faithful runtime never does): swap in the last
// element and restore the invariant both ways.
template <class T, class Less>
T remove_at(std::vector<T>& heap, size_t i, Less less) {
  T ret = std::move(heap[i]);
  T last = std::move(heap.back());
  heap.pop_back();
  if (i < heap.size()) {
    heap[i] = std::move(last);
    if (i > 0 && less(heap[i], heap[(i - 1) >> 1]))
      siftdown(heap, 0, i, less);
    else
      siftup(heap, i, less);
  }
  return ret;
}

}  // namespace sandbox::heapq
