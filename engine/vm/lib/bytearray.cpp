// bytearray (Objects/bytearrayobject.c): a mutable bytes.  The mutating
// operations are here; the read-only methods it shares with bytes (find,
// split, decode, hex, upper, ...) run bytes' own method on a copy and turn
// bytes results back into bytearrays, as bytearray's methods return
// bytearrays.
#include <algorithm>

#include "vm/internal.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

namespace {

Type* g_bytearray = nullptr;

struct ByteArray : Obj {
  std::string s;
  HeapCharge mem;
  explicit ByteArray(std::string data, Type* t = g_bytearray) : Obj(t), s(std::move(data)) { account(); }
  void account() { mem.set(s.capacity()); }
};

bool is_bytearray(const Value& v) { return v.is_obj() && is_subtype(v.as_obj()->type, g_bytearray); }
std::string& data(const Value& v) { return v.as<ByteArray>()->s; }
Value make_bytearray(std::string s) { return Value(new ByteArray(std::move(s))); }

// A bytes-like argument: bytes or bytearray.
bool bytes_like(const Value& v, std::string& out) {
  if (is_bytes(v)) out = v.as<Bytes>()->s;
  else if (is_bytearray(v)) out = data(v);
  else return false;
  return true;
}

uint8_t byte_value(const Value& v) {
  int64_t n = as_index(v);
  if (n < 0 || n > 255) throw_value_error("byte must be in range(0, 256)");
  return static_cast<uint8_t>(n);
}

std::string bytes_from_iterable(VM& vm, const Value& it) {
  std::string out;
  for (const Value& x : vm.to_vector(it)) {
    if (!x.is_intlike() && lookup_special_method(vm, x, "__index__").is_null())
      throw_type_error("'%s' object cannot be interpreted as an integer", type_name(x));
    out.push_back(static_cast<char>(byte_value(x)));
  }
  return out;
}

Value bytearray_new(VM& vm, Type* cls, Args args, const KwArgs* kw) {
  check_kwargs("bytearray", kw, {"source", "encoding", "errors"});
  if (args.size() > 3) throw_type_error("bytearray() takes at most 3 arguments (%zu given)", args.size());
  Value src = args.size() > 0 ? args[0] : Value::null();
  Value enc = args.size() > 1 ? args[1] : Value::null();
  Value err = args.size() > 2 ? args[2] : Value::null();
  if (const Value* v = kwarg(kw, "source")) src = *v;
  if (const Value* v = kwarg(kw, "encoding")) enc = *v;
  if (const Value* v = kwarg(kw, "errors")) err = *v;
  std::string out;
  if (src.is_null()) {
    if (!enc.is_null()) throw_type_error("encoding without a string argument");
  } else if (is_str(src)) {
    if (enc.is_null()) throw_type_error("string argument without an encoding");
    out = encode_str(str_of(src), str_of(enc), err.is_null() ? "strict" : str_of(err));
  } else if (!enc.is_null()) {
    throw_type_error("encoding without a string argument");
  } else if (src.is_intlike()) {
    int64_t n = src.as_int();
    if (n < 0) throw_value_error("negative count");
    out.assign(static_cast<size_t>(n), '\0');
  } else if (!bytes_like(src, out)) {
    if (src.is_obj() && !src.as_obj()->type->iter && !src.as_obj()->type->getitem)
      throw_type_error("cannot convert '%s' object to bytearray", type_name(src));
    out = bytes_from_iterable(vm, src);
  }
  return Value(new ByteArray(std::move(out), cls));
}

Value bytearray_repr(VM&, const Value& self) {
  std::string name = self.type()->name;
  return make_str(name + "(" + bytes_repr(data(self)) + ")");
}

int64_t bytearray_len(VM&, const Value& self) { return static_cast<int64_t>(data(self).size()); }

Value bytearray_getitem(VM& vm, const Value& self, const Value& key) {
  const std::string& s = data(self);
  if (is_type(key, types().slice)) {
    int64_t start, stop, step, count;
    slice_indices(vm, key.as<Slice>(), static_cast<int64_t>(s.size()), start, stop, step, count);
    std::string out;
    for (int64_t i = 0, j = start; i < count; i++, j += step) out.push_back(s[static_cast<size_t>(j)]);
    return make_bytearray(std::move(out));
  }
  if (!key.is_intlike()) throw_type_error("bytearray indices must be integers or slices, not %s", type_name(key));
  int64_t i = key.as_int(), n = static_cast<int64_t>(s.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("bytearray index out of range");
  return Value::integer(static_cast<uint8_t>(s[static_cast<size_t>(i)]));
}

void bytearray_setitem(VM& vm, const Value& self, const Value& key, const Value& v) {
  std::string& s = data(self);
  int64_t n = static_cast<int64_t>(s.size());
  if (is_type(key, types().slice)) {
    int64_t start, stop, step, count;
    slice_indices(vm, key.as<Slice>(), n, start, stop, step, count);
    std::string repl;
    if (!v.is_null() && !bytes_like(v, repl)) {
      if (v.is_intlike()) throw_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      repl = bytes_from_iterable(vm, v);
    }
    if (step == 1) {
      if (stop < start) stop = start;
      s.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), v.is_null() ? std::string() : repl);
    } else if (v.is_null()) {
      std::string out;
      for (int64_t i = 0; i < n; i++) {
        bool hit = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                            : (i <= start && i > stop && (start - i) % -step == 0);
        if (!hit) out.push_back(s[static_cast<size_t>(i)]);
      }
      s = std::move(out);
    } else {
      if (static_cast<int64_t>(repl.size()) != count)
        throw_value_error("attempt to assign bytes of size %zu to extended slice of size %lld", repl.size(),
                          static_cast<long long>(count));
      for (int64_t i = 0, j = start; i < count; i++, j += step) s[static_cast<size_t>(j)] = repl[static_cast<size_t>(i)];
    }
    self.as<ByteArray>()->account();
    return;
  }
  if (!key.is_intlike()) throw_type_error("bytearray indices must be integers or slices, not %s", type_name(key));
  int64_t i = key.as_int();
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error(v.is_null() ? "bytearray index out of range" : "bytearray index out of range");
  if (v.is_null()) s.erase(static_cast<size_t>(i), 1);
  else s[static_cast<size_t>(i)] = static_cast<char>(byte_value(v));
}

