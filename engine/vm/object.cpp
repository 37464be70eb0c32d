// Object constructors, the refcount release path and small helpers.
#include "vm/object.h"

#include <cstddef>
#include <cstring>
#include <new>
#include <unordered_map>
#include <vector>

#include "vm/attr_cache.h"
#include "vm/gc.h"
#include "vm/int_big.h"
#include "vm/vm.h"
#include "vm/warnings.h"
#include "vm/weakref.h"

namespace sandbox::vm {

static int64_t g_live = 0;
static uint32_t g_serial = 0;

Obj::Obj(Type* t) : serial(++g_serial), type(t) { ++g_live; }
// Each VM numbers its objects from the same start, so fake addresses in reprs
// are identical when the same program runs again in the same process.
void reset_object_serials(uint32_t start) { g_serial = start; }
Obj::~Obj() { --g_live; }
int64_t Obj::live_count() { return g_live; }

// CPython's trashcan (Py_TRASHCAN_BEGIN): freeing a long chain ([[[...]]],
// a linked list of instances) would recurse once per link and overflow the
// C++ stack.  Past a depth, objects wait in a list that the outermost call
// frees, one at a time.
void destroy_object(Obj* o) {
  static constexpr int kMaxDepth = 500;
  static int depth = 0;
  static std::vector<Obj*> deferred;
  // PyObject_CallFinalizerFromDealloc: a finalizer still to run (a
  // suspended generator's close()) runs at the next safe point; the
  // collector's queue keeps the object until then (vm/gc.h).
  if (GcObj* g = o->as_gc(); g && g->gc_defer_dealloc()) {
    gc_defer_finalize(g);
    return;
  }
  if (g_weakref_targets != 0) clear_weakrefs(o);  // vm/weakref.h
  if (depth >= kMaxDepth) {
    deferred.push_back(o);
    return;
  }
  ++depth;
  delete o;
  if (depth == 1) {
    while (!deferred.empty()) {
      Obj* d = deferred.back();
      deferred.pop_back();
      delete d;
    }
  }
  --depth;
}

// ---------------------------------------------------------------- KwArgs
std::string_view KwArgs::name(size_t i) const { return names[i].as<Str>()->s; }
const Value* KwArgs::get(std::string_view n) const {
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i].as<Str>()->s == n) return &values[i];
  return nullptr;
}
void KwArgsBuilder::add(std::string_view name, Value v) {
  names.push_back(Value(intern(name)));
  values.push_back(std::move(v));
}

// ---------------------------------------------------------------- Type
Type::Type(Type* meta, std::string n, Type* b) : GcObj(meta), name(std::move(n)), base(b) {
  dict = new Dict();
  mro.push_back(this);
  if (b) {
    bases.emplace_back(b);
    mro.insert(mro.end(), b->mro.begin(), b->mro.end());
  }
}
// A type at this address later must not find this one's cache entries.
Type::~Type() { type_cache_invalidate(); }
Dict* Type::instance_dict() { return dict.get(); }

std::string Type::qualified_name() const {
  if (module.empty() || module == "builtins" || module == "__main__") return name;
  return module + "." + name;
}

Type* make_type(std::string name, Type* base, std::string module) {
  Type* t = new Type(types().type, std::move(name), base);
  t->module = std::move(module);
  if (base) {
    t->is_exception = base->is_exception;
    t->new_ = base->new_;
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->compare = base->compare;
    t->binary = base->binary;
    t->unary = base->unary;
    t->call = base->call;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->iter = base->iter;
    t->next = base->next;
    t->len = base->len;
    t->getitem = base->getitem;
    t->setitem = base->setitem;
    t->contains = base->contains;
    t->truthy = base->truthy;
    t->await_ = base->await_;
  }
  // The engine's types (asyncio.Queue, Lock, ...) are process-wide immortal
  // singletons shared by every VM: this reference is never dropped, so
  // emptying a VM's module dicts at teardown cannot free them.  A class
  // statement's class is not immortal: __build_class__ drops it.
  incref(t);
  return t;
}

bool is_subtype(const Type* t, const Type* base) {
  if (t == base) return true;
  for (const Type* m : t->mro)
    if (m == base) return true;
  return false;
}

