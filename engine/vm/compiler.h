// AST (engine/lang/ast.h) -> bytecode (Code objects), following CPython 3.11's
// compile.c/symtable.c: comprehensions are nested functions, try blocks use
// handler blocks, finally bodies are inlined on return/break/continue.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "lang/ast.h"
#include "lang/syntax_error.h"
#include "vm/object.h"

namespace sandbox::vm {

struct CompileResult {
  Ref<Code> code;                          // set on success
  std::optional<lang::SyntaxError> error;  // set on failure (SyntaxError / NotImplementedError)
  bool ok() const { return bool(code); }
};

// Compiles a parsed module into its module-level Code object.
CompileResult compile_module(const lang::Module& m);
// eval(): a module holding one expression statement, compiled to return its value.
CompileResult compile_expression(const lang::Module& m);
// lang::parse + compile_module.
CompileResult compile_source(std::string_view source, std::string filename);

// A readable listing of a Code object and its nested code (for tests/debugging).
std::string disassemble(const Code* code);

}  // namespace sandbox::vm
