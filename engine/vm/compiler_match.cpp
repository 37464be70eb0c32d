// Pattern matching and except*, compiled as CPython 3.11's compile.c does:
// the subject stays on the stack while a case's pattern consumes a copy of
// it; captured values are rotated below whatever the pattern still needs
// and stored only once the whole pattern (and its guard) matched; a failed
// check jumps to a "fail_pop" label that pops exactly what is on the stack
// at that point.  The compile-time errors are found earlier, by
// lang/checks_match.cpp, so the patterns here are valid.
#include "vm/compiler_match.h"

#include <algorithm>
#include <cassert>

#include "vm/object.h"

namespace sandbox::vm {

using namespace sandbox::lang;

namespace {

bool is_wildcard(const Pattern* p) {
  return p->kind == PatternKind::MatchAs && !p->as<MatchAs>().pattern && p->as<MatchAs>().name.empty();
}
bool is_wildcard_star(const Pattern* p) {
  return p->kind == PatternKind::MatchStar && p->as<MatchStar>().name.empty();
}

// compile.c's pattern_context.
struct PatternContext {
  std::vector<std::string> stores;  // names bound, in the order their values sit on the stack
  bool allow_irrefutable = false;
  std::vector<int> fail_pop;        // fail_pop[n]: pops n items, then fails
  int on_top = 0;                   // items above the captured values
};

class PatternCompiler {
 public:
  explicit PatternCompiler(MatchEmitter& g) : g_(g) {}

  void match(const Match& m) {
    g_.expr(m.subject);
    int end = g_.new_label();
    size_t cases = m.cases.size();
    assert(cases > 0);
    bool has_default = is_wildcard(m.cases.back().pattern) && cases > 1;
    size_t last = cases - (has_default ? 1 : 0);
    for (size_t i = 0; i < last; ++i) {
      const MatchCase& c = m.cases[i];
      g_.set_loc(c.pattern->loc);
      PatternContext pc;
      pc.allow_irrefutable = c.guard != nullptr || i == cases - 1;
      // Only copy the subject if this is not the last case:
      if (i != last - 1) g_.emit(Op::COPY, 1);
      pattern(c.pattern, pc);
      assert(pc.on_top == 0);
      // It's a match: store the captures (their values are on the stack).
      for (const std::string& n : pc.stores) g_.name_op(n, Ctx::Store);
      if (c.guard) {
        ensure_fail_pop(pc, 0);
        g_.test(c.guard);
        g_.emit_jump(Op::POP_JUMP_IF_FALSE, pc.fail_pop[0]);
      }
      // Success: done with the subject.
      if (i != last - 1) g_.emit(Op::POP_TOP);
      g_.body(c.body);
      g_.emit_jump(Op::JUMP, end);
      // A failed pattern's clean-up belongs to the pattern's line.
      g_.set_loc(c.pattern->loc);
      emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
      const MatchCase& c = m.cases.back();
      g_.set_loc(c.pattern->loc);
      // A lone `case _` never consumed the subject; otherwise the last
      // refutable case already did.
      g_.emit(cases == 1 ? Op::POP_TOP : Op::NOP);
      if (c.guard) {
        g_.test(c.guard);
        g_.emit_jump(Op::POP_JUMP_IF_FALSE, end);
      }
      g_.body(c.body);
    }
    g_.bind(end);
  }

 private:
  MatchEmitter& g_;

  void ensure_fail_pop(PatternContext& pc, size_t n) {
    while (pc.fail_pop.size() <= n) pc.fail_pop.push_back(g_.new_label());
  }

  // Jumps (op pops its condition) to the label that pops everything the
  // pattern has on the stack now and fails.
  void jump_to_fail_pop(PatternContext& pc, Op op) {
    size_t pops = size_t(pc.on_top) + pc.stores.size();
    ensure_fail_pop(pc, pops);
    g_.emit_jump(op, pc.fail_pop[pops]);
  }

  void emit_and_reset_fail_pop(PatternContext& pc) {
    if (pc.fail_pop.empty()) return;
    for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
      g_.bind(pc.fail_pop[n]);
      g_.emit(Op::POP_TOP);
    }
    g_.bind(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }

  // Moves TOS down to stack[-count] (the others move up one).
  void rotate(int count) {
    while (count > 1) g_.emit(Op::SWAP, uint32_t(count--));
  }

  void store_name(const std::string& n, PatternContext& pc) {
    if (n.empty()) {
      g_.emit(Op::POP_TOP);
      return;
    }
    assert(std::find(pc.stores.begin(), pc.stores.end(), n) == pc.stores.end());
    // Rotate this value underneath everything still needed:
    rotate(pc.on_top + int(pc.stores.size()) + 1);
    pc.stores.push_back(n);
  }

  void subpattern(const Pattern* p, PatternContext& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(p, pc);
    pc.allow_irrefutable = saved;
  }

