// BaseExceptionGroup / ExceptionGroup (PEP 654, Objects/exceptions.c) and
// what `except*` needs from them at run time (Python/ceval.c
// exception_group_match, _PyExc_PrepReraiseStar).
#pragma once
#include <utility>

#include "vm/object.h"

namespace sandbox::vm {

class VM;
struct ExcTypes;

// An exception group instance: BaseException's state plus the message and
// the tuple of sub-exceptions (CPython's PyBaseExceptionGroupObject).
struct ExceptionGroupObj : ExceptionObj {
  Value message;  // str
  Value excs;     // a non-empty tuple of exceptions
  explicit ExceptionGroupObj(Type* t) : ExceptionObj(t) {}
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

// The group behind v, or nullptr when v is not an exception group.
ExceptionGroupObj* as_exception_group(const Value& v);

// Installs the group types' slots and methods, and BaseException.add_note.
void install_exception_groups(ExcTypes& e);

// `except* T`: raises TypeError when T is not an exception class (or tuple
// of them) or is an exception group class (check_except_star_type_valid).
void check_except_star_type(const Value& spec);

// exception_group_match: the part of exc that T matches (None when none:
// a naked exception that matches is wrapped in ExceptionGroup('', [exc]))
// and the rest (None when nothing is left).
std::pair<Value, Value> exception_group_match(VM& vm, const Value& exc, const Value& spec);

// _PyExc_PrepReraiseStar: what an except* statement raises when its clauses
// are done, from the original group and the list of exceptions the clauses
// raised or re-raised plus the unhandled rest (None entries skipped); None
// when nothing is left to raise.
Value prep_reraise_star(VM& vm, const Value& orig, const Value& excs);

}  // namespace sandbox::vm
