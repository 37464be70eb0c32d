// The `_struct` module (Modules/_struct.c): pack/unpack and friends, the
// Struct type and struct.error, over struct_format.h's parsed formats.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/modules.h"
#include "vm/lib/stdlib/struct_format.h"

namespace sandbox::vm::lib {

namespace {

using structfmt::Format;
using structfmt::Item;
using structfmt::StructError;

Type* g_error = nullptr;
Type* g_struct = nullptr;
Type* g_unpack_iter = nullptr;

[[noreturn]] void struct_error(const std::string& msg) { throw_exception(g_error, msg); }

struct StructObj : GcObj {
  Format fmt;
  std::string text;  // the format as given (Struct.format)
  Ref<Dict> storage; // instance attributes of Python subclasses
  explicit StructObj(Type* t) : GcObj(t) {}
  Dict* instance_dict() override {
    if (!type->python_class || type->no_instance_dict) return nullptr;
    if (!storage) storage = new Dict();
    return storage.get();
  }
  void gc_traverse(GcVisitor& v) override { v(storage); }
  void gc_clear() override { storage.reset(); }
};

Format parse_or_raise(std::string_view text) {
  try {
    return structfmt::parse(text);
  } catch (const StructError& e) {
    struct_error(e.message);
  }
}

std::string format_text(const Value& v, const char* who) {
  if (is_str(v)) return str_of(v);
  if (is_bytes(v)) return v.as<Bytes>()->s;
  throw_type_error("%s argument 1 must be a str or bytes object, not %s", who, type_name(v));
}

bool is_bytearray(const Value& v) { return v.is_obj() && v.type()->name == "bytearray" && v.type()->module == "builtins"; }

// The bytes of a buffer argument (bytes or bytearray).
std::string buffer_bytes(VM& vm, const Value& v) {
  if (is_bytes(v)) return v.as<Bytes>()->s;
  if (is_bytearray(v)) return vm.call(Value(types().bytes), {v}).as<Bytes>()->s;
  throw_type_error("a bytes-like object is required, not '%s'", type_name(v));
}

// ---- packing one value
BigNum int_arg(VM& vm, const Value& v) {
  if (is_int_value(v)) return to_bignum(v);
  Value m = lookup_special_method(vm, v, "__index__");
  if (m.is_null()) struct_error("required argument is not an integer");
  Value r = vm.call(m, {});
  if (!is_int_value(r)) throw_type_error("__index__ returned non-int (type %s)", type_name(r));
  return to_bignum(r);
}

double float_arg(VM& vm, const Value& v) {
  if (v.is_number()) return v.to_double();
  if (is_bigint(v)) return int_to_double(v);
  Value m = lookup_special_method(vm, v, "__float__");
  if (m.is_null()) m = lookup_special_method(vm, v, "__index__");
  if (m.is_null()) struct_error("required argument is not a float");
  Value r = vm.call(m, {});
  return r.is_number() ? r.to_double() : int_to_double(r);
}

void put_uint(std::string& out, size_t at, uint64_t u, size_t size, bool little) {
  for (size_t k = 0; k < size; k++) {
    unsigned char byte = static_cast<unsigned char>(u >> (8 * k));
    out[at + (little ? k : size - 1 - k)] = static_cast<char>(byte);
  }
}

uint64_t get_uint(std::string_view in, size_t at, size_t size, bool little) {
  uint64_t u = 0;
  for (size_t k = 0; k < size; k++) {
    unsigned char byte = static_cast<unsigned char>(in[at + (little ? k : size - 1 - k)]);
    u |= static_cast<uint64_t>(byte) << (8 * k);
  }
  return u;
}

// The integer codes: C long/unsigned long conversion first ("argument out
// of range"), then the code's own range with its message.
uint64_t pack_int(VM& vm, const Value& v, char c, size_t size) {
  BigNum n = int_arg(vm, v);
  bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
  if (c == 'P') {
    if (n.fits_i64()) return static_cast<uint64_t>(n.to_i64());
    if (n.negative() || n.bit_length() > 64) struct_error("argument out of range");
    std::string b;
    n.to_bytes_le(8, false, b);
    return get_uint(b, 0, 8, true);
  }
  bool wide_unsigned = is_unsigned && (c == 'I' || c == 'L' || c == 'Q' || c == 'N');
  if (wide_unsigned) {
    if (n.negative() || n.bit_length() > 64) struct_error("argument out of range");
  } else if (!n.fits_i64()) {
    struct_error("argument out of range");
  }
  uint64_t u;
  if (n.fits_i64()) {
    u = static_cast<uint64_t>(n.to_i64());
  } else {
    std::string b;
    n.to_bytes_le(8, false, b);
    u = get_uint(b, 0, 8, true);
  }
  if (size == 8) return u;
  int64_t s = static_cast<int64_t>(u);
  const char* named = nullptr;
  switch (c) {
    case 'b': named = "byte format requires -128 <= number <= 127"; break;
    case 'B': named = "ubyte format requires 0 <= number <= 255"; break;
    case 'h': named = "short format requires -32768 <= number <= 32767"; break;
    case 'H': named = "ushort format requires 0 <= number <= 65535"; break;
    default: break;
  }
  if (is_unsigned) {
    uint64_t max = (1ULL << (8 * size)) - 1;
    if (u > max || (!wide_unsigned && s < 0)) {
      if (named) struct_error(named);
      struct_error(strformat("'%c' format requires 0 <= number <= %llu", c, static_cast<unsigned long long>(max)));
    }
  } else {
    int64_t max = static_cast<int64_t>((1ULL << (8 * size - 1)) - 1), min = -max - 1;
    if (s < min || s > max) {
      if (named) struct_error(named);
      struct_error(strformat("'%c' format requires %lld <= number <= %lld", c, static_cast<long long>(min),
                             static_cast<long long>(max)));
    }
  }
  return u;
}

void pack_one(VM& vm, std::string& out, const Format& f, const Item& it, size_t at, const Value& v) {
  char c = it.code;
  switch (c) {
    case 's':
    case 'p': {
      if (!is_bytes(v) && !is_bytearray(v)) struct_error(strformat("argument for '%c' must be a bytes object", c));
      std::string b = buffer_bytes(vm, v);
      size_t n = it.size;
      if (c == 'p') {
        if (n == 0) return;
        size_t take = std::min(b.size(), n - 1);
        take = std::min<size_t>(take, 255);
        out[at] = static_cast<char>(take);
        std::memcpy(&out[at + 1], b.data(), take);
      } else {
        std::memcpy(&out[at], b.data(), std::min(b.size(), n));
      }
      return;
    }
    case 'c': {
      if ((!is_bytes(v) && !is_bytearray(v)) || buffer_bytes(vm, v).size() != 1)
        struct_error("char format requires a bytes object of length 1");
      out[at] = buffer_bytes(vm, v)[0];
      return;
    }
    case '?': out[at] = vm.truthy(v) ? 1 : 0; return;
    case 'e': {
      uint16_t h;
      if (!structfmt::pack_half(float_arg(vm, v), h)) throw_overflow_error("float too large to pack with e format");
      put_uint(out, at, h, 2, f.little);
      return;
    }
    case 'f': {
      double d = float_arg(vm, v);
      // (float)d as IEEE rounds it: past FLT_MAX plus half an ulp it is an
      // infinity (an error for the standard sizes), spelled out because the
      // C++ conversion of an out-of-range value is undefined.
      const double limit = static_cast<double>(FLT_MAX) + std::ldexp(1.0, 103);
      float x;
      if (std::isfinite(d) && std::fabs(d) >= limit) {
        if (!f.native) throw_overflow_error("float too large to pack with f format");
        x = std::copysign(std::numeric_limits<float>::infinity(), static_cast<float>(d > 0 ? 1 : -1));
      } else if (std::isfinite(d) && std::fabs(d) > FLT_MAX) {
        x = d > 0 ? FLT_MAX : -FLT_MAX;
      } else {
        x = static_cast<float>(d);
      }
      uint32_t u;
      std::memcpy(&u, &x, 4);
      put_uint(out, at, u, 4, f.little);
      return;
    }
    case 'd': {
      double d = float_arg(vm, v);
      uint64_t u;
      std::memcpy(&u, &d, 8);
      put_uint(out, at, u, 8, f.little);
      return;
    }
    default: put_uint(out, at, pack_int(vm, v, c, it.size), it.size, f.little);
  }
}

std::string pack_values(VM& vm, const Format& f, Args values) {
  if (values.size() != f.nargs)
    struct_error(strformat("pack expected %zu items for packing (got %zu)", f.nargs, values.size()));
  heap_reserve(f.size);  // "1000000000x" must be a MemoryError, not the process's
  std::string out(f.size, '\0');
  size_t k = 0;
  for (const Item& it : f.items)
    for (size_t r = 0; r < it.count; r++) pack_one(vm, out, f, it, it.offset + r * it.size, values[k++]);
  return out;
}

Value unpack_one(const Format& f, const Item& it, std::string_view in, size_t at) {
  char c = it.code;
  switch (c) {
    case 's': return make_bytes(in.substr(at, it.size));
    case 'p': {
      if (it.size == 0) return make_bytes("");
      size_t n = std::min<size_t>(static_cast<unsigned char>(in[at]), it.size - 1);
      return make_bytes(in.substr(at + 1, n));
    }
    case 'c': return make_bytes(in.substr(at, 1));
    case '?': return Value::boolean(in[at] != 0);
    case 'e': return Value::real(structfmt::unpack_half(static_cast<uint16_t>(get_uint(in, at, 2, f.little))));
    case 'f': {
      uint32_t u = static_cast<uint32_t>(get_uint(in, at, 4, f.little));
      float x;
      std::memcpy(&x, &u, 4);
      return Value::real(x);
    }
    case 'd': {
      uint64_t u = get_uint(in, at, 8, f.little);
      double x;
      std::memcpy(&x, &u, 8);
      return Value::real(x);
    }
    default: break;
  }
  uint64_t u = get_uint(in, at, it.size, f.little);
  bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
  if (is_unsigned) {
    if (u > static_cast<uint64_t>(INT64_MAX)) return make_int(BigNum::from_u64(u));
    return Value::integer(static_cast<int64_t>(u));
  }
  size_t bits = 8 * it.size;
  if (bits < 64 && (u >> (bits - 1)) & 1) u |= ~0ULL << bits;  // sign-extend
  return Value::integer(static_cast<int64_t>(u));
}

Value unpack_at(const Format& f, std::string_view in, size_t base) {
  std::vector<Value> out;
  out.reserve(f.nargs);
  for (const Item& it : f.items)
    for (size_t r = 0; r < it.count; r++) out.push_back(unpack_one(f, it, in, base + it.offset + r * it.size));
  return make_tuple(std::move(out));
}

// ---- the Struct type and its methods (the module functions parse then call these)
const Format& fmt_of(const Value& self) { return self.as<StructObj>()->fmt; }

StructObj* self_struct(Args a, const char* name) {
  if (a.empty() || !is_subtype(a[0].type(), g_struct))
    throw_type_error("descriptor '%s' for '_struct.Struct' objects doesn't apply to a '%s' object", name,
                     a.empty() ? "NoneType" : type_name(a[0]));
  return a[0].as<StructObj>();
}

Value do_unpack(VM& vm, const Format& f, const Value& buffer) {
  std::string b = buffer_bytes(vm, buffer);
  if (b.size() != f.size) struct_error(strformat("unpack requires a buffer of %zu bytes", f.size));
  return unpack_at(f, b, 0);
}

int64_t offset_arg(VM&, const Value& v) { return as_index(v); }

Value do_unpack_from(VM& vm, const Format& f, const Value& buffer, int64_t offset) {
  std::string b = buffer_bytes(vm, buffer);
  int64_t len = static_cast<int64_t>(b.size());
  if (offset < 0) {
    if (offset + len < 0) struct_error(strformat("offset %lld out of range for %lld-byte buffer",
                                                 static_cast<long long>(offset), static_cast<long long>(len)));
    offset += len;
  }
  if (len - offset < static_cast<int64_t>(f.size))
    struct_error(strformat("unpack_from requires a buffer of at least %lld bytes for unpacking %zu bytes at offset "
                           "%lld (actual buffer size is %lld)",
                           static_cast<long long>(static_cast<int64_t>(f.size) + offset), f.size,
                           static_cast<long long>(offset), static_cast<long long>(len)));
  return unpack_at(f, b, static_cast<size_t>(offset));
}

Value do_pack_into(VM& vm, const Format& f, const Value& buffer, int64_t offset, Args values) {
  if (!is_bytearray(buffer)) {
    if (is_bytes(buffer)) throw_type_error("argument must be read-write bytes-like object, not bytes");
    throw_type_error("argument must be read-write bytes-like object, not %s", type_name(buffer));
  }
  std::string packed = pack_values(vm, f, values);
  int64_t len = vm.len(buffer);
  if (offset < 0) {
    if (offset + len < 0) struct_error(strformat("offset %lld out of range for %lld-byte buffer",
                                                 static_cast<long long>(offset), static_cast<long long>(len)));
    offset += len;
  }
  if (len - offset < static_cast<int64_t>(f.size))
    struct_error(strformat("pack_into requires a buffer of at least %lld bytes for packing %zu bytes at offset %lld "
                           "(actual buffer size is %lld)",
                           static_cast<long long>(static_cast<int64_t>(f.size) + offset), f.size,
                           static_cast<long long>(offset), static_cast<long long>(len)));
  Value slice(new Slice(Value::integer(offset), Value::integer(offset + static_cast<int64_t>(f.size)), Value()));
  vm.setitem(buffer, slice, make_bytes(packed));
  return Value();
}

struct UnpackIter : GcObj {
  Ref<StructObj> s;
  std::string data;
  size_t pos = 0;
  HeapCharge mem;
  UnpackIter(Type* t, StructObj* so, std::string d) : GcObj(t), s(so), data(std::move(d)) {
    mem.set(string_heap_bytes(data.capacity()));
  }
  void gc_traverse(GcVisitor& v) override { v(s); }
  void gc_clear() override { s.reset(); }
};

Value do_iter_unpack(VM& vm, StructObj* s, const Value& buffer) {
  std::string b = buffer_bytes(vm, buffer);
  if (s->fmt.size == 0) struct_error("cannot iteratively unpack with a struct of length 0");
  if (b.size() % s->fmt.size != 0)
    struct_error(strformat("iterative unpacking requires a buffer of a multiple of %zu bytes", s->fmt.size));
  return Value(new UnpackIter(g_unpack_iter, s, std::move(b)));
}

bool unpack_iter_next(VM&, const Value& self, Value& out) {
  UnpackIter* it = self.as<UnpackIter>();
  if (!it->s || it->pos >= it->data.size()) return false;
  out = unpack_at(it->s->fmt, it->data, it->pos);
  it->pos += it->s->fmt.size;
  return true;
}

Value unpack_iter_hint(VM&, NativeFunction*, Args a, const KwArgs*) {
  UnpackIter* it = a[0].as<UnpackIter>();
  if (!it->s) return Value::integer(0);
  return Value::integer(static_cast<int64_t>((it->data.size() - it->pos) / it->s->fmt.size));
}

Value self_iter(VM&, const Value& self) { return self; }

// unpack_from(buffer, offset=0) / pack_into(buffer, offset, *v): the offset argument.
int64_t from_offset(VM& vm, Args a, size_t index, const KwArgs* kw, const char* fname) {
  check_kwargs(fname, kw, {"buffer", "offset"});
  if (const Value* v = kwarg(kw, "offset")) return offset_arg(vm, *v);
  return a.size() > index ? offset_arg(vm, a[index]) : 0;
}

// Struct___init__: Struct(format) parses the format; a Python subclass
// gets an empty Struct from __new__ and its __init__ (through super()) sets it.
void struct_init(StructObj* s, Args a, const KwArgs* kw) {
  check_kwargs("Struct", kw, {"format"});
  Value fmt = a.size() > 0 ? a[0] : Value::null();
  if (const Value* v = kwarg(kw, "format")) fmt = *v;
  if (fmt.is_null()) throw_type_error("Struct() missing required argument 'format' (pos 1)");
  if (a.size() > 1) throw_type_error("Struct() takes at most 1 argument (%zu given)", a.size());
  std::string text = format_text(fmt, "Struct()");
  s->fmt = parse_or_raise(text);
  s->text = text;
}

Value struct_new(VM&, Type* cls, Args a, const KwArgs* kw) {
  StructObj* s = new StructObj(cls);
  Value out(s);
  if (!cls->python_class) struct_init(s, a, kw);
  return out;
}

Value s_init(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  StructObj* s = self_struct(a, "__init__");
  struct_init(s, a.subspan(1), kw);
  return Value();
}

Value s_pack(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("pack", kw);
  StructObj* s = self_struct(a, "pack");
  return make_bytes(pack_values(vm, s->fmt, a.subspan(1)));
}
Value s_unpack(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("unpack", kw);
  StructObj* s = self_struct(a, "unpack");
  check_one_arg("unpack", a.subspan(1));
  return do_unpack(vm, s->fmt, a[1]);
}
Value s_unpack_from(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  StructObj* s = self_struct(a, "unpack_from");
  Value buffer = a.size() > 1 ? a[1] : Value::null();
  if (const Value* v = kwarg(kw, "buffer")) buffer = *v;
  if (buffer.is_null()) throw_type_error("unpack_from() missing required argument 'buffer' (pos 1)");
  return do_unpack_from(vm, s->fmt, buffer, from_offset(vm, a, 2, kw, "unpack_from"));
}
Value s_pack_into(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("pack_into", kw);
  StructObj* s = self_struct(a, "pack_into");
  if (a.size() < 3) throw_type_error("pack_into expected buffer argument");
  return do_pack_into(vm, s->fmt, a[1], offset_arg(vm, a[2]), a.subspan(3));
}
Value s_iter_unpack(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("iter_unpack", kw);
  StructObj* s = self_struct(a, "iter_unpack");
  check_one_arg("iter_unpack", a.subspan(1));
  return do_iter_unpack(vm, s, a[1]);
}
Value s_format(VM&, NativeFunction*, Args a, const KwArgs*) { return make_str(self_struct(a, "format")->text); }
Value s_size(VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::integer(static_cast<int64_t>(self_struct(a, "size")->fmt.size));
}

// ---- module functions: the format first, then the Struct method.
Value make_struct(VM& vm, const Value& fmt) {
  if (!is_str(fmt) && !is_bytes(fmt))
    throw_type_error("Struct() argument 1 must be a str or bytes object, not %s", type_name(fmt));
  return struct_new(vm, g_struct, std::span<const Value>(&fmt, 1), nullptr);
}

std::vector<Value> with_struct(VM& vm, Args a, const char* name) {
  if (a.empty()) throw_type_error("%s expected at least 1 argument, got 0", name);
  std::vector<Value> out{make_struct(vm, a[0])};
  out.insert(out.end(), a.begin() + 1, a.end());
  return out;
}

Value f_pack(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) {
  no_kwargs("pack", kw);
  std::vector<Value> args = with_struct(vm, a, "pack");
  return s_pack(vm, f, args, nullptr);
}
Value f_unpack(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) {
  no_kwargs("unpack", kw);
  if (a.size() != 2) throw_type_error("unpack expected 2 arguments, got %zu", a.size());
  std::vector<Value> args = with_struct(vm, a, "unpack");
  return s_unpack(vm, f, args, nullptr);
}
Value f_unpack_from(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) {
  std::vector<Value> args = with_struct(vm, a, "unpack_from");
  return s_unpack_from(vm, f, args, kw);
}
Value f_pack_into(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) {
  no_kwargs("pack_into", kw);
  std::vector<Value> args = with_struct(vm, a, "pack_into");
  return s_pack_into(vm, f, args, nullptr);
}
Value f_iter_unpack(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) {
  no_kwargs("iter_unpack", kw);
  if (a.size() != 2) throw_type_error("iter_unpack expected 2 arguments, got %zu", a.size());
  std::vector<Value> args = with_struct(vm, a, "iter_unpack");
  return s_iter_unpack(vm, f, args, nullptr);
}
Value f_calcsize(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("calcsize", kw);
  check_one_arg("calcsize", a);
  return Value::integer(static_cast<int64_t>(fmt_of(make_struct(vm, a[0])).size));
}
Value f_clearcache(VM&, NativeFunction*, Args, const KwArgs*) { return Value(); }

}  // namespace

void install_struct_module(VM& vm) {
  if (!g_struct) {
    g_error = make_exception_type("error", exc().Exception, "struct");
    Type* t = make_type("Struct", types().object, "_struct");
    t->new_ = struct_new;
    add_method(t, "__init__", s_init);
    add_method(t, "pack", s_pack);
    add_method(t, "unpack", s_unpack);
    add_method(t, "unpack_from", s_unpack_from);
    add_method(t, "pack_into", s_pack_into);
    add_method(t, "iter_unpack", s_iter_unpack);
    add_property(t, "format", s_format);
    add_property(t, "size", s_size);
    g_struct = t;
    Type* it = make_type("unpack_iterator", types().object, "_struct");
    it->new_ = nullptr;
    it->iter = self_iter;
    it->next = unpack_iter_next;
    add_method(it, "__length_hint__", unpack_iter_hint);
    g_unpack_iter = it;
  }
  Module* m = make_module("_struct");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("__doc__", make_str("Functions to convert between Python values and C structs."));
  d->set("error", Value(g_error));
  d->set("Struct", Value(g_struct));
  d->set("pack", make_native("pack", f_pack));
  d->set("unpack", make_native("unpack", f_unpack));
  d->set("unpack_from", make_native("unpack_from", f_unpack_from));
  d->set("pack_into", make_native("pack_into", f_pack_into));
  d->set("iter_unpack", make_native("iter_unpack", f_iter_unpack));
  d->set("calcsize", make_native("calcsize", f_calcsize));
  d->set("_clearcache", make_native("_clearcache", f_clearcache));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
