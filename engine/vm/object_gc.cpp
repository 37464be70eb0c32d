// tp_traverse and tp_clear of the core object kinds (vm/object.h), and the
// generator finalizer.  A traverse visits exactly the references the object
// owns: `Obj::type` is not one (classes are kept by the VM), nor are
// Frame::back and Frame::owner.  A clear drops what can close a cycle and
// leaves the object valid for its destructor; immutable kinds (tuple,
// bound method) need none, as in CPython: a cycle through them always
// passes through a mutable container.
#include <string>

#include "vm/errors.h"
#include "vm/gc.h"
#include "vm/object.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace sandbox::vm {

void Type::gc_traverse(GcVisitor& v) {
  v(base);
  for (const Ref<Type>& b : bases) v(b);
  v(dict);
}

void Tuple::gc_traverse(GcVisitor& v) { v(items); }

void List::gc_traverse(GcVisitor& v) { v(items); }
void List::gc_clear() {
  release_reversed(items);
  account();
}

void Dict::gc_traverse(GcVisitor& v) {
  for (const Entry& e : entries) {
    v(e.key);
    v(e.value);
  }
}
void Dict::gc_clear() {
  clear();
  account();
}

void Set::gc_traverse(GcVisitor& v) {
  for (const Slot& s : table) v(s.key);
}
void Set::gc_clear() {
  clear();
  mem.set(table.capacity() * sizeof(Slot));
}

void Cell::gc_traverse(GcVisitor& v) { v(value); }
void Cell::gc_clear() { value = Value::null(); }

void NativeFunction::gc_traverse(GcVisitor& v) { v(data); }
void NativeFunction::gc_clear() { data = Value(); }

void Property::gc_traverse(GcVisitor& v) {
  v(fget);
  v(fset);
  v(fdel);
  v(doc);
  v(name);
}
void Property::gc_clear() {
  fget = Value();
  fset = Value();
  fdel = Value();
  doc = Value();
  name = Value();
}

void ClassMethod::gc_traverse(GcVisitor& v) { v(func); }
void ClassMethod::gc_clear() { func = Value(); }

void BoundMethod::gc_traverse(GcVisitor& v) {
  v(self);
  v(func);
}
void BoundMethod::gc_clear() {
  self = Value();
  func = Value();
}

void Module::gc_traverse(GcVisitor& v) {
  v(name);
  v(dict);
}

void Instance::gc_traverse(GcVisitor& v) {
  v(dict);
  v(slot_values);
}

// BaseException_traverse / BaseException_clear.  The traceback entries
// hold code objects only (never part of a cycle).
void ExceptionObj::gc_traverse(GcVisitor& v) {
  v(args);
  v(cause);
  v(context);
  v(keep_alive);
  v(dict);
}
void ExceptionObj::gc_clear() {
  args = empty_tuple();
  cause = Value();
  context = Value();
  std::vector<Value> old;
  old.swap(keep_alive);
}

// func_traverse / func_clear
void Function::gc_traverse(GcVisitor& v) {
  v(code);
  v(globals);
  v(defaults);
  v(kwdefaults);
  v(annotations);
  for (const Ref<Cell>& c : closure) v(c);
  v(name);
  v(qualname);
  v(dict);
  v(doc);
}
void Function::gc_clear() {
  std::vector<Value> old;
  old.swap(defaults);
  doc = Value::null();
  annotations.reset();
  std::vector<Ref<Cell>> cells;
  cells.swap(closure);
}

// frame_traverse: every slot of the value array is owned (locals, cells,
// free variables, the stack; slots above sp hold None).
void Frame::gc_traverse(GcVisitor& v) {
  v(code);
  v(globals);
  v(locals);
  v(func);
  v(callee);
  v(delegate);
  v(handling);
  for (uint32_t i = 0; i < nslots; ++i) v(this->v[i]);
}
void Frame::gc_clear() {
  clear();
  callee.reset();
}

void Coroutine::gc_traverse(GcVisitor& v) {
  v(frame);
  v(name);
  v(qualname);
}

bool Coroutine::gc_needs_finalize() const { return state == State::Suspended && frame; }

// _PyGen_Finalize -> gen_close; an exception it raises is unraisable
// (PyErr_WriteUnraisable: "Exception ignored in: <generator ...>").
void Coroutine::gc_finalize(VM& vm) {
  Value self(this);
  try {
    vm.coro_close(self);
  } catch (PyException& e) {
    vm.write_stderr("Exception ignored in: " + vm.repr_str(self) + "\n" + vm.format_exception(e.value));
  }
}

// Only while a program runs (a VM shows warnings): at teardown a dropped
// generator goes without running more Python code.
bool Coroutine::gc_defer_dealloc() {
  return !gc_finalized && gc_needs_finalize() && gc_enabled() && warning_vm() != nullptr;
}

}  // namespace sandbox::vm
