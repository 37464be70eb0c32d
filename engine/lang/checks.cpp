// Post-parse checks in CPython's order: symtable visit (symtable.c), then
// symtable analysis (no binding for nonlocal), then the compiler's checks
// (compile.c), each reporting its first error in source order.
#include "lang/checks.h"

#include "lang/checks_match.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sandbox::lang {

namespace {

// The statements both passes walk alike (symtable_visit_stmt and
// compiler_visit_stmt visit their parts in this order and check nothing of
// their own): their sub-expressions and bodies go to pass.expr/pass.body.
// Returns false for the other statements, which each pass handles itself.
template <class Pass>
bool visit_plain_stmt(Pass& pass, const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Delete:
      for (const Expr* t : s->as<Delete>().targets) pass.expr(t);
      return true;
    case StmtKind::If:
      pass.expr(s->as<If>().test);
      pass.body(s->as<If>().body);
      pass.body(s->as<If>().orelse);
      return true;
    case StmtKind::Raise:
      if (s->as<Raise>().exc) pass.expr(s->as<Raise>().exc);
      if (s->as<Raise>().cause) pass.expr(s->as<Raise>().cause);
      return true;
    case StmtKind::Assert:
      pass.expr(s->as<Assert>().test);
      if (s->as<Assert>().msg) pass.expr(s->as<Assert>().msg);
      return true;
    default:
      return false;
  }
}

// Symbol flags, as in symtable.h (DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, ...).
enum : unsigned { kUse = 1, kLocal = 2, kParam = 4, kGlobal = 8, kNonlocal = 16 };

struct Scope {
  enum Kind { Module, Function, Class, Comprehension } kind;
  Scope* parent;
  std::map<std::string, unsigned> flags;          // name -> flags
  std::vector<std::pair<std::string, Loc>> nonlocals;  // in declaration order
  std::vector<std::unique_ptr<Scope>> children;   // in creation order
};

struct Errors {
  std::optional<SyntaxError> first;
  const Module& m;
  void add(const Loc& loc, std::string msg, std::string type = "SyntaxError") {
    if (!first) first = make_error(m.source, m.filename, loc, std::move(msg), std::move(type));
  }
};

// ---------------------------------------------------------------- symtable

class SymtableVisitor {
  template <class Pass>
  friend bool visit_plain_stmt(Pass& pass, const Stmt* s);
 public:
  SymtableVisitor(Errors& errs) : errs_(errs) {}
  std::unique_ptr<Scope> run(const Module& m) {
    auto root = std::make_unique<Scope>(Scope{Scope::Module, nullptr, {}, {}, {}});
    cur_ = root.get();
    for (const Stmt* s : m.body) stmt(s);
    return root;
  }

 private:
  Errors& errs_;
  Scope* cur_ = nullptr;

  Scope* push(Scope::Kind k) {
    cur_->children.push_back(std::make_unique<Scope>(Scope{k, cur_, {}, {}, {}}));
    cur_ = cur_->children.back().get();
    return cur_;
  }
  void pop() { cur_ = cur_->parent; }

  // symtable_visit_stmt/expr's recursion check: nesting deeper than the
  // recursion limit x COMPILER_STACK_FRAME_SCALE (3000) is a RecursionError,
  // found here, before any later pass recurses that deep.
  static constexpr int kMaxDepth = 3000;
  int depth_ = 0;
  bool enter(const Loc& loc) {
    if (depth_ >= kMaxDepth) {
      errs_.add(loc, "maximum recursion depth exceeded during compilation", "RecursionError");
      return false;
    }
    ++depth_;
    return true;
  }
  void stmt(const Stmt* s) {
    if (!enter(s->loc)) return;
    stmt_node(s);
    --depth_;
  }
  void expr(const Expr* e) {
    if (e == nullptr || !enter(e->loc)) return;
    expr_node(e);
    --depth_;
  }

