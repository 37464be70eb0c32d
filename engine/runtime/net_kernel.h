// The "kernel" under the selector transports: non-blocking sockets plus an
// epoll-like readiness list.  Two implementations: the simulated loopback
// stack (net_sim.h, virtual mode, deterministic) and real TCP on libuv
// (live/live_kernel.h, live mode).  NetPoller and the transports (net_*.cpp)
// only talk to this interface, so streams behave the same over both.
//
// Results follow the socket calls: >= 0 ok, negative = -errno (Linux
// numbers, see net_sim.h); descriptors are small ints the kernel hands out.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sandbox::runtime {

class NetKernel {
 public:
  static constexpr uint64_t kNoTag = ~uint64_t{0};
  virtual ~NetKernel() = default;

  // --- sockets ---------------------------------------------------------------
  virtual int socket() = 0;
  // getaddrinfo for host: the numeric address a socket would use ("" = the
  // name does not resolve).
  virtual std::string resolve(const std::string& host) const = 0;
  // The same for bind (AI_PASSIVE: "" = every interface).
  virtual std::string resolve_bind(const std::string& host) const = 0;
  // Why this kernel refuses to bind/connect to the (resolved) address, or ""
  // when it may (live mode keeps to loopback unless allowed).
  virtual std::string refuse_address(const std::string& host) const = 0;
  // bind + listen: the port (0 = pick one), or -errno (-EADDRINUSE).
  virtual int listen(int fd, const std::string& host, int port) = 0;
  // Non-blocking connect: -EINPROGRESS; the outcome is in so_error() once
  // the descriptor polls writable.
  virtual int connect(int fd, const std::string& host, int port, uint64_t tag = kNoTag) = 0;
  virtual int so_error(int fd) = 0;  // getsockopt(SO_ERROR): reads and clears
  virtual int accept(int fd) = 0;    // a connected descriptor or -EAGAIN
  // Bytes taken or -errno; tag travels with the bytes (the trace event of
  // the write) so the reader can say which write woke it.
  virtual long send(int fd, const std::string& data, size_t from = 0, uint64_t tag = kNoTag) = 0;
  // Up to n bytes into out: >0 bytes, 0 = EOF, -EAGAIN, -ECONNRESET.
  // *tag: the tag of the last byte returned (or of the FIN/RST).
  virtual long recv(int fd, size_t n, std::string& out, uint64_t* tag = nullptr) = 0;
  virtual void shutdown_write(int fd, uint64_t tag = kNoTag) = 0;  // send FIN
  virtual void close(int fd, uint64_t tag = kNoTag) = 0;           // FIN (or RST if unread data), free
  // The tag of the last thing that made fd ready.
  virtual uint64_t last_tag(int fd) const = 0;

  virtual std::string local_host(int fd) const = 0;
  virtual int local_port(int fd) const = 0;
  virtual std::string peer_host(int fd) const = 0;
  virtual int peer_port(int fd) const = 0;
  virtual int peer_fd(int fd) const = 0;  // the peer's descriptor in this kernel, -1 if none

  // --- selector (epoll) --------------------------------------------------------
  // Interest mask (kEventRead|kEventWrite; 0 = unregister).
  virtual void set_interest(int fd, int mask) = 0;
  virtual int interest(int fd) const = 0;
  struct Ready {
    int fd;
    int mask;
  };
  // One epoll_wait(timeout): the ready descriptors in ready-list order.  A
  // simulated kernel never sleeps; a live one blocks up to timeout seconds
  // of loop time (< 0 = until something happens).
  virtual std::vector<Ready> wait(double timeout) = 0;
  // True while some I/O could still complete without a timer or a ready
  // callback: the loop is then not deadlocked.
  virtual bool has_pending_io() const = 0;
};

}  // namespace sandbox::runtime
