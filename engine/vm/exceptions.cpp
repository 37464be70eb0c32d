// The exception hierarchy and BaseException's behaviour (Objects/exceptions.c):
// args, str/repr, __cause__/__context__, KeyError's repr-str, OSError's errno
// form (exception groups: exception_group.cpp).
#include <cstdarg>

#include "vm/attr_cache.h"
#include "vm/classes.h"
#include "vm/exception_group.h"
#include "vm/internal.h"

namespace sandbox::vm {

std::string strformat(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char buf[512];
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < int(sizeof buf)) return std::string(buf, size_t(n < 0 ? 0 : n));
  std::string s(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(s.data(), s.size(), fmt, ap);
  va_end(ap);
  s.resize(size_t(n));
  return s;
}

Value make_exception_args(Type* t, std::vector<Value> args) {
  ExceptionObj* e = new ExceptionObj(t);
  e->args = make_tuple(std::move(args));
  return Value(e);
}

Value make_exception(Type* t, std::string msg) {
  std::vector<Value> args;
  args.push_back(make_str(std::move(msg)));
  return make_exception_args(t, std::move(args));
}

void throw_exception(Type* t, std::string msg) { throw PyException(make_exception(t, std::move(msg))); }
void throw_value(Value exc) { throw PyException(std::move(exc)); }

#define SANDBOX_DEFINE_THROW(fn, field)              \
  void fn(const char* fmt, ...) {                    \
    va_list ap;                                      \
    va_start(ap, fmt);                               \
    char buf[1024];                                  \
    std::vsnprintf(buf, sizeof buf, fmt, ap);        \
    va_end(ap);                                      \
    throw_exception(exc().field, buf);               \
  }
SANDBOX_DEFINE_THROW(throw_type_error, TypeError)
SANDBOX_DEFINE_THROW(throw_value_error, ValueError)
SANDBOX_DEFINE_THROW(throw_index_error, IndexError)
SANDBOX_DEFINE_THROW(throw_attribute_error, AttributeError)
SANDBOX_DEFINE_THROW(throw_name_error, NameError)
SANDBOX_DEFINE_THROW(throw_runtime_error, RuntimeError)
SANDBOX_DEFINE_THROW(throw_overflow_error, OverflowError)
SANDBOX_DEFINE_THROW(throw_zero_division_error, ZeroDivisionError)
SANDBOX_DEFINE_THROW(throw_not_implemented_error, NotImplementedError)
SANDBOX_DEFINE_THROW(throw_os_error, OSError)
SANDBOX_DEFINE_THROW(throw_assertion_error, AssertionError)
SANDBOX_DEFINE_THROW(throw_recursion_error, RecursionError)
#undef SANDBOX_DEFINE_THROW

void throw_key_error(const Value& key) { throw PyException(make_exception_args(exc().KeyError, {key})); }
void throw_stop_iteration(Value value) {
  std::vector<Value> a;
  if (!value.is_none()) a.push_back(std::move(value));
  throw PyException(make_exception_args(exc().StopIteration, std::move(a)));
}
void throw_int_overflow() {
  throw_overflow_error("integer overflow: the sandbox's int is 64-bit (CPython's is unbounded)");
}
void throw_unbound_local(Str* name) {
  throw_exception(exc().UnboundLocalError,
                  strformat("cannot access local variable '%s' where it is not associated with a value",
                            name->s.c_str()));
}

// ---------------------------------------------------------------- slots
static Value exc_new(VM& vm, Type* cls, std::span<const Value> args, const KwArgs*) {
  (void)vm;
  ExceptionObj* e = new ExceptionObj(cls);
  e->args = make_tuple(std::vector<Value>(args.begin(), args.end()));
  return Value(e);
}

static Value exc_init(VM&, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  if (args.empty() || !args[0].is_obj()) throw_type_error("BaseException.__init__ needs an instance");
  ExceptionObj* e = args[0].as<ExceptionObj>();
  e->args = make_tuple(std::vector<Value>(args.begin() + 1, args.end()));
  return Value();
}

static Value exc_str(VM& vm, const Value& self) {
  ExceptionObj* e = self.as<ExceptionObj>();
  Tuple* a = e->args.as<Tuple>();
  if (a->items.empty()) return make_str("");
  if (a->items.size() == 1) return vm.str(a->items[0]);
  return vm.str(e->args);
}

static Value keyerror_str(VM& vm, const Value& self) {
  ExceptionObj* e = self.as<ExceptionObj>();
  Tuple* a = e->args.as<Tuple>();
  if (a->items.size() == 1) return vm.repr(a->items[0]);
  return exc_str(vm, self);
}

// OSError(errno, strerror[, filename]) prints "[Errno N] strerror".
static Value oserror_str(VM& vm, const Value& self) {
  ExceptionObj* e = self.as<ExceptionObj>();
  Tuple* a = e->args.as<Tuple>();
  if (a->items.size() >= 2 && a->items.size() <= 5)
    return make_str("[Errno " + vm.to_str(a->items[0]) + "] " + vm.to_str(a->items[1]));
  return exc_str(vm, self);
}

static Value exc_repr(VM& vm, const Value& self) {
  ExceptionObj* e = self.as<ExceptionObj>();
  Tuple* a = e->args.as<Tuple>();
  std::string s = e->type->name;
  if (a->items.size() == 1) return make_str(s + "(" + vm.repr_str(a->items[0]) + ")");
  if (a->items.empty()) return make_str(s + "()");
  return make_str(s + vm.repr_str(e->args));
}

Value make_traceback_object(ExceptionObj* e);  // traceback_obj.cpp

static Value exc_getattr(VM& vm, const Value& self, Str* name) {
  ExceptionObj* e = self.as<ExceptionObj>();
  const std::string& n = name->s;
  if (n.size() > 1 && (n[0] == '_' || n[0] == 'a' || n[0] == 'e' || n[0] == 's' || n[0] == 'v' || n[0] == 'm')) {
    if (n == "args") return e->args;
    if (n == "__cause__") return e->cause;
    if (n == "__context__") return e->context;
    if (n == "__suppress_context__") return Value::boolean(e->suppress_context);
    if (n == "__traceback__") return make_traceback_object(e);
    if (n == "value" && is_subtype(e->type, exc().StopIteration)) {
      Value v = e->dict->get(name);
      if (!v.is_null()) return v;
      Tuple* a = e->args.as<Tuple>();
      return a->items.empty() ? Value() : a->items[0];
    }
    if ((n == "errno" || n == "strerror") && is_subtype(e->type, exc().OSError)) {
      Value v = e->dict->get(name);
      if (!v.is_null()) return v;
      Tuple* a = e->args.as<Tuple>();
      if (a->items.size() >= 2) return a->items[n == "errno" ? 0 : 1];
      return Value();
    }
  }
  return generic_getattr(vm, self, name);
}

static void exc_setattr(VM& vm, const Value& self, Str* name, const Value& v) {
  ExceptionObj* e = self.as<ExceptionObj>();
  const std::string& n = name->s;
  if (n == "__cause__") {
    e->cause = v.is_null() ? Value() : v;
    e->suppress_context = true;
    return;
  }
  if (n == "__context__") { e->context = v.is_null() ? Value() : v; return; }
  if (n == "__suppress_context__") { e->suppress_context = !v.is_null() && vm.truthy(v); return; }
  if (n == "args") { e->args = make_tuple(vm.to_vector(v)); return; }
  if (n == "__traceback__") { if (v.is_none()) e->traceback.clear(); return; }
  generic_setattr(vm, self, name, v);
}

Type* make_exception_type(std::string name, Type* base, std::string module) {
  Type* t = make_type(std::move(name), base, std::move(module));
  t->is_exception = true;
  incref(t);  // exception classes made by the engine are immortal
  return t;
}

static ExcTypes* g_exc = nullptr;

const ExcTypes& exc() {
  if (g_exc) return *g_exc;
  const CoreTypes& t = types();
  g_exc = new ExcTypes();
  ExcTypes& e = *g_exc;
  e.BaseException = make_exception_type("BaseException", t.object);
  Type* b = e.BaseException;
  b->new_ = exc_new;
  b->str = exc_str;
  b->repr = exc_repr;
  b->getattr = exc_getattr;
  b->setattr = exc_setattr;
  add_method(b, "__init__", exc_init);
  auto mk = [](const char* n, Type* base) { return make_exception_type(n, base); };
  e.Exception = mk("Exception", b);
  e.ArithmeticError = mk("ArithmeticError", e.Exception);
  e.ZeroDivisionError = mk("ZeroDivisionError", e.ArithmeticError);
  e.OverflowError = mk("OverflowError", e.ArithmeticError);
  e.LookupError = mk("LookupError", e.Exception);
  e.KeyError = mk("KeyError", e.LookupError);
  e.KeyError->str = keyerror_str;
  e.IndexError = mk("IndexError", e.LookupError);
  e.ValueError = mk("ValueError", e.Exception);
  e.UnicodeError = mk("UnicodeError", e.ValueError);
  e.UnicodeDecodeError = mk("UnicodeDecodeError", e.UnicodeError);
  e.UnicodeEncodeError = mk("UnicodeEncodeError", e.UnicodeError);
  e.TypeError = mk("TypeError", e.Exception);
  e.NameError = mk("NameError", e.Exception);
  e.UnboundLocalError = mk("UnboundLocalError", e.NameError);
  e.AttributeError = mk("AttributeError", e.Exception);
  e.RuntimeError = mk("RuntimeError", e.Exception);
  e.RecursionError = mk("RecursionError", e.RuntimeError);
  e.NotImplementedError = mk("NotImplementedError", e.RuntimeError);
  e.StopIteration = mk("StopIteration", e.Exception);
  e.StopAsyncIteration = mk("StopAsyncIteration", e.Exception);
  e.AssertionError = mk("AssertionError", e.Exception);
  e.OSError = mk("OSError", e.Exception);
  e.OSError->str = oserror_str;
  e.ConnectionError = mk("ConnectionError", e.OSError);
  e.ConnectionRefusedError = mk("ConnectionRefusedError", e.ConnectionError);
  e.ConnectionResetError = mk("ConnectionResetError", e.ConnectionError);
  e.ConnectionAbortedError = mk("ConnectionAbortedError", e.ConnectionError);
  e.BrokenPipeError = mk("BrokenPipeError", e.ConnectionError);
  e.TimeoutError = mk("TimeoutError", e.OSError);
  e.MemoryError = mk("MemoryError", e.Exception);
  e.EOFError = mk("EOFError", e.Exception);
  e.ImportError = mk("ImportError", e.Exception);
  e.ModuleNotFoundError = mk("ModuleNotFoundError", e.ImportError);
  e.SyntaxError = mk("SyntaxError", e.Exception);
  e.KeyboardInterrupt = mk("KeyboardInterrupt", b);
  e.SystemExit = mk("SystemExit", b);
  e.GeneratorExit = mk("GeneratorExit", b);
  e.BaseExceptionGroup = mk("BaseExceptionGroup", b);
  // ExceptionGroup(BaseExceptionGroup, Exception), as CPython declares it:
  // the group layout and behaviour come from the first base, and
  // `except Exception` catches it through the second.
  e.ExceptionGroup = mk("ExceptionGroup", e.BaseExceptionGroup);
  e.ExceptionGroup->bases.emplace_back(e.Exception);
  e.ExceptionGroup->mro = compute_mro(e.ExceptionGroup);
  type_cache_invalidate();
  install_exception_groups(e);
  e.Warning = mk("Warning", e.Exception);
  e.RuntimeWarning = mk("RuntimeWarning", e.Warning);
  e.DeprecationWarning = mk("DeprecationWarning", e.Warning);
  e.UserWarning = mk("UserWarning", e.Warning);
  return e;
}

}  // namespace sandbox::vm
