// StreamReader's coroutines (streams.py 3.11): read, readline, readuntil,
// readexactly, __anext__, each waiting through _wait_for_data.  A read that
// returns bytes records SockRead, its cause the write that brought them.
#include <algorithm>

#include "runtime/event_loop.h"
#include "runtime/runtime.h"
#include "runtime/stream.h"
#include "runtime/sync.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

Value new_exception_with(vm::Type* t, const std::string& msg,
                         std::initializer_list<std::pair<const char*, Value>> attrs) {
  Value e = vm::make_exception(t, msg);
  auto* eo = e.as<vm::ExceptionObj>();
  if (!eo->dict) {
    Value d = vm::make_dict();
    eo->dict = vm::Ref<vm::Dict>(d.as<vm::Dict>());
  }
  for (const auto& [k, v] : attrs) eo->dict->set(k, v);
  return e;
}

// exceptions.IncompleteReadError(partial, expected)
Value incomplete_read_error(const std::string& partial, int64_t expected) {
  std::string exp = expected < 0 ? "undefined" : std::to_string(expected);
  return new_exception_with(stream_types().IncompleteReadError,
                            std::to_string(partial.size()) + " bytes read on a total of " + exp +
                                " expected bytes",
                            {{"partial", vm::make_bytes(partial)},
                             {"expected", expected < 0 ? Value() : Value::integer(expected)}});
}

// exceptions.LimitOverrunError(message, consumed)
Value limit_overrun_error(const std::string& msg, int64_t consumed) {
  return new_exception_with(stream_types().LimitOverrunError, msg,
                            {{"consumed", Value::integer(consumed)}});
}

// Takes the first n bytes of the buffer (all if n < 0) and records the read.
Value take(Runtime& rt, StreamReaderObj* r, size_t n) {
  n = std::min(n, r->buffer.size());
  std::string data = r->buffer.substr(0, n);
  r->buffer.erase(0, n);
  r->mem.set(r->buffer.size());
  if (n > 0 && r->sock_id)
    rt.rec.emit(EventKind::SockRead,
                {.obj = r->sock_id, .arg = static_cast<int64_t>(n), .cause = r->data_cause});
  r->maybe_resume_transport();
  return vm::make_bytes(data);
}

// The shared part of every read coroutine: StreamReader._wait_for_data.
struct ReaderOp : AsyncFn {
  ReaderOp(const char* name, StreamReaderObj* r) : AsyncFn(name), reader(r) {}
  vm::Ref<StreamReaderObj> reader;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(reader);
  }

  Next wait_for_data(Runtime& rt, const char* func_name, int resume_state) {
    StreamReaderObj* r = reader.get();
    if (r->waiter)
      vm::throw_runtime_error("%s() called while another coroutine is already waiting for incoming data",
                              func_name);
    // Waiting for data while paused will make deadlock, so prevent it.
    if (r->paused) {
      r->paused = false;
      if (r->transport) r->transport->resume_reading();
    }
    r->waiter = new_waiter(rt, trace::WaitKind::Socket);
    state = resume_state;
    return Next::await_(Value(r->waiter.get()));
  }
  // `finally: self._waiter = None`
  void after_wait() { reader->waiter = FutureRef(); }
};

// StreamReader.read(n)
struct ReadOp : ReaderOp {
  ReadOp(StreamReaderObj* r, int64_t n) : ReaderOp("StreamReader.read", r), n(n) {}
  int64_t n;
  std::string blocks;  // read(-1): what the read(limit) calls returned so far

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    StreamReaderObj* r = reader.get();
    bool resumed = state == 1;
    if (resumed) {
      after_wait();
      if (o.raised) return Next::raise(o.value);
    } else {
      if (!r->exception.is_none()) return Next::raise(r->exception);
      if (n == 0) return Next::ret(vm::make_bytes(""));
    }
    if (n > 0) {
      if (!resumed && r->buffer.empty() && !r->eof) return wait_for_data(rt, "read", 1);
      return Next::ret(take(rt, r, static_cast<size_t>(n)));
    }
    // n < 0: `while True: block = await self.read(self._limit); if not block: break`
    for (;;) {
      if (!resumed) {
        if (!r->exception.is_none()) return Next::raise(r->exception);
        if (r->buffer.empty() && !r->eof) return wait_for_data(rt, "read", 1);
      }
      resumed = false;
      Value block = take(rt, r, static_cast<size_t>(r->limit));
      const std::string& b = block.as<vm::Bytes>()->s;
      if (b.empty()) break;
      blocks += b;
    }
    return Next::ret(vm::make_bytes(blocks));
  }
};

// StreamReader.readuntil(separator); readline() and __anext__ on top.
struct ReadUntilOp : ReaderOp {
  enum class Mode { Until, Line, ANext };
  ReadUntilOp(StreamReaderObj* r, std::string sep, Mode mode)
      : ReaderOp(mode == Mode::Until ? "StreamReader.readuntil"
                 : mode == Mode::Line ? "StreamReader.readline"
                                      : "StreamReader.__anext__",
                 r),
        sep(std::move(sep)), mode(mode) {}
  std::string sep;
  Mode mode;
  size_t offset = 0;

