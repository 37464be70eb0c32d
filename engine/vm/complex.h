// Python's complex: a pair of doubles (Objects/complexobject.c semantics).
#pragma once
#include "vm/object.h"

namespace sandbox::vm {

struct Complex : Obj {
  double re, im;
  Complex(double r, double i);
};

Type* complex_type();  // created by lib's install_complex_type()
Value make_complex(double re, double im);
// float ** float with a negative base and a fractional exponent: CPython
// hands it to complex's power (float_pow -> complex_pow).
Value complex_pow_of_floats(double base, double exp);

}  // namespace sandbox::vm
