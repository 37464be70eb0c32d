// The matching engine: sre_lib.h's SRE(match), SRE(count), SRE(charset),
// SRE(at) and SRE(search), once per character width (1-byte subjects:
// bytes and ASCII str; 4-byte: other str).
//
// SRE(match) is iterative in CPython too: where the engine would recurse
// (a branch, a repeat's body, its tail, an assertion) it pushes a Context
// and starts over at `entrance`; when a context finishes it pops it and
// resumes its parent where the `jump` code says.  This file keeps that
// shape with std::vector stacks (State::contexts, State::data), so a
// pattern that backtracks through a 100k-character subject uses heap, not
// C++ stack; both are charged to the heap account (MemoryError under
// --max-memory) and every dispatched opcode to the step budget.
#include <cassert>

#include "vm/errors.h"
#include "vm/lib/sre/sre_chars.h"
#include "vm/lib/sre/sre_state.h"
#include "vm/vm.h"

namespace sandbox::vm::sre {

namespace {

// Engine steps (dispatched opcodes, characters scanned by count) per VM
// instruction charged to the step budget, and how often they are charged.
constexpr uint64_t kWorkPerStep = 8;
constexpr uint64_t kFlushWork = 4096;

enum Jump : uint8_t {
  J_NONE, J_MAX_UNTIL_1, J_MAX_UNTIL_2, J_MAX_UNTIL_3, J_MIN_UNTIL_1, J_MIN_UNTIL_2, J_MIN_UNTIL_3,
  J_REPEAT, J_REPEAT_ONE_1, J_REPEAT_ONE_2, J_MIN_REPEAT_ONE, J_BRANCH, J_ASSERT, J_ASSERT_NOT,
  J_POSS_REPEAT_1, J_POSS_REPEAT_2, J_ATOMIC_GROUP,
};

[[noreturn]] void internal_error() { throw_runtime_error("internal error in regular expression engine"); }

inline void tick(State& st, uint64_t n) {
  st.work += n;
  if (st.work >= kFlushWork) st.flush_work();
}

template <class Char>
bool at(const State& st, const Char* s, int64_t ptr, Code code) {
  const int64_t end = st.end;
  bool thisp, thatp;
  switch (code) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr == 0;
    case AT_BEGINNING_LINE:
      return ptr == 0 || is_linebreak(s[ptr - 1]);
    case AT_END:
      return (end - ptr == 1 && is_linebreak(s[ptr])) || ptr == end;
    case AT_END_LINE:
      return ptr == end || is_linebreak(s[ptr]);
    case AT_END_STRING:
      return ptr == end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
      if (end == 0) return false;
      thatp = ptr > 0 && is_word(s[ptr - 1]);
      thisp = ptr < end && is_word(s[ptr]);
      return code == AT_BOUNDARY ? thisp != thatp : thisp == thatp;
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
      if (end == 0) return false;
      thatp = ptr > 0 && loc_is_word(s[ptr - 1]);
      thisp = ptr < end && loc_is_word(s[ptr]);
      return code == AT_LOC_BOUNDARY ? thisp != thatp : thisp == thatp;
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY:
      if (end == 0) return false;
      thatp = ptr > 0 && uni_is_word(s[ptr - 1]);
      thisp = ptr < end && uni_is_word(s[ptr]);
      return code == AT_UNI_BOUNDARY ? thisp != thatp : thisp == thatp;
    default:
      return false;
  }
}

// Is ch in the set (a validated run of set items ending with FAILURE)?
bool in_charset(const Code* set, uint32_t ch) {
  bool ok = true;
  for (;;) {
    switch (*set++) {
      case FAILURE:
        return !ok;
      case LITERAL:
        if (ch == set[0]) return ok;
        set += 1;
        break;
      case CATEGORY:
        if (in_category(set[0], ch)) return ok;
        set += 1;
        break;
      case CHARSET:  // a 256-bit bitmap
        if (ch < 256 && (set[ch / 32] & (1u << (ch & 31)))) return ok;
        set += 256 / 32;
        break;
      case RANGE:
        if (set[0] <= ch && ch <= set[1]) return ok;
        set += 2;
        break;
      case RANGE_UNI_IGNORE: {  // ch is lowered already
        if (set[0] <= ch && ch <= set[1]) return ok;
        uint32_t up = upper_unicode(ch);
        if (set[0] <= up && up <= set[1]) return ok;
        set += 2;
        break;
      }
      case NEGATE:
        ok = !ok;
        break;
      case BIGCHARSET: {
        // <count> <256 block indices, one byte each, in the code words'
        // memory order (the compiler packs them with sys.byteorder)> <blocks>
        Code count = *set++;
        int64_t block = -1;
        if (ch < 0x10000u) block = reinterpret_cast<const unsigned char*>(set)[ch >> 8];
        set += 256 / sizeof(Code);
        if (block >= 0 && (set[(block * 256 + (ch & 255)) / 32] & (1u << (ch & 31)))) return ok;
        set += count * (256 / 32);
        break;
      }
      default:
        return false;
    }
  }
}

bool in_charset_loc_ignore(const Code* set, uint32_t ch) {
  uint32_t lo = lower_locale(ch);
  if (in_charset(set, lo)) return true;
  uint32_t up = upper_locale(ch);
  return up != lo && in_charset(set, up);
}

template <class Char>
int64_t match(State& st, const Code* pattern, bool toplevel);

// How many times (up to maxcount) the single-character item at `pattern`
// matches from st.ptr.
template <class Char>
int64_t count(State& st, const Code* pattern, int64_t maxcount) {
  const Char* s = static_cast<const Char*>(st.subject.data);
  const int64_t start = st.ptr;
  int64_t ptr = start;
  int64_t end = st.end;
  if (maxcount < end - ptr && maxcount != int64_t(kMaxRepeat)) end = ptr + maxcount;
  const Code chr = pattern[1];
  switch (pattern[0]) {
    case IN:
      while (ptr < end && in_charset(pattern + 2, s[ptr])) ptr++;
      break;
    case ANY:
      while (ptr < end && !is_linebreak(s[ptr])) ptr++;
      break;
    case ANY_ALL:
      ptr = end;
      break;
    case LITERAL:
      while (ptr < end && s[ptr] == chr) ptr++;
      break;
    case LITERAL_IGNORE:
      while (ptr < end && lower_ascii(s[ptr]) == chr) ptr++;
      break;
    case LITERAL_UNI_IGNORE:
      while (ptr < end && lower_unicode(s[ptr]) == chr) ptr++;
      break;
    case LITERAL_LOC_IGNORE:
      while (ptr < end && char_loc_ignore(chr, s[ptr])) ptr++;
      break;
    case NOT_LITERAL:
      while (ptr < end && s[ptr] != chr) ptr++;
      break;
    case NOT_LITERAL_IGNORE:
      while (ptr < end && lower_ascii(s[ptr]) != chr) ptr++;
      break;
    case NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lower_unicode(s[ptr]) != chr) ptr++;
      break;
    case NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !char_loc_ignore(chr, s[ptr])) ptr++;
      break;
    default:
      // Any other one-character item: run it as a pattern of its own.
      while (st.ptr < end) {
        if (!match<Char>(st, pattern, false)) break;
      }
      return st.ptr - start;
  }
  tick(st, static_cast<uint64_t>(ptr - start));
  return ptr - start;
}

