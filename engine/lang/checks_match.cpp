// compile.c's pattern errors, walking the patterns in the order
// compiler_pattern and its helpers compile them and tracking the location
// CPython's SET_LOC calls leave current (compiler_error reports there).
#include "lang/checks_match.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sandbox::lang {

namespace {

bool is_wildcard(const Pattern* p) {
  return p->kind == PatternKind::MatchAs && !p->as<MatchAs>().pattern && p->as<MatchAs>().name.empty();
}

// A literal mapping key after constant folding (`-1` is a constant), with
// Python's equality: 1 == 1.0 == True, str and bytes never equal.
struct KeyConst {
  enum Kind { Number, Str, Bytes, None } kind = None;
  double num = 0, imag = 0;  // a real number has imag 0 (1 == 1+0j)
  std::string text;  // str/bytes value, or the repr of a number
  bool operator==(const KeyConst& o) const {
    if (kind != o.kind) return false;
    if (kind == Number) return num == o.num && imag == o.imag;
    return kind == None || text == o.text;
  }
};

std::string float_repr(double d) {
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[40];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

// repr() of a complex (Objects/complexobject.c complex_repr): parts in
// repr style without a forced ".0", no real part when it is +0.
std::string complex_repr(double re, double im) {
  auto part = [](double d) {
    std::string s = float_repr(d);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
  };
  if (re == 0 && !std::signbit(re)) return part(im) + "j";
  return "(" + part(re) + (std::signbit(im) ? "-" : "+") + part(std::fabs(im)) + "j)";
}

// repr() of a str or bytes constant (Objects/unicodeobject.c unicode_repr,
// bytesobject.c PyBytes_Repr): single quotes unless only double ones work.
std::string quoted(const std::string& s, bool bytes) {
  bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  for (unsigned char ch : s) {
    if (ch == q || ch == '\\') {
      out += '\\';
      out += char(ch);
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (ch < 0x20 || ch == 0x7f || (bytes && ch >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", ch);
      out += buf;
    } else {
      out += char(ch);
    }
  }
  out += q;
  return out;
}

// The folded constant of a literal key, or false for other expressions.
bool key_const(const Expr* e, KeyConst& k, std::string& repr) {
  // A complex literal (real +/- imaginary) folds like complex arithmetic:
  // the real side becomes complex(re, 0.0) first.
  if (e->kind == ExprKind::BinOp) {
    const BinOp& b = e->as<BinOp>();
    KeyConst re, im;
    std::string unused;
    if (!key_const(b.left, re, unused) || !key_const(b.right, im, unused) || re.kind != KeyConst::Number ||
        im.kind != KeyConst::Number || (b.op != BinOpKind::Add && b.op != BinOpKind::Sub))
      return false;
    bool add = b.op == BinOpKind::Add;
    k.kind = KeyConst::Number;
    k.num = add ? re.num + im.num : re.num - im.num;
    k.imag = add ? re.imag + im.imag : re.imag - im.imag;
    repr = complex_repr(k.num, k.imag);
    return true;
  }
  bool neg = false;
  if (e->kind == ExprKind::UnaryOp && e->as<UnaryOp>().op == UnaryOpKind::USub) {
    neg = true;
    e = e->as<UnaryOp>().operand;
  }
  if (e->kind != ExprKind::Constant) return false;
  const Constant& c = e->as<Constant>();
  switch (c.ckind) {
    case ConstKind::Int:
      k.kind = KeyConst::Number;
      k.num = double(neg ? -c.i : c.i);
      repr = std::to_string(neg ? -c.i : c.i);
      return true;
    case ConstKind::Float:
      k.kind = KeyConst::Number;
      k.num = neg ? -c.f : c.f;
      repr = float_repr(k.num);
      return true;
    case ConstKind::True:
    case ConstKind::False:
      k.kind = KeyConst::Number;
      k.num = c.ckind == ConstKind::True ? 1 : 0;
      repr = c.ckind == ConstKind::True ? "True" : "False";
      return true;
    case ConstKind::Imaginary:
      // -(0+fj) is complex(-0.0, -f)
      k.kind = KeyConst::Number;
      k.num = neg ? -0.0 : 0.0;
      k.imag = neg ? -c.f : c.f;
      repr = complex_repr(k.num, k.imag);
      return true;
    case ConstKind::None: repr = "None"; return true;
    case ConstKind::Str:
    case ConstKind::Bytes:
      k.kind = c.ckind == ConstKind::Str ? KeyConst::Str : KeyConst::Bytes;
      k.text = c.s;
      repr = quoted(c.s, c.ckind == ConstKind::Bytes);
      return true;
    case ConstKind::Ellipsis:
      return false;
  }
  return false;
}

struct Failed {};

// compile.c's pattern_context, minus the code: the names bound so far and
// whether an irrefutable pattern is allowed here.
class PatternChecker {
 public:
  explicit PatternChecker(const ReportError& report) : report_(report) {}

  void check_case(const Match& m, size_t i) {
    size_t n = m.cases.size();
    bool has_default = is_wildcard(m.cases.back().pattern) && n > 1;
    if (has_default && i == n - 1) return;  // compiled without compiler_pattern
    allow_irrefutable_ = m.cases[i].guard != nullptr || i == n - 1;
    stores_.clear();
    pattern(m.cases[i].pattern);
  }

 private:
  const ReportError& report_;
  Loc loc_;
  std::vector<std::string> stores_;
  bool allow_irrefutable_ = false;

  [[noreturn]] void error(std::string msg) {
    report_(loc_, std::move(msg));
    throw Failed{};
  }

  bool stored(const std::string& n) const { return std::find(stores_.begin(), stores_.end(), n) != stores_.end(); }

  // pattern_helper_store_name
  void store_name(const std::string& n) {
    if (n.empty()) return;
    if (n == "__debug__") error("cannot assign to __debug__");
    if (stored(n)) error("multiple assignments to name '" + n + "' in pattern");
    stores_.push_back(n);
  }

  void subpattern(const Pattern* p) {
    bool saved = allow_irrefutable_;
    allow_irrefutable_ = true;
    pattern(p);
    allow_irrefutable_ = saved;
  }

  void pattern(const Pattern* p) {
    loc_ = p->loc;
    switch (p->kind) {
      case PatternKind::MatchValue:
      case PatternKind::MatchSingleton: break;
      case PatternKind::MatchSequence: sequence(p->as<MatchSequence>()); break;
      case PatternKind::MatchMapping: mapping(p->as<MatchMapping>()); break;
      case PatternKind::MatchClass: class_pattern(p->as<MatchClass>()); break;
      case PatternKind::MatchStar: store_name(p->as<MatchStar>().name); break;
      case PatternKind::MatchAs: as_pattern(p->as<MatchAs>()); break;
      case PatternKind::MatchOr: or_pattern(p->as<MatchOr>()); break;
    }
  }

  void as_pattern(const MatchAs& a) {
    if (!a.pattern) {
      if (!allow_irrefutable_) {
        if (!a.name.empty()) error("name capture '" + a.name + "' makes remaining patterns unreachable");
        error("wildcard makes remaining patterns unreachable");
      }
      store_name(a.name);
      return;
    }
    pattern(a.pattern);
    store_name(a.name);
  }

  void sequence(const MatchSequence& s) {
    bool star = false;
    for (const Pattern* p : s.patterns) {
      if (p->kind != PatternKind::MatchStar) continue;
      if (star) error("multiple starred names in sequence pattern");
      star = true;
    }
    for (const Pattern* p : s.patterns) subpattern(p);
  }

  void mapping(const MatchMapping& m) {
    std::vector<KeyConst> seen;
    for (const Expr* key : m.keys) {
      KeyConst k;
      std::string repr;
      if (key_const(key, k, repr)) {
        if (std::find(seen.begin(), seen.end(), k) != seen.end())
          error("mapping pattern checks duplicate key (" + repr + ")");
        seen.push_back(k);
      } else if (key->kind != ExprKind::Attribute) {
        error("mapping pattern keys may only match literals and attribute lookups");
      }
    }
    for (const Pattern* p : m.patterns) subpattern(p);
    store_name(m.rest);
  }

  void class_pattern(const MatchClass& c) {
    // validate_kwd_attrs: errors point at the keyword's pattern.
    for (size_t i = 0; i < c.kwd_attrs.size(); ++i) {
      loc_ = c.kwd_patterns[i]->loc;
      if (c.kwd_attrs[i] == "__debug__") error("cannot assign to __debug__");
      for (size_t j = i + 1; j < c.kwd_attrs.size(); ++j) {
        if (c.kwd_attrs[i] != c.kwd_attrs[j]) continue;
        loc_ = c.kwd_patterns[j]->loc;
        error("attribute name repeated in class pattern: " + c.kwd_attrs[i]);
      }
    }
    if (!c.kwd_attrs.empty()) loc_ = c.loc;
    for (const Pattern* p : c.patterns)
      if (!is_wildcard(p)) subpattern(p);
    for (const Pattern* p : c.kwd_patterns)
      if (!is_wildcard(p)) subpattern(p);
  }

  void or_pattern(const MatchOr& o) {
    std::vector<std::string> old_stores = stores_;
    bool old_allow = allow_irrefutable_;
    std::vector<std::string> control;
    for (size_t i = 0; i < o.patterns.size(); ++i) {
      const Pattern* alt = o.patterns[i];
      loc_ = alt->loc;
      stores_.clear();
      allow_irrefutable_ = i == o.patterns.size() - 1 && old_allow;
      pattern(alt);
      if (i == 0) {
        control = stores_;
        continue;
      }
      if (stores_.size() != control.size()) error("alternative patterns bind different names");
      for (const std::string& n : control)
        if (!stored(n)) error("alternative patterns bind different names");
    }
    stores_ = std::move(old_stores);
    allow_irrefutable_ = old_allow;
    for (const std::string& n : control) {
      if (stored(n)) error("multiple assignments to name '" + n + "' in pattern");
      stores_.push_back(n);
    }
  }
};

}  // namespace

void check_case_pattern(const Match& m, size_t index, const ReportError& report) {
  PatternChecker c(report);
  try {
    c.check_case(m, index);
  } catch (const Failed&) {
  }
}

}  // namespace sandbox::lang
