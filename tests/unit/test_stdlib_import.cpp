// The importer and CPython's standard library folder (vm/importer.cpp,
// vm/python_lib.h): library code is found after the program's folder and
// the native modules, costs no step budget and makes no trace events.
#include <doctest/doctest.h>

#include <string>

#include "session.h"
#include "vm/python_lib.h"

using namespace sandbox;
using trace::EventKind;

namespace {

struct Ran {
  RunState state;
  std::string out, err;
  uint32_t max_line = 0;   // the highest line of a Line event
  uint64_t lines = 0, exceptions = 0;
};

Ran run(const std::string& src, SessionOptions o = {}) {
  Session s;
  o.filename = "t.py";
  REQUIRE(s.load(src, o));
  s.run_to_end();
  Ran r{s.state(), s.stdout_text(), s.stderr_text()};
  for (uint64_t i = s.trace().first_kept(); i < s.trace().size(); ++i) {
    const trace::Event& e = s.trace()[i];
    if (e.kind == EventKind::Line) {
      ++r.lines;
      if (e.line > r.max_line) r.max_line = e.line;
    }
    if (e.kind == EventKind::ExcRaised || e.kind == EventKind::ExcCaught) ++r.exceptions;
  }
  return r;
}

bool have_library() { return vm::python_lib_problem(vm::default_python_lib()).empty(); }

}  // namespace

TEST_SUITE("stdlib import") {
  TEST_CASE("python_lib_problem tells a library folder from others") {
    CHECK(vm::python_lib_problem("/nonexistent/python3.11") == "the folder /nonexistent/python3.11 does not exist");
    CHECK(vm::python_lib_problem("/") == "/ is not a Python standard library folder (no os.py, collections/__init__.py)");
    CHECK(vm::in_python_lib("/usr/lib/python3.11/os.py", "/usr/lib/python3.11"));
    CHECK(vm::in_python_lib("/usr/lib/python3.11/json/decoder.py", "/usr/lib/python3.11/"));
    CHECK_FALSE(vm::in_python_lib("/usr/lib/python3.111/os.py", "/usr/lib/python3.11"));
    CHECK_FALSE(vm::in_python_lib("/home/me/os.py", ""));
  }

  TEST_CASE("a missing library folder is named in the import error") {
    SessionOptions o;
    o.python_lib = "/nonexistent/python3.11";
    Ran r = run("import keyword\n", o);
    CHECK(r.state == RunState::Failed);
    CHECK(r.err.find("ModuleNotFoundError: No module named 'keyword' (the Python 3.11 standard library is not "
                     "available: the folder /nonexistent/python3.11 does not exist;") != std::string::npos);
  }

  TEST_CASE("library code makes no Line or exception events and costs no step budget") {
    if (!have_library()) return;
    SessionOptions o;
    o.step_budget = 300;  // far less than importing heapq and bisect runs
    Ran r = run("import asyncio\n"
                "async def main():\n"
                "    import heapq, bisect, keyword\n"
                "    h = [5, 1, 4]\n"
                "    heapq.heapify(h)\n"
                "    print(h, bisect.bisect([1, 2, 4], 3), keyword.iskeyword('def'))\n"
                "asyncio.run(main())\n",
                o);
    CHECK(r.out == "[1, 5, 4] 2 True\n");
    CHECK(r.state == RunState::Finished);
    CHECK(r.max_line <= 7);
    CHECK(r.exceptions == 0);  // heapq's `from _heapq import *` fails inside the library
    // The budget still stops the program's own loop after an import.
    Ran loop = run("import asyncio\n"
                   "async def main():\n"
                   "    import heapq\n"
                   "    while True:\n"
                   "        pass\n"
                   "asyncio.run(main())\n",
                   o);
    CHECK(loop.state == RunState::Stopped);
    CHECK(loop.err.find("ran 300 steps without awaiting, at line 5") != std::string::npos);
  }

  TEST_CASE("a second run imports the cached library code with the same result and trace") {
    if (!have_library()) return;
    const char* src = "import heapq\nprint(heapq.nlargest(2, [3, 9, 4]))\n";
    Ran a = run(src), b = run(src);
    CHECK(a.out == "[9, 4]\n");
    CHECK(b.out == a.out);
    CHECK(b.lines == a.lines);
  }
}
