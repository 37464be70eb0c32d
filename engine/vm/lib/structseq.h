// Struct sequences (Objects/structseq.c): tuples whose first n_in_sequence
// items also have names (sys.version_info, sys.flags, sys.float_info,
// time.struct_time, os.stat_result).  repr is "module.name(field=value, ...)".
#pragma once
#include <string>
#include <vector>

#include "vm/vm.h"

namespace sandbox::vm::lib {

struct StructSeqSpec {
  std::string name;                 // "version_info"
  std::string module;               // "sys"
  std::vector<std::string> fields;  // every field; the first n_in_sequence are the tuple's items
  size_t n_in_sequence = 0;         // 0: all of them
  bool instantiable = true;         // false: "cannot create 'sys.version_info' instances"
};

// A new struct sequence type (process-wide, immortal like every native type).
Type* make_structseq_type(const StructSeqSpec& spec);
// An instance: `values` holds every field (the sequence part first).
Value make_structseq(Type* t, std::vector<Value> values);

}  // namespace sandbox::vm::lib
