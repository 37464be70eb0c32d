// Code generation: one CodeGen per code object (module, class body, function,
// lambda, comprehension), mirroring CPython 3.11's compile.c.
#include "vm/compiler.h"

#include <cassert>
#include <cmath>
#include <cstring>
#include <map>

#include "lang/parser.h"
#include "vm/compiler_annotations.h"
#include "vm/compiler_match.h"
#include "vm/complex.h"
#include "vm/int_big.h"
#include "vm/opcodes.h"
#include "vm/symtable.h"
#include "vm/vm.h"

namespace sandbox::vm {

using namespace sandbox::lang;

namespace {

struct CompileError {
  Loc loc;
  std::string message;
  std::string type;
};

[[noreturn]] void fail(const Loc& loc, std::string msg, std::string type = "SyntaxError") {
  throw CompileError{loc, std::move(msg), std::move(type)};
}

enum class FBlock : uint8_t { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With, AsyncWith, PopValue };

struct FBlockInfo {
  FBlockInfo(FBlock k = FBlock::WhileLoop, int c = -1, int e = -1) : kind(k), continue_label(c), exit_label(e) {}
  FBlock kind;
  int continue_label = -1;  // loops
  int exit_label = -1;      // loops: break target
  const std::vector<Stmt*>* finalbody = nullptr;  // FinallyTry
  std::string handler_name;                       // HandlerCleanup with `as`
  Loc with_loc;                                   // With/AsyncWith: the statement's range
};

struct Module_ctx {
  std::shared_ptr<const std::string> source;
  std::string filename;
  SymbolTable* st;
};

class CodeGen {
 public:
  CodeGen(Module_ctx& m, Scope* scope, std::string qualname, int first_line)
      : m_(m), scope_(scope) {
    code_ = new Code();
    code_->filename = m.filename;
    code_->source = m.source;
    code_->name = intern(scope->name);
    code_->qualname = make_str(qualname).as<Str>();
    code_->first_line = first_line;
    code_->is_module = scope->kind == ScopeKind::Module;
    code_->is_class_body = scope->kind == ScopeKind::Class;
    // A generator expression with await / async for is an async generator.
    code_->is_coroutine = scope->is_async || (scope->kind == ScopeKind::Comprehension && scope->has_await);
    code_->is_generator = scope->is_generator;
    qualname_ = std::move(qualname);
    loc_ = Loc{first_line, -1, first_line, -1};
    // Fast locals: parameters first, then other locals (function-like scopes).
    if (scope->function_like()) {
      for (auto& p : scope->params) local_index(p);
      for (auto& [n, k] : scope->syms)
        if (k == SymKind::Local) local_index(n);
    }
    for (auto& c : scope->cellvars) {
      int arg = -1;
      for (size_t i = 0; i < scope->params.size(); ++i)
        if (scope->params[i] == c) arg = int(i);
      code_->cellvars.push_back(intern(c));
      code_->cell_arg.push_back(arg);
    }
    for (auto& f : scope->freevars) code_->freevars.push_back(intern(f));
  }

  Code* code() { return code_.get(); }

  // ------------------------------------------------------------ emission
  int emit(Op op, uint32_t arg = 0) {
    code_->ops.push_back(encode(op, arg));
    code_->lines.push_back(loc_.line);
    code_->positions.push_back(Position{loc_.line, loc_.end_line, loc_.col, loc_.end_col});
    return int(code_->ops.size() - 1);
  }
  int new_label() { labels_.push_back(-1); return int(labels_.size() - 1); }
  void bind(int label) { labels_[size_t(label)] = int(code_->ops.size()); }
  void emit_jump(Op op, int label) {
    int at = emit(op, 0);
    patches_.push_back({at, label});
  }
  uint32_t add_const(Value v) {
    for (size_t i = 0; i < code_->consts.size(); ++i) {
      const Value& c = code_->consts[i];
      if (c.tag() != v.tag()) continue;
      if (v.is_obj()) {
        if (c.as_obj() == v.as_obj()) return uint32_t(i);
        if (c.as_obj()->type == types().str && v.as_obj()->type == types().str &&
            c.as<Str>()->s == v.as<Str>()->s)
          return uint32_t(i);
        continue;
      }
      if (c.is(v) && !(v.is_float() && std::signbit(v.as_float()) != std::signbit(c.as_float()))) return uint32_t(i);
    }
    code_->consts.push_back(std::move(v));
    return uint32_t(code_->consts.size() - 1);
  }
  void load_const(Value v) { emit(Op::LOAD_CONST, add_const(std::move(v))); }
  // A module's leading string becomes its __doc__ (compiler_body).
  // The index of n in a code object's name table, adding it on first use
  // (compile.c compiler_add_o on co_names / co_varnames).
  static uint32_t table_index(std::map<std::string, uint32_t>& seen, std::vector<Ref<Str>>& table,
                              const std::string& n) {
    auto [it, added] = seen.emplace(n, uint32_t(table.size()));
    if (added) table.push_back(intern(n));
    return it->second;
  }
  uint32_t name_index(const std::string& n) { return table_index(names_, code_->names, n); }
  uint32_t local_index(const std::string& n) { return table_index(locals_, code_->varnames, n); }
  uint32_t deref_index(const std::string& n) {
    for (size_t i = 0; i < code_->cellvars.size(); ++i)
      if (code_->cellvars[i]->s == n) return uint32_t(i);
    for (size_t i = 0; i < code_->freevars.size(); ++i)
      if (code_->freevars[i]->s == n) return uint32_t(code_->cellvars.size() + i);
    fail(Loc{loc_.line, 0, loc_.line, 0}, "internal error: no cell for '" + n + "'");
  }
  // The source range the next instructions get (CPython's SET_LOC).
  void set_loc(const Node* n) { if (n) set_loc(n->loc); }
  void set_loc(const Loc& l) { if (l.line > 0) loc_ = l; }

  // compile.c update_start_location_to_match_attr: when `a.b` spans lines,
  // the instructions for .b (and a method call's CALL) start at the name b.
  void match_attr_start(const Attribute& a) {
    if (loc_.line == a.loc.end_line) return;
    loc_.line = a.loc.end_line;
    int len = 0;
    for (unsigned char ch : a.attr) len += (ch & 0xC0) != 0x80;  // PyUnicode_GET_LENGTH
    if (len <= a.loc.end_col) {
      loc_.col = a.loc.end_col - len;
    } else {
      loc_.col = loc_.end_col = -1;
    }
    loc_.end_line = std::max(loc_.line, loc_.end_line);
    if (loc_.line == loc_.end_line) loc_.end_col = std::max(loc_.col, loc_.end_col);
  }

  // Where compile.c's compiler_jump_if leaves the location after a test: a
  // comparison sets it (and keeps it) for the jumps and what follows.
  static const Loc* jump_if_loc(const Expr* e, const Loc* cur) {
    switch (e->kind) {
      case ExprKind::UnaryOp:
        if (e->as<lang::UnaryOp>().op == UnaryOpKind::Not) return jump_if_loc(e->as<lang::UnaryOp>().operand, cur);
        return cur;
      case ExprKind::BoolOp:
        for (const Expr* v : e->as<BoolOp>().values) cur = jump_if_loc(v, cur);
        return cur;
      case ExprKind::IfExp: {
        auto& i = e->as<IfExp>();
        return jump_if_loc(i.orelse, jump_if_loc(i.body, jump_if_loc(i.test, cur)));
      }
      case ExprKind::Compare: return &e->loc;
      default: return cur;
    }
  }
  // Compiles a test for a conditional jump; the jump gets compiler_jump_if's location.
  void test(const Expr* e) {
    expr(e);
    if (const Loc* l = jump_if_loc(e, nullptr)) loc_ = *l;
  }

