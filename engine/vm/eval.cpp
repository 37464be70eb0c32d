// VM::run_loop: the bytecode dispatch loop (CPython's _PyEval_EvalFrameDefault).
#include <cstring>
#include <new>
#include <stdexcept>

#include "vm/eval_match.h"
#include "vm/exception_group.h"
#include "vm/annotations.h"
#include "vm/attr_cache.h"
#include "vm/async_gen.h"
#include "vm/gen_delegate.h"
#include "vm/importer.h"
#include "vm/internal.h"
#include "vm/warnings.h"
#include "vm/opcodes.h"

namespace sandbox::vm {


static inline bool is_pycoro(const Value& v) {
  return v.is_obj() && (v.as_obj()->type == types().coroutine || v.as_obj()->type == types().generator);
}

ResumeResult VM::run_loop(Frame* entry, Frame* start, int mode, const Value& val) {
  struct Restore {
    VM& vm;
    Frame* saved;
    ~Restore() {
      vm.current_ = saved;
      --vm.run_depth_;
    }
  } restore{*this, current_};
  ++run_depth_;

  Frame* f = start;
  Value pend = Value::null();
  bool add_tb = false;
  int dmode = mode;
  Value dval = val;
  Value* v = nullptr;
  Value* sp = nullptr;
  uint32_t ip = 0;
  const uint32_t* ops = nullptr;
  const int32_t* lines = nullptr;
  const CoreTypes& T = types;
  // Read once: a local the compiler keeps in a register, not a member it
  // must reload after every call that might have changed it.  Nothing sets
  // it while code runs (the session sets it before starting).
  const bool trace_lines = trace_lines_;

#define LOAD() \
  (v = f->v, sp = f->v + f->sp, ip = f->ip, ops = f->code->ops.data(), lines = f->code->lines.data(), current_ = f)
#define SAVE() (f->sp = uint32_t(sp - v), f->ip = ip)
#define PUSH(x) (*sp++ = (x))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])

  // What `catch (PyException&)` below does, for the instructions that raise
  // without throwing: a C++ throw costs microseconds of unwinding, more than
  // the rest of a `raise` or a dict miss together.
  auto raise_here = [&](Value e) {
    pend = std::move(e);
    add_tb = true;
    chain_context(f, pend);
    hooks_->on_exception_raised(*this, pend, f->current_line());
  };

  // Every frame from top up to entry leaves the running chain, state kept.
  auto suspend_chain = [&](Frame* top, Value y) -> ResumeResult {
    for (Frame* x = top;; x = x->back) {
      --depth_;
      if (x == entry) break;
      if (x->owner) x->owner->state = Coroutine::State::Suspended;
    }
    return {ResumeKind::Yielded, std::move(y)};
  };

  for (;;) {
    // ---- deliver a sent value / thrown exception into a suspended chain
    if (dmode) {
      for (;;) {
        if (f->callee) {
          Frame* c = f->callee.get();
          c->back = f;
          ++depth_;
          f = c;
          continue;
        }
        if (is_pycoro(f->delegate)) {
          Coroutine* co = f->delegate.as<Coroutine>();
          if (co->frame && co->state == Coroutine::State::Suspended && closes_delegate(dmode, dval)) {
            // _gen_throw: close the delegate (gen_close_iter), then raise the
            // GeneratorExit, or what closing raised, here.
            Value d = f->delegate;
            current_ = f;
            try {
              coro_close(d);
            } catch (PyException& e) {
              dval = e.value;
            }
            f->delegate = Value::null();
            f->v[--f->sp] = Value();
            break;
          }
          if (co->frame && co->state == Coroutine::State::Suspended) {
            Frame* g = co->frame.get();
            g->back = f;
            co->state = Coroutine::State::Running;
            ++depth_;
            f = g;
            continue;
          }
        }
        break;
      }
      if (!f->delegate.is_null()) {
        Value d = f->delegate;
        ResumeResult r{ResumeKind::Returned, Value()};
        current_ = f;
        try {
          r = delegate_resume(*this, d, dmode, dval);
        } catch (PyException& e) {
          r = {ResumeKind::Raised, e.value};
        }
        dmode = 0;
        dval = Value();
        if (r.kind == ResumeKind::Yielded) return suspend_chain(f, std::move(r.value));
        f->delegate = Value::null();
        f->v[--f->sp] = Value();
        if (r.kind == ResumeKind::Returned) {
          f->v[f->sp++] = std::move(r.value);
        } else {
          pend = std::move(r.value);
          add_tb = true;
          chain_context(f, pend);
        }
      } else {
        if (dmode >= 2) {
          pend = dval;
          add_tb = true;
        } else if (f->ip != 0) {
          f->v[f->sp++] = dval;
        }
        dmode = 0;
        dval = Value();
      }
    }

    // ---- unwind a pending exception to a handler, frame by frame
    while (!pend.is_null()) {
      if (add_tb && pend.is_obj() && pend.as_obj()->type->is_exception) {
        ExceptionObj* e = pend.as<ExceptionObj>();
        e->traceback.push_back({f->code, f->current_line(), f->current_instr()});
        e->tb_mem.set(e->traceback.capacity() * sizeof(TracebackEntry));
      }
      add_tb = true;
      if (!f->blocks.empty()) {
        Block b = f->blocks.back();
        f->blocks.pop_back();
        for (uint32_t i = b.depth; i < f->sp; ++i) f->v[i] = Value();
        f->sp = b.depth;
        f->v[f->sp++] = std::move(pend);
        pend = Value::null();
        f->ip = b.handler;
        break;
      }
      Frame* done = f;
      Frame* back = f->back;
      Coroutine* owner = f->owner;
      --depth_;
      pend = gen_exit_exception(done, pend);
      if (done == entry) {
        current_ = f;
        return {ResumeKind::Raised, std::move(pend)};
      }
      Ref<Frame> keep(done);
      if (owner) {
        owner->state = Coroutine::State::Finished;
        owner->frame.reset();
      }
      keep_unstarted_coroutines(done, pend);
      done->clear();
      f = back;
      if (f->callee.get() == done) {
        f->callee.reset();
      } else if (owner) {
        f->delegate = Value::null();
        f->v[--f->sp] = Value();
      }
    }

    LOAD();
    try {
      for (;;) {
        if (--budget_left_ == 0) {
          SAVE();
          if (run_due_gc() && budget_left_ != 0) {
            LOAD();
            continue;
          }
          if (memory_trip_) {
            // The heap passed its limit (vm/heap.h): MemoryError here, or
            // the end of the run once far past it.
            memory_trip_ = false;
            budget_left_ = saved_budget_ ? saved_budget_ : 1;
            if (heap_account().used <= hard_limit_) throw_memory_error();
            memory_aborted_ = true;
          }
          abort_line_ = f->current_line();
          throw VMAbort();
        }
        if (trace_lines) {
          int ln = lines[ip];
          if (ln != f->line) {
            f->line = ln;
            SAVE();
            hooks_->on_line(*this, ln);
          }
        }
        uint32_t w = ops[ip++];
        uint32_t arg = w >> 8;
        switch (Op(w & 0xff)) {
          case Op::NOP: break;
          case Op::POP_TOP: *--sp = Value(); break;
          case Op::COPY: { Value x = sp[-int(arg)]; PUSH(std::move(x)); break; }
          case Op::SWAP: std::swap(sp[-1], sp[-int(arg)]); break;
          case Op::PUSH_NULL: PUSH(Value::null()); break;
          case Op::LOAD_CONST: PUSH(f->code->consts[arg]); break;
          case Op::LOAD_FAST: {
            const Value& x = v[arg];
            if (x.is_null()) { SAVE(); throw_unbound_local(f->code->varnames[arg].get()); }
            PUSH(x);
            break;
          }
          case Op::STORE_FAST: v[arg] = POP(); break;
          case Op::DELETE_FAST:
            if (v[arg].is_null()) { SAVE(); throw_unbound_local(f->code->varnames[arg].get()); }
            v[arg] = Value::null();
            break;
          case Op::LOAD_DEREF: {
            Cell* c = v[f->code->nlocals() + arg].as<Cell>();
            if (c->value.is_null()) {
              SAVE();
              size_t nc = f->code->cellvars.size();
              if (arg < nc) throw_unbound_local(f->code->cellvars[arg].get());
              throw_name_error("cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                               f->code->freevars[arg - nc]->s.c_str());
            }
            PUSH(c->value);
            break;
          }
          case Op::STORE_DEREF: v[f->code->nlocals() + arg].as<Cell>()->value = POP(); break;
          case Op::DELETE_DEREF: {
            // Deleting an empty cell is the same error as reading it (format_exc_unbound).
            Cell* c = v[f->code->nlocals() + arg].as<Cell>();
            if (c->value.is_null()) {
              SAVE();
              size_t nc = f->code->cellvars.size();
              if (arg < nc) throw_unbound_local(f->code->cellvars[arg].get());
              throw_name_error("cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                               f->code->freevars[arg - nc]->s.c_str());
            }
            c->value = Value::null();
            break;
          }
          case Op::LOAD_CLOSURE: PUSH(v[f->code->nlocals() + arg]); break;
          case Op::LOAD_CLASSDEREF: {
            size_t nc = f->code->cellvars.size();
            Str* name = arg < nc ? f->code->cellvars[arg].get() : f->code->freevars[arg - nc].get();
            Value x = f->locals ? f->locals->get(name) : Value::null();
            if (x.is_null()) {
              x = v[f->code->nlocals() + arg].as<Cell>()->value;
              if (x.is_null()) { SAVE(); throw_name_error("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name->s.c_str()); }
            }
            PUSH(std::move(x));
            break;
          }
          case Op::LOAD_NAME: {
            Str* name = f->code->names[arg].get();
            Value x = f->locals ? f->locals->get(name) : Value::null();
            if (x.is_null()) x = f->globals->get(name);
            if (x.is_null()) x = builtins_->dict->get(name);
            if (x.is_null()) { SAVE(); throw_name_error("name '%s' is not defined", name->s.c_str()); }
            PUSH(std::move(x));
            break;
          }
          case Op::STORE_NAME: {
            Value x = POP();
            Dict* ns = (f->locals ? f->locals : f->globals).get();
            if (ns->type != types.dict) {  // a metaclass's __prepare__ namespace: its own __setitem__
              SAVE();
              setitem(Value(ns), Value(f->code->names[arg].get()), x);
              break;
            }
            ns->set(f->code->names[arg].get(), std::move(x));
            break;
          }
          case Op::DELETE_NAME: {
            Str* name = f->code->names[arg].get();
            if (!(f->locals ? f->locals : f->globals)->remove(name)) { SAVE(); throw_name_error("name '%s' is not defined", name->s.c_str()); }
            break;
          }
          case Op::LOAD_GLOBAL: {
            Str* name = f->code->names[arg].get();
            Dict* g = f->globals.get();
            int64_t ix = dict_find_str(g, name);
            if (ix < 0) {
              g = builtins_->dict.get();
              ix = dict_find_str(g, name);
            }
            if (ix < 0) { SAVE(); throw_name_error("name '%s' is not defined", name->s.c_str()); }
            PUSH(g->entries[size_t(ix)].value);
            break;
          }
          case Op::STORE_GLOBAL: { Value x = POP(); f->globals->set(f->code->names[arg].get(), std::move(x)); break; }
          case Op::DELETE_GLOBAL: {
            Str* name = f->code->names[arg].get();
            if (!f->globals->remove(name)) { SAVE(); throw_name_error("name '%s' is not defined", name->s.c_str()); }
            break;
          }
          case Op::LOAD_ATTR: {
            SAVE();
            Value r = getattr(TOP(), f->code->names[arg].get());
            TOP() = std::move(r);
            break;
          }
          case Op::STORE_ATTR: {
            SAVE();
            Value obj = POP();
            Value x = POP();
            setattr(obj, f->code->names[arg].get(), x);
            break;
          }
          case Op::DELETE_ATTR: {
            SAVE();
            Value obj = POP();
            delattr(obj, f->code->names[arg].get());
            break;
          }
          case Op::LOAD_METHOD: {
            SAVE();
            Str* name = f->code->names[arg].get();
            Value obj = TOP();
            Type* t = obj.type();
            if (!t->getattr) {
              Value d = type_lookup(t, name);
              // Only what binds (vm/descriptors.cpp is_plain_function): a
              // builtin function stored on a class is called without self.
              if (d.is_obj() && (d.as_obj()->type == T.function ||
                                 (d.as_obj()->type == T.native_function && d.as<NativeFunction>()->is_method))) {
                Dict* id = obj.is_obj() ? obj.as_obj()->instance_dict() : nullptr;
                if (!id || id->get(name).is_null()) {
                  TOP() = std::move(d);
                  PUSH(std::move(obj));
                  break;
                }
              }
            }
            TOP() = getattr(obj, name);
            PUSH(Value::null());
            break;
          }
          case Op::BINARY_SUBSCR: {
            Value key = POP();
            Value& c = TOP();
            if (is_type(c, T.list) && key.is_int()) {
              List* l = c.as<List>();
              int64_t i = key.as_int();
              if (i < 0) i += int64_t(l->items.size());
              if (i >= 0 && i < int64_t(l->items.size())) {
                Value x = l->items[size_t(i)];
                c = std::move(x);
                break;
              }
            }
            if (is_type(c, T.dict)) {  // dict_subscript: an exact dict has no __missing__
              SAVE();
              Value x = c.as<Dict>()->get(*this, key);
              if (!x.is_null()) {
                c = std::move(x);
                break;
              }
              raise_here(make_exception_args(exc.KeyError, {key}));
              goto next_round;
            }
            SAVE();
            Value r = getitem(c, key);
            TOP() = std::move(r);
            break;
          }
          case Op::STORE_SUBSCR: {
            SAVE();
            Value key = POP();
            Value obj = POP();
            Value x = POP();
            if (is_type(obj, T.list) && key.is_int()) {
              List* l = obj.as<List>();
              int64_t i = key.as_int();
              if (i < 0) i += int64_t(l->items.size());
              if (i >= 0 && i < int64_t(l->items.size())) { l->items[size_t(i)] = std::move(x); break; }
            }
            if (is_type(obj, T.dict)) { obj.as<Dict>()->set(*this, key, std::move(x)); break; }
            setitem(obj, key, x);
            break;
          }
          case Op::DELETE_SUBSCR: {
            SAVE();
            Value key = POP();
            Value obj = POP();
            delitem(obj, key);
            break;
          }
          case Op::BUILD_SLICE: {
            Value step = arg == 3 ? POP() : Value();
            Value stop = POP();
            Value startv = POP();
            PUSH(Value(new Slice(std::move(startv), std::move(stop), std::move(step))));
            break;
          }
          case Op::BINARY_OP: {
            Value& a = sp[-2];
            const Value& b = sp[-1];
            BinOp op = BinOp(arg & 0xff);
            if (a.is_int() && b.is_int()) {
              int64_t x = a.as_int(), y = b.as_int(), r;
              bool done = true;
              switch (op) {
                case BinOp::Add: if (__builtin_add_overflow(x, y, &r)) done = false; break;
                case BinOp::Sub: if (__builtin_sub_overflow(x, y, &r)) done = false; break;
                case BinOp::Mul: if (__builtin_mul_overflow(x, y, &r)) done = false; break;
                default: done = false; break;
              }
              if (done) {
                *--sp = Value();
                a = Value::integer(r);
                break;
              }
            } else if (a.is_float() && b.is_float()) {
              double x = a.as_float(), y = b.as_float();
              bool done = true;
              double r = 0;
              switch (op) {
                case BinOp::Add: r = x + y; break;
                case BinOp::Sub: r = x - y; break;
                case BinOp::Mul: r = x * y; break;
                default: done = false; break;
              }
              if (done) {
                *--sp = Value();
                a = Value::real(r);
                break;
              }
            }
            SAVE();
            Value r = binary_op_ex(*this, op, a, b, (arg & 0x100) != 0);
            *--sp = Value();
            TOP() = std::move(r);
            break;
          }
          case Op::UNARY_NEG: { SAVE(); Value r = unary_op(UnaryOp::Neg, TOP()); TOP() = std::move(r); break; }
          case Op::UNARY_POS: { SAVE(); Value r = unary_op(UnaryOp::Pos, TOP()); TOP() = std::move(r); break; }
          case Op::UNARY_INVERT: { SAVE(); Value r = unary_op(UnaryOp::Invert, TOP()); TOP() = std::move(r); break; }
          case Op::UNARY_NOT: { SAVE(); bool t = truthy(TOP()); TOP() = Value::boolean(!t); break; }
          case Op::COMPARE_OP: {
            Value& a = sp[-2];
            const Value& b = sp[-1];
            if (a.is_int() && b.is_int()) {
              int64_t x = a.as_int(), y = b.as_int();
              bool r = false;
              switch (CmpOp(arg)) {
                case CmpOp::Lt: r = x < y; break;
                case CmpOp::Le: r = x <= y; break;
                case CmpOp::Eq: r = x == y; break;
                case CmpOp::Ne: r = x != y; break;
                case CmpOp::Gt: r = x > y; break;
                case CmpOp::Ge: r = x >= y; break;
              }
              *--sp = Value();
              a = Value::boolean(r);
              break;
            }
            SAVE();
            Value r = compare(a, b, CmpOp(arg));
            *--sp = Value();
            TOP() = std::move(r);
            break;
          }
          case Op::IS_OP: {
            bool r = sp[-2].is(sp[-1]);
            *--sp = Value();
            TOP() = Value::boolean(arg ? !r : r);
            break;
          }
          case Op::CONTAINS_OP: {
            SAVE();
            bool r = contains(sp[-1], sp[-2]);
            *--sp = Value();
            TOP() = Value::boolean(arg ? !r : r);
            break;
          }
          case Op::JUMP: ip = arg; break;
          case Op::POP_JUMP_IF_FALSE: {
            Value c = POP();
            bool t = c.is_bool() ? c.as_bool() : (SAVE(), truthy(c));
            if (!t) ip = arg;
            break;
          }
          case Op::POP_JUMP_IF_TRUE: {
            Value c = POP();
            bool t = c.is_bool() ? c.as_bool() : (SAVE(), truthy(c));
            if (t) ip = arg;
            break;
          }
          case Op::JUMP_IF_FALSE_OR_POP: {
            SAVE();
            if (!truthy(TOP())) ip = arg;
            else *--sp = Value();
            break;
          }
          case Op::JUMP_IF_TRUE_OR_POP: {
            SAVE();
            if (truthy(TOP())) ip = arg;
            else *--sp = Value();
            break;
          }
          case Op::GET_ITER: {
            SAVE();
            Value it = iter(TOP());
            TOP() = std::move(it);
            break;
          }
          case Op::FOR_ITER: {
            Value& it = TOP();
            Type* t = it.type();
            if (!t->next) { SAVE(); throw_type_error("'%s' object is not an iterator", t->name.c_str()); }
            SAVE();
            Value x;
            if (t->next(*this, it, x)) {
              PUSH(std::move(x));
            } else {
              *--sp = Value();
              ip = arg;
            }
            break;
          }
          case Op::BUILD_TUPLE: {
            std::vector<Value> items(arg);
            for (uint32_t i = arg; i-- > 0;) items[i] = POP();
            PUSH(make_tuple(std::move(items)));
            break;
          }
          case Op::BUILD_LIST: {
            std::vector<Value> items(arg);
            for (uint32_t i = arg; i-- > 0;) items[i] = POP();
            PUSH(make_list(std::move(items)));
            break;
          }
          case Op::BUILD_SET: {
            SAVE();
            Value s = make_set();
            Set* st = s.as<Set>();
            for (uint32_t i = 0; i < arg; ++i) st->add(*this, sp[-int(arg) + int(i)]);
            for (uint32_t i = 0; i < arg; ++i) *--sp = Value();
            PUSH(std::move(s));
            break;
          }
          case Op::BUILD_MAP: {
            SAVE();
            Value d = make_dict();
            Dict* dd = d.as<Dict>();
            for (uint32_t i = 0; i < arg; ++i) dd->set(*this, sp[-2 * int(arg) + 2 * int(i)], sp[-2 * int(arg) + 2 * int(i) + 1]);
            for (uint32_t i = 0; i < 2 * arg; ++i) *--sp = Value();
            PUSH(std::move(d));
            break;
          }
          case Op::LIST_APPEND: { Value x = POP(); List* l = sp[-int(arg)].as<List>(); l->items.push_back(std::move(x)); l->account(); break; }
          case Op::SET_ADD: { SAVE(); Value x = POP(); sp[-int(arg)].as<Set>()->add(*this, x); break; }
          case Op::MAP_ADD: {
            SAVE();
            Value val2 = POP();
            Value key = POP();
            sp[-int(arg)].as<Dict>()->set(*this, key, std::move(val2));
            break;
          }
          case Op::LIST_EXTEND: {
            SAVE();
            Value x = POP();
            if (!x.type()->iter) throw_type_error("Value after * must be an iterable, not %s", x.type()->name.c_str());
            std::vector<Value> items = to_vector(x);
            auto& dst = sp[-int(arg)].as<List>()->items;
            dst.insert(dst.end(), items.begin(), items.end());
            break;
          }
          case Op::SET_UPDATE: {
            SAVE();
            Value x = POP();
            Set* st = sp[-int(arg)].as<Set>();
            if (x.is_obj() && (x.as_obj()->type == T.set || x.as_obj()->type == T.frozenset))
              st->merge(*this, *x.as<Set>());
            else
              for (const Value& i : to_vector(x)) st->add(*this, i);
            break;
          }
          case Op::DICT_UPDATE:
          case Op::DICT_MERGE: {
            SAVE();
            Value x = POP();
            Dict* d = sp[-int(arg)].as<Dict>();
            if (!is_type(x, T.dict) && Op(w & 0xff) == Op::DICT_UPDATE) {
              dict_update_from_mapping(*this, d, x);
              break;
            }
            if (!is_type(x, T.dict)) {
              if (Op(w & 0xff) == Op::DICT_MERGE)
                throw_type_error("argument after ** must be a mapping, not %s", x.type()->name.c_str());
              throw_type_error("'%s' object is not a mapping", x.type()->name.c_str());
            }
            Dict* src = x.as<Dict>();
            for (size_t i = 0; i < src->entries.size(); ++i) {
              if (src->entries[i].key.is_null()) continue;
              Value k = src->entries[i].key, val2 = src->entries[i].value;
              if (Op(w & 0xff) == Op::DICT_MERGE) {
                if (!is_type(k, T.str)) throw_type_error("keywords must be strings");
                if (!d->get(*this, k).is_null()) throw_type_error("got multiple values for keyword argument '%s'", k.as<Str>()->s.c_str());
              }
              d->set(*this, k, val2);
            }
            break;
          }
          case Op::LIST_TO_TUPLE: { Value l = POP(); PUSH(make_tuple(std::move(l.as<List>()->items))); break; }
          case Op::BUILD_STRING: {
            size_t total = 0;
            for (uint32_t i = 0; i < arg; ++i) total += sp[-int(arg) + int(i)].as<Str>()->s.size();
            std::string s;
            s.reserve(total);
            for (uint32_t i = 0; i < arg; ++i) s += sp[-int(arg) + int(i)].as<Str>()->s;
            for (uint32_t i = 0; i < arg; ++i) *--sp = Value();
            PUSH(make_str(std::move(s)));
            break;
          }
          case Op::FORMAT_VALUE: {
            SAVE();
            Value spec = (arg & 4) ? POP() : Value::null();
            Value x = POP();
            switch (arg & 3) {
              case 1: x = str(x); break;
              case 2: case 3: x = repr(x); break;
              default: break;
            }
            if (spec.is_null() || spec.as<Str>()->s.empty()) {
              PUSH(is_type(x, T.str) ? std::move(x) : str(x));
            } else {
              PUSH(format_value(*this, x, spec));
            }
            break;
          }
          case Op::UNPACK_SEQUENCE: {
            SAVE();
            Value seq = POP();
            const std::vector<Value>* items = nullptr;
            std::vector<Value> tmp;
            if (is_type(seq, T.tuple)) items = &seq.as<Tuple>()->items;
            else if (is_type(seq, T.list)) items = &seq.as<List>()->items;
            else {
              if (!seq.type()->iter) throw_type_error("cannot unpack non-iterable %s object", seq.type()->name.c_str());
              Value it = iter(seq);
              Value x;
              while (next(it, x)) {
                tmp.push_back(std::move(x));
                if (tmp.size() > arg) break;
              }
              items = &tmp;
            }
            if (items->size() != arg) {
              if (items->size() < arg)
                throw_value_error("not enough values to unpack (expected %u, got %zu)", arg, items->size());
              throw_value_error("too many values to unpack (expected %u)", arg);
            }
            for (uint32_t i = arg; i-- > 0;) PUSH((*items)[i]);
            break;
          }
          case Op::UNPACK_EX: {
            SAVE();
            Value seq = POP();
            uint32_t before = arg & 0xff, after = arg >> 8;
            if (!seq.type()->iter) throw_type_error("cannot unpack non-iterable %s object", seq.type()->name.c_str());
            std::vector<Value> items = to_vector(seq);
            if (items.size() < before + after)
              throw_value_error("not enough values to unpack (expected at least %u, got %zu)", before + after, items.size());
            for (uint32_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i]);
            PUSH(make_list(std::vector<Value>(items.begin() + before, items.end() - after)));
            for (uint32_t i = before; i-- > 0;) PUSH(items[i]);
            break;
          }
          case Op::CALL:
          case Op::CALL_KW: {
            Value kwnames = Op(w & 0xff) == Op::CALL_KW ? POP() : Value::null();
            uint32_t n = arg;
            Value* base = sp - n - 2;
            if (base[1].is_null() && is_type(base[0], T.bound_method)) {
              BoundMethod* bm = base[0].as<BoundMethod>();
              Value self = bm->self, func = bm->func;
              base[1] = std::move(self);
              base[0] = std::move(func);
            }
            Value* args = base[1].is_null() ? base + 2 : base + 1;
            size_t nargs = base[1].is_null() ? n : n + 1;
            KwArgs kwa;
            const KwArgs* kw = nullptr;
            if (!kwnames.is_null()) {
              auto& names = kwnames.as<Tuple>()->items;
              nargs -= names.size();
              kwa = KwArgs{names, std::span<const Value>(args + nargs, names.size())};
              kw = &kwa;
            }
            SAVE();
            if (is_type(base[0], T.function)) {
              Function* fn = base[0].as<Function>();
              if (!fn->code->is_coroutine && !fn->code->is_generator) {
                if (depth_ >= recursion_limit_) throw_recursion_error("maximum recursion depth exceeded");
                Frame* nf = make_call_frame(fn, std::span<const Value>(args, nargs), kw);
                while (sp > base) *--sp = Value();
                SAVE();
                f->callee = Ref<Frame>(nf);
                decref(nf);
                nf->back = f;
                ++depth_;
                f = nf;
                LOAD();
                break;
              }
            }
            Value r = call(base[0], std::span<const Value>(args, nargs), kw);
            while (sp > base) *--sp = Value();
            if (suspend_requested_) {
              suspend_requested_ = false;
              Value req = std::move(pending_suspend_);
              pending_suspend_ = Value();
              if (!entry->owner) throw_runtime_error("cannot suspend here: a native function is on the stack");
              SAVE();
              return suspend_chain(f, std::move(req));
            }
            PUSH(std::move(r));
            break;
          }
          case Op::CALL_FUNCTION_EX: {
            SAVE();
            Value kwd = (arg & 1) ? POP() : Value::null();
            Value argt = POP();
            Value self = POP();
            Value callable = POP();
            std::vector<Value> args;
            if (!self.is_null()) args.push_back(self);
            for (const Value& a : argt.as<Tuple>()->items) args.push_back(a);
            std::vector<Value> names, vals;
            KwArgs kwa;
            if (!kwd.is_null()) {
              kwd.as<Dict>()->for_each([&](const Value& k, const Value& x) {
                names.push_back(k);
                vals.push_back(x);
              });
              kwa = KwArgs{names, vals};
            }
            Value r = call(callable, args, kwd.is_null() ? nullptr : &kwa);
            if (suspend_requested_) {
              suspend_requested_ = false;
              Value req = std::move(pending_suspend_);
              pending_suspend_ = Value();
              if (!entry->owner) throw_runtime_error("cannot suspend here: a native function is on the stack");
              SAVE();
              return suspend_chain(f, std::move(req));
            }
            PUSH(std::move(r));
            break;
          }
          case Op::MAKE_FUNCTION: {
            Value code = POP();
            Value closure = (arg & 8) ? POP() : Value::null();
            Value annotations = (arg & 4) ? POP() : Value::null();
            Value kwdefaults = (arg & 2) ? POP() : Value::null();
            Value defaults = (arg & 1) ? POP() : Value::null();
            Function* fn = new Function(code.as<Code>(), f->globals);
            Value fv(fn);
            if (!defaults.is_null()) fn->defaults = defaults.as<Tuple>()->items;
            if (!kwdefaults.is_null()) fn->kwdefaults = kwdefaults.as<Dict>();
            if (!annotations.is_null()) fn->annotations = annotations_dict(annotations);
            if (!closure.is_null())
              for (const Value& c : closure.as<Tuple>()->items) fn->closure.push_back(Ref<Cell>(c.as<Cell>()));
            PUSH(std::move(fv));
            break;
          }
          case Op::RETURN_VALUE: {
            Value r = POP();
            SAVE();
            Frame* done = f;
            Frame* back = f->back;
            Coroutine* owner = f->owner;
            --depth_;
            if (done == entry) return {ResumeKind::Returned, std::move(r)};
            Ref<Frame> keep(done);
            if (owner) {
              owner->state = Coroutine::State::Finished;
              owner->frame.reset();
            }
            done->clear();
            f = back;
            if (f->callee.get() == done) {
              f->callee.reset();
            } else if (owner) {
              f->delegate = Value::null();
              f->v[--f->sp] = Value();
            }
            f->v[f->sp++] = std::move(r);
            LOAD();
            break;
          }
          case Op::YIELD_VALUE: {
            Value y = POP();
            if (arg) y = wrap_async_gen_value(std::move(y));
            SAVE();
            return suspend_chain(f, std::move(y));
          }
          case Op::GET_AWAITABLE: {
            SAVE();
            Value it = get_awaitable_iter(*this, TOP());
            TOP() = std::move(it);
            break;
          }
          case Op::YIELD_FROM: {
            Value sent = POP();
            Value iterv = TOP();
            SAVE();
            if (is_pycoro(iterv)) {
              Coroutine* co = iterv.as<Coroutine>();
              if (co->state == Coroutine::State::Finished && co->is_generator) {
                // An exhausted generator: `yield from` it gives None at once.
                *--sp = Value();
                PUSH(Value());
                break;
              }
              if (co->state == Coroutine::State::Finished) throw_runtime_error("cannot reuse already awaited coroutine");
              if (co->state == Coroutine::State::Running)
                throw_value_error("%s already executing", co->is_generator ? "generator" : "coroutine");
              if (depth_ >= recursion_limit_) throw_recursion_error("maximum recursion depth exceeded");
              f->delegate = iterv;
              Frame* g = co->frame.get();
              g->back = f;
              bool fresh = co->state == Coroutine::State::Created;
              co->state = Coroutine::State::Running;
              ++depth_;
              f = g;
              if (fresh) {
                LOAD();
                break;
              }
              dmode = 1;
              dval = std::move(sent);
              goto next_round;
            }
            ResumeResult r = delegate_resume(*this, iterv, 1, sent);
            if (r.kind == ResumeKind::Yielded) {
              f->delegate = iterv;
              SAVE();
              return suspend_chain(f, std::move(r.value));
            }
            *--sp = Value();
            if (r.kind == ResumeKind::Returned) {
              PUSH(std::move(r.value));
              break;
            }
            SAVE();
            pend = std::move(r.value);
            add_tb = true;
            chain_context(f, pend);
            goto next_round;
          }
          case Op::GET_AITER: {
            SAVE();
            Value obj = POP();
            Value m = lookup_special_method(*this, obj, "__aiter__");
            if (m.is_null())
              throw_type_error("'async for' requires an object with __aiter__ method, got %s", obj.type()->name.c_str());
            PUSH(call(m, std::span<const Value>()));
            break;
          }
          case Op::GET_ANEXT: {
            SAVE();
            Value ait = TOP();
            Value m = lookup_special_method(*this, ait, "__anext__");
            if (m.is_null())
              throw_type_error("'async for' requires an iterator with __anext__ method, got %s", ait.type()->name.c_str());
            Value aw = call(m, std::span<const Value>());
            PUSH(get_awaitable_iter(*this, aw));
            break;
          }
          case Op::END_ASYNC_FOR: {
            Value e = POP();
            *--sp = Value();
            if (is_subtype(e.type(), exc.StopAsyncIteration)) break;
            SAVE();
            pend = std::move(e);
            add_tb = false;
            goto next_round;
          }
          case Op::SETUP_FINALLY: f->blocks.push_back({arg, uint32_t(sp - v)}); break;
          case Op::SETUP_CLEANUP: f->blocks.push_back({arg, uint32_t(sp - v) - 1}); break;
          case Op::POP_BLOCK: f->blocks.pop_back(); break;
          case Op::PUSH_EXC_INFO: {
            Value e = POP();
            PUSH(f->handling.is_null() ? Value() : f->handling);
            f->handling = e;
            PUSH(std::move(e));
            break;
          }
          case Op::POP_EXCEPT: {
            Value prev = POP();
            f->handling = std::move(prev);
            break;
          }
          case Op::CHECK_EXC_MATCH: {
            SAVE();
            Value spec = POP();
            bool m = exception_matches_spec(*this, TOP(), spec);
            if (m) hooks_->on_exception_caught(*this, TOP(), f->current_line());
            PUSH(Value::boolean(m));
            break;
          }
          case Op::RERAISE: {
            Value e = POP();
            SAVE();
            pend = std::move(e);
            add_tb = false;
            goto next_round;
          }
          case Op::POP_EXCEPT_RERAISE: {
            Value e = POP();
            Value prev = POP();
            f->handling = std::move(prev);
            SAVE();
            pend = std::move(e);
            add_tb = false;
            goto next_round;
          }
          case Op::RAISE_VARARGS: {
            SAVE();
            if (arg == 0) {
              Value h = handled_exception_of(f);
              if (!h.is_obj()) throw_runtime_error("No active exception to reraise");
              pend = std::move(h);
              add_tb = false;
              goto next_round;
            }
            Value cause = arg == 2 ? POP() : Value::null();
            Value x = POP();
            Value e = make_raisable_value(*this, x);
            if (arg == 2) {
              Value c = cause;
              if (!c.is_none()) c = make_raisable_value(*this, cause);
              e.as<ExceptionObj>()->cause = c;
              e.as<ExceptionObj>()->suppress_context = true;
            }
            SAVE();
            raise_here(std::move(e));
            goto next_round;
          }
          case Op::LOAD_ASSERTION_ERROR: PUSH(Value(exc.AssertionError)); break;
          case Op::BEFORE_WITH:
          case Op::BEFORE_ASYNC_WITH: {
            SAVE();
            bool async = Op(w & 0xff) == Op::BEFORE_ASYNC_WITH;
            Value mgr = POP();
            Value enter = lookup_special_method(*this, mgr, async ? "__aenter__" : "__enter__");
            Value exitm = lookup_special_method(*this, mgr, async ? "__aexit__" : "__exit__");
            if (enter.is_null() || exitm.is_null())
              throw_type_error(async ? "'%s' object does not support the asynchronous context manager protocol"
                                     : "'%s' object does not support the context manager protocol",
                               mgr.type()->name.c_str());
            PUSH(std::move(exitm));
            PUSH(call(enter, std::span<const Value>()));
            break;
          }
          case Op::WITH_EXCEPT_START: {
            SAVE();
            Value e = TOP();
            Value exitm = PEEK(3);
            Value args[3] = {Value(e.type()), e, Value()};
            PUSH(call(exitm, std::span<const Value>(args, 3)));
            break;
          }
          case Op::IMPORT_NAME: {
            SAVE();
            Value fromlist = POP();
            Value level = POP();
            PUSH(import_name(*this, f->globals.get(), f->code->names[arg]->s, fromlist, static_cast<int>(level.as_int())));
            break;
          }
          case Op::IMPORT_FROM: {
            SAVE();
            Value attr = import_from(*this, TOP(), f->code->names[arg].get());
            PUSH(std::move(attr));
            break;
          }
          case Op::IMPORT_STAR: {
            SAVE();
            Value m = POP();
            import_star(*this, m, f->locals.get());
            break;
          }
          case Op::LOAD_BUILD_CLASS: PUSH(builtins_->dict->get("__build_class__")); break;
          case Op::SETUP_ANNOTATIONS: SAVE(); setup_annotations(*this, f); break;
          case Op::LOAD_LOCALS: PUSH(f->locals ? Value(f->locals.get()) : Value()); break;
          case Op::MATCH_MAPPING: { bool m = match_is_mapping(TOP()); PUSH(Value::boolean(m)); break; }
          case Op::MATCH_SEQUENCE: { bool m = match_is_sequence(TOP()); PUSH(Value::boolean(m)); break; }
          case Op::MATCH_KEYS: {
            SAVE();
            Value r = match_keys(*this, sp[-2], sp[-1]);
            PUSH(std::move(r));
            break;
          }
          case Op::MATCH_CLASS: {
            SAVE();
            Value r = match_class(*this, sp[-3], sp[-2], arg, sp[-1]);
            *--sp = Value();
            *--sp = Value();
            TOP() = std::move(r);
            break;
          }
          case Op::GET_LEN: {
            SAVE();
            int64_t n = len(TOP());
            PUSH(Value::integer(n));
            break;
          }
          case Op::CHECK_EG_MATCH: {
            SAVE();
            check_except_star_type(TOP());
            auto [match, rest] = exception_group_match(*this, sp[-2], sp[-1]);
            *--sp = Value();
            if (match.is_none()) {
              PUSH(Value());
              break;
            }
            hooks_->on_exception_caught(*this, match, f->current_line());
            TOP() = std::move(rest);
            f->handling = match;
            PUSH(std::move(match));
            break;
          }
          case Op::PREP_RERAISE_STAR: {
            SAVE();
            Value r = prep_reraise_star(*this, sp[-2], sp[-1]);
            *--sp = Value();
            TOP() = std::move(r);
            break;
          }
          case Op::GET_YIELD_FROM_ITER: {
            SAVE();
            Value it = get_yield_from_iter(*this, f, TOP());
            TOP() = std::move(it);
            break;
          }
          case Op::Count: break;
        }
      }
    } catch (PyException& e) {
      SAVE();
      pend = e.value;
      add_tb = true;
      if (!pend.is_obj() || !pend.as_obj()->type->is_exception)
        pend = make_exception(this->exc.TypeError, "exceptions must derive from BaseException");
      chain_context(f, pend);
      hooks_->on_exception_raised(*this, pend, f->current_line());
    } catch (std::bad_alloc&) {
      // An allocation the machine refused (std::length_error included):
      // MemoryError, as CPython raises when malloc fails.
      SAVE();
      pend = make_exception_args(this->exc.MemoryError, {});
      add_tb = true;
      chain_context(f, pend);
    } catch (std::length_error&) {
      SAVE();
      pend = make_exception_args(this->exc.MemoryError, {});
      add_tb = true;
      chain_context(f, pend);
    }
  next_round:;
  }
#undef LOAD
#undef SAVE
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
}

}  // namespace sandbox::vm
