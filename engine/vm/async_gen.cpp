// Async generators and their awaitables (CPython's Objects/genobject.c:
// async_gen_*, async_gen_asend_*, async_gen_athrow_*).
#include "vm/async_gen.h"

#include "vm/async_builtins.h"
#include "vm/gen_delegate.h"
#include "vm/internal.h"

namespace sandbox::vm {

namespace {

struct AsyncGenTypes {
  Type* agen = nullptr;
  Type* asend = nullptr;
  Type* athrow = nullptr;
  Type* wrapped = nullptr;
};
AsyncGenTypes& agt() {
  static AsyncGenTypes t;
  return t;
}

struct Hooks {
  Value firstiter, finalizer;
};
Hooks& hooks() {
  static Hooks h;
  return h;
}

std::vector<AsyncGen*>& tracked_gens() {
  static std::vector<AsyncGen*> v;
  return v;
}

// _PyAsyncGenWrappedValue: what an async generator's `yield` hands up.
struct WrappedValue : GcObj {
  Value value;
  explicit WrappedValue(Value v) : GcObj(agt().wrapped), value(std::move(v)) {}
  void gc_traverse(GcVisitor& v) override { v(value); }
  void gc_clear() override { value = Value(); }
};

bool is_wrapped(const Value& v) { return is_type(v, agt().wrapped); }

AsyncGen* self_agen(std::span<const Value> a) {
  if (a.empty() || !is_type(a[0], agt().agen)) throw_type_error("descriptor requires an 'async_generator' object");
  return a[0].as<AsyncGen>();
}

// async_gen_unwrap_value: a wrapped value is the awaitable's result
// (StopIteration(value)); the generator's end is StopAsyncIteration.
ResumeResult unwrap(AsyncGen* g, ResumeResult r) {
  switch (r.kind) {
    case ResumeKind::Returned:
      g->closed = true;
      g->running_async = false;
      return {ResumeKind::Raised, make_exception_args(exc().StopAsyncIteration, {})};
    case ResumeKind::Raised:
      if (is_subtype(r.value.type(), exc().StopAsyncIteration) || is_subtype(r.value.type(), exc().GeneratorExit))
        g->closed = true;
      g->running_async = false;
      return r;
    case ResumeKind::Yielded:
      if (is_wrapped(r.value)) {
        g->running_async = false;
        return {ResumeKind::Returned, r.value.as<WrappedValue>()->value};
      }
      return r;
    case ResumeKind::Aborted: return r;
  }
  return r;
}

enum class AwState : uint8_t { Init, Iter, Closed };

// The awaitable of __anext__() and asend(v).
struct ASend final : NativeCoroutine {
  Ref<AsyncGen> gen;
  Value sendval;
  AwState st = AwState::Init;
  ASend(AsyncGen* g, Value v) : NativeCoroutine(agt().asend), gen(g), sendval(std::move(v)) {}

  ResumeResult send(VM& vm, const Value& arg) override {
    if (st == AwState::Closed) throw_runtime_error("cannot reuse already awaited __anext__()/asend()");
    Value v = arg;
    if (st == AwState::Init) {
      if (gen->running_async) throw_runtime_error("anext(): asynchronous generator is already running");
      if (v.is_none()) v = sendval;
      st = AwState::Iter;
    }
    gen->running_async = true;
    ResumeResult r = unwrap(gen.get(), vm.resume(gen.get(), v, nullptr));
    if (r.kind != ResumeKind::Yielded) st = AwState::Closed;
    return r;
  }
  ResumeResult throw_(VM& vm, const Value& e) override {
    if (st == AwState::Closed) throw_runtime_error("cannot reuse already awaited __anext__()/asend()");
    ResumeResult r = unwrap(gen.get(), vm.resume(gen.get(), Value(), &e));
    if (r.kind != ResumeKind::Yielded) st = AwState::Closed;
    return r;
  }
  void close(VM&) override { st = AwState::Closed; }
  std::string qualname() const override { return "<async_generator_asend without __name__>"; }
  void gc_traverse(GcVisitor& v) override {
    v(gen);
    v(sendval);
  }
  void gc_clear() override {
    gen.reset();
    sendval = Value();
  }
};

// The awaitable of athrow(...) (args: a tuple) and aclose() (args null).
struct AThrow final : NativeCoroutine {
  Ref<AsyncGen> gen;
  Value args;  // athrow's arguments, checked when awaited (PyArg_UnpackTuple)
  AwState st = AwState::Init;
  AThrow(AsyncGen* g, Value a) : NativeCoroutine(agt().athrow), gen(g), args(std::move(a)) {}
  bool is_aclose() const { return args.is_null(); }

