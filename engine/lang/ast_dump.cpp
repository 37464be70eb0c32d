#include "lang/ast_dump.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace sandbox::lang {

namespace {

const char* binop_name(BinOpKind k) {
  static const char* n[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                            "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return n[static_cast<int>(k)];
}
const char* cmp_name(CmpOpKind k) {
  static const char* n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return n[static_cast<int>(k)];
}
const char* unary_name(UnaryOpKind k) {
  static const char* n[] = {"Invert", "Not", "UAdd", "USub"};
  return n[static_cast<int>(k)];
}
const char* ctx_name(Ctx c) { return c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()"; }

// float.__repr__: shortest round-trip digits, exponent form outside [1e-4, 1e16).
std::string float_repr(double d) {
  if (d != d) return "nan";
  if (d == 1.0 / 0.0) return "inf";
  if (d == -1.0 / 0.0) return "-inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, r.ptr);
  size_t epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp = std::atoi(sci.c_str() + epos + 1);
  bool neg = mant[0] == '-';
  if (neg) mant.erase(0, 1);
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= 16) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char e[16];
    std::snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    return out + e;
  }
  if (exp < 0) return out + "0." + std::string(-exp - 1, '0') + digits;
  if (static_cast<int>(digits.size()) <= exp + 1)
    return out + digits + std::string(exp + 1 - digits.size(), '0') + ".0";
  return out + digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
}

struct Dumper {
  std::string out;
  bool attributes = false;
  // Appends CPython's _attributes before the node's closing ')'.
  void close_with(const Loc& l) {
    if (!attributes) return;
    out.pop_back();  // the ')'
    if (out.back() != '(') out += ", ";
    out += "lineno=" + std::to_string(l.line) + ", col_offset=" + std::to_string(l.col) +
           ", end_lineno=" + std::to_string(l.end_line) +
           ", end_col_offset=" + std::to_string(l.end_col) + ")";
  }
  void list_e(const std::vector<Expr*>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      if (v[i]) e(v[i]);
      else out += "None";
    }
    out += ']';
  }
  void list_s(const std::vector<Stmt*>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      s(v[i]);
    }
    out += ']';
  }
  void names(const std::vector<std::string>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += py_repr_str(v[i], false);
    }
    out += ']';
  }
  void opt(const char* field, const Expr* x) {
    if (!x) return;
    out += ", ";
    out += field;
    out += '=';
    e(x);
  }
  void arg(const Arg& a) {
    out += "arg(arg=" + py_repr_str(a.name, false);
    opt("annotation", a.annotation);
    out += ')';
    close_with(a.loc);
  }
  void args(const Arguments& a) {
    out += "arguments(posonlyargs=[";
    for (size_t i = 0; i < a.posonly; ++i) {
      if (i) out += ", ";
      arg(a.args[i]);
    }
    out += "], args=[";
    for (size_t i = a.posonly; i < a.args.size(); ++i) {
      if (i > a.posonly) out += ", ";
      arg(a.args[i]);
    }
    out += ']';
    if (a.has_vararg) {
      out += ", vararg=";
      arg(a.vararg);
    }
    out += ", kwonlyargs=[";
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      if (i) out += ", ";
      arg(a.kwonlyargs[i]);
    }
    out += "], kw_defaults=";
    list_e(a.kw_defaults);
    if (a.has_kwarg) {
      out += ", kwarg=";
      arg(a.kwarg);
    }
    out += ", defaults=";
    list_e(a.defaults);
    out += ')';
  }
  void keywords(const std::vector<Keyword>& ks) {
    out += '[';
    for (size_t i = 0; i < ks.size(); ++i) {
      if (i) out += ", ";
      out += "keyword(";
      if (!ks[i].arg.empty()) out += "arg=" + py_repr_str(ks[i].arg, false) + ", ";
      out += "value=";
      e(ks[i].value);
      out += ')';
      close_with(ks[i].loc);
    }
    out += ']';
  }
  void gens(const std::vector<Comprehension>& g) {
    out += '[';
    for (size_t i = 0; i < g.size(); ++i) {
      if (i) out += ", ";
      out += "comprehension(target=";
      e(g[i].target);
      out += ", iter=";
      e(g[i].iter);
      out += ", ifs=";
      list_e(g[i].ifs);
      out += g[i].is_async ? ", is_async=1)" : ", is_async=0)";
    }
    out += ']';
  }
  void aliases(const std::vector<Alias>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += "alias(name=" + py_repr_str(v[i].name, false);
      if (!v[i].asname.empty()) out += ", asname=" + py_repr_str(v[i].asname, false);
      out += ')';
      close_with(v[i].loc);
    }
    out += ']';
  }

  void e(const Expr* x) {
    e_fields(x);
    close_with(x->loc);
  }
  void e_fields(const Expr* x) {
    switch (x->kind) {
      case ExprKind::BoolOp:
        out += x->as<BoolOp>().op == BoolOpKind::And ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=";
        list_e(x->as<BoolOp>().values);
        out += ')';
        break;
      case ExprKind::NamedExpr:
        out += "NamedExpr(target=";
        e(x->as<NamedExpr>().target);
        out += ", value=";
        e(x->as<NamedExpr>().value);
        out += ')';
        break;
      case ExprKind::BinOp:
        out += "BinOp(left=";
        e(x->as<BinOp>().left);
        out += ", op=" + std::string(binop_name(x->as<BinOp>().op)) + "(), right=";
        e(x->as<BinOp>().right);
        out += ')';
        break;
      case ExprKind::UnaryOp:
        out += "UnaryOp(op=" + std::string(unary_name(x->as<UnaryOp>().op)) + "(), operand=";
        e(x->as<UnaryOp>().operand);
        out += ')';
        break;
      case ExprKind::Lambda:
        out += "Lambda(args=";
        args(x->as<Lambda>().args);
        out += ", body=";
        e(x->as<Lambda>().body);
        out += ')';
        break;
      case ExprKind::IfExp:
        out += "IfExp(test=";
        e(x->as<IfExp>().test);
        out += ", body=";
        e(x->as<IfExp>().body);
        out += ", orelse=";
        e(x->as<IfExp>().orelse);
        out += ')';
        break;
      case ExprKind::Dict:
        out += "Dict(keys=";
        list_e(x->as<Dict>().keys);
        out += ", values=";
        list_e(x->as<Dict>().values);
        out += ')';
        break;
      case ExprKind::Set:
        out += "Set(elts=";
        list_e(x->as<Set>().elts);
        out += ')';
        break;
      case ExprKind::ListComp:
        out += "ListComp(elt=";
        e(x->as<ListComp>().elt);
        out += ", generators=";
        gens(x->as<ListComp>().generators);
        out += ')';
        break;
      case ExprKind::SetComp:
        out += "SetComp(elt=";
        e(x->as<SetComp>().elt);
        out += ", generators=";
        gens(x->as<SetComp>().generators);
        out += ')';
        break;
      case ExprKind::GeneratorExp:
        out += "GeneratorExp(elt=";
        e(x->as<GeneratorExp>().elt);
        out += ", generators=";
        gens(x->as<GeneratorExp>().generators);
        out += ')';
        break;
      case ExprKind::DictComp:
        out += "DictComp(key=";
        e(x->as<DictComp>().key);
        out += ", value=";
        e(x->as<DictComp>().value);
        out += ", generators=";
        gens(x->as<DictComp>().generators);
        out += ')';
        break;
      case ExprKind::Await:
        out += "Await(value=";
        e(x->as<Await>().value);
        out += ')';
        break;
      case ExprKind::Yield:
        out += "Yield(";
        if (x->as<Yield>().value) {
          out += "value=";
          e(x->as<Yield>().value);
        }
        out += ')';
        break;
      case ExprKind::Compare: {
        auto& c = x->as<Compare>();
        out += "Compare(left=";
        e(c.left);
        out += ", ops=[";
        for (size_t i = 0; i < c.ops.size(); ++i) {
          if (i) out += ", ";
          out += std::string(cmp_name(c.ops[i])) + "()";
        }
        out += "], comparators=";
        list_e(c.comparators);
        out += ')';
        break;
      }
      case ExprKind::Call:
        out += "Call(func=";
        e(x->as<Call>().func);
        out += ", args=";
        list_e(x->as<Call>().args);
        out += ", keywords=";
        keywords(x->as<Call>().keywords);
        out += ')';
        break;
      case ExprKind::FormattedValue:
        out += "FormattedValue(value=";
        e(x->as<FormattedValue>().value);
        out += ", conversion=" + std::to_string(x->as<FormattedValue>().conversion);
        opt("format_spec", x->as<FormattedValue>().format_spec);
        out += ')';
        break;
      case ExprKind::JoinedStr:
        out += "JoinedStr(values=";
        list_e(x->as<JoinedStr>().values);
        out += ')';
        break;
      case ExprKind::Constant: {
        auto& c = x->as<Constant>();
        out += "Constant(value=";
        switch (c.ckind) {
          case ConstKind::None: out += "None"; break;
          case ConstKind::True: out += "True"; break;
          case ConstKind::False: out += "False"; break;
          case ConstKind::Ellipsis: out += "Ellipsis"; break;
          case ConstKind::Int: out += c.s.empty() ? std::to_string(c.i) : c.s; break;
          case ConstKind::Float: out += float_repr(c.f); break;
          case ConstKind::Imaginary: out += float_repr(c.f) + "j"; break;
          case ConstKind::Str: out += py_repr_str(c.s, false); break;
          case ConstKind::Bytes: out += py_repr_str(c.s, true); break;
        }
        out += ')';
        break;
      }
      case ExprKind::Attribute:
        out += "Attribute(value=";
        e(x->as<Attribute>().value);
        out += ", attr=" + py_repr_str(x->as<Attribute>().attr, false) + ", ctx=" +
               ctx_name(x->as<Attribute>().ctx) + ")";
        break;
      case ExprKind::Subscript:
        out += "Subscript(value=";
        e(x->as<Subscript>().value);
        out += ", slice=";
        e(x->as<Subscript>().slice);
        out += ", ctx=" + std::string(ctx_name(x->as<Subscript>().ctx)) + ")";
        break;
      case ExprKind::Starred:
        out += "Starred(value=";
        e(x->as<Starred>().value);
        out += ", ctx=" + std::string(ctx_name(x->as<Starred>().ctx)) + ")";
        break;
      case ExprKind::Name:
        out += "Name(id=" + py_repr_str(x->as<Name>().id, false) + ", ctx=" +
               ctx_name(x->as<Name>().ctx) + ")";
        break;
      case ExprKind::List:
        out += "List(elts=";
        list_e(x->as<List>().elts);
        out += ", ctx=" + std::string(ctx_name(x->as<List>().ctx)) + ")";
        break;
      case ExprKind::Tuple:
        out += "Tuple(elts=";
        list_e(x->as<Tuple>().elts);
        out += ", ctx=" + std::string(ctx_name(x->as<Tuple>().ctx)) + ")";
        break;
      case ExprKind::Slice: {
        auto& sl = x->as<Slice>();
        out += "Slice(";
        bool first = true;
        auto f = [&](const char* n, const Expr* v) {
          if (!v) return;
          if (!first) out += ", ";
          first = false;
          out += n;
          out += '=';
          e(v);
        };
        f("lower", sl.lower);
        f("upper", sl.upper);
        f("step", sl.step);
        out += ')';
        break;
      }
    }
  }

  void s(const Stmt* x) {
    s_fields(x);
    close_with(x->loc);
  }
  void list_p(const std::vector<Pattern*>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      pat(v[i]);
    }
    out += ']';
  }
  void pat(const Pattern* x) {
    switch (x->kind) {
      case PatternKind::MatchValue:
        out += "MatchValue(value=";
        e(x->as<MatchValue>().value);
        out += ')';
        break;
      case PatternKind::MatchSingleton: {
        ConstKind k = x->as<MatchSingleton>().value;
        out += k == ConstKind::None ? "MatchSingleton(value=None)"
               : k == ConstKind::True ? "MatchSingleton(value=True)" : "MatchSingleton(value=False)";
        break;
      }
      case PatternKind::MatchSequence:
        out += "MatchSequence(patterns=";
        list_p(x->as<MatchSequence>().patterns);
        out += ')';
        break;
      case PatternKind::MatchMapping: {
        auto& m = x->as<MatchMapping>();
        out += "MatchMapping(keys=";
        list_e(m.keys);
        out += ", patterns=";
        list_p(m.patterns);
        if (!m.rest.empty()) out += ", rest=" + py_repr_str(m.rest, false);
        out += ')';
        break;
      }
      case PatternKind::MatchClass: {
        auto& c = x->as<MatchClass>();
        out += "MatchClass(cls=";
        e(c.cls);
        out += ", patterns=";
        list_p(c.patterns);
        out += ", kwd_attrs=";
        names(c.kwd_attrs);
        out += ", kwd_patterns=";
        list_p(c.kwd_patterns);
        out += ')';
        break;
      }
      case PatternKind::MatchStar:
        out += "MatchStar(";
        if (!x->as<MatchStar>().name.empty()) out += "name=" + py_repr_str(x->as<MatchStar>().name, false);
        out += ')';
        break;
      case PatternKind::MatchAs: {
        auto& a = x->as<MatchAs>();
        out += "MatchAs(";
        if (a.pattern) {
          out += "pattern=";
          pat(a.pattern);
          if (!a.name.empty()) out += ", ";
        }
        if (!a.name.empty()) out += "name=" + py_repr_str(a.name, false);
        out += ')';
        break;
      }
      case PatternKind::MatchOr:
        out += "MatchOr(patterns=";
        list_p(x->as<MatchOr>().patterns);
        out += ')';
        break;
    }
    close_with(x->loc);
  }
  void s_fields(const Stmt* x) {
    switch (x->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto& f = x->as<FunctionDef>();
        out += f.is_async() ? "AsyncFunctionDef(name=" : "FunctionDef(name=";
        out += py_repr_str(f.name, false) + ", args=";
        args(f.args);
        out += ", body=";
        list_s(f.body);
        out += ", decorator_list=";
        list_e(f.decorator_list);
        opt("returns", f.returns);
        out += ')';
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = x->as<ClassDef>();
        out += "ClassDef(name=" + py_repr_str(c.name, false) + ", bases=";
        list_e(c.bases);
        out += ", keywords=";
        keywords(c.keywords);
        out += ", body=";
        list_s(c.body);
        out += ", decorator_list=";
        list_e(c.decorator_list);
        out += ')';
        break;
      }
      case StmtKind::Return:
        out += "Return(";
        if (x->as<Return>().value) {
          out += "value=";
          e(x->as<Return>().value);
        }
        out += ')';
        break;
      case StmtKind::Delete:
        out += "Delete(targets=";
        list_e(x->as<Delete>().targets);
        out += ')';
        break;
      case StmtKind::Assign:
        out += "Assign(targets=";
        list_e(x->as<Assign>().targets);
        out += ", value=";
        e(x->as<Assign>().value);
        out += ')';
        break;
      case StmtKind::AugAssign:
        out += "AugAssign(target=";
        e(x->as<AugAssign>().target);
        out += ", op=" + std::string(binop_name(x->as<AugAssign>().op)) + "(), value=";
        e(x->as<AugAssign>().value);
        out += ')';
        break;
      case StmtKind::AnnAssign:
        out += "AnnAssign(target=";
        e(x->as<AnnAssign>().target);
        out += ", annotation=";
        e(x->as<AnnAssign>().annotation);
        opt("value", x->as<AnnAssign>().value);
        out += x->as<AnnAssign>().simple ? ", simple=1)" : ", simple=0)";
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = x->as<For>();
        out += f.is_async() ? "AsyncFor(target=" : "For(target=";
        e(f.target);
        out += ", iter=";
        e(f.iter);
        out += ", body=";
        list_s(f.body);
        out += ", orelse=";
        list_s(f.orelse);
        out += ')';
        break;
      }
      case StmtKind::While:
        out += "While(test=";
        e(x->as<While>().test);
        out += ", body=";
        list_s(x->as<While>().body);
        out += ", orelse=";
        list_s(x->as<While>().orelse);
        out += ')';
        break;
      case StmtKind::If:
        out += "If(test=";
        e(x->as<If>().test);
        out += ", body=";
        list_s(x->as<If>().body);
        out += ", orelse=";
        list_s(x->as<If>().orelse);
        out += ')';
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto& w = x->as<With>();
        out += w.is_async() ? "AsyncWith(items=[" : "With(items=[";
        for (size_t i = 0; i < w.items.size(); ++i) {
          if (i) out += ", ";
          out += "withitem(context_expr=";
          e(w.items[i].context_expr);
          opt("optional_vars", w.items[i].optional_vars);
          out += ')';
        }
        out += "], body=";
        list_s(w.body);
        out += ')';
        break;
      }
      case StmtKind::Raise: {
        out += "Raise(";
        auto& r = x->as<Raise>();
        if (r.exc) {
          out += "exc=";
          e(r.exc);
          opt("cause", r.cause);
        }
        out += ')';
        break;
      }
      case StmtKind::Try: {
        auto& t = x->as<Try>();
        out += t.star ? "TryStar(body=" : "Try(body=";
        list_s(t.body);
        out += ", handlers=[";
        for (size_t i = 0; i < t.handlers.size(); ++i) {
          if (i) out += ", ";
          out += "ExceptHandler(";
          if (t.handlers[i].type) {
            out += "type=";
            e(t.handlers[i].type);
            out += ", ";
          }
          if (!t.handlers[i].name.empty()) out += "name=" + py_repr_str(t.handlers[i].name, false) + ", ";
          out += "body=";
          list_s(t.handlers[i].body);
          out += ')';
          close_with(t.handlers[i].loc);
        }
        out += "], orelse=";
        list_s(t.orelse);
        out += ", finalbody=";
        list_s(t.finalbody);
        out += ')';
        break;
      }
      case StmtKind::Assert:
        out += "Assert(test=";
        e(x->as<Assert>().test);
        opt("msg", x->as<Assert>().msg);
        out += ')';
        break;
      case StmtKind::Import:
        out += "Import(names=";
        aliases(x->as<Import>().names);
        out += ')';
        break;
      case StmtKind::ImportFrom: {
        auto& f = x->as<ImportFrom>();
        out += "ImportFrom(";
        if (!f.module.empty()) out += "module=" + py_repr_str(f.module, false) + ", ";
        out += "names=";
        aliases(f.names);
        out += ", level=" + std::to_string(f.level) + ")";
        break;
      }
      case StmtKind::Global:
        out += "Global(names=";
        names(x->as<Global>().names);
        out += ')';
        break;
      case StmtKind::Nonlocal:
        out += "Nonlocal(names=";
        names(x->as<Nonlocal>().names);
        out += ')';
        break;
      case StmtKind::Expr:
        out += "Expr(value=";
        e(x->as<ExprStmt>().value);
        out += ')';
        break;
      case StmtKind::Match: {
        auto& m = x->as<Match>();
        out += "Match(subject=";
        e(m.subject);
        out += ", cases=[";
        for (size_t i = 0; i < m.cases.size(); ++i) {
          if (i) out += ", ";
          out += "match_case(pattern=";
          pat(m.cases[i].pattern);
          opt("guard", m.cases[i].guard);
          out += ", body=";
          list_s(m.cases[i].body);
          out += ')';
        }
        out += "])";
        break;
      }
      case StmtKind::Pass: out += "Pass()"; break;
      case StmtKind::Break: out += "Break()"; break;
      case StmtKind::Continue: out += "Continue()"; break;
    }
  }
};

}  // namespace

std::string py_repr_str(const std::string& s, bool bytes) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char buf[8];
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);  // printable ASCII, or UTF-8 of str
    }
  }
  out += q;
  return out;
}

std::string dump(const Module& m, bool include_attributes) {
  Dumper d;
  d.attributes = include_attributes;
  d.out = "Module(body=";
  d.list_s(m.body);
  d.out += ", type_ignores=[])";
  return d.out;
}
std::string dump(const Expr* e) {
  Dumper d;
  d.e(e);
  return d.out;
}
std::string dump(const Stmt* s) {
  Dumper d;
  d.s(s);
  return d.out;
}

}  // namespace sandbox::lang
