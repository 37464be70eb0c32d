// Heap object layouts: Type and every core object kind.  Builtin types are
// process-wide immortal singletons (types()/exc() in vm.h); user classes are
// ordinary refcounted Type objects.  Methods of builtin types live in their
// Type's dict (filled by vm/lib); the VM dispatches through the native slots.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/value.h"

namespace sandbox::vm {

class VM;
struct Str;
struct Dict;
struct Code;
struct Frame;
struct Module;

// Keyword arguments of one call: names[i] (a Str Value) = values[i].
struct KwArgs {
  std::span<const Value> names;
  std::span<const Value> values;
  size_t size() const { return names.size(); }
  bool empty() const { return names.empty(); }
  std::string_view name(size_t i) const;
  const Value* get(std::string_view name) const;  // nullptr if absent
};

// Owns the storage for a KwArgs built from C++:  KwArgsBuilder b; b.add("end", v); vm.call(f, args, &b.view());
struct KwArgsBuilder {
  std::vector<Value> names, values;
  KwArgs kw;
  void add(std::string_view name, Value v);
  const KwArgs& view() { kw = KwArgs{names, values}; return kw; }
};

enum class BinOp : uint8_t { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor };
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class UnaryOp : uint8_t { Neg, Pos, Invert };

// How running a coroutine/generator (or the module) one step ended.
// Aborted: the step budget ran out or the VM was stopped; the chain is dead.
enum class ResumeKind : uint8_t { Yielded, Returned, Raised, Aborted };
struct ResumeResult {
  ResumeKind kind;
  Value value;  // yielded value / return value / exception object
};

// ------------------------------------------------------------------ slots
// A null slot means "not supported" (the VM raises CPython's TypeError).
// Functions that return Value use Value::null() for "not found"/NotImplemented.
using NewFn = Value (*)(VM&, Type* cls, std::span<const Value> args, const KwArgs* kw);
using UnaryFn = Value (*)(VM&, const Value& self);
using HashFn = int64_t (*)(VM&, const Value& self);
using CompareFn = Value (*)(VM&, const Value& a, const Value& b, CmpOp op);
using BinaryFn = Value (*)(VM&, BinOp op, const Value& a, const Value& b, bool reflected);
using UnaryOpFn = Value (*)(VM&, UnaryOp op, const Value& self);
using CallFn = Value (*)(VM&, const Value& self, std::span<const Value> args, const KwArgs* kw);
using GetAttrFn = Value (*)(VM&, const Value& self, Str* name);            // null = no such attribute
using SetAttrFn = void (*)(VM&, const Value& self, Str* name, const Value& v);  // v null = delete
using NextFn = bool (*)(VM&, const Value& it, Value& out);                  // false = exhausted
using LenFn = int64_t (*)(VM&, const Value& self);
using GetItemFn = Value (*)(VM&, const Value& self, const Value& key);
using SetItemFn = void (*)(VM&, const Value& self, const Value& key, const Value& v);  // v null = delete
using ContainsFn = bool (*)(VM&, const Value& self, const Value& item);
using TruthFn = bool (*)(VM&, const Value& self);

struct Type : GcObj {
  std::string name;           // "int", "MyError"
  std::string module;         // "builtins", "__main__", "asyncio.exceptions"
  Ref<Type> base;             // the solid base (CPython's tp_base); null only for object
  Ref<Dict> dict;             // attributes and methods (Functions/NativeFunctions)
  std::vector<Ref<Type>> bases;  // __bases__ (just `base` for single inheritance)
  // __mro__: this type first.  Entries other than this one are kept alive by
  // `bases`; type_lookup and is_subtype walk it.
  std::vector<Type*> mro;
  std::string qualname_;      // __qualname__ when it differs from name (nested classes)
  bool python_class = false;  // created by a class statement
  bool is_exception = false;  // BaseException or a subclass
  // Instances carry no __dict__ (__slots__ without "__dict__" all the way
  // up): only the slot descriptors' storage, hidden from Python.
  bool no_instance_dict = false;
  // Native slots, inherited from base when a type is created with make_type.
  NewFn new_ = nullptr;         // type(...) allocates and initialises; __init__ is looked up after
  UnaryFn repr = nullptr;       // -> Str
  UnaryFn str = nullptr;        // -> Str (null: use repr)
  HashFn hash = nullptr;        // null: unhashable
  CompareFn compare = nullptr;  // rich comparison, null result = NotImplemented
  BinaryFn binary = nullptr;    // arithmetic the VM does not do itself
  UnaryOpFn unary = nullptr;
  CallFn call = nullptr;
  GetAttrFn getattr = nullptr;  // null: generic (type dict + instance dict)
  SetAttrFn setattr = nullptr;  // null: generic (instance dict)
  UnaryFn iter = nullptr;       // -> iterator
  NextFn next = nullptr;
  LenFn len = nullptr;
  GetItemFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;
  TruthFn truthy = nullptr;     // null: len if any, else true
  UnaryFn await_ = nullptr;     // -> a Coroutine or NativeCoroutine to delegate to
  // Qualified name for tracebacks: "ValueError", "asyncio.exceptions.CancelledError".
  std::string qualified_name() const;
  const std::string& qualname() const { return qualname_.empty() ? name : qualname_; }
  Type(Type* meta, std::string name, Type* base);
  ~Type() override;
  Dict* instance_dict() override;
  void gc_traverse(GcVisitor& v) override;
};

// Creates a type inheriting base's slots; register attributes in t->dict.
Type* make_type(std::string name, Type* base, std::string module = "builtins");
bool is_subtype(const Type* t, const Type* base);
// Looks name up along the MRO; null if absent.
Value type_lookup(const Type* t, std::string_view name);
Value type_lookup(const Type* t, Str* name);

// ------------------------------------------------------------------ objects

// UTF-8 text with its length in code points and a cached hash.
struct Str : Obj {
  std::string s;
  int64_t length;             // code points
  bool ascii;                 // every byte < 0x80 (then index = byte offset)
  mutable int64_t hash_ = -1; // -1 = not computed yet
  HeapCharge mem;             // s's buffer (vm/heap.h)
  explicit Str(std::string text);
  int64_t hash() const;
  std::string_view view() const { return s; }
};
Value make_str(std::string_view s);
Value make_str(std::string&& s);
inline Value make_str(const char* s) { return make_str(std::string_view(s)); }
inline Value make_str(const std::string& s) { return make_str(std::string_view(s)); }
// Interned strings (names, attribute keys): same pointer for same text.
Str* intern(std::string_view s);

struct Bytes : Obj {
  std::string s;
  mutable int64_t hash_ = -1;
  HeapCharge mem;
  explicit Bytes(std::string data);
};
Value make_bytes(std::string_view s);

// Drops the values last to first, as CPython's list_dealloc, _list_clear and
// tupledealloc do: the order finalizers and warnings come in.
void release_reversed(std::vector<Value>& v);

struct Tuple : GcObj {
  std::vector<Value> items;
  HeapCharge mem;
  explicit Tuple(std::vector<Value> v);
  ~Tuple() override { release_reversed(items); }
  size_t size() const { return items.size(); }
  void gc_traverse(GcVisitor& v) override;
};
Value make_tuple(std::vector<Value> items);
Value empty_tuple();

struct List : GcObj {
  std::vector<Value> items;
  HeapCharge mem;             // items' capacity: account() after growing it
  explicit List(std::vector<Value> v = {});
  ~List() override { release_reversed(items); }
  size_t size() const { return items.size(); }
  void account() { mem.set(items.capacity() * sizeof(Value)); }
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};
Value make_list(std::vector<Value> items = {});

// Insertion-ordered hash map with Python key semantics (1 == 1.0 == True).
struct Dict : GcObj {
  struct Entry {
    Value key;     // null = deleted
    Value value;
    int64_t hash;
  };
  std::vector<Entry> entries;   // insertion order, with holes
  std::vector<int32_t> index;   // open addressing into entries; -1 empty, -2 dummy
  size_t used = 0;              // live entries
  uint64_t version = 0;         // bumped on every key insertion/removal
  HeapCharge mem;               // entries + index capacity
  Dict();
  void account() { mem.set(entries.capacity() * sizeof(Entry) + index.capacity() * sizeof(int32_t)); }
  size_t size() const { return used; }
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
  // Lookups hash with the VM (user __hash__/__eq__ may run and raise).
  Value get(VM& vm, const Value& key);                     // null if absent
  void set(VM& vm, const Value& key, Value v);
  bool remove(VM& vm, const Value& key);                   // false if absent
  Value pop(VM& vm, const Value& key);                     // null if absent
  // Str-key fast paths (no user code can run).
  Value get(Str* key) const;
  Value get(std::string_view key) const;
  void set(Str* key, Value v);
  void set(std::string_view key, Value v);
  bool remove(Str* key);
  void clear();
  template <class F> void for_each(F&& f) const {
    for (const Entry& e : entries)
      if (!e.key.is_null()) f(e.key, e.value);
  }
  // internal
  int64_t find(VM* vm, const Value& key, int64_t hash) const;  // entry index or -1
  void insert_new(Value key, Value v, int64_t hash);
  void rebuild(size_t min_size);
};
Value make_dict();

// Hash set with CPython's table layout so iteration order matches set(ints).
struct Set : GcObj {
  struct Slot {
    Value key = Value::null();  // null = empty (or tombstone when dummy)
    int64_t hash = 0;
    bool dummy = false;
  };
  std::vector<Slot> table;   // size = mask + 1 (power of two, >= 8)
  size_t fill = 0;           // live + dummies
  size_t used = 0;           // live
  bool frozen = false;
  HeapCharge mem;            // table capacity
  explicit Set(Type* t);
  size_t size() const { return used; }
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
  bool add(VM& vm, const Value& key);         // false if it was present
  bool contains(VM& vm, const Value& key);
  bool discard(VM& vm, const Value& key);     // false if absent
  void merge(VM& vm, const Set& other);       // set_merge: add all of other (CPython's order)
  void clear();
  template <class F> void for_each(F&& f) const {
    for (const Slot& s : table)
      if (!s.key.is_null() && !s.dummy) f(s.key);
  }
  // internal
  void resize(VM& vm, size_t minused);
};
Value make_set();

struct Cell : GcObj {
  Value value;  // null = empty cell
  Cell();
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

struct Slice : Obj {
  Value start, stop, step;  // None when omitted
  Slice(Value a, Value b, Value c);
};
// Resolves a slice against a sequence length like PySlice_GetIndicesEx.
void slice_indices(VM& vm, const Slice* s, int64_t length, int64_t& start, int64_t& stop,
                   int64_t& step, int64_t& count);

struct NativeFunction;
// A native callable: args excludes nothing (a method gets self as args[0]).
using NativeFn = Value (*)(VM& vm, NativeFunction* self, std::span<const Value> args,
                           const KwArgs* kw);
struct NativeFunction : GcObj {
  std::string name;       // "print", "Queue.get"
  NativeFn fn;
  Value data;             // a captured Python value (owned)
  void* ctx = nullptr;    // a captured C++ pointer (not owned)
  // A method of a builtin type (CPython's method_descriptor): attribute
  // lookup on an instance binds it.  False for a builtin function such as
  // print (builtin_function_or_method has no __get__), so `log = print` in a
  // class body stays unbound.  add_method sets it.
  bool is_method = false;
  NativeFunction(std::string n, NativeFn f, Value d = Value(), void* c = nullptr);
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};
Value make_native(std::string name, NativeFn fn, Value data = Value(), void* ctx = nullptr);
// Adds a method (called with self as args[0]) to a type's dict.
void add_method(Type* t, std::string_view name, NativeFn fn, void* ctx = nullptr);
// Adds a read-only attribute computed by getter(vm, self, {self}, nullptr).
void add_property(Type* t, std::string_view name, NativeFn getter, NativeFn setter = nullptr);

// property(fget, fset, fdel, doc): a data descriptor (vm/descriptors.cpp);
// classmethod/staticmethod wrappers.
struct Property : GcObj {
  Value fget, fset, fdel;  // None when absent
  Value doc;               // None, or the docstring (fget's when not given)
  Value name;              // set by __set_name__; None before (error messages)
  bool getter_doc = false; // doc was taken from fget, so getter() refreshes it
  Property(Value g, Value s);
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};
struct ClassMethod : GcObj {
  Value func;
  ClassMethod(Type* t, Value f);
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

struct BoundMethod : GcObj {
  Value self;
  Value func;
  BoundMethod(Value s, Value f);
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
};

struct Module : GcObj {
  Ref<Str> name;
  Ref<Dict> dict;
  explicit Module(std::string_view name);
  void gc_traverse(GcVisitor& v) override;
  Dict* instance_dict() override { return dict.get(); }
};
// A native module: vm.register_module(make_module("asyncio")) after filling ->dict.
Module* make_module(std::string_view name);

// An instance of a Python class (or of object()).
struct Instance : GcObj {
  Ref<Dict> dict;
  Ref<Dict> slot_values;      // __slots__ attributes (made on first store)
  explicit Instance(Type* t);
  void gc_traverse(GcVisitor& v) override;
  Dict* instance_dict() override;
};

// One traceback entry: a frame's code, the line it was at and the
// instruction (its index in code->ops), whose position gives the carets.
struct TracebackEntry {
  Ref<Code> code;
  int line;
  uint32_t instr;
};

// The source range of one instruction (CPython's co_positions): 1-based
// lines, 0-based UTF-8 byte columns; col/end_col are -1 when unknown.
struct Position {
  int32_t line, end_line, col, end_col;
};

// BaseException and every subclass (builtin or user-defined).
struct ExceptionObj : GcObj {
  Value args;                 // a Tuple
  Value cause;                // __cause__ (None)
  Value context;              // __context__ (None)
  bool suppress_context = false;
  std::vector<TracebackEntry> traceback;  // outermost LAST (appended while unwinding)
  HeapCharge tb_mem;          // traceback's capacity (vm/heap.h): kept exceptions hold their tracebacks
  // Unstarted coroutines of the frames this exception unwound: CPython's
  // traceback keeps those frames alive, so their "never awaited" warnings
  // come when the exception dies (after an uncaught traceback is printed).
  std::vector<Value> keep_alive;
  Ref<Dict> dict;             // extra attributes (.partial, user fields, ...)
  explicit ExceptionObj(Type* t);
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
  Dict* instance_dict() override { return dict.get(); }
};

// The compiled form of a function, class body or module.
struct Code : Obj {
  std::vector<uint32_t> ops;        // opcode | arg << 8
  std::vector<int32_t> lines;       // source line per instruction
  std::vector<Position> positions;  // source range per instruction (tracebacks)
  std::vector<Value> consts;
  std::vector<Ref<Str>> names;      // global/attribute names
  std::vector<Ref<Str>> varnames;   // fast locals; parameters first
  std::vector<Ref<Str>> cellvars;   // locals captured by inner functions
  std::vector<Ref<Str>> freevars;   // captured from outer functions
  std::vector<int32_t> cell_arg;    // per cellvar: parameter index or -1
  Ref<Str> name, qualname;
  std::string filename;
  std::shared_ptr<const std::string> source;  // for traceback source lines
  int argcount = 0;                 // positional parameters
  int posonlyargcount = 0;          // the first of them that take no keyword
  int kwonlyargcount = 0;
  Value doc;                        // the docstring, None when there is none
  bool varargs = false, varkw = false;
  bool is_coroutine = false, is_generator = false;
  bool is_module = false, is_class_body = false;
  // Loaded from the Python standard library folder: its lines and
  // exceptions make no trace events (the user's program is what is traced).
  bool library = false;
  int first_line = 1;
  uint32_t stacksize = 0;
  uint32_t nlocals() const { return uint32_t(varnames.size()); }
  Code();
};

struct Function : GcObj {
  Ref<Code> code;
  Ref<Dict> globals;
  std::vector<Value> defaults;      // for the last defaults.size() positional parameters
  Ref<Dict> kwdefaults;             // kw-only defaults, may be null
  Ref<Dict> annotations;            // __annotations__; null until set or first read
  std::vector<Ref<Cell>> closure;   // one per code->freevars
  Ref<Str> name, qualname;
  Value doc = Value::null();        // __doc__ once assigned; null: the code's docstring
  Ref<Dict> dict;                   // function attributes (__module__ ...)
  explicit Function(Ref<Code> c, Ref<Dict> g);
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
  Dict* instance_dict() override { return dict.get(); }
};

// A try-block handler: jump target and the value-stack depth to unwind to.
struct Block {
  uint32_t handler;
  uint32_t depth;
};

// An activation record on the heap, so a coroutine can suspend at `await`.
struct Frame : GcObj {
  Ref<Code> code;
  Ref<Dict> globals;
  Ref<Dict> locals;           // name-based locals: class bodies; module: == globals
  Ref<Function> func;         // the function running (null for module code)
  Frame* back = nullptr;      // the frame below this one in the running chain (not owned)
  Ref<Frame> callee;          // the plain (non-coroutine) Python frame this one is calling
  struct Coroutine* owner = nullptr;  // generator/coroutine owning this frame (not owned)
  Value delegate = Value::null();  // null, or the iterator this frame awaits (yield from)
  Value handling;             // exception being handled here (sys.exc_info), None if none
  std::vector<Block> blocks;  // active try blocks, innermost last
  uint32_t ip = 0;            // next instruction
  uint32_t sp;                // stack top index into v (starts at nfast)
  uint32_t nfast;             // locals + cells + frees
  uint32_t nslots;            // nfast + stacksize
  int line = 0;               // line of the instruction last started (for on_line)
  Value* v;                   // [locals][cells][frees][stack...], allocated with the frame
  static Frame* create(Ref<Code> code, Ref<Dict> globals);
  static void operator delete(void* p);
  int current_line() const;   // line of the instruction running / suspended at
  uint32_t current_instr() const;  // index of that instruction in code->ops
  ~Frame() override;
  void clear();               // drops locals and stack (finished frames hold nothing)
  void gc_traverse(GcVisitor& v) override;
  void gc_clear() override;
 private:
  Frame(Ref<Code> c, Ref<Dict> g, Value* storage, uint32_t n);
};

// A Python coroutine (async def) or generator (genexpr / def with yield).
struct Coroutine : GcObj {
  enum class State : uint8_t { Created, Suspended, Running, Finished };
  Ref<Frame> frame;           // null once finished
  Ref<Str> name, qualname;
  State state = State::Created;
  bool is_generator = false;
  bool awaited = false;       // some await consumed it (for "never awaited" warnings)
  Coroutine(Type* t, Ref<Frame> f, Ref<Str> name, Ref<Str> qualname);
  ~Coroutine() override;      // warns when a coroutine that never started is freed
  void gc_traverse(GcVisitor& v) override;
  // _PyGen_Finalize: a suspended generator or coroutine is closed
  // (GeneratorExit thrown in, so its finally blocks run).
  bool gc_needs_finalize() const override;
  void gc_finalize(VM& vm) override;
  bool gc_defer_dealloc() override;
};

// Base for coroutines implemented in C++ (asyncio.sleep, Queue.get, FutureIter, ...).
// Driven exactly like Python coroutines by VM::coro_send/coro_throw/coro_close and
// by `await` in Python code.  They may also throw PyException instead of
// returning Raised.
struct NativeCoroutine : GcObj {
  explicit NativeCoroutine(Type* t);
  virtual ResumeResult send(VM& vm, const Value& v) = 0;
  virtual ResumeResult throw_(VM& vm, const Value& exc);  // default: Raised(exc)
  virtual void close(VM& vm);                              // default: nothing
  virtual std::string qualname() const;                    // for repr / task names
};

}  // namespace sandbox::vm
