// The cycle collector (CPython's Modules/gcmodule.c, one generation).
// Reference counting frees everything except cycles; objects that can hold
// references (containers) derive from GcObj and are kept in a registry, so
// that trial deletion (subtract the references containers hold to each
// other; what keeps a positive count is reachable from outside) finds
// unreachable cycles and frees them: finalize, check resurrection, clear.
//
// Collections happen only at deterministic points: when the VM's interrupt
// check runs between two instructions, at the runner's step boundaries, and
// at teardown.  What triggers one (container count and heap account growth)
// depends only on the program, never on addresses or the wall clock.
#pragma once
#include <cstdint>
#include <vector>

#include "vm/value.h"

namespace sandbox::vm {

class VM;
struct GcNode;

// CPython's visitproc: traverse functions report every reference they own
// (a counted one: never a borrowed pointer, or live objects get freed).
class GcVisitor {
 public:
  virtual void visit(Obj* o) = 0;
  virtual void visit_node(GcNode* n) = 0;
  void operator()(const Value& v) {
    if (v.is_obj()) visit(v.as_obj());
  }
  template <class T>
  void operator()(const Ref<T>& r) {
    if (r) visit(r.get());
  }
  void operator()(const std::vector<Value>& vs) {
    for (const Value& v : vs) (*this)(v);
  }

 protected:
  ~GcVisitor() = default;
};

// A reference-counted C++ object that is not a Python object but holds
// references (the runtime's handles, done callbacks, gather/wait state).
// The collector discovers these through the containers that own them and
// treats them as nodes of the same graph.
struct GcNode {
  virtual uint32_t gc_refcount() const = 0;
  virtual void gc_incref() = 0;
  virtual void gc_decref() = 0;
  virtual void gc_traverse(GcVisitor&) {}
  // Drops owned references (tp_clear); the object stays valid.
  virtual void gc_clear() {}

 protected:
  ~GcNode() = default;
};

// A Python object that can hold references: tracked from construction to
// destruction (CPython's PyObject_GC_Track / PyObject_GC_UnTrack).
struct GcObj : Obj {
  explicit GcObj(Type* t);
  ~GcObj() override;
  GcObj* as_gc() override { return this; }
  // tp_traverse: visit every owned reference.
  virtual void gc_traverse(GcVisitor&) {}
  // tp_clear: drop owned references that can take part in a cycle, leaving
  // the object valid for its destructor (which runs later).
  virtual void gc_clear() {}
  // tp_finalize (PEP 442): something observable to do before the object
  // goes (close a suspended generator, log a pending task).  Runs at most
  // once per object (gc_finalized).
  virtual bool gc_needs_finalize() const { return false; }
  virtual void gc_finalize(VM&) {}
  // The last reference went: should the finalizer run first (deferred to
  // the next safe point)?  Only objects whose finalizer CPython runs at
  // dealloc and that must not be skipped (a suspended generator).
  virtual bool gc_defer_dealloc() { return false; }

  uint32_t gc_index;          // position in the registry
  bool gc_finalized = false;  // _PyGC_FINALIZED
};

struct GcStats {
  int64_t collections = 0;    // collections run
  int64_t collected = 0;      // unreachable objects found, all collections
  int64_t resurrected = 0;    // of those, brought back by a finalizer
  int64_t last_collected = 0; // the last collection's
  int64_t over_reported = 0;  // gc_refs that went negative: a traverse reported a borrowed reference (a bug)
};

// gc.collect(): a full collection.  Finalizers run only when `vm` is given
// (nullptr at teardown: objects are freed silently).  Returns the number of
// unreachable objects found (GcObjs and GcNodes).
int64_t gc_collect(VM* vm);
// Objects tracked now (containers alive).
int64_t gc_tracked_count();
const GcStats& gc_stats();

// The automatic trigger.  `gc_due()` says a collection is due (the tracked
// count or the heap account grew enough since the last one); whoever is at a
// safe point then calls gc_collect_if_due.
bool gc_due();
void gc_collect_if_due(VM& vm);
// The running program starts: growth is measured from here.
void gc_reset_trigger();
// Called when a collection (or a pending finalizer) becomes due, so the VM
// can stop at its next instruction boundary (VM::request_interrupt).
void gc_set_due_callback(void (*cb)(void* ctx), void* ctx);
void gc_clear_due_callback(void* ctx);  // if ctx is the one set
// Objects that stay for the whole process (the importer's cache of
// compiled library code) and were just made: they count neither as growth
// towards the next collection nor in the base it is measured from, so a
// program's collections come at the same points whether or not an earlier
// run in this process compiled the library already.
void gc_add_permanent(int64_t objects);
// Turns the automatic trigger off (tests; 0 = default thresholds).
void gc_set_enabled(bool on);
bool gc_enabled();

// Objects whose last reference went while they still had a finalizer to
// run (a suspended generator): kept alive here and finalized at the next
// safe point, like CPython's dealloc-time finalizer but never inside native
// code mid-operation.
void gc_defer_finalize(GcObj* o);
bool gc_finalizers_pending();
void gc_run_pending_finalizers(VM* vm);  // nullptr: release without finalizing

}  // namespace sandbox::vm
