// `yield from` and the generator protocol (CPython's Objects/genobject.c
// _gen_throw, gen_close_iter, PyIter_Send, gen_send_ex2's PEP 479 check).
#include "vm/gen_delegate.h"

#include "vm/internal.h"

namespace sandbox::vm {

Value get_yield_from_iter(VM& vm, const Frame* f, const Value& x) {
  if (is_type(x, types().coroutine)) {
    if (!f->code->is_coroutine)
      throw_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
    return x;
  }
  if (is_type(x, types().generator)) return x;
  return vm.iter(x);
}

Value stop_iteration_value(const Value& exc) {
  ExceptionObj* e = exc.as<ExceptionObj>();
  Value v = e->dict ? e->dict->get(intern("value")) : Value::null();
  if (!v.is_null()) return v;
  Tuple* a = e->args.as<Tuple>();
  return a->items.empty() ? Value() : a->items[0];
}

bool closes_delegate(int mode, const Value& val) {
  return mode == 2 && is_subtype(val.type(), exc().GeneratorExit);
}

// Result of calling a method of the delegate that answers like __next__:
// a value is yielded, StopIteration is the `yield from` result.
static ResumeResult call_iter_method(VM& vm, const Value& meth, std::span<const Value> args) {
  try {
    return {ResumeKind::Yielded, vm.call(meth, args)};
  } catch (PyException& e) {
    if (is_subtype(e.value.type(), exc().StopIteration)) return {ResumeKind::Returned, stop_iteration_value(e.value)};
    return {ResumeKind::Raised, e.value};
  }
}

// PyIter_Send for an iterator that is not a generator: None goes to
// tp_iternext (a class's __next__, whose StopIteration value is the result),
// anything else to its send() method.
static ResumeResult iter_send(VM& vm, const Value& it, const Value& v) {
  if (!v.is_none()) return call_iter_method(vm, vm.getattr(it, "send"), std::span<const Value>(&v, 1));
  Value next = lookup_special_method(vm, it, "__next__");
  if (!next.is_null()) return call_iter_method(vm, next, {});
  Value out;
  try {
    if (vm.next(it, out)) return {ResumeKind::Yielded, out};
  } catch (PyException& e) {
    return {ResumeKind::Raised, e.value};
  }
  return {ResumeKind::Returned, Value()};
}

// _gen_throw with an iterator delegate: GeneratorExit closes it (its close()
// if it has one) and is raised in the delegating frame; other exceptions go
// to its throw() method, or are raised in the delegating frame without one.
static ResumeResult iter_throw(VM& vm, const Value& it, int mode, const Value& val) {
  if (closes_delegate(mode, val)) {
    try {
      Value close = vm.getattr_opt(it, intern("close"));
      if (!close.is_null()) vm.call(close, {});
    } catch (PyException& e) {
      return {ResumeKind::Raised, e.value};
    }
    return {ResumeKind::Raised, val};
  }
  Value thr;
  try {
    thr = vm.getattr_opt(it, intern("throw"));
  } catch (PyException& e) {
    return {ResumeKind::Raised, e.value};
  }
  if (thr.is_null()) return {ResumeKind::Raised, val};
  return call_iter_method(vm, thr, std::span<const Value>(&val, 1));
}

ResumeResult delegate_resume(VM& vm, const Value& d, int mode, const Value& val) {
  if (auto* nc = dynamic_cast<NativeCoroutine*>(d.as_obj())) {
    try {
      return mode >= 2 ? nc->throw_(vm, val) : nc->send(vm, val);
    } catch (PyException& e) {
      return {ResumeKind::Raised, e.value};
    }
  }
  return mode >= 2 ? iter_throw(vm, d, mode, val) : iter_send(vm, d, val);
}

Value gen_exit_exception(const Frame* f, const Value& raised) {
  const Code* c = f->code.get();
  if (!f->owner || !(c->is_generator || c->is_coroutine) || !raised.is_obj()) return raised;
  const char* kind = c->is_generator ? (c->is_coroutine ? "async generator" : "generator") : "coroutine";
  const char* what = nullptr;
  if (is_subtype(raised.type(), exc().StopIteration)) what = "StopIteration";
  else if (c->is_generator && c->is_coroutine && is_subtype(raised.type(), exc().StopAsyncIteration))
    what = "StopAsyncIteration";
  if (!what) return raised;
  Value err = make_exception(exc().RuntimeError, strformat("%s raised %s", kind, what));
  ExceptionObj* e = err.as<ExceptionObj>();
  e->cause = raised;
  e->context = raised;
  e->suppress_context = true;
  return err;
}

// _PyErr_NormalizeException: an instance of typ is kept, None / a tuple /
// one value become typ()'s arguments.
static Value normalize(VM& vm, Type* typ, const Value& val) {
  if (is_subtype(val.type(), typ)) return val;
  Value inst;
  if (val.is_none()) inst = vm.call(Value(typ), {});
  else if (is_type(val, types().tuple)) inst = vm.call(Value(typ), std::span<const Value>(val.as<Tuple>()->items));
  else inst = vm.call(Value(typ), std::span<const Value>(&val, 1));
  if (!inst.is_obj() || !inst.as_obj()->type->is_exception)
    throw_type_error("calling %s should have returned an instance of BaseException, not %s",
                     vm.repr_str(Value(typ)).c_str(), inst.type()->name.c_str());
  return inst;
}

Value gen_throw_value(VM& vm, std::span<const Value> args) {
  if (args.empty()) throw_type_error("throw expected at least 1 argument, got 0");
  if (args.size() > 3) throw_type_error("throw expected at most 3 arguments, got %zu", args.size());
  const Value& typ = args[0];
  Value val = args.size() > 1 ? args[1] : Value();
  if (args.size() > 2 && !args[2].is_none()) throw_type_error("throw() third argument must be a traceback object");
  if (typ.is_obj() && is_subtype(typ.as_obj()->type, types().type) && typ.as<Type>()->is_exception)
    return normalize(vm, typ.as<Type>(), val);
  if (typ.is_obj() && typ.as_obj()->type->is_exception) {
    if (!val.is_none()) throw_type_error("instance exception may not have a separate value");
    return typ;
  }
  throw_type_error("exceptions must be classes or instances deriving from BaseException, not %s",
                   typ.type()->name.c_str());
}

}  // namespace sandbox::vm
