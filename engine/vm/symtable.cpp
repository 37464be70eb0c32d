// Scope analysis: collect bindings and uses per scope, then resolve each name
// to local / cell / free / global like CPython's symtable.c analyze_name().
#include "vm/symtable.h"

namespace sandbox::vm {

using namespace sandbox::lang;

namespace {

struct Collector {
  SymbolTable& st;
  Scope* cur;

  Scope* push(ScopeKind k, std::string name, const void* node) {
    auto s = std::make_unique<Scope>();
    s->kind = k;
    s->name = std::move(name);
    s->parent = cur;
    Scope* raw = s.get();
    cur->children.push_back(std::move(s));
    st.by_node[node] = raw;
    return raw;
  }

  void bind(const std::string& n) { cur->bound.insert(n); }
  void use(const std::string& n) {
    cur->used.insert(n);
    if (n == "super") cur->used.insert("__class__");
  }

  void args(const Arguments& a) {
    for (auto& x : a.args) { cur->params.push_back(x.name); bind(x.name); }
    if (a.has_vararg) { cur->params.push_back(a.vararg.name); bind(a.vararg.name); }
    for (auto& x : a.kwonlyargs) { cur->params.push_back(x.name); bind(x.name); }
    if (a.has_kwarg) { cur->params.push_back(a.kwarg.name); bind(a.kwarg.name); }
  }

  // Parameter and return annotations are evaluated in the enclosing scope.
  void annotations(const Arguments& a, const Expr* returns) {
    for (const Arg& x : a.args) expr(x.annotation);
    if (a.has_vararg) expr(a.vararg.annotation);
    for (const Arg& x : a.kwonlyargs) expr(x.annotation);
    if (a.has_kwarg) expr(a.kwarg.annotation);
    expr(returns);
  }

  void defaults(const Arguments& a) {
    for (Expr* d : a.defaults) expr(d);
    for (Expr* d : a.kw_defaults) if (d) expr(d);
  }

  void body(const std::vector<Stmt*>& b) { for (Stmt* s : b) stmt(s); }

  void comprehension(const Expr* node, const char* name, const std::vector<Comprehension>& gens,
                     const Expr* elt, const Expr* value) {
    // The first iterable is evaluated in the enclosing scope.
    expr(gens[0].iter);
    Scope* saved = cur;
    cur = push(ScopeKind::Comprehension, name, node);
    cur->params.push_back(".0");
    cur->bound.insert(".0");
    if (node->kind == ExprKind::GeneratorExp) cur->is_generator = true;
    for (size_t i = 0; i < gens.size(); ++i) {
      if (i > 0) expr(gens[i].iter);
      target(gens[i].target);
      for (Expr* c : gens[i].ifs) expr(c);
      if (gens[i].is_async) cur->has_await = true;
    }
    expr(elt);
    if (value) expr(value);
    cur = saved;
  }

  // PEP 572 (symtable_extend_namedexpr_scope): `:=` inside a comprehension
  // binds in the nearest enclosing scope that is not a comprehension; the
  // comprehensions in between reach it as a free (or global) name.
  void walrus_target(const Expr* e) {
    if (cur->kind != ScopeKind::Comprehension || e->kind != ExprKind::Name) return target(e);
    const std::string& n = e->as<Name>().id;
    Scope* owner = cur;
    while (owner->kind == ScopeKind::Comprehension && owner->parent) owner = owner->parent;
    // CPython refuses this in a class body (a SyntaxError this table cannot raise).
    if (owner->kind == ScopeKind::Class) return target(e);
    bool global = owner->kind == ScopeKind::Module || owner->globals.count(n);
    for (Scope* s = cur; s != owner; s = s->parent) (global ? s->globals : s->nonlocals).insert(n);
    owner->bound.insert(n);
  }

  void target(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Name: bind(e->as<Name>().id); break;
      case ExprKind::Tuple: for (Expr* x : e->as<Tuple>().elts) target(x); break;
      case ExprKind::List: for (Expr* x : e->as<List>().elts) target(x); break;
      case ExprKind::Starred: target(e->as<Starred>().value); break;
      default: expr(e); break;  // Attribute / Subscript: their parts are loads
    }
  }