uint64_t g_type_epoch = 1;

namespace {
struct AttrCacheEntry {
  const Type* type = nullptr;
  const Str* name = nullptr;
  uint64_t epoch = 0;
  const Value* slot = nullptr;  // the value in the defining dict; null: found nowhere
};
constexpr size_t kAttrCacheSize = 4096;
AttrCacheEntry g_attr_cache[kAttrCacheSize];
}  // namespace

Value type_lookup(const Type* t, Str* name) {
  // Only interned names (serial 0, immortal) are cached: their address
  // cannot be taken by another string while an entry names it.
  if (name->serial == 0) {
    size_t h = (size_t(t->serial) * 0x9E3779B1u) ^ size_t(name->hash());
    AttrCacheEntry& e = g_attr_cache[(h ^ (h >> 13)) & (kAttrCacheSize - 1)];
    if (e.type == t && e.name == name && e.epoch == g_type_epoch) return e.slot ? *e.slot : Value::null();
    const Value* found = nullptr;
    for (const Type* m : t->mro) {
      Dict* d = m->dict.get();
      dict_watch(d);
      int64_t ix = dict_find_str(d, name);
      if (ix >= 0) {
        found = &d->entries[size_t(ix)].value;
        break;
      }
    }
    e = AttrCacheEntry{t, name, g_type_epoch, found};
    return found ? *found : Value::null();
  }
  for (const Type* m : t->mro) {
    Value v = m->dict->get(name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}
Value type_lookup(const Type* t, std::string_view name) { return type_lookup(t, intern(name)); }

// ---------------------------------------------------------------- Str
static int64_t count_code_points(const std::string& s, bool& ascii) {
  int64_t n = 0;
  ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) ascii = false;
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

Str::Str(std::string text) : Obj(types().str), s(std::move(text)) {
  length = count_code_points(s, ascii);
  mem.set(string_heap_bytes(s.capacity()));
}

static int64_t hash_bytes(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  int64_t r = int64_t(h >> 1);
  return r == -1 ? -2 : r;
}

int64_t Str::hash() const {
  if (hash_ == -1) hash_ = hash_bytes(s);
  return hash_;
}

Value make_str(std::string_view s) { return Value(new Str(std::string(s))); }
Value make_str(std::string&& s) { return Value(new Str(std::move(s))); }

Str* intern(std::string_view s) {
  // Interned strings live for the process (like CPython's interned dict).
  // Looked up by string_view (heterogeneous lookup): type_lookup(t,
  // "__eq__") and friends intern on every call, and a std::string key
  // would allocate each time.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
  };
  static auto* table = new std::unordered_map<std::string, Str*, Hash, std::equal_to<>>();
  auto it = table->find(s);
  if (it != table->end()) return it->second;
  Str* o = new Str(std::string(s));
  // Interned strings are process-wide and immortal: they take no number in
  // the creation order, so a program's objects number alike whatever names
  // earlier programs of the process interned (reprs stay the same on a re-run).
  o->serial = 0;
  --g_serial;
  incref(o);
  heap_exempt(static_cast<int64_t>(sizeof(Str) + o->mem.bytes));
  table->emplace(std::string(s), o);
  return o;
}

Bytes::Bytes(std::string data) : Obj(types().bytes), s(std::move(data)) { mem.set(string_heap_bytes(s.capacity())); }
Value make_bytes(std::string_view s) { return Value(new Bytes(std::string(s))); }

Tuple::Tuple(std::vector<Value> v) : GcObj(types().tuple), items(std::move(v)) { mem.set(items.capacity() * sizeof(Value)); }
Value make_tuple(std::vector<Value> items) { return Value(new Tuple(std::move(items))); }
void release_reversed(std::vector<Value>& v) {
  std::vector<Value> old;
  old.swap(v);
  while (!old.empty()) old.pop_back();
}

Value empty_tuple() {
  static Tuple* t = [] { Tuple* t = new Tuple({}); incref(t); return t; }();
  return Value(t);
}

List::List(std::vector<Value> v) : GcObj(types().list), items(std::move(v)) { account(); }
Value make_list(std::vector<Value> items) { return Value(new List(std::move(items))); }

Value make_dict() { return Value(new Dict()); }
Value make_set() { return Value(new Set(types().set)); }

Cell::Cell() : GcObj(types().cell), value(Value::null()) {}
Slice::Slice(Value a, Value b, Value c)
    : Obj(types().slice), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}

