// type.__subclasses__() and types.MappingProxyType(mapping): what abc's
// pure-Python ABCMeta (_py_abc) and functools.singledispatch need from
// the type machinery.
#include "vm/classes.h"
#include "vm/importer.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"

namespace sandbox::vm::lib {

namespace {

// type_subclasses: the classes whose __bases__ name this one, oldest first.
Value type_subclasses(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("__subclasses__", kw);
  if (a.size() != 1 || !a[0].is_obj() || !is_subtype(a[0].as_obj()->type, types().type))
    throw_type_error("descriptor '__subclasses__' of 'type' object needs an argument");
  const Type* t = a[0].as<Type>();
  std::vector<Value> out;
  for (const Ref<Type>& c : vm.classes()) {
    // A class whose dict was emptied at teardown is gone.
    for (const Ref<Type>& b : c->bases)
      if (b.get() == t) {
        out.push_back(Value(c.get()));
        break;
      }
  }
  return make_list(std::move(out));
}

// mappingproxy(mapping): a read-only view of a dict; another mapping is
// viewed through a copy of it (its later changes do not show).
Value mappingproxy_new(VM& vm, Type*, Args a, const KwArgs* kw) {
  check_kwargs("mappingproxy", kw, {"mapping"});
  const Value* m = a.empty() ? kwarg(kw, "mapping") : &a[0];
  if (!m || a.size() > 1) throw_type_error("mappingproxy() missing required argument 'mapping' (pos 1)");
  if (is_dict(*m)) return make_mappingproxy(m->as<Dict>());
  if (is_list(*m) || is_tuple(*m) || !vm.hasattr(*m, "keys") || !vm.hasattr(*m, "__getitem__"))
    throw_type_error("mappingproxy() argument must be a mapping, not %s", type_name(*m));
  Value copy = vm.call(Value(types().dict), {*m});
  return make_mappingproxy(copy.as<Dict>());
}

// object.__reduce_ex__(protocol) / __reduce__ (typeobject.c reduce_newobj
// for protocol 2 and up): (copyreg.__newobj__, (cls,), state, listitems,
// dictitems) with state = the instance's __dict__ (None when empty).  What
// copy.copy/deepcopy and pickle-style code use for plain instances.
Value object_reduce_ex(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("__reduce_ex__", kw);
  if (a.empty()) throw_type_error("descriptor '__reduce_ex__' of 'object' object needs an argument");
  const Value& self = a[0];
  Value copyreg = import_name(vm, nullptr, "copyreg", Value(), 0);
  Value newobj = vm.getattr(copyreg, "__newobj__");
  Value state = Value();
  Value getstate = vm.getattr_opt(self, intern("__getstate__"));
  if (!getstate.is_null()) {
    state = vm.call(getstate, {});
  } else if (Dict* d = self.is_obj() ? self.as_obj()->instance_dict() : nullptr; d && d->size() > 0) {
    state = Value(d);
  }
  Value listitems = is_subtype(self.type(), types().list) ? vm.iter(self) : Value();
  Value dictitems = is_subtype(self.type(), types().dict) ? vm.call_method(self, "items", {}) : Value();
  if (!dictitems.is_none()) dictitems = vm.iter(dictitems);
  return make_tuple({newobj, make_tuple({Value(self.type())}), state, listitems, dictitems});
}

// object.__getstate__ (3.11): the instance's __dict__, None when empty.
Value object_getstate(VM&, NativeFunction*, Args a, const KwArgs*) {
  if (a.empty()) throw_type_error("descriptor '__getstate__' of 'object' object needs an argument");
  Dict* d = a[0].is_obj() ? a[0].as_obj()->instance_dict() : nullptr;
  return d && d->size() > 0 ? Value(d) : Value();
}

// module(name, doc=None): types.ModuleType("plugins") (moduleobject.c module___init__).
Value module_new(VM&, Type*, Args a, const KwArgs* kw) {
  check_kwargs("module", kw, {"name", "doc"});
  const Value* name = a.size() > 0 ? &a[0] : kwarg(kw, "name");
  const Value* doc = a.size() > 1 ? &a[1] : kwarg(kw, "doc");
  if (!name) throw_type_error("module.__init__() missing required argument 'name' (pos 1)");
  if (a.size() > 2) throw_type_error("module.__init__() takes at most 2 arguments (%zu given)", a.size());
  if (!is_str(*name)) throw_type_error("module.__init__() argument 'name' must be str, not %s", type_name(*name));
  Value m(make_module(str_of(*name)));
  Dict* d = m.as<Module>()->dict.get();
  d->set("__doc__", doc ? *doc : Value());
  d->set("__package__", Value());
  d->set("__loader__", Value());
  d->set("__spec__", Value());
  return m;
}

// object.__subclasshook__ (a classmethod): NotImplemented, "no opinion".
Value object_subclasshook(VM&, NativeFunction*, Args, const KwArgs*) { return not_implemented(); }

}  // namespace

void install_type_extras() {
  static bool done = false;
  if (done) return;
  done = true;
  add_method(types().type, "__subclasses__", type_subclasses);
  add_method(types().object, "__reduce_ex__", object_reduce_ex);
  add_method(types().object, "__reduce__", object_reduce_ex);
  add_method(types().object, "__getstate__", object_getstate);
  types().object->dict->set("__subclasshook__", Value(new ClassMethod(types().classmethod,
                                                                      make_native("__subclasshook__", object_subclasshook))));
  types().module->new_ = module_new;
  Value probe = make_mappingproxy(new Dict());
  probe.type()->new_ = mappingproxy_new;
}

}  // namespace sandbox::vm::lib
