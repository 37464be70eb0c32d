// Attribute access on the _sre types with CPython's messages, which name
// the types by their tp_name ('re.Pattern', 're.Match',
// '_sre.SRE_Scanner') and tell members ("readonly attribute") from getsets
// ("attribute 'x' of 're.Match' objects is not writable") and methods.
#include <algorithm>
#include <string>

#include "vm/internal.h"
#include "vm/lib/sre/sre_objects.h"

namespace sandbox::vm::sre {

namespace {

struct AttrKinds {
  const char* tp_name;
  std::vector<std::string> members;  // PyMemberDef READONLY
  std::vector<std::string> getsets;  // PyGetSetDef without a setter
};

const AttrKinds& kinds_of(const Type* t) {
  static const AttrKinds pattern{"re.Pattern", {"pattern", "flags", "groups"}, {"groupindex"}};
  static const AttrKinds match{"re.Match", {"string", "re", "pos", "endpos"}, {"lastindex", "lastgroup", "regs"}};
  static const AttrKinds scanner{"_sre.SRE_Scanner", {"pattern"}, {}};
  if (t == sre_types().pattern) return pattern;
  if (t == sre_types().match) return match;
  return scanner;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Value sre_getattr(VM& vm, const Value& self, Str* name) {
  Value v = generic_getattr(vm, self, name);
  if (v.is_null())
    throw_attribute_error("'%s' object has no attribute '%s'", kinds_of(self.type()).tp_name, name->s.c_str());
  return v;
}

void sre_setattr(VM&, const Value& self, Str* name, const Value&) {
  const AttrKinds& k = kinds_of(self.type());
  if (has(k.members, name->s)) throw_attribute_error("readonly attribute");
  if (has(k.getsets, name->s))
    throw_attribute_error("attribute '%s' of '%s' objects is not writable", name->s.c_str(), k.tp_name);
  if (!type_lookup(self.type(), name).is_null())
    throw_attribute_error("'%s' object attribute '%s' is read-only", k.tp_name, name->s.c_str());
  throw_attribute_error("'%s' object has no attribute '%s'", k.tp_name, name->s.c_str());
}

}  // namespace

void install_attribute_slots(Type* t) {
  t->getattr = sre_getattr;
  t->setattr = sre_setattr;
}

}  // namespace sandbox::vm::sre
