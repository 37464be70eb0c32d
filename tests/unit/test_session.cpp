#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "session.h"
#include "session_stamp.h"
#include "test_session_script.h"

using namespace sandbox;
using trace::EventKind;

namespace {

// A session over the scripted program (no VM needed).
struct Scripted {
  Session s;
  std::string streamed;
  std::vector<double> times;
  explicit Scripted(bool lines = true) {
    SessionOptions o;
    o.record_lines = lines;
    o.on_stdout = [this](std::string_view text, double time) {
      streamed.append(text);
      times.push_back(time);
    };
    s.load_driver([](trace::Recorder& r) { return std::make_unique<script::Driver>(r); }, o);
  }
};

StopRequest stop(StopKind k) {
  StopRequest r;
  r.kind = k;
  return r;
}

}  // namespace

TEST_SUITE("session") {
  TEST_CASE("advance runs only as far as each stop needs") {
    Scripted sc;
    Session& s = sc.s;
    CHECK(s.state() == RunState::Running);
    CHECK(s.trace().size() == 0);
    // Event: the first event, after running one unit.
    uint64_t c = s.advance(0, stop(StopKind::Event));
    CHECK(c == 1);
    CHECK(s.trace()[0].kind == EventKind::ProgramStart);
    uint64_t ran = s.trace().size();
    c = s.advance(c, stop(StopKind::Event));
    CHECK(c == 2);
    CHECK(s.trace().size() == ran);  // no more running needed
    // Line: the module line event.
    c = s.advance(0, stop(StopKind::Line));
    CHECK(s.trace()[c - 1].kind == EventKind::Line);
    CHECK(s.trace()[c - 1].line == 12);
    // Callback: the first HandleRun (needs the next unit).
    c = s.advance(c, stop(StopKind::Callback));
    CHECK(s.trace()[c - 1].kind == EventKind::HandleRun);
    // Iteration.
    uint64_t it = s.advance(c, stop(StopKind::Iteration));
    CHECK(s.trace()[it - 1].kind == EventKind::IterationBegin);
    CHECK(s.trace()[it - 1].iter == 2);
    // Output: the next write.
    c = s.advance(it, stop(StopKind::Output));
    CHECK(s.trace()[c - 1].kind == EventKind::Output);
    CHECK(s.trace().str(s.trace()[c - 1].arg) == "got x\n");
    // Time: the first event at t >= 1.
    StopRequest tr{StopKind::Time, 1.0, {}};
    c = s.advance(0, tr);
    CHECK(s.trace()[c - 1].time >= 1.0);
    CHECK(s.trace()[c - 2].time < 1.0);
    CHECK(s.trace()[c - 1].kind == EventKind::ClockAdvance);
    // Breakpoint at line 11.
    StopRequest br{StopKind::Breakpoint, 0, {11}};
    c = s.advance(0, br);
    CHECK(s.trace()[c - 1].kind == EventKind::Line);
    CHECK(s.trace()[c - 1].line == 11);
    CHECK(s.state() == RunState::Running);
    // Nothing matches any more: the run ends and the cursor is the end.
    uint64_t end = s.advance(c, br);
    CHECK(s.state() == RunState::Finished);
    CHECK(end == s.trace().size());
    CHECK(s.exit_status() == 0);
  }

  TEST_CASE("End runs to completion; output streams with the time of each write") {
    Scripted sc;
    uint64_t end = sc.s.advance(0, stop(StopKind::End));
    CHECK(end == sc.s.trace().size());
    CHECK(sc.s.state() == RunState::Finished);
    CHECK(sc.s.stdout_text() == "a b\ngot x\nd\n");
    CHECK(sc.streamed == sc.s.stdout_text());
    REQUIRE(sc.times.size() == 5);
    CHECK(sc.times[3] == 0.0);
    CHECK(sc.times[4] == 1.0);
  }

  TEST_CASE("model_at any cursor, going back is reading") {
    Scripted sc;
    sc.s.run_to_end();
    uint64_t n = sc.s.trace().size();
    model::Model end = sc.s.model_at(n);
    CHECK(end.finished);
    REQUIRE(end.tasks.size() == 2);
    CHECK(end.tasks[0].state == model::TaskState::Done);
    CHECK(end.console.size() == 3);
    CHECK(end.console[2].time == 1.0);
    // Back to the moment main waits on its sleep.
    uint64_t c = 0;
    for (uint64_t i = 0; i < n; ++i)
      if (sc.s.trace()[i].kind == EventKind::TaskStepEnd) { c = i + 1; break; }
    model::Model m = sc.s.model_at(c);
    CHECK(m.task(m.tasks[0].id)->state == model::TaskState::Waiting);
    CHECK(m.task(m.tasks[1].id)->state == model::TaskState::Ready);
    REQUIRE(m.timers.size() == 1);
    CHECK(m.timers[0].when == 1.0);
    CHECK(m.ready.size() == 1);
    CHECK(m.queues.size() == 1);
    CHECK(m.queues[0].items == std::vector<std::string>{"'x'"});
    CHECK(m.syncs[0].value == 1);
    CHECK(m.console.size() == 1);
    CHECK(m.console[0].text == "a b");
    CHECK(sc.s.trace().size() == n);  // nothing re-ran
  }

  TEST_CASE("the event cap stops the run with a Limit event and a message") {
    Session s;
    SessionOptions o;
    o.max_events = 12;
    std::string err;
    o.on_stderr = [&](std::string_view t, double) { err.append(t); };
    s.load_driver([](trace::Recorder& r) { return std::make_unique<script::Driver>(r); }, o);
    s.run_to_end();
    CHECK(s.state() == RunState::Stopped);
    CHECK(s.exit_status() == 1);
    CHECK(s.trace().size() == 12);
    CHECK(s.trace()[11].kind == EventKind::Limit);
    CHECK(err == trace::Recorder::cap_message(12) + "\n");
    CHECK(s.stderr_text() == err);
  }

  TEST_CASE("--timestamps: a prefix when a line starts, with that moment's time") {
    LineStamper st(true);
    std::string out;
    st.feed("a", 0.0, out);        // print("a", end="")
    st.feed(" ", 0.5, out);        // continues the line: no prefix
    st.feed("b\n", 1.0, out);
    st.feed("c\nd\n", 2.25, out);  // several lines in one write
    st.feed("e", 3.0, out);
    st.feed("\n", 4.0, out);
    CHECK(out == "[0.000] a b\n[2.250] c\n[2.250] d\n[3.000] e\n");
    LineStamper off(false);
    std::string plain;
    off.feed("x\ny", 1, plain);
    CHECK(plain == "x\ny");
  }
}

