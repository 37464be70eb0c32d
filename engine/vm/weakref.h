// Weak references (Objects/weakrefobject.c): the registry of the objects
// that have weak references, which object destruction consults so each
// reference goes dead (and its callback is queued) when its object dies.
// The _weakref module (vm/lib/weakref_module.cpp) makes the references.
#pragma once
#include <cstddef>

#include "vm/object.h"

namespace sandbox::vm {

// How many objects have weak references right now: destroy_object calls
// clear_weakrefs only while it is not zero.
extern size_t g_weakref_targets;
// `o` is being destroyed: its weak references go dead; their callbacks
// run at the next safe point (the collector's finalizer queue), newest
// reference first, as PyObject_ClearWeakRefs calls them.
void clear_weakrefs(Obj* o);

}  // namespace sandbox::vm