  void expr(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::BoolOp: for (Expr* x : e->as<BoolOp>().values) expr(x); break;
      case ExprKind::NamedExpr: expr(e->as<NamedExpr>().value); walrus_target(e->as<NamedExpr>().target); break;
      case ExprKind::BinOp: expr(e->as<BinOp>().left); expr(e->as<BinOp>().right); break;
      case ExprKind::UnaryOp: expr(e->as<UnaryOp>().operand); break;
      case ExprKind::Lambda: {
        auto& l = e->as<Lambda>();
        defaults(l.args);
        Scope* saved = cur;
        cur = push(ScopeKind::Lambda, "<lambda>", e);
        args(l.args);
        expr(l.body);
        cur = saved;
        break;
      }
      case ExprKind::IfExp: expr(e->as<IfExp>().test); expr(e->as<IfExp>().body); expr(e->as<IfExp>().orelse); break;
      case ExprKind::Dict:
        for (Expr* k : e->as<Dict>().keys) expr(k);
        for (Expr* v : e->as<Dict>().values) expr(v);
        break;
      case ExprKind::Set: for (Expr* x : e->as<Set>().elts) expr(x); break;
      case ExprKind::ListComp: comprehension(e, "<listcomp>", e->as<ListComp>().generators, e->as<ListComp>().elt, nullptr); break;
      case ExprKind::SetComp: comprehension(e, "<setcomp>", e->as<SetComp>().generators, e->as<SetComp>().elt, nullptr); break;
      case ExprKind::GeneratorExp: comprehension(e, "<genexpr>", e->as<GeneratorExp>().generators, e->as<GeneratorExp>().elt, nullptr); break;
      case ExprKind::DictComp: comprehension(e, "<dictcomp>", e->as<DictComp>().generators, e->as<DictComp>().key, e->as<DictComp>().value); break;
      case ExprKind::Await: cur->has_await = true; expr(e->as<Await>().value); break;
      case ExprKind::Yield: cur->is_generator = true; expr(e->as<Yield>().value); break;
      case ExprKind::Compare:
        expr(e->as<Compare>().left);
        for (Expr* x : e->as<Compare>().comparators) expr(x);
        break;
      case ExprKind::Call:
        expr(e->as<Call>().func);
        for (Expr* x : e->as<Call>().args) expr(x);
        for (auto& k : e->as<Call>().keywords) expr(k.value);
        break;
      case ExprKind::FormattedValue: expr(e->as<FormattedValue>().value); expr(e->as<FormattedValue>().format_spec); break;
      case ExprKind::JoinedStr: for (Expr* x : e->as<JoinedStr>().values) expr(x); break;
      case ExprKind::Constant: break;
      case ExprKind::Attribute: expr(e->as<Attribute>().value); break;
      case ExprKind::Subscript: expr(e->as<Subscript>().value); expr(e->as<Subscript>().slice); break;
      case ExprKind::Starred: expr(e->as<Starred>().value); break;
      case ExprKind::Name: {
        auto& n = e->as<Name>();
        if (n.ctx == Ctx::Load) use(n.id);
        else bind(n.id);
        break;
      }
      case ExprKind::List: for (Expr* x : e->as<List>().elts) (e->as<List>().ctx == Ctx::Load ? expr(x) : target(x)); break;
      case ExprKind::Tuple: for (Expr* x : e->as<Tuple>().elts) (e->as<Tuple>().ctx == Ctx::Load ? expr(x) : target(x)); break;
      case ExprKind::Slice: expr(e->as<Slice>().lower); expr(e->as<Slice>().upper); expr(e->as<Slice>().step); break;
    }
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto& f = s->as<FunctionDef>();
        for (Expr* d : f.decorator_list) expr(d);
        defaults(f.args);
        annotations(f.args, f.returns);
        bind(f.name);
        Scope* saved = cur;
        cur = push(ScopeKind::Function, f.name, s);
        cur->is_async = f.is_async();
        args(f.args);
        body(f.body);
        cur = saved;
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = s->as<ClassDef>();
        for (Expr* d : c.decorator_list) expr(d);
        for (Expr* b : c.bases) expr(b);
        for (auto& k : c.keywords) expr(k.value);
        bind(c.name);
        Scope* saved = cur;
        cur = push(ScopeKind::Class, c.name, s);
        body(c.body);
        cur = saved;
        break;
      }
      case StmtKind::Return: expr(s->as<Return>().value); break;
      case StmtKind::Delete: for (Expr* t : s->as<Delete>().targets) target(t); break;
      case StmtKind::Assign:
        expr(s->as<Assign>().value);
        for (Expr* t : s->as<Assign>().targets) target(t);
        break;
      case StmtKind::AugAssign: {
        auto& a = s->as<AugAssign>();
        expr(a.value);
        if (a.target->kind == ExprKind::Name) { use(a.target->as<Name>().id); bind(a.target->as<Name>().id); }
        else target(a.target);
        break;
      }
      case StmtKind::AnnAssign: {
        auto& a = s->as<AnnAssign>();
        expr(a.value);
        expr(a.annotation);
        if (a.value) target(a.target);
        else if (a.target->kind == ExprKind::Name && cur->function_like()) bind(a.target->as<Name>().id);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = s->as<For>();
        if (f.is_async()) cur->has_await = true;
        expr(f.iter);
        target(f.target);
        body(f.body);
        body(f.orelse);
        break;
      }
      case StmtKind::While: expr(s->as<While>().test); body(s->as<While>().body); body(s->as<While>().orelse); break;
      case StmtKind::If: expr(s->as<If>().test); body(s->as<If>().body); body(s->as<If>().orelse); break;
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto& w = s->as<With>();
        if (w.is_async()) cur->has_await = true;
        for (auto& it : w.items) { expr(it.context_expr); target(it.optional_vars); }
        body(w.body);
        break;
      }
      case StmtKind::Raise: expr(s->as<Raise>().exc); expr(s->as<Raise>().cause); break;
      case StmtKind::Try: {
        auto& t = s->as<Try>();
        body(t.body);
        for (auto& h : t.handlers) {
          expr(h.type);
          if (!h.name.empty()) bind(h.name);
          body(h.body);
        }
        body(t.orelse);
        body(t.finalbody);
        break;
      }
      case StmtKind::Assert: expr(s->as<Assert>().test); expr(s->as<Assert>().msg); break;
      case StmtKind::Import:
        for (auto& a : s->as<Import>().names) {
          std::string n = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          bind(n);
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& a : s->as<ImportFrom>().names)
          if (a.name != "*") bind(a.asname.empty() ? a.name : a.asname);
        break;
      case StmtKind::Global: for (auto& n : s->as<Global>().names) cur->globals.insert(n); break;
      case StmtKind::Nonlocal: for (auto& n : s->as<Nonlocal>().names) cur->nonlocals.insert(n); break;
      case StmtKind::Expr: expr(s->as<ExprStmt>().value); break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: break;
      case StmtKind::Match: {
        auto& m = s->as<Match>();
        expr(m.subject);
        for (auto& c : m.cases) {
          for_each_pattern_expr(c.pattern, [&](const Expr* e) { expr(e); });
          for_each_pattern_name(c.pattern, [&](const std::string& n) { bind(n); });
          expr(c.guard);
          body(c.body);
        }
        break;
      }
    }
  }
};

