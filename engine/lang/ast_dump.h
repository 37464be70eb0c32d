// ast.dump() of CPython 3.11 (without attributes) for a parsed Module, so
// tests can compare our trees with `python3 -c "import ast; print(ast.dump(ast.parse(src)))"`.
#pragma once
#include <string>

#include "lang/ast.h"

namespace sandbox::lang {

// include_attributes adds lineno/col_offset/end_lineno/end_col_offset like
// ast.dump(..., include_attributes=True).
std::string dump(const Module& m, bool include_attributes = false);
std::string dump(const Expr* e);
std::string dump(const Stmt* s);

// Python's repr() of a str (UTF-8) or bytes value, as ast.dump prints it.
std::string py_repr_str(const std::string& s, bool bytes);

}  // namespace sandbox::lang
