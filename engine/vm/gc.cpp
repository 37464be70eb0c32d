// The cycle collector: the registry of containers, the trigger, and
// gc_collect, which mirrors gcmodule.c's gc_collect_main for a single
// generation:
//   update_refs/subtract_refs  gc_refs = refcount - references from tracked objects
//   move_unreachable           what a positive gc_refs reaches is alive
//   finalize_garbage           tp_finalize on the unreachable (PEP 442)
//   handle_resurrected_objects a finalizer may have made some reachable again
//   delete_garbage             tp_clear, then the last references go
// Native nodes (GcNode: the runtime's handles and callbacks) take part in
// the same graph; they are found through the containers that own them.
#include "vm/gc.h"

#include <algorithm>
#include <exception>
#include <unordered_map>

#include "vm/heap.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace sandbox::vm {

namespace {

// Below these, growth never triggers a collection: small programs never
// pay for one, and the cost of a collection (proportional to the live
// containers) stays a fraction of the work that made the growth.
constexpr int64_t kMinCountGrowth = 20000;
constexpr int64_t kMinHeapGrowth = 32 << 20;

struct Registry {
  std::vector<GcObj*> objs;          // every tracked object; gc_index is its position
  std::vector<GcObj*> pending;       // dealloc-time finalizers due (each holds a reference)
  GcStats stats;
  bool collecting = false;
  bool enabled = true;
  bool due = false;
  int64_t permanent = 0;             // tracked objects kept for the process (gc_add_permanent)
  int64_t count_base = 0;            // tracked count after the last collection
  int64_t heap_base = 0;             // heap account after the last collection
  int64_t next_count = kMinCountGrowth;  // tracked count that triggers
  int64_t next_heap = INT64_MAX;     // heap account that triggers
  void (*due_cb)(void*) = nullptr;
  void* due_ctx = nullptr;
};

Registry& reg() {
  static Registry* r = new Registry();  // outlives every object (no exit-order issue)
  return *r;
}

void mark_due(Registry& r) {
  if (r.due || !r.enabled || r.collecting) return;
  r.due = true;
  if (r.due_cb) r.due_cb(r.due_ctx);
}

// After a collection (or at a run's start): the next one comes when the
// containers or the heap have grown by half of what survived, at least the
// minimums; under a memory limit, early enough that cyclic garbage is
// freed before the program sees MemoryError.
void set_thresholds(Registry& r) {
  HeapAccount& h = heap_account();
  r.count_base = int64_t(r.objs.size());
  r.heap_base = h.used;
  r.next_count = r.count_base + std::max(kMinCountGrowth, (r.count_base - r.permanent) / 2);
  int64_t heap_growth = std::max<int64_t>(kMinHeapGrowth, h.used / 2);
  if (h.limit != 0) heap_growth = std::min<int64_t>(heap_growth, std::max<int64_t>(1, (h.limit - h.used) / 4));
  r.next_heap = h.used + heap_growth;
}

// ------------------------------------------------------------ the graph
// Scratch state of one collection: gc_refs per tracked object (by
// gc_index) and per native node (by discovery order).
class Graph {
 public:
  // Only the objects tracked when the collection starts take part: one made
  // during it (a traverse or finaliser that allocates) is young and kept.
  explicit Graph(std::vector<GcObj*>& objs)
      : objs_(objs), count_(objs.size()), refs_(objs.size()), reached_(objs.size(), 0) {}

  // update_refs + subtract_refs over every tracked object, discovering the
  // native nodes they own on the way.
  void subtract_internal() {
    for (size_t i = 0; i < count_; ++i) refs_[i] = objs_[i]->refcount;
    Subtract sub(*this);
    for (size_t i = 0; i < count_; ++i) objs_[i]->gc_traverse(sub);
    for (size_t n = 0; n < nodes_.size(); ++n) nodes_[n]->gc_traverse(sub);
  }

