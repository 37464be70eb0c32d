// The `random` module (Lib/random.py 3.11 over _randommodule.c): module
// functions bound to one generator per VM, seeded as if random.seed(0) had
// been called (python-subset.md).
#include <algorithm>
#include <cmath>

#include "vm/int_big.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/random_mt.h"

namespace sandbox::vm::lib {

namespace {

// The module's hidden Random instance (random._inst in CPython).
struct RandomState : Obj {
  MersenneTwister mt;
  explicit RandomState(Type* t) : Obj(t) {}
};

Type* state_type() {
  static Type* t = [] {
    Type* x = make_type("Random", types().object, "random");
    incref(x);
    x->new_ = nullptr;
    return x;
  }();
  return t;
}

// Module functions carry the module's generator in self->data; methods of a
// random.Random instance get the instance as args[0] (then dropped from a).
MersenneTwister& bind(NativeFunction* self, Args& a) {
  if (self->data.is_obj() && self->data.as_obj()->type == state_type()) return self->data.as<RandomState>()->mt;
  if (a.empty() || !a[0].is_obj() || a[0].as_obj()->type != state_type())
    throw_type_error("descriptor '%s' requires a 'Random' object", self->name.c_str());
  MersenneTwister& mt = a[0].as<RandomState>()->mt;
  a = a.subspan(1);
  return mt;
}

// Random._index-like conversion for randrange arguments (3.11: integral
// floats are accepted with a DeprecationWarning, others raise ValueError).
int64_t rr_arg(const Value& v, const char* what) {
  if (v.is_intlike()) return v.as_int();
  if (v.is_float()) {
    double d = v.as_float();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.2e18) return static_cast<int64_t>(d);
    if (std::isnan(d)) throw_value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) throw_overflow_error("cannot convert float infinity to integer");
    throw_value_error("non-integer %s for randrange()", what);
  }
  throw_type_error("'%s' object cannot be interpreted as an integer", type_name(v));
}

// random_getrandbits for k > 63: 32-bit words, least significant first,
// the last one keeping its top bits.
BigNum getrandbits_big(MersenneTwister& mt, uint64_t k) {
  if (k > (uint64_t(1) << 36)) throw_memory_error();
  heap_reserve(static_cast<size_t>(k / 8));
  std::vector<uint32_t> words;
  words.reserve(static_cast<size_t>((k + 31) / 32));
  for (; k > 0; k = k >= 32 ? k - 32 : 0) {
    uint32_t r = mt.genrand_uint32();
    if (k < 32) r >>= (32 - k);
    words.push_back(r);
  }
  return BigNum::from_magnitude(std::move(words), false);
}

Value big_getrandbits(MersenneTwister& mt, uint64_t k) { return make_int(getrandbits_big(mt, k)); }

// Random._randbelow_with_getrandbits(n), n > 0.
BigNum randbelow_big(MersenneTwister& mt, const BigNum& n) {
  uint64_t k = n.bit_length();
  BigNum r = getrandbits_big(mt, k);
  while (BigNum::compare(r, n) >= 0) r = getrandbits_big(mt, k);
  return r;
}

BigNum rr_big(const Value& v, const char* what) {
  if (is_int_value(v)) return to_bignum(v);
  return BigNum::from_i64(rr_arg(v, what));
}

// Random.randrange when an argument is beyond int64 (Lib/random.py).
Value big_randrange(MersenneTwister& mt, const Value& start, const Value& stop, const Value& step) {
  BigNum istart = rr_big(start, "arg 1");
  if (stop.is_none()) {
    if (!step.is_null()) throw_type_error("Missing a non-None stop argument");
    if (istart.sign() > 0) return make_int(randbelow_big(mt, istart));
    throw_value_error("empty range for randrange()");
  }
  BigNum istop = rr_big(stop, "stop");
  BigNum width = istop - istart;
  BigNum istep = step.is_null() ? BigNum::from_i64(1) : rr_big(step, "step");
  if (istep == BigNum::from_i64(1)) {
    if (width.sign() > 0) return make_int(istart + randbelow_big(mt, width));
    throw_value_error("empty range for randrange() (%s, %s, %s)", int_to_decimal(istart).c_str(),
                      int_to_decimal(istop).c_str(), int_to_decimal(width).c_str());
  }
  if (istep.is_zero()) throw_value_error("zero step for randrange()");
  BigNum n, r;
  BigNum::divmod(width + istep + BigNum::from_i64(istep.sign() > 0 ? -1 : 1), istep, n, r);
  if (n.sign() <= 0) throw_value_error("empty range for randrange()");
  return make_int(istart + istep * randbelow_big(mt, n));
}

