// The SyntaxErrors Python/compile.c raises while compiling a match
// statement's patterns (compiler_pattern and its helpers), found without
// generating code so that they come in CPython's order with the other
// compiler errors (checks.cpp).
#pragma once
#include <functional>
#include <string>

#include "lang/ast.h"

namespace sandbox::lang {

using ReportError = std::function<void(const Loc&, std::string)>;

// Reports the first error in case `index` of m's patterns, as CPython's
// compiler would meet it, through report (called at most once).
void check_case_pattern(const Match& m, size_t index, const ReportError& report);

}  // namespace sandbox::lang
