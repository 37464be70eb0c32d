// The heap account and Obj's allocation functions, which charge it.
#include "vm/heap.h"

#include <new>

#include "vm/errors.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace sandbox::vm {

// Past the limit: one MemoryError, then room for a handler to run (an
// eighth of the limit) before the next one.  Falling back an eighth below
// the limit re-arms the first threshold (Obj::operator delete).
void heap_trip() {
  HeapAccount& h = heap_account();
  h.next_trip = h.used + (h.limit / 8 > 0 ? h.limit / 8 : 1);
  if (h.on_trip) h.on_trip(h.ctx);
}

void heap_reserve(size_t n) {
  HeapAccount& h = heap_account();
  if (h.limit != 0 && static_cast<int64_t>(n) > h.next_trip - h.used) throw_memory_error();
}

void throw_memory_error() {
  HeapAccount& h = heap_account();
  if (h.limit != 0) {
    // Room for the exception and its handler before the next trip; a
    // program that keeps catching MemoryError and growing ends at `hard`.
    int64_t room = h.used + (h.limit / 8 > 0 ? h.limit / 8 : 1);
    if (room > h.hard && h.on_hard) h.on_hard(h.ctx);
    if (room > h.next_trip) h.next_trip = room;
  }
  Value e = make_exception_args(exc().MemoryError, {});
  if (h.on_raised) h.on_raised(h.ctx);
  throw PyException(std::move(e));
}

void* Obj::operator new(std::size_t n) {
  void* p = ::operator new(n);
  heap_charge(static_cast<int64_t>(n));
  return p;
}

void* HeapCounted::operator new(std::size_t n) { return Obj::operator new(n); }
void HeapCounted::operator delete(void* p, std::size_t n) noexcept { Obj::operator delete(p, n); }

void Obj::operator delete(void* p, std::size_t n) noexcept {
  HeapAccount& h = heap_account();
  h.used -= static_cast<int64_t>(n);
  // Re-armed at the limit once the program has really let go of memory.
  if (h.limit != 0 && h.next_trip > h.limit && h.used <= h.limit - h.limit / 8) h.next_trip = h.limit;
  ::operator delete(p);
}

}  // namespace sandbox::vm
