// Small helpers for natives: positional-or-keyword argument lookup.
#pragma once
#include <span>
#include <string_view>

#include "vm/errors.h"
#include "vm/object.h"

namespace sandbox::runtime {

// args[i] if given positionally, else kw[name], else nullptr.
inline const vm::Value* arg_at(std::span<const vm::Value> args, const vm::KwArgs* kw, size_t i,
                               std::string_view name) {
  if (i < args.size()) return &args[i];
  if (kw) return kw->get(name);
  return nullptr;
}

inline const vm::Value& need_arg(std::span<const vm::Value> args, const vm::KwArgs* kw, size_t i,
                                 std::string_view name, const char* fn) {
  const vm::Value* v = arg_at(args, kw, i, name);
  if (!v)
    vm::throw_type_error("%s() missing required argument: '%.*s'", fn, static_cast<int>(name.size()),
                         name.data());
  return *v;
}

inline vm::Value opt_arg(std::span<const vm::Value> args, const vm::KwArgs* kw, size_t i,
                         std::string_view name, vm::Value dflt = vm::Value()) {
  const vm::Value* v = arg_at(args, kw, i, name);
  return v ? *v : dflt;
}

// A number (int, bool or float) as a double; TypeError otherwise.
inline double number_arg(const vm::Value& v, const char* what) {
  if (!v.is_number()) vm::throw_type_error("%s must be a number", what);
  return v.to_double();
}

}  // namespace sandbox::runtime
