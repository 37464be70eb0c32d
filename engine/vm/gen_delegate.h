// PEP 380 delegation (`yield from`) and the generator-object protocol pieces
// CPython keeps in Objects/genobject.c: the iterator a `yield from` drives,
// send/throw/close passed on to it, StopIteration turned into RuntimeError
// when it leaves a generator (PEP 479), and gen.throw()'s argument forms.
#pragma once
#include <span>

#include "vm/vm.h"

namespace sandbox::vm {

// GET_YIELD_FROM_ITER: generators and coroutines are driven as they are
// (a coroutine only from a coroutine), anything else through iter(x).
Value get_yield_from_iter(VM& vm, const Frame* f, const Value& x);

// One step of a delegate that is not a Python generator or coroutine (those
// are linked into the running chain by the dispatch loop): a NativeCoroutine
// (await), or any iterator (yield from).  mode 1 sends val, 2 throws it (a
// GeneratorExit closes the iterator first, like _gen_throw's
// close_on_genexit), 3 throws it without closing.  Python exceptions come
// back as Raised.
ResumeResult delegate_resume(VM& vm, const Value& d, int mode, const Value& val);

// True when a throw of val in this mode closes a Python delegate first
// (gen_close_iter) instead of passing the exception down to it.
bool closes_delegate(int mode, const Value& val);

// PEP 479: an exception leaving the frame of a generator, coroutine or async
// generator; StopIteration (and StopAsyncIteration from an async generator)
// becomes RuntimeError("... raised StopIteration") with it as the cause.
Value gen_exit_exception(const Frame* f, const Value& raised);

// gen.throw(typ[, val[, tb]]) -> the exception instance to throw in
// (_gen_throw's checks and _PyErr_NormalizeException).
Value gen_throw_value(VM& vm, std::span<const Value> args);

// The value a StopIteration carries (its .value).
Value stop_iteration_value(const Value& exc);

}  // namespace sandbox::vm