  // ------------------------------------------------------------ names
  void name_op(const std::string& n, Ctx ctx) {
    SymKind k = scope_->lookup(n);
    if (n == "__class__" && scope_->kind == ScopeKind::Class) k = SymKind::GlobalImplicit;
    ScopeKind sk = scope_->kind;
    switch (k) {
      case SymKind::Local:
        if (sk == ScopeKind::Module) break;
        if (sk == ScopeKind::Class) {
          uint32_t i = name_index(n);
          emit(ctx == Ctx::Load ? Op::LOAD_NAME : ctx == Ctx::Store ? Op::STORE_NAME : Op::DELETE_NAME, i);
          return;
        }
        emit(ctx == Ctx::Load ? Op::LOAD_FAST : ctx == Ctx::Store ? Op::STORE_FAST : Op::DELETE_FAST, local_index(n));
        return;
      case SymKind::Cell:
      case SymKind::Free:
        if (sk == ScopeKind::Class && ctx == Ctx::Load && k == SymKind::Free) {
          emit(Op::LOAD_CLASSDEREF, deref_index(n));
          return;
        }
        if (sk == ScopeKind::Class && k == SymKind::Cell) break;  // __class__ cell: names stay in the dict
        emit(ctx == Ctx::Load ? Op::LOAD_DEREF : ctx == Ctx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, deref_index(n));
        return;
      case SymKind::GlobalExplicit:
        emit(ctx == Ctx::Load ? Op::LOAD_GLOBAL : ctx == Ctx::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name_index(n));
        return;
      case SymKind::GlobalImplicit:
        if (sk == ScopeKind::Class) {
          emit(ctx == Ctx::Load ? Op::LOAD_NAME : ctx == Ctx::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_index(n));
          return;
        }
        break;
    }
    // Module code uses the name ops too (compiler_nameop): exec() and
    // eval() run it with a locals mapping apart from its globals.
    if (sk == ScopeKind::Class || sk == ScopeKind::Module) {
      emit(ctx == Ctx::Load ? Op::LOAD_NAME : ctx == Ctx::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_index(n));
      return;
    }
    emit(ctx == Ctx::Load ? Op::LOAD_GLOBAL : ctx == Ctx::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name_index(n));
  }

  // ------------------------------------------------------------ statements
  void body(const std::vector<Stmt*>& b) { for (Stmt* s : b) stmt(s); }

