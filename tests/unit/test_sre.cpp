// The regex engine (vm/lib/sre) on pathological input: subjects of 100k
// characters and patterns nested hundreds of repeats deep match without
// growing the C++ stack (the engine keeps its backtracking on heap stacks),
// a catastrophic pattern is stopped by the step budget, and runaway
// backtracking storage meets --max-memory as a MemoryError.  Code lists are
// what CPython 3.11's re compiler emits for the patterns named.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "vm/compiler.h"
#include "vm/lib/install.h"
#include "vm/lib/sre/sre_state.h"
#include "vm/lib/sre/sre_validate.h"
#include "vm/vm.h"

using namespace sandbox::vm;
using SreCode = sandbox::vm::sre::Code;

namespace {

constexpr SreCode kMax = 0xFFFFFFFFu;

// A State over an ASCII str subject, as Pattern.match sets one up.
struct Subject {
  VM vm;
  sre::State st;
  Value text;
  Subject(const std::string& s, int64_t groups) {
    lib::install(vm);
    text = make_str(s);
    sre::state_init(vm, st, 0, groups, text, 0, INT64_MAX);
  }
};

// (?:ab|cd)*e
const std::vector<SreCode> kAltStar = {14, 4, 0, 1, kMax, 23, 19, 0, kMax, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16,
                                    99, 16, 100, 15, 2, 0, 18, 16, 101, 1};
// (a|b)*c
const std::vector<SreCode> kGroupStar = {14, 4, 0, 1, kMax, 23, 13, 0, kMax, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18,
                                      16, 99, 1};
// .*?x
const std::vector<SreCode> kLazyDot = {14, 4, 0, 1, kMax, 26, 5, 0, kMax, 2, 1, 16, 120, 1};

// (?:(?>(?>...(?>a)...)))*b with `depth` atomic groups: every round of the
// repeat goes `depth` contexts deep, a context per group, as CPython's does.
std::vector<SreCode> nested_atomic(int depth) {
  std::vector<SreCode> body = {16, 97};
  for (int i = 0; i < depth; i++) {
    std::vector<SreCode> w = {27, SreCode(body.size() + 2)};
    w.insert(w.end(), body.begin(), body.end());
    w.push_back(1);  // SUCCESS ends the group
    body = std::move(w);
  }
  std::vector<SreCode> code = {23, SreCode(body.size() + 3), 0, kMax};
  code.insert(code.end(), body.begin(), body.end());
  code.insert(code.end(), {18, 16, 98, 1});  // MAX_UNTIL, LITERAL 'b', SUCCESS
  return code;
}

std::string run_program(VM& vm, const std::string& src, ResumeKind* kind = nullptr) {
  struct Capture : Hooks {
    std::string out;
    void write_stdout(std::string_view t) override { out += t; }
  } hooks;
  vm.set_hooks(&hooks);
  CompileResult c = compile_source(src, "t.py");
  REQUIRE(c.ok());
  ResumeResult r = vm.run_main(c.code);
  if (kind) *kind = r.kind;
  std::string out = hooks.out;
  if (r.kind == ResumeKind::Raised) out += "!" + vm.repr_str(r.value);
  vm.set_hooks(nullptr);
  return out;
}

}  // namespace

