// The abstract syntax tree of the Python 3.11 subset, shaped like CPython's
// Parser/Python.asdl so the compiler can follow CPython's compile.c.
//
// Ownership: every node is allocated in the Arena of the Module that holds it
// (Module::arena); children are plain pointers and vectors of pointers that
// stay valid as long as the Module lives.  Optional children are nullptr.
//
// Locations: every node carries line/col/end_line/end_col exactly like
// CPython's lineno/col_offset/end_lineno/end_col_offset: lines are 1-based,
// columns are 0-based UTF-8 *byte* offsets into the line (CPython's choice;
// use lang::byte_to_char_col() in source.h to get a character column for a
// caret).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sandbox::lang {

// A source range: lineno/col_offset/end_lineno/end_col_offset.
struct Loc {
  int line = 0;      // 1-based first line
  int col = 0;       // 0-based byte offset of the first character
  int end_line = 0;  // 1-based last line
  int end_col = 0;   // 0-based byte offset just past the last character
};

// Base of all nodes; the virtual destructor lets the Arena own any of them.
struct Node {
  Loc loc;
  virtual ~Node() = default;
  int line() const { return loc.line; }
  int col() const { return loc.col; }
  int end_line() const { return loc.end_line; }
  int end_col() const { return loc.end_col; }
};

