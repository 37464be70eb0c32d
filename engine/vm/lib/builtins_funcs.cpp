// Builtin functions of Python/bltinmodule.c that lib owns: print, len, abs,
// round, divmod, pow, chr, ord, sum, min, max, any, all, sorted, format,
// bin/oct/hex.
#include <cmath>

#include "vm/complex.h"
#include "vm/int_big.h"
#include "vm/lib/args.h"
#include "vm/lib/install.h"
#include "vm/lib/stdlib_modules.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/number_format.h"
#include "vm/lib/sort.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {

// builtin_print: to the VM's own stdout it writes the whole line with one
// write, so the host sees the moment the line started; to a file object
// (file=, or a replaced sys.stdout) it writes each piece as CPython does.
Value bi_print(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  check_kwargs("print", kw, {"sep", "end", "file", "flush"});
  const Value* sep = kwarg(kw, "sep");
  const Value* end = kwarg(kw, "end");
  const Value* file = kwarg(kw, "file");
  Value target = file && !file->is_none() ? *file : sys_stdout_replacement(vm);
  if (target.is_none()) return Value();  // sys.stdout = None: print does nothing
  if (sep && !sep->is_none() && !is_str(*sep))
    throw_type_error("sep must be None or a string, not %s", type_name(*sep));
  if (end && !end->is_none() && !is_str(*end))
    throw_type_error("end must be None or a string, not %s", type_name(*end));
  std::string_view sep_s = sep && !sep->is_none() ? std::string_view(str_of(*sep)) : " ";
  std::string_view end_s = end && !end->is_none() ? std::string_view(str_of(*end)) : "\n";
  auto text_of = [&](const Value& a) { return is_exact_str(a) ? a : vm.str(a); };
  if (!target.is_null()) {
    auto write = [&](Value text) { vm.call_method(target, "write", std::span<const Value>(&text, 1)); };
    for (size_t i = 0; i < args.size(); i++) {
      if (i) write(sep && !sep->is_none() ? *sep : make_str(" "));
      write(text_of(args[i]));
    }
    write(end && !end->is_none() ? *end : make_str("\n"));
    const Value* flush = kwarg(kw, "flush");
    if (flush && vm.truthy(*flush)) vm.call_method(target, "flush", {});
    return Value();
  }
  std::string out;
  for (size_t i = 0; i < args.size(); i++) {
    if (i) out.append(sep_s);
    const Value& a = args[i];
    if (is_exact_str(a))
      out.append(str_of(a));
    else
      out.append(vm.to_str(a));
  }
  out.append(end_s);
  vm.write_stdout(out);
  return Value();
}

Value bi_ascii(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("ascii", kw);
  check_one_arg("ascii", args);
  return make_str(ascii_of(vm, args[0]));
}

Value bi_len(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("len", kw);
  check_one_arg("len", args);
  return Value::integer(vm.len(args[0]));
}

Value call_special(VM& vm, const Value& v, const char* name, Args rest, bool* found) {
  Value m = type_lookup(v.type(), name);
  if (m.is_null()) {
    *found = false;
    return Value();
  }
  *found = true;
  return vm.call_method(v, name, rest);
}

Value bi_abs(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("abs", kw);
  check_one_arg("abs", args);
  const Value& x = args[0];
  if (x.is_intlike()) {
    int64_t i = x.as_int();
    if (i == INT64_MIN) return make_int(BigNum::from_i64(i).abs());
    return Value::integer(i < 0 ? -i : i);
  }
  if (is_bigint(x)) return make_int(x.as<BigInt>()->n.abs());
  if (x.is_float()) return Value::real(std::fabs(x.as_float()));
  bool found;
  Value r = call_special(vm, x, "__abs__", {}, &found);
  if (!found) throw_type_error("bad operand type for abs(): '%s'", type_name(x));
  return r;
}

// round()'s ndigits: PyNumber_AsSsize_t(o, NULL) clamps ints beyond ssize_t.
int64_t ndigits_arg(const Value& v) {
  if (is_bigint(v)) return v.as<BigInt>()->n.negative() ? INT64_MIN : INT64_MAX;
  return as_index(v);
}

