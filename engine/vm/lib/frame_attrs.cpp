// The attributes of frames, code objects and functions that the library
// reads through sys._getframe and inspect (Objects/frameobject.c,
// codeobject.c, funcobject.c) beyond those the VM's getattr slots answer:
// f_back, f_globals, f_locals, co_flags, __closure__, __globals__ ...
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox::vm::lib {

namespace {

Frame* frame_of(const Value& v) { return v.as<Frame>(); }

// A frame's f_back is the frame below it while it runs; a suspended or
// finished frame's link is stale, so it has none (CPython keeps the
// caller of a finished frame; programs walk f_back from running frames).
Value f_back(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  Frame* f = frame_of(a[0]);
  for (Frame* x = vm.current_frame(); x; x = x->back)
    if (x == f) return x->back ? Value(x->back) : Value();
  return Value();
}

Value f_globals(VM&, NativeFunction*, Args a, const KwArgs*) { return Value(frame_of(a[0])->globals.get()); }

Value f_builtins(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  Value b = frame_of(a[0])->globals->get("__builtins__");
  if (is_type(b, vm.types.module)) return Value(b.as<Module>()->dict.get());
  if (is_type(b, vm.types.dict)) return b;
  return Value(vm.builtins()->dict.get());
}

// PyFrame_FastToLocals: the name-based locals of a module or class body;
// for a function, its bound fast locals and cells as a new dict.
Value f_locals(VM&, NativeFunction*, Args a, const KwArgs*) {
  Frame* f = frame_of(a[0]);
  if (f->locals) return Value(f->locals.get());
  Value d = make_dict();
  Dict* out = d.as<Dict>();
  const Code* c = f->code.get();
  if (f->nfast == 0) return d;  // finished: its locals are gone
  for (size_t i = 0; i < c->varnames.size(); i++)
    if (!f->v[i].is_null()) out->set(c->varnames[i].get(), f->v[i]);
  size_t base = c->varnames.size();
  auto cells = [&](const std::vector<Ref<Str>>& names, size_t start) {
    for (size_t i = 0; i < names.size(); i++) {
      const Value& cell = f->v[start + i];
      if (is_type(cell, types().cell) && !cell.as<Cell>()->value.is_null()) out->set(names[i].get(), cell.as<Cell>()->value);
    }
  };
  cells(c->cellvars, base);
  cells(c->freevars, base + c->cellvars.size());
  return d;
}

Value f_lasti(VM&, NativeFunction*, Args a, const KwArgs*) {
  return Value::integer(2 * int64_t(frame_of(a[0])->current_instr()));
}
Value none_getter(VM&, NativeFunction*, Args, const KwArgs*) { return Value(); }

// ---------------------------------------------------------------- code
Code* code_of(const Value& v) { return v.as<Code>(); }

// The CO_* flags inspect tests (iscoroutinefunction, isgeneratorfunction ...).
Value co_flags(VM&, NativeFunction*, Args a, const KwArgs*) {
  const Code* c = code_of(a[0]);
  int64_t flags = 0;
  if (!c->is_module && !c->is_class_body) flags |= 0x1 | 0x2;  // CO_OPTIMIZED | CO_NEWLOCALS
  if (c->varargs) flags |= 0x4;
  if (c->varkw) flags |= 0x8;
  if (c->is_coroutine && c->is_generator) flags |= 0x200;  // CO_ASYNC_GENERATOR
  else if (c->is_coroutine) flags |= 0x80;                  // CO_COROUTINE
  else if (c->is_generator) flags |= 0x20;                  // CO_GENERATOR
  return Value::integer(flags);
}

Value names_tuple(const std::vector<Ref<Str>>& names) {
  std::vector<Value> v;
  for (const Ref<Str>& n : names) v.push_back(Value(n.get()));
  return make_tuple(std::move(v));
}

Value co_consts(VM&, NativeFunction*, Args a, const KwArgs*) {
  const Code* c = code_of(a[0]);
  std::vector<Value> v;
  v.push_back(c->doc);  // CPython's first constant is the docstring (or None)
  for (const Value& k : c->consts) v.push_back(k);
  return make_tuple(std::move(v));
}
Value co_names(VM&, NativeFunction*, Args a, const KwArgs*) { return names_tuple(code_of(a[0])->names); }
Value co_freevars(VM&, NativeFunction*, Args a, const KwArgs*) { return names_tuple(code_of(a[0])->freevars); }
Value co_cellvars(VM&, NativeFunction*, Args a, const KwArgs*) { return names_tuple(code_of(a[0])->cellvars); }
Value co_nlocals(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(code_of(a[0])->nlocals()); }
Value co_stacksize(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(code_of(a[0])->stacksize); }

// ---------------------------------------------------------------- function
Value fn_closure(VM&, NativeFunction*, Args a, const KwArgs*) {
  Function* f = a[0].as<Function>();
  if (f->closure.empty()) return Value();
  std::vector<Value> cells;
  for (const Ref<Cell>& c : f->closure) cells.push_back(Value(c.get()));
  return make_tuple(std::move(cells));
}
Value fn_code(VM&, NativeFunction*, Args a, const KwArgs*) { return Value(a[0].as<Function>()->code.get()); }
Value fn_globals(VM&, NativeFunction*, Args a, const KwArgs*) { return Value(a[0].as<Function>()->globals.get()); }
Value fn_builtins(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  Value b = a[0].as<Function>()->globals->get("__builtins__");
  if (is_type(b, vm.types.module)) return Value(b.as<Module>()->dict.get());
  if (is_type(b, vm.types.dict)) return b;
  return Value(vm.builtins()->dict.get());
}

// cell.cell_contents: ValueError "Cell is empty" when unbound.
Value cell_contents(VM&, NativeFunction*, Args a, const KwArgs*) {
  const Value& v = a[0].as<Cell>()->value;
  if (v.is_null()) throw_value_error("Cell is empty");
  return v;
}
Value set_cell_contents(VM&, NativeFunction*, Args a, const KwArgs*) {
  a[0].as<Cell>()->value = a.size() > 1 ? a[1] : Value::null();
  return Value();
}

}  // namespace

void install_frame_attrs() {
  static bool done = false;
  if (done) return;
  done = true;
  const CoreTypes& t = types();
  add_property(t.frame, "f_back", f_back);
  add_property(t.frame, "f_globals", f_globals);
  add_property(t.frame, "f_builtins", f_builtins);
  add_property(t.frame, "f_locals", f_locals);
  add_property(t.frame, "f_lasti", f_lasti);
  add_property(t.frame, "f_trace", none_getter);
  add_property(t.code, "co_flags", co_flags);
  add_property(t.code, "co_consts", co_consts);
  add_property(t.code, "co_names", co_names);
  add_property(t.code, "co_freevars", co_freevars);
  add_property(t.code, "co_cellvars", co_cellvars);
  add_property(t.code, "co_nlocals", co_nlocals);
  add_property(t.code, "co_stacksize", co_stacksize);
  add_property(t.function, "__closure__", fn_closure);
  add_property(t.function, "__globals__", fn_globals);
  // types.py takes GetSetDescriptorType from FunctionType.__code__ (the
  // instance attribute itself is answered by the function's getattr slot).
  add_property(t.function, "__code__", fn_code);
  add_property(t.function, "__builtins__", fn_builtins);
  add_property(t.cell, "cell_contents", cell_contents, set_cell_contents);
}

}  // namespace sandbox::vm::lib