// Owns every node of one parse; nodes die with it (no leaks, no refcounts).
class Arena {
 public:
  template <class T, class... A>
  T* make(A&&... args) {
    auto p = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;  // in creation order
};

// expr_context: how a Name/Attribute/Subscript/Starred/List/Tuple is used.
enum class Ctx : uint8_t { Load, Store, Del };

enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
  DictComp, GeneratorExp, Await, Yield, Compare, Call, FormattedValue, JoinedStr,
  Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct Expr : Node {
  ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
  // Unchecked downcast: switch on `kind` first.
  template <class T> T& as() { return static_cast<T&>(*this); }
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
};

// BoolOp(boolop op, expr* values): `a or b or c` is one node with 3 values.
struct BoolOp : Expr {
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;
  BoolOp() : Expr(ExprKind::BoolOp) {}
};

// NamedExpr(expr target, expr value): `target := value`; target is a Name.
struct NamedExpr : Expr {
  Expr* target = nullptr;
  Expr* value = nullptr;
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

struct BinOp : Expr {
  Expr* left = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* right = nullptr;
  BinOp() : Expr(ExprKind::BinOp) {}
};

struct UnaryOp : Expr {
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

// arg: one parameter name (annotation kept only so it can be evaluated/ignored).
struct Arg {
  Loc loc;
  std::string name;
  Expr* annotation = nullptr;
};

// arguments: CPython's posonlyargs are the first `posonly` entries of args.
struct Arguments {
  std::vector<Arg> args;             // positional parameters, in order
  size_t posonly = 0;                // how many leading args come before '/'
  std::vector<Expr*> defaults;       // defaults of the LAST defaults.size() args
  bool has_vararg = false;           // *name
  Arg vararg;
  std::vector<Arg> kwonlyargs;       // after * or *name
  std::vector<Expr*> kw_defaults;    // one per kwonlyarg; nullptr = required
  bool has_kwarg = false;            // **name
  Arg kwarg;
};

// Lambda(arguments args, expr body)
struct Lambda : Expr {
  Arguments args;
  Expr* body = nullptr;
  Lambda() : Expr(ExprKind::Lambda) {}
};

// IfExp(expr test, expr body, expr orelse): `body if test else orelse`.
struct IfExp : Expr {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
  IfExp() : Expr(ExprKind::IfExp) {}
};

// Dict(expr* keys, expr* values): a nullptr key means `**values[i]`.
struct Dict : Expr {
  std::vector<Expr*> keys;
  std::vector<Expr*> values;
  Dict() : Expr(ExprKind::Dict) {}
};

struct Set : Expr {
  std::vector<Expr*> elts;
  Set() : Expr(ExprKind::Set) {}
};

// comprehension(expr target, expr iter, expr* ifs, int is_async)
struct Comprehension {
  Expr* target = nullptr;  // Store context
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;   // `async for`
};

// ListComp / SetComp / GeneratorExp(expr elt, comprehension* generators)
struct ListComp : Expr {
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
  ListComp() : Expr(ExprKind::ListComp) {}
};
struct SetComp : Expr {
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
  SetComp() : Expr(ExprKind::SetComp) {}
};
struct GeneratorExp : Expr {
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
};
// DictComp(expr key, expr value, comprehension* generators)
struct DictComp : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension> generators;
  DictComp() : Expr(ExprKind::DictComp) {}
};

struct Await : Expr {
  Expr* value = nullptr;
  Await() : Expr(ExprKind::Await) {}
};

// Yield(expr? value), and YieldFrom(expr value) when is_from.
struct Yield : Expr {
  Expr* value = nullptr;
  bool is_from = false;
  Yield() : Expr(ExprKind::Yield) {}
};

// Compare(expr left, cmpop* ops, expr* comparators): `a < b < c`.
struct Compare : Expr {
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
  Compare() : Expr(ExprKind::Compare) {}
};

// keyword(identifier? arg, expr value): arg empty means `**value`.
struct Keyword {
  Loc loc;
  std::string arg;
  Expr* value = nullptr;
};

// Call(expr func, expr* args, keyword* keywords): `*x` args are Starred.
struct Call : Expr {
  Expr* func = nullptr;
  std::vector<Expr*> args;
  std::vector<Keyword> keywords;
  Call() : Expr(ExprKind::Call) {}
};

// FormattedValue(expr value, int conversion, expr? format_spec)
// conversion: -1 none, 's', 'r', 'a' (the character code, as in CPython).
// format_spec is a JoinedStr (may hold nested FormattedValues) or nullptr.
struct FormattedValue : Expr {
  Expr* value = nullptr;
  int conversion = -1;
  Expr* format_spec = nullptr;
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

// JoinedStr(expr* values): an f-string; values are str Constants and
// FormattedValues.  Adjacent literal parts are already merged.
struct JoinedStr : Expr {
  std::vector<Expr*> values;
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes, Imaginary };

// Constant: str values are UTF-8; bytes values are raw bytes in `s`.
struct Constant : Expr {
  ConstKind ckind = ConstKind::None;
  int64_t i = 0;      // ConstKind::Int (when s is empty)
  double f = 0;       // ConstKind::Float / the imaginary part of ConstKind::Imaginary
  std::string s;      // ConstKind::Str (UTF-8) / ConstKind::Bytes (raw) / an Int literal beyond int64 ("0x..." or decimal)
  Constant() : Expr(ExprKind::Constant) {}
};

// Attribute(expr value, identifier attr, expr_context ctx)
struct Attribute : Expr {
  Expr* value = nullptr;
  std::string attr;
  Ctx ctx = Ctx::Load;
  Attribute() : Expr(ExprKind::Attribute) {}
};

// Subscript(expr value, expr slice, expr_context ctx); slice may be a Slice
// or a Tuple containing Slices (`a[1:2, 3]`).
struct Subscript : Expr {
  Expr* value = nullptr;
  Expr* slice = nullptr;
  Ctx ctx = Ctx::Load;
  Subscript() : Expr(ExprKind::Subscript) {}
};

struct Starred : Expr {
  Expr* value = nullptr;
  Ctx ctx = Ctx::Load;
  Starred() : Expr(ExprKind::Starred) {}
};

struct Name : Expr {
  std::string id;
  Ctx ctx = Ctx::Load;
  Name() : Expr(ExprKind::Name) {}
};

struct List : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  List() : Expr(ExprKind::List) {}
};

struct Tuple : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  Tuple() : Expr(ExprKind::Tuple) {}
};

// Slice(expr? lower, expr? upper, expr? step)
struct Slice : Expr {
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
  Slice() : Expr(ExprKind::Slice) {}
};

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
  AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Raise, Try, Assert,
  Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue, Match
};

struct Stmt : Node {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
  template <class T> T& as() { return static_cast<T&>(*this); }
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
};

// FunctionDef / AsyncFunctionDef(identifier name, arguments args, stmt* body,
// expr? returns).  kind tells which; is_async() is a shortcut.
struct FunctionDef : Stmt {
  std::string name;
  Arguments args;
  std::vector<Stmt*> body;
  Expr* returns = nullptr;  // `-> annotation`, kept only for evaluation order
  std::vector<Expr*> decorator_list;  // top to bottom; applied bottom-up
  explicit FunctionDef(bool async = false)
      : Stmt(async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef) {}
  bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
};

// ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body)
struct ClassDef : Stmt {
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;  // top to bottom; applied bottom-up
  ClassDef() : Stmt(StmtKind::ClassDef) {}
};

struct Return : Stmt {
  Expr* value = nullptr;
  Return() : Stmt(StmtKind::Return) {}
};

// Delete(expr* targets): targets are in Del context.
struct Delete : Stmt {
  std::vector<Expr*> targets;
  Delete() : Stmt(StmtKind::Delete) {}
};

