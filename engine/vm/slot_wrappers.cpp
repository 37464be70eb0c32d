// The dunder methods of builtin types (CPython's slot wrappers: list.__getitem__,
// object.__setattr__, int.__add__, ...).  The engine implements builtins
// through native slots, not dict entries, so a lookup along an MRO asks each
// builtin type for a wrapper of the slot it implements itself.  super(),
// explicit base calls (dict.__setitem__(self, k, v)) and class attribute
// lookups go through mro_lookup.
#include <map>
#include <utility>

#include "vm/classes.h"

namespace sandbox::vm {

namespace {

enum class Kind : uint8_t {
  Repr, Str, Hash, Compare, Len, Iter, Next, GetItem, SetItem, DelItem, Contains, Bool, Call,
  Binary, RBinary, Unary, GetAttribute, SetAttr, DelAttr, Format
};

struct SlotDef {
  const char* name;
  Kind kind;
  int op;  // CmpOp / BinOp / UnaryOp
};

const SlotDef kSlots[] = {
    {"__repr__", Kind::Repr, 0}, {"__str__", Kind::Str, 0}, {"__hash__", Kind::Hash, 0},
    {"__lt__", Kind::Compare, int(CmpOp::Lt)}, {"__le__", Kind::Compare, int(CmpOp::Le)},
    {"__eq__", Kind::Compare, int(CmpOp::Eq)}, {"__ne__", Kind::Compare, int(CmpOp::Ne)},
    {"__gt__", Kind::Compare, int(CmpOp::Gt)}, {"__ge__", Kind::Compare, int(CmpOp::Ge)},
    {"__len__", Kind::Len, 0}, {"__iter__", Kind::Iter, 0}, {"__next__", Kind::Next, 0},
    {"__getitem__", Kind::GetItem, 0}, {"__setitem__", Kind::SetItem, 0}, {"__delitem__", Kind::DelItem, 0},
    {"__contains__", Kind::Contains, 0}, {"__bool__", Kind::Bool, 0}, {"__call__", Kind::Call, 0},
    {"__add__", Kind::Binary, int(BinOp::Add)}, {"__sub__", Kind::Binary, int(BinOp::Sub)},
    {"__mul__", Kind::Binary, int(BinOp::Mul)}, {"__truediv__", Kind::Binary, int(BinOp::TrueDiv)},
    {"__floordiv__", Kind::Binary, int(BinOp::FloorDiv)}, {"__mod__", Kind::Binary, int(BinOp::Mod)},
    {"__pow__", Kind::Binary, int(BinOp::Pow)}, {"__lshift__", Kind::Binary, int(BinOp::LShift)},
    {"__rshift__", Kind::Binary, int(BinOp::RShift)}, {"__and__", Kind::Binary, int(BinOp::And)},
    {"__or__", Kind::Binary, int(BinOp::Or)}, {"__xor__", Kind::Binary, int(BinOp::Xor)},
    {"__radd__", Kind::RBinary, int(BinOp::Add)}, {"__rsub__", Kind::RBinary, int(BinOp::Sub)},
    {"__rmul__", Kind::RBinary, int(BinOp::Mul)}, {"__rtruediv__", Kind::RBinary, int(BinOp::TrueDiv)},
    {"__rfloordiv__", Kind::RBinary, int(BinOp::FloorDiv)}, {"__rmod__", Kind::RBinary, int(BinOp::Mod)},
    {"__rpow__", Kind::RBinary, int(BinOp::Pow)}, {"__rand__", Kind::RBinary, int(BinOp::And)},
    {"__ror__", Kind::RBinary, int(BinOp::Or)}, {"__rxor__", Kind::RBinary, int(BinOp::Xor)},
    {"__neg__", Kind::Unary, int(UnaryOp::Neg)}, {"__pos__", Kind::Unary, int(UnaryOp::Pos)},
    {"__invert__", Kind::Unary, int(UnaryOp::Invert)},
    {"__getattribute__", Kind::GetAttribute, 0}, {"__setattr__", Kind::SetAttr, 0},
    {"__delattr__", Kind::DelAttr, 0}, {"__format__", Kind::Format, 0},
};

const SlotDef* find_slot(std::string_view name) {
  if (name.size() < 5 || name[0] != '_' || name[1] != '_') return nullptr;
  for (const SlotDef& s : kSlots)
    if (name == s.name) return &s;
  return nullptr;
}

bool is_number_type(const Type* t) { return t == types().int_ || t == types().float_ || t == types().bool_; }

// Arithmetic the VM does itself for exact builtins (no binary slot): which
// operators each builtin has (CPython's nb_* / sq_* methods).
bool builtin_has_binary(const Type* t, BinOp op) {
  const CoreTypes& c = types();
  if (is_number_type(t)) return t == c.float_ ? op != BinOp::LShift && op != BinOp::RShift && op != BinOp::And &&
                                                    op != BinOp::Or && op != BinOp::Xor && op != BinOp::MatMul
                                              : op != BinOp::MatMul;
  if (t == c.str || t == c.bytes) return op == BinOp::Add || op == BinOp::Mul || op == BinOp::Mod;
  if (t == c.list || t == c.tuple) return op == BinOp::Add || op == BinOp::Mul;
  if (t == c.set || t == c.frozenset)
    return op == BinOp::And || op == BinOp::Or || op == BinOp::Xor || op == BinOp::Sub;
  if (t == c.dict) return op == BinOp::Or;
  return false;
}

// Does builtin type t implement this dunder itself (not just inherit it)?
bool owns_slot(const Type* t, const SlotDef& s) {
  const Type* b = t->base.get();
  if (t == types().object) {
    switch (s.kind) {
      case Kind::Repr: case Kind::Str: case Kind::Hash: case Kind::Compare: case Kind::GetAttribute:
      case Kind::SetAttr: case Kind::DelAttr: case Kind::Format:
        return true;
      default: return false;
    }
  }
#define OWN(slot) (t->slot && (!b || b->slot != t->slot))
  switch (s.kind) {
    case Kind::Repr: return OWN(repr);
    case Kind::Str: return OWN(str);
    case Kind::Hash: return OWN(hash);
    case Kind::Compare: return OWN(compare) || builtin_has_binary(t, BinOp::Add) || t == types().set ||
                               t == types().frozenset || t == types().dict;
    case Kind::Len: return OWN(len);
    case Kind::Iter: return OWN(iter);
    case Kind::Next: return OWN(next);
    case Kind::GetItem: return OWN(getitem);
    case Kind::SetItem: case Kind::DelItem: return OWN(setitem);
    case Kind::Contains: return OWN(contains);
    case Kind::Bool: return OWN(truthy) || is_number_type(t);
    case Kind::Call: return OWN(call);
    case Kind::Binary: case Kind::RBinary: return builtin_has_binary(t, BinOp(s.op)) || OWN(binary);
    case Kind::Unary: return is_number_type(t) || OWN(unary);
    case Kind::GetAttribute: return OWN(getattr);
    case Kind::SetAttr: case Kind::DelAttr: return OWN(setattr);
    case Kind::Format: return false;
  }
#undef OWN
  return false;
}

void want_args(const SlotDef& s, std::span<const Value> args, size_t n) {
  if (args.size() != n + 1)
    throw_type_error("expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", args.size() - 1);
  (void)s;
}

Value call_wrapper(VM& vm, NativeFunction* self, std::span<const Value> args, const KwArgs*) {
  const SlotDef& s = *static_cast<const SlotDef*>(self->ctx);
  Type* owner = self->data.as<Type>();
  if (args.empty()) throw_type_error("descriptor '%s' of '%s' object needs an argument", s.name, owner->name.c_str());
  if (!is_subtype(args[0].type(), owner))
    throw_type_error("descriptor '%s' requires a '%s' object but received a '%s'", s.name, owner->name.c_str(),
                     args[0].type()->name.c_str());
  const Value& me = args[0];
  switch (s.kind) {
    case Kind::Repr:
      want_args(s, args, 0);
      return owner->repr ? owner->repr(vm, me) : vm.repr(me);
    case Kind::Str:
      want_args(s, args, 0);
      if (owner == vm.types.object || !owner->str) return vm.repr(me);
      return owner->str(vm, me);
    case Kind::Hash:
      want_args(s, args, 0);
      if (!owner->hash) throw_type_error("unhashable type: '%s'", me.type()->name.c_str());
      return Value::integer(owner->hash(vm, me));
    case Kind::Compare: {
      want_args(s, args, 1);
      CmpOp op = CmpOp(s.op);
      if (owner == vm.types.object) {
        if (op == CmpOp::Eq) return me.is(args[1]) ? Value::boolean(true) : not_implemented();
        if (op == CmpOp::Ne) {  // object_richcompare: the inverse of type(self).__eq__
          Value eq = mro_lookup(me.type(), intern("__eq__"));
          Value r = vm.call(eq, {me, args[1]});
          return r.is(not_implemented()) ? r : Value::boolean(!vm.truthy(r));
        }
        return not_implemented();
      }
      Value r;
      try {
        r = vm.compare(builtin_value(vm, me), builtin_value(vm, args[1]), op);
      } catch (PyException& e) {
        if (!is_subtype(e.value.type(), vm.exc.TypeError)) throw;
        return not_implemented();
      }
      return r;
    }
    case Kind::Len: want_args(s, args, 0); return Value::integer(owner->len(vm, me));
    case Kind::Iter: want_args(s, args, 0); return owner->iter(vm, me);
    case Kind::Next: {
      want_args(s, args, 0);
      Value out;
      if (!owner->next(vm, me, out)) throw_stop_iteration();
      return out;
    }
    case Kind::GetItem: want_args(s, args, 1); return owner->getitem(vm, me, args[1]);
    case Kind::SetItem: want_args(s, args, 2); owner->setitem(vm, me, args[1], args[2]); return Value();
    case Kind::DelItem: want_args(s, args, 1); owner->setitem(vm, me, args[1], Value::null()); return Value();
    case Kind::Contains: want_args(s, args, 1); return Value::boolean(owner->contains(vm, me, args[1]));
    case Kind::Bool: want_args(s, args, 0); return Value::boolean(vm.truthy(builtin_value(vm, me)));
    case Kind::Call: return owner->call(vm, me, args.subspan(1), nullptr);
    case Kind::Binary:
    case Kind::RBinary: {
      want_args(s, args, 1);
      Value a = builtin_value(vm, me), b = args[1];
      if (s.kind == Kind::RBinary) std::swap(a, b);
      try {
        return vm.binary_op(BinOp(s.op), a, b);
      } catch (PyException& e) {
        if (!is_subtype(e.value.type(), vm.exc.TypeError)) throw;
        return not_implemented();
      }
    }
    case Kind::Unary: want_args(s, args, 0); return vm.unary_op(UnaryOp(s.op), builtin_value(vm, me));
    case Kind::GetAttribute: {
      want_args(s, args, 1);
      if (!is_type(args[1], vm.types.str))
        throw_type_error("attribute name must be string, not '%s'", args[1].type()->name.c_str());
      Str* n = intern(args[1].as<Str>()->s);
      Value v = owner->getattr ? owner->getattr(vm, me, n) : generic_getattr(vm, me, n);
      if (v.is_null()) throw_attribute_error("'%s' object has no attribute '%s'", me.type()->name.c_str(), n->s.c_str());
      return v;
    }
    case Kind::SetAttr:
    case Kind::DelAttr: {
      want_args(s, args, s.kind == Kind::SetAttr ? 2 : 1);
      if (!is_type(args[1], vm.types.str))
        throw_type_error("attribute name must be string, not '%s'", args[1].type()->name.c_str());
      Str* n = intern(args[1].as<Str>()->s);
      Value v = s.kind == Kind::SetAttr ? args[2] : Value::null();
      if (owner->setattr) owner->setattr(vm, me, n, v);
      else generic_setattr(vm, me, n, v);
      return Value();
    }
    case Kind::Format: {
      want_args(s, args, 1);
      if (!is_type(args[1], vm.types.str))
        throw_type_error("argument 1 must be str, not %s", args[1].type()->name.c_str());
      if (!args[1].as<Str>()->s.empty())
        throw_type_error("unsupported format string passed to %s.__format__", me.type()->name.c_str());
      return vm.str(me);
    }
  }
  return Value();
}

// One wrapper per (type, dunder), made on first use: `list.__len__ is list.__len__`.
std::map<std::pair<const Type*, const SlotDef*>, Value>& wrapper_cache() {
  static auto* cache = new std::map<std::pair<const Type*, const SlotDef*>, Value>();
  return *cache;
}

Value slot_wrapper(const Type* t, Str* name) {
  const SlotDef* s = find_slot(name->s);
  if (!s || !owns_slot(t, *s)) return Value::null();
  auto& cache = wrapper_cache();
  auto key = std::make_pair(t, s);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  Value w = make_native(s->name, call_wrapper, Value(const_cast<Type*>(t)),
                        const_cast<SlotDef*>(s));
  w.as<NativeFunction>()->is_method = true;  // a slot wrapper binds like any method descriptor
  cache.emplace(key, w);
  return w;
}

}  // namespace

Value mro_lookup(const Type* t, Str* name, size_t start, Type** where) {
  for (size_t i = start; i < t->mro.size(); ++i) {
    Type* m = t->mro[i];
    Value v = m->dict->get(name);
    if (v.is_null() && !m->python_class) v = slot_wrapper(m, name);
    if (!v.is_null()) {
      if (where) *where = m;
      return v;
    }
  }
  return Value::null();
}

}  // namespace sandbox::vm
