// RcPtr<T>: an intrusive reference-counted pointer for the runtime's own C++
// objects that Python never sees directly (handles, native callbacks).
// T provides `uint32_t refs_` reachable through RefCounted.
#pragma once
#include <cstdint>
#include <utility>

#include "vm/gc.h"

namespace sandbox::runtime {

// A RefCounted is a node of the cycle collector's graph (vm::GcNode):
// subclasses that hold Python references override gc_traverse/gc_clear.
class RefCounted : public vm::GcNode {
 public:
  RefCounted() = default;
  RefCounted(const RefCounted&) = delete;
  RefCounted& operator=(const RefCounted&) = delete;
  virtual ~RefCounted() = default;
  void ref_inc() { ++refs_; }
  void ref_dec() {
    if (--refs_ == 0) delete this;
  }
  uint32_t ref_count() const { return refs_; }
  uint32_t gc_refcount() const override { return refs_; }
  void gc_incref() override { ref_inc(); }
  void gc_decref() override { ref_dec(); }

 private:
  uint32_t refs_ = 0;
};

template <class T>
class RcPtr {
 public:
  RcPtr() = default;
  RcPtr(std::nullptr_t) {}
  explicit RcPtr(T* p) : p_(p) {
    if (p_) p_->ref_inc();
  }
  RcPtr(const RcPtr& o) : p_(o.p_) {
    if (p_) p_->ref_inc();
  }
  RcPtr(RcPtr&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  RcPtr(const RcPtr<U>& o) : p_(o.get()) {
    if (p_) p_->ref_inc();
  }
  ~RcPtr() {
    if (p_) p_->ref_dec();
  }
  RcPtr& operator=(RcPtr o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  bool operator==(const RcPtr& o) const { return p_ == o.p_; }

 private:
  T* p_ = nullptr;
};

// Reports an owned RcPtr to the collector.
template <class T>
void gc_visit(vm::GcVisitor& v, const RcPtr<T>& p) {
  if (p) v.visit_node(p.get());
}

template <class T, class... A>
RcPtr<T> make_rc(A&&... a) {
  return RcPtr<T>(new T(std::forward<A>(a)...));
}

}  // namespace sandbox::runtime
