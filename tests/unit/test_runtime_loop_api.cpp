// The loop API outside asyncio.run where the sandbox differs from CPython on
// purpose (no processes) or where only the trace can tell (several loops).
#include <doctest/doctest.h>

#include <vector>

#include "test_runtime_util.h"

using sandbox::trace::EventKind;

namespace {
std::vector<const sandbox::trace::Event*> events_of(const sandbox::trace::Trace& t, EventKind k) {
  std::vector<const sandbox::trace::Event*> out;
  for (uint64_t i = 0; i < t.size(); ++i)
    if (t[i].kind == k) out.push_back(&t[i]);
  return out;
}
}  // namespace

TEST_CASE("loop api: the subprocess functions say the sandbox runs no processes") {
  PyRun run = run_py(R"PY(import asyncio
async def main():
    for fn in (asyncio.create_subprocess_exec, asyncio.create_subprocess_shell):
        try:
            await fn("ls")
        except NotImplementedError as e:
            print(e)
asyncio.run(main())
)PY");
  CHECK(run.exit_status == 0);
  CHECK(run.out ==
        "[0.000] asyncio.create_subprocess_exec(): the sandbox runs no processes (subprocesses are not simulated)\n"
        "[0.000] asyncio.create_subprocess_shell(): the sandbox runs no processes (subprocesses are not simulated)\n");
}

TEST_CASE("loop api: each run of each loop is one LoopStart/LoopStop pair with the loop's id") {
  PyRun run = run_py(R"PY(import asyncio
a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
a.run_until_complete(asyncio.sleep(1))
b.call_soon(b.stop)
b.run_forever()
a.run_until_complete(asyncio.sleep(1))
asyncio.run(asyncio.sleep(1))
with asyncio.Runner() as r:
    r.run(asyncio.sleep(1))
a.close()
b.close()
)PY");
  REQUIRE(run.exit_status == 0);
  auto starts = events_of(*run.trace, EventKind::LoopStart);
  auto stops = events_of(*run.trace, EventKind::LoopStop);
  // a, b, a, asyncio.run, Runner.run, Runner.close (its shutdown runs the loop)
  REQUIRE(starts.size() == 6);
  REQUIRE(stops.size() == 6);
  for (size_t i = 0; i < starts.size(); ++i) CHECK(starts[i]->obj == stops[i]->obj);
  CHECK(starts[0]->obj == starts[2]->obj);
  CHECK(starts[0]->obj != starts[1]->obj);
  CHECK(starts[3]->obj != starts[0]->obj);
  CHECK(starts[4]->obj == starts[5]->obj);
  // aux: 0 asyncio.run, 1 run_until_complete / Runner.run, 2 run_forever, 3 Runner.close
  CHECK(starts[0]->aux == 1);
  CHECK(starts[1]->aux == 2);
  CHECK(starts[3]->aux == 0);
  CHECK(starts[4]->aux == 1);
  CHECK(starts[5]->aux == 3);
}

TEST_CASE("loop api: a run_forever without stop ends as a deadlock, not a hang") {
  PyRun run = run_py(R"PY(import asyncio
loop = asyncio.new_event_loop()
loop.run_forever()
)PY");
  CHECK(run.exit_status == 1);
  CHECK(run.err.find("deadlock") != std::string::npos);
}