  void pattern(const Pattern* p, PatternContext& pc) {
    g_.set_loc(p->loc);
    switch (p->kind) {
      case PatternKind::MatchValue:
        g_.expr(p->as<MatchValue>().value);
        g_.emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        break;
      case PatternKind::MatchSingleton: {
        ConstKind k = p->as<MatchSingleton>().value;
        g_.load_const(k == ConstKind::None ? Value() : Value::boolean(k == ConstKind::True));
        g_.emit(Op::IS_OP, 0);
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        break;
      }
      case PatternKind::MatchSequence: sequence(p->as<MatchSequence>(), pc); break;
      case PatternKind::MatchMapping: mapping(p->as<MatchMapping>(), pc); break;
      case PatternKind::MatchClass: class_pattern(p->as<MatchClass>(), pc); break;
      case PatternKind::MatchStar: store_name(p->as<MatchStar>().name, pc); break;
      case PatternKind::MatchAs: as_pattern(p->as<MatchAs>(), pc); break;
      case PatternKind::MatchOr: or_pattern(p->as<MatchOr>(), pc); break;
    }
  }

  void as_pattern(const MatchAs& a, PatternContext& pc) {
    if (!a.pattern) {
      store_name(a.name, pc);  // irrefutable
      return;
    }
    // Keep a copy to store once the sub-pattern matched:
    pc.on_top++;
    g_.emit(Op::COPY, 1);
    pattern(a.pattern, pc);
    pc.on_top--;
    store_name(a.name, pc);
  }

  void sequence(const MatchSequence& s, PatternContext& pc) {
    const auto& pats = s.patterns;
    size_t size = pats.size();
    long star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < size; ++i) {
      if (pats[i]->kind == PatternKind::MatchStar) {
        star_wildcard = is_wildcard_star(pats[i]);
        only_wildcard = only_wildcard && star_wildcard;
        star = long(i);
        continue;
      }
      only_wildcard = only_wildcard && is_wildcard(pats[i]);
    }
    // The subject stays on top during the sequence and length checks:
    pc.on_top++;
    g_.emit(Op::MATCH_SEQUENCE);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (star < 0) {
      g_.emit(Op::GET_LEN);
      g_.load_const(Value::integer(int64_t(size)));
      g_.emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      g_.emit(Op::GET_LEN);
      g_.load_const(Value::integer(int64_t(size - 1)));
      g_.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    // Whatever comes next consumes the subject:
    pc.on_top--;
    if (only_wildcard) {
      g_.emit(Op::POP_TOP);  // [] / [_] / [_, *_] ...
    } else if (star_wildcard) {
      sequence_subscr(pats, size_t(star), pc);
    } else {
      sequence_unpack(pats, star, pc);
    }
  }

  // pattern_helper_sequence_unpack: UNPACK_SEQUENCE / UNPACK_EX, then each
  // element against its sub-pattern.
  void sequence_unpack(const std::vector<Pattern*>& pats, long star, PatternContext& pc) {
    size_t size = pats.size();
    if (star < 0) {
      g_.emit(Op::UNPACK_SEQUENCE, uint32_t(size));
    } else {
      uint32_t before = uint32_t(star), after = uint32_t(size - size_t(star) - 1);
      g_.emit(Op::UNPACK_EX, before | (after << 8));
    }
    pc.on_top += int(size);
    for (const Pattern* p : pats) {
      pc.on_top--;
      subpattern(p, pc);
    }
  }

  // pattern_helper_sequence_subscr: with a `*_`, index the elements the
  // sub-patterns need instead of unpacking (non-negative indices: the
  // subject may not support negative ones).
  void sequence_subscr(const std::vector<Pattern*>& pats, size_t star, PatternContext& pc) {
    size_t size = pats.size();
    pc.on_top++;
    for (size_t i = 0; i < size; ++i) {
      const Pattern* p = pats[i];
      if (is_wildcard(p) || i == star) continue;
      g_.emit(Op::COPY, 1);
      if (i < star) {
        g_.load_const(Value::integer(int64_t(i)));
      } else {
        g_.emit(Op::GET_LEN);
        g_.load_const(Value::integer(int64_t(size - i)));
        g_.emit(Op::BINARY_OP, uint32_t(BinOp::Sub));
      }
      g_.emit(Op::BINARY_SUBSCR);
      subpattern(p, pc);
    }
    pc.on_top--;
    g_.emit(Op::POP_TOP);
  }

