// e.__traceback__ as CPython's traceback objects (tb_frame, tb_lineno,
// tb_lasti, tb_next), built from the exception's traceback entries.  The
// entries keep each frame's code and position, not the frame itself (a
// finished frame holds nothing): tb_frame is a frame of that code stopped
// at that instruction, whose f_globals is empty.  Enough for types.py
// (FrameType = type(tb.tb_frame)) and for walking a traceback's names and
// lines.
#include "vm/internal.h"

namespace sandbox::vm {

namespace {

Type* g_traceback = nullptr;

struct TracebackObj final : GcObj {
  Value next, frame;
  int64_t lasti, lineno;
  TracebackObj(Value n, Value f, int64_t i, int64_t l)
      : GcObj(g_traceback), next(std::move(n)), frame(std::move(f)), lasti(i), lineno(l) {}
  void gc_traverse(GcVisitor& v) override {
    v(next);
    v(frame);
  }
  void gc_clear() override {
    next = Value();
    frame = Value();
  }
};

TracebackObj* tb_of(const Value& v) { return static_cast<TracebackObj*>(v.as_obj()); }

Value tb_getattr(VM& vm, const Value& self, Str* name) {
  TracebackObj* t = tb_of(self);
  if (name->s == "tb_next") return t->next;
  if (name->s == "tb_frame") return t->frame;
  if (name->s == "tb_lasti") return Value::integer(t->lasti);
  if (name->s == "tb_lineno") return Value::integer(t->lineno);
  return generic_getattr(vm, self, name);
}

Type* traceback_type() {
  if (!g_traceback) {
    g_traceback = make_type("traceback", types().object, "builtins");
    g_traceback->new_ = nullptr;
    g_traceback->getattr = tb_getattr;
  }
  return g_traceback;
}

}  // namespace

Value make_traceback_object(ExceptionObj* e) {
  traceback_type();
  Value head = Value();
  Ref<Dict> no_globals(new Dict());
  // Entries are innermost first; the chain starts at the outermost frame.
  for (const TracebackEntry& t : e->traceback) {
    Frame* f = Frame::create(t.code, no_globals);
    Value fv(f);
    f->ip = t.instr + 1;
    f->line = t.line;
    head = Value(new TracebackObj(head, fv, 2 * int64_t(t.instr), t.line));
  }
  return head;
}

}  // namespace sandbox::vm
