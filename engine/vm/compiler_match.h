// Code generation for `match` (compile.c compiler_match and the
// compiler_pattern_* helpers) and for `try ... except*`
// (compiler_try_star_except).  compiler.cpp's code generator provides the
// emission primitives through MatchEmitter.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "vm/opcodes.h"
#include "vm/value.h"

namespace sandbox::vm {

class MatchEmitter {
 public:
  virtual int emit(Op op, uint32_t arg = 0) = 0;
  virtual int new_label() = 0;
  virtual void bind(int label) = 0;
  virtual void emit_jump(Op op, int label) = 0;
  virtual void load_const(Value v) = 0;
  virtual void expr(const lang::Expr* e) = 0;
  // The test of a conditional jump (an `if` guard), at compiler_jump_if's location.
  virtual void test(const lang::Expr* e) = 0;
  virtual void name_op(const std::string& name, lang::Ctx ctx) = 0;
  virtual void set_loc(const lang::Loc& loc) = 0;
  virtual lang::Loc loc() const = 0;
  virtual void body(const std::vector<lang::Stmt*>& b) = 0;
  // A try statement's body, inside its TRY_EXCEPT frame block.
  virtual void try_body(const std::vector<lang::Stmt*>& b) = 0;

 protected:
  ~MatchEmitter() = default;
};

void compile_match(MatchEmitter& g, const lang::Match& m);

// The try/except* part of t (its finally, if any, is compiled around it).
void compile_try_star(MatchEmitter& g, const lang::Try& t);

}  // namespace sandbox::vm
