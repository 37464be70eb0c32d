#include "vm/syntax_exc.h"

#include "vm/internal.h"
#include "vm/vm.h"

namespace sandbox::vm {

namespace {

UnaryFn base_str = nullptr;  // BaseException's str slot

std::string basename_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// SyntaxError_str: "msg (file.py, line 3)" when the location is known.
Value syntax_str(VM& vm, const Value& self) {
  Dict* d = self.as<ExceptionObj>()->dict.get();
  Value msg = d->get("msg"), file = d->get("filename"), line = d->get("lineno");
  if (msg.is_null()) return base_str(vm, self);
  std::string m = vm.to_str(msg);
  bool have_file = is_type(file, types().str), have_line = line.is_intlike();
  if (have_file && have_line)
    return make_str(m + " (" + basename_of(file.as<Str>()->s) + ", line " + std::to_string(line.as_int()) + ")");
  if (have_file) return make_str(m + " (" + basename_of(file.as<Str>()->s) + ")");
  if (have_line) return make_str(m + " (line " + std::to_string(line.as_int()) + ")");
  return make_str(m);
}

Value int_or_none(int v) { return v ? Value::integer(v) : Value(); }

}  // namespace

Type* indentation_error_type() {
  static Type* t = make_exception_type("IndentationError", exc().SyntaxError);
  return t;
}
Type* tab_error_type() {
  static Type* t = make_exception_type("TabError", indentation_error_type());
  return t;
}

Value make_syntax_error(const lang::SyntaxError& e) {
  if (e.type == "NotImplementedError" || e.type == "MemoryError" || e.type == "RecursionError") {
    Type* t = e.type == "MemoryError" ? exc().MemoryError
              : e.type == "RecursionError" ? exc().RecursionError
                                           : exc().NotImplementedError;
    return make_exception(t, e.message);
  }
  Type* t = e.type == "IndentationError" ? indentation_error_type()
            : e.type == "TabError"       ? tab_error_type()
                                         : exc().SyntaxError;
  Value text = e.text.empty() && e.line == 0 ? Value() : make_str(e.text + "\n");
  Value loc = make_tuple({make_str(e.filename), int_or_none(e.line), int_or_none(e.offset), text,
                          int_or_none(e.end_line ? e.end_line : e.line), int_or_none(e.end_offset ? e.end_offset : e.offset)});
  Value ex = make_exception_args(t, {make_str(e.message), loc});
  Dict* d = ex.as<ExceptionObj>()->dict.get();
  const auto& items = loc.as<Tuple>()->items;
  d->set("msg", make_str(e.message));
  d->set("filename", items[0]);
  d->set("lineno", items[1]);
  d->set("offset", items[2]);
  d->set("text", items[3]);
  d->set("end_lineno", items[4]);
  d->set("end_offset", items[5]);
  d->set("print_file_and_line", Value());
  return ex;
}

std::string syntax_error_text(VM& vm, const Value& exc) {
  Dict* d = exc.as<ExceptionObj>()->dict.get();
  Value file = d->get("filename"), line = d->get("lineno"), msg = d->get("msg");
  if (!is_type(file, types().str) || !line.is_intlike() || msg.is_null()) return "";
  lang::SyntaxError e;
  e.type = exc.type()->qualified_name();
  e.message = vm.to_str(msg);
  e.filename = file.as<Str>()->s;
  e.line = static_cast<int>(line.as_int());
  Value off = d->get("offset"), end_line = d->get("end_lineno"), end_off = d->get("end_offset"), text = d->get("text");
  e.offset = off.is_intlike() ? static_cast<int>(off.as_int()) : 0;
  e.end_line = end_line.is_intlike() ? static_cast<int>(end_line.as_int()) : 0;
  e.end_offset = end_off.is_intlike() ? static_cast<int>(end_off.as_int()) : 0;
  if (is_type(text, types().str)) {
    e.text = text.as<Str>()->s;
    while (!e.text.empty() && (e.text.back() == '\n' || e.text.back() == '\r')) e.text.pop_back();
  }
  return e.format();
}

void install_syntax_error(VM& vm) {
  if (!base_str) {
    base_str = exc().SyntaxError->str;
    exc().SyntaxError->str = syntax_str;
    // Subclasses made before this copied the base slot.
    indentation_error_type()->str = syntax_str;
    tab_error_type()->str = syntax_str;
  }
  vm.builtins()->dict->set("IndentationError", Value(indentation_error_type()));
  vm.builtins()->dict->set("TabError", Value(tab_error_type()));
}

}  // namespace sandbox::vm