  void mapping(const MatchMapping& m, PatternContext& pc) {
    size_t size = m.keys.size();
    pc.on_top++;
    g_.emit(Op::MATCH_MAPPING);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (size == 0 && m.rest.empty()) {
      // `{}`: done, pop the subject.
      pc.on_top--;
      g_.emit(Op::POP_TOP);
      return;
    }
    if (size) {
      g_.emit(Op::GET_LEN);
      g_.load_const(Value::integer(int64_t(size)));
      g_.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    for (const Expr* k : m.keys) g_.expr(k);
    g_.emit(Op::BUILD_TUPLE, uint32_t(size));
    g_.emit(Op::MATCH_KEYS);
    // The keys tuple and the values tuple (or None) are on top of the subject:
    pc.on_top += 2;
    g_.emit(Op::COPY, 1);
    g_.load_const(Value());
    g_.emit(Op::IS_OP, 1);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    g_.emit(Op::UNPACK_SEQUENCE, uint32_t(size));
    pc.on_top += int(size) - 1;
    for (const Pattern* p : m.patterns) {
      pc.on_top--;
      subpattern(p, pc);
    }
    // A match: what follows consumes the keys tuple and the subject.
    pc.on_top -= 2;
    if (!m.rest.empty()) {
      // rest = dict(subject); for key in keys: del rest[key]
      g_.emit(Op::BUILD_MAP, 0);            // [subject, keys, {}]
      g_.emit(Op::SWAP, 3);                 // [{}, keys, subject]
      g_.emit(Op::DICT_UPDATE, 2);          // [copy, keys]
      g_.emit(Op::UNPACK_SEQUENCE, uint32_t(size));  // [copy, keys...]
      for (size_t left = size; left > 0; --left) {
        g_.emit(Op::COPY, uint32_t(1 + left));  // [copy, keys..., copy]
        g_.emit(Op::SWAP, 2);                   // [copy, keys..., copy, key]
        g_.emit(Op::DELETE_SUBSCR);             // [copy, keys...]
      }
      store_name(m.rest, pc);
    } else {
      g_.emit(Op::POP_TOP);  // the keys tuple
      g_.emit(Op::POP_TOP);  // the subject
    }
  }

  void class_pattern(const MatchClass& c, PatternContext& pc) {
    size_t nargs = c.patterns.size(), nattrs = c.kwd_attrs.size();
    g_.expr(c.cls);
    std::vector<Value> names;
    for (const std::string& a : c.kwd_attrs) names.push_back(Value(intern(a)));
    g_.load_const(make_tuple(std::move(names)));
    g_.emit(Op::MATCH_CLASS, uint32_t(nargs));
    g_.emit(Op::COPY, 1);
    g_.load_const(Value());
    g_.emit(Op::IS_OP, 1);
    // TOS is a tuple of nargs + nattrs attributes (or None):
    pc.on_top++;
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    g_.emit(Op::UNPACK_SEQUENCE, uint32_t(nargs + nattrs));
    pc.on_top += int(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; ++i) {
      pc.on_top--;
      const Pattern* p = i < nargs ? c.patterns[i] : c.kwd_patterns[i - nargs];
      if (is_wildcard(p)) {
        g_.emit(Op::POP_TOP);
        continue;
      }
      subpattern(p, pc);
    }
  }

  // compiler_pattern_or: every alternative works on its own copy of the
  // subject with its own fail_pop; the names each binds are brought into the
  // first alternative's order so that all arrive at `end` alike.
  void or_pattern(const MatchOr& o, PatternContext& pc) {
    int end = g_.new_label();
    PatternContext old = pc;
    std::vector<std::string> control;
    size_t size = o.patterns.size();
    for (size_t i = 0; i < size; ++i) {
      const Pattern* alt = o.patterns[i];
      g_.set_loc(alt->loc);
      pc.stores.clear();
      pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
      pc.fail_pop.clear();
      pc.on_top = 0;
      g_.emit(Op::COPY, 1);
      pattern(alt, pc);
      if (i == 0) {
        control = pc.stores;
      } else if (!pc.stores.empty()) {
        assert(pc.stores.size() == control.size());
        for (size_t icontrol = control.size(); icontrol-- > 0;) {
          size_t istores = size_t(std::find(pc.stores.begin(), pc.stores.end(), control[icontrol]) - pc.stores.begin());
          assert(istores < pc.stores.size());
          if (icontrol == istores) continue;
          // Reorder the names (and their values on the stack) to match control.
          assert(istores < icontrol);
          size_t rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + long(rotations));
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + long(rotations));
          pc.stores.insert(pc.stores.begin() + long(icontrol - istores), rotated.begin(), rotated.end());
          while (rotations--) rotate(int(icontrol) + 1);
        }
      }
      g_.emit_jump(Op::JUMP, end);
      emit_and_reset_fail_pop(pc);
    }
    pc = std::move(old);
    // No alternative matched: pop the remaining copy of the subject and fail.
    g_.emit(Op::POP_TOP);
    jump_to_fail_pop(pc, Op::JUMP);
    g_.bind(end);
    // Between the new captures and where they go sit: the other new
    // captures, the copy of the subject, what is on top, and earlier captures.
    int nrots = int(control.size()) + 1 + pc.on_top + int(pc.stores.size());
    for (const std::string& n : control) {
      rotate(nrots);
      pc.stores.push_back(n);
    }
    g_.emit(Op::POP_TOP);  // the copy of the subject
  }
};

}  // namespace

