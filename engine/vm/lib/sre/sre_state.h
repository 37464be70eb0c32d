// SRE_STATE: one subject string being matched against one pattern's code,
// with the engine's backtracking storage.  Positions are code point (or
// byte) indices into the subject; a mark of -1 is "not set" (sre.c's NULL).
// The matcher (sre_engine.cpp) is iterative: every nested match it would
// recurse into is a Context on `contexts`, saved marks and repeat state go
// to `data`, so the C++ stack stays flat whatever the pattern and subject.
// Both stacks are charged to the heap account, and the work is charged to
// the VM's step budget, so a runaway pattern meets the sandbox's limits.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "vm/heap.h"
#include "vm/lib/sre/sre_constants.h"
#include "vm/value.h"

namespace sandbox::vm {
class VM;
}

namespace sandbox::vm::sre {

// A REPEAT's bookkeeping while its body and UNTIL run (SRE_REPEAT).
struct Repeat {
  int64_t count;
  const Code* pattern;  // the REPEAT op's operands
  int64_t last_ptr;     // zero-width match protection
  int64_t prev;         // enclosing repeat (index into State::repeats), -1 none
};

// One suspended match (sre_lib.h's match context).
struct Context {
  int64_t count;
  int64_t rep;          // a Repeat index (REPEAT, MAX_UNTIL, MIN_UNTIL)
  Code chr;             // REPEAT_ONE's literal tail
  int lastmark, lastindex;
  const Code* pattern;
  int64_t ptr;
  bool toplevel;
  uint8_t jump;         // where the parent resumes when this one returns
};

// The subject as the matcher reads it: bytes and ASCII str as 1-byte
// characters, other str as decoded code points.
struct Subject {
  Value object;              // the str / bytes / bytearray given (owned)
  bool isbytes = false;
  int charsize = 1;          // 1 or 4
  std::string bytes;         // a bytearray's contents, copied
  std::u32string wide;       // a non-ASCII str, decoded
  std::vector<int64_t> blocks;  // wide: byte offset of every 64th code point
  const void* data = nullptr;
  int64_t length = 0;
  HeapCharge mem;            // the copies above
};

struct State {
  Subject subject;
  int64_t start = 0, end = 0, pos = 0, endpos = 0;  // state->start/end are indices
  int64_t ptr = 0;
  std::vector<int64_t> mark;  // 2 per group
  int lastmark = -1, lastindex = -1;
  int64_t repeat = -1;        // the innermost active Repeat
  bool match_all = false, must_advance = false;
  std::vector<Repeat> repeats;
  std::vector<Context> contexts;
  std::vector<int64_t> data;  // DATA_PUSH/MARK_PUSH storage
  HeapCharge stack_mem;       // contexts + data + repeats + mark capacity
  VM* vm = nullptr;           // budget and memory checks
  uint64_t work = 0;          // engine steps not yet charged to the VM
  uint64_t charged = 0;

  void reset() {  // state_reset
    lastmark = -1;
    lastindex = -1;
    repeat = -1;
    repeats.clear();
    contexts.clear();
    data.clear();
  }
  uint32_t char_at(int64_t i) const {
    return subject.charsize == 1 ? static_cast<const uint8_t*>(subject.data)[i]
                                 : static_cast<const uint32_t*>(subject.data)[i];
  }
  // Charges the growth of the stacks to the heap account and polls the
  // VM's limits (MemoryError can surface here).
  void account_stacks();
  // Charges `work` engine steps to the step budget.
  void flush_work();
};

// Sets up a State for subject[pos:endpos] (state_init's checks and
// messages: "expected string or bytes-like object, got 'int'", "cannot use
// a string pattern on a bytes-like object", ...).  isbytes_pattern: 1 bytes
// pattern, 0 str pattern, -1 pattern None (anything goes).
void state_init(VM& vm, State& st, int isbytes_pattern, int64_t groups, const Value& string, int64_t pos,
                int64_t endpos);

// sre_match / sre_search: 1 match (st.start..st.ptr, marks set), 0 none.
// RuntimeError for an illegal opcode the validator let through.
int64_t sre_match(State& st, const Code* pattern, bool match_all);
int64_t sre_search(State& st, const Code* pattern);

}  // namespace sandbox::vm::sre