  // readline's except clauses around `await self.readuntil(sep)`.
  Next fail(Runtime& rt, Value exc, bool incomplete, int64_t consumed) {
    StreamReaderObj* r = reader.get();
    if (mode == Mode::Until) return Next::raise(exc);
    if (incomplete) {
      return finish(rt, exc.as<vm::ExceptionObj>()->dict->get("partial"));
    }
    // LimitOverrunError: drop the line (or the whole buffer), ValueError.
    size_t at = static_cast<size_t>(consumed);
    if (r->buffer.size() >= at + sep.size() && r->buffer.compare(at, sep.size(), sep) == 0)
      r->buffer.erase(0, at + sep.size());
    else
      r->buffer.clear();
    r->maybe_resume_transport();
    Value args = rt.vm.getattr(exc, "args");
    return Next::raise(vm::make_exception_args(vm::exc().ValueError, {rt.vm.getitem(args, Value::integer(0))}));
  }

  Next finish(Runtime&, Value line) {
    if (mode == Mode::ANext && line.as<vm::Bytes>()->s.empty())
      return Next::raise(vm::make_exception_args(vm::exc().StopAsyncIteration, {}));
    return Next::ret(line);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    StreamReaderObj* r = reader.get();
    if (state == 0) {
      if (sep.empty()) vm::throw_value_error("Separator should be at least one-byte string");
      if (!r->exception.is_none()) return Next::raise(r->exception);
    } else {
      after_wait();
      if (o.raised) return Next::raise(o.value);
    }
    size_t seplen = sep.size();
    size_t isep = std::string::npos;
    for (;;) {
      size_t buflen = r->buffer.size();
      if (buflen >= offset + seplen) {
        isep = r->buffer.find(sep, offset);
        if (isep != std::string::npos) break;
        offset = buflen + 1 - seplen;
        if (static_cast<int64_t>(offset) > r->limit)
          return fail(rt, limit_overrun_error("Separator is not found, and chunk exceed the limit",
                                              static_cast<int64_t>(offset)),
                      false, static_cast<int64_t>(offset));
      }
      // A complete separator may have arrived with the EOF: check EOF after.
      if (r->eof) {
        std::string chunk = std::move(r->buffer);
        r->buffer.clear();
        if (!chunk.empty() && r->sock_id)
          rt.rec.emit(EventKind::SockRead, {.obj = r->sock_id,
                                            .arg = static_cast<int64_t>(chunk.size()),
                                            .cause = r->data_cause});
        return fail(rt, incomplete_read_error(chunk, -1), true, 0);
      }
      return wait_for_data(rt, "readuntil", 1);
    }
    if (static_cast<int64_t>(isep) > r->limit)
      return fail(rt, limit_overrun_error("Separator is found, but chunk is longer than limit",
                                          static_cast<int64_t>(isep)),
                  false, static_cast<int64_t>(isep));
    return finish(rt, take(rt, r, isep + seplen));
  }
};

// StreamReader.readexactly(n)
struct ReadExactlyOp : ReaderOp {
  ReadExactlyOp(StreamReaderObj* r, int64_t n) : ReaderOp("StreamReader.readexactly", r), n(n) {}
  int64_t n;

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    StreamReaderObj* r = reader.get();
    if (state == 0) {
      if (n < 0) vm::throw_value_error("readexactly size can not be less than zero");
      if (!r->exception.is_none()) return Next::raise(r->exception);
      if (n == 0) return Next::ret(vm::make_bytes(""));
    } else {
      after_wait();
      if (o.raised) return Next::raise(o.value);
    }
    while (static_cast<int64_t>(r->buffer.size()) < n) {
      if (r->eof) {
        std::string incomplete = std::move(r->buffer);
        r->buffer.clear();
        if (!incomplete.empty() && r->sock_id)
          rt.rec.emit(EventKind::SockRead, {.obj = r->sock_id,
                                            .arg = static_cast<int64_t>(incomplete.size()),
                                            .cause = r->data_cause});
        return Next::raise(incomplete_read_error(incomplete, n));
      }
      return wait_for_data(rt, "readexactly", 1);
    }
    return Next::ret(take(rt, r, static_cast<size_t>(n)));
  }
};

}  // namespace

Value stream_read_op(StreamReaderObj* r, int64_t n) { return Value(new ReadOp(r, n)); }
Value stream_readline_op(StreamReaderObj* r, bool anext) {
  return Value(new ReadUntilOp(r, "\n", anext ? ReadUntilOp::Mode::ANext : ReadUntilOp::Mode::Line));
}
Value stream_readuntil_op(StreamReaderObj* r, std::string sep) {
  return Value(new ReadUntilOp(r, std::move(sep), ReadUntilOp::Mode::Until));
}
Value stream_readexactly_op(StreamReaderObj* r, int64_t n) { return Value(new ReadExactlyOp(r, n)); }

}  // namespace sandbox::runtime
