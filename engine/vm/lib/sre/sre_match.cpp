// re.Match (sre.c's MatchObject): the groups of one successful match as
// spans into the subject, and its methods and attributes.
#include <algorithm>
#include <cassert>

#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/sre/sre_args.h"
#include "vm/lib/sre/sre_objects.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::sre {

namespace {

MatchObj* self_match(Args a) { return a[0].as<MatchObj>(); }

Value pair(int64_t a, int64_t b) { return make_tuple({Value::integer(a), Value::integer(b)}); }

Value m_group(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  lib::no_kwargs("group", kw);
  MatchObj* m = self_match(a);
  Args idx = a.subspan(1);
  if (idx.empty()) return match_group_slice(vm, m, 0, Value());
  if (idx.size() == 1) return match_group_slice(vm, m, match_index(vm, m, idx[0]), Value());
  std::vector<Value> out;
  for (const Value& i : idx) out.push_back(match_group_slice(vm, m, match_index(vm, m, i), Value()));
  return make_tuple(std::move(out));
}

Value match_getitem(VM& vm, const Value& self, const Value& key) {
  MatchObj* m = self.as<MatchObj>();
  return match_group_slice(vm, m, match_index(vm, m, key), Value());
}

Value m_getitem(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  lib::no_kwargs("__getitem__", kw);
  if (a.size() != 2) throw_type_error("expected 1 argument, got %zu", a.size() - 1);
  return match_getitem(vm, a[0], a[1]);
}

Value m_groups(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  MatchObj* m = self_match(a);
  std::vector<Value> v = parse_args("groups", a.subspan(1), kw, {"default"}, 0);
  Value def = v[0].is_null() ? Value() : v[0];
  std::vector<Value> out;
  for (int64_t i = 1; i < m->groups(); i++) out.push_back(match_group_slice(vm, m, i, def));
  return make_tuple(std::move(out));
}

Value m_groupdict(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  MatchObj* m = self_match(a);
  std::vector<Value> v = parse_args("groupdict", a.subspan(1), kw, {"default"}, 0);
  Value def = v[0].is_null() ? Value() : v[0];
  Value out = make_dict();
  if (!m->pattern->groupindex) return out;
  std::vector<Value> keys;
  m->pattern->groupindex->for_each([&](const Value& k, const Value&) { keys.push_back(k); });
  for (const Value& k : keys) out.as<Dict>()->set(vm, k, match_group_slice(vm, m, match_index(vm, m, k), def));
  return out;
}

// start/end/span take one optional positional group.
int64_t group_arg(VM& vm, const char* name, Args a, const KwArgs* kw) {
  lib::no_kwargs(name, kw);
  if (a.size() > 2) throw_type_error("%s expected at most 1 argument, got %zu", name, a.size() - 1);
  return a.size() == 2 ? match_index(vm, self_match(a), a[1]) : 0;
}

Value m_start(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  int64_t i = group_arg(vm, "start", a, kw);
  return Value::integer(self_match(a)->mark[size_t(i) * 2]);
}
Value m_end(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  int64_t i = group_arg(vm, "end", a, kw);
  return Value::integer(self_match(a)->mark[size_t(i) * 2 + 1]);
}
Value m_span(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  int64_t i = group_arg(vm, "span", a, kw);
  MatchObj* m = self_match(a);
  return pair(m->mark[size_t(i) * 2], m->mark[size_t(i) * 2 + 1]);
}

// expand(template): re._expand(pattern, match, template), as 3.11 does.
Value m_expand(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  std::vector<Value> v = parse_args("expand", a.subspan(1), kw, {"template"}, 1);
  return call_re(vm, "_expand", {Value(self_match(a)->pattern.get()), a[0], v[0]});
}

Value m_copy(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  lib::no_kwargs("Match.__copy__", kw);
  if (a.size() != 1) throw_type_error("Match.__copy__() takes no arguments (%zu given)", a.size() - 1);
  return a[0];
}
Value m_deepcopy(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  lib::no_kwargs("Match.__deepcopy__", kw);
  if (a.size() != 2) throw_type_error("Match.__deepcopy__() takes exactly one argument (%zu given)", a.size() - 1);
  return a[0];
}

Value m_lastindex(VM&, NativeFunction*, Args a, const KwArgs*) {
  MatchObj* m = self_match(a);
  return m->lastindex >= 0 ? Value::integer(m->lastindex) : Value();
}
Value m_lastgroup(VM&, NativeFunction*, Args a, const KwArgs*) {
  MatchObj* m = self_match(a);
  const Value& ig = m->pattern->indexgroup;
  if (ig.is_obj() && m->lastindex >= 0 && m->lastindex < int64_t(ig.as<Tuple>()->size()))
    return ig.as<Tuple>()->items[size_t(m->lastindex)];
  return Value();
}
Value m_regs(VM&, NativeFunction*, Args a, const KwArgs*) {
  MatchObj* m = self_match(a);
  if (m->regs.is_null()) {
    std::vector<Value> out;
    for (int64_t i = 0; i < m->groups(); i++) out.push_back(pair(m->mark[size_t(i) * 2], m->mark[size_t(i) * 2 + 1]));
    m->regs = make_tuple(std::move(out));
  }
  return m->regs;
}
Value m_string(VM&, NativeFunction*, Args a, const KwArgs*) { return self_match(a)->string; }
Value m_re(VM&, NativeFunction*, Args a, const KwArgs*) { return Value(self_match(a)->pattern.get()); }
Value m_pos(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(self_match(a)->pos); }
Value m_endpos(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(self_match(a)->endpos); }

Value match_repr(VM& vm, const Value& self) {
  MatchObj* m = self.as<MatchObj>();
  Value g0 = match_group_slice(vm, m, 0, Value());
  std::string r = vm.repr_str(g0);
  r = r.substr(0, lib::utf8_offset(r, 50));  // %.50R
  return make_str(strformat("<re.Match object; span=(%lld, %lld), match=", static_cast<long long>(m->mark[0]),
                            static_cast<long long>(m->mark[1])) +
                  r + ">");
}

}  // namespace