// Assign(expr* targets, expr value): `a = b = 1` has two targets; targets
// may be Tuple/List (with at most one Starred), all in Store context.
struct Assign : Stmt {
  std::vector<Expr*> targets;
  Expr* value = nullptr;
  Assign() : Stmt(StmtKind::Assign) {}
};

// AugAssign(expr target, operator op, expr value); target is Name,
// Attribute or Subscript in Store context.
struct AugAssign : Stmt {
  Expr* target = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* value = nullptr;
  AugAssign() : Stmt(StmtKind::AugAssign) {}
};

// AnnAssign(expr target, expr annotation, expr? value, int simple)
// simple = target is a bare Name not in parentheses.
struct AnnAssign : Stmt {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = true;
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};

// For / AsyncFor(expr target, expr iter, stmt* body, stmt* orelse)
struct For : Stmt {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  explicit For(bool async = false) : Stmt(async ? StmtKind::AsyncFor : StmtKind::For) {}
  bool is_async() const { return kind == StmtKind::AsyncFor; }
};

struct While : Stmt {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  While() : Stmt(StmtKind::While) {}
};

// If(expr test, stmt* body, stmt* orelse): `elif` is an If alone in orelse.
struct If : Stmt {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  If() : Stmt(StmtKind::If) {}
};

// withitem(expr context_expr, expr? optional_vars)
struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // Store context
};

// With / AsyncWith(withitem* items, stmt* body)
struct With : Stmt {
  std::vector<WithItem> items;
  std::vector<Stmt*> body;
  explicit With(bool async = false) : Stmt(async ? StmtKind::AsyncWith : StmtKind::With) {}
  bool is_async() const { return kind == StmtKind::AsyncWith; }
};

// Raise(expr? exc, expr? cause)
struct Raise : Stmt {
  Expr* exc = nullptr;
  Expr* cause = nullptr;
  Raise() : Stmt(StmtKind::Raise) {}
};

// excepthandler: ExceptHandler(expr? type, identifier? name, stmt* body);
// name empty = no `as`.
struct ExceptHandler {
  Loc loc;
  Expr* type = nullptr;
  std::string name;
  std::vector<Stmt*> body;
};

// Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
struct Try : Stmt {
  std::vector<Stmt*> body;
  std::vector<ExceptHandler> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
  bool star = false;  // TryStar: the handlers are `except*` clauses
  Try() : Stmt(StmtKind::Try) {}
};

struct Assert : Stmt {
  Expr* test = nullptr;
  Expr* msg = nullptr;
  Assert() : Stmt(StmtKind::Assert) {}
};

// alias(identifier name, identifier? asname); name may be dotted ("a.b").
struct Alias {
  Loc loc;
  std::string name;
  std::string asname;  // empty = no `as`
};

struct Import : Stmt {
  std::vector<Alias> names;
  Import() : Stmt(StmtKind::Import) {}
};

// ImportFrom(identifier? module, alias* names, int? level)
struct ImportFrom : Stmt {
  std::string module;  // empty for `from . import x`
  std::vector<Alias> names;
  int level = 0;       // number of leading dots
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};

struct Global : Stmt {
  std::vector<std::string> names;
  Global() : Stmt(StmtKind::Global) {}
};

struct Nonlocal : Stmt {
  std::vector<std::string> names;
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};

// Expr(expr value): an expression statement.
struct ExprStmt : Stmt {
  Expr* value = nullptr;
  ExprStmt() : Stmt(StmtKind::Expr) {}
};

struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// ------------------------------------------------------------------- patterns

// pattern (Parser/Python.asdl): what a `case` matches.  Identifiers that
// CPython leaves NULL (the wildcard, `*_`, no `**rest`) are empty strings.
enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

struct Pattern : Node {
  PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
  template <class T> T& as() { return static_cast<T&>(*this); }
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
};

// MatchValue(expr value): a literal (a number, `-`number, a string) or a
// dotted name, compared with ==.
struct MatchValue : Pattern {
  Expr* value = nullptr;
  MatchValue() : Pattern(PatternKind::MatchValue) {}
};

// MatchSingleton(constant value): None, True or False, compared with `is`.
struct MatchSingleton : Pattern {
  ConstKind value = ConstKind::None;
  MatchSingleton() : Pattern(PatternKind::MatchSingleton) {}
};

// MatchSequence(pattern* patterns): at most one is a MatchStar.
struct MatchSequence : Pattern {
  std::vector<Pattern*> patterns;
  MatchSequence() : Pattern(PatternKind::MatchSequence) {}
};

