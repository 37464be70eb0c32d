// The front end's one entry point: Python 3.11-subset source -> AST.
//
//   ParseResult r = lang::parse(source, "main.py");
//   if (!r.ok()) { std::cerr << r.error->format(); return 1; }
//   const lang::Module& m = *r.module;   // owns every node
//
// Errors are values, never C++ exceptions.  On failure `error` holds the
// FIRST error CPython would report for the file (a tokenizer/parser error
// wins over a later-checked one such as 'return' outside function, exactly as
// in CPython, where those come from the compiler after parsing succeeded).
//
// Checks done here that CPython does in symtable.c/compile.c, so the
// compiler need not repeat them: 'return' outside function, 'break' outside
// loop, 'continue' not properly in loop, 'await' outside function,
// 'await' outside async function, 'async with'/'async for' outside async
// function, asynchronous comprehension outside of an asynchronous function,
// 'yield' outside function, nonlocal at module level / no binding for
// nonlocal, name used prior to global/nonlocal declaration, ... and
// constructs outside the subset (NotImplementedError, with the line).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "lang/ast.h"
#include "lang/syntax_error.h"

namespace sandbox::lang {

struct ParseResult {
  std::unique_ptr<Module> module;   // set iff the parse succeeded
  std::optional<SyntaxError> error; // set iff it failed
  bool ok() const { return module != nullptr; }
};

// Parses a whole file (CPython's file_input).  `filename` is what error
// messages show in `File "..."`.  Never throws (except std::bad_alloc).
ParseResult parse(std::string_view source, std::string filename);

}  // namespace sandbox::lang
