// Async generators (PEP 525; CPython's Objects/genobject.c): `async def`
// with `yield`.  The frame runs in the VM like a coroutine's; a `yield`
// hands up a wrapped value (_PyAsyncGenWrappedValue) so that the awaitables
// asend()/athrow()/aclose() tell it from what an `await` inside passes up to
// the event loop.  The finalizer hooks (sys.set_asyncgen_hooks) are set by
// the running event loop (runtime/asyncgen_hooks.cpp).
#pragma once
#include <vector>

#include "vm/vm.h"

namespace sandbox::vm {

struct AsyncGen : Coroutine {
  bool running_async = false;  // ag_running_async: an asend/athrow is in progress
  bool closed = false;         // ag_closed: aclose() started or the generator finished
  bool hooks_inited = false;   // ag_hooks_inited
  Value finalizer;             // ag_origin_or_finalizer: the finalizer hook at first iteration
  bool tracked = false;        // in the running loop's _asyncgens
  AsyncGen(Ref<Frame> f, Ref<Str> name, Ref<Str> qualname);
  ~AsyncGen() override;        // leaves _asyncgens (a WeakSet)
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
  // _PyGen_Finalize: a generator with a finalizer hands itself to it (the
  // loop schedules aclose()); otherwise it is closed like a generator.
  bool gc_needs_finalize() const override;
  void gc_finalize(VM& vm) override;
};

Type* async_generator_type();
Value make_async_generator(Function* fn, Ref<Frame> frame);
// YIELD_VALUE in an async generator.
Value wrap_async_gen_value(Value v);
// "generator", "coroutine" or "async generator" (error messages).
const char* gen_kind_name(const Coroutine* c);
void install_async_gen_types(VM& vm);

// sys.set_asyncgen_hooks(firstiter, finalizer): callables or None; the
// values in effect are kept per process (one program runs at a time).
void set_asyncgen_hooks(Value firstiter, Value finalizer);
Value asyncgen_firstiter_hook();
Value asyncgen_finalizer_hook();

// loop._asyncgens, a WeakSet: the generators the running loop saw start,
// in registration order (CPython's order is by address); a generator freed
// leaves it.  take() empties it and returns strong references.
void asyncgen_track(AsyncGen* g);
void asyncgen_untrack(AsyncGen* g);
std::vector<Value> asyncgen_take_tracked();

// agen.aclose(): the awaitable that throws GeneratorExit in.
Value async_gen_aclose(VM& vm, const Value& agen);

}  // namespace sandbox::vm
