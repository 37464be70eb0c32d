// SyntaxError as a Python object (exceptions.c SyntaxError_init/_str): what
// compile(), exec(), eval() and an import raise for bad source, with its
// msg/filename/lineno/offset/text/end_lineno/end_offset attributes, and the
// lines the traceback prints for it (pythonrun.c print_exception).
#pragma once
#include <string>

#include "lang/syntax_error.h"
#include "vm/object.h"

namespace sandbox::vm {

class VM;

// IndentationError and TabError (SyntaxError's subclasses).
Type* indentation_error_type();
Type* tab_error_type();
// The exception for a compile-time error (SyntaxError, IndentationError,
// TabError; NotImplementedError for constructs the VM leaves out).
Value make_syntax_error(const lang::SyntaxError& e);
// The text the traceback ends with for a SyntaxError carrying a location
// ("  File ..., line N\n    text\n    ^\nSyntaxError: msg\n"); "" if it has none.
std::string syntax_error_text(VM& vm, const Value& exc);
// Installs the types above in builtins and SyntaxError's str slot.
void install_syntax_error(VM& vm);

}  // namespace sandbox::vm
