// Value: the 16-byte tagged union every Python value is held in.  Small ints
// and floats are unboxed; heap objects are refcounted intrusively: copying a
// Value increments, destroying decrements, and an object is freed the moment
// its count reaches zero (CPython-like, deterministic).
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>

namespace sandbox::vm {

struct Obj;
struct Type;
void destroy_object(Obj* o);  // called when a refcount drops to zero

// Null is internal only: "no value" (unbound local, missing dict entry,
// NotImplemented-style "not handled" from a slot).  Python code never sees it.
enum class Tag : uint8_t { Null, None, Bool, Int, Float, Obj };

// Heap object header (the full definition of the derived types is in object.h).
struct Obj {
  uint32_t refcount = 0;  // owners; objects start at 0 and the first Value takes it to 1
  uint32_t serial;        // creation order: identity hash and the fake address in reprs
  Type* type;             // never null; builtin types are immortal
  explicit Obj(Type* t);
  virtual ~Obj();
  Obj(const Obj&) = delete;
  Obj& operator=(const Obj&) = delete;
  // The instance attribute dict, for objects that have one (Instance, exceptions...).
  virtual struct Dict* instance_dict() { return nullptr; }
  // Containers (objects that can hold references) derive from GcObj and
  // are tracked by the cycle collector (vm/gc.h); other objects answer null.
  virtual struct GcObj* as_gc() { return nullptr; }
  static int64_t live_count();  // objects alive right now (memory tests)
  // Every object's size is charged to the heap account (vm/heap.h).
  static void* operator new(std::size_t n);
  static void* operator new(std::size_t, void* p) noexcept { return p; }
  static void operator delete(void* p, std::size_t n) noexcept;
};

inline void incref(Obj* o) { ++o->refcount; }
inline void decref(Obj* o) {
  if (--o->refcount == 0) destroy_object(o);
}

class Value {
 public:
  Value() : tag_(Tag::None) { u_.i = 0; }
  // Takes a new reference to o (o may be a fresh object with refcount 0).
  Value(Obj* o) : tag_(Tag::Obj) {  // NOLINT: implicit on purpose
    u_.o = o;
    incref(o);
  }
  static Value null() { Value v; v.tag_ = Tag::Null; return v; }
  static Value none() { return Value(); }
  static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.u_.i = b; return v; }
  static Value integer(int64_t i) { Value v; v.tag_ = Tag::Int; v.u_.i = i; return v; }
  static Value real(double d) { Value v; v.tag_ = Tag::Float; v.u_.f = d; return v; }
  static Value from_bool(bool b) { return boolean(b); }
  static Value from_int(int64_t i) { return integer(i); }
  static Value from_float(double d) { return real(d); }

  Value(const Value& o) : tag_(o.tag_), u_(o.u_) {
    if (tag_ == Tag::Obj) incref(u_.o);
  }
  Value(Value&& o) noexcept : tag_(o.tag_), u_(o.u_) { o.tag_ = Tag::None; }
  Value& operator=(const Value& o) {
    if (o.tag_ == Tag::Obj) incref(o.u_.o);
    release();
    tag_ = o.tag_;
    u_ = o.u_;
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      release();
      tag_ = o.tag_;
      u_ = o.u_;
      o.tag_ = Tag::None;
    }
    return *this;
  }
  ~Value() { release(); }

  Tag tag() const { return tag_; }
  bool is_null() const { return tag_ == Tag::Null; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_obj() const { return tag_ == Tag::Obj; }
  // bool is a subclass of int in Python: both count as "int-like" numbers.
  bool is_intlike() const { return tag_ == Tag::Int || tag_ == Tag::Bool; }
  bool is_number() const { return tag_ == Tag::Int || tag_ == Tag::Bool || tag_ == Tag::Float; }

  bool as_bool() const { return u_.i != 0; }
  int64_t as_int() const { return u_.i; }   // valid for Int and Bool
  double as_float() const { return u_.f; }
  // Int, Bool or Float as a double.
  double to_double() const { return tag_ == Tag::Float ? u_.f : double(u_.i); }
  Obj* as_obj() const { return u_.o; }
  template <class T> T* as() const { return static_cast<T*>(u_.o); }

  // The Python type of this value (NoneType, bool, int, float or the object's).
  Type* type() const;
  // Same object / same immediate (Python `is`).
  bool is(const Value& o) const {
    if (tag_ != o.tag_) return false;
    if (tag_ == Tag::Float) return u_.i == o.u_.i;
    return tag_ == Tag::None || tag_ == Tag::Null || u_.i == o.u_.i;
  }
  // Gives up ownership without decrementing (for hand-managed slots).
  Obj* release_obj() { Obj* o = u_.o; tag_ = Tag::None; return o; }

 private:
  void release() {
    if (tag_ == Tag::Obj) decref(u_.o);
  }
  Tag tag_;
  union {
    int64_t i;
    double f;
    Obj* o;
  } u_;
};
static_assert(sizeof(Value) == 16, "Value must stay 16 bytes");

// Ref<T>: an owning typed pointer to a heap object (for C++ struct fields).
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(T* p) : p_(p) { if (p_) incref(p_); }  // NOLINT
  Ref(const Ref& o) : p_(o.p_) { if (p_) incref(p_); }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  Ref& operator=(const Ref& o) { Ref t(o); std::swap(p_, t.p_); return *this; }
  Ref& operator=(Ref&& o) noexcept { std::swap(p_, o.p_); return *this; }
  ~Ref() { if (p_) decref(p_); }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  Value value() const { return p_ ? Value(p_) : Value(); }
  void reset() { Ref t; std::swap(p_, t.p_); }

 private:
  T* p_ = nullptr;
};

}  // namespace sandbox::vm
