// asyncio.start_server and base_events.Server (3.11) over the simulated
// network: create_server resolves the host through a one-coroutine gather
// (a task, its done callback, the wake-up), starts serving, then sleeps 0 --
// four loop iterations.  Each accepted connection gets a Task running
// _accept_connection2, and connection_made starts the handler Task.
#include "runtime/aio_functions.h"
#include "runtime/event_loop.h"
#include "runtime/net_poller.h"
#include "runtime/runtime.h"
#include "runtime/stream.h"
#include "runtime/sync.h"
#include "runtime/sync_args.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

// BaseEventLoop._create_server_getaddrinfo for a numeric host: returns at
// once (_ipaddr_info), but gather still runs it as a task.
struct GetAddrInfo : AsyncFn {
  explicit GetAddrInfo(int port) : AsyncFn("BaseEventLoop._create_server_getaddrinfo"), port(port) {}
  int port;
  Next body(vm::VM&, Outcome) override { return Next::ret(vm::make_list({inet_address(port)})); }
};

// BaseSelectorEventLoop._accept_connection2, run as a task per connection.
struct AcceptConnection2 : AsyncFn {
  AcceptConnection2(ServerObj* s, int conn) : AsyncFn("BaseSelectorEventLoop._accept_connection2"), server(s), conn(conn) {}
  vm::Ref<ServerObj> server;
  int conn;
  RcPtr<SockTransport> transport;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(server);
    gc_visit(v, transport);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    if (state == 0) {
      // protocol_factory(): a StreamReader and a StreamReaderProtocol.
      vm::Ref<StreamReaderObj> reader = make_stream_reader(server->limit);
      RcPtr<StreamProtocol> protocol(new StreamProtocol(rt, reader.get(), server->client_connected_cb));
      FutureRef waiter = new_future(rt);
      transport = RcPtr<SockTransport>(new SockTransport(rt, conn, protocol, waiter, server.get()));
      state = 1;
      return Next::await_(Value(waiter.get()));
    }
    // except BaseException: transport.close(); ... logged only in debug mode.
    if (o.raised) transport->close();
    return Next::ret();
  }
};

// Server.wait_closed (3.11.7: returns at once once the server is closed)
struct ServerWaitClosed : AsyncFn {
  explicit ServerWaitClosed(ServerObj* s) : AsyncFn("Server.wait_closed"), server(s) {}
  vm::Ref<ServerObj> server;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(server);
  }
  Next body(vm::VM&, Outcome o) override {
    if (state == 1) return o.raised ? Next::raise(o.value) : Next::ret();
    ServerObj* s = server.get();
    if (s->sockets_none || s->waiters_none) return Next::ret();
    FutureRef w = new_future(running_runtime());
    s->waiters.push_back(w);
    state = 1;
    return Next::await_(Value(w.get()));
  }
};

std::string server_repr(ServerObj* s) {
  std::string socks = "()";
  if (!s->sockets_none)
    socks = "(<asyncio.TransportSocket fd=" + std::to_string(s->sockets.empty() ? -1 : s->sockets[0]) +
            ", family=" + (s->host.find(':') != std::string::npos ? "10" : "2") +
            ", type=1, proto=6, laddr=" + address_repr(s->host, s->port) + ">,)";
  return "<Server sockets=" + socks + ">";
}

// Server.serve_forever
struct ServeForever : AsyncFn {
  explicit ServeForever(ServerObj* s) : AsyncFn("Server.serve_forever"), server(s) {}
  vm::Ref<ServerObj> server;
  Value cancelled = Value::null();
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(server);
    v(cancelled);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    ServerObj* s = server.get();
    switch (state) {
      case 0:
        if (s->serving_forever_fut)
          vm::throw_runtime_error("server %s is already being awaited on serve_forever()",
                                  server_repr(s).c_str());
        if (s->sockets_none) vm::throw_runtime_error("server %s is closed", server_repr(s).c_str());
        s->start_serving(rt);
        s->serving_forever_fut = new_future(rt);
        state = 1;
        return Next::await_(Value(s->serving_forever_fut.get()));
      case 1:
        if (o.raised && is_cancelled_error(o.value)) {
          // except CancelledError: try: close(); await wait_closed() finally: raise
          cancelled = o.value;
          s->close(rt);
          state = 2;
          return Next::await_(Value(new ServerWaitClosed(s)));
        }
        s->serving_forever_fut = FutureRef();
        return o.raised ? Next::raise(o.value) : Next::ret();
      default:
        s->serving_forever_fut = FutureRef();
        return Next::raise(cancelled);
    }
  }
};

// Server.start_serving: `self._start_serving(); await tasks.sleep(0)`
struct StartServing : AsyncFn {
  explicit StartServing(ServerObj* s) : AsyncFn("Server.start_serving"), server(s) {}
  vm::Ref<ServerObj> server;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(server);
  }
  Next body(vm::VM&, Outcome) override {
    if (state == 1) return Next::ret();
    server->start_serving(running_runtime());
    state = 1;
    return Next::yield_();
  }
};

