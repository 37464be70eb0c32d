// Lib/warnings.py (3.11) for the VM's own warnings: warn_explicit with the
// "default" action and _formatwarnmsg_impl's text.
#include "vm/warnings.h"

#include <string>

#include "vm/internal.h"

namespace sandbox::vm {

namespace {

thread_local VM* g_warning_vm = nullptr;

std::string_view line_of(const std::string& src, int line) {
  size_t pos = 0;
  for (int i = 1; i < line; ++i) {
    pos = src.find('\n', pos);
    if (pos == std::string::npos) return {};
    ++pos;
  }
  size_t end = src.find('\n', pos);
  return std::string_view(src).substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

std::string_view strip(std::string_view s) {
  size_t a = s.find_first_not_of(" \t\r\f\v");
  if (a == std::string_view::npos) return {};
  size_t b = s.find_last_not_of(" \t\r\f\v");
  return s.substr(a, b - a + 1);
}

// warn_explicit's registry check: true the first time (text, category,
// lineno) is seen in this registry ("default" action), then false.
bool first_time(VM& vm, Dict* registry, std::string_view text, Type* category, int line) {
  Value key = make_tuple({make_str(text), Value(category), Value::integer(line)});
  if (!registry->get(vm, key).is_null()) return false;
  registry->set(vm, key, Value::boolean(true));
  return true;
}

}  // namespace

void set_warning_vm(VM* vm) { g_warning_vm = vm; }
VM* warning_vm() { return g_warning_vm; }

void warn(VM& vm, Type* category, std::string_view message, bool source_object) {
  Frame* f = vm.current_frame();
  std::string filename = "sys";
  int line = 1;
  std::string source_line;
  // The registry of the frame's module; "sys" warnings go to the builtins'.
  Dict* globals = f && f->globals ? f->globals.get() : vm.builtins()->dict.get();
  if (f && f->code) {
    filename = f->code->filename;
    line = f->current_line();
    if (f->code->source) source_line = std::string(strip(line_of(*f->code->source, line)));
  }
  Value reg = globals->get("__warningregistry__");
  if (reg.is_null() || !reg.is_obj() || reg.as_obj()->type != vm.types.dict) {
    reg = make_dict();
    globals->set("__warningregistry__", reg);
  }
  if (!first_time(vm, reg.as<Dict>(), message, category, line)) return;
  std::string text = filename + ":" + std::to_string(line) + ": " + category->name + ": " + std::string(message) + "\n";
  if (!source_line.empty()) text += "  " + source_line + "\n";
  // tracemalloc is never tracing here.
  if (source_object) text += category->name + ": Enable tracemalloc to get the object allocation traceback\n";
  vm.write_stderr(text);
}

void warn_unawaited_coroutine(std::string_view qualname) {
  VM* vm = g_warning_vm;
  if (!vm) return;
  try {
    warn(*vm, vm->exc.RuntimeWarning, "coroutine '" + std::string(qualname) + "' was never awaited", true);
  } catch (PyException&) {
    // A finaliser cannot raise (CPython writes it as unraisable); nothing to add.
  }
}

void keep_unstarted_coroutines(Frame* f, const Value& exc) {
  if (!exc.is_obj() || !exc.as_obj()->type->is_exception) return;
  auto* e = exc.as<ExceptionObj>();
  for (uint32_t i = 0; i < f->sp && i < f->nslots; ++i) {
    Value& v = f->v[i];
    if (!v.is_obj() || v.as_obj()->type != types().coroutine) continue;
    auto* c = v.as<Coroutine>();
    if (c->state == Coroutine::State::Created && !c->is_generator && !c->awaited) e->keep_alive.push_back(std::move(v));
  }
}

}  // namespace sandbox::vm