  void stmt(const Stmt* s) {
    set_loc(s);
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: function_def(s->as<FunctionDef>()); break;
      case StmtKind::ClassDef: class_def(s->as<ClassDef>()); break;
      case StmtKind::Return: return_stmt(s->as<Return>()); break;
      case StmtKind::Delete:
        for (Expr* t : s->as<Delete>().targets) delete_target(t);
        break;
      case StmtKind::Assign: {
        auto& a = s->as<Assign>();
        expr(a.value);
        for (size_t i = 0; i < a.targets.size(); ++i) {
          if (i + 1 < a.targets.size()) emit(Op::COPY, 1);
          store(a.targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: aug_assign(s->as<AugAssign>()); break;
      case StmtKind::AnnAssign: ann_assign(s->as<AnnAssign>()); break;
      case StmtKind::For:
      case StmtKind::AsyncFor: for_stmt(s->as<For>()); break;
      case StmtKind::While: while_stmt(s->as<While>()); break;
      case StmtKind::If: {
        auto& i = s->as<If>();
        int l_else = new_label(), l_end = new_label();
        test(i.test);
        emit_jump(Op::POP_JUMP_IF_FALSE, l_else);
        body(i.body);
        if (!i.orelse.empty()) emit_jump(Op::JUMP, l_end);
        bind(l_else);
        body(i.orelse);
        bind(l_end);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: with_stmt(s->as<With>(), 0); break;
      case StmtKind::Raise: {
        auto& r = s->as<Raise>();
        uint32_t n = 0;
        if (r.exc) { expr(r.exc); ++n; }
        if (r.cause) { expr(r.cause); ++n; }
        set_loc(s);
        emit(Op::RAISE_VARARGS, n);
        break;
      }
      case StmtKind::Try: try_stmt(s->as<Try>()); break;
      case StmtKind::Assert: {
        auto& a = s->as<Assert>();
        int l_ok = new_label();
        test(a.test);
        emit_jump(Op::POP_JUMP_IF_TRUE, l_ok);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (a.msg) {
          emit(Op::PUSH_NULL);
          expr(a.msg);
          emit(Op::CALL, 1);
        }
        emit(Op::RAISE_VARARGS, 1);
        bind(l_ok);
        break;
      }
      case StmtKind::Import:
        for (auto& a : s->as<Import>().names) {
          load_const(Value::integer(0));
          load_const(Value());
          emit(Op::IMPORT_NAME, name_index(a.name));
          if (!a.asname.empty() && a.name.find('.') != std::string::npos) {
            // import a.b.c as d: IMPORT_NAME gave the package a; walk down to c
            size_t at = a.name.find('.');
            while (at != std::string::npos) {
              size_t next = a.name.find('.', at + 1);
              emit(Op::IMPORT_FROM, name_index(a.name.substr(at + 1, next == std::string::npos ? next : next - at - 1)));
              emit(Op::SWAP, 2);
              emit(Op::POP_TOP);
              at = next;
            }
          }
          name_op(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname, Ctx::Store);
        }
        break;
      case StmtKind::ImportFrom: {
        auto& f = s->as<ImportFrom>();
        std::vector<Value> fromlist;
        for (auto& a : f.names) fromlist.push_back(make_str(a.name));
        load_const(Value::integer(f.level));
        load_const(make_tuple(std::move(fromlist)));
        emit(Op::IMPORT_NAME, name_index(f.module));
        if (f.names.size() == 1 && f.names[0].name == "*") {
          if (scope_->kind != ScopeKind::Module)
            fail(f.names[0].loc, "import * only allowed at module level");
          emit(Op::IMPORT_STAR);
          break;
        }
        for (auto& a : f.names) {
          emit(Op::IMPORT_FROM, name_index(a.name));
          name_op(a.asname.empty() ? a.name : a.asname, Ctx::Store);
        }
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: break;
      case StmtKind::Expr: {
        const Expr* e = s->as<ExprStmt>().value;
        if (e->kind == ExprKind::Constant) { emit(Op::NOP); break; }
        expr(e);
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Pass: emit(Op::NOP); break;
      case StmtKind::Break: break_stmt(s); break;
      case StmtKind::Continue: continue_stmt(s); break;
      case StmtKind::Match: match_stmt(s->as<Match>()); break;
    }
  }

  // Emits the clean-up a block needs when control leaves it early.
  void unwind(size_t index, bool preserve_tos) {
    FBlockInfo fb = fblocks_[index];
    switch (fb.kind) {
      case FBlock::WhileLoop: break;
      case FBlock::PopValue:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        break;
      case FBlock::ForLoop:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        break;
      case FBlock::TryExcept: emit(Op::POP_BLOCK); break;
      case FBlock::FinallyTry: {
        emit(Op::POP_BLOCK);
        // The finally body runs with the enclosing blocks only.
        std::vector<FBlockInfo> saved(fblocks_.begin() + long(index), fblocks_.end());
        fblocks_.resize(index);
        // compiler_unwind_fblock's POP_VALUE: a break, continue or return in
        // the finally body drops the value the return being unwound keeps.
        if (preserve_tos) fblocks_.push_back({FBlock::PopValue});
        Loc l = loc_;
        body(*fb.finalbody);
        loc_ = l;
        if (preserve_tos) fblocks_.pop_back();
        fblocks_.insert(fblocks_.end(), saved.begin(), saved.end());
        break;
      }
      case FBlock::FinallyEnd:
        emit(Op::POP_BLOCK);
        if (preserve_tos) {
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
          emit(Op::SWAP, 2);
        } else {
          emit(Op::POP_TOP);
        }
        emit(Op::POP_EXCEPT);
        break;
      case FBlock::HandlerCleanup:
        if (!fb.handler_name.empty()) emit(Op::POP_BLOCK);
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        if (!fb.handler_name.empty()) {
          load_const(Value());
          name_op(fb.handler_name, Ctx::Store);
          name_op(fb.handler_name, Ctx::Del);
        }
        break;
      case FBlock::With:
      case FBlock::AsyncWith: {
        // compiler_unwind_fblock: the early __exit__ call belongs to the with statement.
        Loc l = loc_;
        set_loc(fb.with_loc);
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::PUSH_NULL);
        load_const(Value());
        load_const(Value());
        load_const(Value());
        emit(Op::CALL, 3);
        if (fb.kind == FBlock::AsyncWith) emit_await();
        emit(Op::POP_TOP);
        loc_ = l;
        break;
      }
    }
  }

  void return_stmt(const Return& r) {
    if (!scope_->function_like()) fail(r.loc, "'return' outside function");
    if (r.value && scope_->is_async && scope_->is_generator) fail(r.loc, "'return' with value in async generator");
    bool preserve = r.value != nullptr;
    if (r.value) expr(r.value);
    set_loc(&r);
    for (size_t i = fblocks_.size(); i-- > 0;) unwind(i, preserve);
    if (!r.value) load_const(Value());
    emit(Op::RETURN_VALUE);
  }

  size_t innermost_loop(const Stmt* s, const char* what) {
    for (size_t i = fblocks_.size(); i-- > 0;)
      if (fblocks_[i].kind == FBlock::WhileLoop || fblocks_[i].kind == FBlock::ForLoop) return i;
    fail(s->loc, what);
  }

  void break_stmt(const Stmt* s) {
    size_t loop = innermost_loop(s, "'break' outside loop");
    int exit = fblocks_[loop].exit_label;
    for (size_t i = fblocks_.size(); i-- > loop;) unwind(i, false);
    emit_jump(Op::JUMP, exit);
  }

  void continue_stmt(const Stmt* s) {
    size_t loop = innermost_loop(s, "'continue' not properly in loop");
    int cont = fblocks_[loop].continue_label;
    for (size_t i = fblocks_.size(); i-- > loop + 1;) unwind(i, false);
    emit_jump(Op::JUMP, cont);
  }

  void while_stmt(const While& w) {
    int l_top = new_label(), l_else = new_label(), l_end = new_label();
    bind(l_top);
    bool always = w.test->kind == ExprKind::Constant && w.test->as<Constant>().ckind == ConstKind::True;
    if (!always) {
      test(w.test);
      emit_jump(Op::POP_JUMP_IF_FALSE, l_else);
    }
    fblocks_.push_back({FBlock::WhileLoop, l_top, l_end});
    body(w.body);
    fblocks_.pop_back();
    set_loc(&w);
    emit_jump(Op::JUMP, l_top);
    bind(l_else);
    body(w.orelse);
    bind(l_end);
  }

  void for_stmt(const For& f) {
    int l_top = new_label(), l_else = new_label(), l_end = new_label();
    expr(f.iter);
    set_loc(&f);
    if (f.is_async()) {
      emit(Op::GET_AITER);
      int l_stop = new_label();
      bind(l_top);
      emit_jump(Op::SETUP_FINALLY, l_stop);
      emit(Op::GET_ANEXT);
      load_const(Value());
      emit(Op::YIELD_FROM);
      emit(Op::POP_BLOCK);
      store(f.target);
      fblocks_.push_back({FBlock::ForLoop, l_top, l_end});
      body(f.body);
      fblocks_.pop_back();
      set_loc(&f);
      emit_jump(Op::JUMP, l_top);
      bind(l_stop);
      set_loc(f.iter);  // compiler_async_for: END_ASYNC_FOR follows the iterator, not the body
      emit(Op::END_ASYNC_FOR);
      body(f.orelse);
      bind(l_end);
      (void)l_else;
      return;
    }
    emit(Op::GET_ITER);
    bind(l_top);
    emit_jump(Op::FOR_ITER, l_else);
    store(f.target);
    fblocks_.push_back({FBlock::ForLoop, l_top, l_end});
    body(f.body);
    fblocks_.pop_back();
    set_loc(&f);
    emit_jump(Op::JUMP, l_top);
    bind(l_else);
    body(f.orelse);
    bind(l_end);
  }

  // An async generator's yield wraps its value (_PyAsyncGenValueWrapperNew)
  // so asend() tells it from what an await inside passes up to the loop.
  void emit_yield() { emit(Op::YIELD_VALUE, code_->is_coroutine && code_->is_generator ? 1 : 0); }

  void emit_await() {
    emit(Op::GET_AWAITABLE);
    load_const(Value());
    emit(Op::YIELD_FROM);
  }

  // with a as x, b as y: body  ==  with a as x: (with b as y: body)
  void with_stmt(const With& w, size_t item) {
    if (item >= w.items.size()) {
      body(w.body);
      return;
    }
    bool async = w.is_async();
    const WithItem& it = w.items[item];
    int l_exc = new_label(), l_end = new_label(), l_cleanup = new_label(), l_suppress = new_label();
    expr(it.context_expr);
    set_loc(&w);
    if (async) {
      emit(Op::BEFORE_ASYNC_WITH);
      emit_await();
    } else {
      emit(Op::BEFORE_WITH);
    }
    emit_jump(Op::SETUP_CLEANUP, l_exc);  // keeps [exit] under the handler
    if (it.optional_vars) store(it.optional_vars);
    else emit(Op::POP_TOP);
    FBlockInfo fb{async ? FBlock::AsyncWith : FBlock::With};
    fb.with_loc = w.loc;
    fblocks_.push_back(fb);
    with_stmt(w, item + 1);
    fblocks_.pop_back();
    set_loc(&w);
    emit(Op::POP_BLOCK);
    emit(Op::PUSH_NULL);
    load_const(Value());
    load_const(Value());
    load_const(Value());
    emit(Op::CALL, 3);
    if (async) emit_await();
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, l_end);
    // exceptional exit: [exit, exc]
    bind(l_exc);
    emit(Op::PUSH_EXC_INFO);              // [exit, prev, exc]
    emit_jump(Op::SETUP_CLEANUP, l_cleanup);
    emit(Op::WITH_EXCEPT_START);          // [exit, prev, exc, res]
    if (async) emit_await();
    emit_jump(Op::POP_JUMP_IF_TRUE, l_suppress);
    emit(Op::RERAISE);
    bind(l_suppress);                     // [exit, prev, exc]
    emit(Op::POP_BLOCK);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, l_end);
    bind(l_cleanup);                      // [exit, prev, exc2]
    emit(Op::POP_EXCEPT_RERAISE);
    bind(l_end);
  }

  void try_stmt(const Try& t) {
    if (!t.finalbody.empty()) {
      int l_fin = new_label(), l_end = new_label(), l_cleanup = new_label();
      emit_jump(Op::SETUP_FINALLY, l_fin);
      FBlockInfo fb{FBlock::FinallyTry};
      fb.finalbody = &t.finalbody;
      fblocks_.push_back(fb);
      if (!t.handlers.empty()) try_except(t);
      else body(t.body);
      fblocks_.pop_back();
      emit(Op::POP_BLOCK);
      body(t.finalbody);
      emit_jump(Op::JUMP, l_end);
      // exceptional path: [exc]
      bind(l_fin);
      if (!t.finalbody.empty()) set_loc(t.finalbody[0]);
      emit(Op::PUSH_EXC_INFO);
      emit_jump(Op::SETUP_CLEANUP, l_cleanup);
      fblocks_.push_back({FBlock::FinallyEnd});
      body(t.finalbody);
      fblocks_.pop_back();
      emit(Op::POP_BLOCK);
      emit(Op::POP_EXCEPT_RERAISE);
      bind(l_cleanup);
      emit(Op::POP_EXCEPT_RERAISE);
      bind(l_end);
      return;
    }
    try_except(t);
  }

  // compiler_match.cpp compiles match statements and except* through Emitter.
  class Emitter;
  void match_stmt(const Match& m);
  void try_star(const Try& t);

  void try_except(const Try& t) {
    if (t.star) {
      try_star(t);
      return;
    }
    int l_handler = new_label(), l_end = new_label(), l_cleanup = new_label();
    emit_jump(Op::SETUP_FINALLY, l_handler);
    fblocks_.push_back({FBlock::TryExcept});
    body(t.body);
    fblocks_.pop_back();
    emit(Op::POP_BLOCK);
    body(t.orelse);
    emit_jump(Op::JUMP, l_end);
    bind(l_handler);                       // [exc]
    if (!t.handlers.empty()) set_loc(t.handlers[0].loc);
    emit(Op::PUSH_EXC_INFO);               // [prev, exc]
    emit_jump(Op::SETUP_CLEANUP, l_cleanup);
    for (size_t i = 0; i < t.handlers.size(); ++i) {
      const ExceptHandler& h = t.handlers[i];
      set_loc(h.loc);
      int l_next = new_label();
      if (h.type) {
        expr(h.type);
        emit(Op::CHECK_EXC_MATCH);
        emit_jump(Op::POP_JUMP_IF_FALSE, l_next);
      } else if (i + 1 != t.handlers.size()) {
        fail(h.loc, "default 'except:' must be last");
      }
      FBlockInfo fb{FBlock::HandlerCleanup};
      if (!h.name.empty()) {
        name_op(h.name, Ctx::Store);       // [prev]
        int l_namecleanup = new_label();
        emit_jump(Op::SETUP_FINALLY, l_namecleanup);
        fb.handler_name = h.name;
        fblocks_.push_back(fb);
        body(h.body);
        fblocks_.pop_back();
        emit(Op::POP_BLOCK);
        emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        load_const(Value());
        name_op(h.name, Ctx::Store);
        name_op(h.name, Ctx::Del);
        emit_jump(Op::JUMP, l_end);
        bind(l_namecleanup);               // [prev, exc2]
        load_const(Value());
        name_op(h.name, Ctx::Store);
        name_op(h.name, Ctx::Del);
        emit(Op::RERAISE);
      } else {
        emit(Op::POP_TOP);                 // [prev]
        fblocks_.push_back(fb);
        body(h.body);
        fblocks_.pop_back();
        emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        emit_jump(Op::JUMP, l_end);
      }
      bind(l_next);
    }
    emit(Op::RERAISE);                     // no clause matched: [prev, exc]
    bind(l_cleanup);                       // [prev, exc2]
    emit(Op::POP_EXCEPT_RERAISE);
    bind(l_end);
  }

  // compile.c compiler_augassign: the target is loaded and stored at its
  // own location, the in-place operation runs at the statement's.
  void aug_assign(const AugAssign& a) {
    uint32_t op = uint32_t(binop(a.op)) | 0x100;
    const Expr* t = a.target;
    if (t->kind != ExprKind::Name && t->kind != ExprKind::Attribute && t->kind != ExprKind::Subscript)
      fail(t->loc, "'expression' is an illegal expression for augmented assignment");
    Loc stmt_loc = loc_;
    set_loc(t);
    switch (t->kind) {
      case ExprKind::Attribute:
        expr(t->as<Attribute>().value);
        emit(Op::COPY, 1);
        match_attr_start(t->as<Attribute>());
        emit(Op::LOAD_ATTR, name_index(t->as<Attribute>().attr));
        break;
      case ExprKind::Subscript:
        expr(t->as<Subscript>().value);
        expr(t->as<Subscript>().slice);
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        emit(Op::BINARY_SUBSCR);
        break;
      default: name_op(t->as<Name>().id, Ctx::Load); break;
    }
    loc_ = stmt_loc;
    expr(a.value);
    emit(Op::BINARY_OP, op);
    set_loc(t);
    switch (t->kind) {
      case ExprKind::Attribute:
        match_attr_start(t->as<Attribute>());
        emit(Op::SWAP, 2);
        emit(Op::STORE_ATTR, name_index(t->as<Attribute>().attr));
        break;
      case ExprKind::Subscript:
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        emit(Op::STORE_SUBSCR);
        break;
      default: name_op(t->as<Name>().id, Ctx::Store); break;
    }
    loc_ = stmt_loc;
  }

  void store(const Expr* t) {
    Loc saved = loc_;
    set_loc(t);
    store_inner(t);
    loc_ = saved;
  }

  // `a.b` or `a[i]` as a store or delete target: the object (and index),
  // then attr_op / item_op (compiler_visit_expr1's Attribute and Subscript).
  void attr_or_item_target(const Expr* t, Op attr_op, Op item_op) {
    if (t->kind == ExprKind::Attribute) {
      expr(t->as<Attribute>().value);
      match_attr_start(t->as<Attribute>());
      emit(attr_op, name_index(t->as<Attribute>().attr));
    } else {
      expr(t->as<Subscript>().value);
      expr(t->as<Subscript>().slice);
      emit(item_op);
    }
  }

  void store_inner(const Expr* t) {
    switch (t->kind) {
      case ExprKind::Name: name_op(t->as<Name>().id, Ctx::Store); break;
      case ExprKind::Attribute:
      case ExprKind::Subscript: attr_or_item_target(t, Op::STORE_ATTR, Op::STORE_SUBSCR); break;
      case ExprKind::Tuple: unpack(t->as<lang::Tuple>().elts, t); break;
      case ExprKind::List: unpack(t->as<lang::List>().elts, t); break;
      case ExprKind::Starred: fail(t->loc, "starred assignment target must be in a list or tuple"); break;
      default: fail(t->loc, "cannot assign to expression");
    }
  }

  void unpack(const std::vector<Expr*>& elts, const Expr* node) {
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i)
      if (elts[i]->kind == ExprKind::Starred) {
        if (star != elts.size()) fail(node->loc, "multiple starred expressions in assignment");
        star = i;
      }
    if (star == elts.size()) {
      emit(Op::UNPACK_SEQUENCE, uint32_t(elts.size()));
    } else {
      emit(Op::UNPACK_EX, uint32_t(star) | uint32_t(elts.size() - star - 1) << 8);
    }
    for (Expr* e : elts) store(e->kind == ExprKind::Starred ? e->as<Starred>().value : e);
  }

  void delete_target(const Expr* t) {
    set_loc(t);
    switch (t->kind) {
      case ExprKind::Name: name_op(t->as<Name>().id, Ctx::Del); break;
      case ExprKind::Attribute:
      case ExprKind::Subscript: attr_or_item_target(t, Op::DELETE_ATTR, Op::DELETE_SUBSCR); break;
      case ExprKind::Tuple: for (Expr* e : t->as<lang::Tuple>().elts) delete_target(e); break;
      case ExprKind::List: for (Expr* e : t->as<lang::List>().elts) delete_target(e); break;
      default: fail(t->loc, "cannot delete expression");
    }
  }

  // ------------------------------------------------------------ functions and classes
  std::string child_qualname(const std::string& name) {
    if (scope_->kind == ScopeKind::Module) return name;
    if (scope_->kind == ScopeKind::Class) return qualname_ + "." + name;
    return qualname_ + ".<locals>." + name;
  }

  // Pushes the closure tuple for `child` and returns the MAKE_FUNCTION flag bit.
  uint32_t closure_for(Scope* child) {
    if (child->freevars.empty()) return 0;
    for (auto& f : child->freevars) emit(Op::LOAD_CLOSURE, deref_index(f));
    emit(Op::BUILD_TUPLE, uint32_t(child->freevars.size()));
    return 8;
  }

  // compiler_annassign: the value is stored first; a simple name's
  // annotation then goes into __annotations__ in a module or class body.
  // Elsewhere annotations are not evaluated, but a complex target's object
  // (and subscript) still is when there is no value to store.
  void ann_assign(const AnnAssign& a) {
    if (a.value) {
      expr(a.value);
      store(a.target);
    }
    bool namespace_body = scope_->kind == ScopeKind::Module || scope_->kind == ScopeKind::Class;
    switch (a.target->kind) {
      case ExprKind::Name:
        if (a.simple && namespace_body) {
          expr(a.annotation);
          emit(Op::LOAD_NAME, name_index("__annotations__"));
          load_const(make_str(a.target->as<Name>().id));
          emit(Op::STORE_SUBSCR);
        }
        break;
      case ExprKind::Attribute:
        if (!a.value) evaluate_and_pop(a.target->as<Attribute>().value);
        break;
      case ExprKind::Subscript:
        if (!a.value) {
          evaluate_and_pop(a.target->as<Subscript>().value);
          evaluate_and_pop(a.target->as<Subscript>().slice);
        }
        break;
      default: break;
    }
    if (!a.simple && namespace_body) evaluate_and_pop(a.annotation);
  }

  void evaluate_and_pop(const Expr* e) {
    expr(e);
    emit(Op::POP_TOP);
  }

  // compiler_visit_annotations: (name, value) pairs in a flat tuple for
  // MAKE_FUNCTION (flag 4), in CPython's order: the positional-or-keyword
  // parameters, then the positional-only ones, *args, keyword-only, **kwargs,
  // 'return'.
  uint32_t emit_annotations(const Arguments& a, const Expr* returns) {
    uint32_t n = 0;
    auto one = [&](const std::string& name, const Expr* ann) {
      if (!ann) return;
      load_const(make_str(name));
      expr(ann);
      ++n;
    };
    for (size_t i = a.posonly; i < a.args.size(); ++i) one(a.args[i].name, a.args[i].annotation);
    for (size_t i = 0; i < a.posonly; ++i) one(a.args[i].name, a.args[i].annotation);
    if (a.has_vararg) one(a.vararg.name, a.vararg.annotation);
    for (const Arg& k : a.kwonlyargs) one(k.name, k.annotation);
    if (a.has_kwarg) one(a.kwarg.name, a.kwarg.annotation);
    one("return", returns);
    if (!n) return 0;
    emit(Op::BUILD_TUPLE, 2 * n);
    return 4;
  }

  uint32_t emit_defaults(const Arguments& a) {
    uint32_t flags = 0;
    if (!a.defaults.empty()) {
      for (Expr* d : a.defaults) expr(d);
      emit(Op::BUILD_TUPLE, uint32_t(a.defaults.size()));
      flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      if (!a.kw_defaults[i]) continue;
      load_const(make_str(a.kwonlyargs[i].name));
      expr(a.kw_defaults[i]);
      ++nkw;
    }
    if (nkw) {
      emit(Op::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  static void set_signature(Code* c, const Arguments& a) {
    c->argcount = int(a.args.size());
    c->posonlyargcount = int(a.posonly);
    c->kwonlyargcount = int(a.kwonlyargs.size());
    c->varargs = a.has_vararg;
    c->varkw = a.has_kwarg;
  }

  // A body's docstring: its first statement when that is a string literal.
  static const Constant* docstring(const std::vector<Stmt*>& body) {
    if (body.empty() || body[0]->kind != StmtKind::Expr) return nullptr;
    const Expr* e = body[0]->as<ExprStmt>().value;
    if (e->kind != ExprKind::Constant || e->as<Constant>().ckind != ConstKind::Str) return nullptr;
    return &e->as<Constant>();
  }

  // compiler_decorators: each decorator is evaluated, top to bottom, before
  // the def/class; [decorator, NULL] pairs wait on the stack for the object.
  void load_decorators(const std::vector<Expr*>& decos) {
    for (Expr* d : decos) {
      expr(d);
      emit(Op::PUSH_NULL);
    }
  }
  // compiler_apply_decorators: bottom-up, each call at its decorator's range.
  void apply_decorators(const std::vector<Expr*>& decos) {
    for (size_t i = decos.size(); i-- > 0;) {
      set_loc(decos[i]);
      emit(Op::CALL, 1);
    }
  }
  // co_firstlineno of a decorated def/class is its first decorator's line.
  static int first_line(const Stmt& s, const std::vector<Expr*>& decos) {
    return decos.empty() ? s.loc.line : decos[0]->loc.line;
  }

  void function_def(const FunctionDef& f) {
    Scope* child = m_.st->scope_of(&f);
    load_decorators(f.decorator_list);
    set_loc(&f);
    uint32_t flags = emit_defaults(f.args);
    flags |= emit_annotations(f.args, f.returns);
    set_loc(&f);
    CodeGen g(m_, child, child_qualname(f.name), first_line(f, f.decorator_list));
    set_signature(g.code(), f.args);
    if (const Constant* doc = docstring(f.body)) g.code()->doc = make_str(doc->s);
    g.body(f.body);
    g.finish_function();
    set_loc(&f);
    flags |= closure_for(child);
    load_const(Value(g.code()));
    emit(Op::MAKE_FUNCTION, flags);
    apply_decorators(f.decorator_list);
    set_loc(&f);
    name_op(f.name, Ctx::Store);
  }

  void class_def(const ClassDef& c) {
    Scope* child = m_.st->scope_of(&c);
    load_decorators(c.decorator_list);
    set_loc(&c);
    emit(Op::LOAD_BUILD_CLASS);
    emit(Op::PUSH_NULL);
    CodeGen g(m_, child, child_qualname(c.name), first_line(c, c.decorator_list));
    g.name_op("__name__", Ctx::Load);
    g.emit(Op::STORE_NAME, g.name_index("__module__"));
    g.load_const(make_str(g.qualname_));
    g.emit(Op::STORE_NAME, g.name_index("__qualname__"));
    if (body_has_annotations(c.body)) g.emit(Op::SETUP_ANNOTATIONS);
    if (const Constant* doc = docstring(c.body)) {
      // The class body stores its docstring as __doc__ (compiler_body).
      g.set_loc(c.body[0]);
      g.load_const(make_str(doc->s));
      g.emit(Op::STORE_NAME, g.name_index("__doc__"));
    }
    g.body(c.body);
    bool has_cell = false;
    for (auto& cv : child->cellvars)
      if (cv == "__class__") has_cell = true;
    if (has_cell) {
      g.emit(Op::LOAD_CLOSURE, g.deref_index("__class__"));
      g.emit(Op::STORE_NAME, g.name_index("__classcell__"));
    }
    g.load_const(Value());
    g.emit(Op::RETURN_VALUE);
    g.finalize();
    set_loc(&c);
    uint32_t flags = closure_for(child);
    load_const(Value(g.code()));
    emit(Op::MAKE_FUNCTION, flags);
    load_const(make_str(c.name));
    // __build_class__(func, name, *bases, **keywords), like any call.
    bool star = has_starred(c.bases);
    bool dstar = false;
    for (auto& k : c.keywords) dstar = dstar || k.arg.empty();
    if (star || dstar) {
      emit(Op::BUILD_LIST, 2);
      for (Expr* b : c.bases) {
        if (b->kind == ExprKind::Starred) {
          expr(b->as<Starred>().value);
          emit(Op::LIST_EXTEND, 1);
        } else {
          expr(b);
          emit(Op::LIST_APPEND, 1);
        }
      }
      emit(Op::LIST_TO_TUPLE);
      if (!c.keywords.empty()) {
        emit(Op::BUILD_MAP, 0);
        for (auto& k : c.keywords) {
          if (!k.arg.empty()) load_const(make_str(k.arg));
          expr(k.value);
          if (!k.arg.empty()) emit(Op::BUILD_MAP, 1);
          emit(Op::DICT_MERGE, 1);
        }
      }
      set_loc(&c);
      emit(Op::CALL_FUNCTION_EX, c.keywords.empty() ? 0 : 1);
    } else {
      for (Expr* b : c.bases) expr(b);
      for (auto& k : c.keywords) expr(k.value);
      set_loc(&c);
      if (c.keywords.empty()) {
        emit(Op::CALL, uint32_t(2 + c.bases.size()));
      } else {
        std::vector<Value> names;
        for (auto& k : c.keywords) names.push_back(Value(intern(k.arg)));
        load_const(make_tuple(std::move(names)));
        emit(Op::CALL_KW, uint32_t(2 + c.bases.size() + c.keywords.size()));
      }
    }
    apply_decorators(c.decorator_list);
    set_loc(&c);
    name_op(c.name, Ctx::Store);
  }

  // compiler_body: a module's docstring is stored as __doc__ (the None a
  // module without one has comes from the module object, not the code).
  void module_doc(const std::vector<Stmt*>& body) {
    const Constant* doc = docstring(body);
    if (!doc) return;
    set_loc(body[0]);
    load_const(make_str(doc->s));
    emit(Op::STORE_NAME, name_index("__doc__"));
  }

  void finish_function() {
    load_const(Value());
    emit(Op::RETURN_VALUE);
    finalize();
  }

  // ------------------------------------------------------------ expressions
  static BinOp binop(BinOpKind k) {
    switch (k) {
      case BinOpKind::Add: return BinOp::Add;
      case BinOpKind::Sub: return BinOp::Sub;
      case BinOpKind::Mult: return BinOp::Mul;
      case BinOpKind::MatMult: return BinOp::MatMul;
      case BinOpKind::Div: return BinOp::TrueDiv;
      case BinOpKind::Mod: return BinOp::Mod;
      case BinOpKind::Pow: return BinOp::Pow;
      case BinOpKind::LShift: return BinOp::LShift;
      case BinOpKind::RShift: return BinOp::RShift;
      case BinOpKind::BitOr: return BinOp::Or;
      case BinOpKind::BitXor: return BinOp::Xor;
      case BinOpKind::BitAnd: return BinOp::And;
      case BinOpKind::FloorDiv: return BinOp::FloorDiv;
    }
    return BinOp::Add;
  }

  void compare_op(CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Eq: emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq)); break;
      case CmpOpKind::NotEq: emit(Op::COMPARE_OP, uint32_t(CmpOp::Ne)); break;
      case CmpOpKind::Lt: emit(Op::COMPARE_OP, uint32_t(CmpOp::Lt)); break;
      case CmpOpKind::LtE: emit(Op::COMPARE_OP, uint32_t(CmpOp::Le)); break;
      case CmpOpKind::Gt: emit(Op::COMPARE_OP, uint32_t(CmpOp::Gt)); break;
      case CmpOpKind::GtE: emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge)); break;
      case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
      case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
      case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
      case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
    }
  }

