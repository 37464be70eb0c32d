// The simulated network: a tiny loopback TCP stack plus an epoll-like
// readiness list, in virtual time with zero latency.  It plays the kernel's
// part under the selector transports (net_transport.h), so that connect,
// accept, send, recv and close cost CPython's numbers of loop iterations:
// loopback TCP on Linux moves bytes synchronously inside send(), and the
// loop sees them at its next poll.
//
// Readiness follows level-triggered epoll: a descriptor joins the tail of the
// ready list when it becomes ready for an event it is registered for (data or
// EOF arriving, a connection queued on a listener, a connect finishing, room
// freed in the peer's buffer), or when it is registered/modified while ready.
// wait() reports the list in order and re-appends what is still ready, so
// several sockets readable in one iteration come out in the order they were
// written to, as on CPython.
//
// No VM types here: the kernel moves bytes; the transports turn readiness
// into loop callbacks.  Live mode swaps in real TCP (live/live_kernel.h)
// behind the same NetKernel interface.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "runtime/net_kernel.h"
#include "runtime/ready_list.h"

namespace sandbox::runtime {

// Error numbers as Linux spells them (CPython prints "[Errno 111] ...").
inline constexpr int kENOENT = 2;
inline constexpr int kEAGAIN = 11;
inline constexpr int kEPIPE = 32;
inline constexpr int kEADDRINUSE = 98;
inline constexpr int kEADDRNOTAVAIL = 99;
inline constexpr int kECONNABORTED = 103;
inline constexpr int kECONNRESET = 104;
inline constexpr int kETIMEDOUT = 110;
inline constexpr int kECONNREFUSED = 111;
inline constexpr int kEINPROGRESS = 115;

// Selector event bits (selectors.EVENT_READ / EVENT_WRITE).
inline constexpr int kEventRead = 1;
inline constexpr int kEventWrite = 2;

class NetSim final : public NetKernel {
 public:
  // Bytes one direction of a connection holds before send() stops taking
  // more: a Linux loopback connection whose reader does not read absorbs
  // about 4 MiB (tcp_wmem/tcp_rmem autotuning), so drain() blocks only
  // past that plus the transport's 64 KiB high-water mark, as on CPython.
  static constexpr size_t kKernelBuffer = 4 * 1024 * 1024;
  // The most one recv() returns: what sits in the receive queue, whose
  // window starts at the default tcp_rmem (131072, of which 127973 bytes of
  // payload); the rest waits on the sender's side.  A 300000-byte write
  // therefore reaches a reader in three _read_ready calls, as on CPython.
  static constexpr size_t kRecvWindow = 127973;
  // The first ephemeral port handed to connecting sockets (Linux's range
  // starts at 32768; a fixed counter keeps runs deterministic).
  static constexpr int kFirstEphemeralPort = 50001;

  NetSim() = default;

  // --- sockets (results: >= 0 ok, negative = -errno) -----------------------
  int socket() override;                 // a new descriptor
  size_t open_sockets() const override { return socks_.size(); }
  // Every socket is on 127.0.0.1: a server binds there whatever the host;
  // a client resolves only the local names.
  std::string resolve(const std::string& host) const override;
  std::string resolve_bind(const std::string&) const override { return kLoopback; }
  std::string refuse_address(const std::string&) const override { return {}; }
  // bind + listen: the port (0 = pick one), or -EADDRINUSE
  int listen(int fd, const std::string& host, int port) override;
  // always -EINPROGRESS (non-blocking); the outcome is in so_error() at once
  int connect(int fd, const std::string& host, int port, uint64_t tag = kNoTag) override;
  // The same on 127.0.0.1 (the simulated network has no other address).
  int listen(int fd, int port) { return listen(fd, kLoopback, port); }
  int connect(int fd, int port, uint64_t tag = kNoTag) { return connect(fd, kLoopback, port, tag); }
  int so_error(int fd) override;         // getsockopt(SO_ERROR): reads and clears
  int accept(int fd) override;           // a connected descriptor or -EAGAIN
  // Bytes taken or -errno.  tag: travels with the bytes (the trace event of
  // the write) so the reader can say which write it was woken by.
  long send(int fd, const std::string& data, size_t from = 0, uint64_t tag = kNoTag) override;
  // recv up to n bytes into out: >0 bytes, 0 = EOF, -EAGAIN, -ECONNRESET.
  // *tag: the tag of the last byte returned (or of the FIN/RST).
  long recv(int fd, size_t n, std::string& out, uint64_t* tag = nullptr) override;
  void shutdown_write(int fd, uint64_t tag = kNoTag) override;  // send FIN
  void close(int fd, uint64_t tag = kNoTag) override;           // FIN (or RST if unread data), free
  // The tag of the last thing that made fd ready (bytes, FIN, a queued
  // connection, a finished connect).
  uint64_t last_tag(int fd) const override;

  std::string local_host(int) const override { return kLoopback; }
  int local_port(int fd) const override;
  std::string peer_host(int) const override { return kLoopback; }
  int peer_port(int fd) const override;
  int peer_fd(int fd) const override;    // -1 if none
  bool listening_on(int port) const;
  size_t buffered(int fd) const;         // received, not yet read

  // --- selector (epoll) ------------------------------------------------------
  // Set the interest mask (kEventRead|kEventWrite; 0 = unregister).
  void set_interest(int fd, int mask) override;
  int interest(int fd) const override;
  // One epoll_wait(): the ready descriptors in ready-list order (never sleeps).
  std::vector<Ready> wait(double timeout = 0) override;
  // True if wait() would report something now.
  bool any_ready() const;
  bool has_pending_io() const override { return any_ready(); }

 private:
  static constexpr const char* kLoopback = "127.0.0.1";
  enum class State { Fresh, Listening, Connected, Refused, Closed };
  struct Sock {
    State state = State::Fresh;
    int port = 0;          // local port
    int peer_port = 0;
    int peer = -1;         // peer descriptor on this machine
    std::string rbuf;      // received, not yet read
    size_t rpos = 0;       // read offset into rbuf
    uint64_t rtotal = 0;   // bytes ever received (absolute end of rbuf)
    std::deque<std::pair<uint64_t, uint64_t>> tags;  // (absolute end, tag) per write
    uint64_t fin_tag = kNoTag;
    uint64_t last_tag = kNoTag;
    bool fin = false;      // the peer sent FIN
    bool reset = false;    // the peer sent RST
    bool wr_shut = false;  // this side sent FIN
    int so_error = 0;
    std::deque<int> backlog;  // listener: accepted-but-not-taken descriptors
    int interest = 0;
    bool on_ready_list = false;
  };

  Sock* get(int fd);
  const Sock* get(int fd) const;
  int readiness(const Sock& s) const;  // kEventRead|kEventWrite bits now
  void wake(int fd);                   // ep_poll_callback

  std::map<int, Sock> socks_;          // ordered: iteration never leaks order
  std::map<int, int> listeners_;       // port -> listening descriptor
  ReadyList ready_;                    // the epoll ready list
  // Under asyncio.run, CPython's loop holds fd 3 (epoll) and 4, 5 (its
  // self-pipe) before the program opens a socket; print(server) shows fd=6.
  static constexpr int kFirstSocketFd = 6;
  int next_port_ = kFirstEphemeralPort;
};

}  // namespace sandbox::runtime