  // move_unreachable: everything a root (positive gc_refs) reaches.
  void mark_reachable() {
    Mark mark(*this);
    for (size_t i = 0; i < count_; ++i)
      if (refs_[i] > 0) mark.obj(i);
    for (size_t n = 0; n < nodes_.size(); ++n)
      if (node_refs_[n] > 0) mark.node(n);
    mark.drain();
  }

  // Negative gc_refs: some traverse reported a reference it does not own.
  int64_t over_reported() const {
    int64_t bad = 0;
    for (int64_t r : refs_) bad += r < 0;
    for (int64_t r : node_refs_) bad += r < 0;
    return bad;
  }

  std::vector<GcObj*> unreachable_objs() const {
    std::vector<GcObj*> out;
    for (size_t i = 0; i < count_; ++i)
      if (!reached_[i]) out.push_back(objs_[i]);
    return out;
  }
  std::vector<GcNode*> unreachable_nodes() const {
    std::vector<GcNode*> out;
    for (size_t n = 0; n < nodes_.size(); ++n)
      if (!node_reached_[n]) out.push_back(nodes_[n]);
    return out;
  }

 private:
  size_t node_id(GcNode* n) {
    auto [it, fresh] = node_index_.try_emplace(n, nodes_.size());
    if (fresh) {
      nodes_.push_back(n);
      node_refs_.push_back(n->gc_refcount());
      node_reached_.push_back(0);
    }
    return it->second;
  }

  struct Subtract final : GcVisitor {
    explicit Subtract(Graph& g) : g(g) {}
    void visit(Obj* o) override {
      if (GcObj* t = o->as_gc(); t && t->gc_index < g.refs_.size() && g.objs_[t->gc_index] == t)
        --g.refs_[t->gc_index];
    }
    void visit_node(GcNode* n) override { --g.node_refs_[g.node_id(n)]; }
    Graph& g;
  };

  struct Mark final : GcVisitor {
    explicit Mark(Graph& g) : g(g) {}
    void obj(size_t i) {
      if (g.reached_[i]) return;
      g.reached_[i] = 1;
      stack.push_back({i, false});
    }
    void node(size_t n) {
      if (g.node_reached_[n]) return;
      g.node_reached_[n] = 1;
      stack.push_back({n, true});
    }
    void visit(Obj* o) override {
      if (GcObj* t = o->as_gc(); t && t->gc_index < g.refs_.size() && g.objs_[t->gc_index] == t) obj(t->gc_index);
    }
    void visit_node(GcNode* n) override { node(g.node_id(n)); }
    void drain() {
      while (!stack.empty()) {
        auto [i, is_node] = stack.back();
        stack.pop_back();
        if (is_node) g.nodes_[i]->gc_traverse(*this);
        else g.objs_[i]->gc_traverse(*this);
      }
    }
    Graph& g;
    std::vector<std::pair<size_t, bool>> stack;
  };

  std::vector<GcObj*>& objs_;
  size_t count_;
  std::vector<int64_t> refs_;
  std::vector<uint8_t> reached_;
  // Native nodes: found by address, but numbered in discovery order, which
  // follows the registry's order (nothing depends on addresses).
  std::unordered_map<GcNode*, size_t> node_index_;
  std::vector<GcNode*> nodes_;
  std::vector<int64_t> node_refs_;
  std::vector<uint8_t> node_reached_;
};

// handle_resurrected_objects: within the garbage (each member held once by
// the collector), what is referenced from outside it, or reached from
// such an object, was resurrected by a finalizer.  Sets alive_objs/nodes.
class Resurrection final : public GcVisitor {
 public:
  Resurrection(const std::vector<GcObj*>& objs, const std::vector<GcNode*>& nodes)
      : objs_(objs), nodes_(nodes), alive_objs(objs.size(), 0), alive_nodes(nodes.size(), 0),
        refs_(objs.size()), node_refs_(nodes.size()) {
    for (size_t i = 0; i < objs.size(); ++i) obj_index_.emplace(objs[i], i);
    for (size_t n = 0; n < nodes.size(); ++n) node_index_.emplace(nodes[n], n);
  }

