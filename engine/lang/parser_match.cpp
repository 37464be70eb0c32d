// The `match` statement and its patterns (PEP 634), following CPython 3.11's
// Grammar/python.gram rules match_stmt .. keyword_pattern and their invalid_*
// error rules.  `match`, `case` and `_` are soft keywords: ordinary names
// everywhere else.
#include "lang/parser_internal.h"

namespace sandbox::lang {

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
// invalid_match_stmt: "match" subject_expr NEWLINE -> "expected ':'"
//   | "match" subject_expr ':' NEWLINE !INDENT -> expected an indented block
Stmt* Parser::match_stmt() {
  const Token& t = cur();
  ++p_;
  auto* s = make<Match>(loc_of(t));
  const Token& sub = cur();
  Expr* first = star_named_expression();
  if (at(Tok::Comma)) {
    auto* tup = make<Tuple>(loc_of(sub));
    tup->elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::Colon) || at(Tok::Newline)) break;
      tup->elts.push_back(star_named_expression());
    }
    tup->loc = from(sub);
    s->subject = tup;
  } else {
    if (first->kind == ExprKind::Starred) fail_invalid_syntax();
    s->subject = first;
  }
  expect_colon(false);
  expect(Tok::Newline);
  if (!at(Tok::Indent))
    fail_last("expected an indented block after 'match' statement on line " + std::to_string(t.line),
              "IndentationError");
  ++p_;
  while (!at(Tok::Dedent)) {
    if (!at_name("case")) fail_invalid_syntax();
    s->cases.push_back(case_block());
  }
  ++p_;  // DEDENT
  const MatchCase& last = s->cases.back();
  s->loc.end_line = last.body.back()->loc.end_line;
  s->loc.end_col = last.body.back()->loc.end_col;
  return s;
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
// invalid_case_block: "case" patterns guard? NEWLINE -> "expected ':'"
//   | "case" patterns guard? ':' NEWLINE !INDENT -> expected an indented block
MatchCase Parser::case_block() {
  const Token& c = cur();
  ++p_;
  MatchCase mc;
  mc.pattern = patterns();
  if (accept(Tok::KwIf)) mc.guard = named_expression();
  expect_colon(false);
  mc.body = block(c, "'case' statement");
  return mc;
}