// Does `s` bind n as its own local (for closures to capture)?
bool binds_local(const Scope* s, const std::string& n) {
  if (s->kind == ScopeKind::Class) return n == "__class__";  // only the implicit class cell
  if (!s->function_like()) return false;
  return (s->bound.count(n) || s->nonlocals.count(n)) && !s->globals.count(n);
}

void resolve(Scope* s) {
  std::set<std::string> names = s->used;
  names.insert(s->bound.begin(), s->bound.end());
  names.insert(s->nonlocals.begin(), s->nonlocals.end());
  names.insert(s->globals.begin(), s->globals.end());
  for (const std::string& n : names) {
    if (s->syms.count(n)) continue;  // already Free (set by a child's pass-through) or Cell
    if (s->globals.count(n)) { s->syms[n] = SymKind::GlobalExplicit; continue; }
    bool local = s->kind != ScopeKind::Module && s->bound.count(n) && !s->nonlocals.count(n);
    if (local) { s->syms[n] = SymKind::Local; continue; }
    if (s->kind == ScopeKind::Module) { s->syms[n] = SymKind::GlobalImplicit; continue; }
    // Search enclosing scopes (class scopes only bind the implicit __class__).
    Scope* found = nullptr;
    for (Scope* p = s->parent; p && p->kind != ScopeKind::Module; p = p->parent) {
      if (binds_local(p, n)) { found = p; break; }
      if (p->function_like() && p->globals.count(n)) break;
    }
    if (!found) {
      s->syms[n] = (s->kind == ScopeKind::Class && s->bound.count(n)) ? SymKind::Local : SymKind::GlobalImplicit;
      continue;
    }
    // Free here, a cell in `found`, passed through every scope in between.
    s->syms[n] = SymKind::Free;
    s->add_free(n);
    for (Scope* p = s->parent; p != found; p = p->parent) {
      if (!p->syms.count(n) || p->syms[n] == SymKind::GlobalImplicit) p->syms[n] = SymKind::Free;
      p->add_free(n);
    }
    found->syms[n] = SymKind::Cell;
    found->add_cell(n);
  }
  for (auto& c : s->children) resolve(c.get());
}

// Children resolve after parents but may turn a parent's Local into a Cell;
// a second pass fixes parents whose locals were captured later.
void fix_cells(Scope* s) {
  for (const std::string& c : s->cellvars) s->syms[c] = SymKind::Cell;
  for (auto& ch : s->children) fix_cells(ch.get());
}

}  // namespace

SymbolTable build_symtable(const lang::Module& m) {
  SymbolTable st;
  st.top = std::make_unique<Scope>();
  st.top->kind = ScopeKind::Module;
  st.top->name = "<module>";
  Collector c{st, st.top.get()};
  c.body(m.body);
  resolve(st.top.get());
  fix_cells(st.top.get());
  return st;
}

}  // namespace sandbox::vm