void slice_indices(VM& vm, const Slice* s, int64_t length, int64_t& start, int64_t& stop,
                   int64_t& step, int64_t& count) {
  (void)vm;
  auto idx = [](const Value& v) -> int64_t {
    if (v.is_intlike()) return v.as_int();
    // _PyEval_SliceIndex clamps ints beyond ssize_t (a BigInt is never zero).
    if (v.is_obj() && v.as_obj()->type == types().int_)
      return v.as<BigInt>()->n.negative() ? INT64_MIN / 2 : INT64_MAX / 2;
    throw_type_error("slice indices must be integers or None or have an __index__ method");
  };
  step = s->step.is_none() ? 1 : idx(s->step);
  if (step == 0) throw_value_error("slice step cannot be zero");
  int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
  if (s->start.is_none()) {
    start = step < 0 ? upper : lower;
  } else {
    start = idx(s->start);
    if (start < 0) { start += length; if (start < lower) start = lower; }
    else if (start > upper) start = upper;
  }
  if (s->stop.is_none()) {
    stop = step < 0 ? lower : upper;
  } else {
    stop = idx(s->stop);
    if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
    else if (stop > upper) stop = upper;
  }
  if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
  else count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
}

NativeFunction::NativeFunction(std::string n, NativeFn f, Value d, void* c)
    : GcObj(types().native_function), name(std::move(n)), fn(f), data(std::move(d)), ctx(c) {}
Value make_native(std::string name, NativeFn fn, Value data, void* ctx) {
  return Value(new NativeFunction(std::move(name), fn, std::move(data), ctx));
}
void add_method(Type* t, std::string_view name, NativeFn fn, void* ctx) {
  // data holds the owner type: VM::call checks self against it (descr_check).
  Value m = make_native(std::string(name), fn, Value(t), ctx);
  m.as<NativeFunction>()->is_method = true;
  t->dict->set(intern(name), std::move(m));
}
void add_property(Type* t, std::string_view name, NativeFn getter, NativeFn setter) {
  Value g = make_native(std::string(name), getter);
  Value s = setter ? make_native(std::string(name), setter) : Value();
  Property* p = new Property(g, s);
  p->name = make_str(name);
  t->dict->set(intern(name), Value(p));
}

Property::Property(Value g, Value s) : GcObj(types().property), fget(std::move(g)), fset(std::move(s)) {}
ClassMethod::ClassMethod(Type* t, Value f) : GcObj(t), func(std::move(f)) {}
BoundMethod::BoundMethod(Value s, Value f) : GcObj(types().bound_method), self(std::move(s)), func(std::move(f)) {}

Module::Module(std::string_view n) : GcObj(types().module), name(intern(n)) {
  dict = new Dict();
  dict->set("__name__", Value(name.get()));
  // module_init_dict: every module has __doc__, None until its docstring
  // (compiled code stores it) replaces it.
  dict->set("__doc__", Value());
}
Module* make_module(std::string_view name) { return new Module(name); }

Instance::Instance(Type* t) : GcObj(t) { dict = new Dict(); }
Dict* Instance::instance_dict() { return type->no_instance_dict ? nullptr : dict.get(); }

ExceptionObj::ExceptionObj(Type* t) : GcObj(t), args(empty_tuple()) { dict = new Dict(); }

Code::Code() : Obj(types().code) {}

Function::Function(Ref<Code> c, Ref<Dict> g)
    : GcObj(types().function), code(std::move(c)), globals(std::move(g)) {
  name = code->name;
  qualname = code->qualname;
}

// ---------------------------------------------------------------- Frame
Frame::Frame(Ref<Code> c, Ref<Dict> g, Value* storage, uint32_t n)
    : GcObj(types().frame), code(std::move(c)), globals(std::move(g)), nslots(n), v(storage) {
  nfast = code->nlocals() + uint32_t(code->cellvars.size() + code->freevars.size());
  sp = nfast;
  for (uint32_t i = 0; i < nfast; ++i) new (&v[i]) Value(Value::null());
  for (uint32_t i = nfast; i < n; ++i) new (&v[i]) Value();
}

