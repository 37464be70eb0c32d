// The simulated loopback TCP stack and epoll ready list (see net_sim.h).
#include "runtime/net_sim.h"

#include <algorithm>

namespace sandbox::runtime {

NetSim::Sock* NetSim::get(int fd) {
  auto it = socks_.find(fd);
  return it == socks_.end() ? nullptr : &it->second;
}

const NetSim::Sock* NetSim::get(int fd) const {
  auto it = socks_.find(fd);
  return it == socks_.end() ? nullptr : &it->second;
}

// The lowest free descriptor, as the kernel gives them, from the first one a
// CPython program's sockets get (see kFirstSocketFd).
int NetSim::socket() {
  int fd = kFirstSocketFd;
  while (socks_.count(fd)) ++fd;
  socks_[fd] = Sock{};
  return fd;
}

std::string NetSim::resolve(const std::string& host) const {
  return host == "127.0.0.1" || host == "localhost" || host == "0.0.0.0" ? kLoopback : "";
}

int NetSim::listen(int fd, const std::string&, int port) {
  Sock* s = get(fd);
  if (!s) return -kEPIPE;
  if (port == 0) port = next_port_++;  // bind to port 0: an ephemeral port
  if (listeners_.count(port)) return -kEADDRINUSE;
  s->state = State::Listening;
  s->port = port;
  listeners_[port] = fd;
  return port;
}

// Loopback connect: the three-way handshake completes before connect()
// returns, but a non-blocking connect still answers EINPROGRESS; the caller
// learns the outcome when the socket polls writable (tcp_v4_connect).
int NetSim::connect(int fd, const std::string&, int port, uint64_t tag) {
  Sock* c = get(fd);
  if (!c) return -kEPIPE;
  c->port = next_port_++;
  c->peer_port = port;
  auto l = listeners_.find(port);
  c->last_tag = tag;
  if (l == listeners_.end()) {
    c->state = State::Refused;
    c->so_error = kECONNREFUSED;
    return -kEINPROGRESS;
  }
  int sfd = socket();
  Sock& srv = socks_[sfd];
  c = get(fd);  // socks_ is a map: references stay valid, but be explicit
  srv.state = State::Connected;
  srv.port = port;
  srv.peer_port = c->port;
  srv.peer = fd;
  c->state = State::Connected;
  c->peer = sfd;
  // The client turns writable first (SYN-ACK), then the listener gets the
  // connection (final ACK); neither wakes a client that is not registered yet.
  wake(fd);
  socks_[l->second].backlog.push_back(sfd);
  socks_[l->second].last_tag = tag;
  wake(l->second);
  return -kEINPROGRESS;
}

int NetSim::so_error(int fd) {
  Sock* s = get(fd);
  if (!s) return 0;
  int e = s->so_error;
  s->so_error = 0;
  return e;
}

int NetSim::accept(int fd) {
  Sock* s = get(fd);
  if (!s || s->state != State::Listening || s->backlog.empty()) return -kEAGAIN;
  int c = s->backlog.front();
  s->backlog.pop_front();
  return c;
}

long NetSim::send(int fd, const std::string& data, size_t from, uint64_t tag) {
  Sock* s = get(fd);
  if (!s || s->state != State::Connected || s->wr_shut) return -kEPIPE;
  if (s->reset) return -kECONNRESET;
  Sock* p = get(s->peer);
  if (!p) {
    // The peer closed: the first write still "succeeds" and draws an RST;
    // later writes fail (tcp_sendmsg after a reset).
    if (s->reset) return -kEPIPE;
    s->reset = true;
    wake(fd);
    return static_cast<long>(data.size() - from);
  }
  size_t held = p->rbuf.size() - p->rpos;
  size_t room = held >= kKernelBuffer ? 0 : kKernelBuffer - held;
  size_t n = std::min(room, data.size() - from);
  if (n == 0) return -kEAGAIN;
  if (p->rpos > 0 && p->rpos == p->rbuf.size()) {
    p->rbuf.clear();
    p->rpos = 0;
  }
  p->rbuf.append(data, from, n);
  p->rtotal += n;
  p->tags.emplace_back(p->rtotal, tag);
  p->last_tag = tag;
  wake(s->peer);
  return static_cast<long>(n);
}

long NetSim::recv(int fd, size_t n, std::string& out, uint64_t* tag) {
  Sock* s = get(fd);
  if (!s || s->state == State::Closed) return -kEPIPE;
  if (s->reset) {
    if (tag) *tag = s->fin_tag;
    return -kECONNRESET;
  }
  size_t held = s->rbuf.size() - s->rpos;
  if (held == 0) {
    if (tag) *tag = s->fin_tag;
    return s->fin ? 0 : -kEAGAIN;
  }
  size_t k = std::min({n, held, kRecvWindow});
  out.assign(s->rbuf, s->rpos, k);
  s->rpos += k;
  // The tag of the last byte returned; drop the segments fully read.
  uint64_t consumed = s->rtotal - (s->rbuf.size() - s->rpos);
  for (const auto& [end, t] : s->tags)
    if (end >= consumed) {
      if (tag) *tag = t;
      break;
    }
  while (!s->tags.empty() && s->tags.front().first <= consumed) s->tags.pop_front();
  if (s->rpos == s->rbuf.size()) {
    s->rbuf.clear();
    s->rpos = 0;
  } else if (s->rpos > s->rbuf.size() / 2) {
    s->rbuf.erase(0, s->rpos);  // keep a slow reader's buffer from growing
    s->rpos = 0;
  }
  // Room freed: the peer's sender may write again (sk_write_space).
  if (s->peer >= 0) wake(s->peer);
  return static_cast<long>(k);
}

void NetSim::shutdown_write(int fd, uint64_t tag) {
  Sock* s = get(fd);
  if (!s || s->state != State::Connected || s->wr_shut) return;
  s->wr_shut = true;
  if (Sock* p = get(s->peer)) {
    p->fin = true;
    p->fin_tag = p->last_tag = tag;
    wake(s->peer);
  }
}

uint64_t NetSim::last_tag(int fd) const {
  const Sock* s = get(fd);
  return s ? s->last_tag : kNoTag;
}

void NetSim::close(int fd, uint64_t tag) {
  Sock* s = get(fd);
  if (!s) return;
  if (s->state == State::Listening) {
    listeners_.erase(s->port);
    // Connections never accepted are reset.
    for (int c : s->backlog) close(c);
    s->backlog.clear();
  } else if (s->state == State::Connected) {
    if (Sock* p = get(s->peer)) {
      // Closing with unread data sends RST instead of FIN (tcp_close).
      if (s->rbuf.size() > s->rpos) p->reset = true;
      else p->fin = true;
      p->fin_tag = p->last_tag = tag;
      p->peer = -1;
      wake(s->peer);
    }
  }
  set_interest(fd, 0);
  socks_.erase(fd);
}

int NetSim::local_port(int fd) const {
  const Sock* s = get(fd);
  return s ? s->port : 0;
}

int NetSim::peer_port(int fd) const {
  const Sock* s = get(fd);
  return s ? s->peer_port : 0;
}

int NetSim::peer_fd(int fd) const {
  const Sock* s = get(fd);
  return s ? s->peer : -1;
}

bool NetSim::listening_on(int port) const { return listeners_.count(port) != 0; }

size_t NetSim::buffered(int fd) const {
  const Sock* s = get(fd);
  return s ? s->rbuf.size() - s->rpos : 0;
}

int NetSim::readiness(const Sock& s) const {
  switch (s.state) {
    case State::Listening:
      return s.backlog.empty() ? 0 : kEventRead;
    case State::Refused:
      // EPOLLERR: selectors reports an error as both readable and writable.
      return kEventRead | kEventWrite;
    case State::Connected: {
      int m = 0;
      if (s.rbuf.size() > s.rpos || s.fin || s.reset) m |= kEventRead;
      const Sock* p = get(s.peer);
      if (!p || s.reset || s.wr_shut || p->rbuf.size() - p->rpos < kKernelBuffer) m |= kEventWrite;
      if (s.reset) m |= kEventRead | kEventWrite;
      return m;
    }
    default:
      return 0;
  }
}

// ep_poll_callback: join the ready list's tail if registered for the event.
void NetSim::wake(int fd) {
  Sock* s = get(fd);
  if (s) ready_.wake(fd, s->on_ready_list, readiness(*s) & s->interest);
}

void NetSim::set_interest(int fd, int mask) {
  Sock* s = get(fd);
  if (!s) return;
  s->interest = mask;
  if (mask == 0) {
    ready_.remove(fd, s->on_ready_list);
    return;
  }
  wake(fd);  // EPOLL_CTL_ADD / MOD queue a descriptor that is ready already
}

int NetSim::interest(int fd) const {
  const Sock* s = get(fd);
  return s ? s->interest : 0;
}

// ep_send_events (ready_list.h); a simulated kernel never sleeps.
std::vector<NetSim::Ready> NetSim::wait(double) {
  return ready_.collect([this](int fd) {
    Sock* s = get(fd);
    return s ? std::pair(&s->on_ready_list, readiness(*s) & s->interest) : std::pair<bool*, int>(nullptr, 0);
  });
}

bool NetSim::any_ready() const {
  for (int fd : ready_.fds()) {
    const Sock* s = get(fd);
    if (s && (readiness(*s) & s->interest)) return true;
  }
  return false;
}

}  // namespace sandbox::runtime
