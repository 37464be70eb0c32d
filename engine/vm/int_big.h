// Python ints beyond int64: a heap BigInt whose Python type is `int`.
// Ints that fit in int64 are always the unboxed Value (Tag::Int), so every
// BigInt holds a value outside int64 and there is one canonical form per
// integer: make_int() normalises every result.
#pragma once
#include <string>

#include "vm/bigint.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace sandbox::vm {

struct BigInt : Obj {
  BigNum n;
  HeapCharge mem;  // the digit buffer
  explicit BigInt(BigNum v);
};

// CPython's default sys.int_max_str_digits: decimal conversions of longer
// ints raise ValueError both ways.
constexpr size_t kIntMaxStrDigits = 4300;
// The limit in force (sys.set_int_max_str_digits; 0 = none).  Each VM
// starts with the default (the sys module's install resets it).
size_t int_max_str_digits();
void set_int_max_str_digits(size_t n);

inline bool is_bigint(const Value& v) { return v.is_obj() && v.as_obj()->type == types().int_; }
// int, bool or a BigInt: every exact Python int.
inline bool is_int_value(const Value& v) { return v.is_intlike() || is_bigint(v); }
// The unboxed int when n fits in int64, else a new BigInt.
Value make_int(BigNum n);
// An integer literal's text beyond int64 (decimal, or 0x/0o/0b with its
// prefix; underscores already removed, digits valid).
Value int_from_literal(std::string_view text);
// v must satisfy is_int_value.
BigNum to_bignum(const Value& v);
// float(v) for an int value: OverflowError "int too large to convert to float".
double int_to_double(const Value& v);
// str(v) in decimal (ValueError past int_max_str_digits() digits).
std::string int_to_decimal(const BigNum& n);

// The int operators on exact ints (CPython's long_add ... long_xor), with
// their ZeroDivisionError/ValueError/OverflowError messages; null for MatMul.
Value big_int_binop(BinOp op, const BigNum& a, const BigNum& b);
Value big_int_unary(UnaryOp op, const BigNum& a);
// Exact int-vs-float comparison (float_richcompare): -1, 0, 1, or 2 for NaN.
int int_float_compare(const BigNum& a, double d);
// An int64 compared exactly with a double (ints past 2**53 are not rounded).
int small_int_float_compare(int64_t i, double d);
// The int's value as an index: OverflowError `msg` when it does not fit.
int64_t big_to_ssize(const Value& v, const char* msg);

}  // namespace sandbox::vm