bool bytearray_contains(VM&, const Value& self, const Value& item) {
  const std::string& s = data(self);
  std::string sub;
  if (bytes_like(item, sub)) return s.find(sub) != std::string::npos;
  return s.find(static_cast<char>(byte_value(item))) != std::string::npos;
}

Value bytearray_iter(VM& vm, const Value& self) {
  std::vector<Value> items;
  for (unsigned char c : data(self)) items.push_back(Value::integer(c));
  return vm.iter(make_list(std::move(items)));
}

Value bytearray_compare(VM&, const Value& a, const Value& b, CmpOp op) {
  std::string x, y;
  if (!bytes_like(a, x) || !bytes_like(b, y)) return Value::null();
  int c = x.compare(y);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    case CmpOp::Ge: return Value::boolean(c >= 0);
  }
  return Value::null();
}

Value bytearray_binary(VM&, BinOp op, const Value& a, const Value& b, bool reflected) {
  const Value& self = reflected ? b : a;
  const Value& other = reflected ? a : b;
  if (op == BinOp::Add) {
    std::string o;
    if (!bytes_like(other, o)) return Value::null();
    return make_bytearray(reflected ? o + data(self) : data(self) + o);
  }
  if (op == BinOp::Mul && other.is_intlike()) {
    std::string out;
    for (int64_t i = 0; i < other.as_int(); i++) out += data(self);
    return make_bytearray(std::move(out));
  }
  return Value::null();
}

Value ba_append(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("append", kw);
  if (a.size() != 2) throw_type_error("bytearray.append() takes exactly one argument (%zu given)", a.size() - 1);
  data(a[0]).push_back(static_cast<char>(byte_value(a[1])));
  a[0].as<ByteArray>()->account();
  return Value();
}

Value ba_extend(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("extend", kw);
  if (a.size() != 2) throw_type_error("bytearray.extend() takes exactly one argument (%zu given)", a.size() - 1);
  std::string more;
  if (!bytes_like(a[1], more)) {
    if (is_str(a[1])) throw_type_error("expected iterable of integers; got: 'str'");
    more = bytes_from_iterable(vm, a[1]);
  }
  data(a[0]) += more;
  a[0].as<ByteArray>()->account();
  return Value();
}

Value ba_pop(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("pop", kw);
  check_args("pop", a, 1, 2);
  std::string& s = data(a[0]);
  if (s.empty()) throw_index_error("pop from empty bytearray");
  int64_t n = static_cast<int64_t>(s.size()), i = a.size() > 1 ? as_index(a[1]) : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw_index_error("pop index out of range");
  uint8_t c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
  s.erase(static_cast<size_t>(i), 1);
  return Value::integer(c);
}

