// Decorators, positional-only parameters and `@`: ASTs generated with
// ast.dump(ast.parse(src), include_attributes=True) on CPython 3.11.
#include <doctest/doctest.h>
#include <string>
#include "lang/ast_dump.h"
#include "lang/parser.h"

using namespace sandbox::lang;

namespace {
struct DecoAstCase {
  const char* source;
  const char* expected;
};
const DecoAstCase kDecoAsts[] = {
    {R"(@dec
@factory(1, key='v')
def f(a, b, /, c, *, d=1):
    pass
)",
     R"(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), arg(arg='b', lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], args=[arg(arg='c', lineno=3, col_offset=15, end_lineno=3, end_col_offset=16)], kwonlyargs=[arg(arg='d', lineno=3, col_offset=21, end_lineno=3, end_col_offset=22)], kw_defaults=[Constant(value=1, lineno=3, col_offset=23, end_lineno=3, end_col_offset=24)], defaults=[]), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Name(id='factory', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=8), args=[Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10)], keywords=[keyword(arg='key', value=Constant(value='v', lineno=2, col_offset=16, end_lineno=2, end_col_offset=19), lineno=2, col_offset=12, end_lineno=2, end_col_offset=19)], lineno=2, col_offset=1, end_lineno=2, end_col_offset=20)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[]))"},
    {R"(@register
class A(B):
    x = 1
)",
     R"(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9)], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], value=Constant(value=1, lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=4, end_lineno=3, end_col_offset=9)], decorator_list=[Name(id='register', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=9)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=9)], type_ignores=[]))"},
    {R"(@(lambda f: f)
@x.y[0].z
async def g(p, /):
    return p
)",
     R"(Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[arg(arg='p', lineno=3, col_offset=12, end_lineno=3, end_col_offset=13)], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='p', ctx=Load(), lineno=4, col_offset=11, end_lineno=4, end_col_offset=12), lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], decorator_list=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=2, end_lineno=1, end_col_offset=13), Attribute(value=Subscript(value=Attribute(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), attr='y', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), slice=Constant(value=0, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=7), attr='z', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=9)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[]))"},
    {R"(m = a @ b
m @= c
lam = lambda q, /, r=2: q
)",
     R"(Module(body=[Assign(targets=[Name(id='m', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=MatMult(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), AugAssign(target=Name(id='m', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), op=MatMult(), value=Name(id='c', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6), Assign(targets=[Name(id='lam', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=3)], value=Lambda(args=arguments(posonlyargs=[arg(arg='q', lineno=3, col_offset=13, end_lineno=3, end_col_offset=14)], args=[arg(arg='r', lineno=3, col_offset=19, end_lineno=3, end_col_offset=20)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=2, lineno=3, col_offset=21, end_lineno=3, end_col_offset=22)]), body=Name(id='q', ctx=Load(), lineno=3, col_offset=24, end_lineno=3, end_col_offset=25), lineno=3, col_offset=6, end_lineno=3, end_col_offset=25), lineno=3, col_offset=0, end_lineno=3, end_col_offset=25)], type_ignores=[]))"},
};
}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("decorators, positional-only parameters and @ parse as CPython 3.11 does") {
    for (const DecoAstCase& c : kDecoAsts) {
      INFO("source:\n" << std::string(c.source));
      ParseResult r = parse(c.source, "x.py");
      REQUIRE(r.ok());
      CHECK(dump(*r.module, true) == std::string(c.expected));
    }
  }

  TEST_CASE("misplaced / and decorators are CPython's syntax errors") {
    struct Case {
      const char* src;
      const char* message;
    } cases[] = {
        {"def f(/, a): pass\n", "at least one argument must precede /"},
        {"def f(a, /, /): pass\n", "/ may appear only once"},
        {"def f(*, a, /): pass\n", "/ must be ahead of *"},
        {"def f(a=1, /, b): pass\n", "non-default argument follows default argument"},
        {"@dec\nx = 1\n", "invalid syntax"},
    };
    for (const Case& c : cases) {
      INFO(c.src);
      ParseResult r = parse(c.src, "x.py");
      REQUIRE_FALSE(r.ok());
      CHECK(r.error->message == c.message);
    }
  }
}
