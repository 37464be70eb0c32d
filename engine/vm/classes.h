// Class machinery shared by classes.cpp, mro.cpp, type_new.cpp, super.cpp,
// slot_wrappers.cpp and builtin_subclass.cpp (not a public API).
#pragma once
#include <cassert>
#include <span>
#include <string_view>
#include <vector>

#include "vm/internal.h"

namespace sandbox::vm {

// ---- mro.cpp (typeobject.c: mro_implementation, best_base, metaclass)
// C3 linearization of `t` from t->bases; TypeError when none is consistent.
std::vector<Type*> compute_mro(Type* t);
// The base whose instance layout the new class extends (best_base): TypeError
// "multiple bases have instance lay-out conflict" when two bases cannot share one.
Type* best_base(std::span<const Ref<Type>> bases);
// _PyType_CalculateMetaclass: the most derived of meta and the bases' metaclasses.
Type* calculate_metaclass(Type* meta, std::span<const Value> bases);
// Builtin types a class statement cannot derive from (bool, NoneType, function, ...).
bool is_acceptable_base(const Type* t);
// The builtin type whose layout instances of t have (object for plain classes).
Type* builtin_ancestor(const Type* t);

// ---- type_new.cpp
// type.__new__(meta, name, bases, ns, **kw): the class object.
Value type_new(VM& vm, Type* meta, std::span<const Value> args, const KwArgs* kw);
void install_type_new(VM& vm);

// ---- slot_wrappers.cpp
// Looks name up along t's MRO from position `start`, where a builtin type
// also answers for the dunders its native slots implement (list.__getitem__,
// object.__setattr__, ...).  `where` gets the type that answered.
Value mro_lookup(const Type* t, Str* name, size_t start = 0, Type** where = nullptr);

// ---- generic_alias.cpp: cls[key] for a class without __class_getitem__:
// a types.GenericAlias for list, dict, asyncio.Queue, ...; TypeError
// ("type 'X' is not subscriptable") for the others.
Value class_subscript(VM& vm, const Value& cls, const Value& key);
void install_generic_alias(VM& vm);
bool is_generic_alias(const Value& v);
void set_generic_alias_binary(BinaryFn fn);
// How a class (module.qualname), `...` or an alias shows inside list[...].
std::string type_arg_repr(VM& vm, const Value& v);

// ---- union_type.cpp: `int | None`; after install_generic_alias.
void install_union_type(VM& vm);
// The members of a types.UnionType, or nullptr for anything else.
const std::vector<Value>* union_args(const Value& v);

// ---- mappingproxy.cpp: C.__dict__, a read-only view of d
Value make_mappingproxy(Dict* d);
void install_mappingproxy(VM& vm);

// ---- super.cpp
void install_super(VM& vm);

// ---- builtin_subclass.cpp
// The new_ slot of a class deriving from list, dict, str, ...: an object of
// the builtin's layout, of type cls, with an instance dict.
Value builtin_subclass_new(VM& vm, Type* cls, std::span<const Value> args, const KwArgs* kw);
// True when builtin_subclass_new can make instances of this builtin's layout.
bool builtin_subclassable(const Type* builtin);
// v as a value of its builtin type: a list subclass instance becomes a plain
// list copy (arithmetic and comparisons on subclasses return the base type).
Value builtin_value(VM& vm, const Value& v);
// Where an object keeps its __slots__ attributes, apart from its __dict__;
// null when it has none yet (create: make it) or cannot have any.
Dict* slot_storage(Obj* o, bool create);
void install_builtin_subclass(VM& vm);
// Arithmetic, comparisons and repr a builtin-layout class needs beyond the inherited slots.
void install_builtin_subclass_slots(Type* cls);

}  // namespace sandbox::vm
