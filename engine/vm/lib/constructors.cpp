// The constructors (Type::new_) of int, float, str, bool, list, tuple, dict,
// set, frozenset and bytes: long_new, float_new, unicode_new, bool_new,
// list___init__, tuple_new, dict_init, set_init, bytes_new.
#include <cmath>

#include "vm/int_big.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/number_format.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {

Value float_to_int(double x) {
  if (std::isnan(x)) throw_value_error("cannot convert float NaN to integer");
  if (std::isinf(x)) throw_overflow_error("cannot convert float infinity to integer");
  double t = std::trunc(x);
  if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) return make_int(BigNum::from_double(t));
  return Value::integer(static_cast<int64_t>(t));
}

Value int_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  check_kwargs("int", kw, {"base"});
  const Value* base_kw = kwarg(kw, "base");
  if (args.size() > 2 || (args.size() == 2 && base_kw))
    throw_type_error("int() takes at most 2 arguments (%zu given)", args.size() + (base_kw ? 1 : 0));
  if (args.empty()) {
    if (base_kw) throw_type_error("int() missing string argument");
    return Value::integer(0);
  }
  const Value& x = args[0];
  if (args.size() == 2 || base_kw) {
    const Value& b = args.size() == 2 ? args[1] : *base_kw;
    int64_t base = as_index(b);
    if (!is_str(x) && !is_bytes(x)) throw_type_error("int() can't convert non-string with explicit base");
    if ((base != 0 && base < 2) || base > 36) throw_value_error("int() base must be >= 2 and <= 36, or 0");
    if (is_bytes(x)) {
      try {
        return make_int(parse_int(x.as<Bytes>()->s, static_cast<int>(base)));
      } catch (const LibError& e) {
        if (e.kind != ErrorKind::ValueError) rethrow_lib_error(e);
        std::string r;
        append_bytes_repr(r, x.as<Bytes>()->s);
        throw_value_error("invalid literal for int() with base %d: %s", static_cast<int>(base), r.c_str());
      }
    }
    return guarded([&] { return make_int(parse_int(str_of(x), static_cast<int>(base))); });
  }
  if (x.is_intlike()) return Value::integer(x.as_int());
  if (is_bigint(x)) return x;
  if (x.is_float()) return float_to_int(x.as_float());
  if (is_str(x)) return guarded([&] { return make_int(parse_int(str_of(x), 10)); });
  if (is_bytes(x)) {
    try {
      return make_int(parse_int(x.as<Bytes>()->s, 10));
    } catch (const LibError& e) {
      if (e.kind != ErrorKind::ValueError) rethrow_lib_error(e);
      std::string r;
      append_bytes_repr(r, x.as<Bytes>()->s);
      throw_value_error("invalid literal for int() with base 10: %s", r.c_str());
    }
  }
  for (const char* name : {"__int__", "__index__", "__trunc__"}) {
    if (!type_lookup(x.type(), name).is_null()) {
      Value r = vm.call_method(x, name, {});
      if (!is_int_value(r)) throw_type_error("%s returned non-int (type %s)", name, type_name(r));
      return r.is_bool() ? Value::integer(r.as_int()) : r;
    }
  }
  throw_type_error("int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name(x));
}

Value float_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("float", kw);
  if (args.size() > 1) throw_type_error("float expected at most 1 argument, got %zu", args.size());
  if (args.empty()) return Value::real(0.0);
  const Value& x = args[0];
  if (x.is_float()) return x;
  if (is_int_value(x)) return Value::real(int_to_double(x));
  if (is_str(x)) return guarded([&] { return Value::real(parse_float(str_of(x))); });
  if (is_bytes(x)) {
    try {
      return Value::real(parse_float(x.as<Bytes>()->s));
    } catch (const LibError&) {
      std::string r;
      append_bytes_repr(r, x.as<Bytes>()->s);
      throw_value_error("could not convert string to float: %s", r.c_str());
    }
  }
  if (!type_lookup(x.type(), "__float__").is_null()) {
    Value r = vm.call_method(x, "__float__", {});
    if (!r.is_float()) throw_type_error("%s.__float__ returned non-float (type %s)", type_name(x), type_name(r));
    return r;
  }
  if (!type_lookup(x.type(), "__index__").is_null()) {
    Value r = vm.call_method(x, "__index__", {});
    if (is_int_value(r)) return Value::real(int_to_double(r));
    return Value::real(static_cast<double>(as_index(r)));
  }
  throw_type_error("float() argument must be a string or a real number, not '%s'", type_name(x));
}

Value str_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  check_kwargs("str", kw, {"object", "encoding", "errors"});
  Value obj = Value::null();
  if (!args.empty()) obj = args[0];
  if (const Value* v = kwarg(kw, "object")) obj = *v;
  Value enc = args.size() > 1 ? args[1] : Value::null();
  Value err = args.size() > 2 ? args[2] : Value::null();
  if (const Value* v = kwarg(kw, "encoding")) enc = *v;
  if (const Value* v = kwarg(kw, "errors")) err = *v;
  if (args.size() > 3) throw_type_error("str() takes at most 3 arguments (%zu given)", args.size());
  if (obj.is_null()) return make_str(std::string_view());
  if (enc.is_null() && err.is_null()) return vm.str(obj);
  if (is_str(obj)) throw_type_error("decoding str is not supported");
  if (!is_bytes(obj))
    throw_type_error("decoding to str: need a bytes-like object, %s found", type_name(obj));
  if (!enc.is_null() && !is_str(enc))
    throw_type_error("str() argument 'encoding' must be str, not %s", type_name(enc));
  if (!err.is_null() && !is_str(err)) throw_type_error("str() argument 'errors' must be str, not %s", type_name(err));
  return make_str(decode_bytes(obj.as<Bytes>()->s, enc.is_null() ? "utf-8" : str_of(enc),
                               err.is_null() ? "strict" : str_of(err)));
}

