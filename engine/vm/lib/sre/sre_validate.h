// _validate of sre.c: checks a code list for the shapes _compiler.py
// emits (every skip inside the code, branches ending in JUMPs to one
// target, repeats ending in UNTIL/SUCCESS, group numbers in range), so the
// matcher never reads outside the code.  RuntimeError "invalid SRE code"
// when it does not conform.
#pragma once
#include <cstdint>
#include <vector>

#include "vm/lib/sre/sre_constants.h"

namespace sandbox::vm::sre {

bool validate_code(const std::vector<Code>& code, int64_t groups);

}  // namespace sandbox::vm::sre
