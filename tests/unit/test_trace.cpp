#include <doctest/doctest.h>

#include <string>

#include "trace/recorder.h"
#include "trace/trace.h"

using namespace sandbox::trace;

TEST_SUITE("trace") {
  TEST_CASE("string pool: one-off strings and interning") {
    Trace t;
    int64_t a = t.add_string("hello");
    int64_t b = t.add_string("hello");
    CHECK(a != b);
    CHECK(t.str(a) == "hello");
    int64_t n1 = t.intern("main");
    int64_t n2 = t.intern("main");
    int64_t n3 = t.intern("worker");
    CHECK(n1 == n2);
    CHECK(n1 != n3);
    CHECK(t.str(n3) == "worker");
    CHECK(t.str(kNoString) == "");
    CHECK(t.str(12345) == "");
    // A string larger than a block gets its own block and stays intact.
    std::string big(600 * 1024, 'x');
    big.back() = 'y';
    int64_t g = t.add_string(big);
    CHECK(t.str(g) == big);
    CHECK(t.str(a) == "hello");
    CHECK(t.string_count() == 5);
    CHECK(t.add_string("") >= 0);
  }

  TEST_CASE("events survive chunk growth") {
    Trace t;
    for (int i = 0; i < 40000; ++i) {
      Event e{};
      e.arg = i;
      e.kind = EventKind::Line;
      t.append(e);
    }
    REQUIRE(t.size() == 40000);
    CHECK(t[0].arg == 0);
    CHECK(t[16383].arg == 16383);
    CHECK(t[16384].arg == 16384);
    CHECK(t.back().arg == 39999);
  }

  TEST_CASE("recorder: ids in creation order, current state, payloads") {
    Trace t;
    Recorder rec(t);
    CHECK(rec.new_id() == 1);
    CHECK(rec.new_id() == 2);
    CHECK(rec.last_id() == 2);
    rec.set_time(1.5);
    rec.set_iteration(3);
    rec.set_task(2);
    rec.set_line(7);
    uint64_t s0 = rec.emit_name(EventKind::TaskCreated, "main", {.task = 2, .obj = 2});
    uint64_t s1 = rec.emit(EventKind::HandleRun, {.obj = 9, .cause = Recorder::cause_of(s0)});
    uint64_t s2 = rec.emit_d(EventKind::ClockAdvance, 0.25, {.task = 0});
    uint64_t s3 = rec.emit_str(EventKind::Output, "hi\n", {.obj = 1, .line = 0});
    CHECK(s0 == 0);
    CHECK(s1 == 1);
    CHECK(s2 == 2);
    CHECK(s3 == 3);
    const Event& e0 = t[0];
    CHECK(e0.kind == EventKind::TaskCreated);
    CHECK(t.str(e0.arg) == "main");
    CHECK(e0.time == 1.5);
    CHECK(e0.iter == 3);
    CHECK(e0.line == 7);
    CHECK(t[1].task == 2);  // current task by default
    CHECK(t[1].cause == 1);
    CHECK(t[2].task == 0);
    CHECK(t[2].arg_d() == 0.25);
    CHECK(t.str(t[3].arg) == "hi\n");
    CHECK(t[3].line == 0);
  }

  TEST_CASE("recorder: line events are optional") {
    Trace t;
    Recorder rec(t, 100, false);
    rec.on_line(4);
    CHECK(t.size() == 0);
    CHECK(rec.line() == 4);
    rec.set_record_lines(true);
    rec.on_line(5);
    REQUIRE(t.size() == 1);
    CHECK(t[0].kind == EventKind::Line);
    CHECK(t[0].line == 5);
  }

  TEST_CASE("recorder: the cap ends recording with one Limit event") {
    Trace t;
    Recorder rec(t, 10);
    uint64_t last = 0;
    for (int i = 0; i < 20; ++i) last = rec.emit(EventKind::Line);
    CHECK(last == Recorder::kNotRecorded);
    CHECK(Recorder::cause_of(last) == 0);
    CHECK(rec.capped());
    REQUIRE(t.size() == 10);
    CHECK(t[8].kind == EventKind::Line);
    CHECK(t[9].kind == EventKind::Limit);
    CHECK(t.str(t[9].arg) == Recorder::cap_message(10));
    CHECK(rec.emit_str(EventKind::Output, "x") == Recorder::kNotRecorded);
    CHECK(t.size() == 10);
  }
}