  void bind(const std::string& n) { cur_->flags[n] |= kLocal; }
  void use(const std::string& n) { cur_->flags[n] |= kUse; }

  void declare(const Stmt* s, const std::vector<std::string>& names, bool nonlocal) {
    const char* what = nonlocal ? "nonlocal" : "global";
    for (const std::string& n : names) {
      auto it = cur_->flags.find(n);
      unsigned f = it == cur_->flags.end() ? 0 : it->second;
      if (f & kParam) errs_.add(s->loc, "name '" + n + "' is parameter and " + what);
      else if (nonlocal && (f & kGlobal))
        errs_.add(s->loc, "name '" + n + "' is nonlocal and global");
      else if (!nonlocal && (f & kNonlocal))
        errs_.add(s->loc, "name '" + n + "' is nonlocal and global");
      else if (f & kLocal)
        errs_.add(s->loc, "name '" + n + "' is assigned to before " + what + " declaration");
      else if (f & kUse)
        errs_.add(s->loc, "name '" + n + "' is used prior to " + what + " declaration");
      // symtable.c checks the name's earlier uses first; analyze_name then
      // finds no enclosing binding at module level.
      if (nonlocal && cur_->kind == Scope::Module) {
        errs_.add(s->loc, "nonlocal declaration not allowed at module level");
        return;
      }
      cur_->flags[n] |= nonlocal ? kNonlocal : kGlobal;
      if (nonlocal) cur_->nonlocals.emplace_back(n, s->loc);
    }
  }

  void arguments(const Arguments& a) {
    // Defaults and annotations are evaluated in the enclosing scope.
    for (const Expr* d : a.defaults) expr(d);
    for (const Expr* d : a.kw_defaults)
      if (d) expr(d);
  }
  void params(const Arguments& a) {
    auto param = [&](const Arg& arg) {
      unsigned& f = cur_->flags[arg.name];
      if (f & kParam)
        errs_.add(arg.loc, "duplicate argument '" + arg.name + "' in function definition");
      f |= kParam;
    };
    for (const Arg& x : a.args) param(x);
    if (a.has_vararg) param(a.vararg);
    for (const Arg& x : a.kwonlyargs) param(x);
    if (a.has_kwarg) param(a.kwarg);
  }
  void annotations(const Arguments& a) {
    auto ann = [&](const Arg& x) {
      if (x.annotation) expr(x.annotation);
    };
    for (const Arg& x : a.args) ann(x);
    if (a.has_vararg) ann(a.vararg);
    for (const Arg& x : a.kwonlyargs) ann(x);
    if (a.has_kwarg) ann(a.kwarg);
  }

  void body(const std::vector<Stmt*>& b) {
    for (const Stmt* s : b) stmt(s);
  }