  void run() {
    for (size_t i = 0; i < objs_.size(); ++i) refs_[i] = int64_t(objs_[i]->refcount) - 1;
    for (size_t n = 0; n < nodes_.size(); ++n) node_refs_[n] = int64_t(nodes_[n]->gc_refcount()) - 1;
    marking_ = false;
    for (GcObj* o : objs_) o->gc_traverse(*this);
    for (GcNode* n : nodes_) n->gc_traverse(*this);
    marking_ = true;
    for (size_t i = 0; i < objs_.size(); ++i)
      if (refs_[i] > 0) reach(false, i);
    for (size_t n = 0; n < nodes_.size(); ++n)
      if (node_refs_[n] > 0) reach(true, n);
    while (!stack_.empty()) {
      auto [i, node] = stack_.back();
      stack_.pop_back();
      if (node) nodes_[i]->gc_traverse(*this);
      else objs_[i]->gc_traverse(*this);
    }
  }

  void visit(Obj* o) override {
    GcObj* t = o->as_gc();
    if (!t) return;
    if (auto it = obj_index_.find(t); it != obj_index_.end()) edge(false, it->second);
  }
  void visit_node(GcNode* n) override {
    if (auto it = node_index_.find(n); it != node_index_.end()) edge(true, it->second);
  }

 private:
  void edge(bool node, size_t i) {
    if (marking_) reach(node, i);
    else --(node ? node_refs_ : refs_)[i];
  }
  void reach(bool node, size_t i) {
    uint8_t& a = (node ? alive_nodes : alive_objs)[i];
    if (a) return;
    a = 1;
    stack_.push_back({i, node});
  }

  const std::vector<GcObj*>& objs_;
  const std::vector<GcNode*>& nodes_;

 public:
  std::vector<uint8_t> alive_objs, alive_nodes;

 private:
  std::vector<int64_t> refs_, node_refs_;
  std::unordered_map<GcObj*, size_t> obj_index_;
  std::unordered_map<GcNode*, size_t> node_index_;
  std::vector<std::pair<size_t, bool>> stack_;
  bool marking_ = false;
};

}  // namespace

// ------------------------------------------------------------ registry
GcObj::GcObj(Type* t) : Obj(t) {
  Registry& r = reg();
  gc_index = uint32_t(r.objs.size());
  r.objs.push_back(this);
  if (int64_t(r.objs.size()) >= r.next_count || heap_account().used >= r.next_heap) mark_due(r);
}

// PyObject_GC_UnTrack: the last object moves into the hole (O(1)).
GcObj::~GcObj() {
  Registry& r = reg();
  GcObj* last = r.objs.back();
  r.objs[gc_index] = last;
  last->gc_index = gc_index;
  r.objs.pop_back();
}

int64_t gc_tracked_count() { return int64_t(reg().objs.size()); }
const GcStats& gc_stats() { return reg().stats; }

bool gc_due() { return reg().due; }
void gc_set_due_callback(void (*cb)(void*), void* ctx) {
  reg().due_cb = cb;
  reg().due_ctx = ctx;
}
void gc_clear_due_callback(void* ctx) {
  Registry& r = reg();
  if (r.due_ctx != ctx) return;
  r.due_cb = nullptr;
  r.due_ctx = nullptr;
}
void gc_set_enabled(bool on) {
  Registry& r = reg();
  r.enabled = on;
  if (!on) r.due = false;
}
bool gc_enabled() { return reg().enabled; }

void gc_add_permanent(int64_t objects) {
  Registry& r = reg();
  r.permanent += objects;
  r.count_base += objects;
  r.next_count += objects;
  // Their creation may have made a collection due: it is not, without them.
  if (r.due && int64_t(r.objs.size()) < r.next_count && heap_account().used < r.next_heap) r.due = false;
}

