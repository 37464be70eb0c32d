// Statements and the parse() entry point.  Mirrors CPython 3.11
// Grammar/python.gram (statement rules) and Parser/pegen_errors.c (which
// error wins, and where the caret goes).
#include <algorithm>
#include <initializer_list>

#include "lang/checks.h"
#include "lang/parser.h"
#include "lang/parser_internal.h"

namespace sandbox::lang {

Parser::Parser(std::string_view source, const std::vector<Token>& tokens, const Lexed& lexed,
               Module& module, std::string filename, int line_offset, int col_offset)
    : src_(source), toks_(tokens), lexed_(lexed), mod_(module), filename_(std::move(filename)),
      line_offset_(line_offset), col_offset_(col_offset) {}

// ------------------------------------------------------------------ tokens

const Token& Parser::tok(size_t i) {
  if (i >= toks_.size()) i = toks_.size() - 1;
  if (i > furthest_) furthest_ = i;
  const Token& t = toks_[i];
  // CPython raises a tokenizer error the moment the parser fetches it.
  if (t.kind == Tok::ErrorTok && lexed_.error) throw ParseFail{lexed_.error->error};
  return t;
}

const Token& Parser::expect(Tok k) {
  if (!at(k)) fail_invalid_syntax();
  return toks_[p_++];
}

Loc Parser::loc_of(const Token& t) const {
  if (line_offset_ == 0) return {t.line, t.col, t.end_line, t.end_col};
  // A sub-parse of "(" expr ")": line 1 is shifted by the opening paren.
  auto map = [&](int line, int col, int& out_line, int& out_col) {
    out_line = line_offset_ + line - 1;
    out_col = line == 1 ? col_offset_ + col - 1 : col;
  };
  Loc l;
  map(t.line, t.col, l.line, l.col);
  map(t.end_line, t.end_col, l.end_line, l.end_col);
  return l;
}

// ------------------------------------------------------------------ errors

void Parser::fail_at(const Loc& loc, std::string msg, std::string type) {
  throw ParseFail{make_error(mod_.source, filename_, loc, std::move(msg), std::move(type))};
}

void Parser::fail_token(const Token& t, std::string msg, std::string type) {
  SyntaxError e = make_error(mod_.source, filename_, loc_of(t), std::move(msg), std::move(type));
  if (t.kind == Tok::Newline || t.kind == Tok::EndMarker) e.end_offset = e.offset + 1;
  throw ParseFail{std::move(e)};
}

// _PyPegen_raise_error: one caret at the last token fetched.  INDENT and
// DEDENT tokens have no column in CPython: the tokenizer position (the first
// non-blank character) is used as the 1-based offset, so no caret shows.
void Parser::fail_last(std::string msg, std::string type) {
  const Token& t = toks_[furthest_];
  SyntaxError e = make_error(mod_.source, filename_, loc_of(t), std::move(msg), std::move(type));
  if (t.kind == Tok::Indent || t.kind == Tok::Dedent) e.offset = e.offset - 1;
  e.end_offset = 0;
  throw ParseFail{std::move(e)};
}

void Parser::fail_memory() {
  SyntaxError e;
  e.type = "MemoryError";
  e.filename = filename_;
  throw ParseFail{std::move(e)};
}

// _PyPegen_set_syntax_error: the generic error at the furthest token.
void Parser::fail_invalid_syntax() {
  const Token& t = toks_[furthest_];
  if (t.kind == Tok::Indent) fail_last("unexpected indent", "IndentationError");
  if (t.kind == Tok::Dedent) fail_last("unexpected unindent", "IndentationError");
  if (t.kind == Tok::EndMarker) {
    SyntaxError e = make_error(mod_.source, filename_, loc_of(t), "unexpected EOF while parsing");
    throw ParseFail{std::move(e)};
  }
  fail_token(t, "invalid syntax");
}

void Parser::unsupported(const Loc& loc, const std::string& what) {
  SyntaxError e = make_error(mod_.source, filename_, loc,
                             what + " not supported by asyncio-sandbox", "NotImplementedError");
  e.message = what + " not supported by asyncio-sandbox (line " + std::to_string(loc.line) + ")";
  throw ParseFail{std::move(e)};
}

// ------------------------------------------------------------------ statements

// file: [statements] ENDMARKER
void Parser::file() { mod_.body = statements_until(Tok::EndMarker); }

// statements: statement+   (until `end`: DEDENT or ENDMARKER)
std::vector<Stmt*> Parser::statements_until(Tok end) {
  std::vector<Stmt*> out;
  while (!at(end)) statement(out);
  return out;
}

// statement: compound_stmt | simple_stmts
void Parser::statement(std::vector<Stmt*>& out) {
  if (Stmt* s = compound_stmt()) {
    out.push_back(s);
    return;
  }
  simple_stmts(out);
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
void Parser::simple_stmts(std::vector<Stmt*>& out) {
  while (true) {
    out.push_back(simple_stmt());
    if (accept(Tok::Semi)) {
      if (at(Tok::Newline)) break;
      continue;
    }
    break;
  }
  if (!at(Tok::Newline)) fail_invalid_syntax();
  ++p_;
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt
//   | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break'
//   | 'continue' | global_stmt | nonlocal_stmt
Stmt* Parser::simple_stmt() {
  const Token& t = cur();
  switch (t.kind) {
    case Tok::KwReturn: return return_stmt();
    case Tok::KwImport: return import_stmt();
    case Tok::KwFrom: return from_stmt();
    case Tok::KwRaise: return raise_stmt();
    case Tok::KwPass: ++p_; return make<Pass>(loc_of(t));
    case Tok::KwBreak: ++p_; return make<Break>(loc_of(t));
    case Tok::KwContinue: ++p_; return make<Continue>(loc_of(t));
    case Tok::KwDel: return del_stmt();
    case Tok::KwAssert: return assert_stmt();
    case Tok::KwGlobal: return global_stmt(false);
    case Tok::KwNonlocal: return global_stmt(true);
    case Tok::Indent: fail_invalid_syntax();
    default: return assignment_or_expr();
  }
}

static Expr* invalid_target(Expr* e, Ctx ctx);

static bool augassign_op(Tok k, BinOpKind& op) {
  switch (k) {
    case Tok::PlusEqual: op = BinOpKind::Add; return true;
    case Tok::MinEqual: op = BinOpKind::Sub; return true;
    case Tok::StarEqual: op = BinOpKind::Mult; return true;
    case Tok::AtEqual: op = BinOpKind::MatMult; return true;
    case Tok::SlashEqual: op = BinOpKind::Div; return true;
    case Tok::PercentEqual: op = BinOpKind::Mod; return true;
    case Tok::AmperEqual: op = BinOpKind::BitAnd; return true;
    case Tok::VBarEqual: op = BinOpKind::BitOr; return true;
    case Tok::CircumflexEqual: op = BinOpKind::BitXor; return true;
    case Tok::LeftShiftEqual: op = BinOpKind::LShift; return true;
    case Tok::RightShiftEqual: op = BinOpKind::RShift; return true;
    case Tok::DoubleStarEqual: op = BinOpKind::Pow; return true;
    case Tok::DoubleSlashEqual: op = BinOpKind::FloorDiv; return true;
    default: return false;
  }
}

// assignment:
//   | NAME ':' expression ['=' annotated_rhs]
//   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//   | (star_targets '=')+ (yield_expr | star_expressions) !'='
//   | single_target augassign ~ (yield_expr | star_expressions)
// star_expressions (an expression statement) otherwise.
Stmt* Parser::assignment_or_expr() {
  const Token& first = cur();
  bool parenthesized = first.kind == Tok::LPar;
  // Python 2 style `print x` / `exec x` (invalid_legacy_expression).
  if (first.kind == Tok::Name && (text(first) == "print" || text(first) == "exec") &&
      starts_expression(kind(1)) && kind(1) != Tok::LPar && kind(1) != Tok::LSqb &&
      kind(1) != Tok::Minus && kind(1) != Tok::Plus && kind(1) != Tok::Star &&
      kind(1) != Tok::Tilde) {
    ++p_;
    Expr* b = star_expressions();
    std::string n(text(first));
    fail_at(span(loc_of(first), b->loc),
            "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?");
  }
  Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
  BinOpKind op;
  if (at(Tok::Colon)) {
    // annotated assignment
    if (e->kind == ExprKind::Tuple)
      fail_at(parenthesized || e->as<Tuple>().elts.empty() ? e->loc : e->as<Tuple>().elts[0]->loc,
              "only single target (not tuple) can be annotated");
    if (e->kind == ExprKind::List)
      fail_at(e->loc, "only single target (not list) can be annotated");
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute &&
        e->kind != ExprKind::Subscript)
      fail_at(e->loc, "illegal target for annotation");
    ++p_;
    auto* s = make<AnnAssign>(e->loc);
    set_store(e, Ctx::Store, "assign");
    s->target = e;
    s->annotation = expression();
    s->simple = e->kind == ExprKind::Name && !parenthesized;
    if (accept(Tok::Equal)) s->value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    s->loc = from(first);
    return s;
  }
  if (augassign_op(kind(), op)) {
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute &&
        e->kind != ExprKind::Subscript)
      fail_at(e->loc, std::string("'") + expr_name(e) +
                          "' is an illegal expression for augmented assignment");
    ++p_;
    auto* s = make<AugAssign>(e->loc);
    set_store(e, Ctx::Store, "assign");
    s->target = e;
    s->op = op;
    s->value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    s->loc = from(first);
    return s;
  }
  if (at(Tok::Equal)) {
    auto* s = make<Assign>(e->loc);
    std::vector<Expr*> items{e};
    while (accept(Tok::Equal)) items.push_back(at(Tok::KwYield) ? yield_expr() : star_expressions());
    // invalid_named_expression: a lone `target = value` whose target is an
    // or-expression that cannot be assigned gets the "Maybe '=='" hint.
    if (items.size() == 2 && invalid_target(e, Ctx::Store) == e) {
      bool hint = true;
      switch (e->kind) {
        case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp:
        case ExprKind::Lambda: case ExprKind::NamedExpr: case ExprKind::Yield:
        case ExprKind::GeneratorExp:
          hint = false;
          break;
        case ExprKind::UnaryOp: hint = e->as<UnaryOp>().op != UnaryOpKind::Not; break;
        case ExprKind::Constant: {
          ConstKind k = e->as<Constant>().ckind;
          hint = k != ConstKind::True && k != ConstKind::False && k != ConstKind::None;
          break;
        }
        default: break;
      }
      if (hint && items[1]->kind != ExprKind::Yield)
        fail_at(e->loc, std::string("cannot assign to ") + expr_name(e) +
                            " here. Maybe you meant '==' instead of '='?");
    }
    for (size_t i = 0; i + 1 < items.size(); ++i) {
      if (items[i]->kind == ExprKind::Yield)
        fail_at(items[i]->loc, "assignment to yield expression not possible");
      set_store(items[i], Ctx::Store, "assign");
      s->targets.push_back(items[i]);
    }
    s->value = items.back();
    s->loc = from(first);
    return s;
  }
  auto* s = make<ExprStmt>(e->loc);
  s->value = e;
  return s;
}

// The first sub-expression that cannot be a target (_PyPegen_get_invalid_target).
static Expr* invalid_target(Expr* e, Ctx ctx) {
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return nullptr;
    case ExprKind::Tuple:
    case ExprKind::List: {
      auto& elts = e->kind == ExprKind::Tuple ? e->as<Tuple>().elts : e->as<List>().elts;
      for (Expr* x : elts)
        if (Expr* bad = invalid_target(x, ctx)) return bad;
      return nullptr;
    }
    case ExprKind::Starred:
      if (ctx == Ctx::Del) return e;
      return invalid_target(e->as<Starred>().value, ctx);
    default:
      return e;
  }
}

