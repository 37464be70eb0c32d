// The VM's heap account: the bytes held by Python objects on this thread
// (every object's own size, plus the storage of str, bytes, tuple, list,
// dict and set), so that a program which allocates without bound gets
// MemoryError at a deterministic point, long before the OOM killer.  The
// count depends only on the program, never on malloc's state.
#pragma once
#include <cstddef>
#include <cstdint>

namespace sandbox::vm {

struct HeapAccount {
  int64_t used = 0;        // bytes charged now (all VMs on this thread)
  int64_t limit = 0;       // trip when used passes this; 0 = no limit
  int64_t next_trip = 0;   // the next crossing that trips (limit, then a margin above)
  void (*on_trip)(void* ctx) = nullptr;  // the VM raises MemoryError at its next instruction
  void (*on_raised)(void* ctx) = nullptr; // a MemoryError was raised: no second one is due
  int64_t hard = 0;        // past this no more MemoryErrors: the run ends
  void (*on_hard)(void* ctx) = nullptr;   // ends the running code (throws VMAbort)
  void* ctx = nullptr;
};
// Every allocation reaches this, so it is a constant-initialised
// thread_local the compiler addresses directly (no call, no guard).
inline constinit thread_local HeapAccount g_heap_account{};
inline HeapAccount& heap_account() { return g_heap_account; }

void heap_trip();  // out of line: the rare path
inline void heap_charge(int64_t n) {
  HeapAccount& h = heap_account();
  h.used += n;
  if (h.limit != 0 && h.used > h.next_trip) [[unlikely]]
    heap_trip();
}
// Objects that live for the process (interned strings) are made by
// whichever program needs them first; charging them would make a program's
// MemoryError point depend on what ran before it in the same process (the
// app runs many), so their creator gives the bytes back.
inline void heap_exempt(int64_t n) { heap_account().used -= n; }
// Before a large allocation of n bytes: MemoryError if it would pass the limit.
void heap_reserve(size_t n);
// Raises MemoryError() (no arguments, as CPython's) and settles the account:
// the pending trip, if any, is this one.
[[noreturn]] void throw_memory_error();

// A container's variable storage, charged as it changes and refunded when
// the container dies.
struct HeapCharge {
  size_t bytes = 0;
  void set(size_t n) {
    if (n != bytes) {
      heap_charge(static_cast<int64_t>(n) - static_cast<int64_t>(bytes));
      bytes = n;
    }
  }
  HeapCharge() = default;
  HeapCharge(const HeapCharge&) = delete;
  HeapCharge& operator=(const HeapCharge&) = delete;
  ~HeapCharge() { heap_account().used -= static_cast<int64_t>(bytes); }
};

// The runtime's own heap objects that a program can make without bound
// (event-loop handles: CPython's Handle and TimerHandle are Python
// objects) are charged like an Obj: derive from HeapCounted.
struct HeapCounted {
  static void* operator new(std::size_t n);
  static void operator delete(void* p, std::size_t n) noexcept;
};

// The heap bytes of a std::string's buffer (0 while it is stored inline).
inline size_t string_heap_bytes(size_t capacity) { return capacity > 15 ? capacity + 1 : 0; }

}  // namespace sandbox::vm
