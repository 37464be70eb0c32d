// asyncio streams over the simulated network (streams.py, selector_events.py
// and base_events.py of CPython 3.11), with the same callbacks in the same
// loop iterations:
//
//   SockTransport   _SelectorSocketTransport: write (straight to the socket
//                   when its buffer is empty), _write_ready, _read_ready,
//                   close -> call_soon(_call_connection_lost), flow control
//                   (pause_writing above 64 KiB buffered, resume at 16 KiB)
//   StreamProtocol  StreamReaderProtocol + FlowControlMixin: connection_made
//                   (starts the client_connected_cb task on the server side),
//                   data_received/eof_received -> the reader, drain waiters,
//                   the _closed future wait_closed() awaits
//   StreamReaderObj StreamReader: buffer, feed_data/feed_eof, read,
//                   readline, readuntil, readexactly, at_eof, async for
//   StreamWriterObj StreamWriter: write, writelines, drain, close,
//                   wait_closed, is_closing, get_extra_info
//   ServerObj       base_events.Server: close, wait_closed, serve_forever,
//                   is_serving, async with
//
// open_connection and start_server are in net_connect.cpp / net_server.cpp.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "runtime/future.h"
#include "runtime/handle.h"
#include "runtime/ref.h"
#include "runtime/task.h"
#include "vm/object.h"

namespace sandbox::runtime {

class Runtime;
class NetPoller;
class SockTransport;
class StreamProtocol;
struct ServerObj;
struct StreamReaderObj;

inline constexpr int64_t kDefaultStreamLimit = 64 * 1024;  // streams._DEFAULT_LIMIT

// ------------------------------------------------------------------ transport
class SockTransport final : public RefCounted {
 public:
  static constexpr size_t kMaxRecv = 256 * 1024;  // _SelectorTransport.max_size
  // _SelectorSocketTransport.__init__: schedules connection_made, the reader
  // registration and (if given) waiter's result, in that order.
  SockTransport(Runtime& rt, int fd, RcPtr<StreamProtocol> protocol, FutureRef waiter,
                ServerObj* server);

  void write(vm::VM& vm, const vm::Value& data);
  void write_eof();
  void close();
  void abort() { force_close(vm::Value()); }
  bool is_closing() const { return closing_; }
  bool is_reading() const { return !closing_ && !paused_; }
  void pause_reading();
  void resume_reading();
  size_t write_buffer_size() const { return buffer_.size(); }
  vm::Value get_extra_info(vm::VM& vm, const std::string& name, const vm::Value& dflt);

  int fd() const { return fd_; }
  Runtime* runtime() const { return rt_; }
  uint32_t sock_id() const { return sock_id_; }
  int local_port() const { return local_port_; }
  int peer_port() const { return peer_port_; }

 private:
  void add_reader();  // _SelectorTransport._add_reader: only while reading
  void read_ready();
  void read_ready_on_eof(uint32_t cause_field);
  void write_ready();
  void maybe_pause_protocol();
  void maybe_resume_protocol();
  void fatal_error(const vm::Value& exc);
  void force_close(const vm::Value& exc);
  void call_connection_lost(const vm::Value& exc);
  NetPoller& poller();

  Runtime* rt_;
  int fd_;
  uint32_t sock_id_;
  std::string local_host_, peer_host_;
  int local_port_, peer_port_;
  RcPtr<StreamProtocol> protocol_;  // null once the connection is lost
  bool protocol_connected_ = true;
  vm::Ref<ServerObj> server_;
  std::string buffer_;      // bytes the socket did not take yet
  // buffer_ charged to the VM heap account (vm/heap.h): a writer that never
  // drains grows it without bound, as CPython's transport buffer does.
  vm::HeapCharge buffer_mem_;
  void account_buffer() { buffer_mem_.set(buffer_.size()); }
  int conn_lost_ = 0;
  bool closing_ = false;
  bool paused_ = false;     // reading paused
  bool eof_ = false;        // write_eof called
  bool protocol_paused_ = false;
  size_t high_water_ = 64 * 1024, low_water_ = 16 * 1024;
  uint64_t last_write_seq_ = ~uint64_t{0};  // SockWrite of the newest buffered bytes
  HandleRef read_handle_;   // the _read_ready handle, reused like a bound method
  HandleRef write_handle_;

 public:
  void gc_traverse(vm::GcVisitor& v) override {
    gc_visit(v, protocol_);
    v(server_);
    gc_visit(v, read_handle_);
    gc_visit(v, write_handle_);
  }
};

// ------------------------------------------------------------------ protocol
class StreamProtocol final : public RefCounted {
 public:
  // client_connected_cb: None on the client side (open_connection).
  StreamProtocol(Runtime& rt, StreamReaderObj* reader, vm::Value client_connected_cb);

  void connection_made(SockTransport* t);
  void connection_lost(const vm::Value& exc);  // exc None = clean close
  void data_received(const std::string& data, uint32_t cause_field);
  bool eof_received(uint32_t cause_field);
  void pause_writing();
  void resume_writing();

  Runtime* rt;
  vm::Ref<StreamReaderObj> reader;
  vm::Value client_connected_cb;
  vm::Value stream_writer;          // the server side's StreamWriter
  RcPtr<SockTransport> transport;
  FutureRef closed;                 // _closed: what wait_closed() awaits
  bool paused = false;              // FlowControlMixin._paused
  std::deque<FutureRef> drain_waiters;
  bool lost = false;                // FlowControlMixin._connection_lost

