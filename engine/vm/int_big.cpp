// The VM side of arbitrary-precision ints: the BigInt object, the operator
// semantics of CPython's long_* slots on exact ints (errors and messages
// included), and normalisation back to the unboxed int64.
#include "vm/int_big.h"

#include <cassert>
#include <cmath>

#include "vm/internal.h"

namespace sandbox::vm {

BigInt::BigInt(BigNum v) : Obj(types().int_), n(std::move(v)) {
  assert(!n.fits_i64());
  mem.set(n.magnitude().capacity() * sizeof(BigNum::Digit));
}

Value make_int(BigNum n) {
  if (n.fits_i64()) return Value::integer(n.to_i64());
  return Value(new BigInt(std::move(n)));
}

Value int_from_literal(std::string_view text) {
  int base = 10;
  if (text.size() > 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) text.remove_prefix(2);
  }
  std::vector<uint8_t> digits;
  for (char c : text) {
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    assert(d >= 0 && d < base);
    digits.push_back(static_cast<uint8_t>(d));
  }
  return make_int(BigNum::from_digits(digits, base, false));
}

BigNum to_bignum(const Value& v) {
  if (v.is_intlike()) return BigNum::from_i64(v.as_int());
  assert(is_bigint(v));
  return v.as<BigInt>()->n;
}

double int_to_double(const Value& v) {
  if (v.is_intlike()) return static_cast<double>(v.as_int());
  bool overflow;
  double d = v.as<BigInt>()->n.to_double(overflow);
  if (overflow) throw_overflow_error("int too large to convert to float");
  return d;
}

namespace {
thread_local size_t g_max_str_digits = kIntMaxStrDigits;  // the interpreter's setting (one VM runs per thread)
}  // namespace

size_t int_max_str_digits() { return g_max_str_digits; }
void set_int_max_str_digits(size_t n) { g_max_str_digits = n; }

std::string int_to_decimal(const BigNum& n) {
  // long_to_decimal_string_internal checks the size first, so a huge int
  // fails before the quadratic conversion: log2(10) < 3.33.
  size_t limit = g_max_str_digits;
  if (limit && n.bit_length() > 1 + (uint64_t(limit) + 1) * 333 / 100)
    throw_value_error("Exceeds the limit (%zu digits) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      limit);
  std::string s = n.to_string(10);
  size_t digits = s.size() - (n.negative() ? 1 : 0);
  if (limit && digits > limit)
    throw_value_error("Exceeds the limit (%zu digits) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      limit);
  return s;
}

namespace {

// Bytes a result of `bits` bits needs: charged up front so a runaway
// 10**10**9 is a MemoryError, not an exhausted machine.
void reserve_bits(uint64_t bits) {
  if (bits > (uint64_t(1) << 40)) throw_memory_error();
  heap_reserve(static_cast<size_t>(bits / 8 + 8));
}

Value int_pow(const BigNum& a, const BigNum& b) {
  if (b.negative()) {
    // long_pow hands negative exponents to float_pow.
    double x = int_to_double(make_int(a)), y = int_to_double(make_int(b));
    if (x == 0) throw_zero_division_error("0.0 cannot be raised to a negative power");
    return Value::real(std::pow(x, y));
  }
  // 0, 1 and -1 stay small for any exponent.
  if (a.is_zero()) return Value::integer(b.is_zero() ? 1 : 0);
  if (a.bit_length() == 1) return Value::integer(a.negative() && b.is_odd() ? -1 : 1);
  if (!b.fits_i64()) throw_memory_error();
  uint64_t e = static_cast<uint64_t>(b.to_i64());
  uint64_t bits = a.bit_length();
  if (e > (uint64_t(1) << 40) / bits) throw_memory_error();
  reserve_bits(bits * e);
  return make_int(BigNum::pow(a, e));
}

}  // namespace

Value big_int_binop(BinOp op, const BigNum& a, const BigNum& b) {
  switch (op) {
    case BinOp::Add: return make_int(a + b);
    case BinOp::Sub: return make_int(a - b);
    case BinOp::Mul:
      reserve_bits(a.bit_length() + b.bit_length());
      return make_int(a * b);
    case BinOp::TrueDiv: {
      if (b.is_zero()) throw_zero_division_error("division by zero");
      bool overflow;
      double d = BigNum::true_divide(a, b, overflow);
      if (overflow) throw_overflow_error("integer division result too large for a float");
      return Value::real(d);
    }
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (b.is_zero())
        throw_zero_division_error(op == BinOp::Mod ? "integer modulo by zero"
                                                   : "integer division or modulo by zero");
      BigNum q, r;
      BigNum::divmod(a, b, q, r);
      return make_int(op == BinOp::Mod ? std::move(r) : std::move(q));
    }
    case BinOp::Pow: return int_pow(a, b);
    case BinOp::LShift: {
      if (b.negative()) throw_value_error("negative shift count");
      if (a.is_zero()) return Value::integer(0);
      if (!b.fits_i64()) throw_overflow_error("too many digits in integer");
      uint64_t n = static_cast<uint64_t>(b.to_i64());
      if (n > (uint64_t(1) << 40)) throw_memory_error();
      reserve_bits(a.bit_length() + n);
      return make_int(a.shl(n));
    }
    case BinOp::RShift: {
      if (b.negative()) throw_value_error("negative shift count");
      if (!b.fits_i64() || static_cast<uint64_t>(b.to_i64()) >= a.bit_length())
        return Value::integer(a.negative() ? -1 : 0);
      return make_int(a.shr(static_cast<uint64_t>(b.to_i64())));
    }
    case BinOp::And: return make_int(BigNum::bit_and(a, b));
    case BinOp::Or: return make_int(BigNum::bit_or(a, b));
    case BinOp::Xor: return make_int(BigNum::bit_xor(a, b));
    case BinOp::MatMul: break;
  }
  return Value::null();
}

Value big_int_unary(UnaryOp op, const BigNum& a) {
  switch (op) {
    case UnaryOp::Neg: return make_int(-a);
    case UnaryOp::Pos: return make_int(a);
    case UnaryOp::Invert: return make_int(a.invert());
  }
  return Value::null();
}

int int_float_compare(const BigNum& a, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  return BigNum::compare_double(a, d);
}

int small_int_float_compare(int64_t i, double d) {
  // Below 2**53 the conversion to double is exact.
  if (i > -(int64_t(1) << 53) && i < (int64_t(1) << 53)) {
    double x = static_cast<double>(i);
    if (std::isnan(d)) return 2;
    return x < d ? -1 : x > d ? 1 : 0;
  }
  return int_float_compare(BigNum::from_i64(i), d);
}

int64_t big_to_ssize(const Value& v, const char* msg) {
  if (v.is_intlike()) return v.as_int();
  throw_overflow_error("%s", msg);
}

}  // namespace sandbox::vm
