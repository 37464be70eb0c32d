// Argument parsing with the messages of the Argument Clinic code of
// Modules/_sre/clinic/sre.c.h (3.11): keyword-or-positional parameters,
// Py_ssize_t and C int conversions.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <span>
#include <vector>

#include "vm/object.h"

namespace sandbox::vm {
class VM;
}

namespace sandbox::vm::sre {

using Args = std::span<const Value>;

// Binds args and keywords to `names` (the first `required` of them
// mandatory); absent optional parameters are null.
// "match() missing required argument 'string' (pos 1)",
// "match() takes at most 3 arguments (4 given)",
// "'foo' is an invalid keyword argument for match()",
// "argument for match() given by name ('string') and position (1)".
std::vector<Value> parse_args(const char* fname, Args args, const KwArgs* kw,
                              std::initializer_list<const char*> names, size_t required);

// Py_ssize_t converter: "'str' object cannot be interpreted as an integer",
// OverflowError "Python int too large to convert to C ssize_t".
int64_t to_ssize(VM& vm, const Value& v);
// C int converter: OverflowError "Python int too large to convert to C int".
int64_t to_cint(VM& vm, const Value& v);

// The int an object gives through __index__ (int, bool, or a class with
// __index__); null when it has none.
Value index_value(VM& vm, const Value& v);

}  // namespace sandbox::vm::sre
