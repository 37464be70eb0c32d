// VM behaviour: statements and expressions run end to end, compared with
// what CPython 3.11 prints for the same snippets.
#include <doctest/doctest.h>

#include "vm_test_util.h"

using vmtest::run;

TEST_SUITE("vm") {
  TEST_CASE("arithmetic and printing") {
    CHECK(run("print(1 + 2 * 3, 7 // 2, -7 // 2, -7 % 3, 7 / 2, 2 ** 10)\n") == "7 3 -4 2 3.5 1024\n");
    CHECK(run("print(0.1 + 0.2, 1e16, 1.5e-5, 3.0, -0.0, 1/3)\n") ==
          "0.30000000000000004 1e+16 1.5e-05 3.0 -0.0 0.3333333333333333\n");
    CHECK(run("print(True + True, 1 == 1.0, 'a' + 'b', 'ab' * 3, [1] * 2, (1, 2) + (3,))\n") ==
          "2 True ab ababab [1, 1] (1, 2, 3)\n");
  }
}
