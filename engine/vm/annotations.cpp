// Annotations at run time (Python/ceval.c SETUP_ANNOTATIONS, MAKE_FUNCTION's
// annotations tuple in Objects/funcobject.c func_get_annotation_dict).
#include "vm/annotations.h"

#include <cassert>

#include "vm/internal.h"

namespace sandbox::vm {

Ref<Dict> annotations_dict(const Value& pairs) {
  const std::vector<Value>& items = pairs.as<Tuple>()->items;
  assert(items.size() % 2 == 0);
  Ref<Dict> d(new Dict());
  for (size_t i = 0; i < items.size(); i += 2) d->set(items[i].as<Str>(), items[i + 1]);
  return d;
}

void setup_annotations(VM& vm, Frame* f) {
  Dict* ns = (f->locals ? f->locals : f->globals).get();
  Value key = make_str("__annotations__");
  if (ns->type == types().dict) {
    if (ns->get(key.as<Str>()).is_null()) ns->set(key.as<Str>(), make_dict());
    return;
  }
  // A metaclass's __prepare__ namespace: through its own mapping methods.
  if (!vm.contains(Value(ns), key)) vm.setitem(Value(ns), key, make_dict());
}

}  // namespace sandbox::vm
