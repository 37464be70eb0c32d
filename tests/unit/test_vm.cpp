// VM behaviour that needs C++ to observe: coroutines suspended and resumed
// from C++ (coro_send/coro_throw with a native coroutine that yields a
// marker), module suspension, step budget, recursion, memory, tracebacks.
#include <doctest/doctest.h>

#include "vm_test_util.h"

using namespace sandbox::vm;
using vmtest::run;

namespace {

// Yields its marker once; the value sent back becomes the await's result.
struct Marker : NativeCoroutine {
  Value marker;
  bool yielded = false;
  explicit Marker(Value m) : NativeCoroutine(types().native_coroutine), marker(std::move(m)) {}
  ResumeResult send(VM&, const Value& v) override {
    if (!yielded) {
      yielded = true;
      return {ResumeKind::Yielded, marker};
    }
    return {ResumeKind::Returned, v};
  }
  ResumeResult throw_(VM&, const Value& exc) override { return {ResumeKind::Raised, exc}; }
  std::string qualname() const override { return "marker"; }
};

Value make_marker(VM&, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  return Value(new Marker(args.empty() ? Value() : args[0]));
}

// A native that suspends the module code (the shape of asyncio.run).
Value suspend_fn(VM& vm, NativeFunction*, std::span<const Value> args, const KwArgs*) {
  vm.suspend(args.empty() ? Value() : args[0]);
  return Value();
}

struct AsyncRunner : vmtest::Runner {
  AsyncRunner() {
    auto* b = vm.builtins()->dict.get();
    b->set("marker", make_native("marker", make_marker));
    b->set("suspend", make_native("suspend", suspend_fn));
  }
  Value global(const char* name) { return vm.main_module()->dict->get(name); }
};

}  // namespace