inline Context* push_context(State& st, uint8_t jump, bool toplevel, const Code* pattern) {
  Context c{};
  c.jump = jump;
  c.toplevel = toplevel;
  c.pattern = pattern;
  c.lastmark = c.lastindex = -1;
  c.rep = -1;
  size_t before = st.contexts.capacity();
  st.contexts.push_back(c);
  if (st.contexts.capacity() != before) st.account_stacks();
  return &st.contexts.back();
}

inline void data_push(State& st, const int64_t* v, size_t n) {
  size_t before = st.data.capacity();
  st.data.insert(st.data.end(), v, v + n);
  if (st.data.capacity() != before) st.account_stacks();
}
// Copies the top n entries back into v; drops them when discard.
inline void data_pop(State& st, int64_t* v, size_t n, bool discard) {
  assert(st.data.size() >= n);
  const int64_t* top = st.data.data() + st.data.size() - n;
  for (size_t i = 0; i < n; i++) v[i] = top[i];
  if (discard) st.data.resize(st.data.size() - n);
}
inline void data_discard(State& st, size_t n) {
  assert(st.data.size() >= n);
  st.data.resize(st.data.size() - n);
}

inline void mark_push(State& st, int lastmark) {
  if (lastmark >= 0) data_push(st, st.mark.data(), size_t(lastmark) + 1);
}
inline void mark_pop(State& st, int lastmark) {
  if (lastmark >= 0) data_pop(st, st.mark.data(), size_t(lastmark) + 1, true);
}
inline void mark_pop_keep(State& st, int lastmark) {
  if (lastmark >= 0) data_pop(st, st.mark.data(), size_t(lastmark) + 1, false);
}
inline void mark_pop_discard(State& st, int lastmark) {
  if (lastmark >= 0) data_discard(st, size_t(lastmark) + 1);
}

