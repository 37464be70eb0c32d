// LiveKernel: real TCP on libuv behind NetKernel (see live_kernel.h).
#include "runtime/live/live_kernel.h"

#include <algorithm>
#include <cstring>

#include "runtime/live/live_address.h"
#include "runtime/net_sim.h"

namespace sandbox::runtime::live {

struct LiveKernel::Sock {
  enum class State { Fresh, Listening, Connecting, Connected, Failed };
  LiveKernel* kernel = nullptr;
  int fd = -1;
  uv_tcp_t tcp;
  uv_connect_t connect_req;
  State state = State::Fresh;
  std::string rbuf;             // received, not yet read
  size_t rpos = 0;
  bool fin = false;             // the peer sent FIN
  int err = 0;                  // the connection failed (ECONNRESET, EPIPE, ...)
  bool wr_shut = false;         // this side sent (or queued) FIN
  bool reading = false;
  int so_error = 0;             // a failed connect
  std::deque<int> backlog;      // listener: accepted, not yet taken by accept()
  int interest = 0;
  bool on_ready_list = false;
  size_t queued = 0;            // bytes handed to uv_write, not yet sent
  bool closed = false;          // close() was called: callbacks only clean up
  bool shutdown_pending = false;
  bool close_after_shutdown = false;
  std::string lhost, phost;
  int lport = 0, pport = 0;

  size_t unread() const { return rbuf.size() - rpos; }
  uv_handle_t* handle() { return reinterpret_cast<uv_handle_t*>(&tcp); }
  uv_stream_t* stream() { return reinterpret_cast<uv_stream_t*>(&tcp); }

  void fill_addresses() {
    sockaddr_storage sa;
    int len = sizeof sa;
    if (uv_tcp_getsockname(&tcp, reinterpret_cast<sockaddr*>(&sa), &len) == 0) split_sockaddr(sa, lhost, lport);
    len = sizeof sa;
    if (uv_tcp_getpeername(&tcp, reinterpret_cast<sockaddr*>(&sa), &len) == 0) split_sockaddr(sa, phost, pport);
  }
};

namespace {
struct WriteReq {
  uv_write_t req;
  std::string bytes;
  LiveKernel::Sock* sock;
};
}  // namespace

// libuv's callbacks, with access to the kernel's state.
struct SockCallbacks {
  using Sock = LiveKernel::Sock;

  static void on_closed(uv_handle_t* h) {
    auto* s = static_cast<Sock*>(h->data);
    --s->kernel->closing_;
    delete s;
  }

  static void on_alloc(uv_handle_t* h, size_t, uv_buf_t* buf) {
    auto* s = static_cast<Sock*>(h->data);
    *buf = uv_buf_init(s->kernel->read_buf_, sizeof s->kernel->read_buf_);
  }

  static void on_read(uv_stream_t* st, ssize_t nread, const uv_buf_t* buf) {
    auto* s = static_cast<Sock*>(st->data);
    if (nread == 0) return;  // EAGAIN
    if (nread > 0) {
      if (s->closed) return;
      if (s->rpos > 0 && s->rpos == s->rbuf.size()) {
        s->rbuf.clear();
        s->rpos = 0;
      }
      s->rbuf.append(buf->base, static_cast<size_t>(nread));
      if (s->unread() >= LiveKernel::kReadPause) {
        uv_read_stop(st);
        s->reading = false;
      }
    } else {
      uv_read_stop(st);
      s->reading = false;
      if (nread == UV_EOF) s->fin = true;
      else s->err = static_cast<int>(-nread);
    }
    if (!s->closed) s->kernel->wake(*s);
  }

  static void on_connection(uv_stream_t* server, int status) {
    auto* l = static_cast<Sock*>(server->data);
    LiveKernel& k = *l->kernel;
    if (status < 0 || l->closed) return;
    int fd = k.socket();
    Sock& c = *k.get(fd);
    if (uv_accept(server, c.stream()) != 0) {
      k.close(fd);
      return;
    }
    c.state = Sock::State::Connected;
    c.fill_addresses();
    k.start_reading(c);
    l->backlog.push_back(fd);
    k.wake(*l);
  }

