// The builtin types: creation of the immortal singletons and the slots of the
// core value types (repr, hash, len, iteration, subscripts).
#include <charconv>
#include <cmath>
#include <cstring>

#include "vm/internal.h"

namespace sandbox::vm {

// ---------------------------------------------------------------- hashing
// _PyHASH_MODULUS = 2**61 - 1 (Python/pyhash.c)
static constexpr uint64_t kHashBits = 61;
static constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;

int64_t hash_int(int64_t v) {
  uint64_t a = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  int64_t h = int64_t(a % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

// _Py_HashDouble
int64_t hash_float(double v) {
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % int(kHashBits) : int(kHashBits) - 1 - ((-1 - e) % int(kHashBits));
  x = ((x << e) & kHashModulus) | x >> (kHashBits - uint64_t(e));
  int64_t r = int64_t(x) * sign;
  return r == -1 ? -2 : r;
}

// tuplehash (3.11, xxHash-based)
static int64_t tuple_hash(VM& vm, const Value& self) {
  const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                 P5 = 2870177450012600261ULL;
  Tuple* t = self.as<Tuple>();
  uint64_t acc = P5;
  for (const Value& item : t->items) {
    uint64_t lane = uint64_t(vm.hash(item));
    acc += lane * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += uint64_t(t->items.size()) ^ (P5 ^ 3527539ULL);
  if (acc == uint64_t(-1)) return 1546275796;
  return int64_t(acc);
}

static int64_t identity_hash(VM&, const Value& self) {
  return self.is_obj() ? int64_t(self.as_obj()->serial) : 0;
}
static int64_t str_hash(VM&, const Value& self) { return self.as<Str>()->hash(); }
static int64_t bytes_hash(VM&, const Value& self) {
  Bytes* b = self.as<Bytes>();
  if (b->hash_ == -1) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : b->s) { h ^= c; h *= 1099511628211ULL; }
    b->hash_ = int64_t(h >> 1);
  }
  return b->hash_;
}
static int64_t number_hash(VM&, const Value& self) {
  if (self.is_float()) return hash_float(self.as_float());
  return hash_int(self.as_int());
}
static int64_t none_hash(VM&, const Value&) { return 0x5f3759df; }

// ---------------------------------------------------------------- repr
std::string fake_address(const Obj* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x7f%010llx", (unsigned long long)(0x10000000ULL + uint64_t(o->serial) * 16));
  return buf;
}

// float repr: the shortest round-tripping digits laid out like CPython's
// float_repr (format_float_short with 'r': exponent form if exp < -4 or >= 16).
std::string float_repr(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string s(buf, r.ptr);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  std::string mant = s.substr(0, epos);
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  int decpt = exp + 1;  // position of the decimal point relative to digits
  std::string out;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out = "0." + std::string(size_t(-decpt), '0') + digits;
    } else if (size_t(decpt) >= digits.size()) {
      out = digits + std::string(size_t(decpt) - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return neg ? "-" + out : out;
}

// unicode_repr: prefers single quotes unless the text has ' and no ".
std::string str_repr(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += q;
  for (unsigned char c : s) {
    if (c == q || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else out += char(c);
  }
  out += q;
  return out;
}

std::string bytes_repr(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    if (c == q || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7f) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else out += char(c);
  }
  out += q;
  return out;
}

static Value none_repr(VM&, const Value&) { return Value(intern("None")); }
static Value bool_repr(VM&, const Value& v) { return Value(intern(v.as_bool() ? "True" : "False")); }
static Value int_repr(VM&, const Value& v) { return make_str(std::to_string(v.as_int())); }
static Value float_repr_slot(VM&, const Value& v) { return make_str(float_repr(v.as_float())); }
static Value str_repr_slot(VM&, const Value& v) { return make_str(str_repr(v.as<Str>()->s)); }
static Value str_str_slot(VM&, const Value& v) { return v; }
static Value bytes_repr_slot(VM&, const Value& v) { return make_str(bytes_repr(v.as<Bytes>()->s)); }

// Guards container reprs against self-reference ("[...]"), like Py_ReprEnter.
struct ReprGuard {
  VM& vm;
  Obj* o;
  bool entered;
  ReprGuard(VM& v, Obj* obj) : vm(v), o(obj) { entered = repr_enter(vm, o); }
  ~ReprGuard() { if (entered) repr_leave(vm, o); }
};

static Value tuple_repr(VM& vm, const Value& v) {
  Tuple* t = v.as<Tuple>();
  if (t->items.empty()) return make_str("()");
  ReprGuard g(vm, t);
  if (!g.entered) return make_str("(...)");
  std::string s = "(";
  for (size_t i = 0; i < t->items.size(); ++i) {
    if (i) s += ", ";
    s += vm.repr_str(t->items[i]);
  }
  if (t->items.size() == 1) s += ",";
  return make_str(s + ")");
}
static Value list_repr(VM& vm, const Value& v) {
  List* l = v.as<List>();
  ReprGuard g(vm, l);
  if (!g.entered) return make_str("[...]");
  std::string s = "[";
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (i) s += ", ";
    Value item = l->items[i];
    s += vm.repr_str(item);
  }
  return make_str(s + "]");
}
static Value dict_repr(VM& vm, const Value& v) {
  Dict* d = v.as<Dict>();
  ReprGuard g(vm, d);
  if (!g.entered) return make_str("{...}");
  std::string s = "{";
  bool first = true;
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (d->entries[i].key.is_null()) continue;
    Value k = d->entries[i].key, val = d->entries[i].value;
    if (!first) s += ", ";
    first = false;
    s += vm.repr_str(k);
    s += ": ";
    s += vm.repr_str(val);
  }
  return make_str(s + "}");
}
static Value set_repr(VM& vm, const Value& v) {
  Set* st = v.as<Set>();
  const char* tn = st->frozen ? "frozenset" : "set";
  if (st->used == 0) return make_str(std::string(tn) + "()");
  ReprGuard g(vm, st);
  if (!g.entered) return make_str(std::string(tn) + "(...)");
  std::string s = st->frozen ? "frozenset({" : "{";
  bool first = true;
  for (Value k : set_items(st)) {
    if (!first) s += ", ";
    first = false;
    s += vm.repr_str(k);
  }
  return make_str(s + (st->frozen ? "})" : "}"));
}
// "int", "__main__.Outer.Inner": type_repr and object_repr name a class by
// its module (unless builtins) and qualified name.
static std::string repr_name(const Type* t) {
  const std::string& mod = t->module;
  return (mod.empty() || mod == "builtins") ? t->qualname() : mod + "." + t->qualname();
}
static Value type_repr(VM&, const Value& v) { return make_str("<class '" + repr_name(v.as<Type>()) + "'>"); }
static Value object_repr(VM&, const Value& v) {
  Obj* o = v.as_obj();
  std::string name = repr_name(o->type);
  return make_str("<" + name + " object at " + fake_address(o) + ">");
}
static Value function_repr(VM&, const Value& v) {
  Function* f = v.as<Function>();
  return make_str("<function " + f->qualname->s + " at " + fake_address(f) + ">");
}
static Value native_repr(VM&, const Value& v) {
  return make_str("<built-in function " + v.as<NativeFunction>()->name + ">");
}
static Value bound_repr(VM& vm, const Value& v) {
  BoundMethod* b = v.as<BoundMethod>();
  if (b->func.is_obj() && b->func.as_obj()->type == types().native_function) {
    std::string n = b->func.as<NativeFunction>()->name;
    size_t dot = n.rfind('.');
    if (dot != std::string::npos) n = n.substr(dot + 1);
    return make_str("<built-in method " + n + " of " + b->self.type()->name + " object at " +
                    fake_address(b->self.is_obj() ? b->self.as_obj() : b) + ">");
  }
  // method_repr: the function's __qualname__, else its __name__, else "?".
  std::string qn = "?";
  if (b->func.is_obj() && b->func.as_obj()->type == types().function) {
    qn = b->func.as<Function>()->qualname->s;
  } else {
    for (const char* attr : {"__qualname__", "__name__"}) {
      Value n;
      try {
        n = vm.getattr_opt(b->func, intern(attr));
      } catch (PyException& e) {
        if (!vm.isinstance(e.value, vm.exc.AttributeError)) throw;
        continue;
      }
      if (is_type(n, types().str)) {
        qn = n.as<Str>()->s;
        break;
      }
    }
  }
  return make_str("<bound method " + qn + " of " + vm.repr_str(b->self) + ">");
}
static Value module_repr(VM&, const Value& v) {
  return make_str("<module '" + v.as<Module>()->name->s + "'>");
}
static Value coroutine_repr(VM&, const Value& v) {
  Coroutine* c = v.as<Coroutine>();
  return make_str(std::string(c->is_generator ? "<generator object " : "<coroutine object ") +
                  c->qualname->s + " at " + fake_address(c) + ">");
}
static Value native_coro_repr(VM&, const Value& v) {
  NativeCoroutine* c = v.as<NativeCoroutine>();
  return make_str("<coroutine object " + c->qualname() + " at " + fake_address(c) + ">");
}
static Value cell_repr(VM&, const Value& v) { return make_str("<cell at " + fake_address(v.as_obj()) + ">"); }
static Value slice_repr(VM& vm, const Value& v) {
  Slice* s = v.as<Slice>();
  return make_str("slice(" + vm.repr_str(s->start) + ", " + vm.repr_str(s->stop) + ", " +
                  vm.repr_str(s->step) + ")");
}
static Value notimpl_repr(VM&, const Value&) { return make_str("NotImplemented"); }
static Value ellipsis_repr(VM&, const Value&) { return make_str("Ellipsis"); }

// ---------------------------------------------------------------- len / truth
static int64_t str_len(VM&, const Value& v) { return v.as<Str>()->length; }
static int64_t bytes_len(VM&, const Value& v) { return int64_t(v.as<Bytes>()->s.size()); }
static int64_t tuple_len(VM&, const Value& v) { return int64_t(v.as<Tuple>()->items.size()); }
static int64_t list_len(VM&, const Value& v) { return int64_t(v.as<List>()->items.size()); }
static int64_t dict_len(VM&, const Value& v) { return int64_t(v.as<Dict>()->used); }
static int64_t set_len(VM&, const Value& v) { return int64_t(v.as<Set>()->used); }

// ---------------------------------------------------------------- iterators
struct SeqIter : GcObj {
  Value seq;
  size_t pos = 0;
  size_t used = 0;  // a dict's size when iteration began (dictiter's di_used)
  SeqIter(Type* t, Value s) : GcObj(t), seq(std::move(s)) {}
  void gc_traverse(GcVisitor& v) override { v(seq); }
};
static Value self_iter(VM&, const Value& v) { return v; }
static Value list_iter(VM&, const Value& v) { return Value(new SeqIter(types().list_iter, v)); }
static Value tuple_iter(VM&, const Value& v) { return Value(new SeqIter(types().tuple_iter, v)); }
static Value str_iter(VM&, const Value& v) { return Value(new SeqIter(types().str_iter, v)); }
static Value bytes_iter(VM&, const Value& v) { return Value(new SeqIter(types().seq_iter, v)); }
static Value dict_iter(VM&, const Value& v) {
  auto* it = new SeqIter(types().dict_iter, v);
  it->used = v.as<Dict>()->size();
  return Value(it);
}
static Value set_iter(VM&, const Value& v) {
  // Iterate over a snapshot in table order.
  return Value(new SeqIter(types().set_iter, make_tuple(set_items(v.as<Set>()))));
}
static bool list_next(VM&, const Value& it, Value& out) {
  SeqIter* s = it.as<SeqIter>();
  List* l = s->seq.as<List>();
  if (s->pos >= l->items.size()) return false;
  out = l->items[s->pos++];
  return true;
}
static bool tuple_next(VM&, const Value& it, Value& out) {
  SeqIter* s = it.as<SeqIter>();
  Tuple* l = s->seq.as<Tuple>();
  if (s->pos >= l->items.size()) return false;
  out = l->items[s->pos++];
  return true;
}
static bool str_next(VM&, const Value& it, Value& out) {
  SeqIter* s = it.as<SeqIter>();
  const std::string& str = s->seq.as<Str>()->s;
  if (s->pos >= str.size()) return false;
  size_t start = s->pos, n = 1;
  unsigned char c = (unsigned char)str[start];
  if (c >= 0xF0) n = 4; else if (c >= 0xE0) n = 3; else if (c >= 0xC0) n = 2;
  s->pos += n;
  out = make_str(std::string_view(str).substr(start, n));
  return true;
}
// Iterating bytes gives ints, one per byte (the generic "iterator" type).
static bool bytes_next(VM&, const Value& it, Value& out) {
  SeqIter* s = it.as<SeqIter>();
  const std::string& b = s->seq.as<Bytes>()->s;
  if (s->pos >= b.size()) return false;
  out = Value::integer(static_cast<unsigned char>(b[s->pos++]));
  return true;
}
static bool dict_next(VM&, const Value& it, Value& out) {
  SeqIter* s = it.as<SeqIter>();
  Dict* d = s->seq.as<Dict>();
  // dictiter_iternextkey: a size change is an error, and stays one.
  if (d->size() != s->used) {
    s->used = static_cast<size_t>(-1);
    throw_runtime_error("dictionary changed size during iteration");
  }
  while (s->pos < d->entries.size()) {
    const Dict::Entry& e = d->entries[s->pos++];
    if (!e.key.is_null()) {
      out = e.key;
      return true;
    }
  }
  return false;
}

std::vector<Value> set_items(const Set* s) {
  std::vector<Value> out;
  out.reserve(s->used);
  s->for_each([&](const Value& k) { out.push_back(k); });
  return out;
}

// ---------------------------------------------------------------- subscripts
int64_t normalize_index(int64_t i, int64_t n, const char* what) {
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("%s index out of range", what);
  return i;
}

static int64_t index_of(const Value& key, const char* what) {
  if (key.is_intlike()) return key.as_int();
  if (key.is_obj() && key.as_obj()->type == types().int_)  // a BigInt
    throw_index_error("cannot fit 'int' into an index-sized integer");
  throw_type_error("%s indices must be integers or slices, not %s", what, key.type()->name.c_str());
}

// Byte offset of code point i in s (s may be non-ASCII).
static size_t utf8_offset(const std::string& s, int64_t cp) {
  size_t i = 0;
  while (cp > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && ((unsigned char)s[i] & 0xC0) == 0x80) ++i;
    --cp;
  }
  return i;
}

