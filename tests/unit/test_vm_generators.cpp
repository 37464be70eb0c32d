// Generators and async generators at the C++ level: an async generator's
// __anext__() awaitable driven with coro_send (its awaits pass through, its
// yields end the awaitable), gen.throw() argument normalisation, and the
// order in which close() runs the finally blocks of a `yield from` chain.
#include <doctest/doctest.h>

#include "vm/async_gen.h"
#include "vm/gen_delegate.h"
#include "vm_test_util.h"

using namespace sandbox::vm;

namespace {

// Yields its marker once, then returns what was sent back (an await's result).
struct Pause : NativeCoroutine {
  bool yielded = false;
  Pause() : NativeCoroutine(types().native_coroutine) {}
  ResumeResult send(VM&, const Value& v) override {
    if (yielded) return {ResumeKind::Returned, v};
    yielded = true;
    return {ResumeKind::Yielded, make_str("pause")};
  }
};

Value make_pause(VM&, NativeFunction*, std::span<const Value>, const KwArgs*) { return Value(new Pause()); }

}  // namespace

TEST_SUITE("vm generators") {
  TEST_CASE("an async generator's __anext__ passes awaits up and ends at its yield") {
    vmtest::Runner r;
    r.vm.builtins()->dict->set("pause", make_native("pause", make_pause));
    REQUIRE(r.run("async def agen():\n"
                  "    got = await pause()\n"
                  "    yield got * 2\n"
                  "g = agen()\n"
                  "step = g.__anext__()\n") == "");
    Value step = r.vm.main_module()->dict->get("step");
    ResumeResult a = r.vm.coro_send(step, Value());
    REQUIRE(a.kind == ResumeKind::Yielded);
    CHECK(r.vm.to_str(a.value) == "pause");
    ResumeResult b = r.vm.coro_send(step, Value::integer(21));
    REQUIRE(b.kind == ResumeKind::Returned);
    CHECK(b.value.as_int() == 42);
    // The awaitable is spent; the generator's next step ends it.
    ResumeResult c = r.vm.coro_send(step, Value());
    CHECK(c.kind == ResumeKind::Raised);
    Value next = r.vm.call_method(r.vm.main_module()->dict->get("g"), "__anext__", {});
    ResumeResult d = r.vm.coro_send(next, Value());
    REQUIRE(d.kind == ResumeKind::Raised);
    CHECK(d.value.type() == exc().StopAsyncIteration);
  }

  TEST_CASE("gen.throw() normalises its arguments like _PyErr_NormalizeException") {
    vmtest::Runner r;
    Value inst = make_exception_args(exc().ValueError, {Value::integer(123)});
    Value args1[] = {Value(exc().ValueError), inst};
    CHECK(gen_throw_value(r.vm, args1).is(inst));
    Value args2[] = {Value(exc().KeyError), make_str("k")};
    Value e2 = gen_throw_value(r.vm, args2);
    CHECK(e2.type() == exc().KeyError);
    CHECK(r.vm.repr_str(e2) == "KeyError('k')");
    Value args3[] = {inst, make_str("extra")};
    CHECK_THROWS_AS(gen_throw_value(r.vm, args3), PyException);
  }

  TEST_CASE("close() of a yield-from chain closes the innermost generator first") {
    CHECK_PROGRAM(
        "def inner():\n"
        "    try:\n"
        "        yield 1\n"
        "    finally:\n"
        "        print('inner')\n"
        "def middle():\n"
        "    try:\n"
        "        yield from inner()\n"
        "    finally:\n"
        "        print('middle')\n"
        "def outer():\n"
        "    try:\n"
        "        r = yield from middle()\n"
        "    finally:\n"
        "        print('outer')\n"
        "g = outer()\n"
        "print(next(g))\n"
        "g.close()\n"
        "print(g.gi_frame)\n",
        "1\ninner\nmiddle\nouter\nNone\n");
  }
}
