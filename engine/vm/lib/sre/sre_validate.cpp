// The validator walks the code as _validate_inner does, recursing into
// nested blocks.  Code nests as deep as the pattern's groups; re's own
// parser cannot produce more than a few hundred levels (it recurses in
// Python), so deeper code is refused rather than risking the C++ stack.
#include "vm/lib/sre/sre_validate.h"

namespace sandbox::vm::sre {

namespace {

constexpr int kMaxDepth = 2000;

struct Validator {
  int64_t groups;
  int depth = 0;

  // The reader: false when the code ends first.
  static bool get(const Code*& code, const Code* end, Code& out) {
    if (code >= end) return false;
    out = *code++;
    return true;
  }
  // A skip: its target (relative to the skip itself, minus adj) must not
  // pass end.
  static bool get_skip(const Code*& code, const Code* end, Code& skip, Code adj = 0) {
    if (code >= end) return false;
    skip = *code;
    if (static_cast<uint64_t>(skip) - adj > static_cast<uint64_t>(end - code)) return false;
    code++;
    return true;
  }

  static bool charset(const Code* code, const Code* end) {
    Code op, arg;
    while (code < end) {
      if (!get(code, end, op)) return false;
      switch (op) {
        case NEGATE:
          break;
        case LITERAL:
          if (!get(code, end, arg)) return false;
          break;
        case RANGE:
        case RANGE_UNI_IGNORE:
          if (!get(code, end, arg) || !get(code, end, arg)) return false;
          break;
        case CHARSET:
          if (256 / 32 > end - code) return false;
          code += 256 / 32;
          break;
        case BIGCHARSET: {
          if (!get(code, end, arg)) return false;  // number of blocks
          if (int64_t(256 / sizeof(Code)) > end - code) return false;
          const unsigned char* table = reinterpret_cast<const unsigned char*>(code);
          for (int i = 0; i < 256; i++)
            if (table[i] >= arg) return false;
          code += 256 / sizeof(Code);
          if (static_cast<uint64_t>(arg) * (256 / 32) > static_cast<uint64_t>(end - code)) return false;
          code += arg * (256 / 32);
          break;
        }
        case CATEGORY:
          if (!get(code, end, arg)) return false;
          if (arg > CAT_UNI_NOT_LINEBREAK) return false;
          break;
        default:
          return false;
      }
    }
    return true;
  }

  // 0 valid, -1 invalid, 1 valid and the block ends with a JUMP.
  int inner(const Code* code, const Code* end) {
    if (code > end) return -1;
    if (++depth > kMaxDepth) return -1;
    int r = walk(code, end);
    --depth;
    return r;
  }

