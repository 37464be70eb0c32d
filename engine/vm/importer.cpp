// Imports of .py files and native modules (see importer.h).  A module is
// run once per VM: it enters the module table (sys.modules) before its code
// runs (so a circular import sees the partly initialised module, as in
// CPython) and leaves it again if its code raises.
#include "vm/importer.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "vm/compiler.h"
#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/python_lib.h"
#include "vm/internal.h"
#include "vm/syntax_exc.h"
#include "vm/vm.h"

namespace sandbox::vm {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void throw_import_error(Type* t, std::string msg, std::string_view name, const Value& path) {
  Value e = make_exception(t, std::move(msg));
  Dict* d = e.as<ExceptionObj>()->dict.get();
  d->set("name", name.empty() ? Value() : make_str(name));
  d->set("path", path);
  throw PyException(e);
}

[[noreturn]] void module_not_found(std::string msg, std::string_view name) {
  throw_import_error(exc().ModuleNotFoundError, std::move(msg), name, Value());
}

std::string str_attr(const Dict* d, std::string_view key) {
  Value v = d->get(key);
  return is_type(v, types().str) ? v.as<Str>()->s : std::string();
}

bool is_initializing(VM& vm, std::string_view name) {
  for (const std::string& n : vm.importing)
    if (n == name) return true;
  return false;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What a search in the folders `dirs` found for the last part `tail` of a
// module name: a package (folder with __init__.py), a module file, or a
// namespace package (a bare folder, PEP 420), in FileFinder's order.
struct Found {
  enum Kind { None, Package, Source, Namespace } kind = None;
  std::string file;  // the .py file (Package: its __init__.py)
  std::string dir;   // Package / Namespace: the folder (__path__)
};

Found find_spec(const std::vector<std::string>& dirs, std::string_view tail) {
  Found ns;
  std::error_code ec;
  for (const std::string& d : dirs) {
    fs::path folder = fs::path(d) / std::string(tail);
    fs::path init = folder / "__init__.py";
    if (fs::is_regular_file(init, ec)) return {Found::Package, init.string(), folder.string()};
    fs::path file = fs::path(d) / (std::string(tail) + ".py");
    if (fs::is_regular_file(file, ec)) return {Found::Source, file.string(), ""};
    if (ns.kind == Found::None && fs::is_directory(folder, ec)) ns = {Found::Namespace, "", folder.string()};
  }
  return ns;
}

// CPython's builtin modules (sys.builtin_module_names of Debian's 3.11):
// BuiltinImporter comes first on sys.meta_path, so a file beside the
// program never hides them, while it does hide a module of the library
// folder (a random.py beside the program is the classic).
bool is_builtin_name(std::string_view name) {
  static constexpr std::string_view kBuiltins[] = {
      "_abc", "_ast", "_bisect", "_blake2", "_codecs", "_collections", "_csv", "_datetime", "_elementtree",
      "_functools", "_heapq", "_imp", "_io", "_locale", "_md5", "_opcode", "_operator", "_pickle",
      "_posixsubprocess", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_socket", "_sre",
      "_stat", "_statistics", "_string", "_struct", "_symtable", "_thread", "_tokenize", "_tracemalloc",
      "_warnings", "_weakref", "array", "atexit", "binascii", "builtins", "cmath", "errno", "faulthandler",
      "fcntl", "gc", "grp", "itertools", "marshal", "math", "posix", "pwd", "pyexpat", "select", "spwd", "sys",
      "syslog", "time", "unicodedata", "xxsubtype", "zlib"};
  for (std::string_view b : kBuiltins)
    if (b == name) return true;
  return false;
}

// The compiled code of library modules, kept for the life of the process:
// the app's reruns and a test harness's repeated runs compile each library
// file once.  VMs of one process run one at a time (the collector's
// registry and the interned strings are process-wide too).  The program's
// own modules are compiled on every import: the user may edit them.
struct CachedCode {
  std::string source;
  Ref<Code> code;
};
std::unordered_map<std::string, CachedCode>& code_cache() {
  static auto* cache = new std::unordered_map<std::string, CachedCode>();  // never freed: process lifetime
  return *cache;
}

void mark_library(Code* c) {
  c->library = true;
  for (const Value& k : c->consts)
    if (is_type(k, types().code)) mark_library(k.as<Code>());
}

// The module code of `file`: from the cache for a library file, else compiled.
Ref<Code> module_code(const std::string& file, bool library) {
  std::string source = read_file(file);
  if (library) {
    auto it = code_cache().find(file);
    if (it != code_cache().end() && it->second.source == source) return it->second.code;
  }
  // What compiling makes and the cache keeps is charged to no program (see
  // heap_exempt, gc_add_permanent): a program's MemoryError and collection
  // points must not depend on whether an earlier run compiled the library.
  int64_t heap_before = heap_account().used;
  int64_t objs_before = gc_tracked_count();
  CompileResult c = compile_source(source, file);
  if (!c.ok()) throw PyException(make_syntax_error(*c.error));
  if (library) {
    mark_library(c.code.get());
    code_cache()[file] = CachedCode{std::move(source), c.code};
    heap_exempt(heap_account().used - heap_before);
    gc_add_permanent(gc_tracked_count() - objs_before);
  }
  return c.code;
}

// Why the library folder cannot be used, once per folder ("" = it can).
const std::string& library_problem(const std::string& dir) {
  static auto* seen = new std::unordered_map<std::string, std::string>();  // never freed
  auto it = seen->find(dir);
  if (it == seen->end()) it = seen->emplace(dir, python_lib_problem(dir)).first;
  return it->second;
}

// _bootstrap._resolve_name / _calc___package__.
std::string resolve_name(Dict* globals, std::string_view name, int level) {
  std::string package;
  Value pkg = globals ? globals->get("__package__") : Value::null();
  if (!pkg.is_null() && !pkg.is_none()) {
    if (!is_type(pkg, types().str)) throw_type_error("package must be a string");
    package = pkg.as<Str>()->s;
  } else if (globals) {
    package = str_attr(globals, "__name__");
    if (globals->get("__path__").is_null()) {
      size_t dot = package.rfind('.');
      package = dot == std::string::npos ? "" : package.substr(0, dot);
    }
  }
  if (package.empty()) throw_exception(exc().ImportError, "attempted relative import with no known parent package");
  std::string base = package;
  for (int i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) throw_exception(exc().ImportError, "attempted relative import beyond top-level package");
    base.resize(dot);
  }
  return name.empty() ? base : base + "." + std::string(name);
}

Value exec_module(VM& vm, const std::string& name, const Found& f, const Value& parent) {
  Ref<Module> m(make_module(name));
  Dict* d = m->dict.get();
  d->set("__doc__", Value());
  size_t dot = name.rfind('.');
  std::string package = f.kind == Found::Source ? (dot == std::string::npos ? "" : name.substr(0, dot)) : name;
  d->set("__package__", make_str(package));
  d->set("__loader__", Value());
  d->set("__spec__", Value());
  if (f.kind != Found::Source) d->set("__path__", make_list({make_str(f.dir)}));
  if (f.kind != Found::Namespace) {
    d->set("__file__", make_str(f.file));
    fs::path p(f.file);
    d->set("__cached__", make_str((p.parent_path() / "__pycache__" / (p.stem().string() + ".cpython-311.pyc")).string()));
  }
  d->set("__builtins__", Value(vm.builtins()));
  vm.add_module(m.get());
  if (f.kind == Found::Namespace) {
    if (!parent.is_null()) vm.setattr(parent, name.substr(dot + 1), Value(m.get()));
    return Value(m.get());
  }
  bool library = in_python_lib(f.file, vm.python_lib);
  Ref<Code> code;
  try {
    code = module_code(f.file, library);
  } catch (...) {
    vm.forget_module(name);
    throw;
  }
  vm.importing.push_back(name);
  VM::BudgetPause pause{0, 0, false};
  if (library) pause = vm.pause_budget();
  try {
    Frame* fr = Frame::create(code, m->dict);
    fr->locals = m->dict;
    vm.run_frame(fr);
  } catch (...) {
    if (library) vm.resume_budget(pause);
    vm.importing.pop_back();
    vm.forget_module(name);
    throw;
  }
  if (library) vm.resume_budget(pause);
  vm.importing.pop_back();
  // The module may have replaced itself in the table (sys.modules[__name__] = x).
  Value done = vm.module_table()->get(name);
  if (done.is_null())
    throw_import_error(exc().ImportError, strformat("Loaded module %s not found in sys.modules", name.c_str()), name,
                       Value());
  if (!parent.is_null()) vm.setattr(parent, name.substr(dot + 1), done);
  return done;
}

// A native module enters the table when first imported.
Value load_native(VM& vm, Module* m, const Value& parent, const std::string& name) {
  vm.add_module(m);
  size_t dot = name.rfind('.');
  if (!parent.is_null()) vm.setattr(parent, name.substr(dot + 1), Value(m));
  return Value(m);
}

// The folders a top-level import searches: sys.path (strings only), which
// the program may change; the VM's own list before sys exists.
std::vector<std::string> search_path(VM& vm) {
  std::vector<std::string> dirs;
  Module* sys = vm.find_native("sys");
  Value path = sys ? sys->dict->get("path") : Value::null();
  if (is_type(path, types().list)) {
    for (const Value& p : path.as<List>()->items)
      if (is_type(p, types().str)) dirs.push_back(p.as<Str>()->s);
    return dirs;
  }
  dirs = vm.module_path;
  if (!vm.python_lib.empty()) dirs.push_back(vm.python_lib);
  return dirs;
}

// _bootstrap._find_and_load for an absolute dotted name: the module table,
// CPython's builtin modules, the program's folder (a package's __path__),
// the other native modules, then the library folder.
Value load(VM& vm, const std::string& name) {
  Value known = vm.module_table()->get(name);
  if (!known.is_null()) return known;
  size_t dot = name.rfind('.');
  Value parent = Value::null();
  std::vector<std::string> dirs;
  if (dot != std::string::npos) {
    std::string pname = name.substr(0, dot);
    parent = load(vm, pname);
    Value again = vm.module_table()->get(name);
    if (!again.is_null()) return again;  // the parent's code imported it
    if (Module* native = vm.find_native(name)) return load_native(vm, native, parent, name);
    Value path = vm.getattr_opt(parent, intern("__path__"));
    if (path.is_null())
      module_not_found(strformat("No module named '%s'; '%s' is not a package", name.c_str(), pname.c_str()), name);
    for (const Value& p : vm.to_vector(path))
      if (is_type(p, types().str)) dirs.push_back(p.as<Str>()->s);
  } else {
    Module* native = vm.find_native(name);
    if (native && is_builtin_name(name)) return load_native(vm, native, parent, name);
    // sys.path in order; the other native modules sit just before the
    // library folder (they replace modules of that folder).
    bool lib_seen = false;
    for (const std::string& d : search_path(vm)) {
      bool is_lib = !vm.python_lib.empty() && d == vm.python_lib;
      if (is_lib) {
        lib_seen = true;
        if (native) return load_native(vm, native, parent, name);
        if (const std::string& why = library_problem(vm.python_lib); !why.empty())
          module_not_found(strformat("No module named '%s' (the Python 3.11 standard library is not available: %s; "
                                     "install Debian's libpython3.11-stdlib or give its folder with --stdlib DIR or "
                                     "SANDBOX_PYTHON_LIB)",
                                     name.c_str(), why.c_str()),
                           name);
      }
      Found f = find_spec({d}, name);
      if (f.kind == Found::Namespace) {
        // A bare folder counts only if no later entry has a module of that name (PEP 420).
        dirs.push_back(f.dir);
        continue;
      }
      if (f.kind != Found::None) return exec_module(vm, name, f, parent);
    }
    if (native && !lib_seen) return load_native(vm, native, parent, name);
    if (!dirs.empty()) return exec_module(vm, name, Found{Found::Namespace, "", dirs.front()}, parent);
    module_not_found(strformat("No module named '%s'", name.c_str()), name);
  }
  Found f = find_spec(dirs, dot == std::string::npos ? std::string_view(name) : std::string_view(name).substr(dot + 1));
  if (f.kind == Found::None) module_not_found(strformat("No module named '%s'", name.c_str()), name);
  return exec_module(vm, name, f, parent);
}

// _bootstrap._handle_fromlist: `from pkg import sub` imports pkg.sub.
void handle_fromlist(VM& vm, const Value& m, const Value& fromlist) {
  if (vm.getattr_opt(m, intern("__path__")).is_null()) return;
  Value mname = vm.getattr_opt(m, intern("__name__"));
  if (!is_type(mname, types().str)) return;
  for (const Value& x : vm.to_vector(fromlist)) {
    if (!is_type(x, types().str)) continue;
    const std::string& attr = x.as<Str>()->s;
    if (attr == "*") {
      Value all = vm.getattr_opt(m, intern("__all__"));
      if (!all.is_null()) handle_fromlist(vm, m, all);
      continue;
    }
    if (!vm.getattr_opt(m, x.as<Str>()).is_null()) continue;
    std::string sub = mname.as<Str>()->s + "." + attr;
    try {
      load(vm, sub);
    } catch (PyException& e) {
      // Only "this very submodule does not exist" is ignored (IMPORT_FROM reports it).
      if (e.value.type() != exc().ModuleNotFoundError) throw;
      Value n = e.value.as<ExceptionObj>()->dict->get("name");
      if (!is_type(n, types().str) || n.as<Str>()->s != sub) throw;
    }
  }
}

}  // namespace

