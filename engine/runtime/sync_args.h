// Argument binding for the natives of queues, locks and streams: positional
// or keyword, with CPython's TypeError messages for the common mistakes.
#pragma once
#include <cstdint>
#include <span>
#include <string>

#include "vm/errors.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace sandbox::runtime {

// The argument at `pos` (counting self as 0 for methods) or keyword `name`;
// `def` (null = required) when absent.
inline vm::Value bind_arg(std::span<const vm::Value> args, const vm::KwArgs* kw, size_t pos,
                          const char* name, const vm::Value& def, const char* fn) {
  const vm::Value* k = kw ? kw->get(name) : nullptr;
  if (pos < args.size()) {
    if (k) vm::throw_type_error("%s() got multiple values for argument '%s'", fn, name);
    return args[pos];
  }
  if (k) return *k;
  if (def.is_null()) vm::throw_type_error("%s() missing 1 required positional argument: '%s'", fn, name);
  return def;
}

inline void check_max_args(std::span<const vm::Value> args, size_t max, const char* fn,
                           size_t self = 1) {
  if (args.size() > max)
    vm::throw_type_error("%s() takes %zu positional argument%s but %zu were given", fn, max,
                         max == 1 ? "" : "s", args.size());
  (void)self;
}

inline int64_t int_arg(vm::VM& vm, const vm::Value& v, const char* what) {
  if (v.is_intlike()) return v.as_int();
  vm::throw_type_error("'%s' must be an integer, not '%s'", what, v.type()->name.c_str());
  (void)vm;
}

}  // namespace sandbox::runtime

#include "runtime/runtime.h"

namespace sandbox::runtime {

// The runtime for constructors: asyncio.Lock(), Queue(), ... may be created
// before asyncio.run starts the loop (3.10+ binds them to a loop lazily).
inline Runtime& ctor_runtime() {
  Runtime* rt = current_runtime();
  if (!rt) vm::throw_runtime_error("no running event loop");
  return *rt;
}

// A stable stand-in for id(): "0x7f" + trace id, so reprs are deterministic.
inline std::string fake_address(uint32_t id) {
  return vm::strformat("0x7f5a%08x", 0x1000u + id * 0x40u);
}

}  // namespace sandbox::runtime
