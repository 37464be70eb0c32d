// Run-time side of PEP 526/3107 annotations as CPython 3.11 evaluates them:
// SETUP_ANNOTATIONS for module and class bodies, and the (name, value, ...)
// tuple MAKE_FUNCTION turns into a function's __annotations__ dict.
#pragma once

#include "vm/object.h"

namespace sandbox::vm {

class VM;

// MAKE_FUNCTION flag 4: a flat tuple name0, value0, name1, value1, ...
Ref<Dict> annotations_dict(const Value& pairs);

// SETUP_ANNOTATIONS: f's namespace gets an empty __annotations__ dict
// unless it already has one.
void setup_annotations(VM& vm, Frame* f);

}  // namespace sandbox::vm