// ---------------------------------------------------------------------------
// Real programs through lang, vm and runtime.

#include "model/builder.h"

namespace {

const char* const kGreeters = R"PY(import asyncio

async def say(delay, word):
    await asyncio.sleep(delay)
    print(word, end=" ")
    print("!")

async def main():
    print("start")
    await asyncio.gather(say(1, "a"), say(2, "b"))
    print("x", end="")
    print("y")

asyncio.run(main())
)PY";

// Loads source; false (with a visible message) only when this build has no
// runtime to run it with, so these tests light up as soon as it does.
bool load_real(Session& s, const std::string& src, SessionOptions o = {}) {
  if (o.filename == "<string>") o.filename = "prog.py";
  {
    // Builtins come from lib (vm/lib): without them nothing real can run.
    Session probe;
    if (probe.load("print('ok')\n")) {
      probe.run_to_end();
      if (probe.stderr_text().find("name 'print' is not defined") != std::string::npos) {
        MESSAGE("skipped: this build has no builtins (vm/lib) yet");
        return false;
      }
    }
  }
  if (s.load(src, o)) return true;
  const Diagnostic* d = s.diagnostic();
  if (d && d->message == "the runtime is not available in this build") {
    MESSAGE("skipped: this build has no VM/runtime yet");
    return false;
  }
  FAIL("load failed: " << (d ? d->formatted : std::string("?")));
  return false;
}

}  // namespace

