// The descriptor protocol (vm/descriptors.cpp): how attribute lookup binds
// what it finds on a type, as CPython's tp_descr_get / tp_descr_set do.
#pragma once
#include <span>

#include "vm/vm.h"

namespace sandbox::vm {

// descr.__get__(obj, owner) for any descriptor: functions bind, classmethod
// binds the class, staticmethod unwraps, property calls fget, a Python
// class's __get__ runs.  obj null = class access (the instance is None).
// Null when descr is not a descriptor (then the attribute is descr itself).
Value descr_get(VM& vm, const Value& descr, const Value& obj, Type* owner);
// A data descriptor: its type defines __set__ or __delete__ (property too).
bool descr_is_data(const Value& descr);
// descr.__set__(obj, v) / descr.__delete__(obj) when v is null; false when
// descr is not a data descriptor (the instance dict takes the value).
bool descr_set(VM& vm, const Value& descr, const Value& obj, const Value& v);
// A Python function or a builtin type's method: what attribute lookup on an
// instance binds to a bound method (a builtin function such as print is not).
bool is_plain_function(const Value& v);
// Calls a special method m found on self's type with self first, binding
// m as its own descriptor when it is not a plain function.
Value call_special(VM& vm, const Value& m, const Value& self, std::span<const Value> rest);
// type_getattro's last step: attr found on cls (or a base) as cls.attr sees it.
Value class_attribute(VM& vm, Type* cls, const Value& attr);
// Routes a class's getattr/setattr slots through its own __getattribute__,
// __getattr__, __setattr__ and __delattr__ when it defines them.
void install_attribute_hooks(Type* t);
// type_new_set_names: __set_name__(owner, name) in definition order.
void call_set_names(VM& vm, Type* t);
// property, classmethod, staticmethod, bound-method equality, function.__get__,
// object.__getattribute__/__setattr__/__delattr__.
void install_descriptor_types(VM& vm);

}  // namespace sandbox::vm
