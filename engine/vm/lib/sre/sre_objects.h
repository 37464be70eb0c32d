// The objects of the _sre module: re.Pattern, re.Match and
// _sre.SRE_Scanner (sre.h's PatternObject, MatchObject, ScannerObject),
// and the helpers their files share.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "vm/lib/sre/sre_state.h"
#include "vm/object.h"

namespace sandbox::vm {
class VM;
}

namespace sandbox::vm::sre {

struct SreTypes {
  Type* pattern = nullptr;  // re.Pattern
  Type* match = nullptr;    // re.Match
  Type* scanner = nullptr;  // _sre.SRE_Scanner
};
const SreTypes& sre_types();

struct PatternObj : GcObj {
  std::vector<Code> code;
  Value pattern;            // the source: str, bytes or None
  int64_t flags = 0;
  int64_t groups = 0;       // capturing groups, group 0 not counted
  Ref<Dict> groupindex;     // null when there are no named groups
  Value indexgroup;         // a tuple, or null
  int isbytes = 0;          // 1 bytes, 0 str, -1 pattern None
  HeapCharge mem;           // code
  PatternObj();
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

struct MatchObj : GcObj {
  Ref<PatternObj> pattern;
  Value string;             // the subject as given
  std::vector<int64_t> mark;   // 2 per group, group 0 first; -1 when unset
  std::vector<int64_t> bytepos;  // for a non-ASCII str: each mark's byte offset
  int64_t pos = 0, endpos = 0;
  int64_t lastindex = -1;
  Value regs = Value::null();  // cached tuple
  HeapCharge mem;
  MatchObj();
  int64_t groups() const { return static_cast<int64_t>(mark.size() / 2); }
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

struct ScannerObj : GcObj {
  Ref<PatternObj> pattern;
  State state;
  bool exhausted = false;   // state->start == NULL in sre.c
  bool executing = false;
  ScannerObj();
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

// pattern_new_match: a Match for a successful search/match in st.
Value new_match(VM& vm, PatternObj* p, State& st);
// The text of group `index` of m (def when it did not take part).
Value match_group_slice(VM& vm, MatchObj* m, int64_t index, const Value& def);
// match_getindex: a group number from an int or a group name; IndexError
// "no such group" otherwise.
int64_t match_index(VM& vm, MatchObj* m, const Value& index);

// subject[i:j] as str or bytes (getslice).
Value subject_slice(const Subject& sub, int64_t i, int64_t j);
// A slice of a State's subject, bytes for bytes-like subjects.
inline Value state_slice(const State& st, int64_t i, int64_t j) { return subject_slice(st.subject, i, j); }
// Group `index` (1-based) of the last match in st, "" or None when unset
// (state_getslice).
Value state_group(const State& st, int64_t index, bool empty);

// Reads a subject: str, bytes or bytearray (getstring).  false when the
// object is none of them.
bool load_subject(VM& vm, Subject& sub, const Value& string);
// The byte offset in a non-ASCII str subject of code point `index`.
int64_t subject_byte_offset(const Subject& sub, int64_t index);

// The re module's Python hooks sre.c calls (re._subx, re._expand).
Value call_re(VM& vm, const char* name, std::vector<Value> args);

// The new_ slot of the three types: "cannot create 're.Pattern' instances".
Value no_instances(VM& vm, Type* cls, std::span<const Value> args, const KwArgs* kw);

// getattr/setattr slots giving CPython's AttributeError messages.
void install_attribute_slots(Type* t);
void install_pattern_type(Type* t);
void install_match_type(Type* t);
void install_scanner_type(Type* t);
// Pattern.scanner(string, pos, endpos) and finditer's scanner.
Value make_scanner(VM& vm, PatternObj* p, const Value& string, int64_t pos, int64_t endpos);

}  // namespace sandbox::vm::sre