  Value constant_value(const Constant& c) {
    switch (c.ckind) {
      case ConstKind::None: return Value();
      case ConstKind::True: return Value::boolean(true);
      case ConstKind::False: return Value::boolean(false);
      case ConstKind::Ellipsis: return ellipsis();
      case ConstKind::Int: return c.s.empty() ? Value::integer(c.i) : int_from_literal(c.s);
      case ConstKind::Float: return Value::real(c.f);
      case ConstKind::Imaginary: return make_complex(0.0, c.f);
      case ConstKind::Str: return Value(intern(c.s));
      case ConstKind::Bytes: return make_bytes(c.s);
    }
    return Value();
  }

  bool has_starred(const std::vector<Expr*>& elts) {
    for (Expr* e : elts)
      if (e->kind == ExprKind::Starred) return true;
    return false;
  }

  // Builds a list from elements that may contain *starred ones.
  void starred_list(const std::vector<Expr*>& elts) {
    emit(Op::BUILD_LIST, 0);
    for (Expr* e : elts) {
      if (e->kind == ExprKind::Starred) {
        expr(e->as<Starred>().value);
        emit(Op::LIST_EXTEND, 1);
      } else {
        expr(e);
        emit(Op::LIST_APPEND, 1);
      }
    }
  }

  void expr(const Expr* e) {
    Loc saved = loc_;
    set_loc(e);
    expr_inner(e);
    loc_ = saved;
  }