TEST_SUITE("sre") {
  TEST_CASE("sre: the code lists of these tests are valid, broken ones are refused") {
    CHECK(sre::validate_code(kAltStar, 0));
    CHECK(sre::validate_code(kGroupStar, 1));
    CHECK(sre::validate_code(kLazyDot, 0));
    CHECK(sre::validate_code(nested_atomic(300), 0));
    CHECK_FALSE(sre::validate_code({11, 0, 1}, 0));            // GROUPREF to a missing group
    CHECK_FALSE(sre::validate_code({23, 40, 0, kMax, 1}, 0));  // skip past the end
    CHECK_FALSE(sre::validate_code(nested_atomic(5000), 0));   // deeper than any re pattern
  }

  TEST_CASE("sre: a repeat over a 100k-character subject keeps the C++ stack flat") {
    std::string s;
    for (int i = 0; i < 50000; i++) s += i % 2 ? "cd" : "ab";
    Subject sub(s + "e", 0);
    sub.st.ptr = sub.st.start;
    REQUIRE(sre::sre_match(sub.st, kAltStar.data(), false) == 1);
    CHECK(sub.st.ptr == 100001);
    CHECK(sub.st.contexts.empty());  // every context was popped again
    CHECK(sub.st.data.empty());
  }

  TEST_CASE("sre: a failing 100k-character match backtracks through every round") {
    Subject sub(std::string(100000, 'a') + "!", 1);
    sub.st.ptr = sub.st.start;
    CHECK(sre::sre_match(sub.st, kGroupStar.data(), false) == 0);
    sub.st.reset();
    sub.st.ptr = sub.st.start = 0;
    CHECK(sre::sre_match(sub.st, kLazyDot.data(), false) == 0);  // a lazy scan to the end
  }

  TEST_CASE("sre: groups of the last round, as CPython reports them") {
    Subject sub(std::string(99999, 'a') + "bc", 1);
    sub.st.ptr = sub.st.start;
    REQUIRE(sre::sre_match(sub.st, kGroupStar.data(), false) == 1);
    CHECK(sub.st.mark[0] == 99999);  // (a|b) last matched the 'b'
    CHECK(sub.st.mark[1] == 100000);
    CHECK(sub.st.lastindex == 1);
  }

  TEST_CASE("sre: 300 nested groups in a repeat match and fail without recursion") {
    std::vector<SreCode> code = nested_atomic(300);
    Subject ok(std::string(2000, 'a') + "b", 0);
    ok.st.ptr = 0;
    CHECK(sre::sre_match(ok.st, code.data(), false) == 1);
    CHECK(ok.st.ptr == 2001);
    Subject bad(std::string(200, 'a') + "c", 0);
    bad.st.ptr = 0;
    CHECK(sre::sre_match(bad.st, code.data(), false) == 0);
  }

  TEST_CASE("sre: a catastrophic pattern is stopped by the step budget") {
    VM vm;
    lib::install(vm);
    vm.set_step_budget(2'000'000);
    ResumeKind kind;
    // (x+x+)+y against 40 x's: about 2**40 ways to fail.
    std::string out = run_program(vm,
                                  "import _sre\n"
                                  "M = 4294967295\n"
                                  "p = _sre.compile('(x+x+)+y', 32, [14, 4, 0, 3, M, 23, 21, 1, M, 17, 0, 24, 6, 1, M,\n"
                                  "    16, 120, 1, 24, 6, 1, M, 16, 120, 1, 17, 1, 18, 16, 121, 1], 1, {}, (None, None))\n"
                                  "print('start')\n"
                                  "print(p.match('x' * 40))\n",
                                  &kind);
    CHECK(out == "start\n");
    CHECK(kind == ResumeKind::Aborted);
    CHECK(vm.abort_line() == 6);  // the line of the match
  }

  TEST_CASE("sre: backtracking storage past --max-memory is a catchable MemoryError") {
    VM vm;
    lib::install(vm);
    vm.set_memory_limit(16 << 20);
    std::string out = run_program(vm,
                                  "import _sre\n"
                                  "M = 4294967295\n"
                                  "p = _sre.compile('(?:ab|cd)*e', 32, [14, 4, 0, 1, M, 23, 19, 0, M, 7, 7, 16, 97, 16, 98,\n"
                                  "    15, 9, 7, 16, 99, 16, 100, 15, 2, 0, 18, 16, 101, 1], 0, {}, ())\n"
                                  "try:\n"
                                  "    p.match('ab' * 1000000)\n"
                                  "except MemoryError as e:\n"
                                  "    print('MemoryError', e.args)\n"
                                  "print(p.match('abcde').span())\n");
    CHECK(out == "MemoryError ()\n(0, 5)\n");
  }
}
