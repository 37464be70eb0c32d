// The recursive-descent parser's state, shared by parser_stmt.cpp,
// parser_expr.cpp and parser_string.cpp.  Not a public header.
//
// Like Lua's lparser.c, each parse function opens with the grammar rule it
// implements (CPython 3.11 Grammar/python.gram, simplified to the subset).
// One error mechanism: a ParseFail thrown inside the parser and caught in
// parse(); nothing escapes it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/lexer.h"
#include "lang/syntax_error.h"

namespace sandbox::lang {

struct ParseFail {
  SyntaxError error;
};

// The name CPython's error messages use for an expression kind
// (_PyPegen_get_expr_name).
const char* expr_name(const Expr* e);

class Parser {
 public:
  Parser(std::string_view source, const std::vector<Token>& tokens, const Lexed& lexed,
         Module& module, std::string filename, int line_offset = 0, int col_offset = 0);

  // file: [statements] ENDMARKER
  void file();
  // fstring_replacement_field expression: star_expressions ENDMARKER-ish
  // (used for the {expression} parts of f-strings).
  Expr* fstring_expression();

  size_t furthest() const { return furthest_; }
  const Token& furthest_token() const { return toks_[furthest_]; }

 private:
  friend struct ExprParser;
  std::string_view src_;
  const std::vector<Token>& toks_;
  const Lexed& lexed_;
  Module& mod_;
  std::string filename_;
  size_t p_ = 0;
  size_t furthest_ = 0;
  // CPython's p->level: rule functions nested now.  Past MAXSTACK (6000) the
  // parser gives up with a bare MemoryError, as CPython 3.11 does.
  int level_ = 0;
  struct Level {
    Parser& p;
    Level(Parser& parser, int cost);
    ~Level() { p.level_ -= cost; }
    int cost;
  };
  int line_offset_ = 0;  // f-string sub-parses: where the expression text starts
  int col_offset_ = 0;

  // ---- tokens
  const Token& tok(size_t i);
  const Token& cur() { return tok(p_); }
  Tok kind(size_t ahead = 0) { return tok(p_ + ahead).kind; }
  bool at(Tok k) { return kind() == k; }
  bool accept(Tok k) {
    if (!at(k)) return false;
    ++p_;
    return true;
  }
  const Token& expect(Tok k);
  const Token& prev() const { return toks_[p_ - 1]; }
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
  bool at_name(std::string_view w) { return at(Tok::Name) && text(cur()) == w; }

  // ---- errors (all [[noreturn]])
  [[noreturn]] void fail_invalid_syntax();  // at the furthest token read
  [[noreturn]] void fail_at(const Loc& loc, std::string msg, std::string type = "SyntaxError");
  // RAISE_SYNTAX_ERROR: a single caret at the last token read.
  [[noreturn]] void fail_last(std::string msg, std::string type = "SyntaxError");
  [[noreturn]] void fail_token(const Token& t, std::string msg, std::string type = "SyntaxError");
  [[noreturn]] void unsupported(const Loc& loc, const std::string& what);
  [[noreturn]] void fail_memory();  // a bare MemoryError (too deeply nested)

  // ---- locations
  Loc loc_of(const Token& t) const;  // maps f-string sub-parses back into the file
  Loc span(const Loc& a, const Loc& b) const { return {a.line, a.col, b.end_line, b.end_col}; }
  Loc from(const Token& start) const { return span(loc_of(start), loc_of(prev())); }
  Loc from(const Loc& start) const { return span(start, loc_of(prev())); }
  Expr* make_binop_from(const Token& start, Expr* l, BinOpKind op, Expr* r);
  template <class T>
  T* make(const Loc& loc) {
    T* n = mod_.arena.make<T>();
    n->loc = loc;
    return n;
  }

  // ---- statements (parser_stmt.cpp)
  std::vector<Stmt*> statements_until(Tok end);
  void statement(std::vector<Stmt*>& out);
  void simple_stmts(std::vector<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  std::vector<Stmt*> block(const Token& owner, const char* what);
  std::vector<Stmt*> clause_block(const char* what);  // else_block / finally_block
  void expect_colon(bool forced);
  Stmt* assignment_or_expr();
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* global_stmt(bool nonlocal);
  Stmt* del_stmt();
  Stmt* assert_stmt();
  Stmt* import_stmt();
  Stmt* from_stmt();
  Stmt* if_stmt(bool elif);
  Stmt* while_stmt();
  Stmt* for_stmt(const Token* async_tok);
  Stmt* with_stmt(const Token* async_tok);
  Stmt* try_stmt();
  Stmt* function_def(const Token* async_tok);
  Stmt* class_def();
  Stmt* decorated();  // decorators (function_def | class_def)
  std::string dotted_name();
  void params(Arguments& a, Tok closing, bool lambda);
  bool looks_like_match();
  // ---- match statements (parser_match.cpp)
  Stmt* match_stmt();
  MatchCase case_block();
  Pattern* patterns();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* maybe_star_pattern();
  Pattern* mapping_pattern();
  Pattern* class_pattern(const Token& start, Expr* cls);
  std::string capture_target();
  Expr* signed_number();
  bool is_imaginary(const Token& t) const;
  Expr* literal_expr();
  Expr* name_or_attr();

  // ---- targets
  void set_store(Expr* e, Ctx ctx, const char* style);

  // ---- expressions (parser_expr.cpp)
  Expr* star_expressions();
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression(bool in_call = false);
  Expr* expression();
  Expr* expression_no_cond();  // lambda-free disjunction used by comprehensions
  Expr* lambdef();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* bitwise_xor();
  Expr* bitwise_and();
  Expr* shift_expr();
  Expr* sum();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* slices();
  Expr* slice();
  // Returns the lone unparenthesized generator expression argument, if any.
  Expr* arguments(Call* call, Tok closing);
  std::vector<Comprehension> for_if_clauses();
  bool starts_expression(Tok k);
  void check_missing_comma(Expr* a);
  Expr* yield_expr();
  Expr* number(const Token& t);
  Expr* strings();

  // ---- strings (parser_string.cpp)
  void decode_string(const Token& t, std::string& out, bool& is_bytes, bool& is_f,
                     std::vector<Expr*>& fparts, std::string& fpending);
  void fstring_body(const Token& t, std::string_view body, size_t body_offset, bool raw,
                    std::vector<Expr*>& parts, std::string& pending, int depth);
  void fstring_field(const Token& t, std::string_view body, size_t& i, size_t body_offset,
                     int depth, std::vector<Expr*>& parts, std::string& pending);
  void flush_fpending(const Token& t, std::vector<Expr*>& parts, std::string& pending);
};

}  // namespace sandbox::lang
