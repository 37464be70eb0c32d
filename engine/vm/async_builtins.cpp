// aiter(), anext() and the builtin awaitables' Python-level protocol.
#include "vm/async_builtins.h"

#include "vm/gen_delegate.h"
#include "vm/internal.h"

namespace sandbox::vm {

namespace {

Type* anext_awaitable_type = nullptr;

// anext(aiterator, default): StopAsyncIteration from the wrapped awaitable
// becomes the default value (Objects/iterobject.c anextawaitable_proxy).
struct AnextAwaitable final : NativeCoroutine {
  Value wrapped, iter = Value::null(), default_value;
  AnextAwaitable(Value w, Value d)
      : NativeCoroutine(anext_awaitable_type), wrapped(std::move(w)), default_value(std::move(d)) {}
  ResumeResult finish(ResumeResult r) {
    if (r.kind == ResumeKind::Raised && is_subtype(r.value.type(), exc().StopAsyncIteration))
      return {ResumeKind::Returned, default_value};
    return r;
  }
  void get_iter(VM& vm) {
    if (iter.is_null()) iter = get_awaitable_iter(vm, wrapped);
  }
  ResumeResult send(VM& vm, const Value& arg) override {
    get_iter(vm);
    return finish(vm.coro_send(iter, arg));
  }
  ResumeResult throw_(VM& vm, const Value& e) override {
    get_iter(vm);
    return finish(vm.coro_throw(iter, e));
  }
  void close(VM& vm) override {
    if (!iter.is_null()) vm.coro_close(iter);
  }
  std::string qualname() const override { return "<anext_awaitable without __name__>"; }
  void gc_traverse(GcVisitor& v) override {
    v(wrapped);
    v(iter);
    v(default_value);
  }
  void gc_clear() override {
    wrapped = Value();
    iter = Value();
    default_value = Value();
  }
};


Value awaitable_repr(VM&, const Value& v) {
  return make_str("<" + v.type()->name + " object at " + fake_address(v.as_obj()) + ">");
}

// The Python-level protocol of the awaitables: send/throw/close, and
// __await__/__iter__ returning the awaitable itself.
NativeCoroutine* self_awaitable(std::span<const Value> a) {
  NativeCoroutine* nc = a.empty() || !a[0].is_obj() ? nullptr : dynamic_cast<NativeCoroutine*>(a[0].as_obj());
  if (!nc) throw_type_error("descriptor requires an awaitable object");
  return nc;
}
Value result_or_throw(ResumeResult r) {
  switch (r.kind) {
    case ResumeKind::Yielded: return r.value;
    case ResumeKind::Returned: throw_stop_iteration(r.value);
    case ResumeKind::Raised: throw PyException(r.value);
    case ResumeKind::Aborted: throw VMAbort();
  }
  return Value();
}
Value aw_send(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  NativeCoroutine* nc = self_awaitable(a);
  if (a.size() != 2) throw_type_error("send() takes exactly one argument (%zu given)", a.size() - 1);
  return result_or_throw(nc->send(vm, a[1]));
}
Value aw_next(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  return result_or_throw(self_awaitable(a)->send(vm, Value()));
}
Value aw_throw(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  NativeCoroutine* nc = self_awaitable(a);
  return result_or_throw(nc->throw_(vm, gen_throw_value(vm, a.subspan(1))));
}
Value aw_close(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  self_awaitable(a)->close(vm);
  return Value();
}
Value aw_self(VM&, NativeFunction*, std::span<const Value> a, const KwArgs*) {
  self_awaitable(a);
  return a[0];
}
Value aw_await(VM&, const Value& self) { return self; }

// builtins.aiter(async_iterable)
Value builtin_aiter(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs* kw) {
  if (kw && kw->size()) throw_type_error("aiter() takes no keyword arguments");
  if (a.size() != 1) throw_type_error("aiter() takes exactly one argument (%zu given)", a.size());
  Value m = lookup_special_method(vm, a[0], "__aiter__");
  if (m.is_null()) throw_type_error("'%s' object is not an async iterable", a[0].type()->name.c_str());
  Value it = vm.call(m, {});
  if (lookup_special_method(vm, it, "__anext__").is_null())
    throw_type_error("aiter() returned not an async iterator of type '%s'", it.type()->name.c_str());
  return it;
}

// builtins.anext(aiterator[, default])
Value builtin_anext(VM& vm, NativeFunction*, std::span<const Value> a, const KwArgs* kw) {
  if (kw && kw->size()) throw_type_error("anext() takes no keyword arguments");
  if (a.empty() || a.size() > 2)
    throw_type_error("anext expected %s, got %zu", a.empty() ? "at least 1 argument" : "at most 2 arguments", a.size());
  Value m = lookup_special_method(vm, a[0], "__anext__");
  if (m.is_null()) throw_type_error("'%s' object is not an async iterator", a[0].type()->name.c_str());
  Value aw = vm.call(m, {});
  if (a.size() == 1) return aw;
  return Value(new AnextAwaitable(aw, a[1]));
}

}  // namespace

void add_awaitable_protocol(Type* t) {
  t->repr = awaitable_repr;
  t->await_ = aw_await;
  add_method(t, "send", aw_send);
  add_method(t, "throw", aw_throw);
  add_method(t, "close", aw_close);
  add_method(t, "__next__", aw_next);
  add_method(t, "__iter__", aw_self);
  add_method(t, "__await__", aw_self);
}

void install_async_builtins(VM& vm) {
  if (!anext_awaitable_type) {
    anext_awaitable_type = make_type("anext_awaitable", types().native_coroutine);
    add_awaitable_protocol(anext_awaitable_type);
  }
  vm.builtins()->dict->set("aiter", make_native("aiter", builtin_aiter));
  vm.builtins()->dict->set("anext", make_native("anext", builtin_anext));
}

}  // namespace sandbox::vm