Value ba_insert(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("insert", kw);
  if (a.size() != 3) throw_type_error("insert expected 2 arguments, got %zu", a.size() - 1);
  std::string& s = data(a[0]);
  int64_t n = static_cast<int64_t>(s.size()), i = as_index(a[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  s.insert(static_cast<size_t>(i), 1, static_cast<char>(byte_value(a[2])));
  a[0].as<ByteArray>()->account();
  return Value();
}

Value ba_remove(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("remove", kw);
  if (a.size() != 2) throw_type_error("bytearray.remove() takes exactly one argument (%zu given)", a.size() - 1);
  std::string& s = data(a[0]);
  size_t at = s.find(static_cast<char>(byte_value(a[1])));
  if (at == std::string::npos) throw_value_error("value not found in bytearray");
  s.erase(at, 1);
  return Value();
}

Value ba_clear(VM&, NativeFunction*, Args a, const KwArgs*) {
  data(a[0]).clear();
  return Value();
}
Value ba_copy(VM&, NativeFunction*, Args a, const KwArgs*) { return make_bytearray(data(a[0])); }
Value ba_reverse(VM&, NativeFunction*, Args a, const KwArgs*) {
  std::string& s = data(a[0]);
  std::reverse(s.begin(), s.end());
  return Value();
}

// bytes' read-only methods, run on a bytes copy.
Value to_bytearray_result(VM& vm, const Value& r) {
  if (is_bytes(r)) return make_bytearray(r.as<Bytes>()->s);
  if (is_type(r, types().list)) {
    std::vector<Value> items;
    for (const Value& x : r.as<List>()->items) items.push_back(to_bytearray_result(vm, x));
    return make_list(std::move(items));
  }
  if (is_type(r, types().tuple)) {
    std::vector<Value> items;
    for (const Value& x : r.as<Tuple>()->items) items.push_back(to_bytearray_result(vm, x));
    return make_tuple(std::move(items));
  }
  return r;
}

Value ba_shared(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  const char* name = static_cast<const char*>(self->ctx);
  Value method = types().bytes->dict->get(name);
  if (method.is_null()) throw_attribute_error("'bytearray' object has no attribute '%s'", name);
  std::vector<Value> args(a.begin(), a.end());
  args[0] = make_bytes(data(a[0]));
  for (size_t i = 1; i < args.size(); i++)
    if (is_bytearray(args[i])) args[i] = make_bytes(data(args[i]));
  Value r = vm.call(method, std::span<const Value>(args), kw);
  // Predicates, counts, indexes, decode and hex return what bytes returns.
  std::string_view n(name);
  if (n == "decode" || n == "hex") return r;
  return to_bytearray_result(vm, r);
}

}  // namespace

void install_bytearray(VM& vm) {
  if (!g_bytearray) {
    g_bytearray = make_type("bytearray", types().object, "builtins");
    incref(g_bytearray);  // immortal
    Type* t = g_bytearray;
    t->new_ = bytearray_new;
    t->repr = bytearray_repr;
    t->len = bytearray_len;
    t->getitem = bytearray_getitem;
    t->setitem = bytearray_setitem;
    t->contains = bytearray_contains;
    t->iter = bytearray_iter;
    t->compare = bytearray_compare;
    t->binary = bytearray_binary;
    t->hash = nullptr;  // mutable: unhashable
    struct M {
      const char* name;
      NativeFn fn;
    };
    for (const M& m : {M{"append", ba_append}, M{"extend", ba_extend}, M{"pop", ba_pop}, M{"insert", ba_insert},
                       M{"remove", ba_remove}, M{"clear", ba_clear}, M{"copy", ba_copy}, M{"reverse", ba_reverse}})
      add_method(t, m.name, m.fn);
    static const char* const shared[] = {"decode", "hex", "count", "find", "rfind", "index", "startswith", "endswith",
                                         "upper", "lower", "replace", "split", "rsplit", "strip", "lstrip", "rstrip",
                                         "join", "isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper"};
    for (const char* name : shared)
      if (!types().bytes->dict->get(name).is_null()) add_method(t, name, ba_shared, const_cast<char*>(name));
  }
  vm.builtins()->dict->set("bytearray", Value(g_bytearray));
}

}  // namespace sandbox::vm::lib
