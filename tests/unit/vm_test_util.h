// Shared helper for the VM tests: compile and run a snippet, capture output.
#pragma once
#include <string>

#include "vm/compiler.h"
#include "vm/vm.h"

namespace vmtest {

using namespace sandbox::vm;

struct CaptureHooks : Hooks {
  std::string out, err;
  std::vector<int> lines;
  bool record_lines = false;
  void write_stdout(std::string_view t) override { out += t; }
  void write_stderr(std::string_view t) override { err += t; }
  void on_line(VM&, int line) override {
    if (record_lines) lines.push_back(line);
  }
};

// A minimal print for these tests (lib owns the real one).
inline Value test_print(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs* kw) {
  std::string sep = " ", end = "\n";
  if (kw) {
    if (const Value* s = kw->get("sep")) sep = vm.to_str(*s);
    if (const Value* e = kw->get("end")) end = vm.to_str(*e);
  }
  std::string line;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) line += sep;
    line += vm.to_str(args[i]);
  }
  vm.write_stdout(line + end);
  return Value();
}

inline Value test_len(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  return Value::integer(vm.len(args[0]));
}

// range(n) / range(a, b[, step]) as a list: enough for these tests.
inline Value test_range(VM&, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  int64_t a = 0, b = 0, s = 1;
  if (args.size() == 1) b = args[0].as_int();
  else { a = args[0].as_int(); b = args[1].as_int(); if (args.size() > 2) s = args[2].as_int(); }
  std::vector<Value> v;
  for (int64_t i = a; s > 0 ? i < b : i > b; i += s) v.push_back(Value::integer(i));
  return make_list(std::move(v));
}

struct Runner {
  VM vm;
  CaptureHooks hooks;
  Value exc;        // uncaught exception, if any
  std::string tb;   // its formatted traceback
  Runner() {
    vm.set_hooks(&hooks);
    auto* b = vm.builtins()->dict.get();
    if (b->get("print").is_null()) b->set("print", make_native("print", test_print));
    if (b->get("len").is_null()) b->set("len", make_native("len", test_len));
    if (b->get("range").is_null()) b->set("range", make_native("range", test_range));
  }
  // Returns stdout; on an uncaught exception appends the traceback's last line.
  std::string run(const std::string& src) {
    CompileResult c = compile_source(src, "t.py");
    if (!c.ok()) return "COMPILE ERROR: " + c.error->format();
    ResumeResult r = vm.run_main(c.code);
    if (r.kind == ResumeKind::Raised) {
      exc = r.value;
      tb = vm.format_exception(r.value);
      return hooks.out + "!" + last_line(tb);
    }
    if (r.kind == ResumeKind::Aborted) return hooks.out + "!ABORTED";
    if (r.kind == ResumeKind::Yielded) return hooks.out + "!YIELDED";
    return hooks.out;
  }
  static std::string last_line(const std::string& s) {
    std::string t = s;
    while (!t.empty() && t.back() == '\n') t.pop_back();
    size_t nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
  }
};

inline std::string run(const std::string& src) {
  Runner r;
  return r.run(src);
}

}  // namespace vmtest

namespace vmtest {
// Compares a program's output with CPython's, reporting the first differing line.
inline std::string first_diff(const std::string& got, const std::string& want) {
  size_t a = 0, b = 0;
  int line = 1;
  while (a < got.size() || b < want.size()) {
    size_t ea = got.find('\n', a), eb = want.find('\n', b);
    std::string la = a < got.size() ? got.substr(a, ea == std::string::npos ? std::string::npos : ea - a) : "<end>";
    std::string lb = b < want.size() ? want.substr(b, eb == std::string::npos ? std::string::npos : eb - b) : "<end>";
    if (la != lb) return "line " + std::to_string(line) + ": got [" + la + "] want [" + lb + "]";
    if (ea == std::string::npos || eb == std::string::npos) break;
    a = ea + 1;
    b = eb + 1;
    ++line;
  }
  return "";
}
}  // namespace vmtest
#define CHECK_PROGRAM(src, want)                         \
  do {                                                   \
    std::string got_ = vmtest::run(src);                 \
    INFO(vmtest::first_diff(got_, want));                \
    CHECK(got_ == std::string(want));                    \
  } while (0)