  void gc_traverse(vm::GcVisitor& v) override {
    v(reader);
    v(client_connected_cb);
    v(stream_writer);
    gc_visit(v, transport);
    v(closed);
    for (const FutureRef& f : drain_waiters) v(f);
  }
  void gc_clear() override {
    client_connected_cb = vm::Value();
    stream_writer = vm::Value();
    std::deque<FutureRef> old;
    old.swap(drain_waiters);
  }
};

// ------------------------------------------------------------------ Python objects
struct StreamReaderObj : vm::GcObj {
  explicit StreamReaderObj(vm::Type* t) : vm::GcObj(t) {}
  void gc_traverse(vm::GcVisitor& v) override {
    v(waiter);
    v(exception);
    gc_visit(v, transport);
  }
  void gc_clear() override {
    waiter.reset();
    exception = vm::Value();
  }
  int64_t limit = kDefaultStreamLimit;
  std::string buffer;           // _buffer
  vm::HeapCharge mem;           // buffer's bytes (vm/heap.h), synced as data arrives and is read
  bool eof = false;             // _eof
  FutureRef waiter;             // _waiter (null = None)
  vm::Value exception;          // _exception (None = none)
  RcPtr<SockTransport> transport;
  bool paused = false;
  uint32_t sock_id = 0;         // trace: the socket it reads from
  uint32_t data_cause = 0;      // trace: cause field of the last bytes fed

  void feed_data(Runtime& rt, const std::string& data, uint32_t cause_field);
  void feed_eof(Runtime& rt, uint32_t cause_field);
  void set_exception(Runtime& rt, const vm::Value& exc);
  void maybe_resume_transport();
  bool at_eof() const { return eof && buffer.empty(); }
};

struct StreamWriterObj : vm::GcObj {
  explicit StreamWriterObj(vm::Type* t) : vm::GcObj(t) {}
  // No clear: its destructor closes the transport, and the objects it
  // refers to break any cycle through it.
  void gc_traverse(vm::GcVisitor& v) override {
    gc_visit(v, transport);
    gc_visit(v, protocol);
    v(reader);
  }
  // StreamWriter.__del__: a writer dropped unclosed closes its transport
  // (CPython also warns, with a ResourceWarning that is ignored by default).
  ~StreamWriterObj() override;
  RcPtr<SockTransport> transport;
  RcPtr<StreamProtocol> protocol;
  vm::Ref<StreamReaderObj> reader;
};

struct ServerObj : vm::GcObj {
  explicit ServerObj(vm::Type* t) : vm::GcObj(t) {}
  void gc_traverse(vm::GcVisitor& v) override {
    for (const FutureRef& f : waiters) v(f);
    v(serving_forever_fut);
    v(client_connected_cb);
  }
  void gc_clear() override {
    std::vector<FutureRef> old;
    old.swap(waiters);
    serving_forever_fut.reset();
    client_connected_cb = vm::Value();
  }
  std::vector<int> sockets;     // listening descriptors
  bool sockets_none = false;    // `_sockets is None` (after close)
  int active_count = 0;
  std::vector<FutureRef> waiters;
  bool waiters_none = false;    // `_waiters is None` (after _wakeup)
  bool serving = false;
  FutureRef serving_forever_fut;
  vm::Value client_connected_cb;
  int64_t limit = kDefaultStreamLimit;
  int port = 0;
  std::string host = "127.0.0.1";  // the bound address (live mode: as bound)
  uint32_t id = 0;              // trace id of the listening socket

  void attach() { ++active_count; }
  void detach(Runtime& rt);
  void wakeup(Runtime& rt);
  void start_serving(Runtime& rt);
  void close(Runtime& rt);
};

struct StreamTypes {
  vm::Type *StreamReader, *StreamWriter, *Server, *IncompleteReadError, *LimitOverrunError;
};
const StreamTypes& stream_types();

vm::Ref<StreamReaderObj> make_stream_reader(int64_t limit);
vm::Value make_stream_writer(SockTransport* t, StreamProtocol* p, StreamReaderObj* r);

// Reader coroutines (streams.py StreamReader methods).
vm::Value stream_read_op(StreamReaderObj* r, int64_t n);
vm::Value stream_readline_op(StreamReaderObj* r, bool anext);
vm::Value stream_readuntil_op(StreamReaderObj* r, std::string sep);
vm::Value stream_readexactly_op(StreamReaderObj* r, int64_t n);
// Writer coroutines.
vm::Value stream_drain_op(StreamWriterObj* w);
vm::Value stream_wait_closed_op(StreamWriterObj* w);

// asyncio.open_connection / asyncio.start_server (natives).
vm::Value net_open_connection(vm::VM& vm, vm::NativeFunction* self, std::span<const vm::Value> args,
                              const vm::KwArgs* kw);
vm::Value net_start_server(vm::VM& vm, vm::NativeFunction* self, std::span<const vm::Value> args,
                           const vm::KwArgs* kw);
// Server methods that are coroutines.
vm::Value server_wait_closed_op(ServerObj* s);
vm::Value server_serve_forever_op(ServerObj* s);
vm::Value server_start_serving_op(ServerObj* s);

// OSError(errno, msg) as CPython builds it (errno 111 -> ConnectionRefusedError ...).
vm::Value make_os_error(int err, const std::string& msg);
// ('127.0.0.1', port)
vm::Value inet_address(int port);
// (host, port), or (host, port, 0, 0) for IPv6
vm::Value inet_address(const std::string& host, int port);
// repr() of that address: "('127.0.0.1', 8888)"
std::string address_repr(const std::string& host, int port);
// err.strerror.lower(): "address already in use"
std::string lower_strerror(int err);

void register_stream_types(vm::VM& vm, vm::Module& m);

}  // namespace sandbox::runtime