  [[noreturn]] void ignored_exit() {
    gen->running_async = false;
    st = AwState::Closed;
    throw_runtime_error("async generator ignored GeneratorExit");
  }
  // check_error: aclose() ends quietly when the generator ended or raised
  // StopAsyncIteration / GeneratorExit.
  ResumeResult check_error(ResumeResult r) {
    gen->running_async = false;
    st = AwState::Closed;
    if (is_aclose() && r.kind == ResumeKind::Raised &&
        (is_subtype(r.value.type(), exc().StopAsyncIteration) || is_subtype(r.value.type(), exc().GeneratorExit)))
      return {ResumeKind::Returned, Value()};
    return r;
  }
  ResumeResult aclose_result(ResumeResult r) {
    if (r.kind == ResumeKind::Yielded) {
      if (is_wrapped(r.value)) ignored_exit();
      return r;
    }
    if (r.kind == ResumeKind::Returned) r = {ResumeKind::Raised, make_exception_args(exc().StopAsyncIteration, {})};
    if (r.kind == ResumeKind::Aborted) return r;
    return check_error(r);
  }

  ResumeResult send(VM& vm, const Value& arg) override {
    if (st == AwState::Closed) throw_runtime_error("cannot reuse already awaited aclose()/athrow()");
    if (gen->state == Coroutine::State::Finished) {
      st = AwState::Closed;
      return {ResumeKind::Returned, Value()};
    }
    if (st == AwState::Init) {
      if (gen->running_async) {
        st = AwState::Closed;
        throw_runtime_error(is_aclose() ? "aclose(): asynchronous generator is already running"
                                        : "athrow(): asynchronous generator is already running");
      }
      if (gen->closed) {
        st = AwState::Closed;
        return {ResumeKind::Raised, make_exception_args(exc().StopAsyncIteration, {})};
      }
      if (!arg.is_none()) throw_runtime_error("can't send non-None value to a just-started coroutine");
      st = AwState::Iter;
      gen->running_async = true;
      if (is_aclose()) {
        gen->closed = true;
        Value ge = make_exception_args(exc().GeneratorExit, {});
        return aclose_result(vm.resume(gen.get(), Value(), &ge, false));
      }
      // As in CPython, a wrong argument count leaves the generator marked
      // running (its check returns before check_error resets the flag).
      const std::vector<Value>& a = args.as<Tuple>()->items;
      if (a.empty()) throw_type_error("athrow expected at least 1 argument, got 0");
      if (a.size() > 3) throw_type_error("athrow expected at most 3 arguments, got %zu", a.size());
      Value e;
      try {
        e = gen_throw_value(vm, a);
      } catch (PyException& pe) {
        return check_error({ResumeKind::Raised, pe.value});
      }
      ResumeResult r = unwrap(gen.get(), vm.resume(gen.get(), Value(), &e, false));
      if (r.kind == ResumeKind::Raised) return check_error(r);
      return r;
    }
    ResumeResult r = vm.resume(gen.get(), arg, nullptr);
    if (!is_aclose()) return unwrap(gen.get(), r);
    return aclose_result(r);
  }
  ResumeResult throw_(VM& vm, const Value& e) override {
    if (st == AwState::Closed) throw_runtime_error("cannot reuse already awaited aclose()/athrow()");
    ResumeResult r = vm.resume(gen.get(), Value(), &e);
    if (!is_aclose()) return unwrap(gen.get(), r);
    if (r.kind == ResumeKind::Yielded && is_wrapped(r.value)) ignored_exit();
    if (r.kind == ResumeKind::Raised &&
        (is_subtype(r.value.type(), exc().StopAsyncIteration) || is_subtype(r.value.type(), exc().GeneratorExit)))
      return {ResumeKind::Returned, Value()};
    return r;
  }
  void close(VM&) override { st = AwState::Closed; }
  std::string qualname() const override { return "<async_generator_athrow without __name__>"; }
  void gc_traverse(GcVisitor& v) override {
    v(gen);
    v(args);
  }
  void gc_clear() override {
    gen.reset();
    args = Value::null();
  }
};

// async_gen_init_hooks: at the first __anext__/asend/athrow/aclose the
// generator keeps the finalizer in effect and is announced to firstiter.
void init_hooks(VM& vm, AsyncGen* g) {
  if (g->hooks_inited) return;
  g->hooks_inited = true;
  g->finalizer = hooks().finalizer;
  if (!hooks().firstiter.is_null() && !hooks().firstiter.is_none()) {
    Value first = hooks().firstiter;
    Value self(g);
    vm.call(first, std::span<const Value>(&self, 1));
  }
}

Value agen_aiter(VM&, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  self_agen(a);
  return a[0];
}
Value agen_anext(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  AsyncGen* g = self_agen(a);
  init_hooks(vm, g);
  return Value(new ASend(g, Value()));
}
Value agen_asend(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  AsyncGen* g = self_agen(a);
  if (a.size() != 2) throw_type_error("async_generator.asend() takes exactly one argument (%zu given)", a.size() - 1);
  init_hooks(vm, g);
  return Value(new ASend(g, a[1]));
}
Value agen_athrow(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  AsyncGen* g = self_agen(a);
  init_hooks(vm, g);
  return Value(new AThrow(g, make_tuple(std::vector<Value>(a.begin() + 1, a.end()))));
}
Value agen_aclose_m(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  return async_gen_aclose(vm, Value(self_agen(a)));
}

Value agen_repr(VM&, const Value& v) {
  return make_str("<async_generator object " + v.as<AsyncGen>()->qualname->s + " at " + fake_address(v.as_obj()) + ">");
}

Value agen_getattr(VM& vm, const Value& self, Str* name) {
  AsyncGen* g = self.as<AsyncGen>();
  const std::string& n = name->s;
  if (n == "ag_running") return Value::boolean(g->state == Coroutine::State::Running);
  if (n == "ag_frame") return g->frame ? Value(g->frame.get()) : Value();
  if (n == "ag_code") return g->frame ? Value(g->frame->code.get()) : Value();
  if (n == "ag_await")
    return g->frame && g->state == Coroutine::State::Suspended && !g->frame->delegate.is_null() ? g->frame->delegate
                                                                                               : Value();
  if (n == "__name__") return Value(g->name.get());
  if (n == "__qualname__") return Value(g->qualname.get());
  return generic_getattr(vm, self, name);
}

}  // namespace

AsyncGen::AsyncGen(Ref<Frame> f, Ref<Str> n, Ref<Str> q) : Coroutine(agt().agen, std::move(f), std::move(n), std::move(q)) {
  is_generator = true;
}

AsyncGen::~AsyncGen() { asyncgen_untrack(this); }

void asyncgen_track(AsyncGen* g) {
  if (g->tracked) return;
  g->tracked = true;
  tracked_gens().push_back(g);
}

void asyncgen_untrack(AsyncGen* g) {
  if (!g->tracked) return;
  g->tracked = false;
  auto& v = tracked_gens();
  for (size_t i = 0; i < v.size(); ++i)
    if (v[i] == g) {
      v.erase(v.begin() + long(i));
      return;
    }
}

std::vector<Value> asyncgen_take_tracked() {
  std::vector<Value> out;
  for (AsyncGen* g : tracked_gens()) {
    g->tracked = false;
    out.emplace_back(g);
  }
  tracked_gens().clear();
  return out;
}

void AsyncGen::gc_traverse(GcVisitor& v) {
  Coroutine::gc_traverse(v);
  v(finalizer);
}

void AsyncGen::gc_clear() {
  Coroutine::gc_clear();
  finalizer = Value();
}

bool AsyncGen::gc_needs_finalize() const {
  if (!frame || state == State::Finished) return false;
  if (!finalizer.is_null() && !finalizer.is_none() && !closed) return true;
  return state == State::Suspended;
}

void AsyncGen::gc_finalize(VM& vm) {
  Value self(this);
  if (!finalizer.is_null() && !finalizer.is_none() && !closed) {
    Value fin = finalizer;
    try {
      vm.call(fin, std::span<const Value>(&self, 1));
    } catch (PyException& e) {
      vm.write_stderr("Exception ignored in: " + vm.repr_str(self) + "\n" + vm.format_exception(e.value));
    }
    return;
  }
  Coroutine::gc_finalize(vm);
}

Type* async_generator_type() { return agt().agen; }

Value make_async_generator(Function* fn, Ref<Frame> frame) {
  AsyncGen* g = new AsyncGen(frame, fn->name, fn->qualname);
  frame->owner = g;
  return Value(g);
}

Value wrap_async_gen_value(Value v) { return Value(new WrappedValue(std::move(v))); }

const char* gen_kind_name(const Coroutine* c) {
  if (c->type == agt().agen) return "async generator";
  return c->is_generator ? "generator" : "coroutine";
}

Value async_gen_aclose(VM& vm, const Value& agen) {
  AsyncGen* g = agen.as<AsyncGen>();
  init_hooks(vm, g);
  return Value(new AThrow(g, Value::null()));
}

void set_asyncgen_hooks(Value firstiter, Value finalizer) {
  hooks().firstiter = std::move(firstiter);
  hooks().finalizer = std::move(finalizer);
}
Value asyncgen_firstiter_hook() { return hooks().firstiter; }
Value asyncgen_finalizer_hook() { return hooks().finalizer; }

void install_async_gen_types(VM& vm) {
  AsyncGenTypes& t = agt();
  if (!t.agen) {
    t.agen = make_type("async_generator", types().object);
    t.agen->repr = agen_repr;
    t.agen->getattr = agen_getattr;
    add_method(t.agen, "__aiter__", agen_aiter);
    add_method(t.agen, "__anext__", agen_anext);
    add_method(t.agen, "asend", agen_asend);
    add_method(t.agen, "athrow", agen_athrow);
    add_method(t.agen, "aclose", agen_aclose_m);
    t.wrapped = make_type("async_generator_wrapped_value", types().object);
    t.asend = make_type("async_generator_asend", types().native_coroutine);
    t.athrow = make_type("async_generator_athrow", types().native_coroutine);
    add_awaitable_protocol(t.asend);
    add_awaitable_protocol(t.athrow);
  }
  install_async_builtins(vm);
}

}  // namespace sandbox::vm
