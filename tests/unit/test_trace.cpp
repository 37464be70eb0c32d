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

#include <set>
#include <sstream>

#include "test_session_script.h"
#include "test_trace_json.h"
#include "trace/event_info.h"
#include "trace/export.h"

TEST_SUITE("trace export") {
  TEST_CASE("json strings: escapes, UTF-8 passes, bad bytes replaced") {
    std::string out;
    append_json_string(out, "a\"b\\c\nd\te\x01 \xe4\xbd\xa0\xe5\xa5\xbd \xff");
    CHECK(out == "\"a\\\"b\\\\c\\nd\\te\\u0001 \xe4\xbd\xa0\xe5\xa5\xbd \\ufffd\"");
    json_check::Value v;
    REQUIRE(json_check::parse(out, v));
    CHECK(v.str == "a\"b\\c\nd\te\x01 \xe4\xbd\xa0\xe5\xa5\xbd \xef\xbf\xbd");
    CHECK(format_double(0.1) == "0.1");
    CHECK(format_double(1.0) == "1");
    CHECK(format_double(1e6) == "1000000");
    CHECK(format_double(1e-9) == "1e-09");
  }

  TEST_CASE("text and jsonl: one line per event, every field") {
    Trace t;
    Recorder rec(t);
    script::record_all(rec);
    std::ostringstream text, jsonl;
    export_text(t, text);
    export_jsonl(t, jsonl);
    std::istringstream tl(text.str()), jl(jsonl.str());
    std::string line;
    uint64_t n = 0;
    while (std::getline(tl, line)) ++n;
    CHECK(n == t.size());
    n = 0;
    std::set<std::string> kinds;
    while (std::getline(jl, line)) {
      json_check::Value v;
      REQUIRE_MESSAGE(json_check::parse(line, v), line);
      CHECK(v.n("seq") == static_cast<double>(n));
      for (const char* k : {"kind", "time", "iter", "task", "obj", "cause", "line", "aux", "arg"})
        CHECK_MESSAGE(v.get(k) != nullptr, k);
      kinds.insert(v.s("kind"));
      if (v.s("kind") == "output" && n == 0) CHECK(false);
      ++n;
    }
    CHECK(n == t.size());
    CHECK(kinds.count("task_step_begin"));
    CHECK(text.str().find("task_step_end") != std::string::npos);
    CHECK(text.str().find("\"got x\\n\"") != std::string::npos);  // strings quoted, one line
    CHECK(jsonl.str().find("\"arg\":\"got x\\n\"") != std::string::npos);
    CHECK(jsonl.str().find("\"wait\":\"timer\"") != std::string::npos);
  }

  TEST_CASE("chrome: valid JSON with task lanes, step slices, flows, counters, instants") {
    Trace t;
    Recorder rec(t);
    script::record_all(rec);
    for (ChromeAxis axis : {ChromeAxis::Steps, ChromeAxis::Time}) {
      std::ostringstream os;
      ChromeOptions o;
      o.axis = axis;
      export_chrome(t, os, o);
      json_check::Value doc;
      REQUIRE(json_check::parse(os.str(), doc));
      const json_check::Value* evs = doc.get("traceEvents");
      REQUIRE(evs);
      std::map<double, std::string> lanes;
      int steps = 0, flow_s = 0, flow_f = 0, counters = 0, outputs = 0, phases = 0;
      std::set<double> flow_ids_s, flow_ids_f;
      double last_ts = -1;
      for (const auto& e : evs->arr) {
        std::string ph = e.s("ph");
        if (ph == "M" && e.s("name") == "thread_name") lanes[e.n("tid")] = e.get("args")->s("name");
        if (ph == "X") {
          CHECK(e.n("dur") >= 0);
          if (e.s("cat") == "step") ++steps;
          if (e.s("cat") == "phase") ++phases;
        }
        if (ph == "s") { ++flow_s; flow_ids_s.insert(e.n("id")); }
        if (ph == "f") { ++flow_f; flow_ids_f.insert(e.n("id")); CHECK(e.s("bp") == "e"); }
        if (ph == "C") ++counters;
        if (ph == "i" && e.s("cat") == "stdout") ++outputs;
        if (ph != "M") CHECK(e.get("ts") != nullptr);
        if (ph == "i" || ph == "C") last_ts = std::max(last_ts, e.n("ts"));
      }
      CHECK(lanes[0] == "event loop");
      CHECK(lanes[2] == "Task-1 (main)");
      CHECK(lanes[6] == "Task-2 (worker)");
      CHECK(steps == 3);
      CHECK(phases == 16);  // 4 iterations x 4 phases
      CHECK(flow_s == 3);   // main's first step, worker's first step, main's wake-up
      CHECK(flow_ids_s == flow_ids_f);
      CHECK(counters >= 4);  // queue size 0, 1, 0 and the semaphore
      CHECK(outputs == 5);
      CHECK(os.str().find("\"got x\"") != std::string::npos);
      CHECK(os.str().find("\"name\":\"q size\"") != std::string::npos);
      if (axis == ChromeAxis::Time) CHECK(os.str().find("\"ts\":1000000") != std::string::npos);
    }
  }
}

TEST_SUITE("trace streaming") {
  TEST_CASE("discard_before frees whole chunks and keeps the rest readable") {
    Trace t;
    Recorder rec(t);
    for (int i = 0; i < 50000; ++i) rec.emit_str(EventKind::Output, "line " + std::to_string(i) + "\n", {.obj = 1});
    int64_t name = rec.intern("main");
    size_t before = t.memory_bytes();
    t.discard_before(40000);
    CHECK(t.first_kept() == 32768);
    CHECK(t.memory_bytes() < before);
    CHECK(t.size() == 50000);
    for (uint64_t s = t.first_kept(); s < t.size(); ++s)
      CHECK_MESSAGE(t.str(t[s].arg) == "line " + std::to_string(s) + "\n", s);
    CHECK(t.str(name) == "main");  // interned strings live on
    rec.emit_str(EventKind::Output, "more\n", {.obj = 1});
    CHECK(t.str(t.back().arg) == "more\n");
  }
}
