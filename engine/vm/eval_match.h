// Run-time halves of the pattern-matching instructions (eval_match.cpp).
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace sandbox::vm {

class VM;

// MATCH_MAPPING / MATCH_SEQUENCE: Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE
// (dict, list, tuple, range, deque, collections.abc subclasses; never str,
// bytes or bytearray).
bool match_is_mapping(const Value& subject);
bool match_is_sequence(const Value& subject);
// MATCH_KEYS: the values of keys in subject (looked up with its get()), or
// None when one is missing.
Value match_keys(VM& vm, const Value& subject, const Value& keys);
// MATCH_CLASS: the nargs positional attributes (via __match_args__) and the
// named ones of subject, or None when it is no cls instance or lacks one.
Value match_class(VM& vm, const Value& subject, const Value& cls, uint32_t nargs, const Value& names);
// DICT_UPDATE with a mapping that is not exactly a dict.
void dict_update_from_mapping(VM& vm, Dict* d, const Value& mapping);

}  // namespace sandbox::vm