// Does the group whose marks start at `groupref` hold a valid span?
inline bool group_span(const State& st, int64_t groupref, int64_t& p, int64_t& e) {
  if (groupref >= st.lastmark) return false;
  p = st.mark[groupref];
  e = st.mark[groupref + 1];
  return p >= 0 && e >= 0 && e >= p;
}

// A push of a child context: the parent's position is saved in its
// context, the child starts at `entrance`; when it finishes, `exit` pops it
// and jumps to `label`, which reloads the parent's position.
#define SRE_JUMP(kind, label, next, tl)        \
  do {                                         \
    const Code* next_ = (next);                \
    bool tl_ = (tl);                           \
    ctx->pattern = pattern;                    \
    ctx->ptr = ptr;                            \
    ctx = push_context(st, kind, tl_, next_);  \
    pattern = next_;                           \
    goto entrance;                             \
  } while (0);                                 \
  label:                                       \
  pattern = ctx->pattern;                      \
  ptr = ctx->ptr;

#define SRE_FAIL   \
  do {             \
    ret = 0;       \
    goto exit;     \
  } while (0)
#define SRE_SUCCEED \
  do {              \
    ret = 1;        \
    goto exit;      \
  } while (0)
#define LASTMARK_SAVE()                 \
  do {                                  \
    ctx->lastmark = st.lastmark;        \
    ctx->lastindex = st.lastindex;      \
  } while (0)
#define LASTMARK_RESTORE()              \
  do {                                  \
    st.lastmark = ctx->lastmark;        \
    st.lastindex = ctx->lastindex;      \
  } while (0)
#define REP (st.repeats[static_cast<size_t>(ctx->rep)])

