// The native standard-library modules' containers and the cycle collector
// and heap account: deques, defaultdicts, partials, operator getters and
// KeyWrappers in cycles are freed, and nothing is left behind afterwards.
#include <doctest/doctest.h>

#include "test_runtime_util.h"
#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/object.h"

using namespace sandbox;

namespace {

// Runs src twice (the first run makes what the process keeps for good);
// the second must leave no object, heap byte or tracked container behind.
void check_no_leak(const char* src, const char* expected_out) {
  PyRun warm = run_py(src, false);
  int64_t live = vm::Obj::live_count(), heap = vm::heap_account().used, tracked = vm::gc_tracked_count();
  PyRun r = run_py(src, false);
  CHECK(r.out == expected_out);
  CHECK(r.out == warm.out);
  CHECK(vm::Obj::live_count() == live);
  CHECK(vm::heap_account().used == heap);
  CHECK(vm::gc_tracked_count() == tracked);
  CHECK(vm::gc_stats().over_reported == 0);
}

}  // namespace

TEST_SUITE("stdlib natives") {
  TEST_CASE("deques in cycles, subclass instances with attributes, iterators") {
    check_no_leak(R"PY(
from _collections import deque
class Ring(deque):
    pass
for i in range(200):
    d = deque([1, 2, 3], maxlen=10)
    d.append(d)
    r = Ring([d])
    r.owner = r
    it = iter(r)
    r.append(it)
    rev = reversed(d)
    d.append(rev)
print("ok", len(d), len(r))
)PY",
                  "ok 5 2\n");
  }

  TEST_CASE("defaultdicts whose factory or values refer back to them") {
    check_no_leak(R"PY(
from _collections import defaultdict
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
for i in range(200):
    t = Tree()
    t["a"]["b"]["c"]
    t.parent = t
    d = defaultdict(list)
    d["self"].append(d)
    d.default_factory = lambda: d
    d["x"]
print("ok", len(t), len(d))
)PY",
                  "ok 1 2\n");
  }

  TEST_CASE("partials, getters and key wrappers holding themselves") {
    check_no_leak(R"PY(
from _functools import partial, cmp_to_key
from _operator import itemgetter, methodcaller
for i in range(200):
    box = []
    p = partial(print, box)
    box.append(p)
    g = itemgetter(box)
    box.append(g)
    m = methodcaller("f", box, key=box)
    box.append(m)
    K = cmp_to_key(lambda a, b: 0)
    k = K(box)
    box.append(k)
    p.attr = p
print("ok", len(box))
)PY",
                  "ok 4\n");
  }

  TEST_CASE("a big deque and struct buffers are charged to the heap account and given back") {
    vm::VM machine;
    int64_t before = vm::heap_account().used;
    PyRun r = run_py(R"PY(
from _collections import deque
import _struct
d = deque(range(100000))
print(len(d), len(_struct.pack("<100000x")))
)PY",
                     false);
    CHECK(r.out == "100000 100000\n");
    CHECK(vm::heap_account().used == before);
  }
}