// Freed frames are kept for reuse, binned by their slot count (CPython's
// frame free lists, later its frame stack): a Python call takes a block
// from here instead of asking malloc.  The heap account is charged and
// refunded exactly as before, so memory limits trip at the same points.
namespace {
constexpr uint32_t kFreeFrameSlots = 64;  // frames with more slots go back to malloc
constexpr uint32_t kFreeFramesPerBin = 32;
struct FrameBin {
  uint32_t count = 0;
  void* blocks[kFreeFramesPerBin];
};
FrameBin g_free_frames[kFreeFrameSlots + 1];
// Each block starts with a prefix holding its slot count, before the Frame,
// so operator delete knows the bin (member destructors run between ~Frame's
// body and operator delete and may free other frames meanwhile).
constexpr size_t kFramePrefix = alignof(std::max_align_t);
constexpr size_t frame_head() { return (sizeof(Frame) + alignof(Value) - 1) / alignof(Value) * alignof(Value); }
}  // namespace

Frame* Frame::create(Ref<Code> code, Ref<Dict> globals) {
  uint32_t n = code->nlocals() + uint32_t(code->cellvars.size() + code->freevars.size()) +
               code->stacksize + 1;
  size_t bytes = frame_head() + n * sizeof(Value);
  char* raw;
  if (n <= kFreeFrameSlots && g_free_frames[n].count > 0) {
    FrameBin& bin = g_free_frames[n];
    raw = static_cast<char*>(bin.blocks[--bin.count]);
  } else {
    raw = static_cast<char*>(::operator new(kFramePrefix + bytes));
    *reinterpret_cast<uint32_t*>(raw) = n;
  }
  void* mem = raw + kFramePrefix;
  heap_charge(static_cast<int64_t>(bytes));
  Value* storage = reinterpret_cast<Value*>(static_cast<char*>(mem) + frame_head());
  return new (mem) Frame(std::move(code), std::move(globals), storage, n);
}

void Frame::operator delete(void* p) {
  char* raw = static_cast<char*>(p) - kFramePrefix;
  uint32_t n = *reinterpret_cast<uint32_t*>(raw);
  if (n <= kFreeFrameSlots && g_free_frames[n].count < kFreeFramesPerBin) {
    FrameBin& bin = g_free_frames[n];
    bin.blocks[bin.count++] = raw;
    return;
  }
  ::operator delete(raw);
}

void Frame::clear() {
  for (uint32_t i = 0; i < nslots; ++i) v[i] = Value::null();
  sp = nfast;
  delegate = Value::null();
  handling = Value();
  blocks.clear();
  locals.reset();
}

Frame::~Frame() {
  for (uint32_t i = 0; i < nslots; ++i) v[i].~Value();
  heap_account().used -= static_cast<int64_t>(frame_head() + nslots * sizeof(Value));
}

uint32_t Frame::current_instr() const {
  uint32_t i = ip == 0 ? 0 : ip - 1;
  if (i >= code->lines.size() && !code->lines.empty()) i = uint32_t(code->lines.size() - 1);
  return i;
}

int Frame::current_line() const {
  if (code->lines.empty()) return code->first_line;
  return code->lines[current_instr()];
}

Coroutine::Coroutine(Type* t, Ref<Frame> f, Ref<Str> n, Ref<Str> q)
    : GcObj(t), frame(std::move(f)), name(std::move(n)), qualname(std::move(q)) {}

// genobject.c _PyGen_Finalize: a coroutine freed before it started warns
// (generators do not).
Coroutine::~Coroutine() {
  if (state == State::Created && !is_generator && !awaited)
    warn_unawaited_coroutine(qualname ? std::string_view(qualname->s) : std::string_view("?"));
}

NativeCoroutine::NativeCoroutine(Type* t) : GcObj(t) {}
ResumeResult NativeCoroutine::throw_(VM&, const Value& exc) { return {ResumeKind::Raised, exc}; }
void NativeCoroutine::close(VM&) {}
std::string NativeCoroutine::qualname() const { return type->name; }

}  // namespace sandbox::vm
