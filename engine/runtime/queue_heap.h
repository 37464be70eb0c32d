// heapq's push and pop (Lib/heapq.py, the same algorithm as _heapq.c) over
// any random-access container with a caller-supplied "<".  PriorityQueue needs heapq's
// exact sift order, not just "some min-heap": items that compare equal come
// out in heapq's order, and a comparison that raises (say, two tuples whose
// second elements are not orderable) raises at the same point as CPython.
#pragma once
#include <cstddef>
#include <utility>

namespace sandbox::runtime {

// heapq._siftdown: move heap[pos] up towards startpos while it is smaller
// than its parent.
template <class C, class Less>
void heap_sift_down(C& heap, size_t startpos, size_t pos, Less&& less) {
  auto newitem = heap[pos];
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    if (less(newitem, heap[parentpos])) {
      heap[pos] = heap[parentpos];
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = std::move(newitem);
}

// heapq._siftup: bubble the smaller child up until a leaf, then sift the
// item down from there (fewer comparisons than the textbook version, and a
// different order for equal items: this is the one CPython uses).
template <class C, class Less>
void heap_sift_up(C& heap, size_t pos, Less&& less) {
  size_t endpos = heap.size();
  size_t startpos = pos;
  auto newitem = heap[pos];
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = std::move(newitem);
  heap_sift_down(heap, startpos, pos, less);
}

// heapq.heappush
template <class C, class T, class Less>
void heap_push(C& heap, T item, Less&& less) {
  heap.push_back(std::move(item));
  heap_sift_down(heap, 0, heap.size() - 1, less);
}

// heapq.heappop (the heap must not be empty)
template <class C, class Less>
auto heap_pop(C& heap, Less&& less) {
  auto last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  auto top = std::move(heap[0]);
  heap[0] = std::move(last);
  heap_sift_up(heap, 0, less);
  return top;
}

}  // namespace sandbox::runtime
