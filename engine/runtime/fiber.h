// A fiber: an execution context with its own C stack, switched to and from
// explicitly (ucontext).  The runtime's worker threads are fibers: a worker
// can block anywhere, even in Python code called from native code called
// from Python (time.sleep inside sorted()'s key function), which a switch
// of VM frames alone could not suspend.  Nothing runs in parallel: exactly
// one fiber of a process thread runs at a time.
//
// Stacks are mmap'ed (reserved, touched pages only), with a guard page
// below; `stack_bytes()` is what every live fiber reserved.  Under
// AddressSanitizer every switch is announced with the sanitizer's fiber
// annotations, so ASan follows the stacks.
#pragma once
#include <cstddef>
#include <ucontext.h>

namespace sandbox::runtime {

class Fiber {
 public:
  using Entry = void (*)(void* arg);
  static constexpr size_t kStackSize = 1024 * 1024;

  // The context already running (the process thread's own stack).
  Fiber();
  // A new fiber that will run entry(arg) on a fresh stack when first
  // switched to.  entry must never return: its last act is exit_to().
  Fiber(Entry entry, void* arg, size_t stack_size = kStackSize);
  ~Fiber();
  Fiber(const Fiber&) = delete;
  Fiber& operator=(const Fiber&) = delete;

  // Switches from this fiber (which must be the running one) to `to`;
  // returns when some fiber switches back to this one.
  void switch_to(Fiber& to);
  // The last switch of a finished fiber: its stack may be freed once
  // another fiber runs.
  [[noreturn]] void exit_to(Fiber& to);

  // Bytes of stack reserved by all fibers alive in the process.
  static size_t stack_bytes();

 private:
  static void trampoline();
  void finish_switch(void* fake_stack);

  ucontext_t ctx_{};
  void* map_ = nullptr;        // the mapping (guard page + stack), null for the thread's own
  size_t map_size_ = 0;
  const void* stack_lo_ = nullptr;  // for the sanitizer: the usable stack
  size_t stack_size_ = 0;
  Entry entry_ = nullptr;
  void* arg_ = nullptr;
  bool started_ = false;
};

}  // namespace sandbox::runtime