  void expr_inner(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto& b = e->as<BoolOp>();
        int l_end = new_label();
        for (size_t i = 0; i < b.values.size(); ++i) {
          expr(b.values[i]);
          if (i + 1 < b.values.size())
            emit_jump(b.op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, l_end);
        }
        bind(l_end);
        break;
      }
      case ExprKind::NamedExpr:
        expr(e->as<NamedExpr>().value);
        emit(Op::COPY, 1);
        store(e->as<NamedExpr>().target);
        break;
      case ExprKind::BinOp: {
        auto& b = e->as<lang::BinOp>();
        expr(b.left);
        expr(b.right);
        set_loc(e);
        emit(Op::BINARY_OP, uint32_t(binop(b.op)));
        break;
      }
      case ExprKind::UnaryOp: {
        auto& u = e->as<lang::UnaryOp>();
        expr(u.operand);
        switch (u.op) {
          case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
          case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
          case UnaryOpKind::UAdd: emit(Op::UNARY_POS); break;
          case UnaryOpKind::USub: emit(Op::UNARY_NEG); break;
        }
        break;
      }
      case ExprKind::Lambda: {
        auto& l = e->as<Lambda>();
        Scope* child = m_.st->scope_of(e);
        uint32_t flags = emit_defaults(l.args);
        CodeGen g(m_, child, child_qualname("<lambda>"), e->loc.line);
        set_signature(g.code(), l.args);
        g.expr(l.body);
        g.emit(Op::RETURN_VALUE);
        g.finalize();
        flags |= closure_for(child);
        load_const(Value(g.code()));
        emit(Op::MAKE_FUNCTION, flags);
        break;
      }
      case ExprKind::IfExp: {
        auto& i = e->as<IfExp>();
        int l_else = new_label(), l_end = new_label();
        expr(i.test);
        emit_jump(Op::POP_JUMP_IF_FALSE, l_else);
        expr(i.body);
        emit_jump(Op::JUMP, l_end);
        bind(l_else);
        expr(i.orelse);
        bind(l_end);
        break;
      }
      case ExprKind::Dict: {
        auto& d = e->as<lang::Dict>();
        bool unpack = false;
        for (Expr* k : d.keys) if (!k) unpack = true;
        if (!unpack) {
          for (size_t i = 0; i < d.keys.size(); ++i) {
            expr(d.keys[i]);
            expr(d.values[i]);
          }
          emit(Op::BUILD_MAP, uint32_t(d.keys.size()));
        } else {
          emit(Op::BUILD_MAP, 0);
          for (size_t i = 0; i < d.keys.size(); ++i) {
            if (!d.keys[i]) {
              expr(d.values[i]);
              emit(Op::DICT_UPDATE, 1);
            } else {
              expr(d.keys[i]);
              expr(d.values[i]);
              emit(Op::MAP_ADD, 1);
            }
          }
        }
        break;
      }
      case ExprKind::Set: {
        auto& s = e->as<lang::Set>();
        bool all_const = s.elts.size() > 2;
        for (Expr* x : s.elts)
          if (x->kind != ExprKind::Constant) all_const = false;
        if (all_const) {
          // CPython folds constant set displays into a frozenset constant
          // (built twice: once folding, once when merging constants), then
          // BUILD_SET 0 + SET_UPDATE; the table order follows that history.
          static VM* const_vm = new VM();
          Set* a = new Set(types().frozenset);
          Value av(a);
          for (Expr* x : s.elts) a->add(*const_vm, constant_value(x->as<Constant>()));
          Set* b = new Set(types().frozenset);
          Value bv(b);
          for (const Value& k : set_items_of(a)) b->add(*const_vm, k);
          b->frozen = true;
          emit(Op::BUILD_SET, 0);
          load_const(bv);
          emit(Op::SET_UPDATE, 1);
          break;
        }
        if (has_starred(s.elts)) {
          emit(Op::BUILD_SET, 0);
          for (Expr* x : s.elts) {
            if (x->kind == ExprKind::Starred) { expr(x->as<Starred>().value); emit(Op::SET_UPDATE, 1); }
            else { expr(x); emit(Op::SET_ADD, 1); }
          }
        } else {
          for (Expr* x : s.elts) expr(x);
          emit(Op::BUILD_SET, uint32_t(s.elts.size()));
        }
        break;
      }
      case ExprKind::ListComp: comprehension(e, e->as<ListComp>().generators, e->as<ListComp>().elt, nullptr); break;
      case ExprKind::SetComp: comprehension(e, e->as<SetComp>().generators, e->as<SetComp>().elt, nullptr); break;
      case ExprKind::DictComp: comprehension(e, e->as<DictComp>().generators, e->as<DictComp>().key, e->as<DictComp>().value); break;
      case ExprKind::GeneratorExp: comprehension(e, e->as<GeneratorExp>().generators, e->as<GeneratorExp>().elt, nullptr); break;
      case ExprKind::Await:
        if (!scope_->is_async && !(scope_->kind == ScopeKind::Comprehension && code_->is_coroutine))
          fail(e->loc, scope_->function_like() ? "'await' outside async function" : "'await' outside function");
        expr(e->as<Await>().value);
        set_loc(e);
        emit_await();
        break;
      case ExprKind::Yield:
        if (!scope_->function_like()) fail(e->loc, "'yield' outside function");
        if (e->as<Yield>().is_from) {
          expr(e->as<Yield>().value);
          set_loc(e);
          emit(Op::GET_YIELD_FROM_ITER);
          load_const(Value());
          emit(Op::YIELD_FROM);
          break;
        }
        if (e->as<Yield>().value) expr(e->as<Yield>().value);
        else load_const(Value());
        emit_yield();
        break;
      case ExprKind::Compare: {
        auto& c = e->as<Compare>();
        expr(c.left);
        if (c.ops.size() == 1) {
          expr(c.comparators[0]);
          set_loc(e);
          compare_op(c.ops[0]);
          break;
        }
        int l_cleanup = new_label(), l_end = new_label();
        for (size_t i = 0; i + 1 < c.ops.size(); ++i) {
          expr(c.comparators[i]);
          emit(Op::SWAP, 2);
          emit(Op::COPY, 2);
          compare_op(c.ops[i]);
          emit_jump(Op::JUMP_IF_FALSE_OR_POP, l_cleanup);
        }
        expr(c.comparators.back());
        compare_op(c.ops.back());
        emit_jump(Op::JUMP, l_end);
        bind(l_cleanup);
        emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        bind(l_end);
        break;
      }
      case ExprKind::Call: call(e->as<Call>(), e); break;
      case ExprKind::FormattedValue: {
        auto& f = e->as<FormattedValue>();
        expr(f.value);
        uint32_t flags = 0;
        if (f.conversion == 's') flags = 1;
        else if (f.conversion == 'r') flags = 2;
        else if (f.conversion == 'a') flags = 3;
        if (f.format_spec) {
          expr(f.format_spec);
          flags |= 4;
        }
        emit(Op::FORMAT_VALUE, flags);
        break;
      }
      case ExprKind::JoinedStr: {
        auto& j = e->as<JoinedStr>();
        if (j.values.empty()) { load_const(Value(intern(""))); break; }
        for (Expr* x : j.values) expr(x);
        emit(Op::BUILD_STRING, uint32_t(j.values.size()));
        break;
      }
      case ExprKind::Constant: load_const(constant_value(e->as<Constant>())); break;
      case ExprKind::Attribute: {
        auto& a = e->as<Attribute>();
        expr(a.value);
        match_attr_start(a);
        emit(Op::LOAD_ATTR, name_index(a.attr));
        break;
      }
      case ExprKind::Subscript: {
        auto& s = e->as<Subscript>();
        expr(s.value);
        expr(s.slice);
        set_loc(e);
        emit(Op::BINARY_SUBSCR);
        break;
      }
      case ExprKind::Starred: fail(e->loc, "can't use starred expression here");
      case ExprKind::Name: name_op(e->as<Name>().id, Ctx::Load); break;
      case ExprKind::List: {
        auto& l = e->as<lang::List>();
        if (has_starred(l.elts)) { starred_list(l.elts); break; }
        for (Expr* x : l.elts) expr(x);
        emit(Op::BUILD_LIST, uint32_t(l.elts.size()));
        break;
      }
      case ExprKind::Tuple: {
        auto& t = e->as<lang::Tuple>();
        if (has_starred(t.elts)) { starred_list(t.elts); emit(Op::LIST_TO_TUPLE); break; }
        for (Expr* x : t.elts) expr(x);
        emit(Op::BUILD_TUPLE, uint32_t(t.elts.size()));
        break;
      }
      case ExprKind::Slice: {
        auto& s = e->as<lang::Slice>();
        if (s.lower) expr(s.lower); else load_const(Value());
        if (s.upper) expr(s.upper); else load_const(Value());
        if (s.step) { expr(s.step); emit(Op::BUILD_SLICE, 3); }
        else emit(Op::BUILD_SLICE, 2);
        break;
      }
    }
  }

  void call(const Call& c, const Expr* e) {
    bool star = has_starred(c.args);
    bool dstar = false;
    for (auto& k : c.keywords) if (k.arg.empty()) dstar = true;
    if (star || dstar) {
      expr(c.func);
      emit(Op::PUSH_NULL);
      starred_list(c.args);
      emit(Op::LIST_TO_TUPLE);
      if (!c.keywords.empty()) {
        emit(Op::BUILD_MAP, 0);
        for (auto& k : c.keywords) {
          if (k.arg.empty()) {
            expr(k.value);
            emit(Op::DICT_MERGE, 1);
          } else {
            load_const(make_str(k.arg));
            expr(k.value);
            emit(Op::BUILD_MAP, 1);
            emit(Op::DICT_MERGE, 1);
          }
        }
      }
      set_loc(e);
      emit(Op::CALL_FUNCTION_EX, c.keywords.empty() ? 0 : 1);
      return;
    }
    if (c.func->kind == ExprKind::Attribute) {
      auto& a = c.func->as<Attribute>();
      expr(a.value);
      set_loc(c.func);
      match_attr_start(a);
      emit(Op::LOAD_METHOD, name_index(a.attr));
      set_loc(e);
      match_attr_start(a);
    } else {
      expr(c.func);
      emit(Op::PUSH_NULL);
    }
    for (Expr* x : c.args) expr(x);
    for (auto& k : c.keywords) expr(k.value);
    if (c.keywords.empty()) {
      emit(Op::CALL, uint32_t(c.args.size()));
    } else {
      std::vector<Value> names;
      for (auto& k : c.keywords) names.push_back(Value(intern(k.arg)));
      load_const(make_tuple(std::move(names)));
      emit(Op::CALL_KW, uint32_t(c.args.size() + c.keywords.size()));
    }
  }

  // [elt for target in iter if cond ...] as a nested function called with iter(first iterable).
  void comprehension(const Expr* e, const std::vector<Comprehension>& gens, const Expr* elt, const Expr* value) {
    Scope* child = m_.st->scope_of(e);
    bool is_gen = e->kind == ExprKind::GeneratorExp;
    CodeGen g(m_, child, child_qualname(child->name), e->loc.line);
    g.code()->argcount = 1;
    g.loc_ = e->loc;
    if (!is_gen) {
      if (e->kind == ExprKind::ListComp) g.emit(Op::BUILD_LIST, 0);
      else if (e->kind == ExprKind::SetComp) g.emit(Op::BUILD_SET, 0);
      else g.emit(Op::BUILD_MAP, 0);
    }
    g.comp_generator(gens, 0, elt, value, e->kind);
    if (is_gen) g.load_const(Value());
    g.emit(Op::RETURN_VALUE);
    g.finalize();
    uint32_t flags = closure_for(child);
    load_const(Value(g.code()));
    emit(Op::MAKE_FUNCTION, flags);
    emit(Op::PUSH_NULL);
    expr(gens[0].iter);
    set_loc(e);
    emit(gens[0].is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 1);
    if (g.code()->is_coroutine && !is_gen) {
      if (!scope_->is_async && !(scope_->kind == ScopeKind::Comprehension && code_->is_coroutine))
        fail(e->loc, "asynchronous comprehension outside of an asynchronous function");
      emit_await();
    }
  }

  // One `for` clause; depth = number of items above the result container.
  void comp_generator(const std::vector<Comprehension>& gens, size_t i, const Expr* elt, const Expr* value, ExprKind kind) {
    const Comprehension& c = gens[i];
    int l_top = new_label(), l_end = new_label();
    if (i == 0) {
      emit(Op::LOAD_FAST, local_index(".0"));
    } else {
      expr(c.iter);
      emit(c.is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    bind(l_top);
    int l_stop = -1;
    if (c.is_async) {
      l_stop = new_label();
      emit_jump(Op::SETUP_FINALLY, l_stop);
      emit(Op::GET_ANEXT);
      load_const(Value());
      emit(Op::YIELD_FROM);
      emit(Op::POP_BLOCK);
    } else {
      emit_jump(Op::FOR_ITER, l_end);
    }
    store(c.target);
    for (Expr* cond : c.ifs) {
      test(cond);
      emit_jump(Op::POP_JUMP_IF_FALSE, l_top);
    }
    if (i + 1 < gens.size()) {
      comp_generator(gens, i + 1, elt, value, kind);
    } else {
      uint32_t depth = uint32_t(i + 1) + 1;  // iterators above the container, +1 for the popped value
      switch (kind) {
        case ExprKind::GeneratorExp:
          expr(elt);
          emit_yield();
          emit(Op::POP_TOP);
          break;
        case ExprKind::ListComp: expr(elt); emit(Op::LIST_APPEND, depth); break;
        case ExprKind::SetComp: expr(elt); emit(Op::SET_ADD, depth); break;
        default:
          expr(elt);
          expr(value);
          emit(Op::MAP_ADD, depth);
          break;
      }
    }
    emit_jump(Op::JUMP, l_top);
    if (c.is_async) {
      bind(l_stop);
      emit(Op::END_ASYNC_FOR);
    }
    bind(l_end);
  }

  static std::vector<Value> set_items_of(const vm::Set* s) {
    std::vector<Value> out;
    s->for_each([&](const Value& k) { out.push_back(k); });
    return out;
  }

  // ------------------------------------------------------------ finishing
  int stack_effect(Op op, uint32_t arg, bool jump) {
    switch (op) {
      case Op::BUILD_SLICE: return 1 - int(arg);
      case Op::JUMP_IF_FALSE_OR_POP:
      case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
      case Op::BUILD_TUPLE:
      case Op::BUILD_LIST:
      case Op::BUILD_SET:
      case Op::BUILD_STRING: return 1 - int(arg);
      case Op::BUILD_MAP: return 1 - 2 * int(arg);
      case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
      case Op::UNPACK_SEQUENCE: return int(arg) - 1;
      case Op::UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
      case Op::CALL: return -int(arg) - 1;
      case Op::CALL_KW: return -int(arg) - 2;
      case Op::CALL_FUNCTION_EX: return -2 - int(arg & 1);
      case Op::MAKE_FUNCTION: return -int(__builtin_popcount(arg));
      case Op::RAISE_VARARGS: return -int(arg);
      case Op::FOR_ITER: return jump ? -1 : 1;
      case Op::SETUP_FINALLY: return jump ? 1 : 0;
      case Op::SETUP_CLEANUP: return jump ? 0 : 0;
      default: return op_base_effect(op);
    }
  }

  // Resolves labels and computes the maximum stack depth by flow analysis
  // (CPython's stackdepth()).
  void finalize() {
    for (auto& [at, label] : patches_) {
      int target = labels_[size_t(label)];
      code_->ops[size_t(at)] = encode(decode_op(code_->ops[size_t(at)]), uint32_t(target));
    }
    size_t n = code_->ops.size();
    std::vector<int> depth(n + 1, -1);
    std::vector<size_t> work;
    auto push = [&](size_t i, int d) {
      if (i > n) return;
      if (depth[i] < d) {
        depth[i] = d;
        work.push_back(i);
      }
    };
    push(0, 0);
    int maxd = 0;
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      if (i >= n) continue;
      int d = depth[i];
      Op op = decode_op(code_->ops[i]);
      uint32_t arg = decode_arg(code_->ops[i]);
      bool is_jump = op == Op::JUMP || op == Op::POP_JUMP_IF_FALSE || op == Op::POP_JUMP_IF_TRUE ||
                     op == Op::JUMP_IF_FALSE_OR_POP || op == Op::JUMP_IF_TRUE_OR_POP || op == Op::FOR_ITER ||
                     op == Op::SETUP_FINALLY || op == Op::SETUP_CLEANUP;
      if (is_jump) {
        int dj = d + stack_effect(op, arg, true);
        if (op == Op::SETUP_CLEANUP) dj = d;  // handler: one shallower + the exception
        maxd = std::max(maxd, dj);
        push(arg, dj);
      }
      bool falls = !(op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS ||
                     op == Op::POP_EXCEPT_RERAISE);
      if (falls) {
        int dn = d + stack_effect(op, arg, false);
        maxd = std::max(maxd, dn);
        // Peak inside an instruction (CALL builds args in place; WITH pushes temporaries).
        maxd = std::max(maxd, d + 3);
        push(i + 1, dn);
      }
    }
    code_->stacksize = uint32_t(maxd + 4);
  }

  Module_ctx& m_;
  Scope* scope_;
  Ref<Code> code_;
  std::string qualname_;
  Loc loc_;  // source range of the instruction being emitted
  std::vector<int> labels_;
  std::vector<std::pair<int, int>> patches_;
  std::map<std::string, uint32_t> names_, locals_;
  std::vector<FBlockInfo> fblocks_;
};

