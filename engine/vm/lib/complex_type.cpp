// The complex type: constructor (numbers and strings), arithmetic with
// int/float/complex, power (c_pow / c_powi), comparisons, hash, repr and
// format, abs, conjugate, real/imag (after Objects/complexobject.c).
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "vm/complex.h"
#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/number_format.h"

namespace sandbox::vm {

namespace {
Type* g_complex = nullptr;
}

Complex::Complex(double r, double i) : Obj(complex_type()), re(r), im(i) {}

namespace lib {
Type* make_complex_type();
}

// Made on first use: the compiler may build a constant (3j) before any VM
// has installed the builtins.
Type* complex_type() {
  if (!g_complex) g_complex = lib::make_complex_type();
  return g_complex;
}

Value make_complex(double re, double im) { return Value(new Complex(re, im)); }

namespace {

struct C {
  double re, im;
};

C c_sum(C a, C b) { return {a.re + b.re, a.im + b.im}; }
C c_diff(C a, C b) { return {a.re - b.re, a.im - b.im}; }
C c_prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot: Smith's method, scaling by the larger component of b.
C c_quot(C a, C b, bool& zero) {
  zero = false;
  double abs_breal = std::fabs(b.re), abs_bimag = std::fabs(b.im);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}

// _Py_c_pow; domain set for 0 to a negative or complex power.
C c_pow(C a, C b, bool& domain) {
  domain = false;
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) domain = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

// c_powu / c_powi: repeated squaring for small integral exponents.
C c_powu(C x, long n) {
  C r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

C c_powi(C x, long n, bool& zero) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n), zero);
}

// complex_pow without a modulus.
Value complex_power(C a, C b) {
  C r;
  bool domain = false;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    r = c_powi(a, static_cast<long>(b.re), domain);
  } else {
    r = c_pow(a, b, domain);
  }
  if (domain) throw_zero_division_error("0.0 to a negative or complex power");
  if (std::isinf(r.re) || std::isinf(r.im)) throw_overflow_error("complex exponentiation");
  return make_complex(r.re, r.im);
}

bool is_complex(const Value& v) { return v.is_obj() && v.as_obj()->type == complex_type(); }

// to_complex(): int, float or complex operands; false for anything else.
bool as_c(const Value& v, C& out) {
  if (is_complex(v)) {
    out = {v.as<Complex>()->re, v.as<Complex>()->im};
    return true;
  }
  if (v.is_float()) {
    out = {v.as_float(), 0.0};
    return true;
  }
  if (is_int_value(v)) {
    out = {int_to_double(v), 0.0};
    return true;
  }
  return false;
}

Value complex_binary(VM&, BinOp op, const Value& a, const Value& b, bool) {
  C x, y;
  if (!as_c(a, x) || !as_c(b, y)) return Value::null();
  switch (op) {
    case BinOp::Add: { C r = c_sum(x, y); return make_complex(r.re, r.im); }
    case BinOp::Sub: { C r = c_diff(x, y); return make_complex(r.re, r.im); }
    case BinOp::Mul: { C r = c_prod(x, y); return make_complex(r.re, r.im); }
    case BinOp::TrueDiv: {
      bool zero;
      C r = c_quot(x, y, zero);
      if (zero) throw_zero_division_error("complex division by zero");
      return make_complex(r.re, r.im);
    }
    case BinOp::Pow: return complex_power(x, y);
    default: return Value::null();
  }
}

Value complex_unary(VM&, UnaryOp op, const Value& v) {
  const Complex* c = v.as<Complex>();
  if (op == UnaryOp::Neg) return make_complex(-c->re, -c->im);
  if (op == UnaryOp::Pos) return make_complex(c->re, c->im);
  return Value::null();
}

// float repr without the ".0" of integral values (PyOS_double_to_string 'r'
// without Py_DTSF_ADD_DOT_0).
std::string part_repr(double x, bool with_sign) {
  std::string s = float_repr(x);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (with_sign && s[0] != '-') s.insert(s.begin(), '+');
  return s;
}

std::string complex_text(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return part_repr(im, false) + "j";
  return "(" + part_repr(re, false) + part_repr(im, true) + "j)";
}

Value complex_repr(VM&, const Value& v) {
  const Complex* c = v.as<Complex>();
  return make_str(complex_text(c->re, c->im));
}

int64_t complex_hash(VM&, const Value& v) {
  const Complex* c = v.as<Complex>();
  uint64_t hr = static_cast<uint64_t>(hash_float(c->re));
  uint64_t hi = static_cast<uint64_t>(hash_float(c->im));
  int64_t h = static_cast<int64_t>(hr + 1000003u * hi);
  return h == -1 ? -2 : h;
}

