// The native modules under CPython's pure-Python standard library (the C
// modules of CPython's Modules/, written here after their behaviour), each
// registered with VM::register_module by its installer.
#pragma once

namespace sandbox::vm {
class VM;
}

namespace sandbox::vm::lib {

// CPython's extension modules written here (all of the below); sys and the
// other modules the library imports first are stdlib_modules.h's.
void install_extension_modules(VM& vm);

void install_collections_module(VM& vm);  // _collections
void install_math_module(VM& vm);         // math
void install_cmath_module(VM& vm);        // cmath
void install_struct_module(VM& vm);       // _struct
void install_binascii_module(VM& vm);     // binascii
void install_functools_module(VM& vm);    // _functools
void install_heapq_module(VM& vm);        // _heapq
void install_bisect_module(VM& vm);       // _bisect
void install_operator_module(VM& vm);     // _operator

}  // namespace sandbox::vm::lib