static void apply_ctx(Expr* e, Ctx ctx) {
  switch (e->kind) {
    case ExprKind::Name: e->as<Name>().ctx = ctx; break;
    case ExprKind::Attribute: e->as<Attribute>().ctx = ctx; break;
    case ExprKind::Subscript: e->as<Subscript>().ctx = ctx; break;
    case ExprKind::Starred:
      e->as<Starred>().ctx = ctx;
      apply_ctx(e->as<Starred>().value, ctx);
      break;
    case ExprKind::Tuple:
      e->as<Tuple>().ctx = ctx;
      for (Expr* x : e->as<Tuple>().elts) apply_ctx(x, ctx);
      break;
    case ExprKind::List:
      e->as<List>().ctx = ctx;
      for (Expr* x : e->as<List>().elts) apply_ctx(x, ctx);
      break;
    default: break;
  }
}

// Turns a parsed expression into a target, or raises CPython's message
// (RAISE_SYNTAX_ERROR_INVALID_TARGET).  style: "assign" (star targets),
// "for", "with", "del".
void Parser::set_store(Expr* e, Ctx ctx, const char* style) {
  if (Expr* bad = invalid_target(e, ctx)) {
    std::string st = style;
    std::string name = expr_name(bad);
    if (st == "del") fail_at(bad->loc, "cannot delete " + name);
    fail_at(bad->loc, "cannot assign to " + name);
  }
  apply_ctx(e, ctx);
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::return_stmt() {
  const Token& t = expect(Tok::KwReturn);
  auto* s = make<Return>(loc_of(t));
  if (!at(Tok::Newline) && !at(Tok::Semi)) s->value = star_expressions();
  s->loc = from(t);
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_stmt() {
  const Token& t = expect(Tok::KwRaise);
  auto* s = make<Raise>(loc_of(t));
  if (!at(Tok::Newline) && !at(Tok::Semi)) {
    s->exc = expression();
    if (accept(Tok::KwFrom)) s->cause = expression();
  }
  s->loc = from(t);
  return s;
}

// global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::global_stmt(bool nonlocal) {
  const Token& t = cur();
  ++p_;
  std::vector<std::string> names;
  do {
    names.emplace_back(text(expect(Tok::Name)));
  } while (accept(Tok::Comma));
  if (nonlocal) {
    auto* s = make<Nonlocal>(from(t));
    s->names = std::move(names);
    return s;
  }
  auto* s = make<Global>(from(t));
  s->names = std::move(names);
  return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
Stmt* Parser::del_stmt() {
  const Token& t = expect(Tok::KwDel);
  auto* s = make<Delete>(loc_of(t));
  do {
    if (at(Tok::Newline) || at(Tok::Semi)) break;
    Expr* e = at(Tok::Star) ? star_expression() : bitwise_or();
    set_store(e, Ctx::Del, "del");
    s->targets.push_back(e);
  } while (accept(Tok::Comma));
  if (s->targets.empty()) fail_invalid_syntax();
  if (!at(Tok::Newline) && !at(Tok::Semi)) fail_invalid_syntax();
  s->loc = from(t);
  return s;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assert_stmt() {
  const Token& t = expect(Tok::KwAssert);
  auto* s = make<Assert>(loc_of(t));
  s->test = expression();
  if (accept(Tok::Comma)) s->msg = expression();
  s->loc = from(t);
  return s;
}

// dotted_name: dotted_name '.' NAME | NAME
std::string Parser::dotted_name() {
  std::string n(text(expect(Tok::Name)));
  while (at(Tok::Dot)) {
    ++p_;
    n += '.';
    n += text(expect(Tok::Name));
  }
  return n;
}

// import_name: 'import' ','.(dotted_name ['as' NAME])+
Stmt* Parser::import_stmt() {
  const Token& t = expect(Tok::KwImport);
  auto* s = make<Import>(loc_of(t));
  do {
    const Token& a = cur();
    Alias al;
    al.name = dotted_name();
    if (accept(Tok::KwAs)) al.asname = std::string(text(expect(Tok::Name)));
    al.loc = from(a);
    s->names.push_back(std::move(al));
  } while (accept(Tok::Comma));
  s->loc = from(t);
  return s;
}

// import_from:
//   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//   | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
Stmt* Parser::from_stmt() {
  const Token& t = expect(Tok::KwFrom);
  auto* s = make<ImportFrom>(loc_of(t));
  while (at(Tok::Dot) || at(Tok::Ellipsis)) s->level += at(Tok::Dot) ? 1 : 3, ++p_;
  if (!at(Tok::KwImport)) s->module = dotted_name();
  expect(Tok::KwImport);
  if (at(Tok::Star)) {
    const Token& st = cur();
    ++p_;
    Alias al;
    al.loc = loc_of(st);
    al.name = "*";
    s->names.push_back(std::move(al));
    s->loc = from(t);
    return s;
  }
  bool paren = accept(Tok::LPar);
  do {
    if (paren && at(Tok::RPar)) break;
    const Token& a = cur();
    Alias al;
    al.name = std::string(text(expect(Tok::Name)));
    if (accept(Tok::KwAs)) al.asname = std::string(text(expect(Tok::Name)));
    al.loc = from(a);
    s->names.push_back(std::move(al));
  } while (accept(Tok::Comma));
  if (paren) expect(Tok::RPar);
  else if (prev().kind == Tok::Comma)
    fail_at(loc_of(prev()), "trailing comma not allowed without surrounding parentheses");
  s->loc = from(t);
  return s;
}

// A `match` soft keyword starts a statement when the logical line ends with
// ':' followed by an indented 'case'.
bool Parser::looks_like_match() {
  if (!at_name("match")) return false;
  Tok k1 = toks_[std::min(p_ + 1, toks_.size() - 1)].kind;
  if (k1 == Tok::Equal || k1 == Tok::Dot || k1 == Tok::Newline || k1 == Tok::Colon) return false;
  for (size_t i = p_ + 1; i + 2 < toks_.size(); ++i) {
    if (toks_[i].kind == Tok::Newline)
      return toks_[i - 1].kind == Tok::Colon && toks_[i + 1].kind == Tok::Indent &&
             toks_[i + 2].kind == Tok::Name && text(toks_[i + 2]) == "case";
    if (toks_[i].kind == Tok::ErrorTok) return false;
  }
  return false;
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
//   | try_stmt | while_stmt | match_stmt; nullptr if none.
Stmt* Parser::compound_stmt() {
  const Token& t = cur();
  switch (t.kind) {
    case Tok::KwDef: return function_def(nullptr);
    case Tok::KwIf: return if_stmt(false);
    case Tok::KwClass: return class_def();
    case Tok::KwWith: return with_stmt(nullptr);
    case Tok::KwFor: return for_stmt(nullptr);
    case Tok::KwTry: return try_stmt();
    case Tok::KwWhile: return while_stmt();
    case Tok::KwAsync: {
      Tok k = kind(1);
      if (k == Tok::KwDef) return ++p_, function_def(&t);
      if (k == Tok::KwWith) return ++p_, with_stmt(&t);
      if (k == Tok::KwFor) return ++p_, for_stmt(&t);
      ++p_;
      fail_invalid_syntax();
    }
    case Tok::At: return decorated();
    case Tok::Indent: fail_invalid_syntax();
    default:
      if (looks_like_match()) return match_stmt();
      return nullptr;
  }
}

// The ':' ending a compound statement's header.  Forced (&&':') rules say
// "expected ':'" at whatever token is there; the others only before NEWLINE.
void Parser::expect_colon(bool forced) {
  if (accept(Tok::Colon)) return;
  if (forced) fail_token(cur(), "expected ':'");
  if (at(Tok::Newline)) fail_last("expected ':'");
  fail_invalid_syntax();
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
std::vector<Stmt*> Parser::block(const Token& owner, const char* what) {
  std::vector<Stmt*> body;
  if (accept(Tok::Newline)) {
    if (!at(Tok::Indent))
      fail_last(std::string("expected an indented block after ") + what + " on line " +
                    std::to_string(owner.line),
                "IndentationError");
    ++p_;
    body = statements_until(Tok::Dedent);
    ++p_;  // DEDENT
    return body;
  }
  simple_stmts(body);
  return body;
}

// A compound statement ends where its last nested statement ends (the
// NEWLINE/DEDENT tokens that close the block are not part of it).
static Loc block_end(const Loc& start, std::initializer_list<const std::vector<Stmt*>*> blocks) {
  Loc l = start;
  for (const std::vector<Stmt*>* b : blocks) {
    if (b->empty()) continue;
    l.end_line = b->back()->loc.end_line;
    l.end_col = b->back()->loc.end_col;
    return l;
  }
  return l;
}

// else_block: 'else' &&':' block
// finally_block: 'finally' &&':' block
std::vector<Stmt*> Parser::clause_block(const char* what) {
  const Token& keyword = cur();
  ++p_;
  expect_colon(true);
  return block(keyword, what);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
Stmt* Parser::if_stmt(bool elif) {
  const Token& t = cur();
  ++p_;
  auto* s = make<If>(loc_of(t));
  s->test = named_expression();
  expect_colon(false);
  s->body = block(t, elif ? "'elif' statement" : "'if' statement");
  if (at(Tok::KwElif)) {
    s->orelse.push_back(if_stmt(true));
  } else if (at(Tok::KwElse)) {
    s->orelse = clause_block("'else' statement");
  }
  s->loc = block_end(loc_of(t), {&s->orelse, &s->body});
  return s;
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt* Parser::while_stmt() {
  const Token& t = expect(Tok::KwWhile);
  auto* s = make<While>(loc_of(t));
  s->test = named_expression();
  expect_colon(false);
  s->body = block(t, "'while' statement");
  if (at(Tok::KwElse)) s->orelse = clause_block("'else' statement");
  s->loc = block_end(loc_of(t), {&s->orelse, &s->body});
  return s;
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& t = expect(Tok::KwFor);
  const Token& first = async_tok ? *async_tok : t;
  auto* s = make<For>(loc_of(first));
  if (async_tok) s->kind = StmtKind::AsyncFor;
  // star_targets: parsed as or-expressions so that 'in' ends them.
  const Token& tstart = cur();
  std::vector<Expr*> elts;
  bool comma = false;
  do {
    if (at(Tok::KwIn)) break;
    if (at(Tok::Star)) {
      const Token& st = cur();
      ++p_;
      auto* sx = make<Starred>(loc_of(st));
      sx->value = bitwise_or();
      sx->loc = from(st);
      elts.push_back(sx);
    } else {
      elts.push_back(bitwise_or());
    }
    if (!at(Tok::Comma)) break;
    ++p_;
    comma = true;
  } while (true);
  if (elts.empty()) fail_invalid_syntax();
  Expr* target = elts[0];
  if (comma) {
    auto* tup = make<Tuple>(from(tstart));
    tup->elts = std::move(elts);
    target = tup;
  }
  if (!at(Tok::KwIn)) {
    // invalid_for_target: 'for' star_expressions -> "cannot assign to ..."
    if (invalid_target(target, Ctx::Store)) set_store(target, Ctx::Store, "for-target");
    fail_invalid_syntax();
  }
  set_store(target, Ctx::Store, "for-target");
  s->target = target;
  ++p_;
  s->iter = star_expressions();
  expect_colon(false);
  s->body = block(first, "'for' statement");
  if (at(Tok::KwElse)) s->orelse = clause_block("'else' statement");
  s->loc = block_end(loc_of(first), {&s->orelse, &s->body});
  return s;
}

// with_stmt:
//   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//   | [ASYNC] 'with' ','.with_item+ ':' block
// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& t = expect(Tok::KwWith);
  const Token& first = async_tok ? *async_tok : t;
  auto* s = make<With>(loc_of(first));
  if (async_tok) s->kind = StmtKind::AsyncWith;
  auto item = [&]() {
    WithItem it;
    it.context_expr = expression();
    if (accept(Tok::KwAs)) {
      Expr* target = at(Tok::Star) ? star_expression() : bitwise_or();
      if (!at(Tok::Comma) && !at(Tok::RPar) && !at(Tok::Colon)) fail_invalid_syntax();
      set_store(target, Ctx::Store, "with");
      it.optional_vars = target;
    }
    return it;
  };
  bool done = false;
  if (at(Tok::LPar)) {
    // Try the parenthesized form; fall back to an ordinary expression.
    size_t save = p_;
    try {
      ++p_;
      std::vector<WithItem> items;
      do {
        if (at(Tok::RPar)) break;
        items.push_back(item());
      } while (accept(Tok::Comma));
      expect(Tok::RPar);
      if (!at(Tok::Colon)) throw ParseFail{};
      s->items = std::move(items);
      done = true;
    } catch (const ParseFail&) {
      p_ = save;
    }
  }
  if (!done) {
    do {
      s->items.push_back(item());
    } while (accept(Tok::Comma));
  }
  expect_colon(false);
  s->body = block(first, "'with' statement");
  s->loc = block_end(loc_of(first), {&s->body});
  return s;
}

// try_stmt:
//   | 'try' &&':' block finally_block
//   | 'try' &&':' block except_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// finally_block: 'finally' &&':' block
Stmt* Parser::try_stmt() {
  const Token& t = expect(Tok::KwTry);
  auto* s = make<Try>(loc_of(t));
  expect_colon(true);
  s->body = block(t, "'try' statement");
  while (at(Tok::KwExcept)) {
    const Token& e = cur();
    ++p_;
    // except_star_block: 'except' '*' expression ['as' NAME] ':' block; a try
    // statement's clauses are all one kind (invalid_try_stmt).
    bool star = at(Tok::Star);
    if (star) ++p_;
    if (s->handlers.empty()) s->star = star;
    if (star && (at(Tok::Colon) || at(Tok::Newline))) fail_last("expected one or more exception types");
    if (star != s->star) {
      const Token& last = star ? prev() : e;
      fail_at(span(loc_of(e), loc_of(last)), "cannot have both 'except' and 'except*' on the same 'try'");
    }
    ExceptHandler h;
    if (!at(Tok::Colon) && !at(Tok::Newline)) {
      h.type = expression();
      if (at(Tok::Comma)) {
        // invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':'
        Expr* a = h.type;
        const Token* last = &cur();
        while (accept(Tok::Comma)) {
          expression();
          last = &prev();
        }
        fail_at(span(a->loc, loc_of(*last)), "multiple exception types must be parenthesized");
      }
      if (accept(Tok::KwAs)) h.name = std::string(text(expect(Tok::Name)));
    }
    expect_colon(false);
    h.body = block(e, star ? "'except*' statement" : "'except' statement");
    h.loc = block_end(loc_of(e), {&h.body});
    s->handlers.push_back(std::move(h));
  }
  if (!s->handlers.empty() && at(Tok::KwElse)) s->orelse = clause_block("'else' statement");
  if (at(Tok::KwFinally)) {
    s->finalbody = clause_block("'finally' statement");
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    // invalid_try_stmt: 'try' ':' block !('except' | 'finally')
    fail_last("expected 'except' or 'finally' block");
  }
  s->loc = block_end(loc_of(t), {&s->finalbody, &s->orelse});
  if (s->finalbody.empty() && s->orelse.empty()) {
    const Loc& h = s->handlers.back().loc;
    s->loc.end_line = h.end_line;
    s->loc.end_col = h.end_col;
  }
  return s;
}

// params (CPython's parameters):
//   param_no_default* param_with_default* ['/' ','?]
//   param_no_default* param_with_default* ['*' [param] (',' param_maybe_default)*]
//   ['**' param] [',']
// param: NAME [':' expression]   (no annotations in lambdas)
void Parser::params(Arguments& a, Tok closing, bool lambda) {
  bool seen_default = false, seen_star = false, seen_kwarg = false, slash_seen = false;
  const Token* bare_star = nullptr;
  auto one = [&]() {
    const Token& n = cur();
    if (!at(Tok::Name)) fail_invalid_syntax();
    ++p_;
    Arg arg;
    arg.name = std::string(text(n));
    if (!lambda && accept(Tok::Colon)) arg.annotation = expression();
    arg.loc = from(n);
    return arg;
  };
  while (!at(closing)) {
    if (seen_kwarg) fail_at(loc_of(cur()), "arguments cannot follow var-keyword argument");
    if (at(Tok::Slash)) {
      // '/' ends the positional-only parameters: after some positional
      // ones, at most once, before any '*'.
      const Token& sl = cur();
      if (seen_star) fail_at(loc_of(sl), "/ must be ahead of *");
      if (slash_seen) fail_at(loc_of(sl), "/ may appear only once");
      if (a.args.empty()) fail_at(loc_of(sl), "at least one argument must precede /");
      ++p_;
      slash_seen = true;
      a.posonly = a.args.size();
      if (!accept(Tok::Comma)) break;
      continue;
    }
    if (at(Tok::DoubleStar)) {
      ++p_;
      a.kwarg = one();
      a.has_kwarg = true;
      seen_kwarg = true;
      if (at(Tok::Equal)) fail_at(loc_of(cur()), "var-keyword argument cannot have default value");
    } else if (at(Tok::Star)) {
      const Token& st = cur();
      ++p_;
      if (seen_star) fail_at(loc_of(st), "* argument may appear only once");
      seen_star = true;
      if (at(Tok::Comma) || at(closing)) {
        bare_star = &st;
      } else {
        a.vararg = one();
        a.has_vararg = true;
        if (at(Tok::Equal))
          fail_at(loc_of(cur()), "var-positional argument cannot have default value");
      }
    } else {
      Arg arg = one();
      Expr* def = nullptr;
      if (accept(Tok::Equal)) def = expression();
      if (seen_star) {
        a.kwonlyargs.push_back(std::move(arg));
        a.kw_defaults.push_back(def);
      } else {
        if (def) {
          seen_default = true;
          a.defaults.push_back(def);
        } else if (seen_default) {
          fail_at(arg.loc, "non-default argument follows default argument");
        }
        a.args.push_back(std::move(arg));
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  if (bare_star && a.kwonlyargs.empty()) fail_at(loc_of(*bare_star), "named arguments must follow bare *");
  if (!at(closing)) fail_invalid_syntax();
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
Stmt* Parser::function_def(const Token* async_tok) {
  const Token& t = expect(Tok::KwDef);
  const Token& first = async_tok ? *async_tok : t;
  auto* s = make<FunctionDef>(loc_of(first));
  if (async_tok) s->kind = StmtKind::AsyncFunctionDef;
  s->name = std::string(text(expect(Tok::Name)));
  if (!at(Tok::LPar)) fail_token(cur(), "expected '('");
  ++p_;
  params(s->args, Tok::RPar, false);
  expect(Tok::RPar);
  if (accept(Tok::RArrow)) s->returns = expression();
  expect_colon(true);
  s->body = block(first, "function definition");
  s->loc = block_end(loc_of(first), {&s->body});
  return s;
}

// decorators: ('@' named_expression NEWLINE)+ followed by
// function_def_raw or class_def_raw; the def keeps its own line (3.8+).
Stmt* Parser::decorated() {
  std::vector<Expr*> decos;
  while (accept(Tok::At)) {
    decos.push_back(named_expression());
    if (!accept(Tok::Newline)) fail_invalid_syntax();
  }
  Stmt* s = nullptr;
  if (at(Tok::KwDef)) {
    s = function_def(nullptr);
  } else if (at(Tok::KwAsync) && kind(1) == Tok::KwDef) {
    const Token& a = cur();
    ++p_;
    s = function_def(&a);
  } else if (at(Tok::KwClass)) {
    s = class_def();
    static_cast<ClassDef*>(s)->decorator_list = std::move(decos);
    return s;
  } else {
    fail_invalid_syntax();
  }
  static_cast<FunctionDef*>(s)->decorator_list = std::move(decos);
  return s;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def() {
  const Token& t = expect(Tok::KwClass);
  auto* s = make<ClassDef>(loc_of(t));
  s->name = std::string(text(expect(Tok::Name)));
  if (accept(Tok::LPar)) {
    Call tmp;
    arguments(&tmp, Tok::RPar);
    expect(Tok::RPar);
    s->bases = std::move(tmp.args);
    s->keywords = std::move(tmp.keywords);
  }
  expect_colon(false);
  s->body = block(t, "class definition");
  s->loc = block_end(loc_of(t), {&s->body});
  return s;
}

// ------------------------------------------------------------------ entry

namespace {

// CPython refuses a file holding a NUL byte before tokenizing it; it shows
// the line the NUL is on, cut at the NUL, and runs nothing.
SyntaxError null_byte_error(std::string_view source, size_t nul, std::string filename) {
  SyntaxError e;
  e.message = "source code cannot contain null bytes";
  e.filename = std::move(filename);
  size_t line_start = source.rfind('\n', nul);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  e.line = 1 + static_cast<int>(std::count(source.begin(), source.begin() + static_cast<long>(line_start), '\n'));
  e.text = std::string(source.substr(line_start, nul - line_start));
  e.empty_text = e.text.empty();
  return e;
}

}  // namespace

ParseResult parse(std::string_view source, std::string filename) {
  ParseResult result;
  if (size_t nul = source.find('\0'); nul != std::string_view::npos) {
    result.error = null_byte_error(source, nul, std::move(filename));
    return result;
  }
  auto mod = std::make_unique<Module>();
  mod->filename = filename;
  // Universal newlines, as CPython's tokenizer reads files.
  if (source.find('\r') == std::string_view::npos) {
    mod->source = std::string(source);
  } else {
    mod->source.reserve(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
      if (source[i] == '\r') {
        mod->source += '\n';
        if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
      } else {
        mod->source += source[i];
      }
    }
  }
  Lexed lexed = tokenize(mod->source, filename);
  Parser parser(mod->source, lexed.tokens, lexed, *mod, filename);
  try {
    parser.file();
  } catch (ParseFail& f) {
    // A parser error: a tokenizer error further on still wins
    // (_PyPegen_tokenize_full_source_to_check_for_errors).
    bool from_lexer = parser.furthest_token().kind == Tok::ErrorTok;
    if (!from_lexer && lexed.error && f.error.type != "MemoryError") {
      if (lexed.error->kind == LexErrorKind::Raised) f.error = lexed.error->error;
      else if (lexed.error->kind == LexErrorKind::UnclosedEof &&
               parser.furthest_token().line > lexed.error->paren_line)
        f.error = lexed.error->error;
    }
    result.error = std::move(f.error);
    return result;
  }
  if (auto err = check_module(*mod)) {
    result.error = std::move(err);
    return result;
  }
  result.module = std::move(mod);
  return result;
}

}  // namespace sandbox::lang