class CodeGen::Emitter final : public MatchEmitter {
 public:
  explicit Emitter(CodeGen& g) : g_(g) {}
  int emit(Op op, uint32_t arg) override { return g_.emit(op, arg); }
  int new_label() override { return g_.new_label(); }
  void bind(int label) override { g_.bind(label); }
  void emit_jump(Op op, int label) override { g_.emit_jump(op, label); }
  void load_const(Value v) override { g_.load_const(std::move(v)); }
  void expr(const Expr* e) override { g_.expr(e); }
  void test(const Expr* e) override { g_.test(e); }
  void name_op(const std::string& name, Ctx ctx) override { g_.name_op(name, ctx); }
  void set_loc(const Loc& loc) override { g_.set_loc(loc); }
  Loc loc() const override { return g_.loc_; }
  void body(const std::vector<Stmt*>& b) override { g_.body(b); }
  void try_body(const std::vector<Stmt*>& b) override {
    g_.fblocks_.push_back({FBlock::TryExcept});
    g_.body(b);
    g_.fblocks_.pop_back();
  }

 private:
  CodeGen& g_;
};

void CodeGen::match_stmt(const Match& m) {
  Emitter e(*this);
  compile_match(e, m);
}

void CodeGen::try_star(const Try& t) {
  Emitter e(*this);
  compile_try_star(e, t);
}

}  // namespace