Value r_seed(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  check_kwargs("seed", kw, {"a", "version"});
  check_args("seed", a, 0, 2);
  Value x = a.empty() ? Value() : a[0];
  if (const Value* v = kwarg(kw, "a")) x = *v;
  if (x.is_none())
    mt.seed_none();
  else if (x.is_intlike())
    mt.seed_int(x.as_int());
  else if (is_bigint(x))
    mt.seed_words(x.as<BigInt>()->n.magnitude());
  else if (x.is_float())
    mt.seed_float(x.as_float());
  else if (is_str(x))
    mt.seed_bytes(str_of(x));
  else if (is_bytes(x))
    mt.seed_bytes(x.as<Bytes>()->s);
  else
    throw_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  return Value();
}

Value r_random(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  no_kwargs("random", kw);
  check_no_args("random", a);
  return Value::real(mt.random());
}

Value r_uniform(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  check_kwargs("uniform", kw, {"a", "b"});
  Value x = a.size() > 0 ? a[0] : Value::null(), y = a.size() > 1 ? a[1] : Value::null();
  if (const Value* v = kwarg(kw, "a")) x = *v;
  if (const Value* v = kwarg(kw, "b")) y = *v;
  if (x.is_null()) throw_type_error("Random.uniform() missing 2 required positional arguments: 'a' and 'b'");
  if (y.is_null()) throw_type_error("Random.uniform() missing 1 required positional argument: 'b'");
  if (!x.is_number() || !y.is_number()) throw_type_error("unsupported operand type(s) for -: '%s' and '%s'", type_name(y), type_name(x));
  return Value::real(mt.uniform(x.to_double(), y.to_double()));
}

Value r_randrange(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  check_kwargs("randrange", kw, {"start", "stop", "step"});
  Value start = a.size() > 0 ? a[0] : Value::null(), stop = a.size() > 1 ? a[1] : Value();
  Value step = a.size() > 2 ? a[2] : Value::null();
  if (const Value* v = kwarg(kw, "start")) start = *v;
  if (const Value* v = kwarg(kw, "stop")) stop = *v;
  if (const Value* v = kwarg(kw, "step")) step = *v;
  if (start.is_null()) throw_type_error("Random.randrange() missing 1 required positional argument: 'start'");
  if (a.size() > 3) throw_type_error("Random.randrange() takes from 2 to 4 positional arguments but %zu were given", a.size() + 1);
  if (is_bigint(start) || is_bigint(stop) || is_bigint(step)) return big_randrange(mt, start, stop, step);
  int64_t istart = rr_arg(start, "arg 1");
  std::optional<int64_t> istop;
  if (!stop.is_none()) istop = rr_arg(stop, "stop");
  int64_t istep = 1;
  if (!step.is_null() && istop) istep = rr_arg(step, "step");
  return guarded([&] { return Value::integer(mt.randrange(istart, istop, istep, !step.is_null())); });
}

Value r_randint(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  check_kwargs("randint", kw, {"a", "b"});
  Value x = a.size() > 0 ? a[0] : Value::null(), y = a.size() > 1 ? a[1] : Value::null();
  if (const Value* v = kwarg(kw, "a")) x = *v;
  if (const Value* v = kwarg(kw, "b")) y = *v;
  if (x.is_null() || y.is_null())
    throw_type_error("Random.randint() missing %d required positional argument%s", x.is_null() ? 2 : 1,
                     x.is_null() ? "s: 'a' and 'b'" : ": 'b'");
  if (is_bigint(x) || is_bigint(y))
    return big_randrange(mt, x, make_int(to_bignum(y) + BigNum::from_i64(1)), Value::null());
  int64_t lo = rr_arg(x, "arg 1"), hi = rr_arg(y, "stop");
  return guarded([&] { return Value::integer(mt.randint(lo, hi)); });
}

Value r_getrandbits(VM&, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  no_kwargs("getrandbits", kw);
  check_one_arg("getrandbits", a);
  int64_t k = as_index(a[0]);
  if (k < 0) throw_value_error("number of bits must be non-negative");
  if (k > 63) return big_getrandbits(mt, static_cast<uint64_t>(k));
  return Value::integer(static_cast<int64_t>(mt.getrandbits(static_cast<int>(k))));
}

Value r_choice(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  check_kwargs("choice", kw, {"seq"});
  Value seq = a.empty() ? Value::null() : a[0];
  if (const Value* v = kwarg(kw, "seq")) seq = *v;
  if (seq.is_null()) throw_type_error("Random.choice() missing 1 required positional argument: 'seq'");
  int64_t n = vm.len(seq);
  size_t i = guarded([&] { return mt.choice_index(static_cast<size_t>(n)); });
  if (is_list(seq)) return seq.as<List>()->items[i];
  if (is_tuple(seq)) return seq.as<Tuple>()->items[i];
  return vm.getitem(seq, Value::integer(static_cast<int64_t>(i)));
}

