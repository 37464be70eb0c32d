// Shared by the math module's files (Modules/mathmodule.c).
#pragma once
#include <cmath>

#include "vm/int_big.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib::math {

// PyFloat_AsDouble: int (big too), bool, float, or __float__/__index__;
// "must be real number, not str".
double to_double(VM& vm, const Value& v);
// An exact int from an int or __index__ ("'float' object cannot be interpreted as an integer").
Value to_int(VM& vm, const Value& v);
// ValueError("math domain error") / OverflowError("math range error").
[[noreturn]] void domain_error();
[[noreturn]] void range_error();
// The int nearest a float toward -inf/+inf/0 ("cannot convert float infinity to integer").
Value float_to_int(double d);
// Argument count check with the METH_FASTCALL message "name expected N arguments, got M".
void expect_args(const char* name, Args a, size_t n);

// math_gamma.cpp: CPython's own gamma and lgamma (raising its errors).
double gamma(double x);
double lgamma(double x);

// The functions of each file, added to the module dict.
void add_integer_functions(Dict* d);  // math_integer.cpp: gcd, lcm, isqrt, factorial, comb, perm
void add_sum_functions(Dict* d);      // math_sums.cpp: fsum, prod, hypot, dist, isclose

}  // namespace sandbox::vm::lib::math