static const int kEffects[] = {
#define SANDBOX_X(name, effect) effect,
    SANDBOX_OPCODES(SANDBOX_X)
#undef SANDBOX_X
};
static const char* kNames[] = {
#define SANDBOX_X(name, effect) #name,
    SANDBOX_OPCODES(SANDBOX_X)
#undef SANDBOX_X
};
int op_base_effect(Op op) { return kEffects[int(op)] == 99 ? 0 : kEffects[int(op)]; }
const char* op_name(Op op) { return kNames[int(op)]; }

CompileResult compile_module(const lang::Module& m) {
  CompileResult r;
  auto src = std::make_shared<const std::string>(m.source);
  try {
    SymbolTable st = build_symtable(m);
    Module_ctx ctx{src, m.filename, &st};
    CodeGen g(ctx, st.top.get(), "<module>", 1);
    if (body_has_annotations(m.body)) g.emit(Op::SETUP_ANNOTATIONS);
    g.module_doc(m.body);
    g.body(m.body);
    g.load_const(Value());
    g.emit(Op::RETURN_VALUE);
    g.finalize();
    r.code = g.code();
  } catch (CompileError& e) {
    r.error = lang::make_error(m.source, m.filename, e.loc, e.message, e.type);
  }
  return r;
}

CompileResult compile_expression(const lang::Module& m) {
  assert(m.body.size() == 1 && m.body[0]->kind == StmtKind::Expr);
  CompileResult r;
  auto src = std::make_shared<const std::string>(m.source);
  try {
    SymbolTable st = build_symtable(m);
    Module_ctx ctx{src, m.filename, &st};
    CodeGen g(ctx, st.top.get(), "<module>", 1);
    g.set_loc(m.body[0]->loc);
    g.expr(m.body[0]->as<ExprStmt>().value);
    g.emit(Op::RETURN_VALUE);
    g.finalize();
    r.code = g.code();
  } catch (CompileError& e) {
    r.error = lang::make_error(m.source, m.filename, e.loc, e.message, e.type);
  }
  return r;
}

CompileResult compile_source(std::string_view source, std::string filename) {
  lang::ParseResult p = lang::parse(source, std::move(filename));
  if (!p.ok()) {
    CompileResult r;
    r.error = p.error;
    return r;
  }
  return compile_module(*p.module);
}

static void disassemble_into(const Code* c, std::string& out) {
  out += "code " + c->qualname->s + "\n";
  for (size_t i = 0; i < c->ops.size(); ++i) {
    Op op = decode_op(c->ops[i]);
    const Position& p = c->positions[i];
    char buf[128];
    std::snprintf(buf, sizeof buf, "%4zu %4d %-22s %-6u (%d, %d, %d, %d)\n", i, c->lines[i], op_name(op),
                  decode_arg(c->ops[i]), p.line, p.col, p.end_line, p.end_col);
    out += buf;
  }
  for (const Value& k : c->consts)
    if (k.is_obj() && k.as_obj()->type == types().code) disassemble_into(k.as<Code>(), out);
}

std::string disassemble(const Code* code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace sandbox::vm