bool complex_truthy(VM&, const Value& v) {
  const Complex* c = v.as<Complex>();
  return c->re != 0.0 || c->im != 0.0;
}

// complex_richcompare: only == and != are defined; an int is compared exactly.
Value complex_compare(VM&, const Value& a, const Value& b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::null();
  const Complex* c = a.as<Complex>();
  bool equal;
  if (is_complex(b)) {
    equal = c->re == b.as<Complex>()->re && c->im == b.as<Complex>()->im;
  } else if (b.is_float()) {
    equal = c->im == 0.0 && c->re == b.as_float();
  } else if (is_int_value(b)) {
    equal = c->im == 0.0 && int_float_compare(to_bignum(b), c->re) == 0;
  } else {
    return Value::null();
  }
  return Value::boolean(op == CmpOp::Eq ? equal : !equal);
}

// complex_subtype_from_string: [ws] ['('] [ws] real [imag 'j'] | imag 'j' [ws] [')'] [ws].
bool parse_complex(std::string_view s, double& re, double& im) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  size_t p = 0, end = s.size();
  while (p < end && ws(s[p])) ++p;
  while (end > p && ws(s[end - 1])) --end;
  if (p < end && s[p] == '(') {
    if (end - p < 2 || s[end - 1] != ')') return false;
    ++p;
    --end;
    while (p < end && ws(s[p])) ++p;
    while (end > p && ws(s[end - 1])) --end;
  }
  std::string body(s.substr(p, end - p));
  if (body.empty() || body.find('_') != std::string::npos) return false;
  // A float with strtod's syntax minus hex forms and leading whitespace.
  auto number = [&](size_t& i, double& out) -> bool {
    const char* start = body.c_str() + i;
    if (*start == ' ' || *start == '\t' || *start == '\n') return false;
    if ((start[0] == '0' && (start[1] | 0x20) == 'x') ||
        ((start[0] == '+' || start[0] == '-') && start[1] == '0' && (start[2] | 0x20) == 'x'))
      return false;
    char* stop = nullptr;
    out = std::strtod(start, &stop);
    if (stop == start) return false;
    i += static_cast<size_t>(stop - start);
    return true;
  };
  size_t i = 0;
  double x;
  re = 0.0;
  im = 0.0;
  if (number(i, x)) {
    if (i == body.size()) {
      re = x;
      return true;
    }
    if (body[i] == 'j' || body[i] == 'J') {
      im = x;
      return i + 1 == body.size();
    }
    re = x;
    if (body[i] != '+' && body[i] != '-') return false;
    double y;
    size_t before = i;
    if (number(i, y)) {
      im = y;
    } else {
      // "1+j" / "1-j"
      i = before + 1;
      im = body[before] == '-' ? -1.0 : 1.0;
    }
    return i < body.size() && (body[i] == 'j' || body[i] == 'J') && i + 1 == body.size();
  }
  // "j", "+j", "-j"
  size_t k = 0;
  double sign = 1.0;
  if (body[k] == '+' || body[k] == '-') sign = body[k++] == '-' ? -1.0 : 1.0;
  if (k < body.size() && (body[k] == 'j' || body[k] == 'J') && k + 1 == body.size()) {
    im = sign;
    return true;
  }
  return false;
}

// One argument of complex(real, imag) as a complex number.
// *is_complex_out: the value was a complex (directly or from __complex__).
C complex_arg(VM& vm, const Value& v, bool first, bool* is_complex_out) {
  C c;
  *is_complex_out = is_complex(v);
  if (as_c(v, c)) return c;
  if (!type_lookup(v.type(), "__complex__").is_null()) {
    Value r = vm.call_method(v, "__complex__", {});
    if (!is_complex(r))
      throw_type_error("__complex__ returned non-complex (type %s)", r.type()->name.c_str());
    *is_complex_out = true;
    return {r.as<Complex>()->re, r.as<Complex>()->im};
  }
  if (!type_lookup(v.type(), "__float__").is_null()) {
    Value r = vm.call_method(v, "__float__", {});
    if (!r.is_float()) throw_type_error("%s.__float__ returned non-float (type %s)", v.type()->name.c_str(),
                                        r.type()->name.c_str());
    return {r.as_float(), 0.0};
  }
  if (first)
    throw_type_error("complex() first argument must be a string or a number, not '%s'", v.type()->name.c_str());
  throw_type_error("complex() second argument must be a number, not '%s'", v.type()->name.c_str());
}