std::vector<std::string> program_module_path(const std::string& main_file) {
  std::error_code ec;
  if (main_file.empty() || !fs::is_regular_file(main_file, ec)) return {};
  // os.path.abspath: absolute and normalised, symlinks kept.
  fs::path dir = fs::absolute(fs::path(main_file), ec).lexically_normal().parent_path();
  if (ec) return {};
  return {dir.string()};
}

Value import_name(VM& vm, Dict* globals, std::string_view name, const Value& fromlist, int level) {
  if (level < 0) throw_value_error("level must be >= 0");
  std::string absname = level > 0 ? resolve_name(globals, name, level) : std::string(name);
  if (absname.empty()) throw_value_error("Empty module name");
  Value m = load(vm, absname);
  bool has_fromlist = !fromlist.is_none() && !fromlist.is_null() && vm.truthy(fromlist);
  if (has_fromlist) {
    handle_fromlist(vm, m, fromlist);
    return m;
  }
  // `import a.b.c` binds a: the top package of what was asked for.
  Dict* table = vm.module_table();
  std::string top;
  if (level == 0) {
    if (absname.find('.') == std::string::npos) return m;
    top = absname.substr(0, absname.find('.'));
  } else {
    if (name.empty()) return m;
    size_t cut = name.size() - name.substr(0, name.find('.')).size();
    top = absname.substr(0, absname.size() - cut);
  }
  Value t = table->get(top);
  if (t.is_null()) throw PyException(make_exception_args(exc().KeyError, {make_str(top)}));
  return t;
}