  static void on_connect(uv_connect_t* req, int status) {
    auto* s = static_cast<Sock*>(req->data);
    if (s->closed) return;
    if (status == 0) {
      s->state = Sock::State::Connected;
      s->fill_addresses();
      s->kernel->start_reading(*s);
    } else {
      s->state = Sock::State::Failed;
      s->so_error = -status;
    }
    s->kernel->wake(*s);
  }

  static void on_write(uv_write_t* req, int status) {
    auto* w = static_cast<WriteReq*>(req->data);
    Sock* s = w->sock;
    s->queued -= w->bytes.size();
    delete w;
    if (s->closed) return;
    if (status < 0 && status != UV_ECANCELED && !s->err) s->err = -status;
    s->kernel->wake(*s);
  }

  static void on_shutdown(uv_shutdown_t* req, int) {
    auto* s = static_cast<Sock*>(req->data);
    delete req;
    s->shutdown_pending = false;
    if (s->close_after_shutdown && !uv_is_closing(s->handle())) uv_close(s->handle(), on_closed);
  }
};

LiveKernel::LiveKernel(LiveLoop& loop, bool allow_network) : loop_(loop), allow_network_(allow_network) {}

LiveKernel::~LiveKernel() {
  // Whatever the program left open is closed now, as the process exit
  // would close it; queued bytes are dropped.
  for (auto& [fd, s] : socks_) {
    s->closed = true;
    ++closing_;
    s.release();
  }
  socks_.clear();
  ready_.clear();
  // Every TCP handle, including the ones still flushing before their FIN.
  uv_walk(
      loop_.uv(),
      [](uv_handle_t* h, void*) {
        if (h->type == UV_TCP && !uv_is_closing(h)) uv_close(h, SockCallbacks::on_closed);
      },
      nullptr);
  loop_.drain();
}

LiveKernel::Sock* LiveKernel::get(int fd) const {
  auto it = socks_.find(fd);
  return it == socks_.end() ? nullptr : it->second.get();
}

int LiveKernel::socket() {
  int fd = next_fd_++;
  auto s = std::make_unique<Sock>();
  s->kernel = this;
  s->fd = fd;
  uv_tcp_init(loop_.uv(), &s->tcp);
  s->tcp.data = s.get();
  s->connect_req.data = s.get();
  uv_tcp_nodelay(&s->tcp, 1);  // asyncio sets TCP_NODELAY on every TCP transport
  socks_[fd] = std::move(s);
  return fd;
}

std::string LiveKernel::resolve(const std::string& host) const { return resolve_host(host); }

std::string LiveKernel::resolve_bind(const std::string& host) const {
  return host.empty() ? "0.0.0.0" : resolve_host(host);
}

std::string LiveKernel::refuse_address(const std::string& addr) const {
  if (allow_network_ || is_loopback(addr)) return {};
  return "live mode uses only loopback addresses (127.0.0.0/8, ::1, localhost) unless run with "
         "--allow-network, not";
}

int LiveKernel::listen(int fd, const std::string& host, int port) {
  Sock* s = get(fd);
  if (!s) return -kEPIPE;
  sockaddr_storage sa;
  if (!make_sockaddr(host, port, sa)) return -kEADDRNOTAVAIL;
  // libuv sets SO_REUSEADDR, as create_server's reuse_address=True does.
  int r = uv_tcp_bind(&s->tcp, reinterpret_cast<sockaddr*>(&sa), 0);
  if (r == 0) r = uv_listen(s->stream(), kBacklog, SockCallbacks::on_connection);
  if (r < 0) return r;
  s->state = Sock::State::Listening;
  s->fill_addresses();
  return s->lport;
}

int LiveKernel::connect(int fd, const std::string& host, int port, uint64_t) {
  Sock* s = get(fd);
  if (!s) return -kEPIPE;
  sockaddr_storage sa;
  int r = make_sockaddr(host, port, sa) ? 0 : UV_EADDRNOTAVAIL;
  if (r == 0) r = uv_tcp_connect(&s->connect_req, &s->tcp, reinterpret_cast<sockaddr*>(&sa), SockCallbacks::on_connect);
  s->phost = host;
  s->pport = port;
  if (r < 0) {
    s->state = Sock::State::Failed;
    s->so_error = -r;
    wake(*s);
  } else {
    s->state = Sock::State::Connecting;
  }
  return -kEINPROGRESS;
}

int LiveKernel::so_error(int fd) {
  Sock* s = get(fd);
  if (!s) return 0;
  int e = s->so_error;
  s->so_error = 0;
  return e;
}

int LiveKernel::accept(int fd) {
  Sock* s = get(fd);
  if (!s || s->state != Sock::State::Listening || s->backlog.empty()) return -kEAGAIN;
  int c = s->backlog.front();
  s->backlog.pop_front();
  return c;
}

void LiveKernel::start_reading(Sock& s) {
  if (s.reading || s.fin || s.err || s.closed) return;
  if (uv_read_start(s.stream(), SockCallbacks::on_alloc, SockCallbacks::on_read) == 0) s.reading = true;
}

long LiveKernel::send(int fd, const std::string& data, size_t from, uint64_t) {
  Sock* s = get(fd);
  if (!s || s->state != Sock::State::Connected || s->wr_shut) return -kEPIPE;
  if (s->err) return -s->err;
  if (s->queued >= kSendBuffer) return -kEAGAIN;
  size_t n = data.size() - from;
  size_t done = 0;
  if (s->queued == 0) {
    uv_buf_t b = uv_buf_init(const_cast<char*>(data.data() + from), static_cast<unsigned>(n));
    int r = uv_try_write(s->stream(), &b, 1);
    if (r >= 0) done = static_cast<size_t>(r);
    else if (r != UV_EAGAIN) return r;
  }
  if (done == n) return static_cast<long>(n);
  // The rest goes into libuv's write queue (the kernel's send buffer).
  auto* w = new WriteReq{uv_write_t{}, data.substr(from + done), s};
  w->req.data = w;
  uv_buf_t b = uv_buf_init(w->bytes.data(), static_cast<unsigned>(w->bytes.size()));
  int r = uv_write(&w->req, s->stream(), &b, 1, SockCallbacks::on_write);
  if (r < 0) {
    delete w;
    return done ? static_cast<long>(done) : r;
  }
  s->queued += n - done;
  return static_cast<long>(n);
}

long LiveKernel::recv(int fd, size_t n, std::string& out, uint64_t* tag) {
  if (tag) *tag = kNoTag;
  Sock* s = get(fd);
  if (!s) return -kEPIPE;
  if (s->err) return -s->err;
  if (s->unread() == 0) return s->fin ? 0 : -kEAGAIN;
  size_t k = std::min(n, s->unread());
  out.assign(s->rbuf, s->rpos, k);
  s->rpos += k;
  if (s->rpos == s->rbuf.size()) {
    s->rbuf.clear();
    s->rpos = 0;
  } else if (s->rpos > s->rbuf.size() / 2) {
    s->rbuf.erase(0, s->rpos);
    s->rpos = 0;
  }
  if (s->state == Sock::State::Connected && s->unread() < kReadPause / 2) start_reading(*s);
  return static_cast<long>(k);
}

void LiveKernel::shutdown_write(int fd, uint64_t) {
  Sock* s = get(fd);
  if (!s || s->state != Sock::State::Connected || s->wr_shut) return;
  s->wr_shut = true;
  auto* req = new uv_shutdown_t;
  req->data = s;
  if (uv_shutdown(req, s->stream(), SockCallbacks::on_shutdown) == 0) s->shutdown_pending = true;
  else delete req;
}

void LiveKernel::close(int fd, uint64_t) {
  auto it = socks_.find(fd);
  if (it == socks_.end()) return;
  set_interest(fd, 0);
  Sock* s = it->second.release();
  socks_.erase(it);
  s->closed = true;
  ++closing_;
  // Connections never accepted are closed with their listener.
  for (int c : s->backlog) close(c);
  s->backlog.clear();
  if (s->state == Sock::State::Connected) {
    if (s->unread() > 0 && !s->shutdown_pending && s->queued == 0) {
      // tcp_close: unread data -> RST instead of FIN.
      if (uv_tcp_close_reset(&s->tcp, SockCallbacks::on_closed) == 0) return;
    } else if (s->shutdown_pending) {
      s->close_after_shutdown = true;
      return;
    } else if (s->queued > 0) {
      // close() on a socket with unsent bytes still delivers them, then FIN.
      auto* req = new uv_shutdown_t;
      req->data = s;
      s->close_after_shutdown = true;
      if (uv_shutdown(req, s->stream(), SockCallbacks::on_shutdown) == 0) {
        s->shutdown_pending = true;
        return;
      }
      delete req;
    }
  }
  if (!uv_is_closing(s->handle())) uv_close(s->handle(), SockCallbacks::on_closed);
}

std::string LiveKernel::local_host(int fd) const {
  Sock* s = get(fd);
  return s ? s->lhost : std::string();
}
int LiveKernel::local_port(int fd) const {
  Sock* s = get(fd);
  return s ? s->lport : 0;
}
std::string LiveKernel::peer_host(int fd) const {
  Sock* s = get(fd);
  return s ? s->phost : std::string();
}
int LiveKernel::peer_port(int fd) const {
  Sock* s = get(fd);
  return s ? s->pport : 0;
}

// A connection between two sockets of this program: the one whose local
// address is fd's peer address.
int LiveKernel::peer_fd(int fd) const {
  Sock* s = get(fd);
  if (!s || s->pport == 0) return -1;
  for (const auto& [id, o] : socks_)
    if (id != fd && o->lport == s->pport && o->lhost == s->phost && o->pport == s->lport) return id;
  return -1;
}

int LiveKernel::readiness(const Sock& s) const {
  switch (s.state) {
    case Sock::State::Listening:
      return s.backlog.empty() ? 0 : kEventRead;
    case Sock::State::Failed:
      return kEventRead | kEventWrite;  // EPOLLERR
    case Sock::State::Connected: {
      int m = 0;
      if (s.unread() > 0 || s.fin || s.err) m |= kEventRead;
      if (s.err || s.wr_shut || s.queued < kSendBuffer) m |= kEventWrite;
      return m;
    }
    default:
      return 0;
  }
}

void LiveKernel::wake(Sock& s) {
  if (!s.closed) ready_.wake(s.fd, s.on_ready_list, readiness(s) & s.interest);
}

void LiveKernel::set_interest(int fd, int mask) {
  Sock* s = get(fd);
  if (!s) return;
  s->interest = mask;
  if (mask == 0) {
    ready_.remove(fd, s->on_ready_list);
    return;
  }
  wake(*s);
}

int LiveKernel::interest(int fd) const {
  Sock* s = get(fd);
  return s ? s->interest : 0;
}

// epoll_wait: block in libuv only when nothing is ready already, then
// report the ready list (level-triggered, as NetSim::wait).
std::vector<NetKernel::Ready> LiveKernel::wait(double timeout) {
  loop_.run(ready_.empty() ? timeout : 0);
  return ready_.collect([this](int fd) {
    Sock* s = get(fd);
    return s ? std::pair(&s->on_ready_list, readiness(*s) & s->interest) : std::pair<bool*, int>(nullptr, 0);
  });
}

}  // namespace sandbox::runtime::live