  void stmt_node(const Stmt* s) {
    if (visit_plain_stmt(*this, s)) return;
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto& f = s->as<FunctionDef>();
        for (const Expr* d : f.decorator_list) expr(d);
        bind(f.name);
        arguments(f.args);
        annotations(f.args);
        if (f.returns) expr(f.returns);
        push(Scope::Function);
        params(f.args);
        body(f.body);
        pop();
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = s->as<ClassDef>();
        for (const Expr* d : c.decorator_list) expr(d);
        bind(c.name);
        for (const Expr* b : c.bases) expr(b);
        for (const Keyword& k : c.keywords) expr(k.value);
        push(Scope::Class);
        body(c.body);
        pop();
        break;
      }
      case StmtKind::Return:
        if (s->as<Return>().value) expr(s->as<Return>().value);
        break;
      case StmtKind::Assign:
        expr(s->as<Assign>().value);
        for (const Expr* t : s->as<Assign>().targets) expr(t);
        break;
      case StmtKind::AugAssign:
        expr(s->as<AugAssign>().value);
        expr(s->as<AugAssign>().target);
        break;
      case StmtKind::AnnAssign: {
        auto& a = s->as<AnnAssign>();
        if (a.value) expr(a.value);
        expr(a.target);
        expr(a.annotation);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = s->as<For>();
        expr(f.target);
        expr(f.iter);
        body(f.body);
        body(f.orelse);
        break;
      }
      case StmtKind::While:
        expr(s->as<While>().test);
        body(s->as<While>().body);
        body(s->as<While>().orelse);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        for (const WithItem& it : s->as<With>().items) {
          expr(it.context_expr);
          if (it.optional_vars) expr(it.optional_vars);
        }
        body(s->as<With>().body);
        break;
      case StmtKind::Try: {
        auto& t = s->as<Try>();
        body(t.body);
        for (const ExceptHandler& h : t.handlers) {
          if (h.type) expr(h.type);
          if (!h.name.empty()) bind(h.name);
          body(h.body);
        }
        body(t.orelse);
        body(t.finalbody);
        break;
      }
      case StmtKind::Import:
        for (const Alias& a : s->as<Import>().names)
          bind(!a.asname.empty() ? a.asname : a.name.substr(0, a.name.find('.')));
        break;
      case StmtKind::ImportFrom:
        for (const Alias& a : s->as<ImportFrom>().names) bind(!a.asname.empty() ? a.asname : a.name);
        break;
      case StmtKind::Global: declare(s, s->as<Global>().names, false); break;
      case StmtKind::Nonlocal: declare(s, s->as<Nonlocal>().names, true); break;
      case StmtKind::Expr: expr(s->as<ExprStmt>().value); break;
      case StmtKind::Match: {
        auto& m = s->as<Match>();
        expr(m.subject);
        for (const MatchCase& c : m.cases) {
          for_each_pattern_expr(c.pattern, [&](const Expr* e) { expr(e); });
          for_each_pattern_name(c.pattern, [&](const std::string& n) { bind(n); });
          if (c.guard) expr(c.guard);
          body(c.body);
        }
        break;
      }
      default:  // Pass, Break, Continue; visit_plain_stmt's
        break;
    }
  }

  void comprehension(const std::vector<Comprehension>& gens, const Expr* elt, const Expr* value) {
    // The first iterable is evaluated in the enclosing scope.
    expr(gens[0].iter);
    push(Scope::Comprehension);
    for (size_t i = 0; i < gens.size(); ++i) {
      expr(gens[i].target);
      if (i > 0) expr(gens[i].iter);
      for (const Expr* c : gens[i].ifs) expr(c);
    }
    if (elt) expr(elt);
    if (value) expr(value);
    pop();
  }

  void expr_node(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp:
        for (const Expr* v : e->as<BoolOp>().values) expr(v);
        break;
      case ExprKind::NamedExpr: {
        // The target binds in the nearest non-comprehension scope.
        Scope* saved = cur_;
        while (cur_->kind == Scope::Comprehension) cur_ = cur_->parent;
        bind(e->as<NamedExpr>().target->as<Name>().id);
        cur_ = saved;
        expr(e->as<NamedExpr>().value);
        break;
      }
      case ExprKind::BinOp:
        expr(e->as<BinOp>().left);
        expr(e->as<BinOp>().right);
        break;
      case ExprKind::UnaryOp: expr(e->as<UnaryOp>().operand); break;
      case ExprKind::Lambda: {
        auto& l = e->as<Lambda>();
        arguments(l.args);
        push(Scope::Function);
        params(l.args);
        expr(l.body);
        pop();
        break;
      }
      case ExprKind::IfExp:
        expr(e->as<IfExp>().test);
        expr(e->as<IfExp>().body);
        expr(e->as<IfExp>().orelse);
        break;
      case ExprKind::Dict:
        for (size_t i = 0; i < e->as<Dict>().keys.size(); ++i) {
          if (e->as<Dict>().keys[i]) expr(e->as<Dict>().keys[i]);
          expr(e->as<Dict>().values[i]);
        }
        break;
      case ExprKind::Set:
        for (const Expr* x : e->as<Set>().elts) expr(x);
        break;
      case ExprKind::ListComp:
        comprehension(e->as<ListComp>().generators, e->as<ListComp>().elt, nullptr);
        break;
      case ExprKind::SetComp:
        comprehension(e->as<SetComp>().generators, e->as<SetComp>().elt, nullptr);
        break;
      case ExprKind::GeneratorExp:
        comprehension(e->as<GeneratorExp>().generators, e->as<GeneratorExp>().elt, nullptr);
        break;
      case ExprKind::DictComp:
        comprehension(e->as<DictComp>().generators, e->as<DictComp>().key,
                      e->as<DictComp>().value);
        break;
      case ExprKind::Await: expr(e->as<Await>().value); break;
      case ExprKind::Yield:
        if (cur_->kind == Scope::Comprehension) {
          errs_.add(e->loc, "'yield' inside list comprehension");
        }
        if (e->as<Yield>().value) expr(e->as<Yield>().value);
        break;
      case ExprKind::Compare:
        expr(e->as<Compare>().left);
        for (const Expr* c : e->as<Compare>().comparators) expr(c);
        break;
      case ExprKind::Call:
        expr(e->as<Call>().func);
        for (const Expr* a : e->as<Call>().args) expr(a);
        for (const Keyword& k : e->as<Call>().keywords) expr(k.value);
        break;
      case ExprKind::FormattedValue:
        expr(e->as<FormattedValue>().value);
        if (e->as<FormattedValue>().format_spec) expr(e->as<FormattedValue>().format_spec);
        break;
      case ExprKind::JoinedStr:
        for (const Expr* v : e->as<JoinedStr>().values) expr(v);
        break;
      case ExprKind::Constant: break;
      case ExprKind::Attribute: expr(e->as<Attribute>().value); break;
      case ExprKind::Subscript:
        expr(e->as<Subscript>().value);
        expr(e->as<Subscript>().slice);
        break;
      case ExprKind::Starred: expr(e->as<Starred>().value); break;
      case ExprKind::Name:
        if (e->as<Name>().ctx == Ctx::Load) use(e->as<Name>().id);
        else bind(e->as<Name>().id);
        break;
      case ExprKind::List:
        for (const Expr* x : e->as<List>().elts) expr(x);
        break;
      case ExprKind::Tuple:
        for (const Expr* x : e->as<Tuple>().elts) expr(x);
        break;
      case ExprKind::Slice:
        if (e->as<Slice>().lower) expr(e->as<Slice>().lower);
        if (e->as<Slice>().upper) expr(e->as<Slice>().upper);
        if (e->as<Slice>().step) expr(e->as<Slice>().step);
        break;
    }
  }
};

