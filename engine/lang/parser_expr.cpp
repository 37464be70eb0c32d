// Expressions, by precedence from loosest to tightest (CPython 3.11
// Grammar/python.gram): lambda < if-else < or < and < not < comparisons <
// | < ^ < & < shifts < + - < * / // % @ < unary < ** < await < primary.
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "lang/parser_internal.h"

namespace sandbox::lang {

const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      switch (e->as<Constant>().ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// Tokens that can begin an expression (for the "forgot a comma" check).
bool Parser::starts_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb:
    case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot:
    case Tok::KwAwait: case Tok::KwLambda: case Tok::KwNone: case Tok::KwTrue:
    case Tok::KwFalse: case Tok::Ellipsis: case Tok::Star:
      return true;
    default:
      return false;
  }
}

// invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction
//   b=expression_without_invalid -> "invalid syntax. Perhaps you forgot a
//   comma?" (only inside brackets).
void Parser::check_missing_comma(Expr* a) {
  Tok k = kind();
  if (!starts_expression(k) || k == Tok::Star || k == Tok::Minus || k == Tok::Plus ||
      k == Tok::LPar || k == Tok::LSqb)
    return;
  if (a->kind == ExprKind::Lambda || a->kind == ExprKind::IfExp || a->kind == ExprKind::Starred)
    return;
  if (a->kind == ExprKind::Name && k == Tok::String) return;
  size_t save = p_;
  Expr* b = nullptr;
  try {
    b = expression();
  } catch (const ParseFail&) {
    // b ran into the end of the tokens (EOF inside brackets): CPython's b
    // matched and the tokenizer's "'(' was never closed" then wins.
    if (toks_[furthest_].kind == Tok::ErrorTok) throw;
    p_ = save;
    return;
  }
  fail_at(span(a->loc, b->loc), "invalid syntax. Perhaps you forgot a comma?");
}

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::star_expressions() {
  const Token& t = cur();
  Expr* e = star_expression();
  if (!at(Tok::Comma)) return e;
  auto* tup = make<Tuple>(loc_of(t));
  tup->elts.push_back(e);
  while (accept(Tok::Comma)) {
    if (!starts_expression(kind())) break;
    tup->elts.push_back(star_expression());
  }
  tup->loc = from(t);
  return tup;
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::star_expression() {
  if (at(Tok::Star)) {
    const Token& t = cur();
    ++p_;
    auto* s = make<Starred>(loc_of(t));
    s->value = bitwise_or();
    s->loc = from(t);
    return s;
  }
  return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  if (at(Tok::Star)) return star_expression();
  return named_expression();
}

// named_expression: NAME ':=' ~ expression | expression !':='
// invalid_named_expression: NAME '=' bitwise_or !('='|':=') -> "Maybe you meant '==' or ':='"
Expr* Parser::named_expression(bool in_call) {
  if (at(Tok::Name) && kind(1) == Tok::ColonEqual) {
    const Token& t = cur();
    ++p_;
    ++p_;
    auto* target = make<Name>(loc_of(t));
    target->id = std::string(text(t));
    target->ctx = Ctx::Store;
    auto* n = make<NamedExpr>(loc_of(t));
    n->target = target;
    n->value = expression();
    n->loc = from(t);
    return n;
  }
  Expr* e = expression();
  if (at(Tok::ColonEqual))
    fail_at(e->loc, std::string("cannot use assignment expressions with ") + expr_name(e));
  if (!in_call && at(Tok::Equal) && kind(1) != Tok::Equal) {
    size_t save = p_;
    ++p_;
    Expr* b = nullptr;
    try {
      b = bitwise_or();
    } catch (const ParseFail&) {
      p_ = save;
      return e;
    }
    if (!at(Tok::Equal) && !at(Tok::ColonEqual)) {
      if (e->kind == ExprKind::Name)
        fail_at(span(e->loc, b->loc),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      bool skip = e->kind == ExprKind::List || e->kind == ExprKind::Tuple ||
                  e->kind == ExprKind::GeneratorExp ||
                  (e->kind == ExprKind::Constant &&
                   (e->as<Constant>().ckind == ConstKind::True ||
                    e->as<Constant>().ckind == ConstKind::False ||
                    e->as<Constant>().ckind == ConstKind::None));
      if (!skip)
        fail_at(e->loc, std::string("cannot assign to ") + expr_name(e) +
                            " here. Maybe you meant '==' instead of '='?");
    }
    p_ = save;
  }
  return e;
}

static constexpr int kMaxStack = 6000;  // CPython's MAXSTACK (Parser/parser.c)

Parser::Level::Level(Parser& parser, int c) : p(parser), cost(c) {
  p.level_ += cost;
  if (p.level_ > kMaxStack) p.fail_memory();
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::expression() {
  // One expression() goes through the whole precedence chain (disjunction ...
  // primary, atom): CPython counts a level for each of those ~16 rules.
  Level level(*this, 16);
  if (at(Tok::KwLambda)) return lambdef();
  const Token& t = cur();
  Expr* body = disjunction();
  if (!at(Tok::KwIf)) return body;
  ++p_;
  Expr* test = disjunction();
  if (!at(Tok::KwElse)) {
    if (at(Tok::Colon)) fail_invalid_syntax();
    fail_at(span(body->loc, test->loc), "expected 'else' after 'if' expression");
  }
  ++p_;
  auto* n = make<IfExp>(loc_of(t));
  n->body = body;
  n->test = test;
  n->orelse = expression();
  n->loc = from(t);
  return n;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  const Token& t = expect(Tok::KwLambda);
  auto* n = make<Lambda>(loc_of(t));
  params(n->args, Tok::Colon, true);
  expect(Tok::Colon);
  n->body = expression();
  n->loc = from(t);
  return n;
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  const Token& t = cur();
  Expr* e = conjunction();
  if (!at(Tok::KwOr)) return e;
  auto* b = make<BoolOp>(loc_of(t));
  b->op = BoolOpKind::Or;
  b->values.push_back(e);
  while (accept(Tok::KwOr)) b->values.push_back(conjunction());
  b->loc = from(t);
  return b;
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() {
  const Token& t = cur();
  Expr* e = inversion();
  if (!at(Tok::KwAnd)) return e;
  auto* b = make<BoolOp>(loc_of(t));
  b->op = BoolOpKind::And;
  b->values.push_back(e);
  while (accept(Tok::KwAnd)) b->values.push_back(inversion());
  b->loc = from(t);
  return b;
}

// inversion: 'not' inversion | comparison
Expr* Parser::inversion() {
  Level level(*this, 1);
  if (at(Tok::KwNot)) {
    const Token& t = cur();
    ++p_;
    auto* u = make<UnaryOp>(loc_of(t));
    u->op = UnaryOpKind::Not;
    u->operand = inversion();
    u->loc = from(t);
    return u;
  }
  return comparison();
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
Expr* Parser::comparison() {
  const Token& t = cur();
  Expr* left = bitwise_or();
  Compare* c = nullptr;
  while (true) {
    CmpOpKind op;
    switch (kind()) {
      case Tok::EqEqual: op = CmpOpKind::Eq; break;
      case Tok::NotEqual: op = CmpOpKind::NotEq; break;
      case Tok::Less: op = CmpOpKind::Lt; break;
      case Tok::LessEqual: op = CmpOpKind::LtE; break;
      case Tok::Greater: op = CmpOpKind::Gt; break;
      case Tok::GreaterEqual: op = CmpOpKind::GtE; break;
      case Tok::KwIn: op = CmpOpKind::In; break;
      case Tok::KwIs:
        op = CmpOpKind::Is;
        if (kind(1) == Tok::KwNot) {
          ++p_;
          op = CmpOpKind::IsNot;
        }
        break;
      case Tok::KwNot:
        if (kind(1) != Tok::KwIn) return c ? (c->loc = from(t), c) : left;
        ++p_;
        op = CmpOpKind::NotIn;
        break;
      default:
        return c ? (c->loc = from(t), c) : left;
    }
    ++p_;
    if (!c) {
      c = make<Compare>(loc_of(t));
      c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(bitwise_or());
  }
}

namespace {
struct BinLevel {
  Tok tok;
  BinOpKind op;
};
}  // namespace

// The node spans from the left operand's first token to the last token
// read, so parentheses around either operand are included (as in CPython).
static Expr* make_binop(const Loc& loc, Arena& arena, Expr* l, BinOpKind op, Expr* r) {
  auto* b = arena.make<BinOp>();
  b->left = l;
  b->op = op;
  b->right = r;
  b->loc = loc;
  return b;
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
Expr* Parser::bitwise_or() {
  const Token& t = cur();
  Expr* e = bitwise_xor();
  while (accept(Tok::VBar)) e = make_binop_from(t, e, BinOpKind::BitOr, bitwise_xor());
  return e;
}
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
Expr* Parser::bitwise_xor() {
  const Token& t = cur();
  Expr* e = bitwise_and();
  while (accept(Tok::Circumflex))
    e = make_binop_from(t, e, BinOpKind::BitXor, bitwise_and());
  return e;
}
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
Expr* Parser::bitwise_and() {
  const Token& t = cur();
  Expr* e = shift_expr();
  while (accept(Tok::Amper)) e = make_binop_from(t, e, BinOpKind::BitAnd, shift_expr());
  return e;
}
// shift_expr: shift_expr ('<<' | '>>') sum | sum
Expr* Parser::shift_expr() {
  const Token& t = cur();
  Expr* e = sum();
  while (at(Tok::LeftShift) || at(Tok::RightShift)) {
    BinOpKind op = at(Tok::LeftShift) ? BinOpKind::LShift : BinOpKind::RShift;
    ++p_;
    e = make_binop_from(t, e, op, sum());
  }
  return e;
}
// sum: sum ('+' | '-') term | term
Expr* Parser::sum() {
  const Token& t = cur();
  Expr* e = term();
  while (at(Tok::Plus) || at(Tok::Minus)) {
    BinOpKind op = at(Tok::Plus) ? BinOpKind::Add : BinOpKind::Sub;
    ++p_;
    e = make_binop_from(t, e, op, term());
  }
  return e;
}
// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
Expr* Parser::term() {
  const Token& t = cur();
  Expr* e = factor();
  while (true) {
    BinOpKind op;
    switch (kind()) {
      case Tok::Star: op = BinOpKind::Mult; break;
      case Tok::Slash: op = BinOpKind::Div; break;
      case Tok::DoubleSlash: op = BinOpKind::FloorDiv; break;
      case Tok::Percent: op = BinOpKind::Mod; break;
      case Tok::At: op = BinOpKind::MatMult; break;
      default: return e;
    }
    ++p_;
    e = make_binop_from(t, e, op, factor());
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  Level level(*this, 1);
  UnaryOpKind op;
  switch (kind()) {
    case Tok::Plus: op = UnaryOpKind::UAdd; break;
    case Tok::Minus: op = UnaryOpKind::USub; break;
    case Tok::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  const Token& t = cur();
  ++p_;
  auto* u = make<UnaryOp>(loc_of(t));
  u->op = op;
  u->operand = factor();
  u->loc = from(t);
  return u;
}

// power: await_primary '**' factor | await_primary   (right-associative, and
// binds tighter than a unary minus on its left: -2**2 == -(2**2))
Expr* Parser::power() {
  const Token& t = cur();
  Expr* e = await_primary();
  if (accept(Tok::DoubleStar)) return make_binop_from(t, e, BinOpKind::Pow, factor());
  return e;
}

// await_primary: AWAIT primary | primary
Expr* Parser::await_primary() {
  if (at(Tok::KwAwait)) {
    const Token& t = cur();
    ++p_;
    auto* a = make<Await>(loc_of(t));
    a->value = primary();
    a->loc = from(t);
    return a;
  }
  return primary();
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//   | primary '[' slices ']' | atom
Expr* Parser::primary() {
  const Token& t = cur();
  Expr* e = atom();
  while (true) {
    if (at(Tok::Dot)) {
      ++p_;
      auto* a = make<Attribute>(loc_of(t));
      a->value = e;
      a->attr = std::string(text(expect(Tok::Name)));
      a->loc = from(t);
      e = a;
    } else if (at(Tok::LPar)) {
      const Token& lpar = cur();
      ++p_;
      auto* c = make<Call>(loc_of(t));
      c->func = e;
      Expr* bare_genexp = arguments(c, Tok::RPar);
      expect(Tok::RPar);
      // f(x for x in y): the call's parentheses belong to the genexp.
      if (bare_genexp) bare_genexp->loc = span(loc_of(lpar), loc_of(prev()));
      c->loc = from(t);
      e = c;
    } else if (at(Tok::LSqb)) {
      ++p_;
      auto* s = make<Subscript>(loc_of(t));
      s->value = e;
      s->slice = slices();
      expect(Tok::RSqb);
      s->loc = from(t);
      e = s;
    } else {
      return e;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  const Token& t = cur();
  Expr* e = slice();
  if (!at(Tok::Comma)) return e;
  auto* tup = make<Tuple>(loc_of(t));
  tup->elts.push_back(e);
  while (accept(Tok::Comma)) {
    if (at(Tok::RSqb)) break;
    tup->elts.push_back(slice());
  }
  tup->loc = from(t);
  return tup;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice() {
  const Token& t = cur();
  if (at(Tok::Star)) return star_expression();
  Expr* lower = nullptr;
  if (!at(Tok::Colon)) {
    lower = named_expression();
    if (!at(Tok::Colon)) return lower;
  }
  ++p_;  // ':'
  auto* s = make<Slice>(loc_of(t));
  s->lower = lower;
  if (!at(Tok::Colon) && !at(Tok::RSqb) && !at(Tok::Comma)) s->upper = expression();
  if (accept(Tok::Colon)) {
    if (!at(Tok::RSqb) && !at(Tok::Comma)) s->step = expression();
  }
  s->loc = from(t);
  return s;
}

// arguments: args [','] &')'
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs
// kwargs: kwarg_or_starred (',' kwarg_or_starred)* [',' kwarg_or_double_starred ...]
// A lone generator expression argument needs no parentheses: f(x for x in y).
Expr* Parser::arguments(Call* call, Tok closing) {
  Expr* bare_genexp = nullptr;
  bool seen_keyword = false, seen_double_star = false;
  const char* positional_error = nullptr;
  size_t count = 0;
  while (!at(closing)) {
    const Token& t = cur();
    if (at(Tok::DoubleStar)) {
      ++p_;
      Keyword k;
      k.value = expression();
      k.loc = from(t);
      call->keywords.push_back(std::move(k));
      seen_keyword = seen_double_star = true;
    } else if (at(Tok::Star)) {
      if (seen_double_star && !positional_error) {
        // invalid_arguments: args ',' '*' after '**'
        fail_last("iterable argument unpacking follows keyword argument unpacking");
      }
      call->args.push_back(star_expression());
    } else if (at(Tok::Name) && kind(1) == Tok::Equal) {
      ++p_;
      ++p_;
      Keyword k;
      k.arg = std::string(text(t));
      k.value = expression();
      if (at(Tok::KwFor) || at(Tok::KwAsync))
        fail_at(span(loc_of(t), loc_of(toks_[p_ - 1])),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      k.loc = from(t);
      call->keywords.push_back(std::move(k));
      seen_keyword = true;
    } else {
      Expr* e = named_expression(true);
      if (at(Tok::Equal) && kind(1) != Tok::Equal) {
        // invalid_kwarg: !(NAME '=') a=expression b='='
        if (e->kind == ExprKind::Constant &&
            (e->as<Constant>().ckind == ConstKind::True ||
             e->as<Constant>().ckind == ConstKind::False ||
             e->as<Constant>().ckind == ConstKind::None))
          fail_at(span(e->loc, loc_of(cur())),
                  std::string("cannot assign to ") + expr_name(e));
        fail_at(span(e->loc, loc_of(cur())),
                "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (at(Tok::KwFor) || at(Tok::KwAsync)) {
        auto* g = make<GeneratorExp>(e->loc);
        g->elt = e;
        g->generators = for_if_clauses();
        g->loc = from(t);
        if (count > 0 || at(Tok::Comma)) {
          if (!(at(Tok::Comma) && kind(1) == closing && count == 0))
            fail_at(g->loc, "Generator expression must be parenthesized");
        }
        e = g;
        bare_genexp = g;
      } else {
        check_missing_comma(e);
      }
      if (seen_keyword && !positional_error)
        positional_error = seen_double_star ? "positional argument follows keyword argument unpacking"
                                            : "positional argument follows keyword argument";
      call->args.push_back(e);
    }
    ++count;
    if (!accept(Tok::Comma)) break;
  }
  if (positional_error) {
    cur();  // the parser has read up to here: that is where CPython points
    fail_last(positional_error);
  }
  if (!at(closing)) fail_invalid_syntax();
  return call->args.size() == 1 && call->keywords.empty() ? bare_genexp : nullptr;
}

// for_if_clauses: ([ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
std::vector<Comprehension> Parser::for_if_clauses() {
  std::vector<Comprehension> gens;
  while (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
    Comprehension c;
    if (accept(Tok::KwAsync)) c.is_async = true;
    ++p_;  // 'for'
    const Token& t = cur();
    std::vector<Expr*> elts;
    bool comma = false;
    do {
      if (at(Tok::KwIn)) break;
      elts.push_back(at(Tok::Star) ? star_expression() : bitwise_or());
      if (!at(Tok::Comma)) break;
      ++p_;
      comma = true;
    } while (true);
    if (elts.empty()) fail_invalid_syntax();
    Expr* target = elts[0];
    if (comma) {
      auto* tup = make<Tuple>(from(t));
      tup->elts = std::move(elts);
      target = tup;
    }
    set_store(target, Ctx::Store, "for-target");
    c.target = target;
    if (!at(Tok::KwIn)) fail_invalid_syntax();
    ++p_;
    c.iter = disjunction();
    while (accept(Tok::KwIf)) c.ifs.push_back(disjunction());
    gens.push_back(std::move(c));
  }
  return gens;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  const Token& t = expect(Tok::KwYield);
  auto* y = make<Yield>(loc_of(t));
  if (accept(Tok::KwFrom)) {
    y->is_from = true;
    y->value = expression();
    y->loc = from(t);
    return y;
  }
  if (!at(Tok::Newline) && !at(Tok::RPar) && !at(Tok::Semi) && !at(Tok::Equal) &&
      !at(Tok::RSqb) && !at(Tok::RBrace))
    y->value = star_expressions();
  y->loc = from(t);
  return y;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//   | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::atom() {
  const Token& t = cur();
  switch (t.kind) {
    case Tok::Name: {
      ++p_;
      auto* n = make<Name>(loc_of(t));
      n->id = std::string(text(t));
      return n;
    }
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone:
    case Tok::Ellipsis: {
      ++p_;
      auto* c = make<Constant>(loc_of(t));
      c->ckind = t.kind == Tok::KwTrue    ? ConstKind::True
                 : t.kind == Tok::KwFalse ? ConstKind::False
                 : t.kind == Tok::KwNone  ? ConstKind::None
                                          : ConstKind::Ellipsis;
      return c;
    }
    case Tok::Number: ++p_; return number(t);
    case Tok::String: return strings();
    case Tok::LPar: return paren_atom();
    case Tok::LSqb: return list_atom();
    case Tok::LBrace: return brace_atom();
    default: fail_invalid_syntax();
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
Expr* Parser::paren_atom() {
  const Token& t = expect(Tok::LPar);
  if (accept(Tok::RPar)) return make<Tuple>(from(t));
  if (at(Tok::KwYield)) {
    Expr* y = yield_expr();
    expect(Tok::RPar);
    return y;
  }
  Expr* first = star_named_expression();
  if (at(Tok::KwFor) || at(Tok::KwAsync)) {
    auto* g = make<GeneratorExp>(loc_of(t));
    g->elt = first;
    g->generators = for_if_clauses();
    expect(Tok::RPar);
    g->loc = from(t);
    return g;
  }
  if (at(Tok::RPar)) {
    if (first->kind == ExprKind::Starred) fail_at(first->loc, "cannot use starred expression here");
    ++p_;
    return first;  // a group keeps its inner location, as in CPython
  }
  auto* tup = make<Tuple>(loc_of(t));
  tup->elts.push_back(first);
  if (!at(Tok::Comma)) check_missing_comma(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::RPar)) break;
    Expr* e = star_named_expression();
    tup->elts.push_back(e);
    if (!at(Tok::Comma)) check_missing_comma(e);
  }
  expect(Tok::RPar);
  tup->loc = from(t);
  return tup;
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
Expr* Parser::list_atom() {
  const Token& t = expect(Tok::LSqb);
  if (accept(Tok::RSqb)) return make<List>(from(t));
  Expr* first = star_named_expression();
  if (at(Tok::KwFor) || at(Tok::KwAsync)) {
    auto* c = make<ListComp>(loc_of(t));
    c->elt = first;
    c->generators = for_if_clauses();
    expect(Tok::RSqb);
    c->loc = from(t);
    return c;
  }
  auto* l = make<List>(loc_of(t));
  l->elts.push_back(first);
  if (!at(Tok::Comma)) check_missing_comma(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::RSqb)) break;
    Expr* e = star_named_expression();
    l->elts.push_back(e);
    if (!at(Tok::Comma)) check_missing_comma(e);
  }
  expect(Tok::RSqb);
  l->loc = from(t);
  return l;
}

// dict: '{' [double_starred_kvpairs] '}'      set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'      setcomp: '{' named_expression for_if_clauses '}'
Expr* Parser::brace_atom() {
  const Token& t = expect(Tok::LBrace);
  if (accept(Tok::RBrace)) return make<Dict>(from(t));
  Expr* first_key = nullptr;
  Expr* first_val = nullptr;
  if (accept(Tok::DoubleStar)) {
    first_val = bitwise_or();
  } else {
    Expr* e = star_named_expression();
    if (accept(Tok::Colon)) {
      first_key = e;
      first_val = expression();
    } else {
      // a set / setcomp
      if (at(Tok::KwFor) || at(Tok::KwAsync)) {
        auto* c = make<SetComp>(loc_of(t));
        c->elt = e;
        c->generators = for_if_clauses();
        expect(Tok::RBrace);
        c->loc = from(t);
        return c;
      }
      auto* s = make<Set>(loc_of(t));
      s->elts.push_back(e);
      if (!at(Tok::Comma)) check_missing_comma(e);
      while (accept(Tok::Comma)) {
        if (at(Tok::RBrace)) break;
        Expr* x = star_named_expression();
        s->elts.push_back(x);
        if (!at(Tok::Comma)) check_missing_comma(x);
      }
      expect(Tok::RBrace);
      s->loc = from(t);
      return s;
    }
  }
  if (first_key && (at(Tok::KwFor) || at(Tok::KwAsync))) {
    auto* c = make<DictComp>(loc_of(t));
    c->key = first_key;
    c->value = first_val;
    c->generators = for_if_clauses();
    expect(Tok::RBrace);
    c->loc = from(t);
    return c;
  }
  auto* d = make<Dict>(loc_of(t));
  d->keys.push_back(first_key);
  d->values.push_back(first_val);
  if (!at(Tok::Comma)) check_missing_comma(first_val);
  while (accept(Tok::Comma)) {
    if (at(Tok::RBrace)) break;
    if (accept(Tok::DoubleStar)) {
      d->keys.push_back(nullptr);
      d->values.push_back(bitwise_or());
      continue;
    }
    Expr* k = expression();
    if (!at(Tok::Colon)) {
      if (at(Tok::Comma) || at(Tok::RBrace))
        fail_at(k->loc, "':' expected after dictionary key");
      fail_invalid_syntax();
    }
    ++p_;
    d->keys.push_back(k);
    d->values.push_back(expression());
    if (!at(Tok::Comma)) check_missing_comma(d->values.back());
  }
  expect(Tok::RBrace);
  d->loc = from(t);
  return d;
}

// NUMBER: int (int64, or its text in Constant::s when larger), float, imaginary (3j).
Expr* Parser::number(const Token& t) {
  std::string s;
  for (char ch : text(t))
    if (ch != '_') s += ch;
  auto* c = make<Constant>(loc_of(t));
  char last = s.back();
  if (last == 'j' || last == 'J') {
    c->ckind = ConstKind::Imaginary;
    c->f = std::strtod(s.substr(0, s.size() - 1).c_str(), nullptr);
    return c;
  }
  bool is_radix = s.size() > 1 && s[0] == '0' &&
                  (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' ||
                   s[1] == 'B');
  if (!is_radix && s.find_first_of(".eE") != std::string::npos) {
    c->ckind = ConstKind::Float;
    c->f = std::strtod(s.c_str(), nullptr);
    return c;
  }
  int base = 10;
  const char* digits = s.c_str();
  if (is_radix) {
    base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
    digits += 2;
  }
  errno = 0;
  char* end = nullptr;
  unsigned long long v = std::strtoull(digits, &end, base);
  c->ckind = ConstKind::Int;
  if (errno == ERANGE || v > static_cast<unsigned long long>(INT64_MAX)) {
    // Beyond int64: the compiler makes a BigInt from the text.
    size_t ndigits = std::strlen(digits);
    if (base == 10 && ndigits > 4300) {
      SyntaxError e = make_error(mod_.source, filename_, loc_of(t),
                                 "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                                     std::to_string(ndigits) +
                                     " digits; use sys.set_int_max_str_digits() to increase the limit - "
                                     "Consider hexadecimal for huge integer literals to avoid decimal "
                                     "conversion limits.");
      throw ParseFail{std::move(e)};
    }
    c->s = s;
    return c;
  }
  c->i = static_cast<int64_t>(v);
  return c;
}

// strings: STRING+  (adjacent literals concatenate; f-strings make a JoinedStr)
Expr* Parser::strings() {
  const Token& first = cur();
  std::string value;
  std::vector<Expr*> parts;
  std::string pending;
  bool any_f = false, any_bytes = false, any_str = false;
  size_t first_index = p_;
  while (at(Tok::String)) ++p_;  // CPython reads every STRING before decoding
  size_t end_index = p_;
  for (size_t ti = first_index; ti < end_index; ++ti) {
    const Token& t = toks_[ti];
    std::string piece;
    bool is_bytes = false, is_f = false;
    decode_string(t, piece, is_bytes, is_f, parts, pending);
    (is_bytes ? any_bytes : any_str) = true;
    if (is_f) any_f = true;
    if (!is_f) pending += piece;
  }
  Loc loc = span(loc_of(first), loc_of(toks_[end_index - 1]));
  if (any_bytes && any_str) fail_last("cannot mix bytes and nonbytes literals");
  if (!any_f) {
    auto* c = make<Constant>(loc);
    c->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    c->s = std::move(pending);
    return c;
  }
  auto* j = make<JoinedStr>(loc);
  flush_fpending(first, parts, pending);
  // CPython 3.11 locations: every part gets the whole strings' range, except
  // a format spec, which has its own token's range.
  std::vector<Expr*> todo(parts.begin(), parts.end());
  while (!todo.empty()) {
    Expr* e = todo.back();
    todo.pop_back();
    e->loc = loc;
    if (e->kind != ExprKind::FormattedValue || !e->as<FormattedValue>().format_spec) continue;
    Expr* spec = e->as<FormattedValue>().format_spec;  // keeps its own token's range
    // Only a trailing literal keeps the spec's range (CPython flushes it
    // last, from the spec's token); literals before a field get the whole range.
    auto& vals = spec->as<JoinedStr>().values;
    for (size_t i = 0; i < vals.size(); ++i) {
      if (vals[i]->kind == ExprKind::Constant && i + 1 == vals.size()) vals[i]->loc = spec->loc;
      else todo.push_back(vals[i]);
    }
  }
  j->values = std::move(parts);
  return j;
}

}  // namespace sandbox::lang

namespace sandbox::lang {
// The operands are parsed before this runs, so prev() is the last token.
Expr* Parser::make_binop_from(const Token& start, Expr* l, BinOpKind op, Expr* r) {
  return make_binop(from(start), mod_.arena, l, op, r);
}
}  // namespace sandbox::lang
