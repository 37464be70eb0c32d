// asyncio.open_connection (streams.py) over loop.create_connection
// (base_events.py) and sock_connect (selector_events.py), 3.11: a
// non-blocking connect, the writer callback _sock_connect_cb when the socket
// turns writable, then the transport's three call_soon callbacks and the
// waiter -- four loop iterations, the server's handler task running in the
// last one before this coroutine continues.
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

// selector_events._sock_write_done, added to sock_connect's future before
// the task awaits it (so it runs first).
class SockWriteDone final : public NativeCallback {
 public:
  SockWriteDone(int fd, HandleRef h) : NativeCallback(trace::HandleKind::Internal), fd_(fd), handle_(std::move(h)) {}
  std::string_view describe() const override { return "BaseSelectorEventLoop._sock_write_done"; }
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, handle_); }
  void call(Runtime& rt, Future&) override {
    if (!handle_ || !handle_->cancelled()) net_poller(rt).remove_writer(fd_);
  }

 private:
  int fd_;
  HandleRef handle_;
};

// getaddrinfo(host): the kernel's answer, "" when the name does not resolve.
std::string resolve_host(vm::VM& vm, NetKernel& k, const Value& host) {
  if (!host.is_obj() || !vm.isinstance(host, vm::types().str)) return {};
  return k.resolve(std::string(host.as<vm::Str>()->view()));
}

struct OpenConnection : AsyncFn {
  OpenConnection(Value host, Value port, int64_t limit)
      : AsyncFn("open_connection"), host(std::move(host)), port_v(std::move(port)), limit(limit) {}
  Value host, port_v;
  int64_t limit;
  vm::Ref<StreamReaderObj> reader;
  RcPtr<StreamProtocol> protocol;
  RcPtr<SockTransport> transport;
  FutureRef fut, waiter;
  int fd = -1;
  void gc_traverse(vm::GcVisitor& v) override {
    AsyncFn::gc_traverse(v);
    v(host);
    v(port_v);
    v(reader);
    v(fut);
    v(waiter);
    gc_visit(v, protocol);
    gc_visit(v, transport);
  }
  int port = 0;

  Next body(vm::VM& vm, Outcome o) override {
    Runtime& rt = running_runtime();
    NetPoller& p = net_poller(rt);
    switch (state) {
      case 0: {
        if (limit <= 0) vm::throw_value_error("Limit cannot be <= 0");
        reader = make_stream_reader(limit);
        protocol = RcPtr<StreamProtocol>(new StreamProtocol(rt, reader.get(), Value()));
        if (host.is_none() && port_v.is_none())
          vm::throw_value_error("host and port was not specified and no sock specified");
        if (!port_v.is_intlike()) vm::throw_type_error("port must be an int in the simulated network");
        port = static_cast<int>(port_v.as_int());
        std::string addr = resolve_host(vm, p.kernel(), host);
        if (addr.empty()) throw vm::PyException(make_os_error(-kENOENT, "Name or service not known"));
        if (std::string why = p.kernel().refuse_address(addr); !why.empty())
          throw vm::PyException(make_os_error(kEADDRNOTAVAIL, why + " " + address_repr(addr, port)));
        // sock_connect: connect(); EINPROGRESS -> wait for writable.
        check_socket_cap(rt, p);
        fd = p.kernel().socket();
        uint32_t id = rt.rec.new_id();
        p.set_sock_id(fd, id);
        uint64_t seq = rt.rec.emit(EventKind::SockConnect, {.obj = id, .arg = port});
        p.kernel().connect(fd, addr, port, seq);
        fut = new_waiter(rt, trace::WaitKind::Socket);
        FutureRef f = fut;
        int sfd = fd, sport = port;
        HandleRef h = make_net_handle("BaseSelectorEventLoop._sock_connect_cb", [f, sfd, sport, id, addr] {
          // _sock_connect_cb
          if (f->done()) return;
          Runtime& r = *f->rt;
          NetPoller& np = net_poller(r);
          int err = np.kernel().so_error(sfd);
          if (err != 0) {
            uint64_t s = r.rec.emit(EventKind::SockRefused, {.obj = id, .arg = sport});
            uint64_t saved = r.loop.cause();
            r.loop.set_cause(s);
            f->set_exception(make_os_error(err, "Connect call failed " + address_repr(addr, sport)));
            r.loop.set_cause(saved);
          } else {
            f->set_result(Value());
          }
        });
        p.add_writer(fd, h);
        fut->add_done_callback(NativeCallbackRef(new SockWriteDone(fd, h)));
        state = 1;
        return Next::await_(Value(fut.get()));
      }
      case 1: {
        if (o.raised) {
          p.kernel().close(fd);  // _connect_sock: sock.close(); raise
          p.forget_sock_id(fd);
          return Next::raise(o.value);
        }
        // _create_connection_transport
        waiter = new_future(rt);
        transport = RcPtr<SockTransport>(new SockTransport(rt, fd, protocol, waiter, nullptr));
        state = 2;
        return Next::await_(Value(waiter.get()));
      }
      default: {
        if (o.raised) {
          transport->close();
          return Next::raise(o.value);
        }
        Value writer = make_stream_writer(transport.get(), protocol.get(), reader.get());
        return Next::ret(vm::make_tuple({reader.value(), writer}));
      }
    }
  }
};

}  // namespace

Value net_open_connection(vm::VM&, vm::NativeFunction*, std::span<const Value> args, const vm::KwArgs* kw) {
  check_max_args(args, 2, "open_connection");
  Value host = bind_arg(args, kw, 0, "host", Value(), "open_connection");
  Value port = bind_arg(args, kw, 1, "port", Value(), "open_connection");
  Value limit = kw && kw->get("limit") ? *kw->get("limit") : Value::integer(kDefaultStreamLimit);
  if (!limit.is_intlike()) vm::throw_type_error("limit must be an int");
  return Value(new OpenConnection(host, port, limit.as_int()));
}

}  // namespace sandbox::runtime