// streams.start_server -> loop.create_server
struct StartServer : AsyncFn {
  StartServer(Value cb, std::string host, int port, int64_t limit)
      : AsyncFn("start_server"), cb(std::move(cb)), host(std::move(host)), port(port), limit(limit) {}
  Value cb;
  std::string host;  // "" = None
  int port;
  int64_t limit;
  vm::Ref<ServerObj> server;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(cb);
    v(server);
  }

  Next body(vm::VM&, Outcome o) override {
    Runtime& rt = running_runtime();
    switch (state) {
      case 0: {
        // infos = await tasks.gather(*fs)
        Value child(new GetAddrInfo(port));
        FutureRef g = gather(rt, std::span<const Value>(&child, 1), false);
        state = 1;
        return Next::await_(Value(g.get()));
      }
      case 1: {
        if (o.raised) return Next::raise(o.value);
        NetPoller& p = net_poller(rt);
        NetKernel& k = p.kernel();
        std::string addr = k.resolve_bind(host);
        if (addr.empty()) throw vm::PyException(make_os_error(-kENOENT, "Name or service not known"));
        if (std::string why = k.refuse_address(addr); !why.empty())
          throw vm::PyException(make_os_error(kEADDRNOTAVAIL, why + " " + address_repr(addr, port)));
        check_socket_cap(rt, p);
        int fd = k.socket();
        int bound = k.listen(fd, addr, port);
        if (bound < 0) {
          k.close(fd);
          // create_server: 'error while attempting to bind on address %r: %s'
          // % (sa, err.strerror.lower())
          throw vm::PyException(make_os_error(
              -bound, "error while attempting to bind on address " + address_repr(addr, port) + ": " +
                          lower_strerror(-bound)));
        }
        server = vm::Ref<ServerObj>(new ServerObj(stream_types().Server));
        server->sockets.push_back(fd);
        server->client_connected_cb = cb;
        server->limit = limit;
        server->port = bound;
        server->host = k.local_host(fd);
        server->id = rt.rec.new_id();
        p.set_sock_id(fd, server->id);
        rt.rec.emit(EventKind::SockListen, {.obj = server->id, .arg = bound});
        server->start_serving(rt);
        // Skip one loop iteration so that all 'loop.add_reader' go through.
        state = 2;
        return Next::yield_();
      }
      default:
        return Next::ret(server.value());
    }
  }
};

}  // namespace

// Server._start_serving -> loop._start_serving: the listening socket's
// reader is _accept_connection.
void ServerObj::start_serving(Runtime& rt) {
  if (serving) return;
  serving = true;
  NetPoller& p = net_poller(rt);
  for (int fd : sockets) {
    vm::Ref<ServerObj> self(this);
    p.add_reader(fd, make_net_handle("BaseSelectorEventLoop._accept_connection", [self, fd] {
      // for _ in range(backlog): conn = sock.accept() ... create_task(accept)
      Runtime& r = running_runtime();
      NetPoller& np = net_poller(r);
      for (int i = 0; i < 100; ++i) {
        int conn = np.kernel().accept(fd);
        if (conn < 0) return;
        uint32_t id = r.rec.new_id();
        np.set_sock_id(conn, id);
        uint32_t peer = np.sock_id(np.kernel().peer_fd(conn));
        r.rec.emit(EventKind::SockAccept, {.obj = id, .arg = peer});
        create_task(r, Value(new AcceptConnection2(self.get(), conn)));
      }
    }));
  }
}

void ServerObj::close(Runtime& rt) {
  if (sockets_none) return;
  sockets_none = true;
  NetPoller& p = net_poller(rt);
  for (int fd : sockets) {
    // loop._stop_serving(sock): remove the reader, close the socket.
    p.remove_reader(fd);
    p.kernel().close(fd);
    p.forget_sock_id(fd);
  }
  rt.rec.emit(EventKind::SockClose, {.obj = id});
  serving = false;
  if (serving_forever_fut && !serving_forever_fut->done()) serving_forever_fut->cancel();
  serving_forever_fut = FutureRef();
  if (active_count == 0) wakeup(rt);
}

void ServerObj::wakeup(Runtime&) {
  std::vector<FutureRef> ws = std::move(waiters);
  waiters.clear();
  waiters_none = true;
  for (const FutureRef& w : ws)
    if (!w->done()) w->set_result(Value(w.get()));
}

void ServerObj::detach(Runtime& rt) {
  --active_count;
  if (active_count == 0 && sockets_none) wakeup(rt);
}

Value server_wait_closed_op(ServerObj* s) { return Value(new ServerWaitClosed(s)); }
Value server_serve_forever_op(ServerObj* s) { return Value(new ServeForever(s)); }
Value server_start_serving_op(ServerObj* s) { return Value(new StartServing(s)); }
std::string server_repr_str(ServerObj* s) { return server_repr(s); }

Value net_start_server(vm::VM& vm, vm::NativeFunction*, std::span<const Value> args, const vm::KwArgs* kw) {
  check_max_args(args, 3, "start_server");
  Value cb = bind_arg(args, kw, 0, "client_connected_cb", Value::null(), "start_server");
  Value host = bind_arg(args, kw, 1, "host", Value(), "start_server");
  Value port = bind_arg(args, kw, 2, "port", Value(), "start_server");
  Value limit = kw && kw->get("limit") ? *kw->get("limit") : Value::integer(kDefaultStreamLimit);
  if (!limit.is_intlike()) vm::throw_type_error("limit must be an int");
  if (limit.as_int() <= 0) vm::throw_value_error("Limit cannot be <= 0");
  if (!port.is_none() && !port.is_intlike()) vm::throw_type_error("port must be an int in the simulated network");
  if (!host.is_none() && !(host.is_obj() && vm.isinstance(host, vm::types().str)))
    vm::throw_type_error("host must be a str in the simulated network");
  std::string h = host.is_none() ? std::string() : std::string(host.as<vm::Str>()->view());
  return Value(new StartServer(cb, std::move(h), port.is_none() ? 0 : static_cast<int>(port.as_int()), limit.as_int()));
}

}  // namespace sandbox::runtime
