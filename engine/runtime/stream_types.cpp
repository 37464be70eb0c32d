// The Python face of asyncio streams: StreamReader, StreamWriter, Server,
// IncompleteReadError, LimitOverrunError, open_connection, start_server.
#include "runtime/event_loop.h"
#include "runtime/net_poller.h"
#include "runtime/runtime.h"
#include "runtime/stream.h"
#include "runtime/sync.h"
#include "runtime/sync_args.h"
#include "vm/vm.h"

namespace sandbox::runtime {

std::string server_repr_str(ServerObj* s);

using trace::EventKind;
using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

StreamTypes g_types{};

template <class T>
T* self_as(vm::VM& vm, Args a, vm::Type* t, const char* method) {
  if (a.empty() || !vm.isinstance(a[0], t))
    vm::throw_type_error("descriptor '%s' requires a '%s' object", method, t->name.c_str());
  return a[0].as<T>();
}

StreamReaderObj* reader_self(vm::VM& vm, Args a, const char* m) {
  return self_as<StreamReaderObj>(vm, a, g_types.StreamReader, m);
}
StreamWriterObj* writer_self(vm::VM& vm, Args a, const char* m) {
  return self_as<StreamWriterObj>(vm, a, g_types.StreamWriter, m);
}
ServerObj* server_self(vm::VM& vm, Args a, const char* m) {
  return self_as<ServerObj>(vm, a, g_types.Server, m);
}

const std::string& bytes_arg(vm::VM& vm, const Value& v, const char* what) {
  if (!v.is_obj() || !vm.isinstance(v, vm::types().bytes))
    vm::throw_type_error("%s must be bytes, not '%s'", what, v.type()->name.c_str());
  return v.as<vm::Bytes>()->s;
}

// `async def` returning a value at once (Server.__aenter__).
struct ReturnAtOnce : AsyncFn {
  ReturnAtOnce(std::string name, Value v) : AsyncFn(std::move(name)), v(std::move(v)) {}
  Value v;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(this->v);
  }
  Next body(vm::VM&, Outcome) override { return Next::ret(v); }
};

// Server.__aexit__: `self.close(); await self.wait_closed()`
struct ServerAExit : AsyncFn {
  explicit ServerAExit(ServerObj* s) : AsyncFn("Server.__aexit__"), server(s) {}
  vm::Ref<ServerObj> server;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(server);
  }
  Next body(vm::VM&, Outcome o) override {
    if (state == 1) return o.raised ? Next::raise(o.value) : Next::ret();
    server->close(running_runtime());
    state = 1;
    return Next::await_(server_wait_closed_op(server.get()));
  }
};

// StreamWriter.drain
struct DrainOp : AsyncFn {
  explicit DrainOp(StreamWriterObj* w) : AsyncFn("StreamWriter.drain"), writer(w) {}
  vm::Ref<StreamWriterObj> writer;
  FutureRef waiter;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(writer);
    v(waiter);
  }

  Next drain_helper(Runtime& rt) {
    StreamProtocol* p = writer->protocol.get();
    if (p->lost) throw vm::PyException(vm::make_exception(vm::exc().ConnectionResetError, "Connection lost"));
    if (!p->paused) return Next::ret();
    waiter = new_waiter(rt, trace::WaitKind::Socket);
    p->drain_waiters.push_back(waiter);
    rt.rec.emit(EventKind::SockDrainWait, {.obj = writer->transport->sock_id()});
    state = 2;
    return Next::await_(Value(waiter.get()));
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    switch (state) {
      case 0: {
        if (writer->reader && !writer->reader->exception.is_none())
          return Next::raise(writer->reader->exception);
        if (writer->transport->is_closing()) {
          // Yield to the event loop so connection_lost() may be called.
          state = 1;
          return Next::yield_();
        }
        return drain_helper(rt);
      }
      case 1:
        if (o.raised) return Next::raise(o.value);
        return drain_helper(rt);
      default: {
        auto& ws = writer->protocol->drain_waiters;
        for (auto it = ws.begin(); it != ws.end(); ++it)
          if (it->get() == waiter.get()) {
            ws.erase(it);
            break;
          }
        return o.raised ? Next::raise(o.value) : Next::ret();
      }
    }
  }
};