// MatchMapping(expr* keys, pattern* patterns, identifier? rest)
struct MatchMapping : Pattern {
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;  // `**rest`; empty = none
  MatchMapping() : Pattern(PatternKind::MatchMapping) {}
};

// MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
struct MatchClass : Pattern {
  Expr* cls = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
  MatchClass() : Pattern(PatternKind::MatchClass) {}
};

// MatchStar(identifier? name): `*name` / `*_` inside a sequence pattern.
struct MatchStar : Pattern {
  std::string name;
  MatchStar() : Pattern(PatternKind::MatchStar) {}
};

// MatchAs(pattern? pattern, identifier? name): `p as name`, a capture
// (no pattern) or the wildcard `_` (neither).
struct MatchAs : Pattern {
  Pattern* pattern = nullptr;
  std::string name;
  MatchAs() : Pattern(PatternKind::MatchAs) {}
};

// MatchOr(pattern* patterns): `p1 | p2 | ...`, two or more.
struct MatchOr : Pattern {
  std::vector<Pattern*> patterns;
  MatchOr() : Pattern(PatternKind::MatchOr) {}
};

// match_case(pattern pattern, expr? guard, stmt* body)
struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  std::vector<Stmt*> body;
};

// Match(expr subject, match_case* cases)
struct Match : Stmt {
  Expr* subject = nullptr;
  std::vector<MatchCase> cases;
  Match() : Stmt(StmtKind::Match) {}
};

// Calls f on every expression a pattern evaluates (value patterns, mapping
// keys, class names), in the compiler's order.
template <class F>
void for_each_pattern_expr(const Pattern* p, F&& f) {
  switch (p->kind) {
    case PatternKind::MatchValue: f(p->as<MatchValue>().value); break;
    case PatternKind::MatchSingleton:
    case PatternKind::MatchStar: break;
    case PatternKind::MatchSequence:
      for (const Pattern* x : p->as<MatchSequence>().patterns) for_each_pattern_expr(x, f);
      break;
    case PatternKind::MatchMapping: {
      auto& m = p->as<MatchMapping>();
      for (const Expr* k : m.keys) f(k);
      for (const Pattern* x : m.patterns) for_each_pattern_expr(x, f);
      break;
    }
    case PatternKind::MatchClass: {
      auto& c = p->as<MatchClass>();
      f(c.cls);
      for (const Pattern* x : c.patterns) for_each_pattern_expr(x, f);
      for (const Pattern* x : c.kwd_patterns) for_each_pattern_expr(x, f);
      break;
    }
    case PatternKind::MatchAs:
      if (p->as<MatchAs>().pattern) for_each_pattern_expr(p->as<MatchAs>().pattern, f);
      break;
    case PatternKind::MatchOr:
      for (const Pattern* x : p->as<MatchOr>().patterns) for_each_pattern_expr(x, f);
      break;
  }
}

// Calls f on every name a pattern binds (captures, `*rest`, `**rest`, `as`).
template <class F>
void for_each_pattern_name(const Pattern* p, F&& f) {
  switch (p->kind) {
    case PatternKind::MatchValue:
    case PatternKind::MatchSingleton: break;
    case PatternKind::MatchStar:
      if (!p->as<MatchStar>().name.empty()) f(p->as<MatchStar>().name);
      break;
    case PatternKind::MatchSequence:
      for (const Pattern* x : p->as<MatchSequence>().patterns) for_each_pattern_name(x, f);
      break;
    case PatternKind::MatchMapping: {
      auto& m = p->as<MatchMapping>();
      for (const Pattern* x : m.patterns) for_each_pattern_name(x, f);
      if (!m.rest.empty()) f(m.rest);
      break;
    }
    case PatternKind::MatchClass:
      for (const Pattern* x : p->as<MatchClass>().patterns) for_each_pattern_name(x, f);
      for (const Pattern* x : p->as<MatchClass>().kwd_patterns) for_each_pattern_name(x, f);
      break;
    case PatternKind::MatchAs:
      if (p->as<MatchAs>().pattern) for_each_pattern_name(p->as<MatchAs>().pattern, f);
      if (!p->as<MatchAs>().name.empty()) f(p->as<MatchAs>().name);
      break;
    case PatternKind::MatchOr:
      for (const Pattern* x : p->as<MatchOr>().patterns) for_each_pattern_name(x, f);
      break;
  }
}

// ---------------------------------------------------------------------- module

// Module(stmt* body): the root; owns every node through `arena`.
struct Module {
  std::string filename;
  std::string source;          // the text parsed (nodes' locations index it)
  std::vector<Stmt*> body;
  Arena arena;
  Module() = default;
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;
};

}  // namespace sandbox::lang
