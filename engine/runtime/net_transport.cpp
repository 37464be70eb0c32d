// _SelectorSocketTransport and StreamReaderProtocol over the simulated
// network (selector_events.py, streams.py 3.11).  See stream.h.
#include <cctype>
#include <cstring>

#include "runtime/reprlib.h"
#include "runtime/event_loop.h"
#include "runtime/net_poller.h"
#include "runtime/runtime.h"
#include "runtime/stream.h"
#include "runtime/sync.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using trace::EventKind;
using vm::Value;

namespace {

// os.strerror (glibc's texts, which CPython prints).
const char* strerror_text(int err) { return std::strerror(err); }

uint64_t seq_of(uint32_t cause_field) { return cause_field ? cause_field - 1 : ~uint64_t{0}; }

// The done callback connection_made adds to the client_connected_cb task.
class HandlerDone final : public NativeCallback {
 public:
  explicit HandlerDone(RcPtr<SockTransport> t) : transport_(std::move(t)) {}
  std::string_view describe() const override {
    return "StreamReaderProtocol.connection_made.<locals>.callback";
  }
  void gc_traverse(vm::GcVisitor& v) override { gc_visit(v, transport_); }
  void call(Runtime& rt, Future& fut) override {
    // exc = task.exception() -- which raises CancelledError for a cancelled
    // task; the loop then logs it as an exception in this callback.
    if (fut.cancelled()) {
      Value err = fut.make_cancelled_error();
      std::string what = "StreamReaderProtocol.connection_made.<locals>.callback(" +
                         reprlib_instance(future_repr_str(rt.vm, fut)) + ") at " + library_file(rt.vm, "asyncio/streams.py") + ":248";
      rt.vm.write_stderr("Exception in callback " + what + "\nhandle: <Handle " + what + ">\n" +
                         rt.vm.format_exception(err));
      return;
    }
    if (fut.exception_value.is_none()) return;
    rt.vm.write_stderr("Unhandled exception in client_connected_cb\n" +
                       rt.vm.format_exception(fut.exception_value));
    if (transport_) transport_->close();
  }

 private:
  RcPtr<SockTransport> transport_;
};

}  // namespace

Value make_os_error(int err, const std::string& msg) {
  const vm::ExcTypes& e = vm::exc();
  vm::Type* t = e.OSError;
  switch (err) {
    case kECONNREFUSED: t = e.ConnectionRefusedError; break;
    case kECONNRESET: t = e.ConnectionResetError; break;
    case kEPIPE: t = e.BrokenPipeError; break;
    case kECONNABORTED: t = e.ConnectionAbortedError; break;
    case kETIMEDOUT: t = e.TimeoutError; break;
    default: break;
  }
  return vm::make_exception_args(t, {Value::integer(err), vm::make_str(msg)});
}

void check_socket_cap(Runtime& rt, NetPoller& p) {
  if (rt.max_sockets != 0 && p.kernel().open_sockets() >= rt.max_sockets)
    throw vm::PyException(make_os_error(24, "Too many open files"));
}