// 1 when the code at `pattern` matches at st.ptr (st.ptr then is the end
// of the match), 0 when not.
template <class Char>
int64_t match(State& st, const Code* pattern, bool toplevel) {
  const Char* s = static_cast<const Char*>(st.subject.data);
  const int64_t end = st.end;
  const size_t base = st.contexts.size();
  int64_t ret = 0;
  int64_t ptr = 0;
  int64_t p = 0, e = 0;
  int64_t repeat_of_tail = -1;
  uint8_t jump = J_NONE;
  Context* ctx = push_context(st, J_NONE, toplevel, pattern);

entrance:
  ptr = st.ptr;
  if (pattern[0] == INFO) {
    // <INFO> <skip> <flags> <min> ...: too few characters left can never match.
    if (pattern[3] && static_cast<uint64_t>(end - ptr) < pattern[3]) SRE_FAIL;
    pattern += pattern[1] + 1;
  }

  for (;;) {
    tick(st, 1);
    switch (*pattern++) {
      case MARK: {
        int i = static_cast<int>(pattern[0]);
        if (i & 1) st.lastindex = i / 2 + 1;
        if (i > st.lastmark) {
          // Marks between the old highest and this one were never set.
          for (int j = st.lastmark + 1; j < i; j++) st.mark[j] = -1;
          st.lastmark = i;
        }
        st.mark[i] = ptr;
        pattern++;
        break;
      }
      case LITERAL:
        if (ptr >= end || s[ptr] != pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL:
        if (ptr >= end || s[ptr] == pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case SUCCESS:
        if (ctx->toplevel && ((st.match_all && ptr != st.end) || (st.must_advance && ptr == st.start)))
          SRE_FAIL;
        st.ptr = ptr;
        SRE_SUCCEED;
      case AT:
        if (!at(st, s, ptr, pattern[0])) SRE_FAIL;
        pattern++;
        break;
      case CATEGORY:
        if (ptr >= end || !in_category(pattern[0], s[ptr])) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case ANY:
        if (ptr >= end || is_linebreak(s[ptr])) SRE_FAIL;
        ptr++;
        break;
      case ANY_ALL:
        if (ptr >= end) SRE_FAIL;
        ptr++;
        break;
      case IN:
        if (ptr >= end || !in_charset(pattern + 1, s[ptr])) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;
      case LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(s[ptr]) != pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(s[ptr]) != pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_LOC_IGNORE:
        if (ptr >= end || !char_loc_ignore(pattern[0], s[ptr])) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(s[ptr]) == pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(s[ptr]) == pattern[0]) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_LOC_IGNORE:
        if (ptr >= end || char_loc_ignore(pattern[0], s[ptr])) SRE_FAIL;
        pattern++;
        ptr++;
        break;
      case IN_IGNORE:
        if (ptr >= end || !in_charset(pattern + 1, lower_ascii(s[ptr]))) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;
      case IN_UNI_IGNORE:
        if (ptr >= end || !in_charset(pattern + 1, lower_unicode(s[ptr]))) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;
      case IN_LOC_IGNORE:
        if (ptr >= end || !in_charset_loc_ignore(pattern + 1, s[ptr])) SRE_FAIL;
        pattern += pattern[0];
        ptr++;
        break;
      case JUMP:
      case INFO:
        pattern += pattern[0];
        break;

      case BRANCH:
        // <BRANCH> <skip> alternative <JUMP> ... <0>
        LASTMARK_SAVE();
        if (st.repeat >= 0) mark_push(st, ctx->lastmark);
        for (; pattern[0]; pattern += pattern[0]) {
          if (pattern[1] == LITERAL && (ptr >= end || s[ptr] != pattern[2])) continue;
          if (pattern[1] == IN && (ptr >= end || !in_charset(pattern + 3, s[ptr]))) continue;
          st.ptr = ptr;
          SRE_JUMP(J_BRANCH, jump_branch, pattern + 1, ctx->toplevel);
          if (ret) {
            if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
            SRE_SUCCEED;
          }
          if (st.repeat >= 0) mark_pop_keep(st, ctx->lastmark);
          LASTMARK_RESTORE();
        }
        if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
        SRE_FAIL;

      case REPEAT_ONE:
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy, the
        // item one character wide; backtrack one character at a time.
        if (int64_t(pattern[1]) > end - ptr) SRE_FAIL;
        st.ptr = ptr;
        ret = count<Char>(st, pattern + 3, pattern[2]);
        ctx = &st.contexts.back();
        ctx->count = ret;
        ptr += ctx->count;
        if (ctx->count < int64_t(pattern[1])) SRE_FAIL;
        if (pattern[pattern[0]] == SUCCESS && ptr == st.end &&
            !(ctx->toplevel && st.must_advance && ptr == st.start)) {
          st.ptr = ptr;  // the tail is empty: done
          SRE_SUCCEED;
        }
        LASTMARK_SAVE();
        if (st.repeat >= 0) mark_push(st, ctx->lastmark);
        if (pattern[pattern[0]] == LITERAL) {
          // The tail starts with a literal: skip positions it cannot match at.
          ctx->chr = pattern[pattern[0] + 1];
          for (;;) {
            while (ctx->count >= int64_t(pattern[1]) && (ptr >= end || s[ptr] != ctx->chr)) {
              ptr--;
              ctx->count--;
              tick(st, 1);
            }
            if (ctx->count < int64_t(pattern[1])) break;
            st.ptr = ptr;
            SRE_JUMP(J_REPEAT_ONE_1, jump_repeat_one_1, pattern + pattern[0], ctx->toplevel);
            if (ret) {
              if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
              SRE_SUCCEED;
            }
            if (st.repeat >= 0) mark_pop_keep(st, ctx->lastmark);
            LASTMARK_RESTORE();
            ptr--;
            ctx->count--;
          }
        } else {
          while (ctx->count >= int64_t(pattern[1])) {
            st.ptr = ptr;
            SRE_JUMP(J_REPEAT_ONE_2, jump_repeat_one_2, pattern + pattern[0], ctx->toplevel);
            if (ret) {
              if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
              SRE_SUCCEED;
            }
            if (st.repeat >= 0) mark_pop_keep(st, ctx->lastmark);
            LASTMARK_RESTORE();
            ptr--;
            ctx->count--;
          }
        }
        if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
        SRE_FAIL;

      case MIN_REPEAT_ONE:
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy.
        if (int64_t(pattern[1]) > end - ptr) SRE_FAIL;
        st.ptr = ptr;
        if (pattern[1] == 0) {
          ctx->count = 0;
        } else {
          ret = count<Char>(st, pattern + 3, pattern[1]);
          ctx = &st.contexts.back();
          if (ret < int64_t(pattern[1])) SRE_FAIL;
          ctx->count = ret;
          ptr += ctx->count;
        }
        if (pattern[pattern[0]] == SUCCESS &&
            !(ctx->toplevel && ((st.match_all && ptr != st.end) || (st.must_advance && ptr == st.start)))) {
          st.ptr = ptr;
          SRE_SUCCEED;
        }
        LASTMARK_SAVE();
        if (st.repeat >= 0) mark_push(st, ctx->lastmark);
        while (pattern[2] == kMaxRepeat || ctx->count <= int64_t(pattern[2])) {
          st.ptr = ptr;
          SRE_JUMP(J_MIN_REPEAT_ONE, jump_min_repeat_one, pattern + pattern[0], ctx->toplevel);
          if (ret) {
            if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
            SRE_SUCCEED;
          }
          if (st.repeat >= 0) mark_pop_keep(st, ctx->lastmark);
          LASTMARK_RESTORE();
          st.ptr = ptr;
          ret = count<Char>(st, pattern + 3, 1);
          ctx = &st.contexts.back();
          if (ret == 0) break;
          ptr++;
          ctx->count++;
        }
        if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
        SRE_FAIL;

      case POSSESSIVE_REPEAT_ONE:
        // As REPEAT_ONE, but what the item took is never given back.
        if (int64_t(pattern[1]) > end - ptr) SRE_FAIL;
        st.ptr = ptr;
        ret = count<Char>(st, pattern + 3, pattern[2]);
        ctx = &st.contexts.back();
        ctx->count = ret;
        ptr += ctx->count;
        if (ctx->count < int64_t(pattern[1])) SRE_FAIL;
        pattern += pattern[0];
        if (*pattern == SUCCESS && ptr == st.end && !(ctx->toplevel && st.must_advance && ptr == st.start)) {
          st.ptr = ptr;
          SRE_SUCCEED;
        }
        break;

      case REPEAT: {
        // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail: the
        // UNTIL op does the work with this Repeat's count.
        Repeat r{-1, pattern, -1, st.repeat};
        size_t before = st.repeats.capacity();
        st.repeats.push_back(r);
        if (st.repeats.capacity() != before) st.account_stacks();
        ctx->rep = static_cast<int64_t>(st.repeats.size()) - 1;
        st.repeat = ctx->rep;
        st.ptr = ptr;
      }
        SRE_JUMP(J_REPEAT, jump_repeat, pattern + pattern[0], ctx->toplevel);
        // Repeats nest as the contexts do: this one is the last.
        assert(ctx->rep == static_cast<int64_t>(st.repeats.size()) - 1);
        st.repeat = REP.prev;
        st.repeats.pop_back();
        if (ret) SRE_SUCCEED;
        SRE_FAIL;

      case MAX_UNTIL:
        // The end of a greedy REPEAT's item: another round if allowed,
        // else (or when that fails) the tail.
        ctx->rep = st.repeat;
        if (ctx->rep < 0) internal_error();
        st.ptr = ptr;
        ctx->count = REP.count + 1;
        if (ctx->count < int64_t(REP.pattern[1])) {
          REP.count = ctx->count;  // not enough rounds yet
          SRE_JUMP(J_MAX_UNTIL_1, jump_max_until_1, REP.pattern + 3, ctx->toplevel);
          if (ret) SRE_SUCCEED;
          REP.count = ctx->count - 1;
          st.ptr = ptr;
          SRE_FAIL;
        }
        if ((ctx->count < int64_t(REP.pattern[2]) || REP.pattern[2] == kMaxRepeat) && st.ptr != REP.last_ptr) {
          REP.count = ctx->count;
          LASTMARK_SAVE();
          mark_push(st, ctx->lastmark);
          data_push(st, &REP.last_ptr, 1);  // zero-width match protection
          REP.last_ptr = st.ptr;
          SRE_JUMP(J_MAX_UNTIL_2, jump_max_until_2, REP.pattern + 3, ctx->toplevel);
          data_pop(st, &REP.last_ptr, 1, true);
          if (ret) {
            mark_pop_discard(st, ctx->lastmark);
            SRE_SUCCEED;
          }
          mark_pop(st, ctx->lastmark);
          LASTMARK_RESTORE();
          REP.count = ctx->count - 1;
          st.ptr = ptr;
        }
        // No more rounds here: the tail must match.
        st.repeat = REP.prev;
        SRE_JUMP(J_MAX_UNTIL_3, jump_max_until_3, pattern, ctx->toplevel);
        st.repeat = ctx->rep;
        if (ret) SRE_SUCCEED;
        st.ptr = ptr;
        SRE_FAIL;

      case MIN_UNTIL:
        // The end of a lazy REPEAT's item: the tail first, another round if it fails.
        ctx->rep = st.repeat;
        if (ctx->rep < 0) internal_error();
        st.ptr = ptr;
        ctx->count = REP.count + 1;
        if (ctx->count < int64_t(REP.pattern[1])) {
          REP.count = ctx->count;
          SRE_JUMP(J_MIN_UNTIL_1, jump_min_until_1, REP.pattern + 3, ctx->toplevel);
          if (ret) SRE_SUCCEED;
          REP.count = ctx->count - 1;
          st.ptr = ptr;
          SRE_FAIL;
        }
        st.repeat = REP.prev;
        LASTMARK_SAVE();
        if (st.repeat >= 0) mark_push(st, ctx->lastmark);
        SRE_JUMP(J_MIN_UNTIL_2, jump_min_until_2, pattern, ctx->toplevel);
        repeat_of_tail = st.repeat;
        st.repeat = ctx->rep;
        if (ret) {
          if (repeat_of_tail >= 0) mark_pop_discard(st, ctx->lastmark);
          SRE_SUCCEED;
        }
        if (repeat_of_tail >= 0) mark_pop(st, ctx->lastmark);
        LASTMARK_RESTORE();
        st.ptr = ptr;
        if ((ctx->count >= int64_t(REP.pattern[2]) && REP.pattern[2] != kMaxRepeat) || st.ptr == REP.last_ptr)
          SRE_FAIL;
        REP.count = ctx->count;
        data_push(st, &REP.last_ptr, 1);
        REP.last_ptr = st.ptr;
        SRE_JUMP(J_MIN_UNTIL_3, jump_min_until_3, REP.pattern + 3, ctx->toplevel);
        data_pop(st, &REP.last_ptr, 1, true);
        if (ret) SRE_SUCCEED;
        REP.count = ctx->count - 1;
        st.ptr = ptr;
        SRE_FAIL;

      case POSSESSIVE_REPEAT:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: each
        // round of the item runs on its own; the rounds are never undone.
        st.ptr = ptr;
        ctx->count = 0;
        while (ctx->count < int64_t(pattern[1])) {
          SRE_JUMP(J_POSS_REPEAT_1, jump_poss_repeat_1, pattern + 3, false);
          if (!ret) {
            st.ptr = ptr;
            SRE_FAIL;
          }
          ctx->count++;
        }
        ptr = -1;  // differs from any position, so the loop starts
        while ((ctx->count < int64_t(pattern[2]) || pattern[2] == kMaxRepeat) && st.ptr != ptr) {
          LASTMARK_SAVE();
          mark_push(st, ctx->lastmark);
          ptr = st.ptr;  // a round that matches nothing ends the loop
          SRE_JUMP(J_POSS_REPEAT_2, jump_poss_repeat_2, pattern + 3, false);
          if (ret) {
            mark_pop_discard(st, ctx->lastmark);
            ctx->count++;
          } else {
            mark_pop(st, ctx->lastmark);
            LASTMARK_RESTORE();
            st.ptr = ptr;
            break;
          }
        }
        pattern += pattern[0] + 1;
        ptr = st.ptr;
        break;

      case ATOMIC_GROUP:
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
        st.ptr = ptr;
        SRE_JUMP(J_ATOMIC_GROUP, jump_atomic_group, pattern + 1, false);
        if (!ret) {
          st.ptr = ptr;
          SRE_FAIL;
        }
        pattern += pattern[0];
        ptr = st.ptr;
        break;

      case GROUPREF:
      case GROUPREF_IGNORE:
      case GROUPREF_UNI_IGNORE:
      case GROUPREF_LOC_IGNORE: {
        Code op = pattern[-1];
        if (!group_span(st, int64_t(pattern[0]) * 2, p, e)) SRE_FAIL;
        for (; p < e; p++, ptr++) {
          if (ptr >= end) SRE_FAIL;
          uint32_t a = s[ptr], b = s[p];
          if (op == GROUPREF_IGNORE) {
            a = lower_ascii(a);
            b = lower_ascii(b);
          } else if (op == GROUPREF_UNI_IGNORE) {
            a = lower_unicode(a);
            b = lower_unicode(b);
          } else if (op == GROUPREF_LOC_IGNORE) {
            a = lower_locale(a);
            b = lower_locale(b);
          }
          if (a != b) SRE_FAIL;
        }
        tick(st, static_cast<uint64_t>(e - st.mark[int64_t(pattern[0]) * 2]));
        pattern++;
        break;
      }

      case GROUPREF_EXISTS:
        // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
        if (!group_span(st, int64_t(pattern[0]) * 2, p, e)) {
          pattern += pattern[1];
          break;
        }
        pattern += 2;
        break;

      case ASSERT:
        // <ASSERT> <skip> <back> pattern: (?=...) with back 0, (?<=...) with its width
        if (ptr < int64_t(pattern[1])) SRE_FAIL;
        st.ptr = ptr - pattern[1];
        SRE_JUMP(J_ASSERT, jump_assert, pattern + 2, false);
        if (!ret) SRE_FAIL;
        pattern += pattern[0];
        break;

      case ASSERT_NOT:
        if (ptr >= int64_t(pattern[1])) {
          st.ptr = ptr - pattern[1];
          LASTMARK_SAVE();
          if (st.repeat >= 0) mark_push(st, ctx->lastmark);
          SRE_JUMP(J_ASSERT_NOT, jump_assert_not, pattern + 2, false);
          if (ret) {
            if (st.repeat >= 0) mark_pop_discard(st, ctx->lastmark);
            SRE_FAIL;
          }
          if (st.repeat >= 0) mark_pop(st, ctx->lastmark);
          LASTMARK_RESTORE();
        }
        pattern += pattern[0];
        break;

      case FAILURE:
        SRE_FAIL;

      default:
        internal_error();
    }
  }

exit:
  jump = ctx->jump;
  st.contexts.pop_back();
  if (st.contexts.size() == base) return ret;
  ctx = &st.contexts.back();
  switch (jump) {
    case J_MAX_UNTIL_1: goto jump_max_until_1;
    case J_MAX_UNTIL_2: goto jump_max_until_2;
    case J_MAX_UNTIL_3: goto jump_max_until_3;
    case J_MIN_UNTIL_1: goto jump_min_until_1;
    case J_MIN_UNTIL_2: goto jump_min_until_2;
    case J_MIN_UNTIL_3: goto jump_min_until_3;
    case J_REPEAT: goto jump_repeat;
    case J_REPEAT_ONE_1: goto jump_repeat_one_1;
    case J_REPEAT_ONE_2: goto jump_repeat_one_2;
    case J_MIN_REPEAT_ONE: goto jump_min_repeat_one;
    case J_BRANCH: goto jump_branch;
    case J_ASSERT: goto jump_assert;
    case J_ASSERT_NOT: goto jump_assert_not;
    case J_POSS_REPEAT_1: goto jump_poss_repeat_1;
    case J_POSS_REPEAT_2: goto jump_poss_repeat_2;
    case J_ATOMIC_GROUP: goto jump_atomic_group;
    default: internal_error();
  }
}

#undef SRE_JUMP
#undef SRE_FAIL
#undef SRE_SUCCEED
#undef LASTMARK_SAVE
#undef LASTMARK_RESTORE
#undef REP

template <class Char>
int64_t search(State& st, const Code* pattern) {
  const Char* s = static_cast<const Char*>(st.subject.data);
  int64_t ptr = st.start;
  int64_t end = st.end;
  if (ptr > end) return 0;
  const Code* prefix = nullptr;
  const Code* charset = nullptr;
  if (pattern[0] == INFO) {
    // <INFO> <skip> <flags> <min> <max> [<prefix info> | <charset>]
    Code flags = pattern[2];
    if (pattern[3] && end - ptr < int64_t(pattern[3])) return 0;
    if (pattern[3] > 1) {
      end -= pattern[3] - 1;  // no match can start later
      if (end <= ptr) end = ptr;
    }
    if ((flags & INFO_PREFIX) && pattern[5] > 0) prefix = pattern + 7;
    else if (flags & INFO_CHARSET) charset = pattern + 5;
    pattern += 1 + pattern[1];
  }
  // A match must start with the prefix's first character or one of the
  // charset's: other positions are skipped (such a match is never empty).
  for (bool first = true;; first = false) {
    bool candidate = true;
    if (prefix) candidate = ptr < st.end && s[ptr] == prefix[0];
    else if (charset) candidate = ptr < st.end && in_charset(charset, s[ptr]);
    if (candidate) {
      st.start = st.ptr = ptr;
      if (match<Char>(st, pattern, first)) return 1;
    }
    if (first) {
      st.must_advance = false;
      if (pattern[0] == AT && (pattern[1] == AT_BEGINNING || pattern[1] == AT_BEGINNING_STRING)) {
        st.start = st.ptr = st.end;
        return 0;
      }
    }
    if (ptr >= end) return 0;
    ptr++;
    st.lastmark = st.lastindex = -1;
    tick(st, 1);
  }
}

}  // namespace

void State::account_stacks() {
  stack_mem.set(contexts.capacity() * sizeof(Context) + data.capacity() * sizeof(int64_t) +
                repeats.capacity() * sizeof(Repeat) + mark.capacity() * sizeof(int64_t));
  if (vm) vm->charge_steps(0);  // a MemoryError the growth tripped surfaces now
}

void State::flush_work() {
  uint64_t steps = work / kWorkPerStep;
  work -= steps * kWorkPerStep;
  charged += steps;
  if (vm && steps) vm->charge_steps(steps);
}

int64_t sre_match(State& st, const Code* pattern, bool match_all) {
  st.match_all = match_all;
  int64_t r = st.subject.charsize == 1 ? match<uint8_t>(st, pattern, true) : match<uint32_t>(st, pattern, true);
  st.match_all = false;
  return r;
}

int64_t sre_search(State& st, const Code* pattern) {
  return st.subject.charsize == 1 ? search<uint8_t>(st, pattern) : search<uint32_t>(st, pattern);
}

}  // namespace sandbox::vm::sre
