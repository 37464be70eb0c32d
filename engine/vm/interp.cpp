// The dispatch loop (CPython's ceval.c): heap frames, Python->Python calls and
// await delegation without C++ recursion, exception unwinding through handler
// blocks, and suspension of a whole chain of frames at a yield.
#include <cstring>

#include "vm/descriptors.h"
#include "vm/async_gen.h"
#include "vm/gen_delegate.h"
#include "vm/internal.h"
#include "vm/warnings.h"
#include "vm/opcodes.h"

namespace sandbox::vm {


// The exception being handled by the innermost running frame that handles one.
Value handled_exception_of(Frame* f) {
  for (; f; f = f->back)
    if (f->handling.is_obj()) return f->handling;
  return Value();
}

Value VM::current_handled_exception() const { return handled_exception_of(current_); }

// _PyErr_SetObject's implicit chaining: exc.__context__ = the handled exception.
void chain_context(Frame* f, const Value& exc) {
  if (!exc.is_obj() || !exc.as_obj()->type->is_exception) return;
  Value handled = handled_exception_of(f);
  if (!handled.is_obj() || handled.is(exc)) return;
  // Break a cycle if exc already appears in handled's context chain.
  ExceptionObj* o = handled.as<ExceptionObj>();
  for (int guard = 0; guard < 1000; ++guard) {
    Value ctx = o->context;
    if (!ctx.is_obj()) break;
    if (ctx.is(exc)) {
      o->context = Value();
      break;
    }
    o = ctx.as<ExceptionObj>();
  }
  exc.as<ExceptionObj>()->context = handled;
}

// Turns `raise X` operands into an exception instance.
Value make_raisable_value(VM& vm, const Value& x) {
  if (x.is_obj()) {
    Obj* o = x.as_obj();
    if (o->type->is_exception) return x;
    if (is_subtype(o->type, types().type) && static_cast<Type*>(o)->is_exception) {
      Value inst = vm.call(x, std::span<const Value>());
      if (!inst.is_obj() || !inst.as_obj()->type->is_exception)
        throw_type_error("calling %s should have returned an instance of BaseException, not %s",
                         vm.repr_str(x).c_str(), inst.type()->name.c_str());
      return inst;
    }
  }
  throw_type_error("exceptions must derive from BaseException");
}

bool exception_matches_spec(VM& vm, const Value& exc, const Value& spec) {
  if (is_type(spec, types().tuple)) {
    for (const Value& s : spec.as<Tuple>()->items)
      if (exception_matches_spec(vm, exc, s)) return true;
    return false;
  }
  if (!spec.is_obj() || !is_subtype(spec.as_obj()->type, types().type) || !spec.as<Type>()->is_exception)
    throw_type_error("catching classes that do not inherit from BaseException is not allowed");
  return is_subtype(exc.type(), spec.as<Type>());
}

// Special method lookup on the type (like _PyObject_LookupSpecial), bound to obj.
Value lookup_special_method(VM& vm, const Value& obj, const char* name) {
  Value d = type_lookup(obj.type(), name);
  if (d.is_null()) return d;
  Value r = descr_get(vm, d, obj, obj.type());
  return r.is_null() ? d : r;
}

// The iterator `await x` delegates to (CPython's _PyCoro_GetAwaitableIter).
Value get_awaitable_iter(VM& vm, const Value& x) {
  if (x.is_obj()) {
    Obj* o = x.as_obj();
    if (o->type == types().coroutine) {
      Coroutine* c = static_cast<Coroutine*>(o);
      if (c->state == Coroutine::State::Finished || c->awaited)
        throw_runtime_error("cannot reuse already awaited coroutine");
      c->awaited = true;
      return x;
    }
    if (dynamic_cast<NativeCoroutine*>(o)) return x;
    if (o->type->await_) {
      Value it = o->type->await_(vm, x);
      if (is_type(it, types().coroutine) || is_type(it, types().generator) ||
          (it.is_obj() && dynamic_cast<NativeCoroutine*>(it.as_obj())))
        return it;
      throw_type_error("__await__() returned non-iterator of type '%s'", it.type()->name.c_str());
    }
  }
  throw_type_error("object %s can't be used in 'await' expression", x.type()->name.c_str());
}

static std::string join_names(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

// Binds call arguments to a new frame's locals (CPython's initialize_locals).
// Locals layout: positional params, *args, kw-only params, **kwargs.
// positional_only_passed_as_keyword (ceval.c): raises when any keyword
// names a positional-only parameter, listing all of them.
static void posonly_passed_as_keyword(const Code* c, const KwArgs& kw, const char* qn) {
  std::string names;
  for (size_t k = 0; k < kw.size(); ++k)
    for (int j = 0; j < c->posonlyargcount; ++j)
      if (c->varnames[size_t(j)]->s == kw.name(k)) {
        if (!names.empty()) names += ", ";
        names += c->varnames[size_t(j)]->s;
        break;
      }
  if (!names.empty())
    throw_type_error("%s() got some positional-only arguments passed as keyword arguments: '%s'", qn, names.c_str());
}

Frame* VM::make_call_frame(Function* fn, std::span<const Value> args, const KwArgs* kw) {
  Code* c = fn->code.get();
  Frame* fr = Frame::create(fn->code, fn->globals);
  Ref<Frame> keep(fr);
  fr->func = fn;
  Value* v = fr->v;
  size_t n = args.size();
  size_t argc = size_t(c->argcount);
  size_t vararg_i = argc;
  size_t kw_start = argc + (c->varargs ? 1 : 0);
  size_t kw_end = kw_start + size_t(c->kwonlyargcount);
  size_t varkw_i = kw_end;
  const char* qn = fn->qualname->s.c_str();
  size_t ncopy = n < argc ? n : argc;
  for (size_t i = 0; i < ncopy; ++i) v[i] = args[i];
  if (c->varargs) {
    v[vararg_i] = n > argc ? make_tuple(std::vector<Value>(args.begin() + long(argc), args.end())) : empty_tuple();
  } else if (n > argc) {
    size_t ndef = fn->defaults.size();
    size_t given_kw = 0;
    if (kw)
      for (size_t k = 0; k < kw->size(); ++k)
        for (size_t j = kw_start; j < kw_end; ++j)
          if (c->varnames[j]->s == kw->name(k)) ++given_kw;
    std::string takes;
    if (ndef > 0 && ndef <= argc)
      takes = strformat("from %zu to %zu positional arguments", argc - ndef, argc);
    else
      takes = strformat("%zu positional argument%s", argc, argc == 1 ? "" : "s");
    if (given_kw)
      throw_type_error("%s() takes %s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                       qn, takes.c_str(), n, n == 1 ? "" : "s", given_kw, given_kw == 1 ? "" : "s");
    throw_type_error("%s() takes %s but %zu %s given", qn, takes.c_str(), n, n == 1 ? "was" : "were");
  }
  Dict* kwdict = nullptr;
  if (c->varkw) {
    kwdict = new Dict();
    v[varkw_i] = Value(kwdict);
  }
  if (kw) {
    for (size_t k = 0; k < kw->size(); ++k) {
      Str* name = kw->names[k].as<Str>();
      size_t found = SIZE_MAX;
      // Positional-only parameters never match a keyword: the name goes to
      // **kwargs, or is reported below.
      for (size_t j = size_t(c->posonlyargcount); j < argc; ++j)
        if (c->varnames[j].get() == name || c->varnames[j]->s == name->s) { found = j; break; }
      if (found == SIZE_MAX)
        for (size_t j = kw_start; j < kw_end; ++j)
          if (c->varnames[j].get() == name || c->varnames[j]->s == name->s) { found = j; break; }
      if (found == SIZE_MAX) {
        if (!kwdict) {
          posonly_passed_as_keyword(c, *kw, qn);
          throw_type_error("%s() got an unexpected keyword argument '%s'", qn, name->s.c_str());
        }
        kwdict->set(name, kw->values[k]);
        continue;
      }
      if (!v[found].is_null()) throw_type_error("%s() got multiple values for argument '%s'", qn, name->s.c_str());
      v[found] = kw->values[k];
    }
  }
  if (n < argc) {
    size_t ndef = fn->defaults.size();
    size_t first_def = argc - ndef;
    std::vector<std::string> missing;
    for (size_t i = n; i < argc; ++i) {
      if (!v[i].is_null()) continue;
      if (i >= first_def) v[i] = fn->defaults[i - first_def];
      else missing.push_back(c->varnames[i]->s);
    }
    if (!missing.empty())
      throw_type_error("%s() missing %zu required positional argument%s: %s", qn, missing.size(),
                       missing.size() == 1 ? "" : "s", join_names(missing).c_str());
  }
  if (kw_end > kw_start) {
    std::vector<std::string> missing;
    for (size_t j = kw_start; j < kw_end; ++j) {
      if (!v[j].is_null()) continue;
      Value d = fn->kwdefaults ? fn->kwdefaults->get(c->varnames[j].get()) : Value::null();
      if (!d.is_null()) v[j] = d;
      else missing.push_back(c->varnames[j]->s);
    }
    if (!missing.empty())
      throw_type_error("%s() missing %zu required keyword-only argument%s: %s", qn, missing.size(),
                       missing.size() == 1 ? "" : "s", join_names(missing).c_str());
  }
  uint32_t nl = c->nlocals();
  for (size_t i = 0; i < c->cellvars.size(); ++i) {
    Cell* cell = new Cell();
    if (c->cell_arg[i] >= 0) cell->value = v[c->cell_arg[i]];
    v[nl + i] = Value(cell);
  }
  size_t nc = c->cellvars.size();
  for (size_t i = 0; i < c->freevars.size() && i < fn->closure.size(); ++i) v[nl + nc + i] = Value(fn->closure[i].get());
  incref(fr);  // survive `keep`; the caller adopts this reference
  return fr;
}

Value VM::make_coroutine_for(Function* fn, Ref<Frame> frame) {
  bool gen = fn->code->is_generator;
  if (gen && fn->code->is_coroutine) return make_async_generator(fn, std::move(frame));
  Coroutine* co = new Coroutine(gen ? types.generator : types.coroutine, frame, fn->name, fn->qualname);
  co->is_generator = gen;
  frame->owner = co;
  return Value(co);
}

// Adopts the reference make_call_frame returned.
static Ref<Frame> adopt(Frame* f) {
  Ref<Frame> r(f);
  decref(f);
  return r;
}

Value VM::call_function(Function* fn, std::span<const Value> args, const KwArgs* kw) {
  Ref<Frame> fr = adopt(make_call_frame(fn, args, kw));
  if (fn->code->is_coroutine || fn->code->is_generator) return make_coroutine_for(fn, fr);
  return run_frame(fr.get());
}

Value VM::run_frame(Frame* f) {
  Ref<Frame> keep(f);
  if (depth_ >= recursion_limit_) throw_recursion_error("maximum recursion depth exceeded");
  f->back = current_;
  ++depth_;
  ResumeResult r = run_loop(f, f, 0, Value());
  switch (r.kind) {
    case ResumeKind::Returned: return r.value;
    case ResumeKind::Raised: throw PyException(r.value);
    case ResumeKind::Yielded: throw_runtime_error("cannot suspend here: a native function is on the stack");
    case ResumeKind::Aborted: throw VMAbort();
  }
  return Value();
}

// ---------------------------------------------------------------- calling
namespace {

// descr_check / method_check_args: a builtin type's method called through the
// class (or stored on an unrelated class) must get an instance of its type
// first; natives rely on it.  Slot dunders are wrapper_descriptors in
// CPython, which word the same errors differently.
void check_method_self(const NativeFunction* nf, std::span<const Value> args) {
  if (!nf->data.is_obj() || nf->data.as_obj()->type != types().type) return;
  const Type* owner = nf->data.as<Type>();
  const std::string& n = nf->name;
  bool slot = n.size() > 4 && n.starts_with("__") && n.ends_with("__");
  if (args.empty()) {
    if (slot) throw_type_error("descriptor '%s' of '%s' object needs an argument", n.c_str(), owner->name.c_str());
    throw_type_error("unbound method %s.%s() needs an argument", owner->name.c_str(), n.c_str());
  }
  const Type* got = args[0].type();
  if (is_subtype(got, owner)) return;
  if (slot)
    throw_type_error("descriptor '%s' requires a '%s' object but received a '%s'", n.c_str(), owner->name.c_str(),
                     got->name.c_str());
  throw_type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", n.c_str(), owner->name.c_str(),
                   got->name.c_str());
}

}  // namespace

Value VM::call(const Value& callable, std::span<const Value> args, const KwArgs* kw) {
  if (callable.is_obj()) {
    Obj* o = callable.as_obj();
    Type* t = o->type;
    if (t == types.function) return call_function(static_cast<Function*>(o), args, kw);
    if (t == types.native_function) {
      NativeFunction* nf = static_cast<NativeFunction*>(o);
      if (nf->is_method) check_method_self(nf, args);
      return nf->fn(*this, nf, args, kw);
    }
    if (t == types.bound_method) {
      BoundMethod* bm = static_cast<BoundMethod*>(o);
      Value func = bm->func, self = bm->self;
      Value small[8];
      std::vector<Value> big;
      Value* buf = small;
      if (args.size() + 1 > 8) {
        big.resize(args.size() + 1);
        buf = big.data();
      }
      buf[0] = self;
      for (size_t i = 0; i < args.size(); ++i) buf[i + 1] = args[i];
      return call(func, std::span<const Value>(buf, args.size() + 1), kw);
    }
    if (t->call) return t->call(*this, callable, args, kw);
  }
  throw_type_error("'%s' object is not callable", callable.type()->name.c_str());
}

Value VM::call_method(const Value& obj, std::string_view name, std::span<const Value> args, const KwArgs* kw) {
  return call(getattr(obj, name), args, kw);
}

bool VM::callable(const Value& v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t == types.function || t == types.native_function || t == types.bound_method || t->call != nullptr;
}

// ---------------------------------------------------------------- coroutines
bool VM::is_coroutine(const Value& v) const {
  return v.is_obj() && (v.as_obj()->type == types.coroutine || dynamic_cast<NativeCoroutine*>(v.as_obj()));
}

std::string VM::coro_qualname(const Value& coro) const {
  if (!coro.is_obj()) return "?";
  if (auto* c = dynamic_cast<Coroutine*>(coro.as_obj())) return c->qualname->s;
  if (auto* n = dynamic_cast<NativeCoroutine*>(coro.as_obj())) return n->qualname();
  return coro.type()->name;
}

int VM::coro_line(const Value& coro) const {
  if (!coro.is_obj()) return 0;
  if (auto* c = dynamic_cast<Coroutine*>(coro.as_obj())) return c->frame ? c->frame->current_line() : 0;
  return 0;
}

bool VM::coro_done(const Value& coro) const {
  if (!coro.is_obj()) return true;
  if (auto* c = dynamic_cast<Coroutine*>(coro.as_obj())) return c->state == Coroutine::State::Finished;
  return false;
}

struct AbortGuard {
  VM& vm;
  bool outermost;
};

ResumeResult VM::coro_send(const Value& coro, const Value& v) {
  try {
    if (coro.is_obj()) {
      if (auto* c = dynamic_cast<Coroutine*>(coro.as_obj())) return resume(c, v, nullptr);
      if (auto* n = dynamic_cast<NativeCoroutine*>(coro.as_obj())) {
        try {
          return n->send(*this, v);
        } catch (PyException& e) {
          return {ResumeKind::Raised, e.value};
        }
      }
    }
    return {ResumeKind::Raised, make_exception(exc.TypeError, "object is not a coroutine")};
  } catch (VMAbort&) {
    if (run_depth_ > 0) throw;
    depth_ = 0;
    return {ResumeKind::Aborted, Value()};
  }
}

ResumeResult VM::coro_throw(const Value& coro, const Value& e) {
  try {
    Value ex = e;
    if (e.is_obj() && is_subtype(e.as_obj()->type, types.type)) ex = make_raisable_value(*this, e);
    if (coro.is_obj()) {
      if (auto* c = dynamic_cast<Coroutine*>(coro.as_obj())) return resume(c, Value(), &ex);
      if (auto* n = dynamic_cast<NativeCoroutine*>(coro.as_obj())) {
        try {
          return n->throw_(*this, ex);
        } catch (PyException& pe) {
          return {ResumeKind::Raised, pe.value};
        }
      }
    }
    return {ResumeKind::Raised, ex};
  } catch (VMAbort&) {
    if (run_depth_ > 0) throw;
    depth_ = 0;
    return {ResumeKind::Aborted, Value()};
  } catch (PyException& pe) {
    return {ResumeKind::Raised, pe.value};
  }
}

// gen_close: throw GeneratorExit; a yield in response is a RuntimeError.
void VM::coro_close(const Value& coro) {
  if (!coro.is_obj()) return;
  if (auto* n = dynamic_cast<NativeCoroutine*>(coro.as_obj())) {
    n->close(*this);
    return;
  }
  auto* c = dynamic_cast<Coroutine*>(coro.as_obj());
  if (!c || c->state == Coroutine::State::Finished) return;
  if (c->state == Coroutine::State::Created) {
    c->state = Coroutine::State::Finished;
    if (c->frame) c->frame->clear();
    c->frame.reset();
    return;
  }
  ResumeResult r = coro_throw(coro, make_exception_args(exc.GeneratorExit, {}));
  if (r.kind == ResumeKind::Yielded)
    throw_runtime_error("%s ignored GeneratorExit", gen_kind_name(c));
  if (r.kind == ResumeKind::Raised && !is_subtype(r.value.type(), exc.GeneratorExit) &&
      !is_subtype(r.value.type(), exc.StopIteration))
    throw PyException(r.value);
}

ResumeResult VM::resume(Coroutine* co, const Value& v, const Value* ex, bool close_on_genexit) {
  Ref<Coroutine> keep(co);
  const char* kind = gen_kind_name(co);
  if (co->state == Coroutine::State::Finished) {
    if (ex) return {ResumeKind::Raised, *ex};
    if (co->is_generator) return {ResumeKind::Returned, Value()};
    return {ResumeKind::Raised, make_exception(exc.RuntimeError, "cannot reuse already awaited coroutine")};
  }
  if (co->state == Coroutine::State::Running)
    return {ResumeKind::Raised, make_exception(exc.ValueError, strformat("%s already executing", kind))};
  if (co->state == Coroutine::State::Created && !ex && !v.is_none())
    return {ResumeKind::Raised, make_exception(exc.TypeError, strformat("can't send non-None value to a just-started %s", kind))};
  if (depth_ >= recursion_limit_)
    return {ResumeKind::Raised, make_exception(exc.RecursionError, "maximum recursion depth exceeded")};
  Ref<Frame> f = co->frame;
  co->state = Coroutine::State::Running;
  f->back = current_;
  ++depth_;
  ResumeResult r = run_loop(f.get(), f.get(), ex ? (close_on_genexit ? 2 : 3) : 1, ex ? *ex : v);
  if (r.kind == ResumeKind::Yielded) {
    co->state = Coroutine::State::Suspended;
  } else {
    co->state = Coroutine::State::Finished;
    if (co->frame && r.kind == ResumeKind::Raised) keep_unstarted_coroutines(co->frame.get(), r.value);
    if (co->frame) co->frame->clear();
    co->frame.reset();
  }
  return r;
}

// Generators as iterators: next() resumes the frame in a nested run.
static bool gen_next(VM& vm, const Value& it, Value& out) {
  Coroutine* g = it.as<Coroutine>();
  ResumeResult r = vm.resume(g, Value(), nullptr);
  switch (r.kind) {
    case ResumeKind::Yielded: out = std::move(r.value); return true;
    case ResumeKind::Returned: return false;
    case ResumeKind::Raised: throw PyException(r.value);
    case ResumeKind::Aborted: throw VMAbort();
  }
  return false;
}

static Value gen_iter(VM&, const Value& self) { return self; }

// coroutine.send / throw / close and generator.send (Python-level API)
static Value coro_send_m(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  if (a.size() != 2) throw_type_error("send() takes exactly one argument");
  ResumeResult r = vm.resume(a[0].as<Coroutine>(), a[1], nullptr);
  switch (r.kind) {
    case ResumeKind::Yielded: return r.value;
    case ResumeKind::Returned: throw_stop_iteration(r.value);
    case ResumeKind::Raised: throw PyException(r.value);
    case ResumeKind::Aborted: throw VMAbort();
  }
  return Value();
}
static Value coro_throw_m(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  Value e = gen_throw_value(vm, a.subspan(1));
  ResumeResult r = vm.resume(a[0].as<Coroutine>(), Value(), &e);
  switch (r.kind) {
    case ResumeKind::Yielded: return r.value;
    case ResumeKind::Returned: throw_stop_iteration(r.value);
    case ResumeKind::Raised: throw PyException(r.value);
    case ResumeKind::Aborted: throw VMAbort();
  }
  return Value();
}
static Value coro_close_m(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  vm.coro_close(a[0]);
  return Value();
}

void install_coroutine_types() {
  static bool done = false;
  if (done) return;
  done = true;
  types().generator->iter = gen_iter;
  types().generator->next = gen_next;
  for (Type* t : {types().generator, types().coroutine}) {
    add_method(t, "send", coro_send_m);
    add_method(t, "throw", coro_throw_m);
    add_method(t, "close", coro_close_m);
  }
}

// ---------------------------------------------------------------- module code
ResumeResult VM::run_main(Ref<Code> code) {
  // The program starts: the collector's trigger counts growth from here and
  // stops this VM at an instruction boundary when a collection is due.
  gc_set_due_callback([](void* vm) { static_cast<VM*>(vm)->request_gc(); }, this);
  gc_reset_trigger();
  main_module_ = make_module("__main__");
  add_module(main_module_.get());
  Dict* g = main_module_->dict.get();
  // The reference runner's globals: {__name__, __file__, __builtins__, __doc__}.
  g->set("__file__", make_str(code->filename));
  g->set("__builtins__", Value(builtins_.get()));
  g->set("__doc__", Value());
  Frame* f = Frame::create(code, main_module_->dict);
  Ref<Frame> fr(f);
  f->locals = main_module_->dict;
  Coroutine* co = new Coroutine(types.coroutine, fr, intern("<module>"), intern("<module>"));
  f->owner = co;
  main_coro_ = Value(co);
  return coro_send(main_coro_, Value());
}

void VM::suspend(Value request) {
  if (run_depth_ == 0) throw_runtime_error("suspend() called outside of running Python code");
  pending_suspend_ = std::move(request);
  suspend_requested_ = true;
}

int VM::current_line() const { return current_ ? current_->current_line() : 0; }

void VM::set_memory_limit(uint64_t bytes) {
  HeapAccount& h = heap_account();
  int64_t b = static_cast<int64_t>(bytes > INT64_MAX / 4 ? INT64_MAX / 4 : bytes);
  h.limit = bytes ? h.used + b : 0;
  h.next_trip = h.limit;
  hard_limit_ = bytes ? h.used + 2 * b : INT64_MAX;
  h.hard = hard_limit_;
  if (bytes) {
    h.on_trip = [](void* vm) { static_cast<VM*>(vm)->trip_memory(); };
    h.on_raised = [](void* vm) { static_cast<VM*>(vm)->settle_memory_trip(); };
    h.on_hard = [](void* vm) { static_cast<VM*>(vm)->abort_for_memory(); };
  } else {
    h.on_trip = nullptr;
    h.on_raised = nullptr;
    h.on_hard = nullptr;
  }
  h.ctx = this;
}

void VM::abort_for_memory() {
  memory_aborted_ = true;
  abort_line_ = current_line();
  throw VMAbort();
}

void VM::settle_memory_trip() {
  if (!memory_trip_) return;
  memory_trip_ = false;
  if (!gc_due_) budget_left_ = saved_budget_ ? saved_budget_ : 1;
}

// A memory trip and a due collection share the budget counter: either
// makes the next instruction stop (budget 1), and the real budget waits in
// saved_budget_ until both are handled.
void VM::trip_memory() {
  if (memory_trip_) return;
  if (!gc_due_) saved_budget_ = budget_left_;
  memory_trip_ = true;
  budget_left_ = 1;
}

void VM::request_gc() {
  if (gc_due_) return;
  if (!memory_trip_) saved_budget_ = budget_left_;
  gc_due_ = true;
  budget_left_ = 1;
}

// The collection runs between two instructions of Python code: every value
// the interpreter holds is in a frame (owned) and no native code is half
// way through changing an object.  Finalizers may run Python code here,
// as CPython runs them when its collector starts.
bool VM::run_due_gc() {
  if (!gc_due_) return false;
  gc_due_ = false;
  if (memory_trip_) return false;
  budget_left_ = saved_budget_ ? saved_budget_ : 1;
  gc_collect_if_due(*this);
  return true;
}

void VM::swap_exec_state(ExecState& s) {
  // A pending memory trip or collection parks the real budget in
  // saved_budget_ (budget_left_ is 1): swap the real one.
  bool parked = memory_trip_ || gc_due_;
  uint64_t mine = parked ? saved_budget_ : budget_left_;
  std::swap(current_, s.current);
  std::swap(depth_, s.depth);
  std::swap(run_depth_, s.run_depth);
  std::swap(budget_start_, s.budget_start);
  std::swap(budget_on_, s.budget_on);
  std::swap(abort_line_, s.abort_line);
  std::swap(repr_stack_, s.repr_stack);
  uint64_t theirs = s.budget_left;
  s.budget_left = mine;
  if (!budget_on_ && theirs == 0) theirs = UINT64_MAX;
  if (parked) {
    saved_budget_ = theirs;
    budget_left_ = 1;
  } else {
    budget_left_ = theirs;
  }
}

void VM::set_step_budget(uint64_t n) {
  ++budget_epoch_;
  budget_on_ = n != 0;
  budget_start_ = budget_left_ = n ? n : UINT64_MAX;
  if (memory_trip_ || gc_due_) {
    saved_budget_ = budget_left_;
    budget_left_ = 1;
  }
}

}  // namespace sandbox::vm