Value r_shuffle(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  check_kwargs("shuffle", kw, {"x"});
  Value x = a.empty() ? Value::null() : a[0];
  if (const Value* v = kwarg(kw, "x")) x = *v;
  if (x.is_null()) throw_type_error("Random.shuffle() missing 1 required positional argument: 'x'");
  if (a.size() > 1) throw_type_error("Random.shuffle() takes 2 positional arguments but %zu were given", a.size() + 1);
  if (is_list(x)) {
    mt.shuffle(x.as<List>()->items);
    return Value();
  }
  // Generic mutable sequence: the same swaps through __getitem__/__setitem__.
  for (int64_t i = vm.len(x) - 1; i > 0; i--) {
    int64_t j = static_cast<int64_t>(mt.randbelow(static_cast<uint64_t>(i + 1)));
    Value xi = vm.getitem(x, Value::integer(i)), xj = vm.getitem(x, Value::integer(j));
    vm.setitem(x, Value::integer(i), xj);
    vm.setitem(x, Value::integer(j), xi);
  }
  return Value();
}

Value r_sample(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  MersenneTwister& mt = bind(self, a);
  check_kwargs("sample", kw, {"population", "k", "counts"});
  Value pop = a.size() > 0 ? a[0] : Value::null(), k = a.size() > 1 ? a[1] : Value::null();
  if (const Value* v = kwarg(kw, "population")) pop = *v;
  if (const Value* v = kwarg(kw, "k")) k = *v;
  const Value* counts = kwarg(kw, "counts");
  if (pop.is_null() || k.is_null())
    throw_type_error("Random.sample() missing 1 required positional argument: '%s'", pop.is_null() ? "population" : "k");
  bool sequence = is_list(pop) || is_tuple(pop) || is_str(pop) || is_bytes(pop) ||
                  (pop.is_obj() && pop.as_obj()->type == lib_types().range);
  if (!sequence) throw_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = vm.len(pop);
  int64_t kk = as_index(k);
  std::vector<Value> result;
  if (counts && !counts->is_none()) {
    std::vector<int64_t> cum;
    int64_t total = 0;
    for (const Value& c : vm.to_vector(*counts)) {
      total += as_index(c);
      cum.push_back(total);
    }
    if (static_cast<int64_t>(cum.size()) != n) throw_value_error("The number of counts does not match the population");
    if (total <= 0) throw_value_error("Total of counts must be greater than zero");
    std::vector<size_t> sel = guarded([&] { return mt.sample_indices(static_cast<size_t>(total), kk); });
    for (size_t s : sel) {
      auto it = std::upper_bound(cum.begin(), cum.end(), static_cast<int64_t>(s));
      result.push_back(vm.getitem(pop, Value::integer(it - cum.begin())));
    }
    return make_list(std::move(result));
  }
  std::vector<size_t> idx = guarded([&] { return mt.sample_indices(static_cast<size_t>(n), kk); });
  result.reserve(idx.size());
  for (size_t i : idx) {
    if (is_list(pop))
      result.push_back(pop.as<List>()->items[i]);
    else if (is_tuple(pop))
      result.push_back(pop.as<Tuple>()->items[i]);
    else
      result.push_back(vm.getitem(pop, Value::integer(static_cast<int64_t>(i))));
  }
  return make_list(std::move(result));
}

}  // namespace

Value random_new(VM& vm, Type*, Args a, const KwArgs* kw) {
  no_kwargs("Random", kw);
  if (a.size() > 1) throw_type_error("Random() takes at most 1 argument (%zu given)", a.size());
  Value state(new RandomState(state_type()));
  Value seed_fn = make_native("seed", r_seed, state);
  r_seed(vm, seed_fn.as<NativeFunction>(), a, nullptr);
  return state;
}

void install_random_module(VM& vm) {
  Module* m = make_module("random");
  Value keep(m);
  Value state(new RandomState(state_type()));
  Dict* d = m->dict.get();
  d->set("_inst", state);
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn fns[] = {Fn{"seed", r_seed}, Fn{"random", r_random}, Fn{"uniform", r_uniform},
                      Fn{"randrange", r_randrange}, Fn{"randint", r_randint}, Fn{"getrandbits", r_getrandbits},
                      Fn{"choice", r_choice}, Fn{"shuffle", r_shuffle}, Fn{"sample", r_sample}};
  for (const Fn& f : fns)
    d->set(f.name, make_native(f.name, f.fn, state));
  static bool methods_done = false;
  if (!methods_done) {
    methods_done = true;
    state_type()->new_ = random_new;
    for (const Fn& f : fns) add_method(state_type(), f.name, f.fn);
  }
  d->set("Random", Value(state_type()));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
