// The SyntaxErrors CPython raises after parsing succeeded, from
// Python/symtable.c and Python/compile.c: 'return' outside function,
// 'break' outside loop, 'await' outside (async) function, nonlocal/global
// misuse, ...  Run by parse(); exposed for tests.
#pragma once
#include <optional>

#include "lang/ast.h"
#include "lang/syntax_error.h"

namespace sandbox::lang {

// The first error CPython would report for a module that parsed (symtable
// errors first, as CPython builds the symbol table before compiling), or
// nothing.
std::optional<SyntaxError> check_module(const Module& m);

}  // namespace sandbox::lang
