// re.Pattern (sre.c's PatternObject and its methods): match, fullmatch,
// search, findall, finditer, scanner, split, sub, subn, the attributes,
// repr, == and hash.
#include <climits>

#include "vm/classes.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/sre/sre_args.h"
#include "vm/lib/sre/sre_objects.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::sre {

namespace {

PatternObj* self_pattern(Args a) { return a[0].as<PatternObj>(); }

int64_t opt_ssize(VM& vm, const Value& v, int64_t def) { return v.is_null() ? def : to_ssize(vm, v); }

// (string, pos=0, endpos=sys.maxsize) of match/fullmatch/search/findall/finditer/scanner.
struct Span {
  Value string;
  int64_t pos, endpos;
};
Span string_span(VM& vm, const char* name, Args a, const KwArgs* kw) {
  std::vector<Value> v = parse_args(name, a.subspan(1), kw, {"string", "pos", "endpos"}, 1);
  return {v[0], opt_ssize(vm, v[1], 0), opt_ssize(vm, v[2], INT64_MAX)};
}

enum class Mode { Match, FullMatch, Search };

Value run(VM& vm, Args a, const KwArgs* kw, const char* name, Mode mode) {
  PatternObj* p = self_pattern(a);
  Span sp = string_span(vm, name, a, kw);
  State st;
  state_init(vm, st, p->isbytes, p->groups, sp.string, sp.pos, sp.endpos);
  st.ptr = st.start;
  int64_t status = mode == Mode::Search ? sre_search(st, p->code.data())
                                        : sre_match(st, p->code.data(), mode == Mode::FullMatch);
  return status ? new_match(vm, p, st) : Value();
}

Value p_match(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return run(vm, a, kw, "match", Mode::Match); }
Value p_fullmatch(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  return run(vm, a, kw, "fullmatch", Mode::FullMatch);
}
Value p_search(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return run(vm, a, kw, "search", Mode::Search); }

Value p_findall(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  PatternObj* p = self_pattern(a);
  Span sp = string_span(vm, "findall", a, kw);
  State st;
  state_init(vm, st, p->isbytes, p->groups, sp.string, sp.pos, sp.endpos);
  Value out = make_list();
  List* list = out.as<List>();
  while (st.start <= st.end) {
    st.reset();
    st.ptr = st.start;
    if (!sre_search(st, p->code.data())) break;
    Value item;
    if (p->groups == 0) {
      item = state_slice(st, st.start, st.ptr);
    } else if (p->groups == 1) {
      item = state_group(st, 1, true);
    } else {
      std::vector<Value> items;
      for (int64_t i = 0; i < p->groups; i++) items.push_back(state_group(st, i + 1, true));
      item = make_tuple(std::move(items));
    }
    list->items.push_back(std::move(item));
    list->account();
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
  }
  return out;
}

Value p_scanner(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  Span sp = string_span(vm, "scanner", a, kw);
  return make_scanner(vm, self_pattern(a), sp.string, sp.pos, sp.endpos);
}

// finditer: iter(scanner.search, None), a callable_iterator as in CPython.
Value p_finditer(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  Span sp = string_span(vm, "finditer", a, kw);
  Value scanner = make_scanner(vm, self_pattern(a), sp.string, sp.pos, sp.endpos);
  Value search = vm.getattr(scanner, "search");
  return vm.call(vm.builtins()->dict->get("iter"), {search, Value()});
}

Value p_split(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  PatternObj* p = self_pattern(a);
  std::vector<Value> v = parse_args("split", a.subspan(1), kw, {"string", "maxsplit"}, 1);
  int64_t maxsplit = opt_ssize(vm, v[1], 0);
  State st;
  state_init(vm, st, p->isbytes, p->groups, v[0], 0, INT64_MAX);
  Value out = make_list();
  List* list = out.as<List>();
  int64_t n = 0;
  int64_t last = st.start;
  while (!maxsplit || n < maxsplit) {
    st.reset();
    st.ptr = st.start;
    if (!sre_search(st, p->code.data())) break;
    list->items.push_back(state_slice(st, last, st.start));  // the text before the match
    for (int64_t i = 0; i < p->groups; i++) list->items.push_back(state_group(st, i + 1, false));
    list->account();
    n++;
    st.must_advance = st.ptr == st.start;
    last = st.start = st.ptr;
  }
  list->items.push_back(state_slice(st, last, st.endpos));
  list->account();
  return out;
}

// PyUnicode_Join / PyBytes_Join of the pieces sub() collected, with their
// TypeErrors for pieces of the wrong kind.
Value join_pieces(VM& vm, bool isbytes, const std::vector<Value>& pieces) {
  std::string out;
  for (size_t i = 0; i < pieces.size(); i++) {
    const Value& x = pieces[i];
    if (!isbytes) {
      if (!lib::is_str(x))
        throw_type_error("sequence item %zu: expected str instance, %s found", i, lib::type_name(x));
      out += x.as<Str>()->s;
    } else {
      Subject sub;
      if (lib::is_str(x) || !load_subject(vm, sub, x))
        throw_type_error("sequence item %zu: expected a bytes-like object, %s found", i, lib::type_name(x));
      out.append(static_cast<const char*>(sub.data), static_cast<size_t>(sub.length));
    }
  }
  if (!isbytes && pieces.size() == 1 && lib::is_exact_str(pieces[0])) return pieces[0];
  return isbytes ? make_bytes(out) : make_str(std::move(out));
}

// pattern_subx: the replacement is a callable, a literal (no backslash) or
// a template that re._subx turns into a literal or a callable.
Value subx(VM& vm, Args a, const KwArgs* kw, const char* name, bool subn) {
  PatternObj* p = self_pattern(a);
  std::vector<Value> v = parse_args(name, a.subspan(1), kw, {"repl", "string", "count"}, 2);
  int64_t count = opt_ssize(vm, v[2], 0);
  Value filter = v[0];
  bool callable = vm.callable(filter);
  if (!callable) {
    Subject t;
    bool literal = false;
    if (load_subject(vm, t, filter)) {
      literal = true;
      for (int64_t i = 0; i < t.length && literal; i++)
        literal = (t.charsize == 1 ? static_cast<const uint8_t*>(t.data)[i]
                                   : static_cast<const uint32_t*>(t.data)[i]) != '\\';
    }
    if (!literal) {
      filter = call_re(vm, "_subx", {a[0], filter});
      callable = vm.callable(filter);
    }
  }
  State st;
  state_init(vm, st, p->isbytes, p->groups, v[1], 0, INT64_MAX);
  std::vector<Value> pieces;
  HeapCharge pieces_mem;
  int64_t n = 0, i = 0;
  while (!count || n < count) {
    st.reset();
    st.ptr = st.start;
    if (!sre_search(st, p->code.data())) break;
    int64_t b = st.start, e = st.ptr;
    if (i < b) pieces.push_back(state_slice(st, i, b));
    Value item = filter;
    if (callable) {
      Value m = new_match(vm, p, st);
      item = vm.call(filter, {m});
    }
    if (!item.is_none()) pieces.push_back(std::move(item));
    pieces_mem.set(pieces.capacity() * sizeof(Value));
    i = e;
    n++;
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
  }
  if (i < st.endpos) pieces.push_back(state_slice(st, i, st.endpos));
  Value result = pieces.empty() ? state_slice(st, 0, 0) : join_pieces(vm, st.subject.isbytes, pieces);
  if (subn) return make_tuple({result, Value::integer(n)});
  return result;
}

Value p_sub(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return subx(vm, a, kw, "sub", false); }
Value p_subn(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return subx(vm, a, kw, "subn", true); }

Value p_copy(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  lib::no_kwargs("Pattern.__copy__", kw);
  if (a.size() != 1) throw_type_error("Pattern.__copy__() takes no arguments (%zu given)", a.size() - 1);
  return a[0];
}
Value p_deepcopy(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  lib::no_kwargs("Pattern.__deepcopy__", kw);
  if (a.size() != 2) throw_type_error("Pattern.__deepcopy__() takes exactly one argument (%zu given)", a.size() - 1);
  return a[0];
}

Value p_pattern(VM&, NativeFunction*, Args a, const KwArgs*) { return self_pattern(a)->pattern; }
Value p_flags(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(self_pattern(a)->flags); }
Value p_groups(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(self_pattern(a)->groups); }
Value p_groupindex(VM&, NativeFunction*, Args a, const KwArgs*) {
  PatternObj* p = self_pattern(a);
  if (!p->groupindex) return make_dict();
  return make_mappingproxy(p->groupindex.get());
}

// repr(x) cut to n code points, as PyUnicode_FromFormat's %.<n>R does.
std::string repr_cut(VM& vm, const Value& x, size_t n) {
  std::string r = vm.repr_str(x);
  size_t at = lib::utf8_offset(r, n);
  return r.substr(0, at);
}

Value pattern_repr(VM& vm, const Value& self) {
  static const std::pair<const char*, int64_t> names[] = {
      {"re.IGNORECASE", FLAG_IGNORECASE}, {"re.LOCALE", FLAG_LOCALE},   {"re.MULTILINE", FLAG_MULTILINE},
      {"re.DOTALL", FLAG_DOTALL},         {"re.UNICODE", FLAG_UNICODE}, {"re.VERBOSE", FLAG_VERBOSE},
      {"re.DEBUG", FLAG_DEBUG},           {"re.ASCII", FLAG_ASCII},
  };
  PatternObj* p = self.as<PatternObj>();
  int64_t flags = p->flags;
  // re.UNICODE is the default for str patterns: not shown.
  if (p->isbytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  std::string shown;
  for (const auto& [name, value] : names) {
    if (flags & value) {
      if (!shown.empty()) shown += '|';
      shown += name;
      flags &= ~value;
    }
  }
  if (flags) {
    if (!shown.empty()) shown += '|';
    shown += strformat("0x%x", static_cast<unsigned>(flags));
  }
  std::string r = "re.compile(" + repr_cut(vm, p->pattern, 200);
  if (!shown.empty()) r += ", " + shown;
  return make_str(r + ")");
}

int64_t pattern_hash(VM& vm, const Value& self) {
  PatternObj* p = self.as<PatternObj>();
  int64_t h = vm.hash(p->pattern);
  uint64_t c = 1469598103934665603ull;  // FNV-1a over the code words
  for (Code w : p->code) c = (c ^ w) * 1099511628211ull;
  h ^= static_cast<int64_t>(c >> 1);
  h ^= p->flags ^ p->isbytes ^ static_cast<int64_t>(p->code.size());
  return h == -1 ? -2 : h;
}

Value pattern_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(b, sre_types().pattern)) return Value::null();
  bool same;
  if (a.is(b)) {
    same = true;
  } else {
    PatternObj* l = a.as<PatternObj>();
    PatternObj* r = b.as<PatternObj>();
    same = l->flags == r->flags && l->isbytes == r->isbytes && l->code == r->code && vm.eq(l->pattern, r->pattern);
  }
  return Value::boolean(op == CmpOp::Eq ? same : !same);
}

}  // namespace

Value no_instances(VM&, Type* cls, Args, const KwArgs*) {
  throw_type_error("cannot create '%s.%s' instances", cls->module.c_str(), cls->name.c_str());
}

void install_pattern_type(Type* t) {
  t->new_ = no_instances;
  t->repr = pattern_repr;
  t->hash = pattern_hash;
  t->compare = pattern_compare;
  add_method(t, "match", p_match);
  add_method(t, "fullmatch", p_fullmatch);
  add_method(t, "search", p_search);
  add_method(t, "sub", p_sub);
  add_method(t, "subn", p_subn);
  add_method(t, "findall", p_findall);
  add_method(t, "split", p_split);
  add_method(t, "finditer", p_finditer);
  add_method(t, "scanner", p_scanner);
  add_method(t, "__copy__", p_copy);
  add_method(t, "__deepcopy__", p_deepcopy);
  add_property(t, "pattern", p_pattern);
  add_property(t, "flags", p_flags);
  add_property(t, "groups", p_groups);
  add_property(t, "groupindex", p_groupindex);
}

}  // namespace sandbox::vm::sre