// analyze_block: a nonlocal name must be bound in an enclosing function.
void analyze(const Scope& s, Errors& errs) {
  for (const auto& [name, loc] : s.nonlocals) {
    bool found = false;
    for (const Scope* p = s.parent; p && p->kind != Scope::Module; p = p->parent) {
      if (p->kind == Scope::Class) continue;
      auto it = p->flags.find(name);
      if (it == p->flags.end()) continue;
      if (it->second & kGlobal) break;
      if (it->second & (kLocal | kParam | kNonlocal)) {
        found = true;
        break;
      }
    }
    if (!found) errs.add(loc, "no binding for nonlocal '" + name + "' found");
  }
  for (const auto& c : s.children) analyze(*c, errs);
}

// ---------------------------------------------------------------- compiler

class CompileChecks {
  template <class Pass>
  friend bool visit_plain_stmt(Pass& pass, const Stmt* s);
 public:
  explicit CompileChecks(Errors& errs) : errs_(errs) {}
  void run(const Module& m) { body(m.body); }

 private:
  Errors& errs_;
  enum class Fn { None, Sync, Async, Lambda };
  Fn fn_ = Fn::None;
  int loops_ = 0;
  // loops_ when the innermost except* block of this function began; -1 outside one.
  int star_loops_ = -1;
  static constexpr const char* kExceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block";
  const FunctionDef* fdef_ = nullptr;

