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