// StreamWriter.wait_closed: `await self._protocol._get_close_waiter(self)`
struct WaitClosedOp : AsyncFn {
  explicit WaitClosedOp(StreamWriterObj* w) : AsyncFn("StreamWriter.wait_closed"), writer(w) {}
  vm::Ref<StreamWriterObj> writer;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(writer);
  }
  Next body(vm::VM&, Outcome o) override {
    if (state == 1) return o.raised ? Next::raise(o.value) : Next::ret();
    state = 1;
    return Next::await_(Value(writer->protocol->closed.get()));
  }
};

std::string reader_repr(StreamReaderObj* r) {
  std::string s = "<StreamReader";
  if (!r->buffer.empty()) s += " " + std::to_string(r->buffer.size()) + " bytes";
  if (r->eof) s += " eof";
  if (r->limit != kDefaultStreamLimit) s += " limit=" + std::to_string(r->limit);
  if (r->transport) s += " transport=<_SelectorSocketTransport fd=" + std::to_string(r->transport->fd()) + ">";
  if (r->paused) s += " paused";
  return s + ">";
}

void init_reader(vm::Type* t) {
  t->new_ = [](vm::VM&, vm::Type*, Args a, const KwArgs* kw) -> Value {
    check_max_args(a, 1, "StreamReader");
    Value limit = bind_arg(a, kw, 0, "limit", Value::integer(kDefaultStreamLimit), "StreamReader");
    if (!limit.is_intlike()) vm::throw_type_error("limit must be an int");
    if (limit.as_int() <= 0) vm::throw_value_error("Limit cannot be <= 0");
    return make_stream_reader(limit.as_int()).value();
  };
  t->repr = [](vm::VM&, const Value& self) { return vm::make_str(reader_repr(self.as<StreamReaderObj>())); };
  add_method(t, "read", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    StreamReaderObj* r = reader_self(vm, a, "read");
    return stream_read_op(r, int_arg(vm, bind_arg(a, kw, 1, "n", Value::integer(-1), "read"), "n"));
  });
  add_method(t, "readline", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return stream_readline_op(reader_self(vm, a, "readline"), false);
  });
  add_method(t, "readuntil", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    StreamReaderObj* r = reader_self(vm, a, "readuntil");
    Value sep = bind_arg(a, kw, 1, "separator", vm::make_bytes("\n"), "readuntil");
    return stream_readuntil_op(r, bytes_arg(vm, sep, "separator"));
  });
  add_method(t, "readexactly", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    StreamReaderObj* r = reader_self(vm, a, "readexactly");
    return stream_readexactly_op(r, int_arg(vm, bind_arg(a, kw, 1, "n", Value::null(), "readexactly"), "n"));
  });
  add_method(t, "at_eof", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(reader_self(vm, a, "at_eof")->at_eof());
  });
  add_method(t, "exception", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return reader_self(vm, a, "exception")->exception;
  });
  add_method(t, "set_exception", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    StreamReaderObj* r = reader_self(vm, a, "set_exception");
    r->set_exception(running_runtime(), bind_arg(a, kw, 1, "exc", Value::null(), "set_exception"));
    return Value();
  });
  add_method(t, "feed_data", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    StreamReaderObj* r = reader_self(vm, a, "feed_data");
    if (r->eof) throw vm::PyException(vm::make_exception(vm::exc().AssertionError, "feed_data after feed_eof"));
    r->feed_data(running_runtime(), bytes_arg(vm, bind_arg(a, kw, 1, "data", Value::null(), "feed_data"), "data"), 0);
    return Value();
  });
  add_method(t, "feed_eof", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    reader_self(vm, a, "feed_eof")->feed_eof(running_runtime(), 0);
    return Value();
  });
  add_method(t, "__aiter__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    reader_self(vm, a, "__aiter__");
    return a[0];
  });
  add_method(t, "__anext__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return stream_readline_op(reader_self(vm, a, "__anext__"), true);
  });
}

