// Struct sequences after Objects/structseq.c: a tuple subtype whose items
// are named by read-only attributes; fields past n_in_sequence are stored
// beside the tuple (attributes only, as os.stat_result's st_atime_ns).
#include "vm/lib/structseq.h"

#include <unordered_map>

#include "vm/internal.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

namespace {

struct StructSeq final : Tuple {
  std::vector<Value> extra;  // the fields past the sequence part
  StructSeq(Type* t, std::vector<Value> items, std::vector<Value> more) : Tuple(std::move(items)), extra(std::move(more)) {
    type = t;
  }
  void gc_traverse(GcVisitor& v) override {
    Tuple::gc_traverse(v);
    v(extra);
  }
};

// What each struct sequence type knows about itself (types are immortal).
struct Info {
  std::vector<std::string> fields;
  size_t n_in_sequence;
  bool instantiable;
};
std::unordered_map<const Type*, Info>& infos() {
  static auto* m = new std::unordered_map<const Type*, Info>();  // process lifetime, as the types
  return *m;
}
const Info& info(const Type* t) {
  // A Python subclass of a struct sequence type shares its base's layout.
  for (const Type* k : t->mro) {
    auto it = infos().find(k);
    if (it != infos().end()) return it->second;
  }
  throw_type_error("'%s' is not a struct sequence type", t->name.c_str());
}
size_t n_sequence(Type* t) { return info(t).n_in_sequence; }
size_t n_fields(Type* t) { return info(t).fields.size(); }

std::string full_name(Type* t) { return t->module + "." + t->name; }

// structseq_repr: the type's tp_name and each visible field.
Value structseq_repr(VM& vm, const Value& self) {
  Tuple* tup = self.as<Tuple>();
  Type* t = tup->type;
  const std::vector<std::string>& fields = info(t).fields;
  std::string out = full_name(t) + "(";
  if (!repr_enter(vm, tup)) return make_str(out + "...)");
  try {
    for (size_t i = 0; i < tup->items.size() && i < fields.size(); i++) {
      if (i) out += ", ";
      out += fields[i] + "=" + vm.repr_str(tup->items[i]);
    }
  } catch (...) {
    repr_leave(vm, tup);
    throw;
  }
  repr_leave(vm, tup);
  return make_str(out + ")");
}

// Comparisons and + / * work on the plain tuple of the sequence part,
// as on any tuple subclass.
Value plain(const Value& v) {
  StructSeq* s = v.is_obj() ? dynamic_cast<StructSeq*>(v.as_obj()) : nullptr;
  return s ? make_tuple(s->items) : v;
}

Value structseq_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  Value x = plain(a), y = plain(b);
  if (!is_subtype(x.type(), types().tuple) || !is_subtype(y.type(), types().tuple)) return Value::null();
  return vm.compare(x, y, op);
}

Value structseq_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool) {
  Value x = plain(a), y = plain(b);
  if (x.is(a) && y.is(b)) return Value::null();
  try {
    return vm.binary_op(op, x, y);
  } catch (PyException& e) {
    if (!is_subtype(e.value.type(), vm.exc.TypeError)) throw;
    return Value::null();
  }
}

Value field_getter(VM&, NativeFunction* f, Args a, const KwArgs*) {
  size_t i = size_t(f->data.as_int());
  StructSeq* s = a.empty() || !a[0].is_obj() ? nullptr : dynamic_cast<StructSeq*>(a[0].as_obj());
  if (!s) throw_type_error("descriptor '%s' needs a struct sequence", f->name.c_str());
  return i < s->items.size() ? s->items[i] : s->extra[i - s->items.size()];
}

// structseq_new: Type(sequence, dict=None).
Value structseq_new(VM& vm, Type* cls, Args args, const KwArgs* kw) {
  if (!info(cls).instantiable)
    throw_type_error("cannot create '%s' instances", full_name(cls).c_str());
  check_kwargs(full_name(cls).c_str(), kw, {"sequence", "dict"});
  const Value* seq = args.empty() ? kwarg(kw, "sequence") : &args[0];
  if (!seq) throw_type_error("%s() missing required argument 'sequence' (pos 1)", full_name(cls).c_str());
  if (args.size() > 2) throw_type_error("%s() takes at most 2 arguments (%zu given)", full_name(cls).c_str(), args.size());
  std::vector<Value> items = vm.to_vector(*seq);
  size_t min = n_sequence(cls), max = n_fields(cls);
  if (items.size() < min) {
    if (min == max)
      throw_type_error("%s() takes a %zu-sequence (%zu-sequence given)", full_name(cls).c_str(), min, items.size());
    throw_type_error("%s() takes an at least %zu-sequence (%zu-sequence given)", full_name(cls).c_str(), min,
                     items.size());
  }
  if (items.size() > max) {
    if (min == max)
      throw_type_error("%s() takes a %zu-sequence (%zu-sequence given)", full_name(cls).c_str(), min, items.size());
    throw_type_error("%s() takes an at most %zu-sequence (%zu-sequence given)", full_name(cls).c_str(), max,
                     items.size());
  }
  items.resize(max);  // the missing extra fields are None (or taken from `dict`, not supported here)
  return make_structseq(cls, std::move(items));
}

Value structseq_reduce(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  StructSeq* s = static_cast<StructSeq*>(a[0].as<Tuple>());
  Value d = make_dict();
  const std::vector<std::string>& all = info(s->type).fields;
  for (size_t i = 0; i < s->extra.size(); i++) d.as<Dict>()->set(vm, make_str(all[s->items.size() + i]), s->extra[i]);
  return make_tuple({Value(s->type), make_tuple({make_tuple(s->items), d})});
}

}  // namespace

Type* make_structseq_type(const StructSeqSpec& spec) {
  Type* t = make_type(spec.name, types().tuple, spec.module);
  size_t nseq = spec.n_in_sequence ? spec.n_in_sequence : spec.fields.size();
  t->repr = structseq_repr;
  t->new_ = structseq_new;
  t->compare = structseq_compare;
  t->binary = structseq_binary;
  infos()[t] = Info{spec.fields, nseq, spec.instantiable};
  std::vector<Value> visible;
  for (size_t i = 0; i < spec.fields.size(); i++) {
    Property* p = new Property(make_native(spec.fields[i], field_getter, Value::integer(int64_t(i))), Value());
    p->name = make_str(spec.fields[i]);
    t->dict->set(spec.fields[i], Value(p));
    if (i < nseq) visible.push_back(make_str(spec.fields[i]));
  }
  t->dict->set("n_sequence_fields", Value::integer(int64_t(nseq)));
  t->dict->set("n_fields", Value::integer(int64_t(spec.fields.size())));
  t->dict->set("n_unnamed_fields", Value::integer(0));
  t->dict->set("__match_args__", make_tuple(std::move(visible)));
  add_method(t, "__reduce__", structseq_reduce);
  return t;
}

Value make_structseq(Type* t, std::vector<Value> values) {
  size_t nseq = n_sequence(t);
  std::vector<Value> extra(values.begin() + std::ptrdiff_t(std::min(nseq, values.size())), values.end());
  values.resize(std::min(nseq, values.size()));
  return Value(new StructSeq(t, std::move(values), std::move(extra)));
}

}  // namespace sandbox::vm::lib
