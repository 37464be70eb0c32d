#include "vm/lib/args.h"

#include "vm/int_big.h"

namespace sandbox::vm::lib {

void rethrow_lib_error(const LibError& e) {
  const ExcTypes& x = exc();
  Type* t = x.ValueError;
  switch (e.kind) {
    case ErrorKind::ValueError: t = x.ValueError; break;
    case ErrorKind::TypeError: t = x.TypeError; break;
    case ErrorKind::IndexError: t = x.IndexError; break;
    case ErrorKind::KeyError: t = x.KeyError; break;
    case ErrorKind::OverflowError: t = x.OverflowError; break;
    case ErrorKind::ZeroDivisionError: t = x.ZeroDivisionError; break;
    case ErrorKind::NotImplementedError: t = x.NotImplementedError; break;
  }
  throw_exception(t, e.message);
}

void no_kwargs(const char* name, const KwArgs* kw) {
  if (kw && !kw->empty()) throw_type_error("%s() takes no keyword arguments", name);
}

void check_args(const char* name, Args args, size_t lo, size_t hi) {
  size_t n = args.size();
  if (n >= lo && n <= hi) return;
  if (n < lo) throw_type_error("%s expected at least %zu argument%s, got %zu", name, lo, lo == 1 ? "" : "s", n);
  throw_type_error("%s expected at most %zu argument%s, got %zu", name, hi, hi == 1 ? "" : "s", n);
}

void check_one_arg(const char* name, Args args) {
  if (args.size() != 1) throw_type_error("%s() takes exactly one argument (%zu given)", name, args.size());
}

void check_no_args(const char* name, Args args) {
  if (!args.empty()) throw_type_error("%s() takes no arguments (%zu given)", name, args.size());
}

void check_kwargs(const char* fname, const KwArgs* kw, std::initializer_list<std::string_view> allowed) {
  if (!kw) return;
  for (size_t i = 0; i < kw->size(); i++) {
    std::string_view n = kw->name(i);
    bool ok = false;
    for (std::string_view a : allowed) ok |= a == n;
    if (!ok)
      throw_type_error("%s() got an unexpected keyword argument '%.*s'", fname, static_cast<int>(n.size()), n.data());
  }
}

const char* type_name(const Value& v) { return v.type()->name.c_str(); }

int64_t as_index(const Value& v) {
  if (v.is_intlike()) return v.as_int();
  if (is_bigint(v)) throw_overflow_error("Python int too large to convert to C ssize_t");
  throw_type_error("'%s' object cannot be interpreted as an integer", type_name(v));
}

}  // namespace sandbox::vm::lib
