// Shared by operator_module.cpp and operator_getters.cpp.
#pragma once

namespace sandbox::vm {
struct Dict;
}

namespace sandbox::vm::lib {

// Adds itemgetter, attrgetter and methodcaller to the _operator module dict.
void add_operator_getters(Dict* d);

}  // namespace sandbox::vm::lib
