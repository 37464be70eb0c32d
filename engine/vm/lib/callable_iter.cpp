// iter(object[, sentinel]) with CPython's callable_iterator
// (Objects/iterobject.c calliter_iternext): calls the callable until it
// returns a value equal to the sentinel; the iterator is then exhausted
// for good.
#include "vm/internal.h"
#include "vm/lib/args.h"
#include "vm/lib/install.h"

namespace sandbox::vm::lib {

namespace {

Type* g_callable_iterator = nullptr;

struct CallableIter : GcObj {
  Value func, sentinel;  // func null once exhausted
  CallableIter(Value f, Value s) : GcObj(g_callable_iterator), func(std::move(f)), sentinel(std::move(s)) {}
  void gc_traverse(GcVisitor& v) override {
    v(func);
    v(sentinel);
  }
  void gc_clear() override {
    func = Value::null();
    sentinel = Value();
  }
};

Value self_iter(VM&, const Value& self) { return self; }

bool calliter_next(VM& vm, const Value& self, Value& out) {
  CallableIter* it = self.as<CallableIter>();
  if (it->func.is_null()) return false;
  Value f = it->func;
  Value r;
  try {
    r = vm.call(f, std::span<const Value>());
  } catch (PyException& e) {
    // StopIteration from the callable ends the iteration.
    if (vm.isinstance(e.value, vm.exc.StopIteration)) {
      it->func = Value::null();
      return false;
    }
    throw;
  }
  if (vm.eq(r, it->sentinel)) {
    it->func = Value::null();
    return false;
  }
  out = std::move(r);
  return true;
}

Value bi_iter(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("iter", kw);
  check_args("iter", args, 1, 2);
  if (args.size() == 1) return vm.iter(args[0]);
  if (!vm.callable(args[0])) throw_type_error("iter(v, w): v must be callable");
  return Value(new CallableIter(args[0], args[1]));
}

}  // namespace

void install_callable_iter(VM& vm) {
  if (!g_callable_iterator) {
    g_callable_iterator = make_type("callable_iterator", types().object, "builtins");
    incref(g_callable_iterator);  // immortal
    g_callable_iterator->new_ = nullptr;
    g_callable_iterator->iter = self_iter;
    g_callable_iterator->next = calliter_next;
  }
  vm.builtins()->dict->set("iter", make_native("iter", bi_iter));
}

}  // namespace sandbox::vm::lib