  int walk(const Code* code, const Code* end) {
    Code op, arg, skip;
    while (code < end) {
      if (!get(code, end, op)) return -1;
      switch (op) {
        case MARK:
          if (!get(code, end, arg)) return -1;
          if (arg > 2 * static_cast<uint64_t>(groups) + 1) return -1;
          break;
        case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE:
        case LITERAL_UNI_IGNORE: case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE:
        case NOT_LITERAL_LOC_IGNORE:
          if (!get(code, end, arg)) return -1;
          break;
        case SUCCESS:
        case FAILURE:
        case ANY:
        case ANY_ALL:
          break;
        case AT:
          if (!get(code, end, arg)) return -1;
          if (arg > AT_UNI_NON_BOUNDARY) return -1;
          break;
        case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE:
          if (!get_skip(code, end, skip) || skip < 2) return -1;
          // The set runs to one before the target, which is its FAILURE.
          if (!charset(code, code + skip - 2) || code[skip - 2] != FAILURE) return -1;
          code += skip - 1;
          break;
        case INFO: {
          // <INFO> <skip> <flags> <min> <max> [<prefix> | <charset>]
          if (!get_skip(code, end, skip) || skip < 1) return -1;
          const Code* next = code + skip - 1;
          Code flags;
          if (!get(code, end, flags) || !get(code, end, arg) || !get(code, end, arg)) return -1;
          if (flags & ~Code(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) return -1;
          if ((flags & INFO_PREFIX) && (flags & INFO_CHARSET)) return -1;
          if ((flags & INFO_LITERAL) && !(flags & INFO_PREFIX)) return -1;
          if (flags & INFO_PREFIX) {
            Code prefix_len;
            if (!get(code, end, prefix_len) || !get(code, end, arg)) return -1;
            if (code > next || prefix_len > static_cast<uint64_t>(next - code)) return -1;
            code += prefix_len;
            if (prefix_len > static_cast<uint64_t>(next - code)) return -1;
            for (Code i = 0; i < prefix_len; i++)
              if (code[i] >= prefix_len) return -1;
            code += prefix_len;
          }
          if (flags & INFO_CHARSET) {
            if (next < code + 1 || !charset(code, next - 1) || next[-1] != FAILURE) return -1;
            code = next;
          } else if (code != next) {
            return -1;
          }
          break;
        }
        case BRANCH: {
          const Code* target = nullptr;
          for (;;) {
            if (!get_skip(code, end, skip)) return -1;
            if (skip == 0) break;
            if (skip < 3) return -1;
            if (inner(code, code + skip - 3) != 0) return -1;
            code += skip - 3;
            if (!get(code, end, op) || op != JUMP) return -1;
            if (!get_skip(code, end, skip) || skip < 1) return -1;
            if (!target) target = code + skip - 1;
            else if (code + skip - 1 != target) return -1;
          }
          if (target && code != target) return -1;
          if (!target) return -1;
          break;
        }
        case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE: {
          Code min, max;
          if (!get_skip(code, end, skip) || skip < 4) return -1;
          if (!get(code, end, min) || !get(code, end, max)) return -1;
          if (min > max || max > kMaxRepeat) return -1;
          if (inner(code, code + skip - 4) != 0) return -1;
          code += skip - 4;
          if (!get(code, end, op) || op != SUCCESS) return -1;
          break;
        }
        case REPEAT: case POSSESSIVE_REPEAT: {
          Code min, max, first = op;
          if (!get_skip(code, end, skip) || skip < 3) return -1;
          if (!get(code, end, min) || !get(code, end, max)) return -1;
          if (min > max || max > kMaxRepeat) return -1;
          if (inner(code, code + skip - 3) != 0) return -1;
          code += skip - 3;
          if (!get(code, end, op)) return -1;
          if (first == POSSESSIVE_REPEAT ? op != SUCCESS : (op != MAX_UNTIL && op != MIN_UNTIL)) return -1;
          break;
        }
        case ATOMIC_GROUP:
          if (!get_skip(code, end, skip) || skip < 2) return -1;
          if (inner(code, code + skip - 2) != 0) return -1;
          code += skip - 2;
          if (!get(code, end, op) || op != SUCCESS) return -1;
          break;
        case GROUPREF: case GROUPREF_IGNORE: case GROUPREF_UNI_IGNORE: case GROUPREF_LOC_IGNORE:
          if (!get(code, end, arg)) return -1;
          if (arg >= static_cast<uint64_t>(groups)) return -1;
          break;
        case GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]: the skip
          // counts from the group operand.
          if (!get(code, end, arg)) return -1;
          if (arg >= static_cast<uint64_t>(groups)) return -1;
          if (!get_skip(code, end, skip, 1) || skip < 2) return -1;
          code--;
          int rc = inner(code + 1, code + skip - 1);
          if (rc == 1) {
            code += skip - 2;  // at the JUMP's skip
            if (!get_skip(code, end, skip) || skip < 1) return -1;
            rc = inner(code, code + skip - 1);
          }
          if (rc) return -1;
          code += skip - 1;
          break;
        }
        case ASSERT:
        case ASSERT_NOT:
          if (!get_skip(code, end, skip) || skip < 3) return -1;
          if (!get(code, end, arg)) return -1;  // 0 ahead, the width behind
          code--;
          if (inner(code + 1, code + skip - 2) != 0) return -1;
          code += skip - 2;
          if (!get(code, end, op) || op != SUCCESS) return -1;
          break;
        case JUMP:
          if (code + 1 != end) return -1;
          return 1;
        default:
          return -1;
      }
    }
    return 0;
  }
};

}  // namespace

bool validate_code(const std::vector<Code>& code, int64_t groups) {
  if (groups < 0 || groups > kMaxGroups || code.empty() || code.back() != SUCCESS) return false;
  Validator v{groups};
  return v.inner(code.data(), code.data() + code.size() - 1) == 0;
}

}  // namespace sandbox::vm::sre
