// Queues: heapq's exact pop order (PriorityQueue), then Python-level
// behaviour through the engine (wake order, exact messages, traces).
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "runtime/queue_heap.h"

namespace {

using sandbox::runtime::heap_pop;
using sandbox::runtime::heap_push;

// Items that compare on priority only, like (prio, label) with an
// unorderable label: equal priorities come out in heapq's order, which is
// not insertion order.  Expected strings come from CPython's heapq.
struct Item {
  int prio;
  char label;
};
bool less(const Item& a, const Item& b) { return a.prio < b.prio; }

const std::vector<Item> kSeq = {{3, 'a'}, {1, 'b'}, {2, 'c'}, {1, 'd'}, {5, 'e'},
                                {2, 'f'}, {1, 'g'}, {3, 'h'}, {1, 'i'}, {2, 'j'}};

}  // namespace

TEST_SUITE("runtime.queue.heap") {
  TEST_CASE("push all then pop all: ties in heapq's order") {
    std::vector<Item> h;
    for (const Item& it : kSeq) heap_push(h, it, less);
    std::string out;
    while (!h.empty()) out += heap_pop(h, less).label;
    CHECK(out == "bgdicfjhae");  // python3: heapq with __lt__ on prio only
  }

  TEST_CASE("interleaved pushes and pops") {
    std::vector<Item> h;
    std::string out;
    for (const Item& it : kSeq) {
      heap_push(h, it, less);
      if (it.label == 'd' || it.label == 'f' || it.label == 'h') out += heap_pop(h, less).label;
    }
    while (!h.empty()) out += heap_pop(h, less).label;
    CHECK(out == "bdgicjfahe");
  }
}