Value complex_new(VM& vm, Type*, std::span<const Value> args, const KwArgs* kw) {
  lib::check_kwargs("complex", kw, {"real", "imag"});
  if (args.size() > 2) throw_type_error("complex() takes at most 2 arguments (%zu given)", args.size());
  Value real = args.size() > 0 ? args[0] : Value::null();
  Value imag = args.size() > 1 ? args[1] : Value::null();
  if (const Value* v = lib::kwarg(kw, "real")) real = *v;
  if (const Value* v = lib::kwarg(kw, "imag")) imag = *v;
  if (real.is_null() && imag.is_null()) return make_complex(0.0, 0.0);
  if (!real.is_null() && lib::is_str(real)) {
    if (!imag.is_null()) throw_type_error("complex() can't take second arg if first is a string");
    double re, im;
    const std::string& text = lib::str_of(real);
    if (text.find('_') != std::string::npos) {
      // _Py_string_to_number_with_underscores: single underscores between digits only.
      std::string plain;
      for (size_t k = 0; k < text.size(); ++k) {
        if (text[k] != '_') {
          plain += text[k];
          continue;
        }
        bool ok = k > 0 && k + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[k - 1])) &&
                  std::isdigit(static_cast<unsigned char>(text[k + 1]));
        if (!ok) throw_value_error("could not convert string to complex: %s", str_repr(text).c_str());
      }
      if (!parse_complex(plain, re, im))
        throw_value_error("could not convert string to complex: %s", str_repr(text).c_str());
      return make_complex(re, im);
    }
    if (!parse_complex(text, re, im)) throw_value_error("complex() arg is a malformed string");
    return make_complex(re, im);
  }
  if (!imag.is_null() && lib::is_str(imag)) throw_type_error("complex() second arg can't be a string");
  if (is_complex(real) && imag.is_null()) return real;
  bool r_complex = false, i_complex = false;
  C r = real.is_null() ? C{0.0, 0.0} : complex_arg(vm, real, true, &r_complex);
  if (imag.is_null()) return make_complex(r.re, r.im);
  C i = complex_arg(vm, imag, false, &i_complex);
  // complex_new_impl: real + imag*1j, adding only the parts that exist
  // (so complex(1.0, -0.0) keeps its negative zero).
  double re = r.re, im = i.re;
  if (i_complex) re -= i.im;
  if (r_complex) im += r.im;
  return make_complex(re, im);
}

Value m_real(VM&, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  return Value::real(a[0].as<Complex>()->re);
}
Value m_imag(VM&, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  return Value::real(a[0].as<Complex>()->im);
}
Value m_conjugate(VM&, NativeFunction*, std::span<const Value> a, const KwArgs* kw) {
  lib::no_kwargs("conjugate", kw);
  lib::check_no_args("conjugate", a.subspan(1));
  return make_complex(a[0].as<Complex>()->re, -a[0].as<Complex>()->im);
}
Value m_abs(VM&, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  const Complex* c = a[0].as<Complex>();
  // _Py_c_abs: inf wins over nan; an overflowing hypot is an error.
  if (std::isinf(c->re) || std::isinf(c->im)) return Value::real(HUGE_VAL);
  if (std::isnan(c->re) || std::isnan(c->im)) return Value::real(NAN);
  double r = std::hypot(c->re, c->im);
  if (std::isinf(r)) throw_overflow_error("absolute value too large");
  return Value::real(r);
}

// complex.__format__: an empty spec is str(); otherwise the parts are
// formatted as floats (format_complex_internal).
Value m_format(VM&, NativeFunction*, std::span<const Value> a, const KwArgs* kw) {
  lib::no_kwargs("__format__", kw);
  if (a.size() != 2 || !lib::is_str(a[1])) throw_type_error("__format__() argument must be str");
  const Complex* c = a[0].as<Complex>();
  const std::string& spec = lib::str_of(a[1]);
  if (spec.empty()) return make_str(complex_text(c->re, c->im));
  std::string out;
  lib::guarded([&] { lib::format_complex(out, c->re, c->im, spec); });
  return make_str(std::move(out));
}

}  // namespace

Value complex_pow_of_floats(double base, double exp) { return complex_power({base, 0.0}, {exp, 0.0}); }

namespace lib {

Type* make_complex_type() {
  Type* t = make_type("complex", types().object, "builtins");
  incref(t);  // immortal
  t->new_ = complex_new;
  t->binary = complex_binary;
  t->unary = complex_unary;
  t->repr = complex_repr;
  t->hash = complex_hash;
  t->truthy = complex_truthy;
  t->compare = complex_compare;
  add_property(t, "real", m_real);
  add_property(t, "imag", m_imag);
  add_method(t, "conjugate", m_conjugate);
  add_method(t, "__abs__", m_abs);
  add_method(t, "__format__", m_format);
  return t;
}

void install_complex_type(VM& vm) { vm.builtins()->dict->set("complex", Value(complex_type())); }

}  // namespace lib

}  // namespace sandbox::vm
