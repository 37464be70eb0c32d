// _sre.SRE_Scanner: a State kept between calls, so match()/search() go on
// where the last match ended (finditer is iter(scanner.search, None)).
#include "vm/lib/lib_internal.h"
#include "vm/lib/sre/sre_args.h"
#include "vm/lib/sre/sre_objects.h"

namespace sandbox::vm::sre {

namespace {

// One step of the scanner (scanner_match / scanner_search).
Value step(VM& vm, Args a, const KwArgs* kw, const char* name, bool search) {
  lib::no_kwargs(name, kw);
  if (a.size() != 1) throw_type_error("%s() takes no arguments (%zu given)", name, a.size() - 1);
  ScannerObj* sc = a[0].as<ScannerObj>();
  if (sc->executing) throw_value_error("regular expression scanner already executing");
  if (sc->exhausted) return Value();
  Ref<PatternObj> p = sc->pattern;
  State& st = sc->state;
  st.vm = &vm;
  // A callback cannot re-enter the engine here, but a failed step must
  // leave the scanner usable: the flag drops however this returns.
  struct Executing {
    ScannerObj* sc;
    explicit Executing(ScannerObj* s) : sc(s) { sc->executing = true; }
    ~Executing() { sc->executing = false; }
  } running(sc);
  st.reset();
  st.ptr = st.start;
  int64_t status = search ? sre_search(st, p->code.data()) : sre_match(st, p->code.data(), false);
  Value m;
  if (status) {
    m = new_match(vm, p.get(), st);
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
  } else {
    sc->exhausted = true;
  }
  return m;
}

Value s_match(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return step(vm, a, kw, "match", false); }
Value s_search(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return step(vm, a, kw, "search", true); }
Value s_pattern(VM&, NativeFunction*, Args a, const KwArgs*) { return Value(a[0].as<ScannerObj>()->pattern.get()); }

}  // namespace

Value make_scanner(VM& vm, PatternObj* p, const Value& string, int64_t pos, int64_t endpos) {
  ScannerObj* sc = new ScannerObj();
  Value keep(sc);
  state_init(vm, sc->state, p->isbytes, p->groups, string, pos, endpos);
  sc->pattern = p;
  return keep;
}

void install_scanner_type(Type* t) {
  t->new_ = no_instances;
  add_method(t, "match", s_match);
  add_method(t, "search", s_search);
  add_property(t, "pattern", s_pattern);
}

}  // namespace sandbox::vm::sre