void gc_reset_trigger() {
  Registry& r = reg();
  r.due = false;
  set_thresholds(r);
}

void gc_collect_if_due(VM& vm) {
  if (gc_finalizers_pending()) gc_run_pending_finalizers(&vm);
  Registry& r = reg();
  if (!r.due || r.collecting) return;
  gc_collect(&vm);
}

// ------------------------------------------------------------ collection
int64_t gc_collect(VM* vm) {
  Registry& r = reg();
  if (r.collecting) return 0;
  r.collecting = true;
  r.due = false;
  std::vector<GcObj*> garbage;
  std::vector<GcNode*> nodes;
  {
    Graph g(r.objs);
    g.subtract_internal();
    g.mark_reachable();
    r.stats.over_reported += g.over_reported();
    garbage = g.unreachable_objs();
    nodes = g.unreachable_nodes();
  }
  // Creation order: finalizers run (and their output comes) in the order
  // CPython's young generation lists the objects.
  std::sort(garbage.begin(), garbage.end(), [](GcObj* a, GcObj* b) { return a->serial < b->serial; });
  for (GcObj* o : garbage) incref(o);
  for (GcNode* n : nodes) n->gc_incref();

  // finalize_garbage
  // A finalizer can end the run (the step budget: VMAbort); the collection
  // still completes, then the exception goes on.
  bool finalized = false;
  std::exception_ptr stop;
  if (vm) {
    for (GcObj* o : garbage) {
      if (o->gc_finalized || !o->gc_needs_finalize()) continue;
      o->gc_finalized = true;
      finalized = true;
      if (stop) continue;
      try {
        o->gc_finalize(*vm);
      } catch (...) {
        stop = std::current_exception();
      }
    }
  }
  std::vector<uint8_t> alive_objs(garbage.size(), 0), alive_nodes(nodes.size(), 0);
  if (finalized) {
    Resurrection res(garbage, nodes);
    res.run();
    alive_objs = std::move(res.alive_objs);
    alive_nodes = std::move(res.alive_nodes);
  }

  // delete_garbage: break every cycle, then let go; the objects die as
  // their counts reach zero.
  int64_t found = 0, resurrected = 0;
  for (size_t i = 0; i < garbage.size(); ++i) {
    if (alive_objs[i]) { ++resurrected; continue; }
    ++found;
    garbage[i]->gc_clear();
  }
  for (size_t n = 0; n < nodes.size(); ++n) {
    if (alive_nodes[n]) { ++resurrected; continue; }
    ++found;
    nodes[n]->gc_clear();
  }
  for (GcNode* n : nodes) n->gc_decref();
  for (GcObj* o : garbage) decref(o);

  r.stats.collections += 1;
  r.stats.collected += found;
  r.stats.resurrected += resurrected;
  r.stats.last_collected = found;
  set_thresholds(r);
  r.collecting = false;
  if (stop) std::rethrow_exception(stop);
  return found;
}

// ------------------------------------------------------------ deferred finalizers
void gc_defer_finalize(GcObj* o) {
  Registry& r = reg();
  o->refcount = 1;  // resurrected by the queue (PyObject_CallFinalizerFromDealloc)
  r.pending.push_back(o);
  if (r.due_cb) r.due_cb(r.due_ctx);
}

bool gc_finalizers_pending() { return !reg().pending.empty(); }

void gc_run_pending_finalizers(VM* vm) {
  Registry& r = reg();
  while (!r.pending.empty()) {
    std::vector<GcObj*> batch;
    batch.swap(r.pending);
    for (GcObj* o : batch) {
      if (vm && !o->gc_finalized && o->gc_needs_finalize()) {
        o->gc_finalized = true;
        o->gc_finalize(*vm);
      }
      o->gc_finalized = true;  // no second deferral when the count drops again
      decref(o);
    }
  }
}

}  // namespace sandbox::vm
