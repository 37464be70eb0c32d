// Compile-time helpers for annotations (compile.c find_ann).
#pragma once
#include <vector>

#include "lang/ast.h"

namespace sandbox::vm {

// Does a module or class body hold an annotated assignment, at any depth of
// its compound statements (match cases too) but outside nested defs and
// classes?  Such a body starts with SETUP_ANNOTATIONS.
bool body_has_annotations(const std::vector<lang::Stmt*>& body);

}  // namespace sandbox::vm
