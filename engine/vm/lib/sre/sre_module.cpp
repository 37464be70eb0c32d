// The _sre module: compile() (the validated code becomes a re.Pattern),
// the constants and character helpers re/_compiler.py imports, the three
// types, and the hook into the re package (re._subx, re._expand) that
// sub() and Match.expand() call for templates, as 3.11's sre.c does.
#include "vm/importer.h"
#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/sre/sre_args.h"
#include "vm/lib/sre/sre_chars.h"
#include "vm/lib/sre/sre_objects.h"
#include "vm/lib/sre/sre_validate.h"

namespace sandbox::vm::sre {

namespace {

SreTypes g_types;

const char kCopyright[] = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

// A code word: PyLong_AsUnsignedLong, then the 32-bit SRE_CODE check.
Code code_word(const Value& v) {
  if (!v.is_intlike() && !is_bigint(v)) throw_type_error("an integer is required");
  if (v.is_intlike()) {
    int64_t n = v.as_int();
    if (n < 0) throw_overflow_error("can't convert negative value to unsigned int");
    if (n > int64_t(UINT32_MAX)) throw_overflow_error("regular expression code size limit exceeded");
    return static_cast<Code>(n);
  }
  if (to_bignum(v).negative()) throw_overflow_error("can't convert negative value to unsigned int");
  // Digits are 32 bits: more than two do not fit an unsigned long.
  if (to_bignum(v).magnitude().size() > 2) throw_overflow_error("Python int too large to convert to C unsigned long");
  throw_overflow_error("regular expression code size limit exceeded");
}

Value m_compile(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  std::vector<Value> v =
      parse_args("compile", a, kw, {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6);
  int64_t flags = to_cint(vm, v[1]);
  if (!v[2].is_obj() || !is_subtype(v[2].as_obj()->type, types().list))
    throw_type_error("compile() argument 'code' must be list, not %s", lib::type_name(v[2]));
  int64_t groups = to_ssize(vm, v[3]);
  if (!lib::is_dict(v[4])) throw_type_error("compile() argument 'groupindex' must be dict, not %s", lib::type_name(v[4]));
  if (!v[5].is_obj() || !is_subtype(v[5].as_obj()->type, types().tuple))
    throw_type_error("compile() argument 'indexgroup' must be tuple, not %s", lib::type_name(v[5]));

  PatternObj* p = new PatternObj();
  Value keep(p);
  const std::vector<Value>& items = v[2].as<List>()->items;
  heap_reserve(items.size() * sizeof(Code));
  p->code.reserve(items.size());
  for (size_t i = 0; i < items.size(); i++) p->code.push_back(code_word(items[i]));
  p->mem.set(p->code.capacity() * sizeof(Code));
  if (v[0].is_none()) {
    p->isbytes = -1;
  } else {
    Subject s;
    if (!load_subject(vm, s, v[0]))
      throw_type_error("expected string or bytes-like object, got '%s'", lib::type_name(v[0]));
    p->isbytes = s.isbytes ? 1 : 0;
  }
  p->pattern = v[0];
  p->flags = flags;
  p->groups = groups;
  if (v[4].as<Dict>()->size() > 0) {
    p->groupindex = v[4].as<Dict>();
    if (v[5].as<Tuple>()->size() > 0) p->indexgroup = v[5];
  }
  if (!validate_code(p->code, groups)) throw_runtime_error("invalid SRE code");
  return keep;
}

int64_t char_arg(VM& vm, const char* name, Args a, const KwArgs* kw) {
  lib::no_kwargs(name, kw);
  if (a.size() != 1) throw_type_error("%s() takes exactly one argument (%zu given)", name, a.size());
  return to_cint(vm, a[0]);
}

Value m_getcodesize(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  lib::no_kwargs("_sre.getcodesize", kw);
  if (!a.empty()) throw_type_error("_sre.getcodesize() takes no arguments (%zu given)", a.size());
  return Value::integer(sizeof(Code));
}
Value m_ascii_iscased(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  uint32_t ch = static_cast<uint32_t>(char_arg(vm, "_sre.ascii_iscased", a, kw));
  return Value::boolean(ch < 128 && ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'));
}
Value m_unicode_iscased(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  uint32_t ch = static_cast<uint32_t>(char_arg(vm, "_sre.unicode_iscased", a, kw));
  return Value::boolean(ch != lower_unicode(ch) || ch != upper_unicode(ch));
}
Value m_ascii_tolower(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  uint32_t ch = static_cast<uint32_t>(char_arg(vm, "_sre.ascii_tolower", a, kw));
  return Value::integer(static_cast<int32_t>(ch < 128 ? lower_ascii(ch) : ch));
}
Value m_unicode_tolower(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  uint32_t ch = static_cast<uint32_t>(char_arg(vm, "_sre.unicode_tolower", a, kw));
  return Value::integer(static_cast<int32_t>(lower_unicode(ch)));
}

Type* make_sre_type(const char* name, const char* module) {
  Type* t = make_type(name, types().object, module);
  incref(t);  // immortal, like the builtin types
  return t;
}

}  // namespace

const SreTypes& sre_types() { return g_types; }

PatternObj::PatternObj() : GcObj(g_types.pattern) {}
void PatternObj::gc_traverse(GcVisitor& v) {
  v(pattern);
  v(groupindex);
  v(indexgroup);
}
void PatternObj::gc_clear() {
  pattern = Value();
  groupindex.reset();
  indexgroup = Value();
}

MatchObj::MatchObj() : GcObj(g_types.match) {}
void MatchObj::gc_traverse(GcVisitor& v) {
  v(pattern);
  v(string);
  v(regs);
}
void MatchObj::gc_clear() {
  pattern.reset();
  string = Value();
  regs = Value::null();
}

ScannerObj::ScannerObj() : GcObj(g_types.scanner) {}
void ScannerObj::gc_traverse(GcVisitor& v) {
  v(pattern);
  v(state.subject.object);
}
void ScannerObj::gc_clear() {
  pattern.reset();
  exhausted = true;
}

Value call_re(VM& vm, const char* name, std::vector<Value> args) {
  Value globals = make_dict();
  Value re = import_name(vm, globals.as<Dict>(), "re", Value(), 0);
  return vm.call(vm.getattr(re, name), args);
}

}  // namespace sandbox::vm::sre

namespace sandbox::vm::lib {

void install_sre_module(VM& vm) {
  using namespace sre;
  if (!g_types.pattern) {
    g_types.pattern = make_sre_type("Pattern", "re");
    g_types.match = make_sre_type("Match", "re");
    g_types.scanner = make_sre_type("SRE_Scanner", "_sre");
    install_pattern_type(g_types.pattern);
    install_match_type(g_types.match);
    install_scanner_type(g_types.scanner);
    for (Type* t : {g_types.pattern, g_types.match, g_types.scanner}) install_attribute_slots(t);
  }
  Module* m = make_module("_sre");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("compile", make_native("compile", m_compile));
  d->set("getcodesize", make_native("getcodesize", m_getcodesize));
  d->set("ascii_iscased", make_native("ascii_iscased", m_ascii_iscased));
  d->set("unicode_iscased", make_native("unicode_iscased", m_unicode_iscased));
  d->set("ascii_tolower", make_native("ascii_tolower", m_ascii_tolower));
  d->set("unicode_tolower", make_native("unicode_tolower", m_unicode_tolower));
  d->set("MAGIC", Value::integer(kMagic));
  d->set("CODESIZE", Value::integer(sizeof(sre::Code)));
  d->set("MAXREPEAT", Value::integer(kMaxRepeat));
  d->set("MAXGROUPS", Value::integer(kMaxGroups));
  d->set("copyright", make_str(kCopyright));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