void compile_match(MatchEmitter& g, const Match& m) { PatternCompiler(g).match(m); }

// compiler_try_star_except.  The VM has no `lasti` entries: a handler
// block pushes just the exception.  Stack while the clauses run:
// [prev, orig, raised list, rest]; each clause takes the part of rest its
// type matches (CHECK_EG_MATCH) and leaves the remainder.
void compile_try_star(MatchEmitter& g, const Try& t) {
  int l_except = g.new_label(), l_orelse = g.new_label(), l_end = g.new_label();
  int l_cleanup = g.new_label(), l_reraise_star = g.new_label(), l_reraise = g.new_label();
  g.emit_jump(Op::SETUP_FINALLY, l_except);
  g.try_body(t.body);
  g.emit(Op::POP_BLOCK);
  g.emit_jump(Op::JUMP, l_orelse);
  g.bind(l_except);  // [exc]
  g.set_loc(t.handlers[0].loc);
  g.emit(Op::PUSH_EXC_INFO);  // [prev, exc]
  g.emit_jump(Op::SETUP_CLEANUP, l_cleanup);
  size_t n = t.handlers.size();
  for (size_t i = 0; i < n; ++i) {
    const ExceptHandler& h = t.handlers[i];
    g.set_loc(h.loc);
    int l_next = g.new_label(), l_with_error = g.new_label(), l_no_match = g.new_label();
    int l_cleanup_end = g.new_label();
    if (i == 0) {
      g.emit(Op::COPY, 1);          // [prev, orig, exc]
      g.emit(Op::BUILD_LIST, 0);    // [prev, orig, exc, []]
      g.emit(Op::SWAP, 2);          // [prev, orig, [], exc]
    }
    g.expr(h.type);
    g.emit(Op::CHECK_EG_MATCH);     // [.., rest, match] or [.., exc, None]
    g.emit(Op::COPY, 1);
    g.load_const(Value());
    g.emit(Op::IS_OP, 0);
    g.emit_jump(Op::POP_JUMP_IF_TRUE, l_no_match);
    if (!h.name.empty()) g.name_op(h.name, Ctx::Store);
    else g.emit(Op::POP_TOP);
    // try: body  finally: name = None; del name
    g.emit_jump(Op::SETUP_FINALLY, l_cleanup_end);
    g.body(h.body);
    g.emit(Op::POP_BLOCK);
    if (!h.name.empty()) {
      g.load_const(Value());
      g.name_op(h.name, Ctx::Store);
      g.name_op(h.name, Ctx::Del);
    }
    g.emit_jump(Op::JUMP, l_next);
    g.bind(l_cleanup_end);  // [prev, orig, list, rest, raised]
    if (!h.name.empty()) {
      g.load_const(Value());
      g.name_op(h.name, Ctx::Store);
      g.name_op(h.name, Ctx::Del);
    }
    g.emit(Op::LIST_APPEND, 2);  // what the clause raised joins the list
    g.emit_jump(Op::JUMP, l_with_error);
    g.bind(l_next);
    g.emit(Op::NOP);
    g.emit_jump(Op::JUMP, l_with_error);
    g.bind(l_no_match);
    g.emit(Op::POP_TOP);  // the None match
    g.bind(l_with_error);
    if (i == n - 1) {
      // The unhandled rest (or None) joins the list too.
      g.emit(Op::LIST_APPEND, 1);  // [prev, orig, list]
      g.emit_jump(Op::JUMP, l_reraise_star);
    }
  }
  g.bind(l_reraise_star);
  g.emit(Op::PREP_RERAISE_STAR);  // [prev, result]
  g.emit(Op::COPY, 1);
  g.load_const(Value());
  g.emit(Op::IS_OP, 0);
  g.emit_jump(Op::POP_JUMP_IF_FALSE, l_reraise);
  // Nothing to re-raise:
  g.emit(Op::POP_TOP);
  g.emit(Op::POP_BLOCK);
  g.emit(Op::POP_EXCEPT);
  g.emit_jump(Op::JUMP, l_end);
  g.bind(l_reraise);  // [prev, result]
  g.emit(Op::POP_BLOCK);
  g.emit(Op::SWAP, 2);
  g.emit(Op::POP_EXCEPT);
  g.emit(Op::RERAISE);
  g.bind(l_cleanup);  // [prev, exc2]
  g.emit(Op::POP_EXCEPT_RERAISE);
  g.bind(l_orelse);
  g.body(t.orelse);
  g.bind(l_end);
}

}  // namespace sandbox::vm
