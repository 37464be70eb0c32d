#include "runtime/fiber.h"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cassert>
#include <cstdlib>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define SANDBOX_FIBER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANDBOX_FIBER_ASAN 1
#endif
#endif
#ifdef SANDBOX_FIBER_ASAN
#include <dlfcn.h>
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace sandbox::runtime {

namespace {
std::atomic<size_t> g_stack_bytes{0};
// The fiber being started (makecontext passes only ints) and the one a
// switch came from (for the sanitizer's bookkeeping of the thread's own
// stack, whose bounds only the sanitizer knows).
thread_local Fiber* t_starting = nullptr;
thread_local Fiber* t_from = nullptr;
#ifdef SANDBOX_FIBER_ASAN
// ASan's swapcontext interceptor prints a warning on stderr (a program's
// stderr is compared with CPython's) and only clears the target stack's
// shadow; the switches here are announced with the fiber annotations and
// every stack is unpoisoned before it is unmapped, so the real one is used.
int real_swapcontext(ucontext_t* from, const ucontext_t* to) {
  using Fn = int (*)(ucontext_t*, const ucontext_t*);
  static Fn fn = [] {
    void* libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD);
    return libc ? reinterpret_cast<Fn>(dlsym(libc, "swapcontext")) : nullptr;
  }();
  return fn ? fn(from, to) : swapcontext(from, to);
}
#define SANDBOX_SWAPCONTEXT real_swapcontext
#else
#define SANDBOX_SWAPCONTEXT swapcontext
#endif
}  // namespace

size_t Fiber::stack_bytes() { return g_stack_bytes.load(); }

Fiber::Fiber() = default;

Fiber::Fiber(Entry entry, void* arg, size_t stack_size) : entry_(entry), arg_(arg) {
  size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  stack_size = (stack_size + page - 1) / page * page;
  map_size_ = stack_size + page;
  map_ = mmap(nullptr, map_size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (map_ == MAP_FAILED) {
    map_ = nullptr;
    throw std::bad_alloc();
  }
  // The guard page: an overflow faults instead of writing over other memory.
  mprotect(map_, page, PROT_NONE);
  stack_lo_ = static_cast<char*>(map_) + page;
  stack_size_ = stack_size;
  g_stack_bytes += map_size_;
  getcontext(&ctx_);
  ctx_.uc_stack.ss_sp = const_cast<void*>(stack_lo_);
  ctx_.uc_stack.ss_size = stack_size_;
  ctx_.uc_link = nullptr;
  makecontext(&ctx_, &Fiber::trampoline, 0);
}

Fiber::~Fiber() {
  if (map_) {
#ifdef SANDBOX_FIBER_ASAN
    // Frames that never returned (a thread unwound at teardown returns,
    // but its trampoline does not) leave redzones in the shadow: clear
    // them, or a later mapping at this address would inherit them.
    __asan_unpoison_memory_region(static_cast<char*>(map_) + (map_size_ - stack_size_), stack_size_);
#endif
    munmap(map_, map_size_);
    g_stack_bytes -= map_size_;
  }
}

void Fiber::finish_switch([[maybe_unused]] void* fake_stack) {
#ifdef SANDBOX_FIBER_ASAN
  const void* lo = nullptr;
  size_t size = 0;
  __sanitizer_finish_switch_fiber(fake_stack, &lo, &size);
  // The thread's own stack: learn its bounds the first time we leave it.
  if (t_from && t_from->map_ == nullptr) {
    t_from->stack_lo_ = lo;
    t_from->stack_size_ = size;
  }
#endif
}

void Fiber::trampoline() {
  Fiber* self = t_starting;
  t_starting = nullptr;
  self->finish_switch(nullptr);
  self->entry_(self->arg_);
  std::abort();  // entry must end with exit_to()
}

// The first switch into a fiber starts its entry (through trampoline).
static void note_start(Fiber& to, bool& started) {
  if (!started) {
    started = true;
    t_starting = &to;
  }
}

void Fiber::switch_to(Fiber& to) {
  assert(&to != this);
  if (to.entry_) note_start(to, to.started_);
  t_from = this;
#ifdef SANDBOX_FIBER_ASAN
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, to.stack_lo_, to.stack_size_);
  SANDBOX_SWAPCONTEXT(&ctx_, &to.ctx_);
  finish_switch(fake);
#else
  SANDBOX_SWAPCONTEXT(&ctx_, &to.ctx_);
#endif
}

void Fiber::exit_to(Fiber& to) {
  if (to.entry_) note_start(to, to.started_);
  t_from = this;
#ifdef SANDBOX_FIBER_ASAN
  __sanitizer_start_switch_fiber(nullptr, to.stack_lo_, to.stack_size_);
#endif
  setcontext(&to.ctx_);
  std::abort();
}

}  // namespace sandbox::runtime