TEST_SUITE("vm") {
  TEST_CASE("arithmetic and printing") {
    CHECK(run("print(1 + 2 * 3, 7 // 2, -7 // 2, -7 % 3, 7 / 2, 2 ** 10)\n") == "7 3 -4 2 3.5 1024\n");
    CHECK(run("print(0.1 + 0.2, 1e16, 1.5e-5, 3.0, -0.0, 1/3)\n") ==
          "0.30000000000000004 1e+16 1.5e-05 3.0 -0.0 0.3333333333333333\n");
    CHECK(run("print(True + True, 1 == 1.0, 'a' + 'b', 'ab' * 3, [1] * 2, (1, 2) + (3,))\n") ==
          "2 True ab ababab [1, 1] (1, 2, 3)\n");
  }

  TEST_CASE("int overflow continues in arbitrary precision") {
    CHECK(run("x = 9223372036854775807\nprint(x + 1, type(x + 1), x + 1 - 1 == x)\n") ==
          "9223372036854775808 <class 'int'> True\n");
    CHECK(run("print(2 ** 62 * 2 - 1 + 2 ** 62 * 2 - 1 - (2 ** 62 * 4 - 2) if False else -9223372036854775807 - 1)\n") ==
          "-9223372036854775808\n");
  }

  TEST_CASE("coroutine suspends at a native await and resumes with the sent value") {
    AsyncRunner r;
    CHECK(r.run(R"PY(
async def leaf(tag):
    got = await marker(tag)
    print("leaf got", got)
    return got * 2

async def middle():
    a = await leaf("first")
    b = await leaf("second")
    return a + b

coro = middle()
)PY") == "");
    Value coro = r.global("coro");
    REQUIRE(r.vm.is_coroutine(coro));
    ResumeResult s1 = r.vm.coro_send(coro, Value());
    CHECK(s1.kind == ResumeKind::Yielded);
    CHECK(r.vm.to_str(s1.value) == "first");
    CHECK(r.vm.coro_line(coro) == 8);
    ResumeResult s2 = r.vm.coro_send(coro, Value::integer(10));
    CHECK(s2.kind == ResumeKind::Yielded);
    CHECK(r.vm.to_str(s2.value) == "second");
    ResumeResult s3 = r.vm.coro_send(coro, Value::integer(1));
    CHECK(s3.kind == ResumeKind::Returned);
    CHECK(s3.value.as_int() == 22);
    CHECK(r.hooks.out == "leaf got 10\nleaf got 1\n");
    CHECK(r.vm.coro_done(coro));
    ResumeResult again = r.vm.coro_send(coro, Value());
    CHECK(again.kind == ResumeKind::Raised);
    CHECK(r.vm.format_exception(again.value) == "RuntimeError: cannot reuse already awaited coroutine\n");
  }

  TEST_CASE("throw into a suspended chain runs finally blocks and can be caught") {
    AsyncRunner r;
    r.run(R"PY(
async def worker():
    try:
        await marker("waiting")
    finally:
        print("worker cleanup")

async def boss():
    try:
        await worker()
    except KeyError as e:
        print("boss caught", repr(e))
        return "recovered"

async def unguarded():
    try:
        await worker()
    finally:
        print("unguarded cleanup")

c1 = boss()
c2 = unguarded()
)PY");
    Value c1 = r.global("c1");
    CHECK(r.vm.coro_send(c1, Value()).kind == ResumeKind::Yielded);
    ResumeResult t = r.vm.coro_throw(c1, make_exception_args(exc().KeyError, {make_str("k")}));
    CHECK(t.kind == ResumeKind::Returned);
    CHECK(r.vm.to_str(t.value) == "recovered");
    Value c2 = r.global("c2");
    CHECK(r.vm.coro_send(c2, Value()).kind == ResumeKind::Yielded);
    ResumeResult u = r.vm.coro_throw(c2, make_exception(exc().ValueError, "cancel"));
    CHECK(u.kind == ResumeKind::Raised);
    CHECK(r.hooks.out == "worker cleanup\nboss caught KeyError('k')\nworker cleanup\nunguarded cleanup\n");
    std::string tb = r.vm.format_exception(u.value);
    CHECK(tb ==
          "Traceback (most recent call last):\n"
          "  File \"t.py\", line 17, in unguarded\n"
          "    await worker()\n"
          "  File \"t.py\", line 4, in worker\n"
          "    await marker(\"waiting\")\n"
          "ValueError: cancel\n");
  }

  TEST_CASE("await inside comprehensions in an async function") {
    AsyncRunner r;
    r.run(R"PY(
async def one(x):
    return await marker(x)

async def main():
    values = [await one(i) for i in range(3)]
    print(values)
    return {k: await one(k) for k in "ab"}

m = main()
)PY");
    Value m = r.global("m");
    std::vector<std::string> seen;
    ResumeResult res = r.vm.coro_send(m, Value());
    int n = 0;
    while (res.kind == ResumeKind::Yielded) {
      seen.push_back(r.vm.repr_str(res.value));
      res = r.vm.coro_send(m, Value::integer(100 + n++));
    }
    REQUIRE(res.kind == ResumeKind::Returned);
    CHECK(seen == std::vector<std::string>{"0", "1", "2", "'a'", "'b'"});
    CHECK(r.hooks.out == "[100, 101, 102]\n");
    CHECK(r.vm.repr_str(res.value) == "{'a': 103, 'b': 104}");
  }

  TEST_CASE("async with and async for") {
    AsyncRunner r;
    r.run(R"PY(
class Res:
    async def __aenter__(self):
        await marker("enter")
        print("entered")
        return self
    async def __aexit__(self, t, v, tb):
        await marker("exit")
        print("exited", t.__name__ if t else None)
        return True

class Count:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        await marker(self.i)
        return self.i

async def main():
    async with Res() as res:
        raise ValueError("suppressed")
    async for v in Count():
        print("item", v)
    else:
        print("for else")
    return "done"

m = main()
)PY");
    Value m = r.global("m");
    ResumeResult res = r.vm.coro_send(m, Value());
    int yields = 0;
    while (res.kind == ResumeKind::Yielded) {
      ++yields;
      res = r.vm.coro_send(m, Value());
    }
    CHECK(yields == 4);
    REQUIRE(res.kind == ResumeKind::Returned);
    CHECK(r.hooks.out == "entered\nexited ValueError\nitem 1\nitem 2\nfor else\n");
  }

  TEST_CASE("module code suspends with a request and resumes with a result") {
    AsyncRunner r;
    CompileResult c = compile_source("print('before')\nx = suspend('req')\nprint('after', x)\ny = suspend('two')\n", "t.py");
    REQUIRE(c.ok());
    ResumeResult a = r.vm.run_main(c.code);
    REQUIRE(a.kind == ResumeKind::Yielded);
    CHECK(r.vm.to_str(a.value) == "req");
    ResumeResult b = r.vm.resume_main(Value::integer(42));
    REQUIRE(b.kind == ResumeKind::Yielded);
    ResumeResult d = r.vm.resume_main_throw(make_exception(exc().RuntimeError, "loop failed"));
    CHECK(d.kind == ResumeKind::Raised);
    CHECK(r.hooks.out == "before\nafter 42\n");
    CHECK(vmtest::Runner::last_line(r.vm.format_exception(d.value)) == "RuntimeError: loop failed");
  }

  TEST_CASE("suspending from a function called by module code") {
    AsyncRunner r;
    CompileResult c = compile_source("def run():\n    return suspend('r') + 1\nprint(run())\n", "t.py");
    REQUIRE(c.ok());
    ResumeResult a = r.vm.run_main(c.code);
    REQUIRE(a.kind == ResumeKind::Yielded);
    ResumeResult b = r.vm.resume_main(Value::integer(1));
    CHECK(b.kind == ResumeKind::Returned);
    CHECK(r.hooks.out == "2\n");
  }

  TEST_CASE("step budget stops an endless loop cleanly") {
    AsyncRunner r;
    r.vm.set_step_budget(10000);
    CompileResult c = compile_source("x = 0\nwhile True:\n    x += 1\n", "t.py");
    ResumeResult a = r.vm.run_main(c.code);
    CHECK(a.kind == ResumeKind::Aborted);
    CHECK((r.vm.abort_line() == 2 || r.vm.abort_line() == 3));
    CHECK(r.vm.steps_used() >= 10000);
  }

  TEST_CASE("recursion limit and the repeated-line traceback") {
    vmtest::Runner r;
    std::string out = r.run("def f(n):\n    return f(n + 1)\nf(0)\n");
    CHECK(out == "!RecursionError: maximum recursion depth exceeded");
    CHECK(r.tb.find("  [Previous line repeated ") != std::string::npos);
    CHECK(r.tb.rfind("Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    f(0)\n", 0) == 0);
  }

  TEST_CASE("chained tracebacks in CPython's words") {
    vmtest::Runner r;
    r.run(R"PY(
def load():
    raise KeyError("cfg")
try:
    load()
except KeyError as e:
    raise RuntimeError("config failed") from e
)PY");
    CHECK(r.tb ==
          "Traceback (most recent call last):\n"
          "  File \"t.py\", line 5, in <module>\n"
          "    load()\n"
          "  File \"t.py\", line 3, in load\n"
          "    raise KeyError(\"cfg\")\n"
          "KeyError: 'cfg'\n"
          "\n"
          "The above exception was the direct cause of the following exception:\n"
          "\n"
          "Traceback (most recent call last):\n"
          "  File \"t.py\", line 7, in <module>\n"
          "    raise RuntimeError(\"config failed\") from e\n"
          "RuntimeError: config failed\n");
    vmtest::Runner r2;
    r2.run("try:\n    1 / 0\nexcept ZeroDivisionError:\n    {}['k']\n");
    CHECK(r2.tb ==
          "Traceback (most recent call last):\n"
          "  File \"t.py\", line 2, in <module>\n"
          "    1 / 0\n"
          "    ~~^~~\n"
          "ZeroDivisionError: division by zero\n"
          "\n"
          "During handling of the above exception, another exception occurred:\n"
          "\n"
          "Traceback (most recent call last):\n"
          "  File \"t.py\", line 4, in <module>\n"
          "    {}['k']\n"
          "    ~~^^^^^\n"
          "KeyError: 'k'\n");
  }

  TEST_CASE("memory stays flat: objects are freed as soon as they are garbage") {
    vmtest::Runner r;
    CompileResult c = compile_source(R"PY(
class Node:
    def __init__(self, v):
        self.v = v
        self.items = [v, str(v), (v, v)]
def work(n):
    total = 0
    for i in range(n):
        node = Node(i)
        d = {"k": node, "l": [node.items]}
        total += len(d)
    return total
async def co(n):
    try:
        raise ValueError(n)
    except ValueError as e:
        return e.args[0]
def run_coros(n):
    for i in range(n):
        c = co(i)
        try:
            c.send(None)
        except StopIteration:
            pass
)PY", "t.py");
    REQUIRE(c.ok());
    REQUIRE(r.vm.run_main(c.code).kind == ResumeKind::Returned);
    Value work = r.vm.main_module()->dict->get("work");
    Value coros = r.vm.main_module()->dict->get("run_coros");
    r.vm.call(work, {Value::integer(10)});
    r.vm.call(coros, {Value::integer(10)});
    int64_t base = Obj::live_count();
    r.vm.call(work, {Value::integer(20000)});
    r.vm.call(coros, {Value::integer(2000)});
    CHECK(Obj::live_count() == base);
  }

  TEST_CASE("line hook sees each new line") {
    vmtest::Runner r;
    r.hooks.record_lines = true;
    r.vm.set_trace_lines(true);
    r.run("x = 1\nfor i in range(2):\n    x += i\nprint(x)\n");
    CHECK(r.hooks.out == "2\n");
    CHECK(r.hooks.lines == std::vector<int>{1, 2, 3, 2, 3, 2, 4});
  }
}

TEST_SUITE("vm") {
  TEST_CASE("object reprs are the same when a program runs again") {
    std::string a = run("class A:\n    pass\nasync def f():\n    pass\nc = f()\nprint(A(), c)\nc.close()\n");
    std::string b = run("class A:\n    pass\nasync def f():\n    pass\nc = f()\nprint(A(), c)\nc.close()\n");
    CHECK(a == b);
    CHECK(a.find("<__main__.A object at 0x") == 0);
  }
}