Value bi_round(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  check_kwargs("round", kw, {"number", "ndigits"});
  Value number, ndigits = Value();
  if (!args.empty()) number = args[0];
  if (const Value* v = kwarg(kw, "number")) number = *v;
  if (args.size() > 1) ndigits = args[1];
  if (const Value* v = kwarg(kw, "ndigits")) ndigits = *v;
  if (args.size() > 2) throw_type_error("round() takes at most 2 arguments (%zu given)", args.size());
  if (args.empty() && !kwarg(kw, "number")) throw_type_error("round() missing required argument 'number' (pos 1)");
  return guarded([&]() -> Value {
    if (number.is_float()) {
      double x = number.as_float();
      if (ndigits.is_none()) return make_int(round_float_to_int(x));
      return Value::real(round_float(x, ndigits_arg(ndigits)));
    }
    if (is_int_value(number)) {
      if (ndigits.is_none()) return number.is_bool() ? Value::integer(number.as_int()) : number;
      return make_int(round_int(to_bignum(number), ndigits_arg(ndigits)));
    }
    bool found;
    Value r = ndigits.is_none() ? call_special(vm, number, "__round__", {}, &found)
                                : call_special(vm, number, "__round__", std::span<const Value>(&ndigits, 1), &found);
    if (!found) throw_type_error("type %s doesn't define __round__ method", type_name(number));
    return r;
  });
}

Value bi_divmod(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("divmod", kw);
  check_args("divmod", args, 2, 2);
  const Value &a = args[0], &b = args[1];
  if ((is_int_value(a) || a.is_float()) && (is_int_value(b) || b.is_float()) && (a.is_float() || b.is_float())) {
    double x = a.is_float() ? a.as_float() : int_to_double(a);
    double y = b.is_float() ? b.as_float() : int_to_double(b);
    if (y == 0) throw_zero_division_error("float divmod()");
    // float_divmod of Objects/floatobject.c
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod) {
      if ((y < 0) != (mod < 0)) {
        mod += y;
        div -= 1.0;
      }
    } else {
      mod = std::copysign(0.0, y);
    }
    double floordiv;
    if (div) {
      floordiv = std::floor(div);
      if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
      floordiv = std::copysign(0.0, x / y);
    }
    return make_tuple({Value::real(floordiv), Value::real(mod)});
  }
  if (a.type() == complex_type() || b.type() == complex_type())
    throw_type_error("unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a), type_name(b));
  Value q = vm.binary_op(BinOp::FloorDiv, a, b);
  Value r = vm.binary_op(BinOp::Mod, a, b);
  return make_tuple({std::move(q), std::move(r)});
}

Value bi_pow(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  check_kwargs("pow", kw, {"base", "exp", "mod"});
  Value base = args.size() > 0 ? args[0] : Value::null();
  Value e = args.size() > 1 ? args[1] : Value::null();
  Value mod = args.size() > 2 ? args[2] : Value();
  if (const Value* v = kwarg(kw, "base")) base = *v;
  if (const Value* v = kwarg(kw, "exp")) e = *v;
  if (const Value* v = kwarg(kw, "mod")) mod = *v;
  if (base.is_null() || e.is_null()) throw_type_error("pow() missing required argument 'base' (pos 1)");
  if (mod.is_none()) return vm.binary_op(BinOp::Pow, base, e);
  if (!is_int_value(base) || !is_int_value(e) || !is_int_value(mod))
    throw_type_error("pow() 3rd argument not allowed unless all arguments are integers");
  // long_pow with a modulus: the result takes the modulus's sign.
  BigNum m = to_bignum(mod), x = to_bignum(base), n = to_bignum(e);
  if (m.is_zero()) throw_value_error("pow() 3rd argument cannot be 0");
  bool negative_output = m.negative();
  m = m.abs();
  if (n.negative()) {
    BigNum inv;
    if (!BigNum::modinv(x, m, inv)) throw_value_error("base is not invertible for the given modulus");
    x = std::move(inv);
    n = n.abs();
  }
  BigNum r = BigNum::powmod(x, n, m);
  if (negative_output && !r.is_zero()) r = r - m;
  return make_int(std::move(r));
}

