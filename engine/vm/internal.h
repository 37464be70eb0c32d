// Declarations shared by the VM's implementation files (not a public API).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "vm/vm.h"

namespace sandbox::vm {

// True when v is an object of exactly type t (no subclasses).
inline bool is_type(const Value& v, const Type* t) { return v.is_obj() && v.as_obj()->type == t; }
int64_t hash_int(int64_t v);
int64_t hash_float(double v);
std::string float_repr(double v);
std::string str_repr(std::string_view s);
std::string bytes_repr(std::string_view s);
std::string fake_address(const Obj* o);
std::vector<Value> set_items(const Set* s);
int64_t normalize_index(int64_t i, int64_t n, const char* what);
bool repr_enter(VM& vm, Obj* o);
void repr_leave(VM& vm, Obj* o);
void install_core_slots(CoreTypes& t);       // ops.cpp: getattr/call slots of core types
void install_exception_types(ExcTypes& e);   // exceptions.cpp
void install_vm_builtins(VM& vm);            // builtins.cpp
void install_python_class_slots(Type* t);    // classes.cpp: dunder thunks
Value type_call(VM& vm, const Value& self, std::span<const Value> args, const KwArgs* kw);
Value generic_getattr(VM& vm, const Value& self, Str* name);
void generic_setattr(VM& vm, const Value& self, Str* name, const Value& v);
const char* binop_symbol(BinOp op, bool inplace);
Value binary_op_ex(VM& vm, BinOp op, const Value& a, const Value& b, bool inplace);
// inplace.cpp: the left operand's in-place slot; null when none or NotImplemented.
Value inplace_slot(VM& vm, BinOp op, const Value& a, const Value& b);
Value object_new(VM& vm, Type* cls, std::span<const Value> args, const KwArgs* kw);
bool is_native_init_of_object(const Value& init);
[[noreturn]] void throw_unbound_local(Str* name);
Value handled_exception_of(Frame* f);
void chain_context(Frame* f, const Value& exc);
Value make_raisable_value(VM& vm, const Value& x);
bool exception_matches_spec(VM& vm, const Value& exc, const Value& spec);
Value lookup_special_method(VM& vm, const Value& obj, const char* name);
Value get_awaitable_iter(VM& vm, const Value& x);
Value format_value(VM& vm, const Value& v, const Value& spec);

}  // namespace sandbox::vm