int64_t match_index(VM& vm, MatchObj* m, const Value& index) {
  int64_t i = -1;
  Value n = index_value(vm, index);
  if (!n.is_null()) {
    // PyNumber_AsSsize_t without an exception: a huge int clips.
    i = n.is_intlike() ? n.as_int() : (to_bignum(n).negative() ? INT64_MIN : INT64_MAX);
  } else if (m->pattern->groupindex) {
    Value g = m->pattern->groupindex->get(vm, index);
    if (!g.is_null() && (g.is_intlike() || is_bigint(g))) i = g.is_intlike() ? g.as_int() : -1;
  }
  if (i < 0 || i >= m->groups()) throw_index_error("no such group");
  return i;
}

Value match_group_slice(VM& vm, MatchObj* m, int64_t index, const Value& def) {
  size_t k = size_t(index) * 2;
  if (m->string.is_none() || m->mark[k] < 0) return def;
  int64_t i = m->mark[k], j = m->mark[k + 1];
  if (!m->bytepos.empty()) {
    const std::string& s = m->string.as<Str>()->s;
    int64_t bi = m->bytepos[k], bj = m->bytepos[k + 1];
    if (i == 0 && j == m->string.as<Str>()->length && lib::is_exact_str(m->string)) return m->string;
    return make_str(std::string_view(s).substr(size_t(bi), size_t(bj - bi)));
  }
  Subject sub;
  bool ok = load_subject(vm, sub, m->string);
  assert(ok);
  (void)ok;
  // A bytearray may have shrunk since the match (getslice clamps).
  i = std::min(i, sub.length);
  j = std::min(j, sub.length);
  return subject_slice(sub, i, j);
}

Value new_match(VM& vm, PatternObj* p, State& st) {
  (void)vm;
  MatchObj* m = new MatchObj();
  Value keep(m);
  m->pattern = p;
  m->string = st.subject.object;
  m->mark.assign(size_t(p->groups + 1) * 2, -1);
  m->mark[0] = st.start;
  m->mark[1] = st.ptr;
  for (int64_t i = 0, j = 0; i < p->groups; i++, j += 2) {
    if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
      m->mark[j + 2] = st.mark[j];
      m->mark[j + 3] = st.mark[j + 1];
      if (m->mark[j + 2] > m->mark[j + 3])
        throw_exception(exc().RuntimeError, "The span of capturing group is wrong, please report a bug for the re module.");
    }
  }
  if (!st.subject.isbytes && st.subject.charsize == 4) {
    m->bytepos.resize(m->mark.size(), -1);
    for (size_t k = 0; k < m->mark.size(); k++)
      if (m->mark[k] >= 0) m->bytepos[k] = subject_byte_offset(st.subject, m->mark[k]);
  }
  m->mem.set((m->mark.capacity() + m->bytepos.capacity()) * sizeof(int64_t));
  m->pos = st.pos;
  m->endpos = st.endpos;
  m->lastindex = st.lastindex;
  return keep;
}

void install_match_type(Type* t) {
  t->new_ = no_instances;
  t->repr = match_repr;
  t->getitem = match_getitem;
  add_method(t, "group", m_group);
  add_method(t, "__getitem__", m_getitem);
  add_method(t, "start", m_start);
  add_method(t, "end", m_end);
  add_method(t, "span", m_span);
  add_method(t, "groups", m_groups);
  add_method(t, "groupdict", m_groupdict);
  add_method(t, "expand", m_expand);
  add_method(t, "__copy__", m_copy);
  add_method(t, "__deepcopy__", m_deepcopy);
  add_property(t, "lastindex", m_lastindex);
  add_property(t, "lastgroup", m_lastgroup);
  add_property(t, "regs", m_regs);
  add_property(t, "string", m_string);
  add_property(t, "re", m_re);
  add_property(t, "pos", m_pos);
  add_property(t, "endpos", m_endpos);
}

}  // namespace sandbox::vm::sre