std::string writer_repr(StreamWriterObj* w) {
  std::string s = "<StreamWriter transport=<_SelectorSocketTransport";
  if (w->transport->is_closing()) s += " closing";
  s += " fd=" + std::to_string(w->transport->fd()) + ">";
  if (w->reader) s += " reader=" + reader_repr(w->reader.get());
  return s + ">";
}

void init_writer(vm::Type* t) {
  t->repr = [](vm::VM&, const Value& self) { return vm::make_str(writer_repr(self.as<StreamWriterObj>())); };
  add_method(t, "write", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    StreamWriterObj* w = writer_self(vm, a, "write");
    w->transport->write(vm, bind_arg(a, kw, 1, "data", Value::null(), "write"));
    return Value();
  });
  add_method(t, "writelines", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    // WriteTransport.writelines (3.11): data = b''.join(list_of_data); write(data)
    StreamWriterObj* w = writer_self(vm, a, "writelines");
    std::string joined;
    for (const Value& v : vm.to_vector(bind_arg(a, kw, 1, "data", Value::null(), "writelines")))
      joined += bytes_arg(vm, v, "sequence item");
    w->transport->write(vm, vm::make_bytes(joined));
    return Value();
  });
  add_method(t, "write_eof", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    writer_self(vm, a, "write_eof")->transport->write_eof();
    return Value();
  });
  add_method(t, "can_write_eof", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    writer_self(vm, a, "can_write_eof");
    return Value::boolean(true);
  });
  add_method(t, "close", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    writer_self(vm, a, "close")->transport->close();
    return Value();
  });
  add_method(t, "is_closing", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(writer_self(vm, a, "is_closing")->transport->is_closing());
  });
  add_method(t, "get_extra_info", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
    StreamWriterObj* w = writer_self(vm, a, "get_extra_info");
    Value name = bind_arg(a, kw, 1, "name", Value::null(), "get_extra_info");
    Value dflt = bind_arg(a, kw, 2, "default", Value(), "get_extra_info");
    if (!name.is_obj() || !vm.isinstance(name, vm::types().str)) return dflt;
    return w->transport->get_extra_info(vm, std::string(name.as<vm::Str>()->view()), dflt);
  });
  add_method(t, "drain", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value(new DrainOp(writer_self(vm, a, "drain")));
  });
  add_method(t, "wait_closed", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value(new WaitClosedOp(writer_self(vm, a, "wait_closed")));
  });
}

// trsock.TransportSocket: what Server.sockets holds; enough for the usual
// `sock.getsockname()` of the asyncio docs' echo server.
struct TransportSocketObj : vm::Obj {
  TransportSocketObj(vm::Type* t, int fd, std::string host, int port)
      : vm::Obj(t), fd(fd), port(port), host(std::move(host)) {}
  int fd, port;
  std::string host;
};
vm::Type* g_transport_socket = nullptr;

vm::Type* transport_socket_type() {
  if (g_transport_socket) return g_transport_socket;
  vm::Type* t = vm::make_type("TransportSocket", vm::types().object, "asyncio.trsock");
  t->repr = [](vm::VM&, const Value& self) {
    auto* s = self.as<TransportSocketObj>();
    return vm::make_str("<asyncio.TransportSocket fd=" + std::to_string(s->fd) + ", family=" +
                        (s->host.find(':') != std::string::npos ? "10" : "2") +
                        ", type=1, proto=6, laddr=" + address_repr(s->host, s->port) + ">");
  };
  add_method(t, "getsockname", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    auto* s = self_as<TransportSocketObj>(vm, a, g_transport_socket, "getsockname");
    return inet_address(s->host, s->port);
  });
  add_method(t, "fileno", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::integer(self_as<TransportSocketObj>(vm, a, g_transport_socket, "fileno")->fd);
  });
  vm::incref(t);  // process-wide, like the builtin types
  g_transport_socket = t;
  return t;
}