static Value str_getitem(VM& vm, const Value& self, const Value& key) {
  Str* s = self.as<Str>();
  if (key.is_obj() && key.as_obj()->type == types().slice) {
    int64_t start, stop, step, count;
    slice_indices(vm, key.as<Slice>(), s->length, start, stop, step, count);
    std::string out;
    if (s->ascii) {
      for (int64_t k = 0, i = start; k < count; ++k, i += step) out += s->s[size_t(i)];
    } else {
      for (int64_t k = 0, i = start; k < count; ++k, i += step) {
        size_t a = utf8_offset(s->s, i), b = utf8_offset(s->s, i + 1);
        out += s->s.substr(a, b - a);
      }
    }
    return make_str(std::move(out));
  }
  int64_t i = normalize_index(index_of(key, "string"), s->length, "string");
  if (s->ascii) return make_str(std::string(1, s->s[size_t(i)]));
  size_t a = utf8_offset(s->s, i), b = utf8_offset(s->s, i + 1);
  return make_str(s->s.substr(a, b - a));
}

static Value bytes_getitem(VM& vm, const Value& self, const Value& key) {
  Bytes* s = self.as<Bytes>();
  int64_t n = int64_t(s->s.size());
  if (key.is_obj() && key.as_obj()->type == types().slice) {
    int64_t start, stop, step, count;
    slice_indices(vm, key.as<Slice>(), n, start, stop, step, count);
    std::string out;
    for (int64_t k = 0, i = start; k < count; ++k, i += step) out += s->s[size_t(i)];
    return make_bytes(out);
  }
  int64_t i = normalize_index(index_of(key, "byte"), n, "index");
  return Value::integer((unsigned char)s->s[size_t(i)]);
}

