// Builtins of Python/bltinmodule.c that look at frames, namespaces and the
// outside world: globals, locals, vars, dir, id, exec, eval, compile,
// __import__, input; open, breakpoint and help, which the sandbox leaves out
// and which say so; exit and quit; and the exception classes of
// Objects/exceptions.c the VM does not create itself.
#include <algorithm>

#include "lang/parser.h"
#include "lang/syntax_error.h"
#include "vm/compiler.h"
#include "vm/importer.h"
#include "vm/internal.h"
#include "vm/lib/args.h"
#include "vm/lib/install.h"
#include "vm/syntax_exc.h"

namespace sandbox::vm::lib {

namespace {

Dict* caller_globals(VM& vm) {
  Frame* f = vm.current_frame();
  return f ? f->globals.get() : vm.main_module()->dict.get();
}

// PyFrame_FastToLocals: a function's fast locals, cells and free variables
// as a new dict; module and class code have their namespace dict.
Value caller_locals(VM& vm) {
  Frame* f = vm.current_frame();
  if (!f) return Value(vm.main_module()->dict.get());
  if (f->locals) return Value(f->locals.get());
  Value d = make_dict();
  Dict* out = d.as<Dict>();
  const Code* c = f->code.get();
  size_t nv = c->varnames.size(), nc = c->cellvars.size();
  for (size_t i = 0; i < nv; i++)
    if (!f->v[i].is_null()) out->set(c->varnames[i].get(), f->v[i]);
  for (size_t i = 0; i < nc + c->freevars.size(); i++) {
    const Value& cell = f->v[nv + i];
    if (!is_type(cell, types().cell) || cell.as<Cell>()->value.is_null()) continue;
    out->set(i < nc ? c->cellvars[i].get() : c->freevars[i - nc].get(), cell.as<Cell>()->value);
  }
  return d;
}

Value bi_globals(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("globals", kw);
  check_no_args("globals", args);
  return Value(caller_globals(vm));
}

Value bi_locals(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("locals", kw);
  check_no_args("locals", args);
  return caller_locals(vm);
}

Value bi_vars(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("vars", kw);
  check_args("vars", args, 0, 1);
  if (args.empty()) return caller_locals(vm);
  Value d = vm.getattr_opt(args[0], intern("__dict__"));
  if (d.is_null()) throw_type_error("vars() argument must have __dict__ attribute");
  return d;
}

void add_keys(VM& vm, const Value& mapping, std::vector<std::string>& names) {
  if (mapping.is_null() || mapping.is_none()) return;
  for (const Value& k : vm.to_vector(mapping))
    if (is_str(k)) names.push_back(str_of(k));
}

// object.__dir__ / type.__dir__: the instance dict, then the class and its
// bases along the MRO (types keep their attributes in their dicts).
std::vector<std::string> default_dir(VM& vm, const Value& obj) {
  std::vector<std::string> names;
  bool is_class = obj.is_obj() && is_subtype(obj.type(), types().type);
  if (is_type(obj, types().module)) {
    add_keys(vm, Value(obj.as<Module>()->dict.get()), names);
    return names;
  }
  if (!is_class) {
    if (obj.is_obj())
      if (Dict* d = obj.as_obj()->instance_dict()) add_keys(vm, Value(d), names);
    names.push_back("__class__");
  }
  Value cls = is_class ? obj : Value(obj.type());
  Value mro = vm.getattr_opt(cls, intern("__mro__"));
  std::vector<Value> chain = mro.is_null() ? std::vector<Value>{cls} : vm.to_vector(mro);
  for (const Value& t : chain)
    if (t.is_obj() && t.as<Type>()->dict) add_keys(vm, Value(t.as<Type>()->dict.get()), names);
  return names;
}

Value bi_dir(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("dir", kw);
  check_args("dir", args, 0, 1);
  std::vector<std::string> names;
  if (args.empty()) {
    add_keys(vm, caller_locals(vm), names);
  } else {
    Value custom = lookup_special_method(vm, args[0], "__dir__");
    if (!custom.is_null() && !(args[0].is_obj() && is_subtype(args[0].type(), types().type))) {
      add_keys(vm, vm.call(custom, {}), names);
    } else {
      names = default_dir(vm, args[0]);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<Value> items;
  items.reserve(names.size());
  for (const std::string& n : names) items.push_back(make_str(n));
  return make_list(std::move(items));
}

// id(): CPython gives the address; here the fake address reprs show
// (creation order), and a number derived from the value for unboxed ones.
Value bi_id(VM&, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("id", kw);
  check_one_arg("id", args);
  const Value& v = args[0];
  if (v.is_obj()) return Value::integer(static_cast<int64_t>(0x7f0010000000LL + int64_t(v.as_obj()->serial) * 16));
  int64_t base = v.is_none() ? 0x7e0000000000LL : v.is_bool() ? 0x7e0000001000LL : v.is_float() ? 0x7d0000000000LL : 0x7c0000000000LL;
  int64_t payload = v.is_float() ? int64_t(hash_float(v.as_float()) & 0xffffffffLL) : v.is_intlike() ? v.as_int() : 0;
  return Value::integer(base + (payload & 0xffffffffffLL) * 32);
}

// Source for exec/eval/compile: str, or bytes as UTF-8 (source_as_string).
std::string source_text(VM& vm, const Value& v, const char* fname, const char* what) {
  if (is_str(v) || is_bytes(v)) {
    std::string s = is_str(v) ? str_of(v) : std::string(v.as<Bytes>()->s);
    if (s.find('\0') != std::string::npos) throw_exception(vm.exc.SyntaxError, "source code string cannot contain null bytes");
    return s;
  }
  throw_type_error("%s() arg 1 must be a %s object", fname, what);
}

enum class Mode { Exec, Eval, Single };

// CPython's symtable and compiler errors carry no text for source given as
// a string (they read the line back from the file, and "<string>" is none);
// only the parser's have it.  Our parser also reports some of those
// (checks.cpp), so they are recognised by CPython's compile-stage messages.
Value without_text_if_compile_stage(VM& vm, Value e) {
  if (!vm.isinstance(e, vm.exc.SyntaxError)) return e;
  Value msg = e.as<ExceptionObj>()->dict->get("msg");
  if (!is_str(msg)) return e;
  static const char* const kCompileStage[] = {
      "'return' outside function", "'break' outside loop", "'continue' not properly in loop",
      "'await' outside", "'yield' outside function", "'async with' outside", "'async for' outside",
      "nonlocal declaration not allowed", "no binding for nonlocal", "import * only allowed",
      "'yield from' inside async function", "asynchronous comprehension outside"};
  for (const char* m : kCompileStage)
    if (str_of(msg).rfind(m, 0) == 0) {
      e.as<ExceptionObj>()->dict->set("text", Value());
      break;
    }
  return e;
}

// eval's input: one expression.  It is parsed as a module (leading blanks
// stripped, as builtin_eval does) and must be a single expression statement.
Ref<Code> compile_text(VM& vm, std::string src, const std::string& filename, Mode mode) {
  if (mode == Mode::Eval) {
    size_t start = src.find_first_not_of(" \t");
    src.erase(0, start == std::string::npos ? src.size() : start);
  }
  lang::ParseResult p = lang::parse(src, filename);
  if (!p.ok()) throw PyException(without_text_if_compile_stage(vm, make_syntax_error(*p.error)));
  CompileResult c;
  if (mode == Mode::Eval) {
    if (p.module->body.size() != 1 || p.module->body[0]->kind != lang::StmtKind::Expr) {
      lang::Loc at = p.module->body.empty() ? lang::Loc{1, 0, 1, 0} : p.module->body[0]->loc;
      // An assignment is refused at its '=' (the token the eval grammar stops at).
      if (!p.module->body.empty() && p.module->body[0]->kind == lang::StmtKind::Assign) {
        const lang::Loc& t = p.module->body[0]->as<lang::Assign>().targets[0]->loc;
        std::string_view line = lang::source_line(src, t.end_line);
        size_t col = static_cast<size_t>(t.end_col);
        while (col < line.size() && (line[col] == ' ' || line[col] == '\t')) col++;
        at = lang::Loc{t.end_line, static_cast<int>(col), t.end_line, static_cast<int>(col) + 1};
      }
      lang::SyntaxError e = lang::make_error(src, filename, at, "invalid syntax");
      throw PyException(make_syntax_error(e));
    }
    c = compile_expression(*p.module);
  } else {
    c = compile_module(*p.module);
  }
  if (!c.ok()) throw PyException(without_text_if_compile_stage(vm, make_syntax_error(*c.error)));
  return c.code;
}

Value run_code(VM& vm, Ref<Code> code, const Value& globals, const Value& locals, const char* fname) {
  Dict* g;
  Value l;
  if (globals.is_none() || globals.is_null()) {
    g = caller_globals(vm);
    l = locals.is_none() || locals.is_null() ? caller_locals(vm) : locals;
  } else {
    if (!is_dict(globals))
      throw_type_error(std::string(fname) == "exec" ? "exec() globals must be a dict, not %s"
                                                    : "globals must be a dict",
                       type_name(globals));
    g = globals.as<Dict>();
    l = locals.is_none() || locals.is_null() ? globals : locals;
  }
  if (!is_dict(l))
    throw_type_error(std::string(fname) == "exec" ? "locals must be a mapping" : "locals must be a mapping");
  if (g->get("__builtins__").is_null()) g->set("__builtins__", Value(vm.builtins()));
  Frame* f = Frame::create(code, Ref<Dict>(g));
  f->locals = Ref<Dict>(l.as<Dict>());
  return vm.run_frame(f);
}

Value arg_or(Args args, const KwArgs* kw, size_t i, const char* name) {
  if (i < args.size()) return args[i];
  if (const Value* v = kwarg(kw, name)) return *v;
  return Value::null();
}

Value exec_or_eval(VM& vm, Args args, const KwArgs* kw, bool is_exec) {
  const char* fname = is_exec ? "exec" : "eval";
  check_kwargs(fname, kw, {"globals", "locals", "closure"});
  if (args.empty()) throw_type_error("%s expected at least 1 argument, got 0", fname);
  if (args.size() > 3) throw_type_error("%s expected at most 3 arguments, got %zu", fname, args.size());
  Value globals = arg_or(args, kw, 1, "globals"), locals = arg_or(args, kw, 2, "locals");
  Ref<Code> code;
  if (is_type(args[0], types().code)) {
    code = Ref<Code>(args[0].as<Code>());
  } else {
    std::string src = source_text(vm, args[0], fname, is_exec ? "string, bytes or code" : "string, bytes or code");
    code = compile_text(vm, std::move(src), "<string>", is_exec ? Mode::Exec : Mode::Eval);
  }
  Value r = run_code(vm, code, globals, locals, fname);
  return is_exec ? Value() : r;
}

Value bi_exec(VM& vm, NativeFunction*, Args args, const KwArgs* kw) { return exec_or_eval(vm, args, kw, true); }
Value bi_eval(VM& vm, NativeFunction*, Args args, const KwArgs* kw) { return exec_or_eval(vm, args, kw, false); }

Value bi_compile(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  check_kwargs("compile", kw, {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"});
  Value src = arg_or(args, kw, 0, "source"), file = arg_or(args, kw, 1, "filename"), mode = arg_or(args, kw, 2, "mode");
  if (args.size() > 6) throw_type_error("compile() takes at most 6 arguments (%zu given)", args.size());
  if (src.is_null()) throw_type_error("compile() missing required argument 'source' (pos 1)");
  if (file.is_null()) throw_type_error("compile() missing required argument 'filename' (pos 2)");
  if (mode.is_null()) throw_type_error("compile() missing required argument 'mode' (pos 3)");
  if (!is_str(file)) throw_type_error("expected str, bytes or os.PathLike object, not %s", type_name(file));
  if (!is_str(mode)) throw_type_error("compile() argument 'mode' must be str, not %s", type_name(mode));
  const std::string& m = str_of(mode);
  Mode md = m == "exec" ? Mode::Exec : m == "eval" ? Mode::Eval : m == "single" ? Mode::Single : Mode::Exec;
  if (m != "exec" && m != "eval" && m != "single")
    throw_value_error("compile() mode must be 'exec', 'eval' or 'single'");
  if (is_type(src, types().code)) return src;
  std::string text = source_text(vm, src, "compile", "string, bytes or AST");
  return Value(compile_text(vm, std::move(text), str_of(file), md).get());
}

Value bi_import(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  check_kwargs("__import__", kw, {"name", "globals", "locals", "fromlist", "level"});
  Value name = arg_or(args, kw, 0, "name"), globals = arg_or(args, kw, 1, "globals");
  Value fromlist = arg_or(args, kw, 3, "fromlist"), level = arg_or(args, kw, 4, "level");
  if (name.is_null()) throw_type_error("__import__() missing required argument 'name' (pos 1)");
  if (!is_str(name)) throw_type_error("module name must be str, not %s", type_name(name));
  Dict* g = is_dict(globals) ? globals.as<Dict>() : nullptr;
  int lv = level.is_null() ? 0 : static_cast<int>(as_index(level));
  return import_name(vm, g, str_of(name), fromlist.is_null() ? Value() : fromlist, lv);
}

// input(): the prompt goes to stdout, then one line of stdin without its
// newline; EOFError at the end of input.
Value bi_input(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("input", kw);
  check_args("input", args, 0, 1);
  if (!args.empty()) vm.write_stdout(vm.to_str(args[0]));
  std::string line;
  int got = vm.hooks().read_line(line);
  if (got < 0)
    throw_exception(vm.exc.RuntimeError,
                    "input() is not available in the app yet: run the program with `asyncio-sandbox run` to type input");
  if (got == 0) throw_exception(vm.exc.EOFError, "EOF when reading a line");
  return make_str(std::move(line));
}

// What the sandbox leaves out says so, with the exception a program that
// guards the call expects: open() fails as a refused file operation
// (OSError), the interactive helpers as NotImplementedError.
Value bi_open(VM&, NativeFunction*, Args, const KwArgs*) {
  throw_os_error("open() is not available in asyncio-sandbox: programs cannot access files");
}
Value bi_breakpoint(VM&, NativeFunction*, Args, const KwArgs*) {
  throw_not_implemented_error(
      "breakpoint() is not available in asyncio-sandbox: there is no debugger prompt (set breakpoints in the app)");
}
Value bi_help(VM&, NativeFunction*, Args, const KwArgs*) {
  throw_not_implemented_error("help() is not available in asyncio-sandbox: there is no interactive help");
}

// site.py's Quitter: exit(code) / quit(code) raise SystemExit(code).
Value bi_exit(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("exit", kw);
  check_args("exit", args, 0, 1);
  Value code = args.empty() ? Value() : args[0];
  throw PyException(vm.call(Value(vm.exc.SystemExit), std::span<const Value>(&code, 1)));
}

// SystemExit.code (SystemExit_init): None, the single argument, or the args tuple.
Value system_exit_code(VM&, NativeFunction*, Args args, const KwArgs*) {
  const ExceptionObj* e = args[0].as<ExceptionObj>();
  Value set = e->dict->get("code");
  if (!set.is_null()) return set;
  const auto& items = e->args.as<Tuple>()->items;
  return items.empty() ? Value() : items.size() == 1 ? items[0] : e->args;
}

void install_exception_classes(VM& vm) {
  Dict* b = vm.builtins()->dict.get();
  static std::vector<Type*> made;
  if (made.empty()) {
    const ExcTypes& e = exc();
    add_property(e.SystemExit, "code", system_exit_code);
    Type* warning = e.Warning;
    struct Spec {
      const char* name;
      Type* base;
    };
    for (const Spec& s : {Spec{"BlockingIOError", e.OSError}, Spec{"ChildProcessError", e.OSError},
                          Spec{"FileExistsError", e.OSError}, Spec{"FileNotFoundError", e.OSError},
                          Spec{"InterruptedError", e.OSError}, Spec{"IsADirectoryError", e.OSError},
                          Spec{"NotADirectoryError", e.OSError}, Spec{"PermissionError", e.OSError},
                          Spec{"ProcessLookupError", e.OSError}, Spec{"BufferError", e.Exception},
                          Spec{"FloatingPointError", e.ArithmeticError}, Spec{"ReferenceError", e.Exception},
                          Spec{"SystemError", e.Exception}, Spec{"UnicodeTranslateError", e.UnicodeError},
                          Spec{"BytesWarning", warning}, Spec{"EncodingWarning", warning},
                          Spec{"FutureWarning", warning}, Spec{"ImportWarning", warning},
                          Spec{"PendingDeprecationWarning", warning},
                          Spec{"ResourceWarning", warning}, Spec{"SyntaxWarning", warning},
                          Spec{"UnicodeWarning", warning}}) {
      Value have = b->get(s.name);
      made.push_back(have.is_null() ? make_exception_type(s.name, s.base) : have.as<Type>());
    }
  }
  for (Type* t : made)
    if (b->get(t->name).is_null()) b->set(t->name, Value(t));
}

}  // namespace

void install_builtins_exec(VM& vm) {
  Dict* b = vm.builtins()->dict.get();
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  for (const Fn& f : {Fn{"globals", bi_globals}, Fn{"locals", bi_locals}, Fn{"vars", bi_vars}, Fn{"dir", bi_dir},
                      Fn{"id", bi_id}, Fn{"exec", bi_exec}, Fn{"eval", bi_eval}, Fn{"compile", bi_compile},
                      Fn{"__import__", bi_import}, Fn{"input", bi_input}, Fn{"open", bi_open},
                      Fn{"breakpoint", bi_breakpoint}, Fn{"help", bi_help}, Fn{"exit", bi_exit},
                      Fn{"quit", bi_exit}})
    b->set(f.name, make_native(f.name, f.fn));
  install_exception_classes(vm);
}

}  // namespace sandbox::vm::lib
