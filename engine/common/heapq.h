// CPython's heapq (Lib/heapq.py and its accelerator Modules/_heapq.c):
// heappush, heappop, heapify and their _siftdown/_siftup helpers, generic
// over a random-access container and a strict "less".
//
// heapq is not stable: equal keys leave in an order fixed by its sift
// algorithm, and on a virtual clock equal deadlines are everywhere, so the
// algorithm is mirrored step for step.  As in _heapq.c, every move is a swap:
// if `less` throws (a Python __lt__ raising inside a PriorityQueue), the heap
// is still a permutation of its items, as CPython leaves the list.
//
// Users: the loop's timer heap (runtime/timer_heap.h), the model's copy of
// loop._scheduled (model/builder.cpp) and PriorityQueue (runtime/queue.cpp).
#pragma once
#include <cstddef>
#include <utility>

namespace sandbox::heapq {

// heapq._siftdown: move heap[pos] up towards startpos while it is smaller
// than its parent.
template <class C, class Less>
void siftdown(C& heap, size_t startpos, size_t pos, Less&& less) {
  using std::swap;
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    if (!less(heap[pos], heap[parentpos])) break;
    swap(heap[pos], heap[parentpos]);
    pos = parentpos;
  }
}

// heapq._siftup: bubble the smaller child up until hitting a leaf, then sift
// the item down from there (the "bottom-up" variant CPython uses: fewer
// comparisons, and its own order for equal items).
template <class C, class Less>
void siftup(C& heap, size_t pos, Less&& less) {
  using std::swap;
  size_t endpos = heap.size();
  size_t startpos = pos;
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos], heap[rightpos])) childpos = rightpos;
    swap(heap[pos], heap[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  siftdown(heap, startpos, pos, less);
}

template <class C, class T, class Less>
void heappush(C& heap, T item, Less&& less) {
  heap.push_back(std::move(item));
  siftdown(heap, 0, heap.size() - 1, less);
}

// The heap must not be empty.
template <class C, class Less>
auto heappop(C& heap, Less&& less) {
  using std::swap;
  auto ret = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return ret;
  swap(ret, heap[0]);
  siftup(heap, 0, less);
  return ret;
}

template <class C, class Less>
void heapify(C& heap, Less&& less) {
  for (size_t i = heap.size() / 2; i-- > 0;) siftup(heap, i, less);
}

// Remove heap[i] (not in heapq; used only when a TimerDue names a timer that
// is not at the head, which a faithful runtime never does): swap in the last
// element and restore the invariant both ways.
template <class C, class Less>
auto remove_at(C& heap, size_t i, Less&& less) {
  using std::swap;
  auto ret = std::move(heap.back());
  heap.pop_back();
  if (i < heap.size()) {
    swap(ret, heap[i]);
    if (i > 0 && less(heap[i], heap[(i - 1) >> 1]))
      siftdown(heap, 0, i, less);
    else
      siftup(heap, i, less);
  }
  return ret;
}

}  // namespace sandbox::heapq