Value bool_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("bool", kw);
  if (args.size() > 1) throw_type_error("bool expected at most 1 argument, got %zu", args.size());
  return Value::boolean(!args.empty() && vm.truthy(args[0]));
}

Value list_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("list", kw);
  if (args.size() > 1) throw_type_error("list expected at most 1 argument, got %zu", args.size());
  if (args.empty()) return make_list();
  return make_list(vm.to_vector(args[0]));
}

Value tuple_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  no_kwargs("tuple", kw);
  if (args.size() > 1) throw_type_error("tuple expected at most 1 argument, got %zu", args.size());
  if (args.empty()) return empty_tuple();
  if (args[0].is_obj() && args[0].as_obj()->type == types().tuple) return args[0];
  return make_tuple(vm.to_vector(args[0]));
}

Value dict_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  if (args.size() > 1) throw_type_error("dict expected at most 1 argument, got %zu", args.size());
  Value d = make_dict();
  if (!args.empty()) dict_update_from(vm, d.as<Dict>(), args[0]);
  if (kw)
    for (size_t i = 0; i < kw->size(); i++) d.as<Dict>()->set(vm, kw->names[i], kw->values[i]);
  return d;
}

Value set_new_common(VM& vm, Type* t, Args args, const KwArgs* kw, const char* name) {
  no_kwargs(name, kw);
  if (args.size() > 1) throw_type_error("%s expected at most 1 argument, got %zu", name, args.size());
  auto* s = new Set(t);
  Value sv(s);
  if (!args.empty()) set_update_from(vm, s, args[0]);
  return sv;
}

Value set_new(VM& vm, Type*, Args args, const KwArgs* kw) { return set_new_common(vm, types().set, args, kw, "set"); }

Value frozenset_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  Value v = set_new_common(vm, types().frozenset, args, kw, "frozenset");
  v.as<Set>()->frozen = true;
  return v;
}

Value bytes_new(VM& vm, Type*, Args args, const KwArgs* kw) {
  check_kwargs("bytes", kw, {"source", "encoding", "errors"});
  if (args.size() > 3) throw_type_error("bytes() takes at most 3 arguments (%zu given)", args.size());
  Value src = args.size() > 0 ? args[0] : Value::null();
  Value enc = args.size() > 1 ? args[1] : Value::null();
  Value err = args.size() > 2 ? args[2] : Value::null();
  if (const Value* v = kwarg(kw, "source")) src = *v;
  if (const Value* v = kwarg(kw, "encoding")) enc = *v;
  if (const Value* v = kwarg(kw, "errors")) err = *v;
  if (src.is_null()) {
    if (!enc.is_null()) throw_type_error("encoding without a string argument");
    return make_bytes("");
  }
  if (is_str(src)) {
    if (enc.is_null()) throw_type_error("string argument without an encoding");
    return make_bytes(encode_str(str_of(src), str_of(enc), err.is_null() ? "strict" : str_of(err)));
  }
  if (!enc.is_null()) throw_type_error("encoding without a string argument");
  if (!err.is_null()) throw_type_error("errors without a string argument");
  if (is_bytes(src)) return src;
  if (is_bigint(src)) throw_overflow_error("cannot fit 'int' into an index-sized integer");
  if (src.is_intlike()) {
    int64_t n = src.as_int();
    if (n < 0) throw_value_error("negative count");
    return make_bytes(std::string(static_cast<size_t>(n), '\0'));
  }
  if (!type_lookup(src.type(), "__iter__").is_null() || is_list(src) || is_tuple(src) || src.type()->iter) {
    std::string out;
    Value it = vm.iter(src), item;
    while (vm.next(it, item)) {
      if (!item.is_intlike())
        throw_type_error("'%s' object cannot be interpreted as an integer", type_name(item));
      int64_t b = item.as_int();
      if (b < 0 || b > 255) throw_value_error("bytes must be in range(0, 256)");
      out.push_back(static_cast<char>(b));
    }
    return make_bytes(out);
  }
  throw_type_error("cannot convert '%s' object to bytes", type_name(src));
}

}  // namespace

void install_constructors() {
  const CoreTypes& t = types();
  t.int_->new_ = int_new;
  t.float_->new_ = float_new;
  t.str->new_ = str_new;
  t.bool_->new_ = bool_new;
  t.list->new_ = list_new;
  t.tuple->new_ = tuple_new;
  t.dict->new_ = dict_new;
  t.set->new_ = set_new;
  t.frozenset->new_ = frozenset_new;
  t.bytes->new_ = bytes_new;
}

}  // namespace sandbox::vm::lib