static Value seq_slice(VM& vm, const std::vector<Value>& items, const Slice* sl, bool tuple) {
  int64_t start, stop, step, count;
  slice_indices(vm, sl, int64_t(items.size()), start, stop, step, count);
  std::vector<Value> out;
  out.reserve(size_t(count));
  for (int64_t k = 0, i = start; k < count; ++k, i += step) out.push_back(items[size_t(i)]);
  return tuple ? make_tuple(std::move(out)) : make_list(std::move(out));
}

static Value tuple_getitem(VM& vm, const Value& self, const Value& key) {
  Tuple* t = self.as<Tuple>();
  if (key.is_obj() && key.as_obj()->type == types().slice) return seq_slice(vm, t->items, key.as<Slice>(), true);
  return t->items[size_t(normalize_index(index_of(key, "tuple"), int64_t(t->items.size()), "tuple"))];
}
static Value list_getitem(VM& vm, const Value& self, const Value& key) {
  List* t = self.as<List>();
  if (key.is_obj() && key.as_obj()->type == types().slice) return seq_slice(vm, t->items, key.as<Slice>(), false);
  return t->items[size_t(normalize_index(index_of(key, "list"), int64_t(t->items.size()), "list"))];
}
static void list_setitem(VM& vm, const Value& self, const Value& key, const Value& v) {
  List* t = self.as<List>();
  if (key.is_obj() && key.as_obj()->type == types().slice) {
    int64_t start, stop, step, count;
    slice_indices(vm, key.as<Slice>(), int64_t(t->items.size()), start, stop, step, count);
    if (step != 1) {
      if (v.is_null()) {
        std::vector<bool> drop(t->items.size());
        for (int64_t k = 0, i = start; k < count; ++k, i += step) drop[size_t(i)] = true;
        std::vector<Value> keep;
        for (size_t i = 0; i < t->items.size(); ++i) if (!drop[i]) keep.push_back(t->items[i]);
        t->items.swap(keep);
        return;
      }
      std::vector<Value> src = vm.to_vector(v);
      if (int64_t(src.size()) != count)
        throw_value_error("attempt to assign sequence of size %zu to extended slice of size %lld",
                          src.size(), (long long)count);
      for (int64_t k = 0, i = start; k < count; ++k, i += step) t->items[size_t(i)] = src[size_t(k)];
      return;
    }
    if (stop < start) stop = start;
    std::vector<Value> src;
    if (!v.is_null()) src = vm.to_vector(v);
    std::vector<Value> out(t->items.begin(), t->items.begin() + start);
    out.insert(out.end(), src.begin(), src.end());
    out.insert(out.end(), t->items.begin() + stop, t->items.end());
    t->items.swap(out);
    return;
  }
  int64_t i = normalize_index(index_of(key, "list"), int64_t(t->items.size()),
                              v.is_null() ? "list assignment" : "list assignment");
  if (v.is_null()) t->items.erase(t->items.begin() + i);
  else t->items[size_t(i)] = v;
}
static Value dict_getitem(VM& vm, const Value& self, const Value& key) {
  Value v = self.as<Dict>()->get(vm, key);
  if (!v.is_null()) return v;
  if (self.type() != vm.types.dict) {  // a subclass's __missing__ (dict_subscript)
    Value missing = type_lookup(self.type(), "__missing__");
    if (!missing.is_null()) return vm.call(missing, {self, key});
  }
  throw_key_error(key);
}
static void dict_setitem(VM& vm, const Value& self, const Value& key, const Value& v) {
  Dict* d = self.as<Dict>();
  if (v.is_null()) {
    if (!d->remove(vm, key)) throw_key_error(key);
  } else {
    d->set(vm, key, v);
  }
}

