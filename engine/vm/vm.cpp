// VM construction, modules, repr recursion guard and value formatting.
#include "vm/internal.h"

namespace sandbox::vm {

static Obj* g_notimpl = nullptr;
static Obj* g_ellipsis = nullptr;

struct Singleton : Obj {
  using Obj::Obj;
};

Value not_implemented() {
  if (!g_notimpl) { g_notimpl = new Singleton(types().notimplemented); incref(g_notimpl); }
  return Value(g_notimpl);
}
Value ellipsis() {
  if (!g_ellipsis) { g_ellipsis = new Singleton(types().ellipsis); incref(g_ellipsis); }
  return Value(g_ellipsis);
}

void install_coroutine_types();
void install_async_gen_types(VM& vm);
void reset_object_serials(uint32_t start);

VM::VM() : types(vm::types()), exc(vm::exc()), hooks_(&default_hooks_) {
  install_coroutine_types();
  not_implemented();
  ellipsis();
  builtins_ = make_module("builtins");
  modules_ = new Dict();
  modules_->set("builtins", Value(builtins_.get()));
  install_vm_builtins(*this);
  install_async_gen_types(*this);
  set_step_budget(0);
  reset_object_serials(100000);
}

VM::~VM() {
  HeapAccount& h = heap_account();
  if (h.ctx == this) {
    h.limit = 0;
    h.on_trip = nullptr;
    h.on_raised = nullptr;
    h.on_hard = nullptr;
    h.ctx = nullptr;
  }
  finalize_modules();
  builtins_->dict->clear();
  builtins_.reset();
  // What is left of this VM's objects is in cycles the dicts did not
  // break (an exception and the frames of its traceback, a task and the
  // future it waits on): gc.collect() at exit, silently (no finalizer runs
  // once the program is over).
  gc_clear_due_callback(this);
  gc_run_pending_finalizers(nullptr);
  gc_collect(nullptr);
}

// CPython's finalize_modules(): every module's dict is emptied before the
// modules go.  A function refers to its globals and the globals to the
// function, so without this every program that defines a function would
// leak its whole module.  The runner calls it before its runtime goes, so
// the tasks and futures the globals hold die while the loop is still there.
void VM::finalize_modules() {
  main_coro_ = Value();
  if (main_module_) main_module_->dict->clear();
  // Every module in the table (the builtins stay) and every native one.
  std::vector<Value> mods;
  modules_->for_each([&](const Value&, const Value& m) { mods.push_back(m); });
  for (const Value& m : mods)
    if (is_type(m, types.module) && m.as<Module>() != builtins_.get()) m.as<Module>()->dict->clear();
  for (auto& m : natives_) m->dict->clear();
  for (auto& c : classes_) c->dict->clear();
  classes_.clear();
  main_module_.reset();
  modules_->clear();
  natives_.clear();
}

void VM::set_hooks(Hooks* h) { hooks_ = h ? h : &default_hooks_; }

void VM::register_module(Module* m) {
  Ref<Module> keep(m);
  for (auto& x : natives_)
    if (x->name->s == m->name->s) {
      x = keep;
      return;
    }
  natives_.push_back(keep);
}

Module* VM::find_native(std::string_view name) {
  for (auto& x : natives_)
    if (x->name->s == name) return x.get();
  return nullptr;
}

void VM::add_module(Module* m) { modules_->set(m->name.get(), Value(m)); }

void VM::forget_module(std::string_view name) { modules_->remove(intern(name)); }

Module* VM::find_module(std::string_view name) {
  Value m = modules_->get(name);
  return is_type(m, types.module) ? m.as<Module>() : nullptr;
}

bool repr_enter(VM& vm, Obj* o) {
  for (Obj* x : vm.repr_stack_)
    if (x == o) return false;
  vm.repr_stack_.push_back(o);
  return true;
}
void repr_leave(VM& vm, Obj* o) {
  if (!vm.repr_stack_.empty() && vm.repr_stack_.back() == o) vm.repr_stack_.pop_back();
}

// format(v, spec): the type's __format__ (lib installs them for int/float/str).
Value format_value(VM& vm, const Value& v, const Value& spec) {
  Value m = type_lookup(v.type(), "__format__");
  if (!m.is_null()) {
    Value args[2] = {v, spec};
    Value r = vm.call(m, std::span<const Value>(args, 2));
    if (!r.is_obj() || r.as_obj()->type != vm.types.str)
      throw_type_error("__format__ must return a str, not %s", r.type()->name.c_str());
    return r;
  }
  if (spec.as<Str>()->s.empty()) return vm.str(v);
  throw_type_error("unsupported format string passed to %s.__format__", v.type()->name.c_str());
}

}  // namespace sandbox::vm