  void body(const std::vector<Stmt*>& b) {
    for (const Stmt* s : b) stmt(s);
  }

  void function(const FunctionDef& f) {
    for (const Expr* d : f.decorator_list) expr(d);
    for (const Expr* d : f.args.defaults) expr(d);
    for (const Expr* d : f.args.kw_defaults)
      if (d) expr(d);
    Fn saved_fn = fn_;
    int saved_loops = loops_, saved_star = star_loops_;
    star_loops_ = -1;
    const FunctionDef* saved_def = fdef_;
    fn_ = f.is_async() ? Fn::Async : Fn::Sync;
    loops_ = 0;
    fdef_ = &f;
    body(f.body);
    fn_ = saved_fn;
    loops_ = saved_loops;
    star_loops_ = saved_star;
    fdef_ = saved_def;
  }

  void targets(const Expr* t) {
    // compiler_visit_expr / assignment_helper: starred targets.
    if (t->kind == ExprKind::Starred) {
      errs_.add(t->loc, "starred assignment target must be in a list or tuple");
      return;
    }
    if (t->kind == ExprKind::Tuple || t->kind == ExprKind::List) {
      const auto& elts = t->kind == ExprKind::Tuple ? t->as<Tuple>().elts : t->as<List>().elts;
      int stars = 0;
      for (const Expr* x : elts)
        if (x->kind == ExprKind::Starred) ++stars;
      if (stars > 1) errs_.add(t->loc, "multiple starred expressions in assignment");
      for (const Expr* x : elts) targets(x->kind == ExprKind::Starred ? x->as<Starred>().value : x);
      return;
    }
    expr(t);
  }