// ---------------------------------------------------------------- contains
static bool str_contains(VM&, const Value& self, const Value& item) {
  if (!item.is_obj() || item.as_obj()->type != types().str)
    throw_type_error("'in <string>' requires string as left operand, not %s", item.type()->name.c_str());
  return self.as<Str>()->s.find(item.as<Str>()->s) != std::string::npos;
}
static bool bytes_contains(VM&, const Value& self, const Value& item) {
  const std::string& s = self.as<Bytes>()->s;
  if (item.is_intlike()) return s.find(char(item.as_int())) != std::string::npos;
  if (item.is_obj() && item.as_obj()->type == types().bytes) return s.find(item.as<Bytes>()->s) != std::string::npos;
  throw_type_error("a bytes-like object is required, not '%s'", item.type()->name.c_str());
}
static bool seq_contains(VM& vm, const std::vector<Value>& items, const Value& item) {
  for (size_t i = 0; i < items.size(); ++i) {
    Value x = items[i];
    if (x.is(item) || vm.eq(x, item)) return true;
  }
  return false;
}
static bool tuple_contains(VM& vm, const Value& self, const Value& item) { return seq_contains(vm, self.as<Tuple>()->items, item); }
static bool list_contains(VM& vm, const Value& self, const Value& item) { return seq_contains(vm, self.as<List>()->items, item); }
static bool dict_contains(VM& vm, const Value& self, const Value& item) { return !self.as<Dict>()->get(vm, item).is_null(); }
static bool set_contains(VM& vm, const Value& self, const Value& item) { return self.as<Set>()->contains(vm, item); }

