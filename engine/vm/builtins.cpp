// The builtins the VM itself owns (Python/bltinmodule.c): isinstance,
// issubclass, type, getattr/setattr/hasattr/delattr, iter, next, callable,
// repr, hash, object, property, classmethod, staticmethod, the exception
// classes and the core type objects.  lib adds print, len, range, ...
#include "vm/classes.h"
#include "vm/descriptors.h"
#include "vm/internal.h"

namespace sandbox::vm {

void install_class_builtins(VM& vm);


static void want_args(const char* name, std::span<const Value> args, size_t lo, size_t hi) {
  if (args.size() < lo || args.size() > hi) {
    if (lo == hi)
      throw_type_error("%s expected %zu argument%s, got %zu", name, lo, lo == 1 ? "" : "s", args.size());
    if (args.size() < lo) throw_type_error("%s expected at least %zu argument%s, got %zu", name, lo, lo == 1 ? "" : "s", args.size());
    throw_type_error("%s expected at most %zu argument%s, got %zu", name, hi, hi == 1 ? "" : "s", args.size());
  }
}

static bool isinstance_of(VM& vm, const Value& obj, const Value& spec, const char* fname) {
  if (is_type(spec, vm.types.tuple)) {
    for (const Value& s : spec.as<Tuple>()->items)
      if (isinstance_of(vm, obj, s, fname)) return true;
    return false;
  }
  if (const std::vector<Value>* members = union_args(spec)) {
    for (const Value& s : *members)
      if (isinstance_of(vm, obj, s, fname)) return true;
    return false;
  }
  if (is_generic_alias(spec)) throw_type_error("%s() argument 2 cannot be a parameterized generic", fname);
  if (!spec.is_obj() || !is_subtype(spec.as_obj()->type, vm.types.type))
    throw_type_error("%s() arg 2 must be a type, a tuple of types, or a union", fname);
  if (obj.type() == spec.as_obj()) return true;
  // PyObject_IsInstance: a metaclass's __instancecheck__ (abc.ABCMeta's) decides.
  if (spec.as_obj()->type != vm.types.type) {
    Value hook = type_lookup(spec.as_obj()->type, "__instancecheck__");
    if (!hook.is_null() && !is_type(hook, vm.types.native_function))
      return vm.truthy(call_special(vm, hook, spec, std::span<const Value>(&obj, 1)));
  }
  return is_subtype(obj.type(), spec.as<Type>());
}

static Value bi_isinstance(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("isinstance", a, 2, 2);
  return Value::boolean(isinstance_of(vm, a[0], a[1], "isinstance"));
}

static bool subclass_of(VM& vm, const Value& cls, const Value& spec) {
  if (is_type(spec, vm.types.tuple)) {
    for (const Value& s : spec.as<Tuple>()->items)
      if (subclass_of(vm, cls, s)) return true;
    return false;
  }
  if (const std::vector<Value>* members = union_args(spec)) {
    for (const Value& s : *members)
      if (subclass_of(vm, cls, s)) return true;
    return false;
  }
  if (is_generic_alias(spec)) throw_type_error("issubclass() argument 2 cannot be a parameterized generic");
  if (!spec.is_obj() || !is_subtype(spec.as_obj()->type, vm.types.type))
    throw_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  // PyObject_IsSubclass: a metaclass's __subclasscheck__ (abc.ABCMeta's) decides.
  if (spec.as_obj()->type != vm.types.type) {
    Value hook = type_lookup(spec.as_obj()->type, "__subclasscheck__");
    if (!hook.is_null() && !is_type(hook, vm.types.native_function))
      return vm.truthy(call_special(vm, hook, spec, std::span<const Value>(&cls, 1)));
  }
  return is_subtype(cls.as<Type>(), spec.as<Type>());
}

static Value bi_issubclass(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("issubclass", a, 2, 2);
  if (!a[0].is_obj() || !is_subtype(a[0].as_obj()->type, vm.types.type))
    throw_type_error("issubclass() arg 1 must be a class");
  return Value::boolean(subclass_of(vm, a[0], a[1]));
}

static Value bi_getattr(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("getattr", a, 2, 3);
  if (!is_type(a[1], vm.types.str)) throw_type_error("attribute name must be string, not '%s'", a[1].type()->name.c_str());
  Str* name = intern(a[1].as<Str>()->s);
  if (a.size() == 3) {
    try {
      Value v = vm.getattr_opt(a[0], name);
      return v.is_null() ? a[2] : v;
    } catch (PyException& e) {
      if (is_subtype(e.value.type(), vm.exc.AttributeError)) return a[2];
      throw;
    }
  }
  return vm.getattr(a[0], name);
}

static Value bi_setattr(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("setattr", a, 3, 3);
  if (!is_type(a[1], vm.types.str)) throw_type_error("attribute name must be string, not '%s'", a[1].type()->name.c_str());
  vm.setattr(a[0], intern(a[1].as<Str>()->s), a[2]);
  return Value();
}

static Value bi_delattr(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("delattr", a, 2, 2);
  if (!is_type(a[1], vm.types.str)) throw_type_error("attribute name must be string, not '%s'", a[1].type()->name.c_str());
  vm.delattr(a[0], intern(a[1].as<Str>()->s));
  return Value();
}

static Value bi_hasattr(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("hasattr", a, 2, 2);
  if (!is_type(a[1], vm.types.str)) throw_type_error("attribute name must be string, not '%s'", a[1].type()->name.c_str());
  return Value::boolean(vm.hasattr(a[0], a[1].as<Str>()->s));
}

static Value bi_iter(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("iter", a, 1, 1);
  return vm.iter(a[0]);
}

static Value bi_next(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("next", a, 1, 2);
  if (!a[0].type()->next) throw_type_error("'%s' object is not an iterator", a[0].type()->name.c_str());
  if (is_type(a[0], vm.types.generator)) {
    // keep the return value for StopIteration.value
    ResumeResult r = vm.resume(a[0].as<Coroutine>(), Value(), nullptr);
    if (r.kind == ResumeKind::Yielded) return r.value;
    if (r.kind == ResumeKind::Raised) throw PyException(r.value);
    if (r.kind == ResumeKind::Aborted) throw VMAbort();
    if (a.size() == 2) return a[1];
    throw_stop_iteration(r.value);
  }
  Value out;
  if (vm.next(a[0], out)) return out;
  if (a.size() == 2) return a[1];
  throw PyException(make_exception_args(vm.exc.StopIteration, {}));
}

static Value bi_callable(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("callable", a, 1, 1);
  return Value::boolean(vm.callable(a[0]));
}

static Value bi_repr(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("repr", a, 1, 1);
  return vm.repr(a[0]);
}

static Value bi_hash(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("hash", a, 1, 1);
  return Value::integer(vm.hash(a[0]));
}

static Value bi_aiter(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("aiter", a, 1, 1);
  return vm.call_method(a[0], "__aiter__", {});
}

static Value bi_anext(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  want_args("anext", a, 1, 1);
  return vm.call_method(a[0], "__anext__", {});
}

// Fallback constructors for core types; lib replaces them with complete ones.
static Value str_new_fallback(VM& vm, Type*, std::span<const Value> a, const KwArgs*) {
  if (a.empty()) return Value(intern(""));
  return vm.str(a[0]);
}
static Value bool_new_fallback(VM& vm, Type*, std::span<const Value> a, const KwArgs*) {
  return Value::boolean(!a.empty() && vm.truthy(a[0]));
}
static Value list_new_fallback(VM& vm, Type*, std::span<const Value> a, const KwArgs*) {
  return make_list(a.empty() ? std::vector<Value>() : vm.to_vector(a[0]));
}
static Value tuple_new_fallback(VM& vm, Type*, std::span<const Value> a, const KwArgs*) {
  return make_tuple(a.empty() ? std::vector<Value>() : vm.to_vector(a[0]));
}
static Value dict_new_fallback(VM& vm, Type*, std::span<const Value> a, const KwArgs* kw) {
  Value d = make_dict();
  if (!a.empty()) {
    if (is_type(a[0], vm.types.dict)) {
      a[0].as<Dict>()->for_each([&](const Value& k, const Value& v) { d.as<Dict>()->set(vm, k, v); });
    } else {
      for (const Value& item : vm.to_vector(a[0])) {
        std::vector<Value> kv = vm.to_vector(item);
        if (kv.size() != 2) throw_value_error("dictionary update sequence element has length %zu; 2 is required", kv.size());
        d.as<Dict>()->set(vm, kv[0], kv[1]);
      }
    }
  }
  if (kw)
    for (size_t i = 0; i < kw->size(); ++i) d.as<Dict>()->set(vm, kw->names[i], kw->values[i]);
  return d;
}
static Value set_new_fallback(VM& vm, Type* cls, std::span<const Value> a, const KwArgs*) {
  Set* s = new Set(cls);
  Value sv(s);
  s->frozen = cls == vm.types.frozenset;
  if (!a.empty())
    for (const Value& x : vm.to_vector(a[0])) s->add(vm, x);
  return sv;
}

void install_vm_builtins(VM& vm) {
  Dict* b = vm.builtins()->dict.get();
  const CoreTypes& t = vm.types;
  struct Fn { const char* name; NativeFn fn; };
  for (const Fn& f : {Fn{"isinstance", bi_isinstance}, Fn{"issubclass", bi_issubclass}, Fn{"getattr", bi_getattr},
                      Fn{"setattr", bi_setattr}, Fn{"delattr", bi_delattr}, Fn{"hasattr", bi_hasattr},
                      Fn{"iter", bi_iter}, Fn{"next", bi_next}, Fn{"callable", bi_callable}, Fn{"repr", bi_repr},
                      Fn{"hash", bi_hash}, Fn{"aiter", bi_aiter}, Fn{"anext", bi_anext}})
    b->set(f.name, make_native(f.name, f.fn));
  static bool types_done = false;
  if (!types_done) {
    types_done = true;
    install_descriptor_types(vm);
    if (!t.str->new_) t.str->new_ = str_new_fallback;
    if (!t.bool_->new_) t.bool_->new_ = bool_new_fallback;
    if (!t.list->new_) t.list->new_ = list_new_fallback;
    if (!t.tuple->new_) t.tuple->new_ = tuple_new_fallback;
    if (!t.dict->new_) t.dict->new_ = dict_new_fallback;
    if (!t.set->new_) t.set->new_ = set_new_fallback;
    if (!t.frozenset->new_) t.frozenset->new_ = set_new_fallback;
  }
  for (Type* ty : {t.object, t.type, t.int_, t.float_, t.bool_, t.str, t.bytes, t.tuple, t.list, t.dict, t.set,
                   t.frozenset, t.property, t.classmethod, t.staticmethod, t.super_, t.slice})
    b->set(ty->name, Value(ty));
  b->set("NotImplemented", not_implemented());
  b->set("Ellipsis", ellipsis());
  b->set("None", Value());
  b->set("True", Value::boolean(true));
  b->set("False", Value::boolean(false));
  const ExcTypes& e = vm.exc;
  for (Type* ty : {e.BaseException, e.Exception, e.ArithmeticError, e.ZeroDivisionError, e.OverflowError,
                   e.LookupError, e.KeyError, e.IndexError, e.ValueError, e.TypeError, e.NameError,
                   e.UnboundLocalError, e.AttributeError, e.RuntimeError, e.RecursionError, e.NotImplementedError,
                   e.StopIteration, e.StopAsyncIteration, e.AssertionError, e.OSError, e.ConnectionError,
                   e.ConnectionRefusedError, e.ConnectionResetError, e.ConnectionAbortedError, e.BrokenPipeError,
                   e.TimeoutError, e.MemoryError, e.KeyboardInterrupt, e.SystemExit, e.GeneratorExit,
                   e.BaseExceptionGroup, e.ExceptionGroup, e.Warning, e.RuntimeWarning, e.DeprecationWarning,
                   e.UserWarning, e.SyntaxError, e.ImportError, e.ModuleNotFoundError, e.UnicodeError,
                   e.UnicodeDecodeError, e.UnicodeEncodeError, e.EOFError})
    b->set(ty->name, Value(ty));
  b->set("IOError", Value(e.OSError));
  b->set("EnvironmentError", Value(e.OSError));
  install_class_builtins(vm);
}

}  // namespace sandbox::vm