Value import_from(VM& vm, const Value& module, Str* name) {
  Value r = vm.getattr_opt(module, name);
  if (!r.is_null()) return r;
  std::string mod = "<unknown module name>";
  Value file = Value::null();
  if (is_type(module, types().module)) {
    Module* m = module.as<Module>();
    mod = str_attr(m->dict.get(), "__name__");
    // A circular import: the submodule may be in the table before the attribute is set.
    Value sub = vm.module_table()->get(mod + "." + name->s);
    if (!sub.is_null()) return sub;
    file = m->dict->get("__file__");
  }
  std::string where = is_type(file, types().str) ? "(" + file.as<Str>()->s + ")" : "(unknown location)";
  if (is_initializing(vm, mod))
    throw_import_error(exc().ImportError,
                       strformat("cannot import name '%s' from partially initialized module '%s' (most likely due to a "
                                 "circular import) %s",
                                 name->s.c_str(), mod.c_str(), where.c_str()),
                       mod, file.is_null() ? Value() : file);
  throw_import_error(exc().ImportError,
                     strformat("cannot import name '%s' from '%s' %s", name->s.c_str(), mod.c_str(), where.c_str()), mod,
                     file.is_null() ? Value() : file);
}

// ceval.c import_all_from.
void import_star(VM& vm, const Value& module, Dict* target) {
  Value all = vm.getattr_opt(module, intern("__all__"));
  bool skip_private = all.is_null();
  std::vector<Value> names;
  if (skip_private) {
    Value d = vm.getattr_opt(module, intern("__dict__"));
    if (d.is_null())
      throw_exception(exc().ImportError, "from-import-* object has no __dict__ and no __all__");
    names = vm.to_vector(d);
  } else {
    names = vm.to_vector(all);
  }
  for (const Value& n : names) {
    if (!is_type(n, types().str)) {
      const char* what = skip_private ? "Key in %s.__dict__ must be str, not %s" : "Item in %s.__all__ must be str, not %s";
      Value mn = vm.getattr_opt(module, intern("__name__"));
      throw_type_error(what, is_type(mn, types().str) ? mn.as<Str>()->s.c_str() : "module", n.type()->name.c_str());
    }
    Str* s = n.as<Str>();
    if (skip_private && !s->s.empty() && s->s[0] == '_') continue;
    target->set(s, vm.getattr(module, s));
  }
}

}  // namespace sandbox::vm
