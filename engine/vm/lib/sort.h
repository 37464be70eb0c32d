// list.sort / sorted: a stable merge sort that compares with `<` only, like
// CPython's listsort (keys computed once, reverse done by reversing before and
// after so equal elements keep their order). User __lt__ and key functions
// are called back through the VM; a raise propagates as PyException and
// leaves the list a permutation of its items.
#pragma once

#include <vector>

#include "vm/value.h"

namespace sandbox::vm {
class VM;
}

namespace sandbox::vm::lib {

// Sorts `items` in place. `key` is None for no key function.
void sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse);

}  // namespace sandbox::vm::lib