  void stmt(const Stmt* s) {
    if (visit_plain_stmt(*this, s)) return;
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: function(s->as<FunctionDef>()); break;
      case StmtKind::ClassDef: {
        auto& c = s->as<ClassDef>();
        for (const Expr* d : c.decorator_list) expr(d);
        for (const Expr* b : c.bases) expr(b);
        for (const Keyword& k : c.keywords) expr(k.value);
        Fn saved_fn = fn_;
        int saved_loops = loops_, saved_star = star_loops_;
        star_loops_ = -1;
        fn_ = Fn::None;
        loops_ = 0;
        body(c.body);
        fn_ = saved_fn;
        loops_ = saved_loops;
        star_loops_ = saved_star;
        break;
      }
      case StmtKind::Return:
        if (fn_ == Fn::None) errs_.add(s->loc, "'return' outside function");
        if (star_loops_ >= 0) {
          // compiler_return: a constant value sets the location (SET_LOC + NOP).
          const Expr* v = s->as<Return>().value;
          errs_.add(v && v->kind == ExprKind::Constant ? v->loc : s->loc, kExceptStarExit);
        }
        if (s->as<Return>().value) expr(s->as<Return>().value);
        break;
      case StmtKind::Assign:
        expr(s->as<Assign>().value);
        for (const Expr* t : s->as<Assign>().targets) targets(t);
        break;
      case StmtKind::AugAssign:
        expr(s->as<AugAssign>().target);
        expr(s->as<AugAssign>().value);
        break;
      case StmtKind::AnnAssign:
        if (s->as<AnnAssign>().value) expr(s->as<AnnAssign>().value);
        expr(s->as<AnnAssign>().target);
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = s->as<For>();
        if (f.is_async() && fn_ != Fn::Async) errs_.add(s->loc, "'async for' outside async function");
        expr(f.iter);
        targets(f.target);
        ++loops_;
        body(f.body);
        --loops_;
        body(f.orelse);
        break;
      }
      case StmtKind::While:
        expr(s->as<While>().test);
        ++loops_;
        body(s->as<While>().body);
        --loops_;
        body(s->as<While>().orelse);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (s->as<With>().is_async() && fn_ != Fn::Async)
          errs_.add(s->loc, "'async with' outside async function");
        for (const WithItem& it : s->as<With>().items) {
          expr(it.context_expr);
          if (it.optional_vars) targets(it.optional_vars);
        }
        body(s->as<With>().body);
        break;
      case StmtKind::Try: {
        auto& t = s->as<Try>();
        body(t.body);
        for (const ExceptHandler& h : t.handlers) {
          if (h.type) expr(h.type);
          // compile.c's EXCEPTION_GROUP_HANDLER fblock: break/continue/return
          // may not leave an except* block.
          int saved_star = star_loops_;
          if (t.star) star_loops_ = loops_;
          body(h.body);
          star_loops_ = saved_star;
        }
        body(t.orelse);
        body(t.finalbody);
        break;
      }
      case StmtKind::Match: {
        auto& m = s->as<Match>();
        expr(m.subject);
        for (size_t i = 0; i < m.cases.size(); ++i) {
          const MatchCase& c = m.cases[i];
          check_case_pattern(m, i, [&](const Loc& loc, std::string msg) { errs_.add(loc, std::move(msg)); });
          for_each_pattern_expr(c.pattern, [&](const Expr* e) { expr(e); });
          if (c.guard) expr(c.guard);
          body(c.body);
        }
        break;
      }
      case StmtKind::Expr: {
        const Expr* v = s->as<ExprStmt>().value;
        if (v->kind == ExprKind::Starred) errs_.add(v->loc, "can't use starred expression here");
        expr(v);
        break;
      }
      case StmtKind::Break:
        if (star_loops_ == loops_) errs_.add(s->loc, kExceptStarExit);
        if (loops_ == 0) errs_.add(s->loc, "'break' outside loop");
        break;
      case StmtKind::Continue:
        if (star_loops_ == loops_) errs_.add(s->loc, kExceptStarExit);
        if (loops_ == 0) errs_.add(s->loc, "'continue' not properly in loop");
        break;
      default:
        break;
    }
  }

  bool has_await(const Expr* e) {
    bool found = false;
    scan(e, [&](const Expr* x) {
      if (x->kind == ExprKind::Await) found = true;
    });
    return found;
  }
  // Visits e and its sub-expressions, not entering nested scopes' bodies
  // except comprehensions (whose awaits belong to them).
  template <class F>
  void scan(const Expr* e, F&& f) {
    if (!e) return;
    f(e);
    switch (e->kind) {
      case ExprKind::BoolOp: for (auto* v : e->as<BoolOp>().values) scan(v, f); break;
      case ExprKind::NamedExpr: scan(e->as<NamedExpr>().value, f); break;
      case ExprKind::BinOp: scan(e->as<BinOp>().left, f); scan(e->as<BinOp>().right, f); break;
      case ExprKind::UnaryOp: scan(e->as<UnaryOp>().operand, f); break;
      case ExprKind::IfExp:
        scan(e->as<IfExp>().test, f); scan(e->as<IfExp>().body, f); scan(e->as<IfExp>().orelse, f);
        break;
      case ExprKind::Dict:
        for (auto* k : e->as<Dict>().keys) scan(k, f);
        for (auto* v : e->as<Dict>().values) scan(v, f);
        break;
      case ExprKind::Set: for (auto* x : e->as<Set>().elts) scan(x, f); break;
      case ExprKind::Await: scan(e->as<Await>().value, f); break;
      case ExprKind::Yield: scan(e->as<Yield>().value, f); break;
      case ExprKind::Compare:
        scan(e->as<Compare>().left, f);
        for (auto* c : e->as<Compare>().comparators) scan(c, f);
        break;
      case ExprKind::Call:
        scan(e->as<Call>().func, f);
        for (auto* a : e->as<Call>().args) scan(a, f);
        for (auto& k : e->as<Call>().keywords) scan(k.value, f);
        break;
      case ExprKind::FormattedValue:
        scan(e->as<FormattedValue>().value, f);
        scan(e->as<FormattedValue>().format_spec, f);
        break;
      case ExprKind::JoinedStr: for (auto* v : e->as<JoinedStr>().values) scan(v, f); break;
      case ExprKind::Attribute: scan(e->as<Attribute>().value, f); break;
      case ExprKind::Subscript: scan(e->as<Subscript>().value, f); scan(e->as<Subscript>().slice, f); break;
      case ExprKind::Starred: scan(e->as<Starred>().value, f); break;
      case ExprKind::List: for (auto* x : e->as<List>().elts) scan(x, f); break;
      case ExprKind::Tuple: for (auto* x : e->as<Tuple>().elts) scan(x, f); break;
      case ExprKind::Slice:
        scan(e->as<Slice>().lower, f); scan(e->as<Slice>().upper, f); scan(e->as<Slice>().step, f);
        break;
      default: break;  // Lambda and comprehensions: their own scopes
    }
  }

  void comprehension(const Expr* e, const std::vector<Comprehension>& gens, const Expr* elt,
                     const Expr* value) {
    bool is_async = false;
    for (const Comprehension& g : gens) {
      if (g.is_async) is_async = true;
      for (const Expr* c : g.ifs)
        if (has_await(c)) is_async = true;
      if (&g != &gens[0] && has_await(g.iter)) is_async = true;
    }
    if (has_await(elt) || (value && has_await(value))) is_async = true;
    // compiler_comprehension: an async comprehension needs an async
    // function, except a generator expression (it becomes an async genexp).
    if (is_async && fn_ != Fn::Async && e->kind != ExprKind::GeneratorExp) {
      errs_.add(e->loc, "asynchronous comprehension outside of an asynchronous function");
      return;
    }
    expr(gens[0].iter);
    Fn saved = fn_;
    // Inside the comprehension, awaits are allowed iff the function is async;
    // a generator expression with them is an async generator anywhere.
    if (e->kind == ExprKind::GeneratorExp) fn_ = Fn::Async;
    for (const Comprehension& g : gens) {
      if (&g != &gens[0]) expr(g.iter);
      for (const Expr* c : g.ifs) expr(c);
    }
    if (elt) expr(elt);
    if (value) expr(value);
    fn_ = saved;
  }

  void expr(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Await:
        if (fn_ == Fn::None) errs_.add(e->loc, "'await' outside function");
        else if (fn_ != Fn::Async) errs_.add(e->loc, "'await' outside async function");
        expr(e->as<Await>().value);
        return;
      case ExprKind::Yield:
        if (fn_ == Fn::None) errs_.add(e->loc, "'yield' outside function");
        else if (fn_ == Fn::Async && e->as<Yield>().is_from)
          errs_.add(e->loc, "'yield from' inside async function");
        expr(e->as<Yield>().value);
        return;
      case ExprKind::Lambda: {
        auto& l = e->as<Lambda>();
        for (const Expr* d : l.args.defaults) expr(d);
        for (const Expr* d : l.args.kw_defaults)
          if (d) expr(d);
        Fn saved = fn_;
        int saved_loops = loops_, saved_star = star_loops_;
        star_loops_ = -1;
        fn_ = Fn::Lambda;
        loops_ = 0;
        expr(l.body);
        fn_ = saved;
        loops_ = saved_loops;
        star_loops_ = saved_star;
        return;
      }
      case ExprKind::ListComp:
        comprehension(e, e->as<ListComp>().generators, e->as<ListComp>().elt, nullptr);
        return;
      case ExprKind::SetComp:
        comprehension(e, e->as<SetComp>().generators, e->as<SetComp>().elt, nullptr);
        return;
      case ExprKind::GeneratorExp:
        comprehension(e, e->as<GeneratorExp>().generators, e->as<GeneratorExp>().elt, nullptr);
        return;
      case ExprKind::DictComp:
        comprehension(e, e->as<DictComp>().generators, e->as<DictComp>().key,
                      e->as<DictComp>().value);
        return;
      case ExprKind::Call: {
        auto& c = e->as<Call>();
        expr(c.func);
        for (const Expr* a : c.args) expr(a->kind == ExprKind::Starred ? a->as<Starred>().value : a);
        // validate_keywords: "keyword argument repeated"
        for (size_t i = 0; i < c.keywords.size(); ++i) {
          for (size_t j = i + 1; j < c.keywords.size(); ++j)
            if (!c.keywords[i].arg.empty() && c.keywords[i].arg == c.keywords[j].arg)
              errs_.add(c.keywords[j].loc, "keyword argument repeated: " + c.keywords[j].arg);
        }
        for (const Keyword& k : c.keywords) expr(k.value);
        return;
      }
      case ExprKind::Starred:
        // A starred expression outside a call, display or target.
        errs_.add(e->loc, "can't use starred expression here");
        return;
      case ExprKind::List:
        for (const Expr* x : e->as<List>().elts) expr(x->kind == ExprKind::Starred ? x->as<Starred>().value : x);
        return;
      case ExprKind::Tuple:
        for (const Expr* x : e->as<Tuple>().elts) expr(x->kind == ExprKind::Starred ? x->as<Starred>().value : x);
        return;
      case ExprKind::Set:
        for (const Expr* x : e->as<Set>().elts) expr(x->kind == ExprKind::Starred ? x->as<Starred>().value : x);
        return;
      default:
        break;
    }
    // Everything else: visit the children in evaluation order.
    switch (e->kind) {
      case ExprKind::BoolOp: for (auto* v : e->as<BoolOp>().values) expr(v); break;
      case ExprKind::NamedExpr: expr(e->as<NamedExpr>().value); break;
      case ExprKind::BinOp: expr(e->as<BinOp>().left); expr(e->as<BinOp>().right); break;
      case ExprKind::UnaryOp: expr(e->as<UnaryOp>().operand); break;
      case ExprKind::IfExp:
        expr(e->as<IfExp>().test); expr(e->as<IfExp>().body); expr(e->as<IfExp>().orelse);
        break;
      case ExprKind::Dict:
        for (size_t i = 0; i < e->as<Dict>().keys.size(); ++i) {
          expr(e->as<Dict>().keys[i]);
          expr(e->as<Dict>().values[i]);
        }
        break;
      case ExprKind::Compare:
        expr(e->as<Compare>().left);
        for (auto* c : e->as<Compare>().comparators) expr(c);
        break;
      case ExprKind::FormattedValue:
        expr(e->as<FormattedValue>().value);
        expr(e->as<FormattedValue>().format_spec);
        break;
      case ExprKind::JoinedStr: for (auto* v : e->as<JoinedStr>().values) expr(v); break;
      case ExprKind::Attribute: expr(e->as<Attribute>().value); break;
      case ExprKind::Subscript: expr(e->as<Subscript>().value); expr(e->as<Subscript>().slice); break;
      case ExprKind::Slice:
        expr(e->as<Slice>().lower); expr(e->as<Slice>().upper); expr(e->as<Slice>().step);
        break;
      default: break;
    }
  }
};

}  // namespace

std::optional<SyntaxError> check_module(const Module& m) {
  Errors errs{std::nullopt, m};
  SymtableVisitor st(errs);
  std::unique_ptr<Scope> root = st.run(m);
  if (errs.first) return errs.first;
  analyze(*root, errs);
  if (errs.first) return errs.first;
  CompileChecks cc(errs);
  cc.run(m);
  return errs.first;
}

}  // namespace sandbox::lang