static int64_t unhashable(VM&, const Value& self) {
  throw_type_error("unhashable type: '%s'", self.type()->name.c_str());
}

// ---------------------------------------------------------------- registry
static Type* core(CoreTypes& ct, const char* name, Type* base) {
  Type* t = new Type(ct.type, name, base);
  t->module = "builtins";
  incref(t);  // immortal
  if (base) {
    t->hash = base->hash;
    t->repr = base->repr;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->new_ = base->new_;
  }
  return t;
}

static CoreTypes* g_types = nullptr;

const CoreTypes& types() {
  if (g_types) return *g_types;
  g_types = new CoreTypes();
  CoreTypes& t = *g_types;
  // `type` and `object` first: every Type's type is `type`.
  t.type = nullptr;
  t.object = new Type(nullptr, "object", nullptr);
  t.type = new Type(nullptr, "type", t.object);
  t.object->type = t.type;
  t.type->type = t.type;
  t.object->module = t.type->module = "builtins";
  incref(t.object);
  incref(t.type);
  // Dicts were created before the dict type existed: fix their type below.
  t.object->hash = identity_hash;
  t.object->repr = object_repr;
  t.type->hash = identity_hash;
  t.type->repr = type_repr;
  t.dict = core(t, "dict", t.object);
  t.object->dict->type = t.dict;
  t.type->dict->type = t.dict;
  t.dict->dict->type = t.dict;
  t.str = core(t, "str", t.object);
  t.none = core(t, "NoneType", t.object);
  t.notimplemented = core(t, "NotImplementedType", t.object);
  t.ellipsis = core(t, "ellipsis", t.object);
  t.int_ = core(t, "int", t.object);
  t.bool_ = core(t, "bool", t.int_);
  t.float_ = core(t, "float", t.object);
  t.bytes = core(t, "bytes", t.object);
  t.tuple = core(t, "tuple", t.object);
  t.list = core(t, "list", t.object);
  t.set = core(t, "set", t.object);
  t.frozenset = core(t, "frozenset", t.object);
  t.slice = core(t, "slice", t.object);
  t.cell = core(t, "cell", t.object);
  t.code = core(t, "code", t.object);
  t.frame = core(t, "frame", t.object);
  t.function = core(t, "function", t.object);
  t.native_function = core(t, "builtin_function_or_method", t.object);
  t.bound_method = core(t, "method", t.object);
  t.property = core(t, "property", t.object);
  t.classmethod = core(t, "classmethod", t.object);
  t.staticmethod = core(t, "staticmethod", t.object);
  t.module = core(t, "module", t.object);
  t.coroutine = core(t, "coroutine", t.object);
  t.generator = core(t, "generator", t.object);
  t.native_coroutine = core(t, "coroutine", t.object);
  t.list_iter = core(t, "list_iterator", t.object);
  t.tuple_iter = core(t, "tuple_iterator", t.object);
  t.str_iter = core(t, "str_ascii_iterator", t.object);
  t.dict_iter = core(t, "dict_keyiterator", t.object);
  t.set_iter = core(t, "set_iterator", t.object);
  t.seq_iter = core(t, "iterator", t.object);
  t.super_ = core(t, "super", t.object);

  t.none->repr = none_repr;
  t.none->hash = none_hash;
  t.notimplemented->repr = notimpl_repr;
  t.ellipsis->repr = ellipsis_repr;
  t.int_->repr = int_repr;
  t.int_->hash = number_hash;
  t.bool_->repr = bool_repr;
  t.bool_->hash = number_hash;
  t.float_->repr = float_repr_slot;
  t.float_->hash = number_hash;
  t.str->repr = str_repr_slot;
  t.str->str = str_str_slot;
  t.str->hash = str_hash;
  t.str->len = str_len;
  t.str->iter = str_iter;
  t.str->getitem = str_getitem;
  t.str->contains = str_contains;
  t.bytes->repr = bytes_repr_slot;
  t.bytes->hash = bytes_hash;
  t.bytes->len = bytes_len;
  t.bytes->getitem = bytes_getitem;
  t.bytes->contains = bytes_contains;
  t.bytes->iter = bytes_iter;
  t.tuple->repr = tuple_repr;
  t.tuple->hash = tuple_hash;
  t.tuple->len = tuple_len;
  t.tuple->iter = tuple_iter;
  t.tuple->getitem = tuple_getitem;
  t.tuple->contains = tuple_contains;
  t.list->repr = list_repr;
  t.list->hash = unhashable;
  t.list->len = list_len;
  t.list->iter = list_iter;
  t.list->getitem = list_getitem;
  t.list->setitem = list_setitem;
  t.list->contains = list_contains;
  t.dict->repr = dict_repr;
  t.dict->hash = unhashable;
  t.dict->len = dict_len;
  t.dict->iter = dict_iter;
  t.dict->getitem = dict_getitem;
  t.dict->setitem = dict_setitem;
  t.dict->contains = dict_contains;
  t.set->repr = set_repr;
  t.set->hash = unhashable;
  t.set->len = set_len;
  t.set->iter = set_iter;
  t.set->contains = set_contains;
  t.frozenset->repr = set_repr;
  t.frozenset->len = set_len;
  t.frozenset->iter = set_iter;
  t.frozenset->contains = set_contains;
  for (Type* it : {t.list_iter, t.tuple_iter, t.str_iter, t.dict_iter, t.set_iter, t.seq_iter})
    it->iter = self_iter;
  t.list_iter->next = list_next;
  t.tuple_iter->next = tuple_next;
  t.str_iter->next = str_next;
  t.seq_iter->next = bytes_next;
  t.dict_iter->next = dict_next;
  t.set_iter->next = tuple_next;
  t.type->repr = type_repr;
  t.function->repr = function_repr;
  t.native_function->repr = native_repr;
  t.bound_method->repr = bound_repr;
  t.module->repr = module_repr;
  t.coroutine->repr = coroutine_repr;
  t.generator->repr = coroutine_repr;
  t.native_coroutine->repr = native_coro_repr;
  t.cell->repr = cell_repr;
  t.slice->repr = slice_repr;
  t.slice->hash = unhashable;
  install_core_slots(t);
  return t;
}

}  // namespace sandbox::vm
