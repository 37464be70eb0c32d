#include "vm/lib/sre/sre_args.h"

#include <string>

#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/vm.h"

namespace sandbox::vm::sre {

std::vector<Value> parse_args(const char* fname, Args args, const KwArgs* kw,
                              std::initializer_list<const char*> names, size_t required) {
  const size_t n = names.size();
  const size_t nkw = kw ? kw->size() : 0;
  if (args.size() + nkw > n || args.size() > n) {
    throw_type_error("%s() takes %s %zu argument%s (%zu given)", fname, required == n ? "exactly" : "at most", n,
                     n == 1 ? "" : "s", args.size() + nkw);
  }
  std::vector<Value> out(n, Value::null());
  for (size_t i = 0; i < args.size(); i++) out[i] = args[i];
  for (size_t k = 0; k < nkw; k++) {
    std::string_view key = kw->name(k);
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) break;
      i++;
    }
    if (i == n) throw_type_error("'%.*s' is an invalid keyword argument for %s()", int(key.size()), key.data(), fname);
    if (i < args.size())
      throw_type_error("argument for %s() given by name ('%s') and position (%zu)", fname, names.begin()[i], i + 1);
    out[i] = kw->values[k];
  }
  for (size_t i = 0; i < required; i++)
    if (out[i].is_null())
      throw_type_error("%s() missing required argument '%s' (pos %zu)", fname, names.begin()[i], i + 1);
  return out;
}

Value index_value(VM& vm, const Value& v) {
  if (v.is_intlike() || is_bigint(v)) return v;
  if (v.is_float() || !v.is_obj()) return Value::null();
  Value m = lookup_special_method(vm, v, "__index__");
  if (m.is_null()) return Value::null();
  Value r = vm.call(m, std::span<const Value>());
  if (!r.is_intlike() && !is_bigint(r))
    throw_type_error("__index__ returned non-int (type %s)", lib::type_name(r));
  return r;
}

int64_t to_ssize(VM& vm, const Value& v) {
  Value i = index_value(vm, v);
  if (i.is_null()) throw_type_error("'%s' object cannot be interpreted as an integer", lib::type_name(v));
  if (is_bigint(i)) throw_overflow_error("Python int too large to convert to C ssize_t");
  return i.as_int();
}

int64_t to_cint(VM& vm, const Value& v) {
  Value i = index_value(vm, v);
  if (i.is_null()) throw_type_error("'%s' object cannot be interpreted as an integer", lib::type_name(v));
  if (is_bigint(i) || i.as_int() > INT32_MAX || i.as_int() < INT32_MIN)
    throw_overflow_error("Python int too large to convert to C int");
  return i.as_int();
}

}  // namespace sandbox::vm::sre