Value bi_chr(VM&, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("chr", kw);
  check_one_arg("chr", args);
  if (is_bigint(args[0])) throw_overflow_error("Python int too large to convert to C int");
  int64_t i = as_index(args[0]);
  if (i < 0 || i > 0x10FFFF) throw_value_error("chr() arg not in range(0x110000)");
  std::string s;
  append_utf8(s, static_cast<char32_t>(i));
  return make_str(std::move(s));
}

Value bi_ord(VM&, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("ord", kw);
  check_one_arg("ord", args);
  const Value& c = args[0];
  if (is_str(c)) {
    const Str* s = c.as<Str>();
    if (s->length != 1)
      throw_type_error("ord() expected a character, but string of length %lld found", static_cast<long long>(s->length));
    size_t len;
    return Value::integer(utf8_decode(s->s, 0, &len));
  }
  if (is_bytes(c)) {
    const std::string& b = c.as<Bytes>()->s;
    if (b.size() != 1) throw_type_error("ord() expected a character, but string of length %zu found", b.size());
    return Value::integer(static_cast<unsigned char>(b[0]));
  }
  throw_type_error("ord() expected string of length 1, but %s found", type_name(c));
}

// builtin_sum_impl: int fast path with overflow checks, then float, then
// generic +. Plain double addition (3.11; 3.12 compensates).
Value bi_sum(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  check_kwargs("sum", kw, {"start"});
  check_args("sum", args, 1, 2);
  Value result = Value::integer(0);
  if (args.size() > 1) result = args[1];
  if (const Value* s = kwarg(kw, "start")) result = *s;
  if (is_str(result)) throw_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(result)) throw_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  Value it = vm.iter(args[0]);
  Value item;
  while (vm.next(it, item)) {
    if (result.is_int() && item.is_intlike()) {
      int64_t r;
      if (__builtin_add_overflow(result.as_int(), item.as_int(), &r))
        result = make_int(BigNum::from_i64(result.as_int()) + BigNum::from_i64(item.as_int()));
      else
        result = Value::integer(r);
    } else if (result.is_float() && item.is_number()) {
      result = Value::real(result.as_float() + item.to_double());
    } else {
      result = vm.binary_op(BinOp::Add, result, item);
    }
  }
  return result;
}

// min_max(): `op` is Lt for min, Gt for max; the first extreme wins ties.
Value min_max(VM& vm, Args args, const KwArgs* kw, CmpOp op, const char* name) {
  check_kwargs(name, kw, {"key", "default"});
  const Value* keyp = kwarg(kw, "key");
  const Value* dflt = kwarg(kw, "default");
  Value key = keyp ? *keyp : Value();
  if (args.empty()) throw_type_error("%s expected at least 1 argument, got 0", name);
  Value it;
  if (args.size() == 1) {
    it = vm.iter(args[0]);
  } else {
    if (dflt) throw_type_error("Cannot specify a default for %s() with multiple positional arguments", name);
    it = vm.iter(make_tuple(std::vector<Value>(args.begin(), args.end())));
  }
  Value best = Value::null(), best_key, item;
  while (vm.next(it, item)) {
    Value k = item;
    if (!key.is_none()) k = vm.call(key, std::span<const Value>(&item, 1));
    if (best.is_null()) {
      best = item;
      best_key = k;
      continue;
    }
    bool better;
    if (k.is_intlike() && best_key.is_intlike())
      better = op == CmpOp::Lt ? k.as_int() < best_key.as_int() : k.as_int() > best_key.as_int();
    else
      better = vm.compare_bool(k, best_key, op);
    if (better) {
      best = item;
      best_key = k;
    }
  }
  if (best.is_null()) {
    if (dflt) return *dflt;
    throw_value_error("%s() arg is an empty sequence", name);
  }
  return best;
}