// patterns: open_sequence_pattern | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
Pattern* Parser::patterns() {
  const Token& start = cur();
  Pattern* first = maybe_star_pattern();
  if (!at(Tok::Comma)) {
    if (first->kind == PatternKind::MatchStar) fail_invalid_syntax();
    return first;
  }
  auto* seq = make<MatchSequence>(loc_of(start));
  seq->patterns.push_back(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::Colon) || at(Tok::KwIf) || at(Tok::Newline)) break;
    seq->patterns.push_back(maybe_star_pattern());
  }
  seq->loc = from(start);
  return seq;
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
Pattern* Parser::maybe_star_pattern() {
  if (!at(Tok::Star)) return pattern();
  const Token& st = cur();
  ++p_;
  auto* s = make<MatchStar>(loc_of(st));
  if (!at(Tok::Name)) fail_invalid_syntax();
  if (!at_name("_")) s->name = capture_target();
  else ++p_;
  s->loc = from(st);
  return s;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
std::string Parser::capture_target() {
  if (!at(Tok::Name) || at_name("_")) fail_invalid_syntax();
  const Token& n = cur();
  ++p_;
  if (at(Tok::Dot) || at(Tok::LPar) || at(Tok::Equal)) fail_invalid_syntax();
  return std::string(text(n));
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
// invalid_as_pattern: or_pattern 'as' "_" -> "cannot use '_' as a target"
//   | or_pattern 'as' !NAME expression -> "invalid pattern target"
Pattern* Parser::pattern() {
  Level guard(*this, 1);
  const Token& start = cur();
  Pattern* p = or_pattern();
  if (!at(Tok::KwAs)) return p;
  ++p_;
  if (at_name("_")) fail_token(cur(), "cannot use '_' as a target");
  if (!at(Tok::Name)) {
    Expr* e = expression();
    fail_at(e->loc, "invalid pattern target");
  }
  auto* as = make<MatchAs>(loc_of(start));
  as->pattern = p;
  as->name = capture_target();
  as->loc = from(start);
  return as;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::or_pattern() {
  const Token& start = cur();
  Pattern* first = closed_pattern();
  if (!at(Tok::VBar)) return first;
  auto* o = make<MatchOr>(loc_of(start));
  o->patterns.push_back(first);
  while (accept(Tok::VBar)) o->patterns.push_back(closed_pattern());
  o->loc = from(start);
  return o;
}

// signed_number: NUMBER | '-' NUMBER, as a Constant or UnaryOp(USub, Constant)
// (the AST CPython's parser builds).  A following '+'/'-' makes a
// complex_number, BinOp(signed real, Add|Sub, imaginary), which the pattern
// compares with == like any value (CPython folds it to one constant first;
// evaluating it gives the same complex).
Expr* Parser::signed_number() {
  const Token& start = cur();
  bool neg = accept(Tok::Minus);
  if (!at(Tok::Number)) fail_invalid_syntax();
  const Token& num = cur();
  ++p_;
  Expr* e = number(num);
  if (neg) {
    auto* u = make<UnaryOp>(from(start));
    u->op = UnaryOpKind::USub;
    u->operand = e;
    e = u;
  }
  if (!at(Tok::Plus) && !at(Tok::Minus)) return e;
  auto* bin = make<BinOp>(from(start));
  bin->op = at(Tok::Plus) ? BinOpKind::Add : BinOpKind::Sub;
  ++p_;
  if (!at(Tok::Number)) fail_invalid_syntax();
  const Token& imag = cur();
  ++p_;
  // _PyPegen_ensure_real / _PyPegen_ensure_imaginary, at the offending number.
  if (is_imaginary(num)) fail_at(loc_of(num), "real number required in complex literal");
  if (!is_imaginary(imag)) fail_at(loc_of(imag), "imaginary number required in complex literal");
  bin->left = e;
  bin->right = number(imag);
  bin->loc = from(start);
  return bin;
}

bool Parser::is_imaginary(const Token& t) const {
  char last = text(t).back();
  return last == 'j' || last == 'J';
}

// literal_expr (a mapping key) / the value of a literal_pattern:
//   signed_number | complex_number | strings | 'None' | 'True' | 'False'
Expr* Parser::literal_expr() {
  if (at(Tok::Number) || at(Tok::Minus)) return signed_number();
  if (at(Tok::String)) return strings();
  if (at(Tok::KwNone) || at(Tok::KwTrue) || at(Tok::KwFalse)) return atom();
  fail_invalid_syntax();
}

// name_or_attr: attr | NAME;  attr: name_or_attr '.' NAME
Expr* Parser::name_or_attr() {
  const Token& t = cur();
  Expr* e = atom();
  while (at(Tok::Dot)) {
    ++p_;
    auto* a = make<Attribute>(loc_of(t));
    a->value = e;
    a->attr = std::string(text(expect(Tok::Name)));
    a->loc = from(t);
    e = a;
  }
  return e;
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
//   | value_pattern | group_pattern | sequence_pattern | mapping_pattern | class_pattern
Pattern* Parser::closed_pattern() {
  Level guard(*this, 1);
  const Token& t = cur();
  switch (t.kind) {
    case Tok::Number:
    case Tok::Minus:
    case Tok::String: {
      auto* v = make<MatchValue>(loc_of(t));
      v->value = literal_expr();
      v->loc = from(t);
      if (v->value->kind == ExprKind::JoinedStr)
        fail_at(v->value->loc, "patterns may only match literals and attribute lookups");
      return v;
    }
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse: {
      ++p_;
      auto* s = make<MatchSingleton>(loc_of(t));
      s->value = t.kind == Tok::KwNone ? ConstKind::None : t.kind == Tok::KwTrue ? ConstKind::True : ConstKind::False;
      return s;
    }
    case Tok::Name: {
      if (text(t) == "_" && kind(1) != Tok::Dot && kind(1) != Tok::LPar) {
        ++p_;
        return make<MatchAs>(loc_of(t));  // the wildcard
      }
      Expr* e = name_or_attr();
      if (at(Tok::LPar)) return class_pattern(t, e);
      if (e->kind == ExprKind::Attribute) {
        if (at(Tok::Equal)) fail_invalid_syntax();
        auto* v = make<MatchValue>(e->loc);
        v->value = e;
        return v;
      }
      if (at(Tok::Equal)) fail_invalid_syntax();
      auto* as = make<MatchAs>(loc_of(t));
      as->name = e->as<Name>().id;
      return as;
    }
    case Tok::LPar: {
      // group_pattern: '(' pattern ')'
      // sequence_pattern: '(' open_sequence_pattern? ')'
      ++p_;
      if (accept(Tok::RPar)) return make<MatchSequence>(from(t));
      Pattern* first = maybe_star_pattern();
      if (!at(Tok::Comma)) {
        expect(Tok::RPar);
        if (first->kind == PatternKind::MatchStar) fail_invalid_syntax();
        return first;
      }
      auto* seq = make<MatchSequence>(loc_of(t));
      seq->patterns.push_back(first);
      while (accept(Tok::Comma)) {
        if (at(Tok::RPar)) break;
        seq->patterns.push_back(maybe_star_pattern());
      }
      expect(Tok::RPar);
      seq->loc = from(t);
      return seq;
    }
    case Tok::LSqb: {
      // sequence_pattern: '[' maybe_sequence_pattern? ']'
      ++p_;
      auto* seq = make<MatchSequence>(loc_of(t));
      while (!at(Tok::RSqb)) {
        seq->patterns.push_back(maybe_star_pattern());
        if (!accept(Tok::Comma)) break;
      }
      expect(Tok::RSqb);
      seq->loc = from(t);
      return seq;
    }
    case Tok::LBrace: return mapping_pattern();
    default: fail_invalid_syntax();
  }
}

// mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
//   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
// double_star_pattern: '**' pattern_capture_target
Pattern* Parser::mapping_pattern() {
  const Token& t = expect(Tok::LBrace);
  auto* m = make<MatchMapping>(loc_of(t));
  while (!at(Tok::RBrace)) {
    if (accept(Tok::DoubleStar)) {
      m->rest = capture_target();
      accept(Tok::Comma);
      break;
    }
    Expr* key;
    if (at(Tok::Name)) {
      key = name_or_attr();
      if (key->kind != ExprKind::Attribute) fail_invalid_syntax();
    } else {
      key = literal_expr();
    }
    expect(Tok::Colon);
    m->keys.push_back(key);
    m->patterns.push_back(pattern());
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RBrace);
  m->loc = from(t);
  return m;
}

// class_pattern: name_or_attr '(' [positional_patterns ','?] ')'
//   | name_or_attr '(' [positional_patterns ','] keyword_patterns ','? ')'
// keyword_pattern: NAME '=' pattern
// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
//   -> "positional patterns follow keyword patterns" (at those patterns)
Pattern* Parser::class_pattern(const Token& start, Expr* cls) {
  auto* c = make<MatchClass>(loc_of(start));
  c->cls = cls;
  expect(Tok::LPar);
  const Pattern* misplaced_first = nullptr;
  const Pattern* misplaced_last = nullptr;
  while (!at(Tok::RPar)) {
    if (at(Tok::Name) && kind(1) == Tok::Equal) {
      if (misplaced_first) break;
      c->kwd_attrs.push_back(std::string(text(cur())));
      p_ += 2;
      c->kwd_patterns.push_back(pattern());
    } else {
      Pattern* p = pattern();
      if (!c->kwd_attrs.empty()) {
        if (!misplaced_first) misplaced_first = p;
        misplaced_last = p;
      } else {
        c->patterns.push_back(p);
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  if (misplaced_first)
    fail_at(span(misplaced_first->loc, misplaced_last->loc), "positional patterns follow keyword patterns");
  expect(Tok::RPar);
  c->loc = from(start);
  return c;
}

}  // namespace sandbox::lang