std::string lower_strerror(int err) {
  std::string s = strerror_text(err);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// An AF_INET6 address is a 4-tuple (host, port, flowinfo, scope_id).
std::string address_repr(const std::string& host, int port) {
  std::string p = std::to_string(port);
  if (host.find(':') != std::string::npos) return "('" + host + "', " + p + ", 0, 0)";
  return "('" + host + "', " + p + ")";
}

Value inet_address(int port) { return inet_address("127.0.0.1", port); }

Value inet_address(const std::string& host, int port) {
  if (host.find(':') != std::string::npos)
    return vm::make_tuple({vm::make_str(host), Value::integer(port), Value::integer(0), Value::integer(0)});
  return vm::make_tuple({vm::make_str(host), Value::integer(port)});
}

// ------------------------------------------------------------------ SockTransport

SockTransport::SockTransport(Runtime& rt, int fd, RcPtr<StreamProtocol> protocol, FutureRef waiter,
                             ServerObj* server)
    : rt_(&rt), fd_(fd), protocol_(std::move(protocol)), server_(server) {
  NetPoller& p = poller();
  sock_id_ = p.sock_id(fd);
  local_host_ = p.kernel().local_host(fd);
  local_port_ = p.kernel().local_port(fd);
  peer_host_ = p.kernel().peer_host(fd);
  peer_port_ = p.kernel().peer_port(fd);
  if (server_) server_->attach();
  RcPtr<SockTransport> self(this);
  RcPtr<StreamProtocol> prot = protocol_;
  rt.loop.call_soon(make_net_handle("StreamReaderProtocol.connection_made",
                                    [self, prot] { prot->connection_made(self.get()); }));
  // only start reading when connection_made() has been called
  rt.loop.call_soon(make_net_handle("_SelectorTransport._add_reader", [self] { self->add_reader(); }));
  // only wake up the waiter when connection_made() has been called
  if (waiter) rt.loop.call_soon(make_set_result_unless_cancelled(rt, waiter, Value()));
}

NetPoller& SockTransport::poller() { return net_poller(*rt_); }

void SockTransport::add_reader() {
  if (!is_reading()) return;
  RcPtr<SockTransport> self(this);
  read_handle_ = make_net_handle("_SelectorSocketTransport._read_ready", [self] { self->read_ready(); });
  poller().add_reader(fd_, read_handle_);
}

void SockTransport::pause_reading() {
  if (!is_reading()) return;
  paused_ = true;
  poller().remove_reader(fd_);
}

void SockTransport::resume_reading() {
  if (closing_ || !paused_) return;
  paused_ = false;
  add_reader();
}

void SockTransport::write(vm::VM& vm, const Value& data) {
  if (!data.is_obj() || !vm.isinstance(data, vm::types().bytes))
    vm::throw_type_error("data argument must be a bytes-like object, not '%s'",
                         data.type()->name.c_str());
  if (eof_) vm::throw_runtime_error("Cannot call write() after write_eof()");
  const std::string& bytes = data.as<vm::Bytes>()->s;
  if (bytes.empty()) return;
  uint64_t seq = rt_->rec.emit(EventKind::SockWrite,
                               {.obj = sock_id_, .arg = static_cast<int64_t>(bytes.size())});
  if (conn_lost_) {
    ++conn_lost_;
    return;
  }
  NetPoller& p = poller();
  last_write_seq_ = seq;
  size_t from = 0;
  if (buffer_.empty()) {
    // Optimization: try to send now.
    long n = p.kernel().send(fd_, bytes, 0, seq);
    if (n == -kEAGAIN) {
      n = 0;
    } else if (n < 0) {
      fatal_error(make_os_error(static_cast<int>(-n), strerror_text(static_cast<int>(-n))));
      return;
    }
    from = static_cast<size_t>(n);
    if (from == bytes.size()) return;
    // Not all was written; register write handler.
    RcPtr<SockTransport> self(this);
    write_handle_ = make_net_handle("_SelectorSocketTransport._write_ready", [self] { self->write_ready(); });
    p.add_writer(fd_, write_handle_);
  }
  buffer_.append(bytes, from, std::string::npos);
  account_buffer();
  maybe_pause_protocol();
}

void SockTransport::write_ready() {
  if (conn_lost_ || buffer_.empty()) return;
  NetPoller& p = poller();
  long n = p.kernel().send(fd_, buffer_, 0, last_write_seq_);
  if (n == -kEAGAIN) {
    n = 0;
  } else if (n < 0) {
    p.remove_writer(fd_);
    buffer_.clear();
    account_buffer();
    fatal_error(make_os_error(static_cast<int>(-n), strerror_text(static_cast<int>(-n))));
    return;
  }
  if (n > 0) buffer_.erase(0, static_cast<size_t>(n));
  account_buffer();
  maybe_resume_protocol();  // May append to buffer.
  if (buffer_.empty()) {
    p.remove_writer(fd_);
    if (closing_) call_connection_lost(Value());
    else if (eof_) p.kernel().shutdown_write(fd_, last_write_seq_);
  }
}

void SockTransport::write_eof() {
  if (closing_ || eof_) return;
  eof_ = true;
  if (buffer_.empty()) poller().kernel().shutdown_write(fd_, last_write_seq_);
}

void SockTransport::read_ready() {
  if (conn_lost_) return;
  NetPoller& p = poller();
  std::string data;
  uint64_t tag = NetKernel::kNoTag;
  long n = p.kernel().recv(fd_, kMaxRecv, data, &tag);
  // The write whose bytes these are (or the close that sent the EOF).
  uint32_t cause = EventLoop::cause_field(tag);
  if (n == -kEAGAIN) return;
  if (n < 0) {
    fatal_error(make_os_error(static_cast<int>(-n), strerror_text(static_cast<int>(-n))));
    return;
  }
  if (n == 0) {
    read_ready_on_eof(cause);
    return;
  }
  if (protocol_) protocol_->data_received(data, cause);
}

void SockTransport::read_ready_on_eof(uint32_t cause) {
  bool keep_open = protocol_ ? protocol_->eof_received(cause) : false;
  if (keep_open) {
    // We're keeping the connection open so the protocol can write more,
    // but we still can't receive more, so remove the reader callback.
    poller().remove_reader(fd_);
  } else {
    close();
  }
}

void SockTransport::close() {
  if (closing_) return;
  closing_ = true;
  NetPoller& p = poller();
  p.remove_reader(fd_);
  if (buffer_.empty()) {
    ++conn_lost_;
    p.remove_writer(fd_);
    RcPtr<SockTransport> self(this);
    rt_->loop.call_soon(make_net_handle("_SelectorSocketTransport._call_connection_lost",
                                        [self] { self->call_connection_lost(Value()); }));
  }
}

void SockTransport::fatal_error(const Value& exc) {
  // OSErrors are only logged in debug mode; anything else would go to
  // call_exception_handler, but only OSErrors arise here.
  force_close(exc);
}

void SockTransport::force_close(const Value& exc) {
  if (conn_lost_) return;
  NetPoller& p = poller();
  if (!buffer_.empty()) {
    buffer_.clear();
    account_buffer();
    p.remove_writer(fd_);
  }
  if (!closing_) {
    closing_ = true;
    p.remove_reader(fd_);
  }
  ++conn_lost_;
  RcPtr<SockTransport> self(this);
  rt_->loop.call_soon(make_net_handle("_SelectorSocketTransport._call_connection_lost",
                                      [self, exc] { self->call_connection_lost(exc); }));
}

void SockTransport::call_connection_lost(const Value& exc) {
  RcPtr<SockTransport> keep(this);
  if (protocol_connected_ && protocol_) protocol_->connection_lost(exc);
  NetPoller& p = poller();
  if (fd_ >= 0) {
    uint64_t seq = rt_->rec.emit(EventKind::SockClose, {.obj = sock_id_});
    p.remove_reader(fd_);
    p.remove_writer(fd_);
    p.kernel().close(fd_, seq);
    p.forget_sock_id(fd_);
  }
  protocol_ = RcPtr<StreamProtocol>();
  read_handle_ = nullptr;
  write_handle_ = nullptr;
  if (server_) {
    vm::Ref<ServerObj> server = std::move(server_);
    server_ = vm::Ref<ServerObj>();
    server->detach(*rt_);
  }
}

void SockTransport::maybe_pause_protocol() {
  if (buffer_.size() <= high_water_) return;
  if (!protocol_paused_) {
    protocol_paused_ = true;
    if (protocol_) protocol_->pause_writing();
  }
}

void SockTransport::maybe_resume_protocol() {
  if (protocol_paused_ && buffer_.size() <= low_water_) {
    protocol_paused_ = false;
    if (protocol_) protocol_->resume_writing();
  }
}

Value SockTransport::get_extra_info(vm::VM&, const std::string& name, const Value& dflt) {
  if (name == "peername") return inet_address(peer_host_, peer_port_);
  if (name == "sockname") return inet_address(local_host_, local_port_);
  return dflt;
}

// ------------------------------------------------------------------ StreamProtocol

StreamProtocol::StreamProtocol(Runtime& r, StreamReaderObj* rd, Value cb)
    : rt(&r), reader(rd), client_connected_cb(std::move(cb)) {
  closed = new_future(r);
}

void StreamProtocol::connection_made(SockTransport* t) {
  transport = RcPtr<SockTransport>(t);
  if (reader) {
    reader->transport = transport;
    reader->sock_id = t->sock_id();
  }
  if (client_connected_cb.is_none()) return;
  stream_writer = make_stream_writer(t, this, reader.get());
  Value res;
  try {
    res = rt->vm.call(client_connected_cb, {reader.value(), stream_writer});
  } catch (vm::PyException& e) {
    report_callback_exception(*rt, Value(), e.value);
    return;
  }
  if (rt->vm.is_coroutine(res)) {
    TaskRef task = create_task(*rt, res);
    task->add_done_callback(NativeCallbackRef(new HandlerDone(transport)));
  }
}

void StreamProtocol::connection_lost(const Value& exc) {
  RcPtr<StreamProtocol> keep(this);
  if (reader) {
    if (exc.is_none()) reader->feed_eof(*rt, 0);
    else reader->set_exception(*rt, exc);
  }
  if (!closed->done()) {
    if (exc.is_none()) closed->set_result(Value());
    else {
      closed->set_exception(exc);
      // StreamReaderProtocol.__del__ retrieves it: "Prevent reports about
      // unhandled exceptions" when nobody awaited wait_closed().
      closed->log_traceback = false;
    }
  }
  // FlowControlMixin.connection_lost: wake the writer(s) if paused.
  lost = true;
  if (paused) {
    for (const FutureRef& w : drain_waiters) {
      if (w->done()) continue;
      if (exc.is_none()) w->set_result(Value());
      else w->set_exception(exc);
    }
  }
  reader = vm::Ref<StreamReaderObj>();
  stream_writer = Value();
  transport = RcPtr<SockTransport>();
}

void StreamProtocol::data_received(const std::string& data, uint32_t cause_field) {
  if (reader) reader->feed_data(*rt, data, cause_field);
}

bool StreamProtocol::eof_received(uint32_t cause_field) {
  if (reader) reader->feed_eof(*rt, cause_field);
  return true;
}

void StreamProtocol::pause_writing() { paused = true; }

void StreamProtocol::resume_writing() {
  paused = false;
  std::deque<FutureRef> ws = drain_waiters;
  for (const FutureRef& w : ws)
    if (!w->done()) w->set_result(Value());
}

// ------------------------------------------------------------------ StreamReader feeding

void StreamReaderObj::feed_data(Runtime& rt, const std::string& data, uint32_t cause_field) {
  if (data.empty()) return;
  buffer += data;
  mem.set(buffer.size());
  data_cause = cause_field;
  // _wakeup_waiter
  if (waiter) {
    FutureRef w = std::move(waiter);
    waiter = FutureRef();
    if (!w->cancelled()) complete_waiter(rt, w.get(), Value(), seq_of(cause_field));
  }
  if (transport && !paused && static_cast<int64_t>(buffer.size()) > 2 * limit) {
    transport->pause_reading();
    paused = true;
  }
}

void StreamReaderObj::feed_eof(Runtime& rt, uint32_t cause_field) {
  bool first = !eof;
  eof = true;
  uint64_t seq = seq_of(cause_field);
  if (first && sock_id)
    seq = rt.rec.emit(EventKind::SockEof, {.obj = sock_id, .cause = cause_field});
  data_cause = EventLoop::cause_field(seq);
  if (waiter) {
    FutureRef w = std::move(waiter);
    waiter = FutureRef();
    if (!w->cancelled()) complete_waiter(rt, w.get(), Value(), seq);
  }
}

void StreamReaderObj::set_exception(Runtime&, const Value& exc) {
  exception = exc;
  if (waiter) {
    FutureRef w = std::move(waiter);
    waiter = FutureRef();
    if (!w->cancelled()) w->set_exception(exc);
  }
}

void StreamReaderObj::maybe_resume_transport() {
  if (paused && static_cast<int64_t>(buffer.size()) <= limit) {
    paused = false;
    if (transport) transport->resume_reading();
  }
}

}  // namespace sandbox::runtime
