// The sys module (Python/sysmodule.c) of the interpreter CPython 3.11.7
// would be: version and implementation data, the module table (sys.modules
// is the VM's own), sys.path, the standard streams (sys_streams.cpp),
// _getframe over the running frames (frame_attrs.cpp), exc_info, the
// recursion limit.  What a sandbox cannot offer (settrace, setprofile)
// says so.
#include <algorithm>
#include <cstdint>
#include <limits>

#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"
#include "vm/lib/structseq.h"

namespace sandbox::vm::lib {

namespace {

// The reference interpreter's identity: sys.implementation.name is
// "cpython" because the sandbox's promise is CPython 3.11.7's behaviour,
// and the library's own `sys.implementation.name == 'cpython'` tests must
// take CPython's paths (the ones whose output the tests compare).
constexpr const char* kVersion = "3.11.7 (main, Dec  8 2026, 00:00:00) [GCC 12.2.0]";
constexpr int64_t kHexVersion = 0x030b07f0;

Type* g_version_info = nullptr;
Type* g_flags = nullptr;
Type* g_float_info = nullptr;
Type* g_int_info = nullptr;
Type* g_hash_info = nullptr;
Type* g_thread_info = nullptr;

void make_types() {
  if (g_version_info) return;
  g_version_info = make_structseq_type({"version_info", "sys", {"major", "minor", "micro", "releaselevel", "serial"}, 0, false});
  g_flags = make_structseq_type({"flags", "sys",
                                 {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                  "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                  "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                  "warn_default_encoding", "safe_path", "int_max_str_digits"},
                                 0, false});
  g_float_info = make_structseq_type({"float_info", "sys",
                                      {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                       "mant_dig", "epsilon", "radix", "rounds"},
                                      0, true});
  g_int_info = make_structseq_type(
      {"int_info", "sys", {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 0, true});
  g_hash_info = make_structseq_type({"hash_info", "sys",
                                     {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
                                      "cutoff"},
                                     0, true});
  g_thread_info = make_structseq_type({"thread_info", "sys", {"name", "lock", "version"}, 0, true});
}

Value int_(int64_t i) { return Value::integer(i); }

Value version_info() {
  return make_structseq(g_version_info, {int_(3), int_(11), int_(7), make_str("final"), int_(0)});
}

// ---------------------------------------------------------------- functions

Value sys_exit(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("exit", kw);
  check_args("exit", a, 0, 1);
  // PyErr_SetObject(SystemExit, status): None gives no arguments, a tuple its items.
  std::vector<Value> args;
  if (!a.empty() && !a[0].is_none()) {
    if (is_type(a[0], vm.types.tuple)) args = a[0].as<Tuple>()->items;
    else args.push_back(a[0]);
  }
  throw PyException(vm.call(Value(vm.exc.SystemExit), std::span<const Value>(args)));
}

Value sys_getrecursionlimit(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("getrecursionlimit", a);
  return int_(vm.recursion_limit());
}

int frame_depth(VM& vm) {
  int n = 0;
  for (Frame* f = vm.current_frame(); f; f = f->back) ++n;
  return n;
}

Value sys_setrecursionlimit(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("setrecursionlimit", kw);
  check_one_arg("setrecursionlimit", a);
  if (a[0].is_float()) throw_type_error("'float' object cannot be interpreted as an integer");
  int64_t n = as_index(a[0]);
  if (n < 1) throw_value_error("recursion limit must be greater or equal than 1");
  if (n > std::numeric_limits<int>::max()) throw_overflow_error("Python int too large to convert to C int");
  int depth = frame_depth(vm);
  if (n <= depth)
    throw_recursion_error("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                          int(n), depth);
  vm.set_recursion_limit(int(n));
  return Value();
}

Value sys_get_int_max_str_digits(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("get_int_max_str_digits", a);
  return int_(int64_t(int_max_str_digits()));
}

Value sys_set_int_max_str_digits(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("set_int_max_str_digits", kw, {"maxdigits"});
  const Value* v = a.empty() ? kwarg(kw, "maxdigits") : &a[0];
  if (!v || a.size() > 1) throw_type_error("set_int_max_str_digits() takes exactly one argument (%zu given)", a.size());
  int64_t n = as_index(*v);
  if (n != 0 && n < 640) throw_value_error("maxdigits must be 0 or larger than 640");
  set_int_max_str_digits(size_t(n));
  return Value();
}

Value sys_intern(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("intern", kw);
  check_one_arg("intern", a);
  if (!is_exact_str(a[0])) throw_type_error("intern() argument must be str, not %s", type_name(a[0]));
  return Value(intern(a[0].as<Str>()->s));
}

Value sys_getrefcount(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("getrefcount", kw);
  check_one_arg("getrefcount", a);
  // The argument's own reference counts, as in CPython.
  return int_(a[0].is_obj() ? int64_t(a[0].as_obj()->refcount) : int64_t(1) << 30);
}

// sys.getsizeof with CPython 3.11's sizes on 64-bit Linux for the objects
// whose size does not depend on allocator history.
Value sys_getsizeof(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("getsizeof", kw, {"default"});
  check_args("getsizeof", a, 1, 2);
  const Value& v = a[0];
  const Str* s = is_str(v) ? v.as<Str>() : nullptr;
  if (v.is_none()) return int_(16);
  if (v.is_bool()) return int_(v.as_bool() ? 28 : 24);
  if (v.is_int()) {
    uint64_t m = v.as_int() < 0 ? uint64_t(0) - uint64_t(v.as_int()) : uint64_t(v.as_int());
    int64_t digits = 0;
    for (; m; m >>= 30) ++digits;
    return int_(24 + 4 * std::max<int64_t>(digits, v.as_int() == 0 ? 0 : 1));
  }
  if (is_bigint(v)) {
    std::string bits = vm.to_str(vm.call_method(v, "bit_length", {}));
    int64_t n = std::stoll(bits);
    return int_(24 + 4 * ((n + 29) / 30));
  }
  if (v.is_float()) return int_(24);
  if (s) {
    // compact unicode: ascii 40 + len + 1; otherwise by the widest character.
    if (s->ascii) return int_(49 + s->length);
    int width = 1;
    for (size_t i = 0; i < s->s.size();) {
      unsigned char c = static_cast<unsigned char>(s->s[i]);
      int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (int k = 1; k < len && i + size_t(k) < s->s.size(); k++) cp = (cp << 6) | (s->s[i + size_t(k)] & 0x3F);
      width = std::max(width, cp < 0x100 ? 1 : cp < 0x10000 ? 2 : 4);
      i += size_t(len);
    }
    return int_(width == 1 ? 73 + s->length : width == 2 ? 74 + 2 * s->length : 76 + 4 * s->length);
  }
  if (is_bytes(v)) return int_(33 + int64_t(v.as<Bytes>()->s.size()));
  if (is_type(v, vm.types.tuple)) return int_(40 + 8 * int64_t(v.as<Tuple>()->size()));
  if (is_type(v, vm.types.list)) return int_(56 + 8 * int64_t(v.as<List>()->items.capacity()));
  Value sizeof_ = vm.getattr_opt(v, intern("__sizeof__"));
  if (!sizeof_.is_null()) return vm.binary_op(BinOp::Add, vm.call(sizeof_, {}), int_(v.is_obj() && v.as_obj()->as_gc() ? 16 : 0));
  if (a.size() > 1) return a[1];
  if (const Value* d = kwarg(kw, "default")) return *d;
  throw_type_error("Type %s doesn't define __sizeof__", type_name(v));
}

Value sys_exc_info(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("exc_info", a);
  Value e = vm.current_handled_exception();
  if (e.is_none()) return make_tuple({Value(), Value(), Value()});
  return make_tuple({Value(e.type()), e, vm.getattr(e, "__traceback__")});
}

Value sys_exception(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  check_no_args("exception", a);
  return vm.current_handled_exception();
}

// sys.displayhook: what the interactive prompt does with a value.
Value sys_displayhook(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("displayhook", kw);
  check_one_arg("displayhook", a);
  if (a[0].is_none()) return Value();
  Dict* b = vm.builtins()->dict.get();
  b->set("_", Value());
  std::string text = vm.repr_str(a[0]) + "\n";
  Value out = sys_stdout_replacement(vm);
  if (out.is_null()) vm.write_stdout(text);
  else vm.call_method(out, "write", std::vector<Value>{make_str(text)});
  b->set("_", a[0]);
  return Value();
}

Value sys_excepthook(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("excepthook", kw);
  if (a.size() != 3) throw_type_error("excepthook expected 3 arguments, got %zu", a.size());
  if (!a[1].is_obj() || !a[1].as_obj()->type->is_exception) {
    vm.write_stderr("TypeError: print_exception(): Exception expected for value, " + std::string(type_name(a[1])) +
                    " found\n");
    return Value();
  }
  vm.write_stderr(vm.format_exception(a[1]));
  return Value();
}

Value sys_getframe(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("_getframe", kw);
  check_args("_getframe", a, 0, 1);
  int64_t depth = a.empty() ? 0 : as_index(a[0]);
  Frame* f = vm.current_frame();
  for (; f && depth > 0; --depth) f = f->back;
  if (!f) throw_value_error("call stack is not deep enough");
  return Value(f);
}

Value returns_str(VM&, NativeFunction* f, Args a, const KwArgs*) {
  check_no_args(f->name.c_str(), a);
  return f->data;
}

Value sys_false(VM&, NativeFunction* f, Args a, const KwArgs*) {
  check_no_args(f->name.c_str(), a);
  return Value::boolean(false);
}

Value sys_none(VM&, NativeFunction*, Args, const KwArgs*) { return Value(); }

Value sys_zero(VM&, NativeFunction* f, Args a, const KwArgs*) {
  check_no_args(f->name.c_str(), a);
  return f->data;
}

Value sys_call_tracing(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("call_tracing", kw);
  if (a.size() != 2) throw_type_error("call_tracing expected 2 arguments, got %zu", a.size());
  if (!is_type(a[1], vm.types.tuple)) throw_type_error("call_tracing(): argument 2 must be tuple, not %s", type_name(a[1]));
  return vm.call(a[0], std::span<const Value>(a[1].as<Tuple>()->items));
}

// settrace/setprofile: the sandbox's own tracing is the trace; a Python
// trace function is not called, so setting one says so (None is fine).
Value sys_settrace(VM&, NativeFunction* f, Args a, const KwArgs* kw) {
  no_kwargs(f->name.c_str(), kw);
  check_one_arg(f->name.c_str(), a);
  if (!a[0].is_none())
    throw_not_implemented_error("sys.%s() is not available in asyncio-sandbox: the sandbox records its own trace",
                                f->name.c_str());
  return Value();
}

Value sys_switchinterval(VM&, NativeFunction* f, Args a, const KwArgs*) {
  if (f->name == "getswitchinterval") {
    check_no_args("getswitchinterval", a);
    return Value::real(0.005);
  }
  check_one_arg("setswitchinterval", a);
  if (!a[0].is_number()) throw_type_error("must be real number, not %s", type_name(a[0]));
  if (a[0].to_double() <= 0) throw_value_error("switch interval must be strictly positive");
  return Value();
}

Value sys_breakpointhook(VM&, NativeFunction*, Args, const KwArgs*) {
  throw_not_implemented_error("breakpoint() is not available in asyncio-sandbox");
}

Value sys_unraisablehook(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  if (a.size() != 1) throw_type_error("unraisablehook expected 1 argument");
  Value exc = vm.getattr(a[0], "exc_value");
  Value msg = vm.getattr(a[0], "err_msg");
  Value obj = vm.getattr(a[0], "object");
  std::string head = msg.is_none() ? "Exception ignored in" : vm.to_str(msg);
  if (!obj.is_none()) head += ": " + vm.repr_str(obj);
  vm.write_stderr(head + "\n");
  if (!exc.is_none()) vm.write_stderr(vm.format_exception(exc));
  return Value();
}

Value sys_audit(VM&, NativeFunction*, Args a, const KwArgs*) {
  if (a.empty()) throw_type_error("audit() missing 1 required positional argument: 'event'");
  if (!is_str(a[0])) throw_type_error("expected str for argument 'event', not %s", type_name(a[0]));
  return Value();
}

Value str_tuple(std::initializer_list<const char*> items) {
  std::vector<Value> v;
  for (const char* s : items) v.push_back(make_str(s));
  return make_tuple(std::move(v));
}

constexpr const char* kStdlibNames[] = {
#include "vm/lib/stdlib_module_names.inc"
};

}  // namespace

void install_sys_module(VM& vm) {
  make_types();
  Module* m = make_module("sys");
  Value keep(m);
  Dict* d = m->dict.get();
  auto fn = [&](const char* name, NativeFn f, Value data = Value()) { d->set(name, make_native(name, f, data)); };
  fn("exit", sys_exit);
  fn("getrecursionlimit", sys_getrecursionlimit);
  fn("setrecursionlimit", sys_setrecursionlimit);
  fn("get_int_max_str_digits", sys_get_int_max_str_digits);
  fn("set_int_max_str_digits", sys_set_int_max_str_digits);
  fn("intern", sys_intern);
  fn("getrefcount", sys_getrefcount);
  fn("getsizeof", sys_getsizeof);
  fn("exc_info", sys_exc_info);
  fn("exception", sys_exception);
  fn("_getframe", sys_getframe);
  fn("displayhook", sys_displayhook);
  fn("excepthook", sys_excepthook);
  fn("unraisablehook", sys_unraisablehook);
  fn("breakpointhook", sys_breakpointhook);
  for (const char* hook : {"displayhook", "excepthook", "unraisablehook", "breakpointhook"})
    d->set(std::string("__") + hook + "__", d->get(hook));
  fn("getdefaultencoding", returns_str, make_str("utf-8"));
  fn("getfilesystemencoding", returns_str, make_str("utf-8"));
  fn("getfilesystemencodeerrors", returns_str, make_str("surrogateescape"));
  fn("is_finalizing", sys_false);
  fn("gettrace", sys_none);
  fn("getprofile", sys_none);
  fn("settrace", sys_settrace);
  fn("setprofile", sys_settrace);
  fn("getswitchinterval", sys_switchinterval);
  fn("setswitchinterval", sys_switchinterval);
  fn("get_coroutine_origin_tracking_depth", sys_zero, int_(0));
  fn("getallocatedblocks", sys_zero, int_(0));
  fn("call_tracing", sys_call_tracing);
  fn("audit", sys_audit);
  fn("addaudithook", sys_none);
  fn("_clear_type_cache", sys_none);

  d->set("version", make_str(kVersion));
  d->set("version_info", version_info());
  d->set("hexversion", int_(kHexVersion));
  d->set("api_version", int_(1013));
  d->set("implementation", make_simple_namespace({{"name", make_str("cpython")},
                                                  {"cache_tag", make_str("cpython-311")},
                                                  {"version", version_info()},
                                                  {"hexversion", int_(kHexVersion)},
                                                  {"_multiarch", make_str("x86_64-linux-gnu")}}));
  d->set("platform", make_str("linux"));
  d->set("byteorder", make_str("little"));
  d->set("maxsize", int_(std::numeric_limits<int64_t>::max()));
  d->set("maxunicode", int_(0x10FFFF));
  d->set("float_repr_style", make_str("short"));
  d->set("abiflags", make_str(""));
  d->set("copyright", make_str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                               "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                               "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
                               "All Rights Reserved.\n\n"
                               "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
                               "All Rights Reserved."));
  d->set("flags", make_structseq(g_flags, {int_(0), int_(0), int_(0), int_(0), int_(0), int_(0), int_(0), int_(0),
                                           int_(0), int_(0), int_(0), int_(1), int_(0), Value::boolean(false),
                                           int_(0), int_(0), Value::boolean(false), int_(-1)}));
  d->set("float_info", make_structseq(g_float_info, {Value::real(std::numeric_limits<double>::max()), int_(1024),
                                                     int_(308), Value::real(std::numeric_limits<double>::min()),
                                                     int_(-1021), int_(-307), int_(15), int_(53),
                                                     Value::real(std::numeric_limits<double>::epsilon()), int_(2),
                                                     int_(1)}));
  d->set("int_info", make_structseq(g_int_info, {int_(30), int_(4), int_(4300), int_(640)}));
  d->set("hash_info", make_structseq(g_hash_info, {int_(64), int_(2305843009213693951LL), int_(314159), int_(0),
                                                   int_(1000003), make_str("siphash13"), int_(64), int_(128),
                                                   int_(0)}));
  d->set("thread_info", make_structseq(g_thread_info, {make_str("pthread"), make_str("semaphore"), make_str("NPTL 2.36")}));
  for (const char* k : {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) d->set(k, make_str("/usr"));
  d->set("executable", make_str(""));
  d->set("_base_executable", make_str(""));
  d->set("platlibdir", make_str("lib"));
  d->set("pycache_prefix", Value());
  d->set("_git", str_tuple({"CPython", "", ""}));
  d->set("_framework", make_str(""));
  d->set("_stdlib_dir", vm.python_lib.empty() ? Value() : make_str(vm.python_lib));
  d->set("dont_write_bytecode", Value::boolean(true));
  d->set("warnoptions", make_list());
  d->set("_xoptions", make_dict());
  d->set("meta_path", make_list());
  d->set("path_hooks", make_list());
  d->set("path_importer_cache", make_dict());
  d->set("modules", Value(vm.module_table()));
  std::vector<Value> stdlib;
  for (const char* n : kStdlibNames) stdlib.push_back(make_str(n));
  Value names = vm.call(Value(vm.types.frozenset), {make_list(std::move(stdlib))});
  d->set("stdlib_module_names", names);
  d->set("stdout", make_sys_stream(1));
  d->set("stderr", make_sys_stream(2));
  d->set("stdin", make_sys_stream(0));
  d->set("__stdout__", d->get("stdout"));
  d->set("__stderr__", d->get("stderr"));
  d->set("__stdin__", d->get("stdin"));
  d->set("argv", make_list({make_str("")}));
  d->set("orig_argv", make_list());
  d->set("path", make_list());
  vm.register_module(m);
  vm.add_module(m);  // imported from the start, as in CPython
}

// What only the session knows when the program starts: its file and folder.
void set_sys_program(VM& vm, const std::string& filename) {
  Module* m = vm.find_native("sys");
  if (!m) return;
  Dict* d = m->dict.get();
  d->set("argv", make_list({make_str(filename)}));
  d->set("orig_argv", make_list({make_str("python3"), make_str(filename)}));
  std::vector<Value> path;
  for (const std::string& p : vm.module_path) path.push_back(make_str(p));
  if (!vm.python_lib.empty()) path.push_back(make_str(vm.python_lib));
  d->set("path", make_list(std::move(path)));
  d->set("_stdlib_dir", vm.python_lib.empty() ? Value() : make_str(vm.python_lib));
  // builtin_module_names: CPython's built-in modules this VM has natively.
  std::vector<std::string> names = {"builtins", "sys"};
  for (const char* n : {"_abc", "_codecs", "_collections", "_functools", "_heapq", "_bisect", "_operator", "_random",
                        "_sre", "_string", "_struct", "_thread", "_weakref", "atexit", "binascii", "cmath", "errno",
                        "gc", "itertools", "math", "time", "_contextvars"})
    if (vm.find_native(n)) names.push_back(n);
  std::sort(names.begin(), names.end());
  std::vector<Value> v;
  for (const std::string& n : names) v.push_back(make_str(n));
  d->set("builtin_module_names", make_tuple(std::move(v)));
}

}  // namespace sandbox::vm::lib
