// The type attribute cache: what a name resolves to along a type's MRO
// (CPython's per-type version tags plus the global method cache of
// Objects/typeobject.c, _PyType_Lookup).  An entry is keyed by the type and
// an interned name and is valid while the global epoch it was filled under
// is current.  The epoch moves when any dict the cache has read (a type's
// dict, marked `watched`) changes in any way, including a value replaced,
// when such a dict or a type dies, and when an MRO is computed: coarser
// than CPython's per-type tags, but type changes are rare after start-up
// and the check stays one compare.  Entries borrow the value's slot in the
// owning dict, which cannot move or change without moving the epoch.
// The cache changes speed only: what a lookup answers, and in which order
// anything happens, is the same with or without it.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace sandbox::vm {

extern uint64_t g_type_epoch;
inline void type_cache_invalidate() { ++g_type_epoch; }

// A watched dict carries this bit in its version (versions come from one
// counter that never gets near it): comparisons of versions mask it off.
constexpr uint64_t kDictWatched = uint64_t(1) << 63;
inline void dict_watch(Dict* d) { d->version |= kDictWatched; }
inline void dict_changed(Dict* d) {
  if (d->version & kDictWatched) type_cache_invalidate();
}
// Dict::find for a str key: interned names compare by address first, and
// no temporary reference to the key is taken (vm/dict.cpp).
int64_t dict_find_str(const Dict* d, const Str* key);

}  // namespace sandbox::vm