Value bi_min(VM& vm, NativeFunction*, Args args, const KwArgs* kw) { return min_max(vm, args, kw, CmpOp::Lt, "min"); }
Value bi_max(VM& vm, NativeFunction*, Args args, const KwArgs* kw) { return min_max(vm, args, kw, CmpOp::Gt, "max"); }

Value bi_any(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("any", kw);
  check_one_arg("any", args);
  Value it = vm.iter(args[0]), item;
  while (vm.next(it, item))
    if (vm.truthy(item)) return Value::boolean(true);
  return Value::boolean(false);
}

Value bi_all(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("all", kw);
  check_one_arg("all", args);
  Value it = vm.iter(args[0]), item;
  while (vm.next(it, item))
    if (!vm.truthy(item)) return Value::boolean(false);
  return Value::boolean(true);
}

Value bi_sorted(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  check_kwargs("sort", kw, {"key", "reverse"});
  if (args.size() != 1) throw_type_error("sorted expected 1 argument, got %zu", args.size());
  std::vector<Value> items = vm.to_vector(args[0]);
  const Value* key = kwarg(kw, "key");
  const Value* rev = kwarg(kw, "reverse");
  sort_values(vm, items, key ? *key : Value(), rev ? vm.truthy(*rev) : false);
  return make_list(std::move(items));
}

Value bi_format(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("format", kw);
  check_args("format", args, 1, 2);
  Value spec = args.size() > 1 ? args[1] : make_str(std::string_view());
  if (!is_str(spec)) throw_type_error("format() argument 2 must be str, not %s", type_name(spec));
  return format_value_lib(vm, args[0], spec);
}

Value int_to_base(VM&, Args args, const char* name, int base, const char* prefix) {
  check_one_arg(name, args);
  std::string out;
  std::string spec = std::string("#") + (base == 2 ? "b" : base == 8 ? "o" : "x");
  if (is_bigint(args[0])) {
    guarded([&] { format_bigint(out, args[0].as<BigInt>()->n, spec); });
    return make_str(std::move(out));
  }
  int64_t v = as_index(args[0]);
  guarded([&] { format_int(out, v, spec); });
  (void)prefix;
  return make_str(std::move(out));
}
Value bi_bin(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { no_kwargs("bin", kw); return int_to_base(vm, a, "bin", 2, "0b"); }
Value bi_oct(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { no_kwargs("oct", kw); return int_to_base(vm, a, "oct", 8, "0o"); }
Value bi_hex(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { no_kwargs("hex", kw); return int_to_base(vm, a, "hex", 16, "0x"); }

}  // namespace

Value format_value_lib(VM& vm, const Value& v, const Value& spec) {
  Value m = type_lookup(v.type(), "__format__");
  if (!m.is_null()) {
    Value a[2] = {v, spec};
    Value r = vm.call(m, std::span<const Value>(a, 2));
    if (!is_str(r)) throw_type_error("__format__ must return a str, not %s", type_name(r));
    return r;
  }
  if (str_of(spec).empty()) return vm.str(v);
  throw_type_error("unsupported format string passed to %s.__format__", type_name(v));
}

void install_builtin_functions(VM& vm) {
  Dict* b = vm.builtins()->dict.get();
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  for (const Fn& f : {Fn{"print", bi_print}, Fn{"len", bi_len}, Fn{"abs", bi_abs}, Fn{"round", bi_round},
                      Fn{"divmod", bi_divmod}, Fn{"pow", bi_pow}, Fn{"chr", bi_chr}, Fn{"ord", bi_ord},
                      Fn{"sum", bi_sum}, Fn{"min", bi_min}, Fn{"max", bi_max}, Fn{"any", bi_any},
                      Fn{"all", bi_all}, Fn{"sorted", bi_sorted}, Fn{"format", bi_format}, Fn{"bin", bi_bin},
                      Fn{"oct", bi_oct}, Fn{"hex", bi_hex}, Fn{"ascii", bi_ascii}})
    b->set(f.name, make_native(f.name, f.fn));
}

}  // namespace sandbox::vm::lib