void init_server(vm::Type* t) {
  add_property(t, "sockets", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    ServerObj* s = server_self(vm, a, "sockets");
    std::vector<Value> socks;
    if (!s->sockets_none)
      for (int fd : s->sockets) socks.push_back(Value(new TransportSocketObj(transport_socket_type(), fd, s->host, s->port)));
    return vm::make_tuple(std::move(socks));
  });
  t->repr = [](vm::VM&, const Value& self) { return vm::make_str(server_repr_str(self.as<ServerObj>())); };
  add_method(t, "close", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    server_self(vm, a, "close")->close(running_runtime());
    return Value();
  });
  add_method(t, "is_serving", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value::boolean(server_self(vm, a, "is_serving")->serving);
  });
  add_method(t, "get_loop", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    server_self(vm, a, "get_loop");
    return running_runtime().loop_object;
  });
  add_method(t, "wait_closed", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return server_wait_closed_op(server_self(vm, a, "wait_closed"));
  });
  add_method(t, "serve_forever", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return server_serve_forever_op(server_self(vm, a, "serve_forever"));
  });
  add_method(t, "start_serving", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return server_start_serving_op(server_self(vm, a, "start_serving"));
  });
  add_method(t, "__aenter__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    server_self(vm, a, "__aenter__");
    return Value(new ReturnAtOnce("Server.__aenter__", a[0]));
  });
  add_method(t, "__aexit__", [](vm::VM& vm, NativeFunction*, Args a, const KwArgs*) {
    return Value(new ServerAExit(server_self(vm, a, "__aexit__")));
  });
}

void init_types_once() {
  if (g_types.StreamReader) return;
  vm::Type* object = vm::types().object;
  g_types.StreamReader = vm::make_type("StreamReader", object, "asyncio.streams");
  g_types.StreamWriter = vm::make_type("StreamWriter", object, "asyncio.streams");
  g_types.Server = vm::make_type("Server", object, "asyncio.base_events");
  g_types.IncompleteReadError =
      vm::make_exception_type("IncompleteReadError", vm::exc().EOFError, "asyncio.exceptions");
  g_types.LimitOverrunError =
      vm::make_exception_type("LimitOverrunError", vm::exc().Exception, "asyncio.exceptions");
  init_reader(g_types.StreamReader);
  init_writer(g_types.StreamWriter);
  init_server(g_types.Server);
  // Process-wide like the builtin types: the module dict of one VM must not free them.
  for (vm::Type* t : {g_types.StreamReader, g_types.StreamWriter, g_types.Server, g_types.IncompleteReadError,
                      g_types.LimitOverrunError})
    vm::incref(t);
}

}  // namespace

const StreamTypes& stream_types() {
  init_types_once();
  return g_types;
}

vm::Ref<StreamReaderObj> make_stream_reader(int64_t limit) {
  vm::Ref<StreamReaderObj> r(new StreamReaderObj(stream_types().StreamReader));
  r->limit = limit;
  return r;
}

StreamWriterObj::~StreamWriterObj() {
  if (!transport || transport->is_closing()) return;
  Runtime* rt = current_runtime();
  if (rt && rt == transport->runtime() && !rt->loop.is_closed()) transport->close();
}

Value make_stream_writer(SockTransport* t, StreamProtocol* p, StreamReaderObj* r) {
  vm::Ref<StreamWriterObj> w(new StreamWriterObj(stream_types().StreamWriter));
  w->transport = RcPtr<SockTransport>(t);
  w->protocol = RcPtr<StreamProtocol>(p);
  w->reader = vm::Ref<StreamReaderObj>(r);
  return w.value();
}

void register_stream_types(vm::VM&, vm::Module& m) {
  const StreamTypes& t = stream_types();
  m.dict->set("StreamReader", Value(t.StreamReader));
  m.dict->set("StreamWriter", Value(t.StreamWriter));
  m.dict->set("IncompleteReadError", Value(t.IncompleteReadError));
  m.dict->set("LimitOverrunError", Value(t.LimitOverrunError));
  m.dict->set("open_connection", vm::make_native("open_connection", net_open_connection));
  m.dict->set("start_server", vm::make_native("start_server", net_start_server));
}

}  // namespace sandbox::runtime