TEST_SUITE("session (real programs)") {
  TEST_CASE("stdout, timestamps at line starts, end=\" \" continuing a line") {
    Session s;
    std::string stamped;
    LineStamper st(true);
    SessionOptions o;
    o.on_stdout = [&](std::string_view text, double t) { st.feed(text, t, stamped); };
    if (!load_real(s, kGreeters, o)) return;
    s.run_to_end();
    CHECK(s.state() == RunState::Finished);
    CHECK(s.exit_status() == 0);
    CHECK(s.stdout_text() == "start\na !\nb !\nxy\n");
    CHECK(stamped == "[0.000] start\n[1.000] a !\n[2.000] b !\n[2.000] xy\n");
    CHECK(s.trace()[0].kind == EventKind::ProgramStart);
    CHECK(s.trace().back().kind == EventKind::ProgramEnd);
  }

  TEST_CASE("every stop kind on a real run") {
    Session s;
    if (!load_real(s, kGreeters)) return;
    const trace::Trace& t = s.trace();
    uint64_t c = s.advance(0, stop(StopKind::Line));
    CHECK(t[c - 1].kind == EventKind::Line);
    c = s.advance(c, stop(StopKind::Iteration));
    CHECK(t[c - 1].kind == EventKind::IterationBegin);
    c = s.advance(c, stop(StopKind::Callback));
    CHECK(t[c - 1].kind == EventKind::HandleRun);
    c = s.advance(c, stop(StopKind::Output));
    CHECK(t[c - 1].kind == EventKind::Output);
    CHECK(t.str(t[c - 1].arg) == "start\n");
    StopRequest at{StopKind::Time, 1.5, {}};
    c = s.advance(c, at);
    CHECK(t[c - 1].time >= 1.5);
    CHECK(t[c - 2].time < 1.5);
    StopRequest bp{StopKind::Breakpoint, 0, {6}};
    c = s.advance(0, bp);
    CHECK(t[c - 1].kind == EventKind::Line);
    CHECK(t[c - 1].line == 6);
    CHECK(t[c - 1].time == 1.0);
    uint64_t before = t.size();
    c = s.advance(c, stop(StopKind::Event));
    CHECK(t.size() >= before);
    CHECK(s.state() == RunState::Running);
    uint64_t end = s.advance(c, stop(StopKind::End));
    CHECK(end == t.size());
    CHECK(s.state() == RunState::Finished);
  }

  TEST_CASE("property: model at every cursor of a real run equals replay from the start") {
    Session s;
    if (!load_real(s, kGreeters)) return;
    s.run_to_end();
    const trace::Trace& t = s.trace();
    model::ModelBuilder b;
    std::vector<model::ConsoleLine> console;
    bool all = true;
    for (uint64_t c = 1; c <= t.size() && all; ++c) {
      b.apply(t, c - 1, console);
      all = s.model_at(c) == b.materialize(console);
      if (!all) FAIL_CHECK("cursor " << c);
    }
    CHECK(all);
    model::Model m = s.model_at(t.size());
    CHECK(m.finished);
    // main, two say() tasks, and asyncio.run's shutdown_asyncgens and
    // shutdown_default_executor tasks (real tasks in CPython too).
    REQUIRE(m.tasks.size() == 5);
    CHECK(m.tasks[0].coro == "main");
    CHECK(m.tasks[1].name == "Task-2");
    for (const auto& task : m.tasks) CHECK(task.state == model::TaskState::Done);
    REQUIRE(m.console.size() == 4);
    CHECK(m.console[1].text == "a !");
    CHECK(m.console[1].time == 1.0);
    // While both sleep: main waits on the gather, two timers pending by deadline.
    uint64_t c = s.advance(0, StopRequest{StopKind::Time, 0.5, {}});
    (void)c;
    for (uint64_t i = 0; i < t.size(); ++i)
      if (t[i].kind == EventKind::ClockAdvance) {
        model::Model w = s.model_at(i);
        REQUIRE(w.timers.size() == 2);
        CHECK(w.timers[0].when == 1.0);
        CHECK(w.timers[1].when == 2.0);
        CHECK(w.tasks[0].state == model::TaskState::Waiting);
        CHECK(w.tasks[0].wait == trace::WaitKind::Gather);
        break;
      }
  }

  TEST_CASE("uncaught exception: Failed, CPython's traceback on stderr") {
    Session s;
    std::string err;
    SessionOptions o;
    o.on_stderr = [&](std::string_view text, double) { err.append(text); };
    if (!load_real(s, "import asyncio\n\nasync def main():\n    raise ValueError('boom')\n\nasyncio.run(main())\n", o))
      return;
    s.run_to_end();
    CHECK(s.state() == RunState::Failed);
    CHECK(s.exit_status() == 1);
    CHECK(err == s.stderr_text());
    CHECK(err.rfind("Traceback (most recent call last):\n", 0) == 0);
    CHECK(err.find("ValueError: boom\n") != std::string::npos);
  }

  TEST_CASE("limits: max_time and deadlock stop the run with a message") {
    {
      Session s;
      SessionOptions o;
      o.max_time = 10;
      if (!load_real(s, "import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(3)\n\nasyncio.run(main())\n", o))
        return;
      s.run_to_end();
      CHECK(s.state() == RunState::Stopped);
      CHECK(s.exit_status() == 1);
      CHECK(!s.stderr_text().empty());
      bool limit = false;
      for (uint64_t i = 0; i < s.trace().size(); ++i) limit |= s.trace()[i].kind == EventKind::Limit;
      CHECK(limit);
      CHECK(s.model_at(s.trace().size()).time <= 10.0);
    }
    {
      Session s;
      if (!load_real(s, "import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n"))
        return;
      s.run_to_end();
      CHECK(s.state() == RunState::Stopped);
      CHECK(s.stderr_text().find("deadlock") != std::string::npos);
    }
  }

  TEST_CASE("a syntax error comes back as CPython's SyntaxError") {
    Session s;
    SessionOptions o;
    o.filename = "bad.py";
    CHECK_FALSE(s.load("x = (1,\nif x\n", o));
    const Diagnostic* d = s.diagnostic();
    REQUIRE(d);
    CHECK(d->filename == "bad.py");
    CHECK(d->line >= 1);
    CHECK(d->formatted.find("  File \"bad.py\", line ") == 0);
    CHECK(d->type == "SyntaxError");
    CHECK(s.state() == RunState::Empty);
  }
}
