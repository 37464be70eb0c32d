// The run's resource limits (SessionOptions), end to end through the
// session: each gives a clear error in Python's words, stops or interrupts
// the program at a deterministic point, and leaves the trace usable.
#include <doctest/doctest.h>

#include <string>

#include "session.h"
#include "trace/recorder.h"
#include "vm/heap.h"

using namespace sandbox;
using trace::EventKind;

namespace {

struct Ran {
  RunState state;
  int exit_status;
  std::string out, err;
  uint64_t events;
  uint64_t limit_events;
};

Ran run(const std::string& src, SessionOptions o = {}) {
  Session s;
  o.filename = "t.py";
  REQUIRE(s.load(src, o));
  s.run_to_end();
  Ran r{s.state(), s.exit_status(), s.stdout_text(), s.stderr_text(), s.trace().size(), 0};
  for (uint64_t i = s.trace().first_kept(); i < s.trace().size(); ++i)
    r.limit_events += s.trace()[i].kind == EventKind::Limit;
  // The trace up to the stop stays readable.
  (void)s.model_at(s.trace().size());
  return r;
}

std::string last_line(const std::string& text) {
  size_t end = text.find_last_not_of('\n');
  if (end == std::string::npos) return "";
  size_t start = text.rfind('\n', end);
  return text.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

}  // namespace

TEST_SUITE("limits") {
  TEST_CASE("memory: a huge repeat raises MemoryError without allocating it") {
    Ran r = run("try:\n    x = [0] * 10**10\nexcept MemoryError as e:\n    print('caught', repr(e))\n"
                "s = 'x' * 10**10\n");
    CHECK(r.out == "caught MemoryError()\n");
    CHECK(r.state == RunState::Failed);
    CHECK(last_line(r.err) == "MemoryError");
    CHECK(r.err.find("line 5") != std::string::npos);
  }

  TEST_CASE("memory: a list that grows forever gets MemoryError at max_memory, catchable") {
    SessionOptions o;
    o.max_memory = 4 << 20;
    int64_t before = vm::heap_account().used;
    Ran r = run("x = []\ntry:\n    while True:\n        x.append('abc' * 10)\nexcept MemoryError:\n"
                "    print('caught', len(x) > 10000)\nx = None\nprint('after')\n",
                o);
    CHECK(r.out == "caught True\nafter\n");
    CHECK(r.exit_status == 0);
    // Everything the program held was given back.
    CHECK(vm::heap_account().used - before < 64 * 1024);
    // The same point every time.
    Ran again = run("x = []\nwhile True:\n    x.append(len(x))\n", o);
    Ran again2 = run("x = []\nwhile True:\n    x.append(len(x))\n", o);
    CHECK(last_line(again.err) == "MemoryError");
    CHECK(again.events == again2.events);
  }

  TEST_CASE("memory: a program that keeps catching MemoryError and growing is ended") {
    SessionOptions o;
    o.max_memory = 1 << 20;
    Ran r = run("x = []\nwhile True:\n    try:\n        x.append([0] * 10)\n    except MemoryError:\n        pass\n", o);
    CHECK(r.state == RunState::Stopped);
    CHECK_MESSAGE(last_line(r.err).find("MemoryError: sandbox limit:") == 0, r.err);
    CHECK(r.limit_events == 1);
  }

  // The runtime's containers are Python memory in CPython (deques, lists,
  // Handle objects, the transport's bytearray, traceback objects): each
  // one a program can grow forever must end in MemoryError, not at the
  // step budget or the trace cap.
  TEST_CASE("memory: an asyncio.Queue filled forever gets MemoryError, and gives the bytes back") {
    SessionOptions o;
    o.max_memory = 2 << 20;
    const std::string fill = "import asyncio\nasync def main():\n    q = asyncio.Queue()\n    n = 0\n"
                             "    while True:\n        q.put_nowait(n)\n        n += 1\n"
                             "        if n % 1000 == 0:\n            await asyncio.sleep(0)\nasyncio.run(main())\n";
    Ran r = run(fill, o);
    CHECK(r.state == RunState::Failed);
    CHECK(last_line(r.err) == "MemoryError");
    CHECK_MESSAGE(r.err.find("line 6, in main\n    q.put_nowait(n)\n") != std::string::npos, r.err);
    // The same point every time (the first program in a process may trip a
    // little earlier: it also makes some process-wide objects).
    CHECK(run(fill, o).events == run(fill, o).events);
    // get gives the bytes back: ten rounds of 320 KB through the queue fit in 2 MB.
    int64_t before = vm::heap_account().used;
    Ran drained = run("import asyncio\nasync def main():\n    q = asyncio.Queue()\n"
                      "    for r in range(10):\n        for i in range(20000):\n            q.put_nowait(i)\n"
                      "        while not q.empty():\n            q.get_nowait()\n        await asyncio.sleep(0)\n"
                      "    print(q.qsize())\nasyncio.run(main())\n", o);
    CHECK_MESSAGE(drained.out == "0\n", drained.err);
    CHECK(vm::heap_account().used - before < 64 * 1024);
  }

  TEST_CASE("memory: handles, done callbacks and unsent bytes are charged") {
    SessionOptions o;
    o.max_memory = 2 << 20;
    Ran soon = run("import asyncio\ndef cb():\n    pass\nasync def main():\n"
                   "    loop = asyncio.get_running_loop()\n    while True:\n        loop.call_soon(cb)\n"
                   "asyncio.run(main())\n", o);
    CHECK_MESSAGE(last_line(soon.err) == "MemoryError", soon.err);
    Ran callbacks = run("import asyncio\ndef cb(f):\n    pass\nasync def main():\n"
                        "    fut = asyncio.get_running_loop().create_future()\n"
                        "    while True:\n        fut.add_done_callback(cb)\nasyncio.run(main())\n", o);
    CHECK_MESSAGE(last_line(callbacks.err) == "MemoryError", callbacks.err);
    // A peer that never reads and a writer that never drains.
    Ran unsent = run("import asyncio\nasync def handle(r, w):\n    await asyncio.sleep(3600)\n"
                     "async def main():\n    srv = await asyncio.start_server(handle, '127.0.0.1', 9500)\n"
                     "    r, w = await asyncio.open_connection('127.0.0.1', 9500)\n"
                     "    while True:\n        w.write(b'x' * 65536)\nasyncio.run(main())\n", o);
    CHECK_MESSAGE(last_line(unsent.err) == "MemoryError", unsent.err);
    CHECK(unsent.err.find("w.write(b'x' * 65536)") != std::string::npos);
  }

  TEST_CASE("memory: kept exceptions hold their tracebacks") {
    SessionOptions o;
    o.max_memory = 2 << 20;
    // Each ValueError is small; its 300-frame traceback is not.
    Ran r = run("def deep(n):\n    if n == 0:\n        raise ValueError(n)\n    deep(n - 1)\n"
                "kept = []\nwhile True:\n    try:\n        deep(300)\n    except ValueError as e:\n"
                "        kept.append(e)\n", o);
    CHECK(r.state == RunState::Failed);
    CHECK(last_line(r.err) == "MemoryError");
    CHECK(r.limit_events == 0);
  }

  TEST_CASE("memory: catching MemoryError while a queue grows ends the run") {
    SessionOptions o;
    o.max_memory = 1 << 20;
    // Every line of the loop is inside the try: wherever the limit trips
    // first (it moves with what earlier sessions of this process interned),
    // the program catches it and goes on, so only the hard stop can end it.
    Ran r = run("import asyncio\nasync def main():\n    q = asyncio.Queue()\n    n = 0\n    while True:\n"
                "        try:\n            q.put_nowait(n)\n            n += 1\n"
                "            if n % 1000 == 0:\n                await asyncio.sleep(0)\n"
                "        except MemoryError:\n            pass\n"
                "asyncio.run(main())\n", o);
    CHECK(r.state == RunState::Stopped);
    CHECK_MESSAGE(last_line(r.err).find("MemoryError: sandbox limit:") == 0, r.err);
    CHECK(r.limit_events == 1);
  }

  TEST_CASE("recursion: RecursionError at recursion_limit frames, as CPython words it") {
    SessionOptions o;
    o.recursion_limit = 50;
    Ran r = run("def f(n):\n    return f(n + 1)\nf(0)\n", o);
    CHECK(r.state == RunState::Failed);
    CHECK(last_line(r.err) == "RecursionError: maximum recursion depth exceeded");
    CHECK(r.err.find("[Previous line repeated") != std::string::npos);
    Ran caught = run("import asyncio\nasync def f(n):\n    return await f(n + 1)\n"
                     "async def main():\n    try:\n        await f(0)\n    except RecursionError as e:\n"
                     "        print(e)\nasyncio.run(main())\n", o);
    CHECK(caught.out == "maximum recursion depth exceeded\n");
  }

  TEST_CASE("step budget: a task that never awaits, and module code, are stopped") {
    SessionOptions o;
    o.step_budget = 100000;
    o.module_step_budget = 300000;
    Ran t = run("import asyncio\nasync def main():\n    while True:\n        pass\nasyncio.run(main())\n", o);
    CHECK(t.state == RunState::Stopped);
    CHECK(t.err == "RuntimeError: sandbox limit: task 'Task-1' (coroutine main) ran 100000 steps without awaiting, "
                   "at line 4: it blocks the event loop (step_budget, --step-budget)\n");
    Ran m = run("print('start')\nwhile True:\n    pass\n", o);
    CHECK(m.out == "start\n");
    CHECK(m.err.find("RuntimeError: sandbox limit: module code ran 300000 steps") == 0);
    CHECK(m.limit_events == 1);
  }

  TEST_CASE("step budget: the session's default stops an endless module loop (the app runs module code)") {
    CHECK(SessionOptions{}.module_step_budget == 200'000'000);
    // One line: no Line events, so neither the trace cap nor anything else would end it.
    Ran m = run("print('start')\nn = 0\nwhile True: n += 1\n");
    CHECK(m.out == "start\n");
    CHECK(m.state == RunState::Stopped);
    CHECK(m.err == "RuntimeError: sandbox limit: module code ran 200000000 steps without finishing (an endless "
                   "loop?), at line 3 (module_step_budget, --module-step-budget)\n");
  }

  TEST_CASE("virtual time: max_time stops a program that sleeps forever") {
    SessionOptions o;
    o.max_time = 50;
    Ran r = run("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(7)\nasyncio.run(main())\n", o);
    CHECK(r.state == RunState::Stopped);
    CHECK(r.err == "RuntimeError: sandbox limit: stopped at --max-time 50 virtual seconds (max_time)\n");
  }

  TEST_CASE("output: a program printing forever stops after max_output bytes") {
    SessionOptions o;
    o.max_output = 1000;
    Ran r = run("i = 0\nwhile True:\n    print('line', i)\n    i += 1\n", o);
    CHECK(r.state == RunState::Stopped);
    CHECK(r.out.size() <= 1000);
    CHECK(r.out.rfind("line 0\n", 0) == 0);
    CHECK(r.err == "RuntimeError: sandbox limit: the program wrote more than 1000 bytes of output "
                   "(max_output, --max-output)\n");
    Ran a = run("import asyncio\nasync def main():\n    while True:\n        print('tick')\n"
                "        await asyncio.sleep(0)\nasyncio.run(main())\n", o);
    CHECK(a.state == RunState::Stopped);
    CHECK(a.out.size() <= 1000);
  }

  TEST_CASE("trace size: the run stops with a message and the trace stays usable") {
    SessionOptions o;
    o.max_events = 500;
    Ran r = run("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n", o);
    CHECK(r.state == RunState::Stopped);
    CHECK(r.events == 500);
    CHECK(last_line(r.err) == trace::Recorder::cap_message(500));
    CHECK(r.err.find("RuntimeError: sandbox limit: the trace is full (500 events") == 0);
    // Module code that only raises and catches (no await) is stopped too.
    Ran m = run("while True:\n    try:\n        raise ValueError('x')\n    except ValueError:\n        pass\n", o);
    CHECK(m.state == RunState::Stopped);
    CHECK(m.events == 500);
  }

  TEST_CASE("tasks: more than max_tasks at once is a RuntimeError at create_task") {
    SessionOptions o;
    o.max_tasks = 20;
    Ran r = run("import asyncio\nasync def w():\n    await asyncio.sleep(1)\nasync def main():\n"
                "    ts = []\n    try:\n        for i in range(50):\n            ts.append(asyncio.create_task(w()))\n"
                "    except RuntimeError as e:\n        print(len(ts), e)\n    await asyncio.gather(*ts)\n"
                "    ts = [asyncio.create_task(w()) for i in range(15)]\n    await asyncio.gather(*ts)\n"
                "    print('done')\nasyncio.run(main())\n",
                o);
    CHECK(r.out == "19 sandbox limit: more than 20 tasks at once (max_tasks, --max-tasks)\ndone\n");
  }

  TEST_CASE("sockets: more than max_sockets open is OSError EMFILE") {
    SessionOptions o;
    o.max_sockets = 6;
    Ran r = run("import asyncio\nasync def handle(r, w):\n    await asyncio.sleep(5)\nasync def main():\n"
                "    srv = await asyncio.start_server(handle, '127.0.0.1', 9400)\n    conns = []\n"
                "    try:\n        for i in range(10):\n            conns.append(await asyncio.open_connection('127.0.0.1', 9400))\n"
                "    except OSError as e:\n        print(len(conns), e.errno, e)\n"
                "    srv.close()\nasyncio.run(main())\n",
                o);
    CHECK(r.out.find("24 [Errno 24] Too many open files\n") != std::string::npos);
  }
}
